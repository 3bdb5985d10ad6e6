"""A headline list's items as the lines around them tell them: a lone line ending in a date
is the body's own, and so are the rows of a table whose head names a date column; a short
line over items is their list's heading, whatever it is named; a bare date a narrow cell
wrapped under its item ends the item."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.box_words import photos_end
from newsparse.grammar.rule_support import dated_end
from newsparse.grammar.state import Info, Kind, LineState

# A headline list's items and heading stand at most this many lines apart.
_LISTING_REACH: Final = 4
# A list item that ends so is complete: a date below it is no more of it.
SENTENCE_ENDS: Final = (".", "!", "?", "؟", ":", ";", "؛")


# A list's heading is a few words.
_HEADING_WORDS: Final = 4


def settle_listing_items(state: LineState) -> None:
    """A line ending in a date is an item of a headline list only next to another item or
    under a list heading; alone among text lines, it is the body's own (a list item of the
    article: `Registration until 1398/08/10`), but for a photo report's. A short line over
    such items is their heading."""
    kinds, lines = state.kinds, state.lines
    _dated_table_rows(state)
    items = [i for i, kind in enumerate(kinds) if kind is Kind.LISTING_ITEM]
    # A short line right over two items or more, or over one set off by its date in
    # brackets or after a dash, is their list's heading, named as no heading we know
    # (`فراخوان‌های فعال`, `Open calls`, `Worth a second look`, `پیش از این خوانده‌اید؟`).
    for i in items:
        above = i - 1
        if (
            above >= 0
            and kinds[above] is Kind.TEXT
            and not lines[above].bullet
            and _heading_shaped(lines[above].text)
            and not lines[above].text.endswith(_NO_HEADING_ENDS)
            and (
                (i + 1 < len(kinds) and kinds[i + 1] is Kind.LISTING_ITEM)
                or _date_set_off(lines[i].key)
            )
        ):
            kinds[above] = Kind.LISTING_HEADING
    for i in items:
        if photos_end(lines[i].key):
            continue  # a photo report's item: dated, its pictures counted, alone or not
        near = range(max(0, i - _LISTING_REACH), min(len(kinds), i + _LISTING_REACH + 1))
        if not any(
            (j != i and kinds[j] is Kind.LISTING_ITEM)
            or (j < i and kinds[j] is Kind.LISTING_HEADING)
            for j in near
        ):
            kinds[i] = Kind.TEXT


def _dated_table_rows(state: LineState) -> None:
    """The rows of the article's table of dates (`Stage  Date` / `Registration opens
    2023/11/22`): a headline list has no head naming its column of dates."""
    kinds, lines = state.kinds, state.lines
    for head in range(len(kinds) - 1):
        if kinds[head] is not Kind.TEXT or kinds[head + 1] is not Kind.LISTING_ITEM:
            continue
        words = lines[head].key.casefold().split()
        if not 1 < len(words) <= _HEADING_WORDS or words[-1] not in _DATE_COLUMNS:
            continue
        row = head + 1
        while row < len(kinds) and kinds[row] is Kind.LISTING_ITEM and not lines[row].bullet:
            kinds[row] = Kind.TEXT
            row += 1


# A table's head names its column of dates so (`Stage  Date`, `مرحله  تاریخ`).
_DATE_COLUMNS: Final = frozenset({"date", "dates", "deadline", "تاریخ", "مهلت", "زمان"})


# What ends a line of the text, never a box's heading (a question may head one).
_NO_HEADING_ENDS: Final = (".", "!", ":", ";", "؛", "،", ",")


def _heading_shaped(text: str) -> bool:
    """A few words, or one long enough to be no piece of a word a tool cut (`Nan` /
    `o-coated seeds ...`): `داغ‌ترین‌ها`, `Open calls`."""
    words = text.split()
    if len(words) > _HEADING_WORDS:
        # A few words more where they say it lists news (`Earlier news on this call`): a
        # subheading over the text's own dated lines says what they are (`Stages of the call`).
        news = any(word.casefold().strip(":") in _NEWS_WORDS for word in words)
        return news and len(words) <= _LIST_HEADING_WORDS
    return len(words) > 0 and (len(words) > 1 or len(text) >= _HEADING_WORD)


_LIST_HEADING_WORDS: Final = 6
_NEWS_WORDS: Final = frozenset(
    "news stories headlines articles reports خبر اخبار خبرها گزارش‌ها مطالب".split()
)


# One word heading a box holds at least this many characters.
_HEADING_WORD: Final = 5


def _date_set_off(key: str) -> bool:
    """Whether a headline's date at its end is set off from it: in brackets, after a dash,
    or with its count in brackets (`... output — 21 Oct 2024`, `... (02/05/2018)`,
    `... Oct 12 2024 - 09:30 (1,118)`)."""
    found = dated_end(key)
    if found is None:
        return False
    shown = found.group().strip()
    # No sentence ends so.
    before = key[: found.start()].rstrip()
    return (
        shown.startswith(("(", "["))
        or shown.endswith((")", "]"))
        or before.endswith(("-", "–", "—", "|"))
    )


def settle_wrapped_dates(state: LineState) -> None:
    """A bare date (no time, no label, no count) alone on its line under a list item that
    it ends (`• Registration until` / `1398/08/10`, a narrow cell wrapped it) is the item's
    last words, not an info block: none of the other dated lines of a headline list stands
    near it, and text goes on below it."""
    kinds, lines = state.kinds, state.lines
    for i in [i for i, kind in enumerate(kinds) if kind is Kind.INFO]:
        info = state.info.get(i)
        if _announced(state, i):
            # A date the sentence above announces (`... by the following time:` / `14:00 -
            # 30/09/2019`), the text going on under it: the text's, whatever its shape.
            kinds[i] = Kind.TEXT
            del state.info[i]
            continue
        if (
            info is None
            or info != Info(info.date)
            or info.date is None
            or info.date.time is not None
            or not 0 < i < len(kinds) - 1
            or kinds[i - 1] is not Kind.TEXT
            or kinds[i + 1] is not Kind.TEXT
            or not lines[i - 1].bullet
            or lines[i - 1].text.endswith(SENTENCE_ENDS)
        ):
            continue
        near = range(max(0, i - _LISTING_REACH), min(len(kinds), i + _LISTING_REACH + 1))
        if not any(j != i and kinds[j] in (Kind.INFO, Kind.LISTING_ITEM) for j in near):
            kinds[i] = Kind.TEXT
            del state.info[i]


def _announced(state: LineState, i: int) -> bool:
    """Whether a bare date (a time at most) stands between a sentence ending in `:` above
    it and the text going on below it."""
    info = state.info.get(i)
    if (
        info is None
        or info.date is None
        or info != Info(info.date)
        or not 0 < i < len(state.kinds) - 1
    ):
        return False
    above, below = state.lines[i - 1], state.lines[i + 1]
    return (
        state.kinds[i - 1] is Kind.TEXT
        and state.kinds[i + 1] is Kind.TEXT
        and not above.bullet
        and above.text.endswith(":")
        and len(above.text.split()) >= _SENTENCE_WORDS
        and len(below.text.split()) >= _SENTENCE_WORDS
    )


# A sentence announcing a date, and the text under it, hold this many words at least.
_SENTENCE_WORDS: Final = 6
