"""markdownify writes a layout table's row, nested tables and all, on one line: the cells
between ` | `, a nested table's rule (`| --- | --- |`) inline, the paragraphs of a cell two
spaces or more apart and its list items after ` * `. Such a row is read as the cells, the
paragraphs and the items it holds, each on a line of its own."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# A row holds a nested table's rule inline, and runs longer than any table of data's.
_NESTED_RULE: Final = "| --- |"
_ROW_MIN: Final = 300
_CELL_WALL: Final = lazy_pattern(r"\s+\|(?:\s+\|)*\s+|^\s*\|(?:\s+\|)*\s*|\s*\|\s*$")
_RULE_CELL: Final = lazy_pattern(r":?-{3,}:?")
# Paragraphs of a cell, two spaces or more apart; a list's items after ` * `.
_PARAGRAPH_GAP: Final = lazy_pattern(r"\s{2,}")
_STAR_ITEM: Final = lazy_pattern(r"(?:^|\s)\*\s+(?=\S)")
_DASH_ITEM: Final = lazy_pattern(r"(?:^|\s)-\s+(?=\S)")


def _item_marks(mark: str) -> re.Pattern[str]:
    return (_DASH_ITEM if mark == "-" else _STAR_ITEM)()


def flat_rows_read(raw: list[str]) -> list[str]:
    """The lines with each flattened layout-table row read as its cells' blocks, a blank
    line between; other lines as they are."""
    if not any(_flat_row(line) for line in raw):
        return raw
    read: list[str] = []
    for line in raw:
        if not _flat_row(line):
            read.append(line)
            continue
        for cell in _CELL_WALL().split(line):
            if not cell.strip() or _RULE_CELL().fullmatch(cell.strip()):
                continue
            for paragraph in _PARAGRAPH_GAP().split(cell.strip()):
                # A list's items after the mark it opens with (`* `, markdownify's `- `).
                mark = paragraph[:1] if paragraph[:2] in ("* ", "- ") else "*"
                items = [item.strip() for item in _item_marks(mark).split(paragraph)]
                listed = len(items) > 1 and not items[0]
                for item in items:
                    if item:
                        read.extend((f"* {item}" if listed else item, ""))
    return read


def _flat_row(line: str) -> bool:
    return len(line) > _ROW_MIN and _NESTED_RULE in line and line.lstrip().startswith("|")
