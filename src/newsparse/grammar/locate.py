"""The article among the page's chrome: its info block, chosen by weighed evidence, and the
text lines around it.

A page may show several blocks of dates and counts: the article's info bullets, the old
portal's footer line, bmn's labelled footer, and the items of "Most viewed" or "Latest
news" lists, which a table layout or a text browser may print before the article. Each
block is scored by what only the article's has (a study time, a news code, prose beside
it); a date between short headlines is a listing, not the article's date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from newsparse.grammar import weights as W
from newsparse.grammar.dates import SiteDate
from newsparse.grammar.state import FOOTER_KINDS, INFO_KINDS, Info, Kind, LineState

# Kinds that close the text before them: the article starts below the last one above it.
_TOP_BOUNDARIES: Final = frozenset(
    {Kind.CAPTURE_DATE, Kind.BREADCRUMB, Kind.NOTICE, Kind.LISTING_HEADING, Kind.LISTING_ITEM}
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
    def labelled(self) -> bool:
        """Whether a label of its own stands before its date or count."""
        return any(info.labelled_date or info.labelled_views for info in self.infos)

    def first(self, name: str) -> int | None:
        """The first value of an Info field the block shows."""
        return next((v for info in self.infos if (v := getattr(info, name)) is not None), None)

    @property
    def headline_shaped(self) -> bool:
        """A date (and count) between short headlines, with no label of the article's."""
        if self.labelled or self.portal or self.first("study_minutes") is not None:
            return False
        if self.first("news_code") is not None:
            return False
        return max(self.words_before, self.words_after) < W.PROSE_WORDS


# A headline list's items and heading stand at most this many lines apart.
_LISTING_REACH: Final = 4
# A list item that ends so is complete: a date below it is no more of it.
_SENTENCE_ENDS: Final = (".", "!", "?", "؟", ":", ";", "؛")


def settle_listing_items(state: LineState) -> None:
    """A line ending in a date is an item of a headline list only next to another item or
    under a list heading; alone among text lines, it is the body's own (a list item of the
    article: `Registration until 1398/08/10`)."""
    kinds = state.kinds
    items = [i for i, kind in enumerate(kinds) if kind is Kind.LISTING_ITEM]
    for i in items:
        near = range(max(0, i - _LISTING_REACH), min(len(kinds), i + _LISTING_REACH + 1))
        if not any(
            (j != i and kinds[j] is Kind.LISTING_ITEM)
            or (j < i and kinds[j] is Kind.LISTING_HEADING)
            for j in near
        ):
            kinds[i] = Kind.TEXT


def settle_wrapped_dates(state: LineState) -> None:
    """A bare date (no time, no label, no count) alone on its line under a list item that
    it ends (`• Registration until` / `1398/08/10`, a narrow cell wrapped it) is the item's
    last words, not an info block: none of the other dated lines of a headline list stands
    near it, and text goes on below it."""
    kinds, lines = state.kinds, state.lines
    for i in [i for i, kind in enumerate(kinds) if kind is Kind.INFO]:
        info = state.info.get(i)
        if (
            info is None
            or info != Info(info.date)
            or info.date is None
            or info.date.time is not None
            or not 0 < i < len(kinds) - 1
            or kinds[i - 1] is not Kind.TEXT
            or kinds[i + 1] is not Kind.TEXT
            or not lines[i - 1].bullet
            or lines[i - 1].text.endswith(_SENTENCE_ENDS)
        ):
            continue
        near = range(max(0, i - _LISTING_REACH), min(len(kinds), i + _LISTING_REACH + 1))
        if not any(j != i and kinds[j] in (Kind.INFO, Kind.LISTING_ITEM) for j in near):
            kinds[i] = Kind.TEXT
            del state.info[i]


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
        while end < len(kinds) and (
            (kinds[end] in INFO_KINDS and not (dated and _dated_line(state, end)))
            or (kinds[end] is Kind.CHROME and end + 1 < len(kinds) and kinds[end + 1] in INFO_KINDS)
        ):
            dated = dated or _dated_line(state, end)
            end += 1
        spans.append((index, end))
        index = end
    blocks = []
    first_footer = _first_footer(kinds, 0)
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
                _footer_follows(kinds, end),
                first_footer < start,
            )
        )
    shaped = [block for block in blocks if block.headline_shaped]
    if len(shaped) < 2:
        return blocks
    # The date bullets right above a title whose study time and code stand below it, unless
    # the block repeats the one before it (a list's last item: its headline bulleted above).
    return [
        replace(
            block,
            listing=not _next_to_strong(state, blocks, number)
            or (number > 0 and _same_item(state, blocks[number - 1], block)),
        )
        if block in shaped
        else block
        for number, block in enumerate(blocks)
    ]


