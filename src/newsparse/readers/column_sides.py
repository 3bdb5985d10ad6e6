"""Where columns laid side by side may meet in a capture's lines, and on which side of
such a boundary each line's text stands.

A boundary is voted for by the gaps of two spaces or more inside lines, where the text after
a gap starts (or a list's indent left of it). A line's text stands left of a boundary, right
of it, on both sides, on both sides with the right-hand text starting right at it (aligned),
or across it (a word crosses it, so no column ends there).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from enum import Enum
from typing import Final

from newsparse.grammar.broken_lines import COMMAS
from newsparse.grammar.dates import holds_date
from newsparse.grammar.footer_lines import portal_wall_at
from newsparse.grammar.labels import COPYRIGHT_OPENINGS
from newsparse.grammar.lines import lazy_pattern, match_key
from newsparse.grammar.shapes import kicker_ending
from newsparse.grammar.under_bullets import SENTENCE_ENDS

# The fewest lines whose right-hand text starts right at a boundary: a few laid-out
# lines (`Print        Send to Friend`) are single rows, not columns.
MIN_ALIGNED: Final = 4
# Fewer lines with text on both sides do, when the right column's other lines start right
# at the boundary beside the left column's own lines.
MIN_TWO_SIDED: Final = 2
# The narrowest left column: list markers and numbers (`1.  `, `-   `) sit closer.
# (It also keeps the two characters before a boundary within the line.)
_MIN_LEFT: Final = 8
# Boundaries tried, the most voted first: a bound that keeps the work linear.
_CANDIDATES: Final = 8
# Text browsers indent a list within a column by two, and an item's wrapped lines by two
# more: right-hand text starting there is aligned as well.
_LIST_INDENTS: Final = (0, 2, 4)

# Right-hand text after a gap of two spaces or more: a word, a linked one (`[12]Title`), a
# list marker, a poll's field or button (`[ ] Research grant`, `( ) Labs`, `[ Vote ]`), or
# the wall of a table beside a column with none; not a wall inside a table.
_GAP: Final = lazy_pattern(r"(?<=\S)  +(?=\[?[^\W_]|\[ |\( ?\)|[-•·◦▪‣●○■□☆*+–┌├└│])")
_BOX_EDGES: Final = "┌├└│"
# A left-hand part that is only a list marker, a number or a letter is a list item.
_MARKER: Final = lazy_pattern(
    r"\s*(?:[-•·◦▪‣●○■□☆*+–#@o]|(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})[.)]|\[\d+\])\s*"
)
_MARKER_CHARACTERS: Final = frozenset("-•·◦▪‣●○■□☆*+–#@o")


class Side(Enum):
    """Where a line's text stands with respect to a boundary."""

    BLANK = 0
    LEFT = 1
    RIGHT = 2
    BOTH = 3
    ALIGNED = 4  # both sides, the right-hand text starting right at the boundary
    CROSSING = 5  # a word crosses the boundary: no column ends there


TWO_SIDED: Final = frozenset({Side.BOTH, Side.ALIGNED})


def boundaries(raw: list[str]) -> list[int]:
    """The columns where right-hand text starts after a gap on enough lines, the most
    frequent first."""
    # The cheap check: most captures have too few lines holding a gap inside their text.
    gapped = [line for line in raw if "  " in line.strip()]
    if len(gapped) < MIN_TWO_SIDED:
        return []
    votes = Counter(boundary for line in gapped for boundary in _votes(line))
    # A column that goes on alone beside the other's blank lines starts its lines there too
    # (inscriptis sets a side column beside a few lines of the article only).
    flush = Counter(indent_of(line) for line in raw if indent_of(line) >= _MIN_LEFT)
    return [
        x
        for x, count in votes.most_common(_CANDIDATES)
        if count >= MIN_ALIGNED or (count >= MIN_TWO_SIDED and count + flush[x] >= MIN_ALIGNED)
    ]


def _votes(line: str) -> Iterator[int]:
    """The boundaries a line's gaps vote for: text after a gap is aligned on a boundary
    where it starts, or left of it by a list's indent."""
    for number, gap in enumerate(_GAP().finditer(line)):
        if number == 0 and _MARKER().fullmatch(line, 0, gap.start()):
            continue
        walled = line[gap.end()] in _BOX_EDGES
        if walled and any(wall in line[: gap.start()] for wall in _BOX_EDGES):
            continue  # a wall inside a table: its cells, no columns
        # The old portal pads its footer line's `/` with spaces (`09:40 - 21/05/2018    /
        # Show Count : 18`): a line of one cell, not two columns.
        if line.startswith("/ ", gap.end()) or line[max(0, gap.start() - 2) : gap.start()] == " /":
            continue
        for indent in _LIST_INDENTS:
            if gap.end() - indent >= _MIN_LEFT:
                yield gap.end() - indent


