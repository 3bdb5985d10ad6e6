"""pandoc's grid tables: `+----+----+` borders and `|` walls, the text of each cell
wrapped at the cell's own width; which lines are the grid's, a cell's text on a line, and
a cell's lines with the words pandoc cut at its wall made whole."""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import lazy_pattern, split_bullet
from newsparse.readers.chopped_tables import unchopped_tables
from newsparse.readers.cut_words import Words, cut_run, is_cut, piece
from newsparse.readers.terminal_columns import ZERO_WIDTH

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


def at_columns(text: str, start: int, stop: int) -> str:
    """The part of a line between two terminal columns, zero-width characters taking none."""
    if text.isascii():
        return text[start:stop]
    visible = [i for i, char in enumerate(text) if not ZERO_WIDTH().fullmatch(char)]
    begin = visible[start] if start < len(visible) else len(text)
    end = visible[stop] if stop < len(visible) else len(text)
    return text[begin:end]


# A first line shorter than this share of the cell is short: prose fills its first lines
# but where the next word is longer than the rest of the width.
_SHORT_SHARE: Final = 0.75


def _tokens_laid_from_the_end(cell: list[str], width: int) -> list[str]:
    """A token longer than the cell (a comma list with no space after its commas) made
    whole: pandoc lays it from its end, its last piece filling the cell and its first alone
    on the line above (`Festi` / `vals,Universities,Youth`), one space short of the wall."""
    texts = [line[1:].rstrip() if line[:1] == " " else line.rstrip() for line in cell]
    out: list[str] = []
    for line, text in zip(cell, texts, strict=True):
        above = out[-1].strip() if out else ""
        # A rule's dashes are no token (a nested table's rule wrapped in the cell).
        token = " " not in text and any(char.isalnum() for char in text)
        if len(text) >= width - 1 and token and above and " " not in above:
            out[-1] = f" {above}{text}"
        else:
            out.append(line)
    return out


def unbroken_cell(cell: list[str], width: int, words: Words) -> list[str]:
    """A grid cell's lines with the runs pandoc cut at the wall inside words (a long heading,
    which it does not wrap: `Delegation from Vi` / `etnam visits ... an` / `d the park`) made
    one line: lines filled to the wall in a row, one of which, or the line after or before
    them, goes on with the rest of a cut word."""
    cell = unchopped_tables(cell, width, words)
    cell = _tokens_laid_from_the_end(_laid_from_the_end(cell, width, words), width)
    texts = [line[1:].rstrip() if line[:1] == " " else line.rstrip() for line in cell]
    # pandoc fills a cell to one or two spaces short of its right wall, one more where a
    # cut fell on a space.
    full = [len(text) >= width - 2 for text in texts]
    out: list[str] = []
    index = 0
    while index < len(texts):
        end = index
        # A run starts on a full line after one that is not.
        while end < len(texts) and full[end] and (end > index or not index or not full[index - 1]):
            end += 1
        run = texts[max(0, index - 1) : end + 1]
        # A paragraph's first line stopping short inside a word, the rest of it opening a
        # full line: the first piece of a cut heading (prose fills its first lines).
        short_start = (
            index > 0
            and len(texts[index - 1]) < width * _SHORT_SHARE
            and (index == 1 or not texts[index - 2].strip())
            and piece(texts[index - 1], texts[index], words)
            # Laid from its end, a heading leaves room on its first line; prose does not.
            and _room_for(texts[index], texts[index - 1], width)
        )
        # Cut by characters: a piece opens with the space pandoc cut before (` the third`).
        spaced = end > index and any(map(_after_cut_space, texts[index : end + 1]))
        if end > index and (short_start or spaced or cut_run(run, words)):
            opens = spaced and _after_cut_space(texts[index]) and bool(texts[index - 1].strip())
            start = (
                index - 1
                if index and (opens or piece(texts[index - 1], texts[index], words))
                else index
            )
            last = (
                end + 1
                if end < len(texts)
                and (
                    texts[end][:1].isalpha()
                    or texts[end][:1] == "\u200c"
                    or _CLITIC().match(texts[end]) is not None
                    or _after_cut_space(texts[end])
                )
                else end
            )
            if start < index:
                out.pop()
            joined = texts[start]
            for number, (before, after) in enumerate(pairwise(texts[start:last])):
                # Filled to one space short of the wall (a cut on a space leaves two), with no
                # space where the next line goes on: a cut.
                # A line opening with a comma or a stop was cut right before it.
                # (Past the first line, two or more short of the wall, a cut fell on a
                # space, but for a word the capture holds whole: `air` / `pollution`.)
                spare = number > 0 and len(before) <= width - 2
                cut = (
                    (is_cut(before, after, words) if spare else piece(before, after, words))
                    or (spaced and len(before) >= width - 1 and after[:1] != " ")
                    or _opens_cut(before, after)
                )
                joined += after if cut else " " + after.lstrip()
            out.append(" " + joined)
            index = last
            continue
        out.append(cell[index])
        index += 1
    return out


