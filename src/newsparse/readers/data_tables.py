"""Lines laid out in cells that are a table of data, not columns: read row by row, as
printed. A table's rows end at one column on a side (dates set flush right after
headlines, fields of one width), stand under a simple table's rule, or hold a few short
cells; the article's lines beside a side column hold its wrapped sentences. pandoc's caption
under a simple table is set over it, where the page has it."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# The share of the lines with text on both sides ending at one column above which a side
# is flush right (dates in a list of headlines) or of one fixed width (form fields): such
# a table is read row by row, as printed.
_SAME_END_SHARE: Final = 0.75
# A table of data in the article: a few rows of a few words a cell.
_DATA_ROWS: Final = 12
_CELL_WORDS: Final = 4
# A cell of a table of three columns or more: a measure with its range (`منفی ۴۰ تا مثبت ۷۰ درجه`).
_ROW_CELL_WORDS: Final = 6

# A simple table's rule: runs of dashes, one a column, set apart by spaces.
TABLE_RULE: Final = lazy_pattern(r"\s*-{2,}(?: +-{2,})+\s*")
# pandoc's caption under a table: `  : Exports by sector (million dollars)`.
_PANDOC_CAPTION: Final = lazy_pattern(r" +: \S.*")


def captions_over_tables(raw: list[str]) -> list[str]:
    """The lines with the caption pandoc prints under a table set over it, where the page
    sets it (`<caption>`): a simple table, a multiline one (its rows a blank line apart),
    a head a narrow grid cell wrapped over its rule a blank line apart."""
    if not any(line.lstrip().startswith(": ") for line in raw):
        return raw
    lines = list(raw)
    for at, line in enumerate(raw):
        if not _PANDOC_CAPTION().fullmatch(line) or at < 2 or raw[at - 1].strip():
            continue
        start = _rows_start(raw, at - 2)  # the table's first line: its head over the rule
        # A multiline table sets its rows a blank line apart: up to its rule, row by row,
        # each holding a figure.
        while not any(TABLE_RULE().fullmatch(row) for row in raw[start:at]) and start > 1:
            above = _rows_start(raw, start - 2)
            rows = raw[above : start - 1]
            if at - above > _MULTILINE_LINES or any(_PANDOC_CAPTION().fullmatch(r) for r in rows):
                break  # (another table's caption: the table above is that one)
            ruled = any(TABLE_RULE().fullmatch(row) for row in rows)
            if not ruled and not any(char.isdigit() for row in rows for char in row):
                break
            start = above
        headless = TABLE_RULE().fullmatch(raw[at - 2])  # (its rule over and under its rows)
        if TABLE_RULE().fullmatch(raw[start]) and start > 1 and not raw[start - 1].strip():
            # The head a narrow cell wrapped over its rule, a blank line apart; no sentence.
            head = _rows_start(raw, start - 2)
            sentence = raw[start - 2].rstrip().endswith((".", "!", "?", ":", "؟"))
            if not headless and not sentence and start - 1 - head <= _HEAD_LINES:
                start = head
        end = at + 1  # the caption's wrapped lines
        while end < len(raw) and raw[end].strip():
            end += 1
        if any(TABLE_RULE().fullmatch(row) for row in raw[start:at]):
            caption = [line.replace(": ", "", 1), *raw[at + 1 : end]]
            lines[start:end] = [*caption, "", *raw[start : at - 1]]
    return lines


def _rows_start(raw: list[str], at: int) -> int:
    """The first line of the run of lines with no blank line that line `at` stands in."""
    while at > 0 and raw[at - 1].strip():
        at -= 1
    return at


# A multiline table under its caption is read so many lines up at most; its head, wrapped
# over its rule, so many lines at most.
_MULTILINE_LINES: Final = 60
_HEAD_LINES: Final = 3


def data_table(raw: list[str], first: int, stop: int, both: list[int], boundary: int) -> bool:
    """Whether lines `first:stop`, set apart at `boundary` (`both` hold text on both sides),
    are a table's rows."""
    if _walled_beside(raw, both, boundary):
        return False
    if _rows(raw, both, boundary) or _under_table_rule(raw, first, stop, boundary):
        return True
    run = raw[first:stop]
    return stop - first <= _DATA_ROWS and (
        (_short_cells(run, boundary) and not _gallery(run))
        or figures_table(run, boundary)
        or _three_cells(raw, both, boundary)
        or _label_rows(raw, run, both, boundary)
        or _fact_rows(run, boundary)
    )


