"""The width a column's lines were wrapped at, where the page's width does not tell it: the
lines above columns set where the right column starts, a column whose lines run too long
to tell, and the left column going on alone past the right one's end."""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from newsparse.readers.columns import Stretch
from newsparse.readers.indents import indent_of, left_margin
from newsparse.readers.widths import SENTENCE_ENDS, Measure, column_width, hard_wrapped, wrap_width

# A column is taken as wrapped by its tool when this many lines, ending within reach of
# its width, break off a sentence.
_BROKEN_SENTENCES: Final = 2
_BROKEN_SENTENCE_REACH: Final = 20


def head_width(
    lines: list[str], after: Stretch | None, width: int | None, measure: Measure
) -> tuple[int, int] | None:
    """The width and margin of lines above columns when they stand where the right column
    starts (the kicker and title above a side column printed beside the article): the
    right column's, whose text is wrapped short of the page's width and set in from its
    edge though not flush right."""
    if (
        after is None
        or len(after.columns) != 2
        or (width is None and not hard_wrapped(after.lines))
    ):
        return None
    right = after.columns[1]
    starts = {
        len(line.rstrip()) - len(part)
        for line, part in zip(after.lines, right, strict=True)
        if part
    }
    boundary = min(starts, default=0)
    own = column_width(right, measure) if boundary else None
    text = [line for line in lines if line.strip()]
    deep = [line for line in text if indent_of(line) >= boundary]
    if own is None or not text or len(deep) * 2 < len(text):
        return None
    return boundary + own, boundary


def own_wrap(column: list[str], measure: Measure) -> int | None:
    """The width a column was wrapped at when the lines it stands in run too long to tell
    (w3m lays a table out as wide as its widest row, and wraps each cell's text within).
    Lines near that width must break off sentences: a tool that never wraps (inscriptis)
    leaves short paragraphs whose lengths cluster as well, each ending its sentence."""
    width = wrap_width(column, measure) if hard_wrapped(column) else None
    if width is None:
        return None
    broken = sum(
        1
        for line, below in pairwise(column)
        if below.strip()
        and measure(line.rstrip()) > width - _BROKEN_SENTENCE_REACH
        and not line.rstrip().endswith(SENTENCE_ENDS)
    )
    return width if broken >= _BROKEN_SENTENCES else None


def tail_width(lines: list[str], before: Stretch, measure: Measure) -> tuple[int, int, int] | None:
    """The width and margin of the lines the left column goes on with alone past the right
    one's end (the article's paragraphs past a short side column), and how many lines they
    are: those at the left column's margin that run no wider than it, one of them near it."""
    if len(before.columns) != 2 or not hard_wrapped(before.lines):
        return None
    left = next(
        (
            column
            for column in before.columns
            if all(line.startswith(part) for line, part in zip(before.lines, column, strict=True))
        ),
        None,
    )
    own = column_width(left, measure) if left is not None else None
    if left is None or own is None:
        return None
    margin = left_margin(left)
    cut = next(
        (
            at
            for at, line in enumerate(lines)
            if line.strip() and (measure(line.rstrip()) > own or indent_of(line) < margin)
        ),
        len(lines),
    )
    if cut < len(lines):
        # A paragraph a line runs wider than the column in is not the column's: it ends
        # at the blank line above it.
        cut = next((at for at in range(cut, 0, -1) if not lines[at - 1].strip()), 0)
    near = any(measure(line.rstrip()) > own - _BROKEN_SENTENCE_REACH for line in lines[:cut])
    return (own, margin, cut) if near and cut else None
