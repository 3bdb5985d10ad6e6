"""A table row whose cells a text browser wrapped within themselves, read cell by cell.

A small table (an info block of three cells: date, views, study time) printed in a narrow
column takes two lines, each holding a piece of every cell (`Oct 3 2023 -     1,317 Study
time : 2` / `09:30                  minute(s)`). Read line by line, the pieces of one cell
come apart. Such a row stands alone between blank lines (or pandoc's rules of a one-row
table, `------- -------`), and its cells start at columns where one of its lines leaves a gap
(or a cell's bullet, `• Jan 8 2024 - • 347`) and no word of the other crosses.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from newsparse.grammar import box_words as B
from newsparse.grammar import labels as L
from newsparse.grammar.copyright_rows import opens_as_copyright
from newsparse.grammar.dates import DATE
from newsparse.grammar.lines import lazy_pattern, match_key
from newsparse.readers.data_tables import TABLE_RULE

# Text set apart by three spaces or more: a new cell.
_GAP: Final = lazy_pattern(r"(?<=\S) {3,}(?=\S)")
_CELL_BULLET: Final = lazy_pattern(r"(?<=\S) • (?=\S)")
# The gap a flush-right cell's wrapped end leaves at least (justified text never does).
_FLUSH_GAP: Final = 8
# A date whose dash more cells follow, one space apart, and a time alone in its cell.
_DATE_DASH: Final = lazy_pattern(rf"(?:{DATE}) -(?= \S)", re.IGNORECASE)
_TIME_CELL: Final = lazy_pattern(r"\d{1,2}:\d{2}(?= {2,}\S| *$)")
_TIME_START: Final = lazy_pattern(r"\d{1,2}:\d{2}\b")
# A row of at least this many cells: two are as likely a line and its wrapped end.
_MIN_CELLS: Final = 3


def rows_read_by_cell(raw: list[str]) -> list[str]:
    """The lines with each two-line row of cells written as one line a cell."""
    read: list[str] = []
    lines = raw
    index = 0
    while index < len(raw):
        # Most lines are no row's first: the line above holds text, or this one no gap.
        stripped = raw[index].strip()
        starts = (index == 0 or _apart(raw[index - 1])) and ("   " in stripped or " • " in stripped)
        cells = _flush_right_row(raw, index) if "   " in stripped else None
        if cells is None and starts:
            cells = _row(raw, index)
        if cells is None:
            raised = _time_raised(raw, index) if " - " in stripped else None
            if raised is not None:
                read.append(raised[0])
                raw = raw if raw is not lines else list(lines)  # the caller's list stays
                raw[index + 1] = raised[1]
            else:
                read.append(raw[index])
            index += 1
            continue
        indent = " " * (len(raw[index]) - len(raw[index].lstrip()))
        for cell in cells:
            read.extend((f"{indent}{cell}", ""))
        index += 2
    return read


def headings_apart(raw: list[str]) -> list[str]:
    """The lines, a side column's heading printed beside a line above a blank one (`...
    مطرح شد؛      آخرین اخبار`, the column's items below the blank) set on a line of its own
    above it: the heading is no part of the text. For lines no column stands beside."""
    read: list[str] = []
    for index, line in enumerate(raw):
        blank_below = index + 1 == len(raw) or not raw[index + 1].strip()
        text, gap, heading = line.rstrip().rpartition("   ")
        if blank_below and gap and text.strip() and B.is_listing_heading(heading.strip()):
            indent = " " * (len(line) - len(line.lstrip()))
            # Above the text: a kicker so stands right over its title still.
            read.extend((f"{indent}{heading.strip()}", "", text.rstrip()))
        else:
            read.append(line)
    return read


def _opens_copyright(line: str) -> bool:
    """Whether a copyright line's opening word stands in a line (most lines hold none)."""
    folded = line.casefold()
    return any(opening in folded for opening in L.COPYRIGHT_OPENINGS)


def _time_raised(raw: list[str], index: int) -> tuple[str, str] | None:
    """A row of cells one space apart whose date's time a tool wrapped under the date
    within its cell (`Jan 8 2024 - 1,086 Study time : 1` / `16:30   minute(s)`), with the
    time raised after the date's dash, and blank where it stood."""
    if index + 1 >= len(raw) or ":" not in raw[index + 1]:
        return None
    first, second = raw[index], raw[index + 1]
    for date in _DATE_DASH().finditer(first):
        after = first[date.end() :].lstrip()
        # The cells after the date's are the info block's: a count, or a label's; the
        # date's own time is not among them.
        if _TIME_START().match(after):
            continue
        if not (after[:1].isdigit() or L.opens_with_label(match_key(after))):
            continue
        at = date.start()
        time = _TIME_CELL().match(second, at) if not second[at - 1 : at].strip() else None
        if time is not None:
            raised = f"{first[: date.end()]} {time[0]}{first[date.end() :]}"
            return raised, f"{second[:at]}{' ' * len(time[0])}{second[time.end() :]}"
    return None


def _row(raw: list[str], index: int) -> list[str] | None:
    """The cells of the two-line row at `index`, if one stands there alone."""
    if index + 1 >= len(raw) or not _alone(raw, index) or _simple_table_rows(raw, index):
        return None
    first, second = raw[index].rstrip(), raw[index + 1].rstrip()
    # The spaces after a list item's marker (`-   Item`) set no cell apart.
    gaps = [
        {m.end() for m in _GAP().finditer(line) if any(c.isalnum() for c in line[: m.start()])}
        for line in (first, second)
    ]
    # elinks and links mark each cell's item with its bullet, one space after the cell before.
    gaps[0] |= {m.start() + 1 for m in _CELL_BULLET().finditer(first)}
    starts = sorted(gaps[0] | gaps[1])
    if len(starts) < _MIN_CELLS - 1 or not all(gaps):
        return None
    if any(_crossed(line, start) for line in (first, second) for start in starts):
        return None
    if _in_columns(raw, index, starts):
        return None
    edges = [0, *starts, max(len(first), len(second))]
    cells = [
        " ".join(f"{first[a:b].strip()} {second[a:b].strip()}".split()) for a, b in pairwise(edges)
    ]
    return cells if all(cells) else None


def _flush_right_row(raw: list[str], index: int) -> list[str] | None:
    """The two cells of the footer's row: its links beside the copyright line set flush
    right (`About Us | Contact   Copyright © ...` / `Us | RSS   ... All rights reserved`).
    Both lines end at one column, each holds one gap, the second's wide where the right
    cell's wrapped end stands alone."""
    if index + 1 >= len(raw) or not _opens_copyright(raw[index]):
        return None
    first, second = raw[index].rstrip(), raw[index + 1].rstrip()
    if len(first) != len(second) or len(first) - len(first.lstrip()) != len(second) - len(
        second.lstrip()
    ):
        return None
    gaps = [list(_GAP().finditer(line)) for line in (first, second)]
    if any(len(found) != 1 for found in gaps) or len(gaps[1][0][0]) < _FLUSH_GAP:
        return None
    (one,), (two,) = gaps
    # Set flush right, the cell's lines start at two columns (pandoc's grids have walls).
    if one.end() == two.end() or first.lstrip()[:1] in "|+":
        return None
    if not opens_as_copyright(first[one.end() :]):
        return None
    if _in_columns(raw, index, [one.end(), two.end()]):
        return None
    return [
        f"{first[: one.start()].strip()} {second[: two.start()].strip()}",
        f"{first[one.end() :].strip()} {second[two.end() :].strip()}",
    ]


def _in_columns(raw: list[str], index: int, starts: list[int]) -> bool:
    """Whether the nearest text above or below the row goes on at one of its cells' starts,
    after a gap: the row is a piece of columns printed side by side (a side column beside
    the article), read column by column before any row in them is."""
    above = next((line for line in reversed(raw[max(0, index - 3) : index]) if line.strip()), "")
    below = next((line for line in raw[index + 2 : index + 5] if line.strip()), "")
    return any(
        line[start - 2 : start] == "  " and line[start : start + 1].strip()
        for line in (above, below)
        for start in starts
    )


def _alone(raw: list[str], index: int) -> bool:
    """Whether lines `index` and `index + 1` are non-blank, with blank lines around them."""
    above = index == 0 or _apart(raw[index - 1])
    below = index + 2 >= len(raw) or _apart(raw[index + 2])
    return above and below and bool(raw[index].strip()) and bool(raw[index + 1].strip())


def _simple_table_rows(raw: list[str], index: int) -> bool:
    """Whether lines `index` and `index + 1` are two rows of pandoc's simple table: its head
    stands above its rule, and no rule closes them (a one-row table's row a tool wrapped
    stands between two)."""
    if index < 2 or not _rule(raw[index - 1]) or not raw[index - 2].strip():
        return False
    return index + 2 >= len(raw) or not _rule(raw[index + 2])


def _rule(line: str) -> bool:
    return "--" in line and TABLE_RULE().fullmatch(line) is not None


def _apart(line: str) -> bool:
    """Whether a line sets a row apart from the text around it: blank, or a table's rule."""
    return not line.strip() or _rule(line)


def _crossed(line: str, start: int) -> bool:
    """Whether a word of the line runs across column `start`."""
    return start < len(line) and line[start - 1] != " "
