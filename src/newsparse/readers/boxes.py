"""Tables drawn with walls, read row by row.

A table with a border (a body's table of figures) is drawn by w3m and elinks with box
characters (`┌──┬──┐`, `│`, `├──┼──┤`) and by links with `|` walls and `|----+----|` rules.
Each cell's text is wrapped within its walls, so a row may take several lines. A table of
short cells is data: each row becomes one line, its cells set apart by a space, as a reader
reads it. A table holding a long cell is a page's layout: each cell is read on its own, row
by row and left to right, its wrapped lines joined.

A box in a side column at the page's left edge, with the article printed beside it, is
read first, then the text beside it, as for columns of text.

pandoc's grid tables (`+----+----+` borders and `|` walls) are read where text blocks are
made; links's rule inside its border (`|----+----|`) is what tells its tables from them.
"""

from __future__ import annotations

from itertools import groupby
from typing import Final

from newsparse.grammar.lines import lazy_pattern, match_key
from newsparse.grammar.rule_support import dated_end

_WALLS: Final = "│|"
_OPENS: Final = "│|┌├└+"
_CLOSES: Final = "│|┐┤┘+"
# A rule between rows, or a border: lines and junctions only (a line among them, told
# apart: one pattern with a required character between two runs would backtrack).
_RULE_SHAPE: Final = lazy_pattern(r"[┌├└│|+][─━═┬┼┴│|+-]*[┐┤┘│|+]")
# links's rule between rows starts at a wall; pandoc's grid rules start at a junction.
_LINKS_RULE_SHAPE: Final = lazy_pattern(r"\|[-+]+\|")
_LINKS_TOP: Final = lazy_pattern(r"\+-+\+")
# The longest cell of a table of data: a layout table's cells hold paragraphs.
_DATA_CELL_MAX: Final = 80


def boxed_tables_read(raw: list[str]) -> list[str]:
    """The lines with each table drawn with walls written as its rows or its cells."""
    if not any("│" in line or _links_rule(line) or links_top(line) for line in raw):
        return raw
    raw = _text_beside_read(raw)
    read: list[str] = []
    index = 0
    while index < len(raw):
        end = index
        while end < len(raw) and _boxed(raw[end]):
            end += 1
        box = raw[index:end]
        if _is_box(box):
            read.extend(_table(box))
            index = end
        else:
            read.append(raw[index])
            index += 1
    return read


def _text_beside_read(raw: list[str]) -> list[str]:
    """The lines with a box drawn in a side column (w3m, elinks, links) read before the text a
    tool printed beside it, right of its wall, and the lines over the box, whose cells
    beside its column (`Open calls      Grants:`: the box's heading, the kicker) are split
    the same way."""
    read: list[str] = []
    index = 0
    while index < len(raw):
        line = raw[index]
        indent = len(line) - len(line.lstrip())
        corner = line[indent : indent + 2]
        boxed = corner[:1] == "┌" or corner == "+-"  # (links draws its border with `+-`)
        # (Only a box at the page's left edge: a side column's, not the text's own.)
        edge = (
            line.find(_TOP_RIGHT[corner[0]], indent + 1)
            if boxed and indent <= _SIDE_BOX_INDENT
            else -1
        )
        end = index + 1
        while edge > 0 and end < len(raw) and _walled_at(raw[end], indent, edge):
            end += 1
            if raw[end - 1][indent] in "└+":
                break
        box = raw[index:end]
        # (links's rule between rows starts at a wall, `|---+---|`; pandoc's grid's at a `+`.)
        drawn = corner[:1] == "┌" or any(_links_rule(row[indent : edge + 1]) for row in box)
        beside = drawn and any(_beside(row, edge) for row in box)
        if edge < 0 or box[-1][indent] not in "└+" or not beside:
            read.append(line)
            index += 1
            continue
        over = _cells_over(read, edge)
        read[len(read) - len(over) :] = [row[: edge - 1].rstrip() for row in over]
        read += [row[: edge + 1] for row in box] + [""]
        read += [_right_of(row, edge) for row in (*over, *box)]
        index = end
    return read


def _beside(line: str, edge: int) -> bool:
    """Whether text stands right beside a box's wall, a space from it: the column beside."""
    return line[edge + 1 : edge + 2] == " " and line[edge + 2 : edge + 3].strip() != ""


def _right_of(line: str, edge: int) -> str:
    """A line's text right of column `edge`, where it stood."""
    return " " * (edge + 1) + line[edge + 1 :] if line[edge + 1 :].strip() else ""


# A box's top right corner, by its top left one.
_TOP_RIGHT: Final = {"┌": "┐", "+": "+"}
# The most a side column's box is indented: a tool's margin, no column left of it.
_SIDE_BOX_INDENT: Final = 4