def _same_item(state: LineState, earlier: Block, block: Block) -> bool:
    """Whether a headline-shaped block is shaped as the one before it, item for item: the
    same info, each under a bulleted headline."""
    return (
        earlier.headline_shaped
        and _signature(earlier) == _signature(block)
        and earlier.start > 0
        and block.start > 0
        and state.lines[earlier.start - 1].bullet
        and state.lines[block.start - 1].bullet
        and state.kinds[block.start - 1] is Kind.TEXT
    )


def _signature(block: Block) -> tuple[bool, bool, bool]:
    """What a block shows: a time with its date, a view count, a study time."""
    date = block.date
    return (
        date is not None and date.time is not None,
        block.first("views") is not None,
        block.first("study_minutes") is not None,
    )


def _next_to_strong(state: LineState, blocks: list[Block], number: int) -> bool:
    """Whether the block next to this one is no headline's, and its companion."""
    neighbours = blocks[max(0, number - 1) : number] + blocks[number + 1 : number + 2]
    return any(
        not other.headline_shaped and companions(state, blocks[number], other)
        for other in neighbours
    )


# Blocks this many text lines apart (kicker, title, a copy) are one info block.
_COMPANION_GAP: Final = 4


def companions(state: LineState, block: Block, other: Block) -> bool:
    """Whether two blocks stand a title's width apart, with no footer label between."""
    if block.date is not None and other.date is not None:
        return False  # one info block shows one date; a second is a list item's
    first, second = sorted((block, other), key=lambda b: b.start)
    between = state.kinds[first.end : second.start]
    texts = sum(kind is Kind.TEXT for kind in between)
    apart = any(kind in FOOTER_KINDS or kind in _TOP_BOUNDARIES for kind in between)
    # A kicker and a title stand between them; with nothing between, it is a list's item
    # run straight on into the article's bullets.
    return 1 <= texts <= _COMPANION_GAP and not apart


def _dated_line(state: LineState, index: int) -> bool:
    """Whether an info line shows a date: a second date starts another block (a headline
    list's last item runs straight on into the article's bullets)."""
    info = state.info.get(index)
    return info is not None and info.date is not None


def _words(state: LineState, begin: int, end: int, *, backwards: bool = False) -> int:
    """Words of plain text between two lines, up to the nearest boundary or footer label."""
    indices = range(end - 1, begin - 1, -1) if backwards else range(begin, end)
    count = 0
    for i in indices:
        kind = state.kinds[i]
        if kind in FOOTER_KINDS or kind in _TOP_BOUNDARIES:
            break
        if kind is Kind.TEXT:
            count += len(state.lines[i].text.split())
    return count


def _footer_follows(kinds: Sequence[Kind], end: int) -> bool:
    """Whether footer labels come next after a block, with no text between."""
    for kind in kinds[end:]:
        if kind in FOOTER_KINDS:
            return True
        if kind is Kind.TEXT:
            return False
    return True


def _study(block: Block) -> int:
    return W.BLOCK_STUDY_TIME if block.first("study_minutes") is not None else 0


def _news_code(block: Block) -> int:
    return W.BLOCK_NEWS_CODE if block.first("news_code") is not None else 0


def _portal(block: Block) -> int:
    return W.BLOCK_PORTAL_FOOTER if block.portal else 0


def _labelled(block: Block) -> int:
    return W.BLOCK_LABELLED if block.labelled else 0


def _dated(block: Block) -> int:
    date = block.date
    if date is None:
        return 0
    return W.BLOCK_DATE_WITH_TIME if date.time is not None else W.BLOCK_DATE


