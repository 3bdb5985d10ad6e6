"""A table's caption a tool wrapped at the table's width and centered over it (w3m's
`<caption>`): its lines joined again, as the page sets it, one line."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.readers.boxes import links_top

_FIGURE_END: Final = lazy_pattern(r".*\s[\d۰-۹][\d۰-۹.,٫٬%٪]*")
_BOX_TOP: Final = "┌"
_WALLS: Final = ("|", "│", "+-", "┌", "└")
# A row's last cell: a figure or a few words.
_LAST_CELL: Final = 20
# A caption wraps onto a few lines at most.
_CAPTION_LINES: Final = 4
# How far a centered line's middle may stand from the table's (an odd leftover column).
_CENTER_SLACK: Final = 1.5


# A table's numbered caption (`Table 1 - Foreign patent applications by field, 2018`).
_NUMBERED: Final = lazy_pattern(r"(?:table|جدول)\s*[\d۰-۹]{1,2}\s*[-–:：.]\s*\S.*", re.IGNORECASE)


def numbered_caption(line: str) -> bool:
    """Whether a line is a table's numbered caption, whose table's head row under it is no
    wrapped end of it (a capital opens the row)."""
    return _NUMBERED().fullmatch(line.strip()) is not None


def wrapped_captions_joined(raw: list[str]) -> list[str]:
    """The lines with each caption wrapped and centered over its table joined again."""
    if not any(_BOX_TOP in line or "+-" in line or "  " in line.strip() for line in raw):
        return raw  # most captures hold no table: asked cheaply first
    lines = list(raw)
    for at in range(len(raw) - 1, 0, -1):
        # (Each table is measured once, from its first line: the work stays linear.)
        # (Over a drawn box, a caption's last line may read as a row: `Shahrivar 1398`.)
        if not raw[at - 1].strip() or (_row(raw[at - 1].strip()) and not _box_top(raw[at].strip())):
            continue
        edges = _table_edges(raw, at)
        if edges is None:
            continue
        top = at
        while top > 0 and at - top < _CAPTION_LINES and raw[top - 1].strip():
            top -= 1
        caption = raw[top:at]
        if len(caption) >= 2 and _centered_over(caption, *edges):
            words = " ".join(line.strip() for line in caption)
            lines[top:at] = [" " * edges[0] + words, ""]
        elif len(caption) == 1 and _box_top(raw[at].strip()) and not _walled(caption[0]):
            # A line right on a drawn table's top is its caption (links prints it whole,
            # past the table's width); a paragraph stands a blank line above.
            lines[top:at] = [caption[0], ""]
    return lines


def _table_edges(raw: list[str], at: int) -> tuple[int, int] | None:
    """The first and last columns of the table whose first line is line `at`: a box's top,
    or the first of two rows of cells or more."""
    line = raw[at]
    stripped = line.strip()
    if _box_top(stripped):
        left = len(line) - len(line.lstrip())
        return left, len(line.rstrip())
    if not _row(stripped):
        return None
    rows = [line]
    for below in raw[at + 1 :]:
        if not _row(below.strip()):
            break
        rows.append(below)
    figures = sum(row.rstrip()[-1:].isdigit() for row in rows)
    # (Justified text and columns side by side hold runs of spaces too: no short last
    # cell of figures.)
    if len(rows) < 2 or figures < 2:
        return None
    # (A head's last cells are words, run together where w3m sets them one space apart.)
    if any(len(_last_cell(row.strip())) > _LAST_CELL for row in rows[1:]):
        return None
    return min(len(row) - len(row.lstrip()) for row in rows), max(len(row.rstrip()) for row in rows)


def _last_cell(stripped: str) -> str:
    """A row's last cell: after its last run of spaces, or its figure."""
    return stripped.rsplit("  ", 1)[-1].strip() if "  " in stripped else stripped.split()[-1]


def _row(stripped: str) -> bool:
    """Whether a line is a row of a table with no walls: cells set apart by two spaces or
    more, or a name and its figure (`Monoclonal antibodies 44`, no wider than the name)."""
    if not stripped or _walled(stripped):
        return False
    if "  " in stripped:
        return True
    return stripped[-1].isdigit() and _FIGURE_END().fullmatch(stripped) is not None


def _walled(text: str) -> bool:
    """Whether a line holds a table's wall or border: a grid's, a box's, or a column's."""
    return any(wall in text for wall in _WALLS)


def _box_top(stripped: str) -> bool:
    """Whether a line is a drawn table's top: w3m's `┌──┬──┐`, links's `+-----+`."""
    return stripped.startswith(_BOX_TOP) or links_top(stripped)


def _centered_over(caption: list[str], left: int, right: int) -> bool:
    """Whether each line stands centered within the table's edges, each but the last full:
    the next line's first word would not have fit."""
    middle, width = (left + right) / 2, right - left
    if all(len(line) - len(line.lstrip()) <= left for line in caption):
        return False  # set at the margin, not centered: a paragraph
    for number, line in enumerate(caption):
        text = line.strip()
        if _walled(text) or "  " in text:
            return False  # a grid's or a box's line, or a column beside
        start = len(line) - len(line.lstrip())
        if len(text) > width or abs(start + len(text) / 2 - middle) > _CENTER_SLACK:
            return False
        if number + 1 < len(caption):
            following = caption[number + 1].split()[0]
            if len(text) + 1 + len(following) <= width:
                return False
    return True
