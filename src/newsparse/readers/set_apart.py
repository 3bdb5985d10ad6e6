"""A line a `<br>` set apart that a tool prints with no blank line above it (lynx, pandoc):
a heading over a programme, a line of its own between paragraphs, the text going on under
a typed list; not a wrapped end."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.names import ENGLISH_TITLES
from newsparse.readers.line_starts import starts_anew
from newsparse.readers.widths import Measure

# A heading, a label over a list: a few words.
_WORDS_MAX: Final = 6
# Room a short line leaves: a tool that wraps a few columns early leaves less.
_SPARE: Final = 10
# (Not a question's: a title may ask one before its statement, wrapped after it.)
_SENTENCE_END: Final = "."
# What a paragraph, a caption or a list item may end with: a wrapped end stops so too.
_ENDS: Final = (".", "!", "?", "؟", ":", ";", "؛", ",", "،", ")", "]", "»", '"', "”", "…", "*")
# A name's title or initial ends no sentence (`... said Dr.` / `Hamid Karimi`, `Photo: A.` /
# `Karimi`), nor does a copyright's name (`Copyright © ... Council.` / `All rights reserved`).
_NO_END: Final = lazy_pattern(
    rf".*(?:(?:^|\s)(?:{'|'.join(ENGLISH_TITLES)}|St|No|Co|Inc|Jr|Sr|[A-Z])\.$|©|(?i:copyright))"
)


def set_apart(
    first: str,
    previous: str,
    line: str,
    following: str | None,
    width: int | None,
    measure: Measure,
) -> bool:
    """Whether a line the tool would have wrapped onto the one above (its next word would not
    have fitted there) starts anew: a line of its own, or the text under a typed list
    (`first` is the block's first line, `width` the one its lines were wrapped at)."""
    if under_typed_item(first, previous, line.strip()):
        return True
    return width is not None and line_of_its_own(previous, line, following, width, measure)


def line_of_its_own(
    previous: str, line: str, following: str | None, width: int, measure: Measure
) -> bool:
    """Whether a line whose first word would not have fitted on the line above is set apart
    all the same: it opens in capitals under a sentence's end, is a few words ending none (no
    label's, no credit's: no colon), and the line under it starts anew, or its first word
    would have fitted after it with room to spare (a short line the tool did not fill)."""
    stripped = line.strip()
    if not previous.endswith(_SENTENCE_END) or _NO_END().match(previous):
        return False
    if not stripped[:1].isupper() or stripped.endswith(_ENDS) or ":" in stripped:
        return False
    words = stripped.split()
    if len(words) > _WORDS_MAX or words[-1].casefold() in _GOES_ON:
        return False
    # (A heading has its text right under it; a short line over a blank one is as likely a
    # box's button, `... to the field.` / `Make a gift`.)
    after = following.strip() if following is not None else ""
    if not after:
        return False
    room = width - measure(line.rstrip()) - 1 - measure(after.split()[0])
    return starts_anew(after) or room >= _SPARE


# A list's item typed with its number and a bracket (`3) present ...`), past the first: a
# tool numbers an ordered list's items with a period, and its items wrap onto names
# (`5. ... outside` / `Tehran province.`).
_LATER_ITEM: Final = lazy_pattern(r"(?:[2-9]|[1-9]\d)\) \S")
# Words a sentence goes on after, never ending an item: its small words, and the verbs that
# lead up to a list of names (`... the partners are` / `Sharif University ...`).
_GOES_ON: Final = frozenset(
    "a an the and or nor but of to in on at by for with from into onto via as than that which"
    " who whom whose its their his her our your this these those such both either between"
    " among about over under like per is are was were be been being has have had will would"
    " can could may must should include includes including included said told says named"
    " visited joined".split()
)


def under_typed_item(first: str, previous: str, stripped: str) -> bool:
    """Whether a line opening in capitals under an item typed with its number and a bracket
    (the second or a later one: a list) starts anew, the item ending on a word in lower case
    that a sentence may stop at."""
    if not stripped[:1].isupper() or not _LATER_ITEM().match(first):
        return False
    last = previous.rpartition(" ")[2]
    # (Nor on a name's first word: `... the Iran National` / `Science Foundation`.)
    return last.isalpha() and last.islower() and last not in _GOES_ON