def _laid_from_the_end(cell: list[str], width: int, words: Words) -> list[str]:
    """A cell's lines with each paragraph pandoc laid out from its end made one line: a short
    first line, then lines filled to the wall to the paragraph's end (a long heading it cut,
    `Head of ... Town:` / `"Knowledge-based ... filters"`). Wrapped prose fills its first
    lines and seldom its last; a heading's pieces join where a word was cut, else a space."""
    out: list[str] = []
    start = 0
    while start < len(cell):
        end = start
        while end < len(cell) and cell[end].strip():
            end += 1
        block = [
            line[1:].rstrip() if line[:1] == " " else line.rstrip() for line in cell[start:end]
        ]
        if (
            len(block) >= _FROM_THE_END_LINES
            and block[0]
            and (len(block[0]) < width * _SHORT_SHARE or _room_for(block[1], block[0], width))
            and all(len(text) >= width - 1 for text in block[1:])
        ):
            joined = block[0]
            for before, after in pairwise(block):
                cut = piece(before, after, words) or _opens_cut(before, after)
                joined += after if cut else " " + after.lstrip()
            out.append(" " + joined)
        else:
            out.extend(cell[start:end])
        out.extend(cell[end : end + 1])
        start = end + 1
    return out


def _room_for(line: str, above: str, width: int) -> bool:
    """Whether the first word of a line would have fitted on the line above: wrapped prose
    never leaves room so (`... reach 38` / `2 million ...` is a cut)."""
    words = line.split()
    return bool(words) and len(above) + 1 + len(words[0]) <= width - 1


# What never opens a line pandoc wrapped at a space: a line opening so was cut before it.
_CLOSING: Final = ",.;:!?،؛)»”"
# A clitic after its word (`’s`, `'ll`): no word opens with one.
_CLITIC: Final = lazy_pattern(r"[’'](?:s|t|d|m|ll|re|ve)\b")


def _opens_cut(before: str, after: str) -> bool:
    """Whether a line opens with what no line pandoc wrapped at a space opens with: a
    closing mark, or a word's clitic after the word (`Tehran` / `’s Lights`)."""
    return after[:1] in _CLOSING or (before[-1:].isalpha() and _CLITIC().match(after) is not None)


# The fewest lines of a paragraph laid out from its end: a short one and a full one.
_FROM_THE_END_LINES: Final = 2


def _after_cut_space(text: str) -> bool:
    """Whether a cell's line opens with the one space a cut by characters fell on (a list
    item's wrapped lines are indented by more)."""
    return text[:1] == " " and text[1:2] not in (" ", "")


# A data table's cell holds a phrase or two (`Product` over `main use`: office programs
# save a cell's text as paragraphs), its row a few cells (`Amylase 140 610`); a layout
# table's cells hold the page's columns.
_CELL_CHARS: Final = 120
_CELL_PARAGRAPHS: Final = 3
_ROW_CHARS: Final = 200


def grid_blocks(rows: list[list[list[str]]]) -> list[str]:
    """A grid's blocks, row by row and cell by cell; a data table's rows one line each, as
    the text browsers print them: every row a few short cells, a phrase or two each (a
    layout table holds the page's columns in its cells, and its header's cells the menu)."""
    rows = [row for row in rows if any(row)]
    blocks = [[block for cell in row for block in cell] for row in rows]
    data = len(rows) > 1 and all(
        all(len(cell) <= _CELL_PARAGRAPHS and sum(map(len, cell)) <= _CELL_CHARS for cell in row)
        and sum(map(len, row_blocks)) <= _ROW_CHARS
        and not any(split_bullet(block)[0] for block in row_blocks)
        for row, row_blocks in zip(rows, blocks, strict=True)
    )
    if data:
        return [" ".join(row_blocks) for row_blocks in blocks if row_blocks]
    return [block for row_blocks in blocks for block in row_blocks]
