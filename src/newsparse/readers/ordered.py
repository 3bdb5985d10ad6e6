"""The numbers a text tool prints before the items of an ordered list (`<ol>`), made list
markers: the page's text holds no number there, and a browser's copy shows none. Numbers
typed into a paragraph (`1) ...`) stand at the paragraph's indentation, one space before
their text, and stay."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# `1. Access`, `  2. A clear path`, pandoc's `1.  Access` (its items' text set at 4).
_NUMBERED: Final = lazy_pattern(
    r"(?P<indent>[ \xa0]*)(?P<number>\d{1,2})[.)](?P<gap>[ \xa0]+)(?=\S)"
)
# pandoc aligns its items' text two spaces past the number, where typing leaves one.
_TOOL_GAP: Final = 2
_ITEMS_MIN: Final = 2


# A line of this many words or fewer may be a heading, set apart from the text's margin.
_HEADING_WORDS: Final = 4


def ordered_items_marked(raw: list[str], markdown: bool = False) -> list[str]:
    """The lines with each ordered list's numbers made bullets of the same width, where the
    numbers run 1, 2, ... and each stands indented past the text above the list or apart
    from its item's text as a tool sets it; in markdown, wherever they stand (markdownify
    writes `1. ` at the margin)."""
    if not any(line.lstrip()[:1].isdigit() for line in raw):
        return raw
    marked = list(raw)
    items: list[tuple[int, re.Match[str]]] = []  # the list's numbered lines so far
    expected, margin = 1, None  # the next number; the indentation of the text above
    for index, line in enumerate(raw):
        stripped = line.lstrip()
        found = _NUMBERED().match(line) if stripped[:1].isdigit() else None
        if found is not None and int(found["number"]) == expected:
            items.append((index, found))
            expected += 1
            continue
        if found is not None and int(found["number"]) == 1:
            _mark(marked, items, margin, markdown)
            items, expected = [(index, found)], 2
            continue
        if not stripped:
            continue
        if items and _goes_on(line, items[-1][1]):
            continue
        if items:
            _mark(marked, items, margin, markdown)
            items, expected = [], 1
        # The text's margin, not a heading's (lynx sets a right-to-left heading further out).
        if margin is None or len(stripped.split()) > _HEADING_WORDS:
            margin = len(line) - len(stripped)
    _mark(marked, items, margin, markdown)
    return marked


def _goes_on(line: str, item: re.Match[str]) -> bool:
    """Whether a line goes on with the item above it: indented under its text."""
    return len(line) - len(line.lstrip()) >= item.end()


def _mark(
    marked: list[str], items: list[tuple[int, re.Match[str]]], margin: int | None, markdown: bool
) -> None:
    """Make a list's numbers bullets, if it is a tool's ordered list."""
    if len(items) < _ITEMS_MIN:
        return
    matches = [found for _, found in items]
    indented = margin is not None and all(len(m["indent"]) > margin for m in matches)
    apart = all(len(m["gap"]) >= _TOOL_GAP for m in matches)
    # markdownify writes a list's items at the margin, line under line; a number typed in a
    # paragraph stands apart from the next by a blank line.
    tight = all(b - a == 1 for (a, _), (b, _) in pairwise(items)) and all(
        m.string[m.end("number")] == "." for m in matches
    )
    if not (indented or apart or (markdown and tight)):
        return
    for index, found in items:
        width = found.end() - len(found["indent"]) - 1
        marked[index] = f"{found['indent']}•{' ' * width}{marked[index][found.end() :]}"
