"""Where a run of lines laid out in columns ends: one column goes on alone past the other,
or a line on both sides or left of the columns follows the table; but the columns go on
where their texts meet one space apart."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.lines import match_key
from newsparse.grammar.rules_footer import copyright_line
from newsparse.readers.column_sides import (
    TWO_SIDED,
    Side,
    indent_of,
    label_left,
    menus_end,
)

# The most lines in a row whose columns' texts stand one space apart.
_TIGHT_LINES: Final = 3
# The most lines one column may go on alone before the other's last ones.
_TAIL: Final = 2
# How far in from the boundary a list's bullet or a centred bar may set the right column's
# next line.
_BULLET_IN: Final = 4
# The fewest rows of each column that go on in rows of their own.
_IN_TURN: Final = 2


def run_end(
    raw: list[str], sides: list[Side], first: int, last: int, stop: int, boundary: int
) -> int:
    """Where a run whose last lines set apart on both sides is `last` ends. After it, one
    column goes on alone; the other may end a line or two later, beside the blank line the
    first leaves between two paragraphs. A line on the side that ended, on both sides, or
    left of where the columns start, is what follows the table."""
    if menus_end(raw, sides, first, last, boundary):
        return last + 1
    margin = min(indent_of(raw[i]) for i in range(first, last + 1) if sides[i] in TWO_SIDED)
    alone: list[Side] = []  # the sides that went on alone, in turn
    tail = 0  # the lines of the first of them
    in_turn = True  # whether the columns may still go on in rows of their own
    for index in range(last + 1, stop):
        side = sides[index]
        if _one_space_apart(raw, sides, index, boundary):
            continue  # the left column's text one space short of the right's: both go on
        if side is Side.LEFT and label_left(raw, sides, index, stop):
            continue  # a box's label set out of the left column, the right one going on
        if side in TWO_SIDED or (side is Side.LEFT and indent_of(raw[index]) < margin):
            return index
        if side is Side.LEFT and copyright_line(match_key(raw[index].strip())):
            return index  # the page's copyright under the table, whatever its width
        if side is Side.BLANK or (alone and side is alone[-1]):
            tail += len(alone) == 1 and side is not Side.BLANK
            continue
        if len(alone) == 2 and in_turn:
            in_turn = False  # (asked once: the rows after `last` are the same each time)
            if end := _rows_taken_in_turn(raw, sides, (last + 1, stop), boundary, margin):
                return end
        if len(alone) == 2 or tail > _TAIL:
            # Unless the columns meet again a line or two on, one space apart (a side
            # column's last link filling its width beside the article's next paragraph).
            ahead = range(index + 1, min(stop, index + 1 + _TAIL))
            if not any(_one_space_apart(raw, sides, i, boundary) for i in ahead):
                return index
            alone, tail = [], 0
            continue
        alone.append(side)
        tail += 1
    return stop


def _rows_taken_in_turn(
    raw: list[str], sides: list[Side], lines: tuple[int, int], boundary: int, margin: int
) -> int | None:
    """Where the columns end that go on in rows of their own (inscriptis prints a block of
    one column on the rows the other's block leaves blank): every row one column's, the
    right one's at the boundary, the left one's short of it and not left of the columns'
    margin, two of each at least; the run ends after the right column's last row."""
    taken = {Side.LEFT: 0, Side.RIGHT: 0}
    end = None
    for index in range(*lines):
        side, line = sides[index], raw[index]
        if side is Side.BLANK:
            continue
        if side is Side.RIGHT and indent_of(line) == boundary:
            end = index + 1
        elif (
            side is not Side.LEFT
            or indent_of(line) < margin
            or copyright_line(match_key(line.strip()))
        ):
            break  # (the page's copyright under the table is no row of its left column)
        taken[side] += 1
    return end if min(taken.values()) >= _IN_TURN else None


def _one_space_apart(raw: list[str], sides: list[Side], index: int, boundary: int) -> bool:
    """Whether a line holds the two columns' texts one space apart (a side column's item
    filling its width, `Initiative Council of charge,`), the right one starting at the
    boundary, with the right column going on alone below (after a blank line too, under
    another row): a line of text running across would not leave its next line to the right
    column. Two such lines or three may stand
    together, the left column going on alone below them (the article's lines filling its
    width beside the side column's last ones); or one, the left column's last line or two
    alone under it and the right column going on at the boundary (a headline's date filling
    the side column, its count alone under it)."""
    if not _tight(raw, sides, index, boundary):
        return False
    tight = [i for i in range(index - 1, index - _TIGHT_LINES, -1) if i >= 0]
    first = next(
        (i + 1 for i in tight if not _tight(raw, sides, i, boundary)), tight[-1] if tight else index
    )
    after = index + 1
    while (
        after < len(sides) and after - first < _TIGHT_LINES and _tight(raw, sides, after, boundary)
    ):
        after += 1
    if after >= len(sides):
        return False
    # (The right column may go on after a blank line: the left one's last item beside the
    # right one's paragraph, `* Contact Us BDC secretary announced:`, under another row.)
    if (
        sides[after] is Side.BLANK
        and sides[index - 1] is not Side.BLANK
        and after + 1 < len(sides)
        and sides[after + 1] is Side.RIGHT
    ):
        after += 1
    if sides[after] is Side.RIGHT:
        return indent_of(raw[after]) == boundary
    if sides[after] is not Side.LEFT:
        return False
    # (Or the left column's last line or two alone, the right one going on at the boundary.)
    ahead = range(after, min(len(sides), after + _TAIL + 1))
    below = next((i for i in ahead if sides[i] is not Side.LEFT), None)
    # (At the boundary, or a few columns in from it: a list's bullet, `  • News group : ...`,
    # or a bar the cell centres, `  Print   Send to Friend`.)
    resumes = (
        below is not None
        and sides[below] is Side.RIGHT
        and boundary <= indent_of(raw[below]) <= boundary + _BULLET_IN
    )
    return after - first > 1 or resumes


def _tight(raw: list[str], sides: list[Side], index: int, boundary: int) -> bool:
    """Whether a line's right-hand text starts right at the boundary, one space after the
    left-hand text."""
    line = raw[index]
    return sides[index] is Side.ALIGNED and line[boundary] != " " and line[boundary - 2] != " "