# A picture's credit (`(Photo: Sepehr`, `عکس:`): cells of short lines holding one are a
# gallery's captions wrapped in their cells, no table's data.
_CREDIT: Final = lazy_pattern(
    r"(?:^|[\s(\[])(?:photo|image|credit|عکس|تصویر)\s*[:：]", re.IGNORECASE
)


def _gallery(run: list[str]) -> bool:
    """Whether short cells are a gallery's: two captions' credits or more, or one on its last
    lines, or every cell of a line the same words (the title as each picture's alt text,
    wrapped alike in each cell) on two lines or more, which no table's rows are (a
    timetable's shared session keeps its time's cell)."""
    credits = [len(_CREDIT().findall(line)) for line in run if line.strip()]
    if sum(credits) >= _REPEATED_LINES or any(credits[-_CAPTION_END:]):
        return True  # (a caption's credit ends its cell: on the row's last lines)
    repeated = 0
    for line in run:
        cells = _cells(line)
        repeated += len(cells) > 1 and len(set(cells)) == 1 and len(cells[0].split()) > 1
    return repeated >= _REPEATED_LINES


_REPEATED_LINES: Final = 2
_CAPTION_END: Final = 2


def _walled_beside(raw: list[str], both: list[int], boundary: int) -> bool:
    """Whether most right sides open on a wall and no left side holds one, or most left
    sides close on one and no right side holds one: a table with walls of its own beside a
    column of text (a poll beside the article's table, a boxed list beside the article),
    its rows ending at its wall, not a table's rows across the boundary."""
    if not both:
        return False
    lefts = [raw[i][:boundary].rstrip() for i in both]
    rights = [raw[i][boundary:].strip() for i in both]
    # (Most of its lines: a form's field may stand under the box, `[Search]`.)
    most = _SAME_END_SHARE * len(both)
    return (
        sum(right[:1] in _CELL_WALLS or right.startswith("+-") for right in rights) >= most
        and not any(wall in left for left in lefts for wall in _CELL_WALLS)
    ) or (
        sum(left[-1:] in _CELL_WALLS or left.endswith("-+") for left in lefts) >= most
        and not any(wall in right for right in rights for wall in _CELL_WALLS)
    )


# (An ASCII table's corner, `+---`, is a wall too; a figure's sign, `+41`, is none.)
_CELL_WALLS: Final = "│├┌└┼┬┴┤┐┘|"


def _fact_rows(run: list[str], boundary: int) -> bool:
    """Whether each line pairs a label of a few words with a short value opening as a name
    or a figure does, most values holding figures (`Capacity      1,500 cubic metres a day`):
    a box of key facts; the article's wrapped lines beside a side column mostly open in
    lower case, and a footer's columns hold links and an address."""
    lines = "\n".join(run).strip("\n").split("\n")  # the rows touch: no blank line between
    rows = [(line[:boundary].split(), line[boundary:].split()) for line in lines]
    figures = sum(any(c.isdigit() for c in " ".join(value)) for _, value in rows)
    return (
        _FACT_ROWS <= len(rows) <= _DATA_ROWS
        and 2 * figures > len(rows)
        and all(
            0 < len(label) <= _LABEL_WORDS
            and 0 < len(value) <= _ROW_CELL_WORDS
            and (value[0][:1].isdigit() or value[0][:1].isupper())
            and not value[-1].endswith((".", "!", "?"))
            for label, value in rows
        )
    )


# A box of key facts: a few rows, each a label of a word or three.
_FACT_ROWS: Final = 3
_LABEL_WORDS: Final = 3


def _label_rows(raw: list[str], run: list[str], both: list[int], boundary: int) -> bool:
    """Whether a table the text announces pairs a label of a few words with its value on
    each line, every line a row (`Grant per person     1.2 billion rials`): a table of
    facts, its values however long; the article beside a side column wraps its lines."""
    rows = [line for line in run if line.strip()]
    return (
        len(rows) == len(both)
        and all(len(line[:boundary].split()) <= _CELL_WORDS for line in rows)
        and _announced(raw, both) is not None
    )


