"""The numbers a text tool prints before the items of an ordered list (`<ol>`), made list
markers: the page's text holds no number there, and a browser's copy shows none. Numbers
typed into a paragraph (`1) ...`) stand at the paragraph's indentation, one space before
their text, and stay."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.readers.row_ends import laid_out

# `1. Access`, `  2. A clear path`, pandoc's `1.  Access` (its items' text set at 4).
_ITEM_NUMBER: Final = r"(?P<indent>[ \xa0]*)(?P<number>\d{{1,2}})[{marks}](?P<gap>[ \xa0]+)(?=\S)"
NUMBERED_ITEM: Final = lazy_pattern(_ITEM_NUMBER.format(marks=".)"))
# A tool numbers an ordered list's items with a period; a bracket (`1) ...`) is typed.
_TOOL_NUMBER: Final = lazy_pattern(_ITEM_NUMBER.format(marks="."))
# Or typed with a hyphen after its number (`۱- ...`, `2- ...`), one to a line.
_TYPED_ITEM: Final = lazy_pattern(_ITEM_NUMBER.format(marks=".)-"))
# A typed item a tool wrapped runs over this many lines at most.
_ITEM_LINES: Final = 3
# pandoc aligns its items' text two spaces past the number, where typing leaves one.
_TOOL_GAP: Final = 2
_ITEMS_MIN: Final = 2


_BULLETS: Final = "•*+-·◦▪"
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
    # The lists open at this line, outermost first: a list nested under an item is
    # indented past it and numbered from 1 again.
    lists: list[_List] = []
    # The indentation of the text above, and of the capture's text (a definition list's
    # definitions stand indented past the text, and past a list under them).
    common = _text_margin(raw)
    margin: _Margin | None = None
    for index, line in enumerate(raw):
        stripped = line.lstrip()
        found = _TOOL_NUMBER().match(line) if stripped[:1].isdigit() else None
        if found is not None and _numbered(lists, index, found, marked, margin, markdown):
            continue
        if not stripped:
            continue
        if lists and _goes_on(line, lists[-1].items[-1][1]):
            continue
        _close(lists, 0, marked, margin, markdown)
        # The text's margin, not a heading's (lynx sets a right-to-left heading further out),
        # nor a bulleted item's.
        if stripped[:1] in _BULLETS:
            continue
        if margin is None or len(stripped.split()) > _HEADING_WORDS:
            indent = len(line) - len(stripped)
            # (Right-aligned, a Persian line's indentation is its shortness, no margin.)
            margin = (indent, common if _left_to_right(stripped) else indent)
    _close(lists, 0, marked, margin, markdown)
    return marked


def _text_margin(raw: list[str]) -> int:
    """The indentation most of the capture's left-to-right lines of text share, a list's
    numbered items aside."""
    indents = Counter(
        len(line) - len(line.lstrip())
        for line in raw
        if len(line.split()) > _HEADING_WORDS
        and _left_to_right(line.lstrip())
        and NUMBERED_ITEM().match(line) is None
    )
    return indents.most_common(1)[0][0] if indents else 0


def _left_to_right(stripped: str) -> bool:
    """Whether a line's first letter is of a left-to-right script."""
    first = next((char for char in stripped if char.isalpha()), "")
    return first < "\u0590"


# The indentation of the text above a list, and of the capture's text.
_Margin = tuple[int, int]


@dataclass
class _List:
    """An ordered list being read: its numbered lines, and those of the lists nested in it."""

    indent: int
    items: list[tuple[int, re.Match[str]]]
    nested: list[tuple[int, re.Match[str]]] = field(default_factory=list)

    @property
    def expected(self) -> int:
        return len(self.items) + 1


