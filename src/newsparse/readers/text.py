"""Text captures (copy-paste, text browsers, markdown, pandoc, inscriptis) to normalized lines.

Everything that is particular to one saving tool is undone here: lynx and elinks link
numbers and reference lists, markdown markers, the tools' hard wraps. What is left is
the same stream of lines whichever tool saved the page.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from itertools import groupby, pairwise
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.lines import Line, lazy_pattern, make_line, match_key, split_bullet
from newsparse.grammar.rules import copyright_line

# How a saving tool counted the length of a line.
Measure = Callable[[str], int]

# Text tools wrap at 72-80 columns; copy-paste and inscriptis never wrap. A capture with
# more than a few lines longer than this was not hard-wrapped.
_WRAP_MAX: Final = 120
_WRAP_MIN: Final = 40
_WIDTH_GAP: Final = 2
# Lines of a wrapped paragraph end within this many columns of the width.
_WIDTH_SPREAD: Final = 8
# A list item is only wrapped onto an indented line below when it ran this long: tools
# that never wrap (inscriptis) indent the blocks after an item to its text as well.
_HANGING_MIN: Final = 60
# The words a copyright line ends with: `All rights reserved`, `... می‌باشد`, `... است`.
_COPYRIGHT_ENDINGS: Final = ("reserved", "باشد", "است")

_LINK_ELEMENT: Final = re.compile(r"^\s*Link:\s")
# Table borders and rules (`-----`, `---|---`, `=====`): block boundaries, never text.
_SEPARATOR_CHARS: Final = frozenset("-=_*+|:~")
_SEPARATOR: Final = lazy_pattern(r"^[\s\-=_*+|:~]*[\-=_*+|:~]{3}[\s\-=_*+|:~]*$")
# Table cells set apart by runs of spaces: such a line was laid out, not wrapped.
_COLUMN_GAP: Final = lazy_pattern(r"\S\s{3,}\S")
# pandoc writes a table whose cells hold paragraphs as a grid: `+----+----+` borders and
# `|` walls, the text of each cell wrapped at the cell's own width.
_GRID_BORDER: Final = lazy_pattern(r"\+(?:[-=:]+\+)+")
# Cells a text browser set apart with spaces. Non-breaking spaces (pandoc keeps them) are
# the page's own and hold words together, so they are no sign of layout.
_LAID_OUT: Final = lazy_pattern(r"\S {3,}\S")
_REFERENCE_HEADING: Final = lazy_pattern(r"^\s*(?:References|Visible links:?|Hidden links:?)\s*$")
_REFERENCE_ITEM: Final = lazy_pattern(r"^\s*\d+\.\s+\S+\s*$")
_LINK_NUMBER: Final = lazy_pattern(r"\[\d+\]")
_WORD: Final = lazy_pattern(r"[^\W\d_]+(?:-[^\W\d_]+)*")

# A line indented this far past the margin is centered or set flush right, not wrapped.
_RIGHT_ALIGNED_INDENT: Final = 8
_HYPHEN_BREAK: Final = lazy_pattern(r"\w-$")
# Characters that take no column on a terminal: combining marks (Arabic harakat among
# them), ZWNJ and the other zero-width and bidi format characters. Persian text holds
# many ZWNJs, and the tools disagree on them: pandoc gives them no column, w3m, lynx,
# links and html2text one each.
_ZERO_WIDTH: Final = lazy_pattern(
    "[\u0300-\u036f\u0610-\u061a\u061c\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4"
    "\u06e7\u06e8\u06ea-\u06ed\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
_MD_HEADING: Final = lazy_pattern(r"^\s*#{1,6}\s+|\s+#+\s*$")
_MD_QUOTE: Final = lazy_pattern(r"^\s*(?:>\s?)+")
_MD_RULE: Final = lazy_pattern(r"^\s*(?:[-*_=]\s*){3,}$")
# Link targets may hold escaped parentheses: `[Print](javascript:window.print\(\))`.
_MD_TARGET: Final = r"\((?:\\.|[^)\s\\])*(?:\s+\"[^\"]*\")?\)"
_MD_IMAGE: Final = lazy_pattern(r"!\[([^\]]*)\]" + _MD_TARGET)
_MD_LINK: Final = lazy_pattern(r"\[([^\]]*)\]" + _MD_TARGET)
_MD_LINK_START: Final = "]("
_MD_STRONG: Final = lazy_pattern(r"\*\*|__")
# html2text ends a line with exactly two spaces where the page has a `<br>`.
_MD_BREAK: Final = lazy_pattern(r"\S  $")
# html2text puts a space between the end of bold or italic text and the next character,
# even a comma; a space before `,` `;` `:` was never on the page.
_MD_STRESS_SPACE: Final = lazy_pattern(r"(?<=\S)(\*\*|__|[*_]) (?=[,;:])")
# The pipes html2text sets at the edges of a table row.
_MD_TABLE_EDGE: Final = lazy_pattern(r"^\s*\|\s*|\s*\|\s*$")
_MD_EMPHASIS: Final = lazy_pattern(r"(?<![\w*])[_*](?=\S)([^_*\n]+?)(?<=\S)[_*](?![\w*])")
_MD_ESCAPE: Final = lazy_pattern(r"\\([\\`*_{}\[\]()#+\-.!>|~\"'])")


def text_lines(text: str) -> list[Line]:
    """Normalized lines of a text capture."""
    raw = _drop_link_elements(text.splitlines())
    references = _references_start(raw)
    if references is not None:
        raw = raw[:references]
    # Raw lines hold no line break: a substring of the joined text lies within one line.
    joined = "\n".join(raw)
    markdown = _looks_like_markdown(raw, joined)
    lines: list[Line] = []
    words: tuple[frozenset[str], frozenset[str]] | None = None
    for block in _blocks(raw, hard_breaks=markdown and _marked_up(joined)):
        if references is not None:
            block = _LINK_NUMBER().sub("", block)
        if markdown:
            block = _unmark(block)
        elif "**" in block or "__" in block:
            block = _MD_STRONG().sub("", block)
        block = _unbracket(block)
        if "," in block and L.news_group_label(match_key(block.lstrip(" •*-+"))):
            # lynx cuts a comma list with no space in it at the edge, inside a name.
            words = words or _inner_words(raw)
            block = _mended(block, words)
        line = make_line(block)
        if line is not None:
            lines.append(line)
    return lines


def _drop_link_elements(raw: list[str]) -> list[str]:
    """links and elinks open with a `Link: canonical` line per <link> element of the page."""
    start = 0
    while start < len(raw) and _LINK_ELEMENT.match(raw[start]):
        start += 1
    return raw[start:]


def _references_start(raw: list[str]) -> int | None:
    """Where the numbered link list lynx and elinks append begins, if there is one."""
    joined = "\n".join(raw)
    if "References" not in joined and " links" not in joined:
        return None
    for index, line in enumerate(raw):
        if _REFERENCE_HEADING().match(line) and _followed_by_references(raw, index + 1):
            return index
    return None


def _unbracket(block: str) -> str:
    """A whole line in brackets is an image: pandoc shows its alt text or caption so, and
    w3m a file name when the alt text is empty (a single word, dropped)."""
    stripped = block.strip()
    if not (stripped.startswith("[") and stripped.endswith("]")) or "[" in stripped[1:-1]:
        return block
    inner = stripped[1:-1].strip()
    return inner if " " in inner else ""


def _followed_by_references(raw: list[str], start: int) -> bool:
    for line in raw[start:]:
        if line.strip() and not _REFERENCE_HEADING().match(line):
            return _REFERENCE_ITEM().match(line) is not None
    return False


def _looks_like_markdown(raw: list[str], joined: str) -> bool:
    """html2text output: links written `[text](url)`, `#` headings, `**` or `  ` line breaks."""
    return (
        _marked_up(joined)
        or joined.startswith(("# ", "## "))
        or "\n# " in joined
        or "\n## " in joined
        or any(line.endswith("  ") and line.strip() for line in raw)
    )


def _marked_up(joined: str) -> bool:
    """Markdown by its links or bold text: trailing spaces alone may be links's padding."""
    return _MD_LINK_START in joined or "**" in joined