def _under_table_rule(raw: list[str], first: int, stop: int, boundary: int) -> bool:
    """Whether a table's rule (`------ --------`, pandoc's simple table under its head)
    stands in the run or right above it with a column starting at the boundary: the
    lines are the table's rows, read row by row."""
    return any(
        "--" in line
        # (The boundary lies in the blank columns before the cells; the rule's gap in them.)
        and " -" in line[max(0, boundary - 1 - _RULE_GAP_REACH) : boundary + _RULE_GAP_REACH]
        and TABLE_RULE().fullmatch(line) is not None
        for line in raw[max(0, first - 2) : stop]
    )


# How far past the boundary (or short of it: a column's figures set right, `+41` under
# `Change (%)`) the rule's next run of dashes may start.
_RULE_GAP_REACH: Final = 3


def _short_cells(run: list[str], boundary: int) -> bool:
    """Whether no cell holds more than a few words on either side: a table of data in the
    article (`Construction materials  14.2`, `Year  Exports ($ million)  Companies`), read
    row by row; a column beside a side column holds the article's wrapped lines."""
    return all(
        len(cell.split()) <= _CELL_WORDS
        for line in run
        for side in (line[:boundary], line[boundary:])
        for cell in _cells(side)
    )


def _three_cells(raw: list[str], both: list[int], boundary: int) -> bool:
    """Whether a table the text announces (`... در جدول زیر آمده است:`) holds three cells
    or more on most lines, two spaces apart or more, none of them more than a few words
    (`خلأ حرارتی      منفی ۴۰ تا مثبت ۷۰ درجه  قبول`): a table of data, where a cell that
    filled its width may stand one space from the next. A footer of three columns or more
    is announced by no sentence."""
    end = _announced(raw, both)
    if end is None:
        return False
    rows = [_cells(raw[i][:boundary]) + _cells(raw[i][boundary:]) for i in both if i < end]
    return all(len(cell.split()) <= _ROW_CELL_WORDS for row in rows for cell in row) and sum(
        1 for row in rows if len(row) >= 3
    ) * 2 > len(rows)


def _announced(raw: list[str], both: list[int]) -> int | None:
    """Where the rows of a table the text announces (`... as follows:`) end, at their first
    blank line (text below it is the article's); None if no sentence announces them."""
    # Above the rows, past the table's head (cells of its own), the announcing sentence.
    lines = [raw[i].strip() for i in range(both[0] - 1, -1, -1) if raw[i].strip()][:3]
    if lines and TABLE_RULE().fullmatch(lines[0]):
        lines = lines[1:]  # a simple table's top rule
    if lines and _CELL_GAP().search(lines[0]):
        lines = lines[1:]
    if not lines or not lines[0].endswith((":", "：")):
        return None
    return next((i for i in range(both[0], both[-1] + 1) if not raw[i].strip()), both[-1] + 1)


def _cells(side: str) -> list[str]:
    return _CELL_GAP().split(side.strip())


def figures_table(run: list[str], boundary: int) -> bool:
    """Whether the right side of every line holds figures only (`۶٬۹۴۳ ۸٬۱۲۵`, `14.2`), but
    the first's, which may be the table's head (`Recipients  Grants (billion rials)`): a
    table of data whose row names run long, read row by row."""
    sides = [line[boundary:].split() for line in run]
    while len(sides) > 2 and not sides[0]:
        sides = sides[1:]  # the end of the sentence announcing the table, over its head
    rows = sides[1:] if len(sides) > 2 else sides
    return any(rows) and all(_FIGURE().fullmatch(word) for side in rows for word in side)


_FIGURE: Final = lazy_pattern(r"[(\[]?[-+]?\d[\d.,٬٫/%]*[)\]%]?")


# Cells of a table of data stand two spaces apart or more (inscriptis pads them so).
_CELL_GAP: Final = lazy_pattern(r" {2,}")


def _rows(raw: list[str], both: list[int], boundary: int) -> bool:
    """Whether most lines end at one column on either side: one side is set flush right
    (dates after headlines) or holds fields of one width, and each line is a table row."""
    right_ends = Counter(len(raw[i].rstrip()) for i in both)
    left_ends = Counter(len(raw[i][:boundary].rstrip()) for i in both)
    most = max(right_ends.most_common(1)[0][1], left_ends.most_common(1)[0][1])
    return most >= _SAME_END_SHARE * len(both)