def side_of(line: str, boundary: int) -> Side:
    """Where a line's text stands with respect to a boundary."""
    text = line.rstrip()
    if not text:
        return Side.BLANK
    if len(text) < boundary:
        return Side.LEFT
    if (start := centred_start(text, boundary)) is not None:
        return Side.BOTH if text[:start].strip() else Side.RIGHT
    if (
        text[boundary - 1] != " "
        or _bullet_before(text, boundary)
        or portal_wall_at(text, boundary)
    ):
        return Side.CROSSING
    if not text[:boundary].strip():
        return Side.RIGHT
    indent = len(text) - boundary - len(text[boundary:].lstrip())
    return Side.ALIGNED if indent in _LIST_INDENTS else Side.BOTH


def run_head(raw: list[str], sides: list[Side], start: int, first: int, boundary: int) -> int:
    """Where a run opens: above its first line set apart on both sides, the lines with no
    blank one between where one column goes on alone (a side column's heading beside the
    end of a wrapped title; a paragraph of the article that the side column starts beside),
    and a heading one space past the left column's full line."""
    head = first
    while head > start and sides[head - 1] in (Side.LEFT, Side.RIGHT):
        head -= 1
    if head > start and _heading_beside(raw[head - 1], sides[head - 1], boundary):
        head -= 1
    return head


def inside_paragraph(raw: list[str], sides: list[Side], index: int, boundary: int) -> bool:
    """Whether a line's right-hand text goes on a paragraph standing at the boundary above
    and below it, or beside another such line (a side column's centred `Newsletter` and
    `RSS` beside the article's wrapped lines): prose running across the boundary would
    leave no run of spaces before it."""
    around = (index - 1, index + 1)
    return sides[index] is Side.ALIGNED and all(
        0 <= i < len(sides)
        and (sides[i] is Side.ALIGNED or (sides[i] is Side.RIGHT and indent_of(raw[i]) == boundary))
        for i in around
    )


def _heading_beside(line: str, side: Side, boundary: int) -> bool:
    """Whether a line holds a side column's heading one space past the left column's text
    that fills its width (`... I found Links`): a word or three opening in upper case at
    the right cell's edge, ending no sentence, where a line of text running across would
    go on in lower case."""
    right = line[boundary:].strip()
    words = right.split()
    return (
        side in TWO_SIDED
        and line[boundary - 2 : boundary - 1].isalpha()
        and line[boundary : boundary + 1] not in ("", " ")
        and 0 < len(words) <= _HEADING_WORDS
        and right[:1].isupper()
        and not right.endswith((*SENTENCE_ENDS, *COMMAS, ";", "؛", ":"))
    )


_HEADING_WORDS: Final = 3


def centred_start(text: str, boundary: int) -> int | None:
    """Where a right-hand text starts a column or two short of the boundary, after a gap of
    two spaces or more (a title the tool centred in its cell, or one opening with a short
    word the tool set flush with the cell's edge), or None."""
    if len(text) <= boundary or text[boundary - 2 : boundary] == "  ":
        return None  # the text reaches no column past it, or a gap stands before it
    start = boundary - 1
    if text[boundary - 1] == " ":
        # A capital's word of a letter or two and its space (`A Tehran ...`, `An ...`): a
        # title's first word; a narrow column's line ends with small words (`... on`).
        start -= 1
        while start > boundary - 1 - _CENTRED_SHORT and text[start - 1] != " ":
            start -= 1
        if not text[start].isupper():
            return None
    while start > boundary - 1 - _CENTRED_SHORT and text[start - 1] != " ":
        start -= 1
    if text[start - 1] != " " or text[start - 2 : start] != "  " or start < _MIN_LEFT:
        return None
    # A word, not a widget (`( )`); and no joiner left of it, which some tools count as no
    # column (its line is pushed left by as many as it holds, not centred).
    opens_word = text[start].isalnum() or text[start] in '«“"'
    return start if opens_word and "\u200c" not in text[:start] else None


# How far short of the boundary a centred line's text may start.
_CENTRED_SHORT: Final = 2


