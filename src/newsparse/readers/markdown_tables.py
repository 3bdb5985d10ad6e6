"""html2text's tables of data, read as a reader reads them: each row a line of words."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.footer_lines import ran_together
from newsparse.grammar.lines import lazy_pattern

# The rule html2text writes under a table's head row: `---|---|---`.
MD_TABLE_RULE: Final = lazy_pattern(r"\s*\|?\s*:?-{3,}:?(?:\s*\|\s*:?-{3,}:?)+\s*\|?\s*")
_MD_CELL_WALL: Final = lazy_pattern(r"\s*\|\s*")
# The longest cell of a table of data (figures, names), whose rows are lines of words; a
# layout table's cells hold whole blocks, and their walls are left to the grammar.
DATA_CELL_MAX: Final = 40
_ROW_NAME_MAX: Final = 2 * DATA_CELL_MAX


# What a table's rule under its head holds, its spaces aside (`---|---`, `| --- | --- |`).
RULE_MARK: Final = "-|-"


def data_table_rows(raw: list[str]) -> list[str]:
    """Lines with the rows of html2text's tables of data written as words set apart by
    spaces (`1399| 2140| 29` is `1399 2140 29`, as a reader sees the row)."""
    # Most captures hold no table at all: asked cheaply first.
    ruled = any(RULE_MARK in line.replace(" ", "") for line in raw if "|" in line) or any(
        "---" in raw[at] and _one_column_rule(raw, at) for at in range(1, len(raw) - 1)
    )
    walled = any(" | " in line for line in raw)
    if not (ruled or walled):
        return raw
    rows: list[list[str]] = [[line] for line in raw]
    if walled:
        _ruleless_rows(raw, rows)
    for at, line in enumerate(raw if ruled else ()):
        one_column = _one_column_rule(raw, at)
        if not one_column and (
            RULE_MARK not in line.replace(" ", "") or MD_TABLE_RULE().fullmatch(line) is None
        ):
            continue
        end = at + 1
        while end < len(raw) and "|" in raw[end]:
            end += 1
        head = at - 1
        if head > 0 and "|" in raw[head - 1] and _head_wrapped(raw[head], raw[head - 1], line):
            head -= 1  # a head row the width wrapped (`News group :| NEWS,...` / `Startups`)
        table = [head, *range(at + 1, end)] if at else list(range(at + 1, end))
        texts = {i: raw[i] for i in table}
        if at and head < at - 1:
            texts[head] = f"{raw[head].rstrip()} {raw[at - 1].strip()}"
        cells = [_MD_CELL_WALL().split(texts[i].strip().strip("|")) for i in table]
        lead = _lead_before_head(cells[0], line) if at else None
        caption: tuple[str, str] | None = None
        if lead is not None:
            cells[0] = cells[0][-len(_MD_CELL_WALL().split(line.strip().strip("|"))) :]
        elif (
            at
            # (A head wrapped inside its first cell holds no caption whole on its first line.)
            and (head == at - 1 or raw[head].rstrip().endswith("|"))
            and (caption := _caption_in_head(cells)) is not None
        ):
            lead, cells[0][0] = caption  # (set on a line of its own over the head below)
        # A table of labels and their values (the footer's `News group :| NEWS,Slider`).
        labelled = all(row[0].strip().endswith((":", "：")) for row in cells)
        # (A head over rows names its columns at more length than their cells hold figures.)
        rows_below = bool(at) and len(cells) > 1
        head_row = not rows_below or all(len(cell) <= _ROW_NAME_MAX for cell in cells[0])
        if labelled or (head_row and all(_data_row(row) for row in cells[rows_below:])):
            for i, row in zip(table, cells, strict=True):
                rows[i] = [
                    " ".join(cell for cell in row if cell) + ("  " * texts[i].endswith("  "))
                ]
            if at and head < at - 1 and caption is not None:
                # The caption on the first of the wrapped lines, the head on the second.
                rows[head], rows[at - 1], lead = [f"{caption[0]}  "], [" ".join(cells[0])], None
            elif at and head < at - 1:
                # Its lines as the width wrapped them: a longer line would be taken for it.
                for wrapped in (head, at - 1):
                    rows[wrapped] = [
                        " ".join(_MD_CELL_WALL().split(raw[wrapped].strip().strip("|")))
                    ]
            if lead is not None:
                rows[at - 1][:0] = [f"{part}  " for part in _bold_caption_apart(lead)]
    return [row for lines in rows for row in lines]


def _one_column_rule(raw: list[str], at: int) -> bool:
    """Whether a line is the rule under a table's head of one cell spanning the columns (a
    caption set as the first row, `**Savings ...**` / `---` / `Cancer| 205`): dashes alone,
    between a line with no wall and one with walls."""
    line = raw[at].strip()
    return (
        len(line) >= 3
        and not line.strip("-")
        and 0 < at < len(raw) - 1
        and "|" in raw[at + 1]
        and "|" not in raw[at - 1]
        and bool(raw[at - 1].strip())
    )


def _head_wrapped(last: str, above: str, rule: str) -> bool:
    """Whether a table's head row was wrapped onto a second line: that line holds no wall
    (`Startups`), or fewer than the rule has and the line above the rest (`Export value` /
    `in millions of US dollars| Share of all high-tech exports`)."""
    if not last.strip():
        return False
    if "|" not in last:
        return True
    walls = len(rule.strip().strip("|").split("|")) - 1
    inner = [line.strip().strip("|").count("|") for line in (above, last)]
    # A wall the width wrapped after (`... (million dollars) Group|` / `Last year| This
    # year`) stands between two cells, where the rule has no outer walls.
    inner[0] += above.rstrip().endswith("|") and not rule.rstrip().endswith("|")
    return inner[1] < walls and sum(inner) == walls


def _data_row(row: list[str]) -> bool:
    """Whether a row's cells are a table of data's: short, the row's name first may run
    longer (`Research service in place of military service| 410| 52`), or a label's value
    beside it (`Eligible applicants| PhD holders who returned within the past three years`)."""
    if len(row) == 2 and len(row[0]) <= DATA_CELL_MAX:
        return len(row[1]) <= _ROW_NAME_MAX
    return len(row[0]) <= _ROW_NAME_MAX and all(len(cell) <= DATA_CELL_MAX for cell in row[1:])


def cell_run_on(raw: list[str]) -> bool:
    """Whether html2text ran a table cell's text on before a table's head, its paragraphs
    together (three sentences or more before the head's cells)."""
    for at in range(1, len(raw)):
        line = raw[at]
        if "|" not in raw[at - 1] or RULE_MARK not in line.replace(" ", ""):
            continue
        if MD_TABLE_RULE().fullmatch(line) is None:
            continue
        head = _MD_CELL_WALL().split(raw[at - 1].strip().strip("|"))
        lead = _lead_before_head(head, line)
        if lead is not None and ran_together(lead):
            return True
    return False


def _lead_before_head(head: list[str], rule: str) -> str | None:
    """The text html2text ran on before a table's head (a flattened cell's paragraph,
    `... in two years: | Product| 2019| 2020`): the head holds one cell more than the rule
    under it has columns, and that first cell is prose."""
    columns = len(rule.strip().strip("|").split("|"))
    # (A layout table's walls html2text ran on with it stay in that text.)
    if len(head) <= columns:
        return None
    extra = head[-columns - 1].strip()
    # (Or a table's caption in bold, however short: `**Table: Medals by olympiad**`.)
    if len(extra) <= DATA_CELL_MAX and _CAPTION_OPENING().match(extra) is None:
        return None
    return " | ".join(cell.strip() for cell in head[:-columns])


_CAPTION_OPENING: Final = lazy_pattern(r"[*_]*\s*(?:table|جدول)\s*[\d۰-۹]*\s*[:：.-]", re.I)


def _bold_caption_apart(lead: str) -> list[str]:
    """The text before a table's head, and the table's heading in bold html2text ran on
    after that text's last sentence, apart (`... by juries. **Prizes by field**`)."""
    found = _BOLD_AFTER_SENTENCE().search(lead)
    return [lead] if found is None else [lead[: found.start()], found[1]]


_BOLD_AFTER_SENTENCE: Final = lazy_pattern(r"(?<=[.!?؟»”\"])\s+(\*\*[^*]*[^*.!?؟]\*\*)\s*$")


def _caption_in_head(cells: list[list[str]]) -> tuple[str, str] | None:
    """A table's caption html2text ran into its head's first cell (`Planned phases of the
    launch site Phase| Facility| Target year`), and that cell's own name: a phrase in lower
    case ending in one capitalized word, over rows whose first cells are a word or two."""
    words = cells[0][0].split()
    if len(words) < _CAPTION_WORDS or len(cells) < _CAPTION_ROWS:
        return None
    # Or a caption ending in its unit or its years (`Exports by group (million dollars)
    # Product`, `Support by type, 2015–2018 Type of support`), a cell's few words after.
    ended = _CAPTION_END().search(cells[0][0])
    if ended is not None and all(len(row[0].split()) <= _ROW_NAME_WORDS for row in cells[1:]):
        return cells[0][0][: ended.end()].strip(), cells[0][0][ended.end() :].strip()
    name, before = words[-1], words[-2]
    if not (name[:1].isupper() and before[:1].islower()):
        return None
    if any(len(row[0].split()) > 2 for row in cells[1:]):
        return None
    return " ".join(words[:-1]), name


_CAPTION_WORDS: Final = 5
_CAPTION_END: Final = lazy_pattern(r"[)\d۰-۹](?=\s+[^\s\d۰-۹()]+(?:\s+[^\s\d۰-۹()]+){0,2}$)")
_ROW_NAME_WORDS: Final = 4
_CAPTION_ROWS: Final = 3


# A table with no head row html2text writes with no rule: rows alone, ` | ` between cells.
_RULELESS_ROWS: Final = 2


def _ruleless_rows(raw: list[str], rows: list[list[str]]) -> None:
    """Write as words the rows of html2text's tables with no rule (no head cell): a run of
    lines holding the same number of walls, every row a data table's."""
    at = 0
    while at < len(raw):
        # (A line opening with a wall is a grid's or a pipe table's, read as such.)
        line = raw[at].strip()
        walls = line.count("|") if " | " in line and not line.startswith("|") else 0
        end = at + 1
        while end < len(raw) and walls and _walls(raw[end]) == walls:
            end += 1
        run = range(at, end)
        cells = [_MD_CELL_WALL().split(raw[i].strip().strip("|")) for i in run]
        ruled = any(RULE_MARK in line.replace(" ", "") for line in raw[max(0, at - 1) : end + 1])
        # A table of figures: each row but its head holds one (a bar of links, none).
        figures = all(any(c.isdigit() for c in "".join(row)) for row in cells[1:])
        table = walls and len(run) >= _RULELESS_ROWS and not ruled and figures
        if table and all(map(_data_row, cells)):
            for i, row in zip(run, cells, strict=True):
                rows[i] = [" ".join(c for c in row if c) + ("  " * raw[i].endswith("  "))]
        at = end


def _walls(line: str) -> int:
    """How many walls a row html2text wrote with no outer ones holds."""
    stripped = line.strip()
    return 0 if stripped.startswith("|") else stripped.count("|")
