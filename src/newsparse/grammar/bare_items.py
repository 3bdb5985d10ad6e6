"""A list a copy printed without its bullets (a paste, a reader view): the line heading it,
and which lines are its items, however much they read like a sentence broken in two."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.broken_lines import (
    COMMAS,
    ITEM_WORDS,
    JOINING_WORDS,
    LOWERCASE,
    SENTENCE_STOPS,
    goes_on_past,
)
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.state import Kind, LineState

# A heading over a list a copy lost the bullets of: at most this many words; lines below it
# in lower case.
_HEADING_WORDS: Final = 8
_ITEMS_BELOW: Final = 2
# A name heading its item's words is a few words; a sentence's first line is longer.
_NAME_WORDS: Final = 4


def named_item(
    above: Line, line: Line, following: Line | None, widest: int, *, listed: bool
) -> bool:
    """Whether a bare line opening with a capital is a list's item: in a bare list begun
    (`UV-visible spectrophotometers ...`), or labelled (`Tier one: researchers ...`). A
    title right under its kicker's colon is neither, unless labelled so; nor is a
    sentence's first line that the next, in lower case, ends (`The park will also open a
    trade office` / `in Yerevan next spring.`): a name of a few words heads its item's
    words under it (`Emergency services` / `mapping flooded villages ...`)."""
    ended = (
        following is not None
        and len(line.text.split()) > _NAME_WORDS
        and following.text[:1] in LOWERCASE
        and following.text.endswith((".", "!", "?", "؟"))
    )
    return (
        not ended
        and _named(line.text, widest)
        and not (line.bullet or above.bullet)
        and (listed or _LABEL().match(line.text) is not None)
    )


def heads_items(state: LineState, index: int, end: int) -> bool:
    """Whether a short line without punctuation heads a list a copy lost the bullets of:
    two lines or more below it open in lower case. A sentence a `<br>` broke goes on
    once; a title a tool wrapped is longer than a list's heading or its wrap was found."""
    words = state.lines[index].text.split()
    if not words or len(words) > _HEADING_WORDS or not words[0][:1].isupper():
        return False
    above = index - 1
    if above >= 0 and state.kinds[above] is Kind.TEXT and state.lines[above].text[-1:] in COMMAS:
        return False  # a name in a sentence a `<br>` set on lines of its own
    if state.lines[index].text.endswith((*SENTENCE_STOPS, *COMMAS)):
        return False
    below = range(index + 1, min(index + 1 + _ITEMS_BELOW, end))
    return len(below) == _ITEMS_BELOW and all(
        state.kinds[i] is Kind.TEXT
        and not state.lines[i].bullet
        and state.lines[i].text[:1] in LOWERCASE
        for i in below
    )


def _named(text: str, widest: int) -> bool:
    """A list's item opening with a capital (a name, `Tier one: ...`): a few words that
    neither end a sentence nor go on past the line (a comma, `of`), in a copy whose
    paragraphs are lines far longer (a tool that wrapped them makes its lines alike)."""
    words = text.split()
    return (
        text[:1].isupper()
        and len(words) <= ITEM_WORDS
        and len(text) * _ITEM_SHARE <= widest
        and words[-1].casefold() not in JOINING_WORDS
        and not text.endswith((*SENTENCE_STOPS, *COMMAS))
        and not goes_on_past(words)
    )


# A list item's label: a few words and a colon, the item going on in lower case.
_LABEL: Final = lazy_pattern(r"(?:\S+ ){0,3}\S+: [a-z]")
# A paragraph's line in a copy no tool wrapped is this many times an item's at least.
_ITEM_SHARE: Final = 2
