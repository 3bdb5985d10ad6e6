"""Text laid out in side-by-side columns, read column by column.

Table-based pages put a side column (headlines with dates, "Latest news") in one table
cell and the article in another. Text browsers (w3m, links, elinks) and inscriptis print
the cells side by side: each line holds a piece of one column on the left and a piece of
the other on the right. Such a stretch of lines is found here and cut into its columns.

A boundary at column `x` over a run of consecutive lines is told by three things: no word
crosses it (the character before `x` is a space, or the line ends before it), many lines
hold text on both sides, and the right-hand text starts right at `x` on many of them. A
line running across it (the copyright line under the table) ends the run. Most captures hold
too few lines with a gap inside their text: one look at each line lets them through.
Where a boundary may lie, and on which side of it a line's text stands, is in
`column_sides`; here the runs of lines laid out at a boundary are found and cut.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Final, NamedTuple

from newsparse.grammar.dates import match_date_time
from newsparse.grammar.lines import lazy_pattern, match_key, split_bullet
from newsparse.readers.column_ends import run_end
from newsparse.readers.column_sides import (
    MIN_ALIGNED,
    MIN_TWO_SIDED,
    TWO_SIDED,
    Side,
    boundaries,
    centred_start,
    indent_of,
    inside_paragraph,
    run_head,
    side_first,
    side_of,
)
from newsparse.readers.data_tables import data_table, figures_table

# The share of the lines with text on both sides that must start right at the boundary
# (or a list's indent on): text set flush right or centered starts wherever its length
# puts it, two columns on as often as one or three.
_ALIGNED_SHARE: Final = 0.75
# Many lines starting right at the boundary are columns even where more of the lines with
# text on both sides start elsewhere (a caption centered in its cell, copied twice).
_MANY_ALIGNED: Final = 10
_MANY_ALIGNED_SHARE: Final = 0.6
# Lines of the right column alone, starting right at the boundary, that say a column goes
# on under a few lines set beside it.
_FLUSH_MANY: Final = 8


@dataclass(frozen=True, slots=True)
class _Run:
    start: int
    stop: int
    boundary: int
    aligned: int  # lines whose right-hand text starts at the boundary or a list's indent on
    exact: int  # those whose right-hand text starts right at the boundary
    beside: int  # past the last line with text on both sides: one column goes on alone


class Stretch(NamedTuple):
    """Consecutive lines of a capture, and the columns they are laid out in."""

    lines: list[str]
    columns: list[list[str]]  # left to right; one (the lines) where nothing stands beside


def stretches(raw: list[str]) -> Iterator[Stretch]:
    """The lines in stretches laid out in one column or in several, in order."""
    start = 0
    for run in _runs(raw):
        if run.start > start:
            yield Stretch(raw[start : run.start], [raw[start : run.start]])
        lines = raw[run.start : run.stop]
        below = next((line for line in raw[run.stop :] if line.strip()), "")
        yield Stretch(lines, _cut(lines, run.boundary, below))
        start = run.stop
    if start < len(raw) or not raw:
        yield Stretch(raw[start:], [raw[start:]])


def _cut(run: list[str], boundary: int, below: str = "") -> list[list[str]]:
    """A run's two columns, left then right. The left column is read first: it is the
    first cell of the table row (the tools lay out a row left to right, a right-to-left
    page's too), so it comes first in the page's source, where a reader meets it first;
    but a short right column beside the head of an article that goes on past the run is
    read first (`below` is the line after the run)."""
    # A line centred in the right cell may start a column or two short of the boundary;
    # where every other line leaves those columns blank, the cell starts there for all.
    cuts = [_cut_at(line, boundary) for line in run]
    start = min(cuts, default=boundary)
    pairs = zip(run, cuts, strict=True)
    if all(not line[start:boundary].strip() or at == start for line, at in pairs):
        cuts = [start] * len(run)
    left = [line[:at].rstrip() for line, at in zip(run, cuts, strict=True)]
    right = [line[at:].rstrip() for line, at in zip(run, cuts, strict=True)]
    return [right, left] if side_first(left, right, below) else [left, right]


def _cut_at(line: str, boundary: int) -> int:
    """Where a line of a run is cut into its columns."""
    start = centred_start(line, boundary)
    return boundary if start is None else start


def _runs(raw: list[str]) -> list[_Run]:
    """The runs laid out in columns, in order; where runs found at two boundaries
    overlap, the one with more aligned lines is kept."""
    found = [run for boundary in boundaries(raw) for run in _runs_at(raw, boundary)]
    taken = bytearray(len(raw))
    kept: list[_Run] = []
    for run in sorted(found, key=lambda run: (-run.aligned, -run.exact)):
        # Where one column went on alone into a stronger run (a gallery under the text),
        # the run ends where that one starts.
        ahead = taken.find(1, run.beside, run.stop)
        if ahead >= 0:
            run = replace(run, stop=ahead)
        if not any(taken[run.start : run.stop]):
            taken[run.start : run.stop] = b"\x01" * (run.stop - run.start)
            kept.append(run)
    opened = (_opened_earlier(raw, run, found, taken) for run in kept)
    return sorted(opened, key=lambda run: run.start)


def _opened_earlier(raw: list[str], run: _Run, found: list[_Run], taken: bytearray) -> _Run:
    """A run opened on the first lines a run at another boundary over the same lines holds,
    where they stand on both sides of this one's too: three columns (a picture's, a side
    column's headlines, the article's), the article's first line beside the side column's
    heading alone (`Latest news    • 1403/08/12 - 10:30`), read in the run's columns."""
    start = min((r.start for r in found if r.start < run.start < r.stop), default=run.start)

    def apart(at: int) -> bool:
        # (Two spaces or more before the boundary, as a run opens; never the header row.)
        return (
            side_of(raw[at], run.boundary) in TWO_SIDED
            and raw[at][run.boundary - 2] == " "
            and not _header_row(raw[at], run.boundary)
        )

    while start < run.start and (taken[start] or not apart(start)):
        start += 1
    if start < run.start and all(apart(i) and not taken[i] for i in range(start, run.start)):
        taken[start : run.start] = b"\x01" * (run.start - start)
        return replace(run, start=start)
    return run