def _unmark(block: str) -> str:
    """Markdown inline and block markers down to the plain text a reader sees."""
    if _MD_RULE().match(block):
        return ""
    block = _MD_STRESS_SPACE().sub(r"\1", _MD_TABLE_EDGE().sub("", block))
    block = _MD_QUOTE().sub("", _MD_HEADING().sub("", block))
    block = _MD_LINK().sub(_spaced, _MD_IMAGE().sub(_spaced, block))
    block = _MD_STRONG().sub("", block)
    block = _MD_EMPHASIS().sub(r"\1", block)
    return _MD_ESCAPE().sub(r"\1", block)


def _spaced(found: re.Match[str]) -> str:
    """A link's or image's text, set apart from a word it was run into (`![a](x)Today`)."""
    text, before, after = (
        found[1],
        found.string[found.start() - 1 : found.start()],
        found.string[found.end() : found.end() + 1],
    )
    return f"{' ' if before.isalnum() else ''}{text}{' ' if after.isalnum() else ''}"


def _wrap_width(raw: list[str], measure: Measure = len) -> int | None:
    """The column a tool hard-wrapped the capture at, or None if it was not wrapped.

    Only lines followed by a line at the same indentation are measured: headings the
    tools leave unwrapped stand alone, and centered ones change indentation.
    """
    prose = too_long = 0
    measured: list[int] = []
    above: tuple[int, int] | None = None  # indent and length of a line that may be measured
    for line in raw:
        stripped = line.strip()
        if not stripped:
            above = None
            continue
        gap = _column_gap(stripped)
        length = measure(line.rstrip())
        indent = _indent(line)
        if " " in stripped and not gap:
            prose += 1
            # html2text never breaks a link, so a line holding one may run past the width.
            too_long += length > _WRAP_MAX and _MD_LINK_START not in stripped
        if above is not None and above[0] == indent:
            measured.append(above[1])
        # A line holding a link says nothing of the width html2text wrapped at.
        link = _MD_LINK_START in stripped
        above = None if gap or link or _separator(stripped) else (indent, length)
    if not prose or too_long > max(1, prose // 50):
        return None
    long_lines = sorted(length for length in measured if _WRAP_MIN <= length <= _WRAP_MAX)
    if len(long_lines) < 2:
        return None
    # Greedy wrapping packs lines densely up to the width; a tool leaves the odd line
    # unwrapped (html2text a list item holding links), standing apart above that cluster.
    while len(long_lines) > 2 and long_lines[-1] - long_lines[-2] > _WIDTH_GAP:
        long_lines.pop()
    return long_lines[-1]


def _column_gap(stripped: str) -> bool:
    """Whether a stripped line holds cells set apart by runs of white space."""
    if "   " in stripped:
        return True
    # The ASCII space is the only white space character `str.isprintable` lets through.
    return not stripped.isprintable() and _COLUMN_GAP().search(stripped) is not None


def _separator(stripped: str) -> bool:
    """Whether a stripped line is a table border or a rule (it opens with a rule character)."""
    return stripped[0] in _SEPARATOR_CHARS and _SEPARATOR().match(stripped) is not None


def _rule_characters_only(stripped: str) -> bool:
    """A lone `-` or `:` (pandoc leaves one under a table): never the end of a paragraph."""
    return stripped[0] in _SEPARATOR_CHARS and not stripped.strip("".join(_SEPARATOR_CHARS) + " ")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _blocks(raw: list[str], hard_breaks: bool = False, width: int | None = None) -> Iterator[str]:
    """Raw lines grouped into blocks: a wrapped paragraph's lines are joined again, and
    each cell of a grid table is read on its own."""
    outside = [line for line in raw if not _grid_line(line)]
    no_grid = len(outside) == len(raw)
    measure, raw_width = _measure(raw)
    if width is None:
        width = raw_width if no_grid else _wrap_width(outside, measure)
    margin = _margin(raw)
    if no_grid:
        yield from _joined(raw, width, margin, hard_breaks, measure)
        return
    inner: tuple[frozenset[str], frozenset[str]] | None = None
    for in_grid, group in groupby(raw, key=_grid_line):
        run = list(group)
        if in_grid and _GRID_BORDER().fullmatch(run[0].strip()):
            inner = inner or _inner_words(raw)
            yield from _mended_blocks(_grid_blocks(run), inner)
        else:
            yield from _joined(run, width, margin, hard_breaks, measure)


def _grid_line(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 1 and stripped[0] in "+|" and stripped[-1] in "+|"


def _inner_words(raw: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words the capture holds, and those it only ever holds at the start of a line,
    where a piece of a cut word would stand."""
    seen: set[str] = set()
    inside: set[str] = set()
    for line in raw:
        words = [word.casefold() for word in _WORD().findall(line)]
        seen.update(words)
        inside.update(words[1:])
    return frozenset(seen), frozenset(seen - inside)


def _mended_blocks(
    blocks: Iterable[str], words: tuple[frozenset[str], frozenset[str]]
) -> Iterator[str]:
    """pandoc cuts long words in grid cells (`Innovation and P` / `rosperity Fund`), and the
    two pieces may land in two blocks: a piece found only at line starts, whose join with
    the word before is a word the capture holds, is the end of that word."""
    pending: str | None = None
    for block in blocks:
        if pending is not None and _cut(pending, block, words):
            pending += block
        elif pending is not None:
            yield _mended(pending, words)
            pending = block
        else:
            pending = block
    if pending is not None:
        yield _mended(pending, words)


def _mended(block: str, words: tuple[frozenset[str], frozenset[str]]) -> str:
    parts = block.split(" ")
    mended = [parts[0]]
    for part in parts[1:]:
        if _cut(mended[-1], part, words):
            mended[-1] += part
        else:
            mended.append(part)
    return " ".join(mended)


def _cut(before: str, after: str, words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether `after` opens with the rest of a word `before` ends with a piece of."""
    seen, line_starts = words
    tail = _WORD().findall(before[-40:])[-1:] if before[-1:].isalpha() else []
    piece = _WORD().match(after)
    if not tail or piece is None or not piece[0][:1].islower():
        return False
    return piece[0].casefold() in line_starts and (tail[0] + piece[0]).casefold() in seen


def _grid_blocks(run: list[str]) -> Iterator[str]:
    """A grid table row by row, and each row cell by cell, left to right."""
    start = _indent(run[0])
    walls = [start + i for i, char in enumerate(run[0].strip()) if char == "+"]
    row: list[str] = []
    for line in [*run[1:], run[0]]:
        if not _GRID_BORDER().fullmatch(line.strip()):
            row.append(line)
            continue
        for left, right in pairwise(walls):
            # The cell's text starts one space in from its left wall and is wrapped one
            # space short of its right wall.
            cell = [text[left + 1 : right] for text in row]
            yield from _blocks(cell, width=right - left - 2)
        row.clear()


def _joined(
    raw: list[str], width: int | None, margin: int, hard_breaks: bool, measure: Measure = len
) -> Iterator[str]:
    """Lines joined into blocks where a tool only wrapped them.

    In markdown a line ending in two spaces is a `<br>`: what follows starts anew.
    """
    block: list[str] = []
    previous = previous_raw = ""
    widths = _indent_widths(raw, width, measure)
    block_start = ""
    for line in raw:
        stripped = line.strip()
        if not stripped or _separator(stripped):
            if block:
                yield from _flush(block)
            previous = ""
            continue
        if block and (
            (hard_breaks and previous_raw.endswith("  ") and _MD_BREAK().search(previous_raw))
            or not (
                (width is not None and _category_list_goes_on(block[0], stripped))
                or (
                    len(previous) >= _HANGING_MIN
                    and _hanging(block_start, line)
                    and not _starts_anew(stripped)
                )
                or _continues(
                    previous, stripped, _width_at(widths, _indent(previous), width), margin, measure
                )
            )
        ):
            yield from _flush(block)
        if not block:
            block_start = line
        if block and stripped[:1].isalpha() and _hyphen_break(block[-1]):
            # Wrapped after the hyphen of a compound word: `Knowledge-` / `based`.
            block[-1] += stripped
        else:
            block.append(stripped)
        previous, previous_raw = line.rstrip(), line
    yield from _flush(block)


def _indent_widths(raw: list[str], width: int | None, measure: Measure) -> dict[int, int]:
    """The width each indentation was wrapped at, where it differs from the capture's:
    lynx wraps its indented paragraphs a column short of its unindented headings."""
    if width is None:
        return {}
    found: dict[int, list[int]] = {}
    for line, following in pairwise(raw):
        indent = _indent(line)
        if not line.strip() or not following.strip() or _indent(following) != indent:
            continue
        length = measure(line.rstrip())
        if width - _WIDTH_SPREAD <= length <= width:
            found.setdefault(indent, []).append(length)
    return {indent: max(lengths) for indent, lengths in found.items() if len(lengths) >= 3}


def _hanging(item: str, line: str) -> bool:
    """Whether a line goes on with the list item `item` opens: it is indented to where the
    item's text starts, under its marker (a wrapped list item, whatever the width)."""
    stripped = item.lstrip()
    bulleted, text = split_bullet(stripped)
    if not bulleted or not line.strip() or split_bullet(line.strip())[0]:
        return False
    return _indent(line) == _indent(item) + len(stripped) - len(text)


def _width_at(widths: dict[int, int], indent: int, width: int | None) -> int | None:
    """The wrap width at an indentation: its own, else that of the nearest one left of it
    (a list item under an indented paragraph wraps no wider than the paragraph)."""
    if indent in widths:
        return widths[indent]
    nearest = max((known for known in widths if known < indent), default=None)
    return widths[nearest] if nearest is not None else width


def _category_list_goes_on(first: str, stripped: str) -> bool:
    """Whether a line goes on with the news group list `first` opens, in a wrapped capture:
    the list runs to the next labelled, listed, copyright or blank line, as tools narrow
    or centre the footer cell and wrap it well short of the capture's width."""
    return (
        L.news_group_label(match_key(first)) is not None
        and not _starts_anew(stripped)
        and not match_key(stripped)[:9].casefold().startswith(L.COPYRIGHT_OPENINGS)
    )


def _starts_anew(stripped: str) -> bool:
    """Whether a line can never be the wrapped end of the one above: it is laid out in
    cells, or opens with a list marker or a label."""
    return (
        _laid_out(stripped)
        or split_bullet(stripped)[0]
        or L.opens_with_label(match_key(stripped))
        or L.is_listing_heading(match_key(stripped))
        or L.is_form_widget(stripped)
    )


def _laid_out(stripped: str) -> bool:
    return "   " in stripped and _LAID_OUT().search(stripped) is not None


def _hyphen_break(text: str) -> bool:
    return text.endswith("-") and _HYPHEN_BREAK().search(text) is not None


def _continues(
    previous: str, stripped: str, width: int | None, margin: int, measure: Measure = len
) -> bool:
    """Whether a line was only wrapped onto the next one: its next word would not fit.

    A line that opens with a label (`News code :`) or a list marker starts anew, and so
    does a line of cells set apart by runs of spaces (`Print        Send to Friend`); a short
    line set flush right (w3m does so with right-aligned Persian blocks) reaches the edge
    without being full, so it never continues.
    """
    # The cheap test first: most lines that do not continue had room for the next word.
    if width is None:
        return False
    first_word = stripped.partition(" ")[0]
    # Tools disagree on zero-width characters: full by a count of characters is full.
    by_characters = measure is len or len(previous) + 1 + len(first_word) <= width
    if measure(previous) + 1 + measure(first_word) <= width and by_characters:
        return False
    if _indent(previous) > margin + _RIGHT_ALIGNED_INDENT or _whole_copyright(previous):
        return False
    return not (_rule_characters_only(stripped) or _starts_anew(stripped))


def _whole_copyright(line: str) -> bool:
    """A copyright line that is complete: whatever follows (a cookie notice) is not its end."""
    key = match_key(line.strip()).rstrip(".")
    return key.casefold().endswith(_COPYRIGHT_ENDINGS) and copyright_line(key) is not None


def _columns(text: str) -> int:
    """How many terminal columns a line takes (zero-width characters take none)."""
    if text.isascii():
        return len(text)
    return len(text) - len(_ZERO_WIDTH().findall(text))


def _measure(raw: list[str]) -> tuple[Measure, int | None]:
    """How the tool counted a line's length (characters, or columns without zero-width
    ones), and the column it wrapped `raw` at under that count.

    The right count is the one under which fewer lines look complete though the line
    below goes on at the same indent (a wrap the reader would take for a break).
    """
    if not any(not line.isascii() and _ZERO_WIDTH().search(line) for line in raw):
        return len, _wrap_width(raw)
    widths = {measure: _wrap_width(raw, measure) for measure in (len, _columns)}
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
        and _indent(line) == _indent(following)
        and measure(line.rstrip()) + 1 + measure(following.split()[0]) <= width
    )


def _margin(raw: list[str]) -> int:
    """The indentation most lines of the capture share (lynx and links indent by 3)."""
    counts = Counter([_indent(line) for line in raw if line.strip()])
    return counts.most_common(1)[0][0] if counts else 0


def _flush(block: list[str]) -> Iterator[str]:
    if block:
        yield " ".join(block)
        block.clear()
