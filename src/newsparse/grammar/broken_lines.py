"""Where a `<br>` broke a sentence: its names or an address set on lines of their own,
which a paragraph's line ending on a comma or a preposition shows."""

from __future__ import annotations

from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import Line
from newsparse.grammar.names import WRITTEN_TITLES

LOWERCASE: Final = frozenset("abcdefghijklmnopqrstuvwxyz")


def goes_on(words: list[str], next_words: list[str], after: Line | None) -> bool:
    """Whether a `<br>` broke a sentence, setting its names or an address on lines of
    their own (`... made up of` / `Dr. Mahnaz Rostami (chair), ...,` / `Dr. Kaveh ...`):
    the line ends on a comma (or `, and`), or on a preposition after a sentence's words or
    a comma (a heading may end on one, `Where the money comes from`); and the next line is
    a name or a part of an address that goes on (a comma, `and`, the line after it in
    lower case) or ends the sentence, short. A letter's salutation and its closing, a few
    words and a comma, stand apart (`Dear colleagues,`, `Respectfully,`), and so does the
    line over a salutation.
    """
    if not words or not next_words or next_words[0] in _SALUTATIONS:
        return False
    if len(next_words) > _LINE_WORDS or _closing(words):
        return False
    tail = next_words[-1]
    goes = (
        tail[-1:] in COMMAS
        or tail in _LIST_ANDS
        or (after is not None and not after.bullet and after.text[:1] in LOWERCASE)
    )
    # (A list's last names a tool ran on after `, and` end it too, each with their title:
    # `Dr. Omid Rostami, ..., and Eng. Leila Kamali, head of ... in Mashhad.`)
    ends = len(next_words) <= ITEM_WORDS or (
        next_words[0] in WRITTEN_TITLES
        and any(a[-1:] in COMMAS and b in _LIST_ANDS for a, b in pairwise(next_words))
    )
    if not goes and not (tail.endswith(".") and ends):
        return False
    sentence = len(words) >= _PREPOSITION_AFTER or any(w[-1:] in COMMAS for w in words)
    # (Or a sentence's words naming people after it, each with their title: `The committee
    # is made up of` / `Dr. Kaveh Behzadi, ...`.)
    sentence = sentence or (len(words) >= _CLOSING_WORDS and next_words[0] in WRITTEN_TITLES)
    if sentence and words[-1].casefold() in _GOING_ON:
        return True
    return words[-1][-1:] in COMMAS or (
        words[-1] in _LIST_ANDS and len(words) > 1 and words[-2][-1:] in COMMAS
    )


def goes_on_past(words: list[str]) -> bool:
    """Whether a line's words end where no sentence ends: on a comma or a preposition."""
    return bool(words) and (words[-1][-1:] in COMMAS or words[-1].casefold() in _GOING_ON)


def _closing(words: list[str]) -> bool:
    """A letter's salutation or closing: a few words ending on a comma, none before it (an
    address's part holds one: `Zahedan, University Boulevard,`)."""
    return len(words) <= _CLOSING_WORDS and all(
        (word[-1:] in COMMAS) == (at == len(words) - 1) for at, word in enumerate(words)
    )


COMMAS: Final = (",", "،")
# Words no sentence ends on (an article); words a list's lead-in does not end on, a broken
# sentence's line may (`... budgets and`).
OPEN_ENDINGS: Final = frozenset(("the", "a", "an"))
JOINING_WORDS: Final = OPEN_ENDINGS | {"and", "or", "of", "to", "with", "by", "from", "for", "in"}
SENTENCE_STOPS: Final = (".", "!", "?", ":", ";", "؛", "؟", '"', "”", "»", ")", "]", "…")
# Prepositions no sentence ends on (`for`, `in`, `on` end many a heading: `What it pays for`).
_GOING_ON: Final = frozenset("of at to with by from into و در به از با که را".split())
_LIST_ANDS: Final = ("and", "or", "و")
_SALUTATIONS: Final = ("Dear",)
# A preposition ends a broken sentence after this many words at least (or a comma); the
# line that ends it holds this many at most, the line that goes on this many; a closing
# (`Sincerely yours,`) this many.
_PREPOSITION_AFTER: Final = 9
ITEM_WORDS: Final = 12
_LINE_WORDS: Final = 30
_CLOSING_WORDS: Final = 3