def _runs_at(raw: list[str], boundary: int) -> Iterator[_Run]:
    """The runs of lines laid out in columns at one boundary."""
    sides = [side_of(line, boundary) for line in raw]
    start = 0
    while start < len(sides):
        stop = start
        while stop < len(sides) and sides[stop] is not Side.CROSSING:
            stop += 1
        run = _evidence(raw, sides, start, stop, boundary)
        if run is not None:
            yield run
        start = stop + 1


def _evidence(
    raw: list[str], sides: list[Side], start: int, stop: int, boundary: int
) -> _Run | None:
    """The run within lines `start:stop` (none crossing the boundary), trimmed to its
    columns, if the evidence for them holds."""
    # A run opens and closes on lines whose two sides are set apart by two spaces or
    # more: a line of text running across may have a space right before the boundary.
    # (Or where the right-hand text is a list's item, set in past the boundary.)
    apart = [
        i
        for i in range(start, stop)
        if sides[i] in TWO_SIDED
        and (
            raw[i][boundary - 2] == " "
            or _item_set_in(raw[i], boundary)
            or _FORM_FIELD().match(raw[i], boundary) is not None
        )
    ]
    first = next((i for i in apart if sides[i] is Side.ALIGNED), None)
    if first is None:
        return None
    stop = run_end(raw, sides, first, apart[-1], stop, boundary)
    first = _past_paragraph(raw, sides, run_head(raw, sides, start, first, boundary), boundary)
    if first < stop and _header_row(raw[first], boundary):
        first += 1
    both = [i for i in range(first, stop) if sides[i] in TWO_SIDED]
    aligned = sum(1 for i in both if sides[i] is Side.ALIGNED)
    flush = sum(
        1 for i in range(first, stop) if sides[i] is Side.RIGHT and indent_of(raw[i]) == boundary
    )
    lefts = sum(1 for i in range(first, stop) if sides[i] is Side.LEFT)
    # (Or a short menu's few lines beside the head, the text going on alone at the boundary
    # for many lines under it.)
    beside = aligned >= MIN_TWO_SIDED and (
        lefts >= MIN_TWO_SIDED
        or all(inside_paragraph(raw, sides, i, boundary) for i in both)
        or flush >= _FLUSH_MANY
    )
    seen = aligned + (flush if beside else 0)
    share = _MANY_ALIGNED_SHARE if aligned >= _MANY_ALIGNED else _ALIGNED_SHARE
    # A line of the right cell centred (a heading, the old portal's row) starts a column or
    # three past the boundary: it tells neither for the columns nor against them.
    centred = sum(1 for i in both if sides[i] is Side.BOTH and _centred(raw[i], boundary))
    if seen < MIN_ALIGNED or aligned < share * (len(both) - centred):
        return None
    if data_table(raw, first, stop, both, boundary):
        return None
    # A table's rows, then a paragraph whose wrapped lines leave a word at the boundary
    # (`... by field: engineering 41 percent`): the rows up to the blank line are the table.
    rows_end = next((i for i in range(apart[-1], stop) if not raw[i].strip()), stop)
    if rows_end < stop and figures_table(raw[first:rows_end], boundary):
        return None
    exact = sum(1 for i in both if raw[i][boundary] != " ")
    return _Run(first, stop, boundary, aligned, exact, max(both, default=first) + 1)


