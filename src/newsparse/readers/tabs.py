"""Cells a browser's copy sets apart by a TAB, each on a line of its own."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.lines import lazy_pattern, split_bullet


def tab_cells(raw: list[str]) -> list[str]:
    """The lines with each cell a browser's copy set apart by a TAB on a line of its own
    (Firefox writes a layout table's cells so: `۲۹۵<TAB>short title`). The rows of a table
    of data (lines of as many cells in a row) stay lines, as a reader reads them, and a
    list marker and a TAB (`•<TAB>item`, a word processor's list) stay one line."""
    if not any("\t" in line.strip() for line in raw):
        return raw
    cells = [_CELL_TAB().split(line.strip()) for line in raw]
    # A row's columns, its empty cells counted (`Khorasan Razavi<TAB>842<TAB>19,870<TAB>`).
    columns = [len(line.strip(" \r\n").split("\t")) if "\t" in line else 1 for line in raw]
    out: list[str] = []
    for number, (line, parts) in enumerate(zip(raw, cells, strict=True)):
        row = [columns[number]] + [
            columns[i] for i in (number - 1, number + 1) if 0 <= i < len(raw)
        ]
        marker = len(parts) == 2 and split_bullet(f"{parts[0]} x") == (True, "x")
        if len(parts) == 2 and _NUMBER().fullmatch(parts[0]):
            # A word processor's numbered item (`1.<TAB>item`): the number set apart from its
            # text as a tool sets an ordered list's, not typed into a sentence.
            # (Safari indents the item by a TAB too: a margin in spaces, as the text tools set
            # a list's; its width only needs to be one the lines' reader takes for a margin.)
            indent = line[: len(line) - len(line.lstrip())].expandtabs(4)
            out.append(f"{indent}{parts[0]}  {parts[1]}")
            continue
        if len(parts) == 1 or marker or any(other == row[0] for other in row[1:]):
            out.append(line)
            continue
        indent = line[: len(line) - len(line.lstrip())]
        out.extend(indent + part for part in parts)
    return out


# A TAB between two cells' texts, not white space inside a sentence (`park \t opens`).
_CELL_TAB: Final = lazy_pattern(r"(?<=\S)\t+(?=\S)")
_NUMBER: Final = lazy_pattern(r"\d{1,2}[.)]")
