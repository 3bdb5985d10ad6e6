"""Where a capture's lines stand: each line's indentation, the one most lines share, the
width each indentation was wrapped at, and a line set back left of an indented block."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import split_bullet

# Lines of a wrapped paragraph end within this many columns of the width.
WIDTH_SPREAD: Final = 8
# A definition, a quote: indented this much past the line that follows it.
_SET_BACK: Final = 3
_TERM_WORDS: Final = 6
_ENDS: Final = (".", "!", "?", "؟", ":", ";", ")", '"', "”", "»")


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip())


def indent_widths(
    raw: list[str], width: int | None, measure: Callable[[str], int]
) -> dict[int, int]:
    """The width each indentation was wrapped at, where it differs from the capture's:
    lynx wraps its indented paragraphs a column short of its unindented headings."""
    if width is None:
        return {}
    found: dict[int, list[int]] = {}
    for line, following in pairwise(raw):
        indent = indent_of(line)
        if " " not in line.strip() or not following.strip() or indent_of(following) != indent:
            continue
        length = measure(line.rstrip())
        if width - WIDTH_SPREAD <= length <= width:
            found.setdefault(indent, []).append(length)
    return {indent: max(lengths) for indent, lengths in found.items() if len(lengths) >= 3}


def width_at(widths: dict[int, int], indent: int, width: int | None) -> int | None:
    """The wrap width at an indentation: its own, else that of the nearest one left of it
    (a list item under an indented paragraph wraps no wider than the paragraph)."""
    if indent in widths:
        return widths[indent]
    nearest = max((known for known in widths if known < indent), default=None)
    return widths[nearest] if nearest is not None else width


def left_margin(raw: list[str]) -> int:
    """The indentation most lines of the capture share (lynx and links indent by 3)."""
    counts = Counter([indent_of(line) for line in raw if line.strip()])
    return counts.most_common(1)[0][0] if counts else 0


def stretch_margin(raw: list[str], page: int) -> int:
    """A stretch's own margin, where most of its lines, three at least, share one indent;
    else the page's (a line or two, a centred heading, tell none)."""
    counts = Counter([indent_of(line) for line in raw if line.strip()])
    if not counts:
        return page
    indent, count = counts.most_common(1)[0]
    return indent if count >= _MARGIN_LINES and 2 * count > counts.total() else page


_MARGIN_LINES: Final = 3


def set_back(block_start: str, previous: str, line: str, margin: int) -> bool:
    """Whether a line stands at the margin, set back left of the indented block above it,
    each of whose lines stand at one indent (a definition list's term under the definition
    above it, text under a quote): a new block, however full the line above."""
    indent = indent_of(previous)
    return (
        indent_of(line) <= margin
        and indent - indent_of(line) >= _SET_BACK
        and indent_of(block_start) == indent
        # A definition ends as a sentence does, and a term is a few words: a centred
        # heading's lines are set back and forth as their lengths fall.
        and previous.rstrip().endswith(_ENDS)
        and len(line.split()) <= _TERM_WORDS
    )


def hanging_under(item: str, line: str) -> bool:
    """Whether a line goes on with the list item `item` opens: it is indented to where the
    item's text starts, under its marker (a wrapped list item, whatever the width)."""
    stripped = item.lstrip()
    bulleted, text = split_bullet(stripped)
    # (A middle dot there is no marker: the item's text goes on, `... 12:10` / `· 502`.)
    below = line.strip()
    if not bulleted or not below or (split_bullet(below)[0] and below[:1] != "·"):
        return False
    return indent_of(line) == indent_of(item) + len(stripped) - len(text)


def left_of_item(item: str, line: str) -> bool:
    """Whether a line stands left of the list item `item` opens: the tools indent an item's
    wrapped lines under its text, so it is the next block (a short item may end near the edge)."""
    return indent_of(line) < indent_of(item) and split_bullet(item.lstrip())[0]


def one_text_near(raw: list[str], width: int, measure: Callable[[str], int]) -> bool:
    """Whether the lines ending near a width are one text printed again (a title's copies),
    but for the page's last line (the copyright), which no wrap can go on from."""
    last = max((at for at, line in enumerate(raw) if line.strip()), default=-1)
    near = {
        line.strip()
        for at, line in enumerate(raw)
        if at != last and 0 <= width - measure(line.rstrip()) <= WIDTH_SPREAD
    }
    return len(near) == 1
