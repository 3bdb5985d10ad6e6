"""Chrome by its shape: a menu is a run of short bulleted or linked lines, whatever its words."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from newsparse.grammar.state import Kind, LineState

_MENU_ITEM_CHARS: Final = 40
_MENU_ITEM_WORDS: Final = 6
# Short lines in a row, bulleted or not, that make a menu a tool printed without bullets.
_BARE_MENU_RUN: Final = 4
# The fewest entries of a table of contents found again as the article's subheadings.
_CONTENTS_ENTRIES: Final = 2
_ENTRY_NUMBER: Final = re.compile(r"^\s*[\d۰-۹]{1,2}[.)\-]\s+")


def _short(text: str) -> bool:
    return (
        len(text) <= _MENU_ITEM_CHARS
        and len(text.split()) <= _MENU_ITEM_WORDS
        and not text.endswith((".", ":", ";", "؛", "?", "؟", "!"))
    )


def menu_lines(state: LineState, begin: int, end: int) -> list[int]:
    """The lines in a range that are menu items: a short bulleted line next to another,
    or one of a run of short lines."""
    found: list[int] = []
    run: list[int] = []
    for i in range(begin, end + 1):
        line = state.lines[i] if i < end else None
        if line is not None and state.kinds[i] is Kind.TEXT and _short(line.text):
            run.append(i)
            continue
        if line is not None and state.kinds[i] is Kind.CHROME:
            continue
        items = _menu_of(state, run)
        if not _contents(state, items, end):
            found += items
        run = []
    return found


def _contents(state: LineState, items: list[int], end: int) -> bool:
    """Whether a run of menu-shaped lines is the article's table of contents: most of its
    entries, two at least, stand again below it as lines of their own (its subheadings),
    which no menu's items do."""
    if len(items) < _CONTENTS_ENTRIES:
        return False
    below = {
        _entry(state.lines[i].text)
        for i in range(items[-1] + 1, end)
        if state.kinds[i] is Kind.TEXT and not state.lines[i].bullet
    }
    again = sum(_entry(state.lines[i].text) in below for i in items)
    return again >= _CONTENTS_ENTRIES and 2 * again >= len(items)


def _entry(text: str) -> str:
    """A contents entry or subheading without its number (`2. How it works`, `۲) روش`)."""
    return _ENTRY_NUMBER.sub("", text).casefold()


# Words no menu's item ends on, where a narrow cell wrapped a caption or a title's copy
# (`Visitors at the opening of the` / `cleanroom on 16 February`).
_WRAPPED_ON: Final = frozenset("the a an of at to with by from into".split())


def _wrapped(state: LineState, run: list[int]) -> bool:
    """Whether a run of short lines holds a line a narrow cell wrapped: it ends on a word a
    sentence goes on after, and the next line goes on in lower case. (Not in Persian, which
    has no case: a box's headline ends on `از` as often.)"""
    return any(
        (words := state.lines[i].text.split())
        and words[-1] in _WRAPPED_ON
        and state.lines[i + 1].text[:1].islower()
        for i, j in pairwise(run)
        if j == i + 1
    )


def _menu_of(state: LineState, run: list[int]) -> list[int]:
    """The menu items of a run of short lines. Where a tool printed the items with bullets,
    a short line right after them without one is the next thing (a bare kicker), unless it
    opens a bare run of its own."""
    bulleted = [j for j in run if state.lines[j].bullet]
    if len(bulleted) < 2:
        if len(run) < _BARE_MENU_RUN or _figures_rows(state, run) or _wrapped(state, run):
            return []
        return run[:-1] if _longer_last(state, run) else run
    first, last = run.index(bulleted[0]), run.index(bulleted[-1])
    head, tail = run[:first], run[last + 1 :]
    return [
        *(head if len(head) >= _BARE_MENU_RUN else ()),
        *run[first : last + 1],
        *(tail if len(tail) >= _BARE_MENU_RUN else ()),
    ]


def _figures_rows(state: LineState, run: list[int]) -> bool:
    """Whether most of a bare run's lines end in a figure (`Engineering 27`, no date): a
    table's rows, no menu's items."""
    figures = sum(_figure(state.lines[j].text.rsplit(None, 1)[-1]) for j in run)
    return 2 * figures > len(run)


def _figure(word: str) -> bool:
    return word.rstrip("%٪").replace(",", "").replace(".", "").isdigit()


def _longer_last(state: LineState, run: list[int]) -> bool:
    """Whether a bare run's last line has twice the words of its items, and four at least:
    a bare kicker a paste left right under the menu, not one of its items."""
    words = sorted(len(state.lines[j].text.split()) for j in run[:-1])
    last = len(state.lines[run[-1]].text.split())
    return (
        len(run) > _BARE_MENU_RUN and last >= _KICKER_WORDS and last >= 2 * words[len(words) // 2]
    )


# The fewest words of a bare kicker told from the menu above it.
_KICKER_WORDS: Final = 4