def _walled_at(line: str, indent: int, edge: int) -> bool:
    return len(line) > edge and line[indent] in "│├└|+" and line[edge] in "│┤┘|+"


def _cells_over(read: list[str], edge: int) -> list[str]:
    """The lines right over a box in a side column (blank lines among them) whose text
    stands in two cells, the second where the text beside the box begins."""
    at = len(read)
    while at > 0 and (not read[at - 1].strip() or _two_cells(read[at - 1], edge)):
        at -= 1
    while at < len(read) and not read[at].strip():
        at += 1
    over = read[at:]
    return over if any(row.strip() for row in over) else []


def _two_cells(line: str, edge: int) -> bool:
    """Whether a line holds a cell left of `edge` and one starting right of it."""
    return (
        len(line) > edge + 2
        and line[edge - 1 : edge + 2].isspace()
        and not line[edge + 2].isspace()
        and bool(line[: edge - 1].strip())
    )


def _boxed(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) > 1 and stripped[0] in _OPENS and stripped[-1] in _CLOSES


def _is_box(box: list[str]) -> bool:
    """Whether a run of walled lines is a table this module reads: drawn with box
    characters, or by links (a pandoc grid has no rule starting at a wall)."""
    rules = [line for line in box if _rule(line.strip())]
    rows = len(box) - len(rules)
    # links's top border alone, over its first row (the rows below the first rule stood
    # apart from a side column's text beside the table's head): links sets a cell's text
    # right at its wall, pandoc's grid a space from it.
    if not rules or rows == 0:
        return False
    drawn = any("─" in r or _links_rule(r.strip()) for r in rules)
    return drawn or (links_top(box[0]) and all(line.strip()[1:2] != " " for line in box[1:]))


def _rule(stripped: str) -> bool:
    return ("─" in stripped or "-" in stripped) and _RULE_SHAPE().fullmatch(stripped) is not None


def links_top(line: str) -> bool:
    """Whether a line is links's top border of a table (`+-----+`)."""
    return "+-" in line and _LINKS_TOP().fullmatch(line.strip()) is not None


def _links_rule(line: str) -> bool:
    """Whether a line holds links's rule between rows (`|------+------|`)."""
    return "|-" in line and _LINKS_RULE_SHAPE().fullmatch(line.strip()) is not None


def _table(box: list[str]) -> list[str]:
    indent = " " * (len(box[0]) - len(box[0].lstrip()))
    rows: list[list[list[str]]] = []  # rows, each its cells, each its lines' pieces
    current: list[list[str]] = []
    for line in box:
        if _rule(line.strip()):
            if current:
                rows.append(current)
            current = []
            continue
        pieces = _pieces(line)
        if current and len(current) != len(pieces):
            rows.append(current)
            current = []
        if not current:
            current = [[] for _ in pieces]
        for cell, piece in zip(current, pieces, strict=True):
            cell.append(piece)
    if current:
        rows.append(current)
    texts = [[_cell_text(cell) for cell in row] for row in rows]
    if all(len(text) <= _DATA_CELL_MAX for row in texts for text in row):
        return [part for row in texts for part in (indent + " ".join(t for t in row if t), "")]
    # A cell's text is wrapped at its walls: its lines, up to a blank one, are a paragraph,
    # but where a line left room for the next one's first word (a box's heading, its items).
    read: list[str] = []
    for row in rows:
        for cell in row:
            for blank, lines in groupby(cell, key=lambda piece: not piece.strip()):
                if not blank:
                    read.extend(
                        part for text in _wrapped(list(lines)) for part in (indent + text, "")
                    )
    return read


def _cell_text(cell: list[str]) -> str:
    """A cell's lines as one text; a date cut at its wall after a `/` (`2021/04/` / `20`)
    joined whole."""
    text = ""
    for piece in (piece.strip() for piece in cell):
        cut = text.endswith("/") and text[-2:-1].isdigit() and piece[:1].isdigit()
        text += piece if cut or not text else f" {piece}"
    return " ".join(text.split())


def _wrapped(pieces: list[str]) -> list[str]:
    """A cell's lines joined where the cell wrapped them: the line above filled its width,
    and ended no item with its date (`... امضا شد - 1398/06/10 - 11:20`)."""
    width = max(map(len, pieces))
    texts: list[str] = []
    above = ""
    for piece in pieces:
        words = piece.split()
        room = len(above.rstrip()) + 1 + len(words[0]) <= width if texts else False
        if texts and not room and dated_end(match_key(above)) is None:
            texts[-1] += " " + " ".join(words)
        else:
            texts.append(" ".join(words))
        above = piece
    return texts


def _pieces(line: str) -> list[str]:
    """A row line's text between its walls, cell by cell."""
    stripped = line.strip()
    inner = stripped[1:-1]
    for wall in _WALLS:
        inner = inner.replace(wall, "\0")
    return inner.split("\0")