def _bullet_before(text: str, boundary: int) -> bool:
    """Whether a list marker stands alone right before the boundary: the item's text
    starts there, and its marker belongs to the same column. A dash after a word and one
    space (`Sep 20 2022 - ` ending a narrow column's line) is the text's own."""
    return text[boundary - 2] in _MARKER_CHARACTERS and (
        boundary < 3 or (text[boundary - 3] == " " and (boundary < 4 or text[boundary - 4] == " "))
    )


def indent_of(line: str) -> int:
    """How many spaces open a line."""
    return len(line) - len(line.lstrip())


# The left column goes on alone this many lines below the right one's end at least.
_ALONE_BELOW: Final = 20


def side_first(left: list[str], right: list[str], below: str) -> bool:
    """Whether a run's right column is read before its left one: a short side column
    beside the article's head, the article going on alone below it and past the run (a
    table ran across the boundary, and the line `below` goes on): read after, it would
    stand in the article's middle."""
    last = max((at for at, part in enumerate(right) if part.strip()), default=0)
    narrow = max(map(len, right), default=0) < max(map(len, left), default=0)
    goes_on = bool(below.strip()) and not any(
        word in below.casefold() for word in COPYRIGHT_OPENINGS
    )
    # (Or the article's head ends on its kicker, its title below the run: read after, the
    # side column would stand between them.)
    head = next((part for part in reversed(left) if part.strip()), "")
    kicker = kicker_ending(head.strip()) and len(head.split()) > 1
    return goes_on and narrow and (len(right) - last > _ALONE_BELOW or kicker)


# A box's label set out of the left column holds this many words at most, and the right
# column goes on alone for this many lines of text below it.
_LABEL_WORDS: Final = 3
_ALONE_UNDER_LABEL: Final = 3


def label_left(raw: list[str], sides: list[Side], index: int, stop: int) -> bool:
    """Whether a left line set out of its column is a box's last label (inscriptis prints
    `Your email :` short of its box), the right column alone going on below it, but for
    the box's other labels between its lines (`Newsletter`, then `Subscribe`)."""
    below = [at for at in range(index + 1, stop) if sides[at] is not Side.BLANK]
    alone = below[:_ALONE_UNDER_LABEL]
    labels = all(sides[at] is Side.RIGHT or _label(raw[at]) for at in alone)
    return _label(raw[index]) and bool(alone) and labels and sides[alone[-1]] is Side.RIGHT


# A menu's item: a few words, no sentence.
_ITEM_WORDS: Final = 4


def menus_end(raw: list[str], sides: list[Side], first: int, last: int, boundary: int) -> bool:
    """Whether two menus side by side end together on `last`, the article's date opening
    the left column's next lines under a blank one: the table of menus ended there, and the
    article below it is read after both."""
    after = last + 1
    if (
        after + 1 >= len(sides)
        or sides[after] is not Side.BLANK
        or sides[after + 1] is not Side.LEFT
    ):
        return False
    cells = [
        cell.strip()
        for i in range(first, last + 1)
        if sides[i] in TWO_SIDED
        for cell in (raw[i][:boundary], raw[i][boundary:])
    ]
    items = all(len(cell.split()) <= _ITEM_WORDS and not cell.endswith(".") for cell in cells)
    return items and holds_date(match_key(raw[after + 1].strip()))


def _label(line: str) -> bool:
    return len(line.split()) <= _LABEL_WORDS


# A form's empty text field as w3m (`[     ]`), links and elinks (`[_____]`, or its link's
# number and bare underscores: `[12]_____`) print it at the page's left edge, a column's
# text a space right of it (not its button: `[   ] [Go]`, or lynx's capitalized word alone
# closing the line, `_____ Go`).
_FIELD_BESIDE: Final = lazy_pattern(
    r"^ {0,4}(?:\[[ _]{3,}\]|(?:\[\d+\])?_{3,})(?= [^\s\[])"
    r"(?! (?:[A-Z][a-z]{1,11}|[\u0600-\u06FF\u200c]{2,12}) *$)"
)


def fields_blanked(raw: list[str]) -> list[str]:
    """The lines with a form's empty text field set beside a column's text made blank: a
    side column's search box is printed a space from the article beside it, which leaves
    too narrow a gap to tell the columns apart; the field holds no text of the page."""
    return [
        _FIELD_BESIDE().sub(lambda field: " " * len(field[0]), line)
        if "_" in line or "[" in line
        else line
        for line in raw
    ]
