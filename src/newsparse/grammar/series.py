"""A series box: its heading saying which part of how many the story is (`Part 2 of 4 in our
series on ...`, `قسمت ۲ از ۴`) over its parts' links (`Part 1: ...`); the site's, no text."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.state import Kind, LineState

_HEADING: Final = lazy_pattern(
    r"\s*(?:part|episode|قسمت|بخش)\s+([\d۰-۹]{1,2})\s+(?:of|از)\s+([\d۰-۹]{1,2})\b.{0,100}",
    re.IGNORECASE,
)
_PART: Final = lazy_pattern(r"\s*(?:part|episode|قسمت|بخش)\s+[\d۰-۹]{1,2}\s*[:：.–—-]\s*\S", re.I)


def settle_series(state: LineState) -> None:
    """A series box's heading and the links to its parts under it, as many as it names at
    most: chrome, wherever the box stands."""
    kinds, lines = state.kinds, state.lines
    for index, line in enumerate(lines):
        found = _HEADING().fullmatch(line.key) if kinds[index] is Kind.TEXT else None
        if found is None:
            continue
        part, total = int(found[1]), int(found[2])
        if not 0 < part <= total:
            continue
        end = index + 1
        while end < len(lines) and end - index <= total and _PART().match(lines[end].key):
            end += 1
        if end - index > 1:  # its parts listed under it: a box, no sentence of the text
            kinds[index:end] = [Kind.CHROME] * (end - index)