def _centred(line: str, boundary: int) -> bool:
    """Whether a line's right-hand text starts just past the boundary, an odd column or
    two on (text browsers centre a short line in its cell; a list indents by two)."""
    right = line[boundary:].lstrip()
    # (Not in a table with walls: pandoc's grid drifts a column where a cell's letters join.)
    walled = any(wall in line for wall in _WALLS)
    return len(line) - boundary - len(right) in _CENTRED_OFFSETS and not walled


_CENTRED_OFFSETS: Final = (1, 3)
_WALLS: Final = "|│┃"


def _header_row(line: str, boundary: int) -> bool:
    """Whether a line is the page's header row printed above the columns it lines up with:
    the capture date in its right cell (`رونق تولید      شنبه 22 مهر 1402`), read on its
    own line and not after the whole left column."""
    right = match_key(line[boundary:].strip().rstrip("-–").strip())
    shown = match_date_time(right) if right[:1].isalpha() else None
    return (
        shown is not None
        and shown.end() == len(right)
        and shown["weekday"] is not None
        and shown["hour"] is None
        and shown["pre_hour"] is None
    )


def _past_paragraph(raw: list[str], sides: list[Side], head: int, boundary: int) -> int:
    """Where a run opens past the lines the right column alone opens it with, when they end
    a paragraph right where the left column starts (`... the mobile network.` beside
    nothing, then `Most viewed` beside the paragraph's blank): nothing stands beside them,
    and they are read before the left column, in the page's order."""
    at = head
    while at < len(sides) and sides[at] is Side.RIGHT:
        at += 1
    if at == head or at >= len(sides) or sides[at] is not Side.LEFT:
        return head
    # (Not where the last is a list's item, the article's info bullets whose head goes on
    # beside the left column, its kicker and title under them.)
    item = split_bullet(raw[at - 1].strip())[0]
    return at if not raw[at][boundary:].strip() and not item else head


def _item_set_in(line: str, boundary: int) -> bool:
    """Whether a line's right-hand text is a list's item set in past the boundary."""
    return line[boundary - 1 : boundary + 1] == "  " and _ITEM().match(line, boundary) is not None


_ITEM: Final = lazy_pattern(r" +[*•◦▪-]\s+[^\s|]")
# A form's text field (links draws it as a run of underscores) filling the right cell
# from its start, one space past the left cell's text.
_FORM_FIELD: Final = lazy_pattern(r"_{8,}(?: |$)")
