"""A table wider than the grid cell pandoc set it in: each of its lines broken into as many
lines as its rule was (`------------------------ --------` / `------------ -----...`), at a
space or inside a cell's word (`Coatings and pain` / `ts      41.2      55.8`)."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.readers.cut_words import Words, piece

# The fewest pieces a rule is broken into: one piece is a table that fits.
_PIECES_MIN: Final = 2


def unchopped_tables(cell: list[str], width: int, words: Words) -> list[str]:
    """A cell's lines with each table pandoc broke at the cell's width made whole again: the
    lines above its broken rule (its head, a blank line between or not) and those below it
    to the next blank line, joined by as many as the rule's pieces (a count that does not
    divide them is no such table, and stays)."""
    texts = [line[1:].rstrip() if line[:1] == " " else line.rstrip() for line in cell]
    out = list(cell)
    at = 0
    while at < len(texts):
        pieces = _rule_pieces(texts, at)
        if pieces < _PIECES_MIN:
            at += 1
            continue
        head_end = at - 1 if at > 1 and not texts[at - 1].strip() else at
        head_start = head_end
        while head_start > 0 and texts[head_start - 1].strip():
            head_start -= 1
        rows_end = at + pieces
        while rows_end < len(texts) and texts[rows_end].strip():
            rows_end += 1
        head, rows = texts[head_start:head_end], texts[at + pieces : rows_end]
        if not (_grouped(head, pieces) and _grouped(rows, pieces)):
            at += pieces
            continue
        whole = [
            *_joined(head, pieces, width, words),
            *texts[head_end:at],
            "".join(texts[at : at + pieces]),
            *_joined(rows, pieces, width, words),
        ]
        # Each line of the table a block of its own: its rows run past the cell's width.
        lines = [line for text in whole if text.strip() for line in (f" {text}", "")]
        offset = len(cell) - len(out)
        out[head_start - offset : rows_end - offset] = lines[:-1]
        at = rows_end
    return out


def _rule_pieces(texts: list[str], at: int) -> int:
    """How many lines from `at` are the pieces of one rule: dashes and spaces (no table has
    two rules on lines one under the other)."""
    if at and _dashes(texts[at - 1]):
        return 0
    count = 0
    while at + count < len(texts) and _dashes(texts[at + count]):
        count += 1
    return count


def _grouped(lines: list[str], pieces: int) -> bool:
    """Whether lines fall in runs of `pieces`, each a line of the table: it opens at the
    table's indent (`  Coatings and pain`), and its other pieces elsewhere (`ts   41.2`) or
    with figures (`  1,412   71,950`); a paragraph, or rows short enough to stand whole
    (`  Code : 612`), do not."""
    return not len(lines) % pieces and all(
        _TABLE_INDENT().match(text) is not None
        if not at % pieces
        else _TABLE_INDENT().match(text) is None or _FIGURES().match(text) is not None
        for at, text in enumerate(lines)
    )


# A table's line opens two spaces in, as pandoc indents a table.
_TABLE_INDENT: Final = lazy_pattern(r"  \S")
_FIGURES: Final = lazy_pattern(r"\s*[-+−]?[\d۰-۹]")


def _dashes(text: str) -> bool:
    return "-" in text and not text.strip(" -")


def _joined(lines: list[str], pieces: int, width: int, words: Words) -> list[str]:
    """Each run of `pieces` lines one line: a piece filled to the wall, or whose last word the
    next piece's first goes on with (by the capture's words), was cut; else pandoc broke it
    at a space."""
    out = []
    for start in range(0, len(lines), pieces):
        joined = lines[start]
        for after in lines[start + 1 : start + pieces]:
            cut = len(joined) % width >= width - 2 or piece(joined, after.lstrip(), words)
            joined += after if cut or not after[:1].isalpha() else " " + after
        out.append(joined)
    return out
