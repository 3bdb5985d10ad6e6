"""How wide a tool wrapped a text capture: the width, the count it used (characters, or
columns without zero-width ones), each indentation's own width, the margin."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Final

from newsparse.grammar.labels import opens_with_label
from newsparse.grammar.lines import lazy_pattern, match_key, split_bullet
from newsparse.readers.indents import WIDTH_SPREAD, indent_of, one_text_near
from newsparse.readers.markdown import MD_LINK_START
from newsparse.readers.ordered import NUMBERED_ITEM
from newsparse.readers.separators import is_separator
from newsparse.readers.terminal_columns import MARK, ZERO_WIDTH, columns_of, marks_apart
from newsparse.readers.whole_lines import lone_wrap, sentences_past, sentences_whole

# How a saving tool counted the length of a line.
Measure = Callable[[str], int]

# Text tools wrap at 72-80 columns; copy-paste and inscriptis never wrap. A capture with
# more than a few lines longer than this was not hard-wrapped.
WRAP_MAX: Final = 120
WRAP_MIN: Final = 30
# Below this width (`w3m -cols 40` wraps at 39), only a dense cluster of lines tells a wrap.
_NARROW: Final = 40
_CLUSTER_MIN: Final = 2

# A column printed beside another (a side column of headlines) may be this narrow.
_COLUMN_MIN: Final = 12
_WIDTH_GAP: Final = 2
# Lines past WRAP_MAX a hard-wrapped capture may hold (unwrapped headings), when at least
# _DENSE_LINES lines end within WIDTH_SPREAD of its width.
_STRAY_LONG_LINES: Final = 3
_DENSE_LINES: Final = 8
# The widest wrap looked for, and the lines that must end near it: few past it is the
# stronger sign (text no tool wrapped has its longest lines spread far apart).
_WIDE_WRAP_MAX: Final = 250
# A line past this ending a sentence is a paragraph no tool wrapped.
_WHOLE_PARAGRAPH: Final = 3 * WRAP_MAX
_ENDED: Final = lazy_pattern(r"\w[.!?؟][\"”»)]?$")
_FAR: Final = 2
_FAR_MIN: Final = 130
_DEFAULT_MAX: Final = 70
_WIDE_DENSE_LINES: Final = 5
# Or this many long lines breaking off a sentence, each with more of its paragraph below.
_BROKEN_WIDE: Final = 2
# What ends a sentence at a line's end: a line a tool wrapped mostly breaks one off.
SENTENCE_ENDS: Final = (".", "!", "?", "؟", ":", "»", '"', "”", ")")


# Table cells set apart by runs of spaces: such a line was laid out, not wrapped.
COLUMN_GAP: Final = lazy_pattern(r"\S\s{3,}\S")


def wrap_width(raw: list[str], measure: Measure = len, shortest: int = WRAP_MIN) -> int | None:
    """The column a tool hard-wrapped the capture at, or None if it was not wrapped.

    Only lines followed by a line at the same indentation are measured: headings the
    tools leave unwrapped stand alone, and centered ones change indentation.
    """
    prose = whole = 0
    # The lines past WRAP_MAX, and those breaking off a sentence, by their text: a title
    # printed twice (over the bullets and under them) is one long line.
    long_lines: set[str] = set()
    broken_by_text: dict[str, int] = {}
    measured: list[int] = []
    reach: list[int] = []  # how far each measured line runs with the next line's first word
    ending: list[bool] = []  # whether each measured line ends a sentence
    lettered: list[bool] = []  # whether each measured line ends on a letter
    # A line's indent, length, sentence end, and whether it ends on a letter.
    above: tuple[int, int, bool, bool] | None = None
    previous = ""  # the line above's text
    for line in raw:
        stripped = line.strip()
        if not stripped:
            above = None
            continue
        gap = _column_gap(stripped)
        length = measure(line.rstrip())
        indent = indent_of(line)
        if " " in stripped and not gap:
            prose += 1
            # html2text never breaks a link, so a line holding one may run past the width;
            # nor a list's item (`  1. Reserve a fixed share ...`, `  * Energy recovery ...`).
            long = length > WRAP_MAX and MD_LINK_START not in stripped
            long = long and not _unwrapped_item(line, stripped)
            if long:
                long_lines.add(stripped)
            whole += long and length > _WHOLE_PARAGRAPH and _ENDED().search(stripped) is not None
        # A line followed by a new list item was not wrapped: its length tells nothing; nor
        # one followed by itself again (the title's copies) broke off its sentence.
        copy, line_above, previous = stripped == previous, previous, stripped
        if above is not None and above[0] == indent and not split_bullet(stripped)[0]:
            measured.append(above[1])
            reach.append(above[1] + 1 + measure(stripped.split()[0]))
            ending.append(above[2] or copy)
            lettered.append(above[3])
            # (What goes on with a sentence opens with no capital: `In a ceremony ...;` under
            # a long title opens a line of its own.)
            if above[1] > WRAP_MAX and not (above[2] or copy or stripped[:1].isupper()):
                broken_by_text.setdefault(line_above, above[1])
        # A line holding a link, or one word alone (a URL no tool breaks), tells no width.
        link = MD_LINK_START in stripped or " " not in stripped
        # A labelled line (`News group : ...`) or a list's item (`...;`) ends no sentence.
        ends = stripped.endswith((*SENTENCE_ENDS, ";", "؛")) or (
            length > WRAP_MAX and opens_with_label(match_key(stripped))
        )
        letter = stripped[-1].isalpha()
        above = None if gap or link or is_separator(stripped) else (indent, length, ends, letter)
    if not prose:
        return None
    too_long, broken = len(long_lines), list(broken_by_text.values())
    # Beside a whole paragraph, only lines ending on a letter break one off (a paste's
    # headlines end on their dates), and two of them at least.
    if whole:
        ending = [ends or not letter for ends, letter in zip(ending, lettered, strict=True)]
    if too_long > max(_STRAY_LONG_LINES, prose // 50) or len(broken) >= _BROKEN_WIDE:
        return _wide_wrap(measured, raw, measure, broken)
    narrow = _narrow_wrap(
        measured, reach, ending, too_long, prose, shortest, least=2 if whole else 0
    )
    if narrow is not None and too_long and one_text_near(raw, narrow, measure):
        return None  # a paste's paragraph left whole, its title and copy the next longest
    if narrow is not None and (
        sentences_past(raw, narrow, measure) or lone_wrap(raw, narrow, measure)
    ):
        return None
    # Sentences left whole on one line far past a width narrower than the tools' defaults:
    # a paste's paragraph under its short headlines, no wrap (html2text leaves a list item
    # or a table's flattened cell unwrapped, past its width).
    short = narrow is not None and narrow < _DEFAULT_MAX
    far_past = max(_FAR_MIN, _FAR * (narrow or 0))
    far = [text for text in long_lines if short and len(text) > far_past]
    if sentences_whole(raw, far):
        return None
    if narrow is None and broken:
        return _wide_wrap(measured, raw, measure, broken)
    return narrow


def _narrow_wrap(
    measured: list[int],
    reach: list[int],
    ending: list[bool],
    too_long: int,
    prose: int,
    shortest: int,
    least: int = 0,
) -> int | None:
    """The width of a capture wrapped as the tools wrap by default: a dense cluster of
    lines ends at it, and some of them (`least` at least) break off sentences."""
    long_lines = sorted(length for length in measured if shortest <= length <= WRAP_MAX)
    if len(long_lines) < 2:
        return None
    # Greedy wrapping packs lines densely up to the width; a tool leaves the odd line
    # unwrapped (html2text a list item holding links), standing apart above that cluster;
    # unless no line's next word would have fitted beside it under that line's width (a
    # short page's few wrapped lines, spread by the length of the words that went down).
    while (
        len(long_lines) > 2
        and long_lines[-1] - long_lines[-2] > _WIDTH_GAP
        and not _packed(long_lines[-1], measured, reach, ending, shortest)
    ):
        long_lines.pop()
    width = long_lines[-1]
    # A few unwrapped lines (pandoc leaves headings whole: the title and its copy) beside
    # a dense cluster of wrapped ones; without the cluster, nothing was wrapped. A width
    # narrower than the tools' default needs the cluster too: a paste's short lines (menu
    # items, a list) fall near one another by chance.
    dense = sum(1 for length in long_lines if length >= width - WIDTH_SPREAD)
    if (too_long > max(1, prose // 50) or width < _NARROW) and dense < _DENSE_LINES:
        return None
    if dense < _CLUSTER_MIN:
        return None  # two lines far apart in length, the shorter left: no edge at all
    near = [
        ends
        for length, ends in zip(measured, ending, strict=True)
        if 0 <= width - length <= WIDTH_SPREAD
    ]
    if (len(near) < _DENSE_LINES // 2 and all(near)) or near.count(False) < least:
        # A few lines of one length by chance (a paste's paragraphs, a line each), each
        # ending its sentence: a tool that wrapped there would have broken one off.
        return None
    return width


def _packed(
    width: int, measured: list[int], reach: list[int], ending: list[bool], shortest: int
) -> bool:
    """Whether every long line (half `width` at least: a shorter one broke off no wrap)
    going on below would have run past `width` with the next line's first word, a few of
    them ending near it: a tool wrapping greedily at `width` broke each of them."""
    going_on = [
        (length, far)
        for length, far, ends in zip(measured, reach, ending, strict=True)
        if max(shortest, width // 2) <= length <= width and not ends
    ]
    near = sum(1 for length, _ in going_on if length >= width - WIDTH_SPREAD)
    return near >= _CLUSTER_MIN and all(far > width for _, far in going_on)


def _wide_wrap(
    measured: list[int], raw: list[str], measure: Measure, broken: list[int]
) -> int | None:
    """The width of a capture wrapped wider than tools wrap by default (`lynx -width=160`):
    a dense cluster of lines ends at it, or long lines break off sentences (a short page,
    Persian words leaving its lines well short), and hardly a line runs past it. Text no
    tool wrapped (inscriptis, a paste) has its lines' lengths spread, with no such edge,
    and its long lines end their paragraphs' sentences. A page of a few paragraphs may
    hold one such line alone: the longest of all lines end near it."""
    long_lines = sorted(length for length in measured if WRAP_MAX < length <= _WIDE_WRAP_MAX)
    if len(broken) == 1:
        # No line of the capture may run more than a few columns past the broken one.
        longest = max(measure(line.rstrip()) for line in raw)
        return longest if longest - broken[0] <= WIDTH_SPREAD else None
    if len(broken) >= _BROKEN_WIDE and long_lines:
        width = long_lines[-1]
    else:
        while len(long_lines) > 2 and long_lines[-1] - long_lines[-2] > _WIDTH_GAP:
            long_lines.pop()
        if not long_lines:
            return None
        width = long_lines[-1]
        dense = sum(1 for length in long_lines if length >= width - WIDTH_SPREAD)
        if dense < _WIDE_DENSE_LINES:
            return None
    past = sum(1 for line in raw if len(line) > width and measure(line.rstrip()) > width)
    return width if past <= _STRAY_LONG_LINES else None


def column_width(column: list[str], measure: Measure = len) -> int | None:
    """The width a column printed beside another was wrapped at: a side column's is well
    short of a page's; where too few of its lines say it, its longest line."""
    found = wrap_width(column, measure, _COLUMN_MIN)
    if found is not None:
        return found
    return max((measure(line.rstrip()) for line in column), default=None) or None


