"""pandoc's grid tables: `+----+----+` borders and `|` walls, the text of each cell
wrapped at the cell's own width; which lines are the grid's, and a cell's text on a line."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.readers.widths import at_columns

GRID_BORDER: Final = lazy_pattern(r"\+(?:[-=:]+\+)+")


def grid_line(line: str) -> bool:
    """Whether a line is a grid's: a border or a row between walls."""
    stripped = line.strip()
    return len(stripped) > 1 and stripped[0] in "+|" and stripped[-1] in "+|"


def grid_cell_text(line: str, number: int, walls: list[int]) -> str:
    """Cell `number` of a grid row's line: between its walls where the line holds as many
    as the border (pandoc counts a ZWNJ as taking no column, and so sets the walls of a
    Persian line further right in characters), else at the border's columns, counted as
    pandoc counts them (a grid nested in a cell holds walls of its own)."""
    parts = line.split("|")
    if len(parts) == len(walls) + 1:
        return parts[number + 1]
    return at_columns(line, walls[number] + 1, walls[number + 1])