def _views(block: Block) -> int:
    return W.BLOCK_VIEWS if block.first("views") is not None else 0


def _next_to_prose(block: Block) -> int:
    # The article's text runs on below its bullets, or above a footer-style block.
    prose = not block.in_footer and (
        block.words_after >= W.PROSE_WORDS
        or (block.footer_after and block.words_before >= W.PROSE_WORDS)
    )
    return W.BLOCK_NEXT_TO_PROSE if prose else 0


def _listing(block: Block) -> int:
    return W.BLOCK_LISTING if block.listing else 0


BLOCK_EVIDENCE: Final[tuple[Callable[[Block], int], ...]] = (
    _study,
    _news_code,
    _portal,
    _labelled,
    _dated,
    _views,
    _next_to_prose,
    _listing,
)


def article_block(
    state: LineState, blocks: list[Block], near_title: Callable[[Block], bool]
) -> Block | None:
    """The block the evidence says is the article's, or None if the page shows none."""
    if not blocks:
        return None
    footer = next((i for i, kind in enumerate(state.kinds) if kind in FOOTER_KINDS), None)
    last_before_footer = max(
        (b for b in blocks if footer is None or b.start <= footer),
        key=lambda b: b.start,
        default=None,
    )

    def score(block: Block) -> int:
        total = sum(evidence(block) for evidence in BLOCK_EVIDENCE)
        total += W.BLOCK_LAST_BEFORE_FOOTER if block is last_before_footer else 0
        return total + (W.BLOCK_NEAR_TITLE if near_title(block) else 0)

    # On a tie the later block wins: side columns come before the article, not after.
    return max(reversed(blocks), key=score)


def region_start(
    state: LineState, block: Block | None, blocks: list[Block], limit: int | None = None
) -> int:
    """The first line the article's text may take: below the last boundary above it (a
    capture date, a breadcrumb, a notice, a headline list), or above `limit`."""
    if limit is None:
        limit = block.start if block is not None else _first_footer(state.kinds, 0)
    start = 0
    prose = False  # a paragraph stands since the last boundary
    for i in range(limit):
        kind = state.kinds[i]
        if kind is Kind.NOTICE and prose:
            continue  # a notice between paragraphs (a video's fallback text) is the article's
        if kind in _TOP_BOUNDARIES:
            start, prose = i + 1, False
        elif kind is Kind.TEXT and not prose:
            prose = len(state.lines[i].text.split()) >= W.PROSE_WORDS
    for other in blocks:
        if other is not block and other.end <= limit:
            start = max(start, other.end)
    return start


def listing_above(state: LineState, end: int) -> int:
    """Where a headline list standing right above line `end` begins (its heading), or `end`
    when none does: the old portal sets "Related news" between the body and its footer."""
    index = end - 1
    while index >= 0 and _list_line(state, index):
        index -= 1
    return index if index >= 0 and state.kinds[index] is Kind.LISTING_HEADING else end


# A headline in a list is at most this many words.
_HEADLINE_WORDS: Final = 20


def _list_line(state: LineState, index: int) -> bool:
    """An item of a headline list, or a piece of one a tool broke off: a dated item, its
    date or count alone, a bulleted or headline-length text line, chrome."""
    kind = state.kinds[index]
    if kind in (Kind.LISTING_ITEM, Kind.CHROME, Kind.INFO):
        return True
    line = state.lines[index]
    return kind is Kind.TEXT and (line.bullet or len(line.text.split()) <= _HEADLINE_WORDS)


def region_end(state: LineState, begin: int, blocks: list[Block]) -> int:
    """Where the article's text ends: the first footer label, another info block, or a
    headline list's heading after `begin`."""
    starts = {b.start for b in blocks}
    for i in range(begin, len(state.kinds)):
        kind = state.kinds[i]
        if kind in FOOTER_KINDS or kind is Kind.LISTING_HEADING or i in starts:
            return i
    return len(state.kinds)


def _first_footer(kinds: Sequence[Kind], begin: int) -> int:
    return next((i for i in range(begin, len(kinds)) if kinds[i] in FOOTER_KINDS), len(kinds))
