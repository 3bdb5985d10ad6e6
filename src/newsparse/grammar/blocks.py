"""The page's blocks of dates and counts, each measured: the text around it, the footer
after it, and whether it is one of a headline list's items (as `list_items` finds).

`locate` weighs them to choose the article's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final

from newsparse.grammar import weights as W
from newsparse.grammar.dates import SiteDate, holds_date
from newsparse.grammar.list_items import listed_blocks
from newsparse.grammar.rule_support import dated_start
from newsparse.grammar.state import (
    FOOTER_KINDS,
    INFO_KINDS,
    TOP_BOUNDARIES,
    Info,
    Kind,
    LineState,
)


@dataclass(frozen=True, slots=True)
class Block:
    """A run of info lines (chrome between them allowed): lines `start` to `end`."""

    start: int
    end: int
    infos: tuple[Info, ...]
    portal: bool
    words_before: int
    words_after: int
    footer_after: bool
    # Footer labels stand above it: it is in the footer (the news code's line), never beside
    # the article's text.
    in_footer: bool = False
    # One of several headline-shaped blocks: an item of a headline list.
    listing: bool = False

    @property
    def date(self) -> SiteDate | None:
        """The first date the block shows."""
        return next((info.date for info in self.infos if info.date is not None), None)

    @property
    def labelled_date(self) -> bool:
        """Whether a label of its own stands before its date (bmn's `Publish date :`)."""
        return any(info.labelled_date for info in self.infos)

    @property
    def labelled(self) -> bool:
        """Whether a label of its own stands before its date or count."""
        return any(info.labelled_date or info.labelled_views for info in self.infos)

    @property
    def closing_shaped(self) -> bool:
        """Labelled (bmn's footer), or showing no date (a news code alone): a block that
        closes its article, not the bullets that open it."""
        return self.labelled or self.date is None

    def first(self, name: str) -> int | None:
        """The first value of an Info field the block shows."""
        return next((v for info in self.infos if (v := getattr(info, name)) is not None), None)

    @property
    def no_code_or_study_time(self) -> bool:
        """A date (and count, labelled or not) with no study time or news code of the
        article's, and no old portal's line."""
        if self.portal or self.first("study_minutes") is not None:
            return False
        return self.first("news_code") is None

    @property
    def headline_shaped(self) -> bool:
        """A date (and count) between short headlines, with no label of the article's."""
        short = max(self.words_before, self.words_after) < W.PROSE_WORDS
        return short and not self.labelled and self.no_code_or_study_time


def info_blocks(state: LineState) -> list[Block]:
    """Every block of info lines, with the text around it measured."""
    kinds, spans = state.kinds, []
    index = 0
    while index < len(kinds):
        if kinds[index] not in INFO_KINDS:
            index += 1
            continue
        end = index + 1
        dated = _dated_line(state, index)
        bulleted = state.lines[index].bullet
        # (An item's count alone, its date above it read as text, runs on so as well.)
        counted = not bulleted and _counted_line(state, index)
        item_count = _item_count(state, index)
        while end < len(kinds) and (
            (
                kinds[end] in INFO_KINDS
                and not (dated and _dated_line(state, end))
                and not (item_count and _dated_line(state, end))
                # A list item's unbulleted date and count run on into the article's
                # bulleted info: two blocks.
                and not (counted and state.lines[end].bullet and not bulleted)
            )
            or (kinds[end] is Kind.CHROME and end + 1 < len(kinds) and kinds[end + 1] in INFO_KINDS)
        ):
            dated = dated or _dated_line(state, end)
            unbulleted = not state.lines[end].bullet
            counted = dated and (counted or (unbulleted and _counted_line(state, end)))
            end += 1
        spans.append((index, end))
        index = end
    blocks = []
    # The footer's labels: the old portal's dated line is an info block of its own, and a
    # headline list's items may print theirs so (`10:20 - 22/04/2018 / Show Count : 486`).
    footer_at = next(
        (i for i, k in enumerate(kinds) if k in FOOTER_KINDS and k is not Kind.PORTAL_FOOTER),
        len(kinds),
    )
    for number, (start, end) in enumerate(spans):
        before = spans[number - 1][1] if number else 0
        after = spans[number + 1][0] if number + 1 < len(spans) else len(kinds)
        infos = tuple(state.info[i] for i in range(start, end) if i in state.info)
        blocks.append(
            Block(
                start,
                end,
                infos,
                Kind.PORTAL_FOOTER in kinds[start:end],
                _words(state, before, start, backwards=True),
                _words(state, end, after),
                _footer_follows(
                    state, end, _FOOTER_GAP_WORDS if any(info.date for info in infos) else 0
                ),
                footer_at < start,
            )
        )
    listed = listed_blocks(state, blocks)
    return [
        replace(block, listing=True) if item else block
        for block, item in zip(blocks, listed, strict=True)
    ]


def _counted_line(state: LineState, index: int) -> bool:
    info = state.info.get(index)
    return info is not None and info.views is not None


def _item_count(state: LineState, index: int) -> bool:
    """A bare count under a headline that ends in its date (`... award Nov 3 2025 - 09:00`
    / `• 377`): the item's count, whatever info lines follow it."""
    info = state.info.get(index)
    return (
        index > 0
        and info is not None
        and info.views is not None
        and not info.labelled_views
        and info.date is None
        and state.kinds[index - 1] in (Kind.TEXT, Kind.LISTING_ITEM)
        and holds_date(state.lines[index - 1].key)
    )


def _dated_line(state: LineState, index: int) -> bool:
    """Whether an info line shows a date: a second date starts another block (a headline
    list's last item runs straight on into the article's bullets)."""
    info = state.info.get(index)
    return info is not None and info.date is not None


_RIGHT_ABOVE: Final = frozenset({Kind.NOTICE, Kind.LISTING_HEADING, Kind.LISTING_ITEM})


def _words(state: LineState, begin: int, end: int, *, backwards: bool = False) -> int:
    """Words of plain text between two lines, up to the nearest boundary or footer label;
    a line printed again (the title's copies) counts once."""
    indices = range(end - 1, begin - 1, -1) if backwards else range(begin, end)
    count = 0
    seen: set[str] = set()
    for i in indices:
        kind = state.kinds[i]
        if kind in _RIGHT_ABOVE and backwards and not count:
            # A script's fallback text at the body's end, right above its block, or a
            # related-news list between the body and bmn's footer labels.
            continue
        key = state.lines[i].key
        if backwards and count < W.PROSE_WORDS and state.names_box(i):
            # A box named for what it holds between the text and the block (`About the
            # writer`, a few lines): its words are none of the text's, which goes on above.
            count, seen = 0, set()
            continue
        if kind in FOOTER_KINDS or kind in TOP_BOUNDARIES:
            break
        # Below a block, a calendar's items (a date, then a headline) are no prose.
        if kind is Kind.TEXT and key not in seen and (backwards or not dated_start(key)):
            seen.add(key)
            count += len(state.lines[i].text.split())
    return count


def _footer_follows(state: LineState, end: int, gap: int) -> bool:
    """Whether footer labels come next after a block, with no text between but `gap` words
    of chrome no rule names (`Stay in touch: get our bulletin`, `▲ Back to top`)."""
    words = 0
    for index in range(end, len(state.kinds)):
        kind = state.kinds[index]
        if kind in FOOTER_KINDS:
            return True
        if kind is Kind.TEXT:
            # A form's widgets (`[ ]`, `_`) are no words.
            words += sum(any(c.isalnum() for c in w) for w in state.lines[index].text.split())
            if words > gap:
                return False
    return True


# The words of text a dated block's closing footer may stand apart from it by (a block
# closing its article shows its date, as bmn's does; a news code alone is no such block).
_FOOTER_GAP_WORDS: Final = 12


def first_footer(kinds: Sequence[Kind], begin: int) -> int:
    """The first footer label at or after `begin`, or the end."""
    return next((i for i in range(begin, len(kinds)) if kinds[i] in FOOTER_KINDS), len(kinds))


def said_again(other: Block, block: Block | None) -> bool:
    """Whether a block says the article's block's date again, and its count, in other
    words (`Sunday 14 July 2019 Visits: 88` under the title, the old portal's line closing
    the text; `شنبه ۲۲ دی ۱۴۰۳ ساعت ۱۱:۳۰ - بازدید: ۵۱۲` under the bullets): the article's
    own, no boundary of its text. (Under the old portal's title, the count may be left out.)"""
    if block is None or other.portal or other.listing or other.date is None or block.date is None:
        return False
    views = other.first("views")
    if views is None and not block.portal:
        return False
    same_day = other.date.day == block.date.day
    return same_day and views in (None, block.first("views")) and other.first("news_code") is None
