"""Debian's html2text (the C program, not the Python one) writes a link's text with `_` for
each space (`Send_to_friend`, `Knowledge-based_companies`) and a heading between runs of `*`
(`**** Most viewed ****`). Where a capture shows such headings, the link texts get their
spaces back."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# A heading between runs of three stars or more, the same on both sides (a wrapped heading
# opens one line and closes another).
_HEADING_OPENS: Final = lazy_pattern(r"^\s*(\*{3,6}) \S", re.MULTILINE)
_HEADING_CLOSES: Final = lazy_pattern(r"\S (\*{3,6})\s*$", re.MULTILINE)
# An underscore between two characters of a word or a link's text; a run of them is a form
# field's blank (`[____]`), and an address keeps its own.
_JOINED: Final = lazy_pattern(r"(?<=[^\s_])_(?=[^\s_])")
_ADDRESS_MARKS: Final = ("://", "@", "www.")


def spaces_restored(raw: list[str]) -> list[str]:
    """The lines with their link texts' spaces back, where the capture's headings show
    Debian's html2text saved it; else the lines as they are."""
    joined = "\n".join(raw)
    if "_" not in joined or "***" not in joined:
        return raw
    opens = {found[1] for found in _HEADING_OPENS().finditer(joined)}
    if not opens & {found[1] for found in _HEADING_CLOSES().finditer(joined)}:
        return raw
    return [_line_spaced(line) if "_" in line else line for line in raw]


def _line_spaced(line: str) -> str:
    return " ".join(
        token if any(mark in token for mark in _ADDRESS_MARKS) else _JOINED().sub(" ", token)
        for token in line.split(" ")
    )
