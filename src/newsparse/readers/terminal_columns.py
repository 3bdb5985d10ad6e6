"""How many terminal columns a line takes, as the tools count them: every character one,
combining marks none (w3m), or zero-width characters none (pandoc)."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.lines import lazy_pattern

# Characters that take no column on a terminal: combining marks (Arabic harakat among
# them), ZWNJ and the other zero-width and bidi format characters. Persian text holds
# many ZWNJs, and the tools disagree on them: pandoc gives them no column, w3m, lynx,
# links and html2text one each.
_MARKS: Final = (
    "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4"
    "\u06e7\u06e8\u06ea-\u06ed"
)
ZERO_WIDTH: Final = lazy_pattern(
    f"[{_MARKS}\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
# w3m gives a combining mark no column and a ZWNJ one.
MARK: Final = lazy_pattern(f"[{_MARKS}]")


def columns_of(text: str) -> int:
    """How many terminal columns a line takes: zero-width characters none, six U+FFFD one."""
    if text.isascii():
        return len(text)
    broken = sum(len(run) - max(1, len(run) // 6) for run in _BROKEN().findall(text))
    return len(text) - len(ZERO_WIDTH().findall(text)) - broken


# elinks writes a letter and its mark as six bytes that are no UTF-8, in one column.
_BROKEN: Final = lazy_pattern("\ufffd{2,}")


def marks_apart(text: str) -> int:
    """How many columns a line takes where only combining marks take none."""
    return len(text) - len(MARK().findall(text))
