"""Centred paragraphs told and undone: lynx centres the text of a table set `align="center"`,
so a paragraph's wrapped lines each stand at their own indent; set back at one, they read
as wrapped lines again."""

from __future__ import annotations

from itertools import groupby
from typing import Final

from newsparse.grammar.lines import split_bullet
from newsparse.readers.indents import indent_of

# Lines centred on one column: their midpoints (in half columns) lie this close.
_MIDPOINT_SPREAD: Final = 2
_CENTRED_LINES: Final = 3
# A cell's text set apart from another's on the same line.
_CELL_GAP: Final = "   "


def uncentred(raw: list[str]) -> list[str]:
    """The lines with each centred paragraph's lines set back at its widest line's indent.

    A paragraph is centred when three lines or more, with no blank line between them, stand
    at two indents or more but share one midpoint. A paragraph set left would share it only
    by chance, and then its lines are a paragraph's lines too. A heading's two lines stay as
    they are: lynx centres a heading on the page's width, wider than its paragraphs', so set
    back they would tell a wrong width; three lines are taken as a paragraph's. Any tool's
    lines are read so: only lynx was seen centring a paragraph.
    """
    lines: list[str] = []
    for blank, group in groupby(raw, key=lambda line: not line.strip()):
        run = list(group)
        lines.extend(run if blank or not _centred(run) else _set_back(run))
    return lines


def _centred(run: list[str]) -> bool:
    """Whether a paragraph's lines are centred: three or more, at two indents or more, on
    one midpoint, none a list's item nor holding two cells."""
    if len(run) < _CENTRED_LINES or len({indent_of(line) for line in run}) < 2:
        return False
    if any(_CELL_GAP in line.strip() or split_bullet(line.strip())[0] for line in run):
        return False
    # (Twice the midpoint: a whole number of columns.)
    midpoints = [indent_of(line) + len(line.rstrip()) for line in run]
    return max(midpoints) - min(midpoints) <= _MIDPOINT_SPREAD


def _set_back(run: list[str]) -> list[str]:
    """A centred paragraph's lines, each at the indent of its widest: the one nearest the
    cell's margin."""
    indent = min(indent_of(line) for line in run)
    return [" " * indent + line.strip() for line in run]
