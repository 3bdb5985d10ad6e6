"""Where the article lies in a capture's raw lines, found by one search over the whole text,
so that the chrome far from it (menus, side columns, footer menus) is never read line by line.

A saved page is mostly chrome: a 150-item menu, a 40-headline side column, footer menus.
The article is bounded by labels only it has: above, its one study time; below, its
closing labels (news group, comment count, captcha, the sister sites' visit count). A
search for a word of each finds them in the raw text; the lines more than a margin away
are dropped before any per-line work, but for the lines the grammar reads wherever they
stand (the capture date, the copyright line). When the evidence is not plain (no study
time, or two; no closing label below it; a pandoc grid table, which a cut would break),
nothing is dropped: the grammar then reads the whole page.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.lines import lazy_pattern, match_key

# Captures shorter than this are read whole: there is little chrome to skip.
MIN_LINES: Final = 150
# Non-blank lines kept above the study time (date bullets, short title, kicker, title and
# its copies, which a Persian page sets between the date and the study time) and below
# the last closing label (a wrapped news group list, comments). Text tools wrap a long
# title or list over several lines; HTML blocks are whole, and need less.
ABOVE: Final = 40
BELOW: Final = 15
HTML_ABOVE: Final = 20
HTML_BELOW: Final = 8
# How far the start moves up to a blank line, so that no list item is cut in two.
SNAP: Final = 10
# Lines kept after a copyright line: its wrapped end, an address.
COPYRIGHT_AFTER: Final = 2


# What each kind of anchor line holds, checked on the line's key (Persian letter forms
# and digits normalized) once a cheap search found it.
_STUDY: Final = lazy_pattern(rf"{L.STUDY_TIME}{L.COLON}", re.IGNORECASE)
_CLOSE: Final = lazy_pattern(
    rf"{L.NEWS_GROUP}{L.COLON}|(?:Show|Visit)\s*count{L.COLON}|There (?:are|is) \d+ comment"
    rf"|{L.CAPTCHA}",
    re.IGNORECASE,
)
_KEEP: Final = lazy_pattern(
    rf"{L.TODAY}{L.COLON}|Copyright|All rights reserved|(?:کلیه|تمامی?)[\s\u200c]+حقوق"
    # The old portal's dashed capture date (`چهارشنبه 27 شهریور 1398-`), in a cell too.
    r"|(?:شنبه|جمعه|day,?)\s.*\d{4}\s*[-–]\s*(?:\||$)",
    re.IGNORECASE,
)
# pandoc's grid tables hold a page in cells framed by borders: cut, a cell is no longer one.
_GRID: Final = lazy_pattern(r"^[ \t]*\+[-=:]{3,}", re.MULTILINE)
# A word of each label, lower case, found with `str.find` (far cheaper over a page than a
# pattern of many alternatives), and the check its line must then pass.
_CLUES: Final = (
    ("study time", "study"),
    ("زمان", "study"),
    ("news group", "close"),
    ("گروه", "close"),
    ("count", "close"),
    ("comment", "close"),
    ("security", "close"),
    ("امنیت", "close"),
    ("today", "keep"),
    ("شنبه", "keep"),
    ("جمعه", "keep"),
    ("day", "keep"),
    ("امروز", "keep"),
    ("copyright", "keep"),
    ("rights", "keep"),
    ("حقوق", "keep"),
)
_CHECKS: Final = {"study": _STUDY, "close": _CLOSE, "keep": _KEEP}


def article_region(
    raw: list[str], joined: str, *, above: int = ABOVE, below: int = BELOW
) -> list[str]:
    """The raw lines that can hold the article and what the grammar reads around it;
    `joined` is the lines joined by newlines (none of them holds one); `above` and `below`
    are the non-blank lines kept beyond the anchors."""
    if len(raw) < MIN_LINES or _grid_table(joined):
        return raw
    found = _anchors(raw, joined.lower())
    study, close = found["study"], found["close"]
    start = _start(raw, study[0], above) if len(study) == 1 else 0
    end = _end(raw, close[-1], below) if close and close[-1] >= start else len(raw)
    if start == 0 and end == len(raw):
        return raw
    keep = sorted({i for line in found["keep"] for i in range(line, line + COPYRIGHT_AFTER + 1)})
    before = [i for i in keep if i < start]
    after = [i for i in keep if end <= i < len(raw)]
    return [
        *_pieces(raw, before),
        *([""] if before else []),
        *raw[start:end],
        *([""] if after else []),
        *_pieces(raw, after),
    ]


def _anchors(raw: list[str], lower: str) -> dict[str, list[int]]:
    """The lines of each kind of anchor, in order. `lower` keeps every newline of the
    text, so a count of newlines gives a line's index even where lower-casing changed
    a character's length."""
    candidates: set[tuple[int, str]] = set()
    for clue, role in _CLUES:
        position = lower.find(clue)
        while position >= 0:
            candidates.add((position, role))
            position = lower.find(clue, position + len(clue))
    found: dict[str, list[int]] = {role: [] for role in _CHECKS}
    line = previous = 0
    for position, role in sorted(candidates):
        line += lower.count("\n", previous, position)
        previous = position
        lines = found[role]
        if (
            line < len(raw)
            and line not in lines[-1:]
            and _CHECKS[role]().search(match_key(raw[line]))
        ):
            lines.append(line)
    return found


def _grid_table(joined: str) -> bool:
    # A border's corner and rule first, found by `in` far faster than by the pattern.
    corners = "+-" in joined or "+=" in joined or "+:" in joined
    return corners and _GRID().search(joined) is not None


def _pieces(raw: list[str], indexes: list[int]) -> list[str]:
    """The lines at `indexes`, a blank line between runs that do not touch."""
    out: list[str] = []
    for previous, index in zip([None, *indexes], indexes, strict=False):
        if previous is not None and index != previous + 1:
            out.append("")
        out.append(raw[index])
    return out


def _start(raw: list[str], anchor: int, above: int) -> int:
    """`above` non-blank lines above the anchor, moved up to a blank line if one is near."""
    index, seen = anchor, 0
    while index > 0 and seen < above:
        index -= 1
        seen += bool(raw[index].strip())
    for up in range(index, max(index - SNAP, 0) - 1, -1):
        if not raw[up].strip():
            return up
    return index


def _end(raw: list[str], anchor: int, below: int) -> int:
    """Past `below` non-blank lines below the anchor."""
    index, seen = anchor + 1, 0
    while index < len(raw) and seen < below:
        seen += bool(raw[index].strip())
        index += 1
    return index
