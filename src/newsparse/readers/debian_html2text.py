"""Debian's html2text (the C program, not the Python one) writes a link's text with `_` for
each space (`Send_to_friend`, `Knowledge-based_companies`) and a heading between runs of `*`
(`**** Most viewed ****`, five or six stars for the larger headings, a long one wrapped
between its runs). Where a capture shows such headings, the headings lose their stars and the
link texts get their spaces back."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# A heading's runs of three stars or more, opening one line and closing the same or another.
_HEADING_OPENS: Final = lazy_pattern(r"^\s*(\*{3,6}) (?=\S)", re.MULTILINE)
_HEADING_CLOSES: Final = lazy_pattern(r"(?<=\S) (\*{3,6})\s*$", re.MULTILINE)
# An underscore between two characters of a word or a link's text; a run of them is a form
# field's blank (`[____]`), and an address or a file's name keeps its own.
_JOINED: Final = lazy_pattern(r"(?<=[^\s_])_(?=[^\s_])")
_ADDRESS_MARKS: Final = ("://", "@", "www.")


def read_debian_html2text(raw: list[str]) -> list[str]:
    """The lines with the headings' stars gone and the link texts' spaces back, where the
    capture's headings show Debian's html2text saved it; else the lines as they are."""
    joined = "\n".join(raw)
    if "***" not in joined:
        return raw
    runs = {found[1] for found in _HEADING_OPENS().finditer(joined)}
    if not runs & {found[1] for found in _HEADING_CLOSES().finditer(joined)}:
        return raw
    read: list[str] = []
    for line in raw:
        opens, closes = _HEADING_OPENS().match(line), _HEADING_CLOSES().search(line)
        if opens is not None:
            read.append("")  # a heading is a block of its own
        read.append(_line_read(_HEADING_CLOSES().sub("", _HEADING_OPENS().sub("", line))))
        if closes is not None:
            read.append("")
    return read


def _line_read(line: str) -> str:
    if "_" not in line:
        return line
    return " ".join(
        token if _address(token) else _JOINED().sub(" ", token) for token in line.split(" ")
    )


def _address(token: str) -> bool:
    """Whether a token is an address or a file's name (`annual_report.pdf`), which keep
    their underscores."""
    return any(mark in token for mark in _ADDRESS_MARKS) or "." in token.rstrip(".,;:!?)")
