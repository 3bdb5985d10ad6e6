"""Words a tool cut in two (pandoc's grid cells, lynx's comma lists) made whole again, where
the capture holds the whole word elsewhere and the piece only at the start of a line."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import lazy_pattern

WORD: Final = lazy_pattern(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def inner_words(raw: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words the capture holds, and those it only ever holds at the start of a line,
    where a piece of a cut word would stand."""
    seen: set[str] = set()
    inside: set[str] = set()
    for line in raw:
        words = [word.casefold() for word in WORD().findall(line)]
        seen.update(words)
        inside.update(words[1:])
    return frozenset(seen), frozenset(seen - inside)


def mended_blocks(
    blocks: Iterable[str], words: tuple[frozenset[str], frozenset[str]]
) -> Iterator[str]:
    """pandoc cuts long words in grid cells (`Innovation and P` / `rosperity Fund`), and the
    two pieces may land in two blocks: a piece found only at line starts, whose join with
    the word before is a word the capture holds, is the end of that word."""
    pending: str | None = None
    for block in blocks:
        if pending is not None and is_cut(pending, block, words):
            pending += block
        elif pending is not None:
            yield mended(pending, words)
            pending = block
        else:
            pending = block
    if pending is not None:
        yield mended(pending, words)


def may_be_cut(block: str) -> bool:
    """Whether a block holds a word that opens in lower case right after a letter: the
    only place a cut word's end can be. Most blocks hold none, and need no words counted."""
    parts = block.split(" ")
    return any(after[:1].islower() and before[-1:].isalpha() for before, after in pairwise(parts))


def mended(block: str, words: tuple[frozenset[str], frozenset[str]]) -> str:
    parts = block.split(" ")
    mended = [parts[0]]
    for part in parts[1:]:
        if is_cut(mended[-1], part, words):
            mended[-1] += part
        else:
            mended.append(part)
    return " ".join(mended)


def is_cut(before: str, after: str, words: tuple[frozenset[str], frozenset[str]]) -> bool:
    """Whether `after` opens with the rest of a word `before` ends with a piece of."""
    seen, line_starts = words
    tail = WORD().findall(before[-40:])[-1:] if before[-1:].isalpha() else []
    piece = WORD().match(after)
    if not tail or piece is None or not piece[0][:1].islower():
        return False
    return piece[0].casefold() in line_starts and (tail[0] + piece[0]).casefold() in seen