def _numbered(
    lists: list[_List],
    index: int,
    found: re.Match[str],
    marked: list[str],
    margin: _Margin | None,
    markdown: bool,
) -> bool:
    """Take a numbered line into the lists open, if its number goes on one of them or
    opens a list; whether it did."""
    number, indent = int(found["number"]), len(found["indent"])
    last = lists[-1].items[-1][1] if lists else None
    # w3m and lynx set the numbers right-aligned (` 9.` over `10.`), their text in line.
    if (
        last is not None
        and number == lists[-1].expected
        and len(found["number"]) > len(last["number"])
        and (found.end("number"), found.end()) == (last.end("number"), last.end())
    ):
        lists[-1].items.append((index, found))
        return True
    # Back out to the list the line's indentation belongs to, the lists nested deeper done.
    depth = next((i for i, open_ in enumerate(lists) if open_.indent >= indent), len(lists))
    if depth < len(lists) and lists[depth].indent == indent and number == lists[depth].expected:
        _close(lists, depth + 1, marked, margin, markdown)
        lists[depth].items.append((index, found))
        return True
    if number != 1:
        return False
    _close(lists, depth, marked, margin, markdown)
    lists.append(_List(indent, [(index, found)]))
    return True


def _close(
    lists: list[_List], depth: int, marked: list[str], margin: _Margin | None, markdown: bool
) -> None:
    """Close the lists open from `depth` in: a nested list goes with the list it stands in,
    an outermost one is marked if it is a tool's ordered list."""
    while len(lists) > depth:
        done = lists.pop()
        if lists:
            lists[-1].nested.extend([*done.items, *done.nested])
        else:
            _mark(marked, done.items, done.nested, margin, markdown)


def _goes_on(line: str, item: re.Match[str]) -> bool:
    """Whether a line goes on with the item above it: indented under its text."""
    return len(line) - len(line.lstrip()) >= item.end()


def _mark(
    marked: list[str],
    items: list[tuple[int, re.Match[str]]],
    nested: list[tuple[int, re.Match[str]]],
    margin: _Margin | None,
    markdown: bool,
) -> None:
    """Make a list's numbers bullets, and those of the lists nested in it, if it is a
    tool's ordered list."""
    if len(items) < _ITEMS_MIN:
        return
    matches = [found for _, found in items]
    # (Right-aligned numbers stand where the first one's width sets them.)
    indents = [m.end("number") - len(matches[0]["number"]) for m in matches]
    # Under text indented past the list (a definition), the capture's margin is the text's.
    text = None if margin is None else margin[0] if min(indents) >= margin[0] else min(margin)
    indented = text is not None and all(indent > text for indent in indents)
    apart = all(len(m["gap"]) >= _TOOL_GAP for m in matches)
    # markdownify writes a list's items at the margin, line under line; a number typed in a
    # paragraph stands apart from the next by a blank line.
    tight = all(b - a == 1 for (a, _), (b, _) in pairwise(items)) and all(
        m.string[m.end("number")] == "." for m in matches
    )
    if not (indented or apart or (markdown and tight)):
        return
    for index, found in [*items, *nested]:
        width = found.end() - len(found["indent"]) - 1
        marked[index] = f"{found['indent']}•{' ' * width}{marked[index][found.end() :]}"


def typed_items_apart(raw: list[str]) -> list[str]:
    """The lines with numbers typed one to a line (`1. ...<br>2. ...`, at the text's margin)
    set apart from the lines above them: each number opens an item of its own, which a
    tool wrapped over a few lines at most, and the number stays with it."""
    opened: list[int] = []  # the lines of the run of numbers now open, 1, 2, ...
    apart: set[int] = set()
    indent = ""
    for index, line in enumerate(raw):
        found = _TYPED_ITEM().match(line) if line.lstrip()[:1].isdigit() else None
        # (Not beside another column: a blank line would cut that column's text too.)
        celled = laid_out(line[found.end() :] if found else line)
        if found is None or celled:
            wrapped = opened and index - opened[-1] <= _ITEM_LINES
            opened = opened if line.strip() and not celled and wrapped else []
            continue
        number = int(found["number"])
        if number == 1:
            opened, indent = [index], found["indent"]
        elif opened and number == len(opened) + 1 and found["indent"] == indent:
            opened.append(index)
            apart.update(opened)
        else:
            opened = []
    if not apart:
        return raw
    return [part for i, line in enumerate(raw) for part in (("", line) if i in apart else (line,))]