def page_edge(lines: list[str], measure: Measure = len) -> int:
    """The longest of lines a tool wraps: a list's item html2text leaves whole (`  1. ...`,
    `  * ...`) tells no edge."""
    return max(
        (measure(line.rstrip()) for line in lines if not _unwrapped_item(line, line.strip())),
        default=0,
    )


def _unwrapped_item(line: str, stripped: str) -> bool:
    """Whether a line is a list's item set in from the margin (html2text leaves them whole)."""
    return line.startswith("  ") and (
        split_bullet(stripped)[0] or NUMBERED_ITEM().match(line) is not None
    )


def hard_wrapped(raw: list[str]) -> bool:
    """Whether a tool hard-wrapped lines laid out in columns side by side: few run past
    WRAP_MAX (inscriptis never wraps; it sets a column past the longest line on its left)."""
    too_long = sum(1 for line in raw if len(line.rstrip()) > WRAP_MAX)
    return too_long <= max(1, len(raw) // 50)


def _column_gap(stripped: str) -> bool:
    """Whether a stripped line holds cells set apart by runs of white space."""
    if "   " in stripped:
        return True
    # The ASCII space is the only white space character `str.isprintable` lets through.
    return not stripped.isprintable() and COLUMN_GAP().search(stripped) is not None


def tool_measure(raw: list[str]) -> tuple[Measure, int | None]:
    """How the tool counted a line's length (characters, or columns without zero-width
    ones), and the column it wrapped `raw` at under that count.

    The right count is the one under which fewer lines look complete though the line
    below goes on at the same indent (a wrap the reader would take for a break).
    """
    if not any(not line.isascii() and ZERO_WIDTH().search(line) for line in raw):
        return len, wrap_width(raw)
    marked = any(not line.isascii() and MARK().search(line) for line in raw)
    measures = (len, columns_of, marks_apart) if marked else (len, columns_of)
    widths = {measure: wrap_width(raw, measure) for measure in measures}
    best = min(widths, key=lambda measure: _short_lines(raw, measure, widths[measure]))
    return best, widths[best]


def _short_lines(raw: list[str], measure: Measure, width: int | None) -> int:
    """Lines followed at the same indent by one whose first word would have fitted."""
    if width is None:
        return 0
    return sum(
        1
        for line, following in pairwise(raw)
        if line.strip()
        and following.strip()
        and indent_of(line) == indent_of(following)
        and measure(line.rstrip()) + 1 + measure(following.split()[0]) <= width
    )
