"""A row of bulleted cells side by side that a narrow table wrapped, each cell onto lines of
its own (links and elinks, the info bullets in three cells: `* Nov 6       * Study time : 3`
/ `  2024 -   * 389    minute(s)` / `  11:40`): each cell read down, one item a cell."""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# A cell's bullet: at the line's start or two spaces past the cell before it.
_CELL_BULLET: Final = lazy_pattern(r"(?:^ *|(?<=\S  )\s*)[*•][ \u00a0](?=\S)")
# A cell's text on a line: words one space apart.
_TEXT: Final = lazy_pattern(r"\S+(?: \S+)*")
# The widest cell a narrow table wraps its bullet's text in.
_CELL_WIDTH: Final = 40
# The most lines a cell of the row wraps onto.
_ROW_LINES: Final = 4


def bullet_cells_read(raw: list[str]) -> list[str]:
    """The lines, each row of bulleted cells a narrow table wrapped read cell by cell."""
    if not any("*" in line or "•" in line for line in raw):
        return raw
    out: list[str] = []
    at = 0
    while at < len(raw):
        row = _lists_side_by_side(raw, at) or _row_at(raw, at)
        if row is None:
            out.append(raw[at])
            at += 1
            continue
        end, cells = row
        out.extend(cells)
        at = end
    return out


def _row_at(raw: list[str], at: int) -> tuple[int, list[str]] | None:
    """The end of a wrapped row of bulleted cells opening at line `at`, and its cells."""
    if len(_bullets(raw[at])) < 2 or (at > 0 and raw[at - 1].strip()):
        return None  # (a row stands apart: a blank line above it and below it)
    end = at + 1
    while end < len(raw) and end - at < _ROW_LINES and raw[end].strip():
        end += 1
    if end - at < 2 or (end < len(raw) and raw[end].strip()):
        return None  # one line (read as it is), or more lines than a row wraps onto
    lines = raw[at:end]
    marks = [column for line in lines for column in _bullets(line)]
    starts = sorted(set(marks))
    if len(starts) != len(marks):
        return None  # a cell with two bullets: columns of lists side by side, no row
    indent = min(len(line) - len(line.lstrip()) for line in lines)
    edges = [*starts, max(len(line) for line in lines)]
    if indent < starts[0]:
        edges[0] = indent
    if any(right - left > _CELL_WIDTH for left, right in pairwise(edges)):
        return None  # a wide cell wraps nothing onto a line of its own
    # Text across a cell's edge (words one space apart) is no row of cells.
    inner = edges[1:-1]
    for line in lines:
        for found in _TEXT().finditer(line):
            if any(found.start() < edge < found.end() for edge in inner):
                return None
    cells: list[str] = []
    for left, right in pairwise(edges):
        pieces = [line[left:right].strip() for line in lines]
        text = " ".join(piece for piece in pieces if piece)
        if text[:1] not in ("*", "•") or text[1:2] not in (" ", "\u00a0"):
            return None
        cells.append(f"{' ' * starts[0]}{text}")
    return end, cells


def _bullets(line: str) -> list[int]:
    """The columns of the cells' bullets on a line."""
    return [found.end() - 2 for found in _CELL_BULLET().finditer(line)]


def _lists_side_by_side(raw: list[str], at: int) -> tuple[int, list[str]] | None:
    """Two lists or more side by side, standing apart, each line an item of each at the same
    columns (a short menu's cell beside the info bullets' cell: `• Home   • Nov 4 2024 -
    12:40` / `• News   • 286`): each list read down, one after the other."""
    starts = _bullets(raw[at])
    if len(starts) < 2 or (at > 0 and _bullets(raw[at - 1]) == starts):
        return None
    end = at
    while end < len(raw) and end - at < _LIST_LINES and _bullets(raw[end]) == starts:
        if raw[end][: starts[0]].strip():
            return None  # (text before the first list's bullet: no list opens the line)
        end += 1
    # (Two items each or more, standing apart: text above or below them may be a column's
    # laid out beside another, lists of each among them.)
    around = [raw[i] for i in (at - 1, end) if 0 <= i < len(raw) and raw[i].strip()]
    if around or end - at < _ITEMS:
        return None
    edges = [*starts, max(len(line) for line in raw[at:end])]
    if any(right - left > _CELL_WIDTH for left, right in pairwise(edges[:-1])):
        return None  # (lists in narrow cells: wide apart, a column's beside another's)
    for line in raw[at:end]:
        for found in _TEXT().finditer(line):
            if any(found.start() < edge < found.end() for edge in edges[1:-1]):
                return None  # text across a list's edge: no lists side by side
    items = [raw[i][left:right].rstrip() for left, right in pairwise(edges) for i in range(at, end)]
    return end, [f"{' ' * starts[0]}{item.strip()}" for item in items]


# The most items such lists hold, and the fewest.
_LIST_LINES: Final = 8
_ITEMS: Final = 2
