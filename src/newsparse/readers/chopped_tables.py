"""A table wider than the grid cell pandoc set it in: its rule broken into pieces on lines
of their own (`------------------------ --------` / `------------ -----...`), and each of its
lines too long for the cell, at a space or inside a cell's word (`Coatings and pain` /
`ts      41.2      55.8`)."""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.readers.cut_words import Words, piece

# The fewest pieces a rule is broken into: one piece is a table that fits; and the most
# pieces of a closing rule read with no count to match (the widest tables seen break in 7).
_PIECES_MIN: Final = 2
_RULE_PIECES_MAX: Final = 9


def unchopped_tables(cell: list[str], width: int, words: Words) -> list[str]:
    """A cell's lines with each table pandoc broke at the cell's width made whole again: the
    lines above its broken rule (its head, a blank line between or not) and those below it
    to the next blank line, each line of the table from its first piece, at the table's
    indent, to the next (lines that fall in no such pieces are no such table, and stay)."""
    texts = [line[1:].rstrip() if line[:1] == " " else line.rstrip() for line in cell]
    out = list(cell)
    at = done = 0
    while at < len(texts):
        pieces = _rule_pieces(texts, at)
        if pieces < _PIECES_MIN:
            at += 1
            continue
        head_end = at - 1 if at > 1 and not texts[at - 1].strip() else at
        head_start = head_end
        while head_start > done and texts[head_start - 1].strip():
            head_start -= 1
        rows_end = at + pieces
        while rows_end < len(texts) and texts[rows_end].strip():
            rows_end += 1
        head, rows = (
            _lines(part, pieces) or _lines(part)
            for part in (texts[head_start:head_end], texts[at + pieces : rows_end])
        )
        if head is None and head_end < at:
            head, head_start, head_end = [], at, at  # a paragraph over a table with no head
        # A rule under another's rows closes their table, a blank line between or not.
        above = next((text for text in reversed(texts[:head_start]) if text.strip()), "")
        closing = _dashes(above) or any(_dashes(text) for text in texts[head_start:head_end])
        if head is None or rows is None or closing or not (head or rows):
            at += pieces
            continue
        whole = [
            *(_joined(line, width, words) for line in head),
            *texts[head_end:at],
            "".join(texts[at : at + pieces]),
            *(_joined(line, width, words) for line in rows),
        ]
        # Each line of the table a block of its own: its rows run past the cell's width.
        lines = [line for text in whole if text.strip() for line in (f" {text}", "")]
        offset = len(cell) - len(out)
        out[head_start - offset : rows_end - offset] = lines[:-1]
        at = done = rows_end
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


def _lines(texts: list[str], pieces: int = 0) -> list[list[str]] | None:
    """The table's lines, each its pieces: a line opens at the table's indent (`  Coatings
    and pain`), its other pieces elsewhere (`ts   41.2`, `      45   6`); text whose first
    line opens at the margin is no table's (a paragraph). Given the rule's pieces, each line is
    broken in as many, its pieces after the first may open at the indent with figures
    (`  Tehran` / `  1,412   71,950` / `   +22%`)."""
    found: list[list[str]] = []
    for text in texts:
        if _dashes(text):  # a closing rule's pieces: a line of their own
            ruled = bool(found) and _dashes(found[-1][0])
            if ruled and len(found[-1]) < max(pieces, _RULE_PIECES_MAX):
                found[-1].append(text)
            else:
                found.append([text])
            continue
        at_indent = _TABLE_INDENT().match(text) is not None
        figures = bool(pieces and found and len(found[-1]) < pieces and _FIGURES().match(text))
        # (A right-aligned head's first cell, a word or three, may stand a column short of
        # it: ` شاخص`.)
        cell = not found and text[:1] == " " and 0 < len(text.split()) <= _HEAD_CELL_WORDS
        if (at_indent and not figures) or cell:
            found.append([text])
        elif found:
            found[-1].append(text)
        else:
            return None
    if pieces and any(len(line) != pieces for line in found):
        return None
    return found


_HEAD_CELL_WORDS: Final = 3
# A table's line opens two spaces in, as pandoc indents a table.
_TABLE_INDENT: Final = lazy_pattern(r"  \S")
_FIGURES: Final = lazy_pattern(r"\s*[-+−]?[\d۰-۹]")


def _dashes(text: str) -> bool:
    return "-" in text and not text.strip(" -")


def _joined(pieces: list[str], width: int, words: Words) -> str:
    """A line's pieces one line: a piece filled to the wall, or whose last word the next
    piece's first goes on with (by the capture's words), was cut; else, or where the words
    on either side stand whole elsewhere in the capture, pandoc broke it at a space."""
    joined = pieces[0]
    for before, after in pairwise(pieces):
        full = len(before) >= width - 2 and not _words_apart(before, after, words)
        cut = full or piece(before, after.lstrip(), words)
        # (A piece opening with figures after a word, not after figures, `Jun-Aug` / `2021`,
        # opens a cell.)
        spaced = after[:1].isalpha() or (after[:1].isdigit() and before[-1:].isalpha())
        joined += " " + after if spaced and not cut else after
    return joined


def _words_apart(before: str, after: str, words: Words) -> bool:
    """Whether the words either side of a break stand whole, away from lines' edges, in the
    capture (`اقتصاد` / `دانش‌بنیان`): two words, not one cut in two."""
    _, line_starts, line_ends = words
    tail, head = before.split()[-1:], after.split()[:1]
    return bool(tail and head) and all(
        word.casefold() in words[0] and word.casefold() not in edge
        for word, edge in ((tail[0], line_ends), (head[0], line_starts))
    )
