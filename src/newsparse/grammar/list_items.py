"""Which of the page's blocks of dates are a headline list's items: printed alike under
their headlines back to the list's heading, or shaped as a headline's beside the article's
own block."""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING, Final

from newsparse.grammar import labels as L
from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.shapes import is_short_form, norm
from newsparse.grammar.state import FOOTER_KINDS, TOP_BOUNDARIES, Kind, LineState

if TYPE_CHECKING:
    from newsparse.grammar.blocks import Block

# The lines below a block where the title's copies stand.
_COPY_REACH: Final = 12
# A view count alone on its line, under a list item's headline and date.
_COUNT: Final = lazy_pattern(L.NUMBER)


def listed_blocks(state: LineState, blocks: list[Block]) -> list[bool]:
    """Whether each block is a headline list's item."""
    shaped = sum(block.headline_shaped for block in blocks)
    by_end = {block.end: block for block in blocks}

    def listed(number: int, block: Block) -> bool:
        if not block.headline_shaped:
            # A list's last item, alike the ones above it back to the list's heading, though
            # the article's text runs on after it (its own info block printed where no rule
            # reads it); the article's block under its title has the title's copies below.
            return (
                block.no_code_or_study_time
                and bool(_items_under_listing_heading(state, block, by_end))
                and not _headline_printed_again(state, block)
            )
        items = _items_under_listing_heading(state, block, by_end)
        # Alone, a block under a list's heading is an item when items stand above it (the
        # article's block may stand right under the last headline of a list), or when
        # another list's items show what it shows (a date with its time and a count is not
        # alike a box's bare dates).
        alike = any(
            other is not block and other.headline_shaped and _signature(other) == _signature(block)
            for other in blocks
        )
        if items is not None and (items > 0 or alike):
            # Unless its headline is the CMS's short title of a title printed below it (a
            # paste of the article's block right under a most-viewed box).
            return not _headline_printed_again(state, block, short=True)
        # The date bullets right above a title whose study time and code stand below it,
        # unless the block repeats the one before it (a list's last item: its headline
        # bulleted above).
        return shaped > 1 and (
            not _next_to_strong(state, blocks, number)
            or (number > 0 and _same_item(state, blocks[number - 1], block))
            or (number > 1 and _third_item(state, blocks[number - 2 : number + 1]))
        )

    found = [listed(number, block) for number, block in enumerate(blocks)]
    # A list's first item, right under its heading, alike the next item right under it.
    for number, (block, after) in enumerate(pairwise(blocks)):
        if (
            not found[number]
            and found[number + 1]
            and after.start == block.end + 1
            and block.no_code_or_study_time
            and _items_under_listing_heading(state, block, by_end) == 0
            and _alike(state, block, after)
        ):
            found[number] = True
    return found


def _same_item(state: LineState, earlier: Block, block: Block) -> bool:
    """Whether a headline-shaped block is printed as the one before it, item for item: the
    same info, each under a bulleted headline, bulleted alike (the article's bullets under
    a box of links are bulleted apart from the items' dates)."""
    return (
        earlier.headline_shaped
        and earlier.start > 0
        and block.start > 0
        and state.lines[block.start - 1].bullet
        and state.kinds[block.start - 1] is Kind.TEXT
        and _alike(state, earlier, block)
    )


def _third_item(state: LineState, run: list[Block]) -> bool:
    """Whether a block ends a run of three shaped alike, each under one line of text: a
    list's last item (a paste drops the headlines' bullets), though the article's own
    block follows it."""
    return all(block.headline_shaped for block in run) and all(
        _signature(earlier) == _signature(block)
        and state.kinds[earlier.end : block.start] == [Kind.TEXT]
        and _bullets(state, earlier) == _bullets(state, block)
        for earlier, block in pairwise(run)
    )


def _items_under_listing_heading(
    state: LineState, block: Block, by_end: dict[int, Block]
) -> int | None:
    """How many items stand between a block and a list's heading (`Latest news`), when it
    ends a run of items that goes back to one with nothing else between, else None. Each
    item is one line of text and a date, printed alike (the article's block under its title
    is bulleted apart from them); an item a tool ran into one line with its date (its count
    under it) is one too. `by_end` holds the page's blocks by the line they end at."""
    head = block.start - 1
    if head < 1 or state.kinds[head] is not Kind.TEXT:
        return None
    items = 0
    while head >= 1:
        if state.kinds[head - 1] is Kind.LISTING_HEADING:
            return items
        item = by_end.get(head)
        if item is not None and item.no_code_or_study_time:
            if item.start < 1 or state.kinds[item.start - 1] is not Kind.TEXT:
                return None
            if not _alike(state, item, block):
                return None
            head = item.start - 1
        else:
            listed = _item_line_above(state, head, block)
            if listed is None:
                return None
            head = listed
        items += 1
    return None


def _headline_printed_again(state: LineState, block: Block, *, short: bool = False) -> bool:
    """Whether the line above a block is printed again within a few lines below it: the
    article's title and its copies, not a list item's headline; with `short`, only as the
    CMS's short form of a title printed below."""
    above = state.lines[block.start - 1].key
    stop = min(len(state.lines), block.end + _COPY_REACH)
    if short:
        return any(is_short_form(above, state.lines[i].key) for i in range(block.end, stop))
    headline = norm(above)
    return any(norm(state.lines[i].key) == headline for i in range(block.end, stop))


def _item_line_above(state: LineState, head: int, block: Block) -> int | None:
    """The list item run into one line with its date right above a headline (its count
    alone under it), bulleted as the headline is, the block's date under it unbulleted."""
    at = head - 1
    if at >= 1 and state.kinds[at] is Kind.TEXT and _COUNT().fullmatch(state.lines[at].key):
        at -= 1
    lines = state.lines
    listed = (
        state.kinds[at] is Kind.LISTING_ITEM
        and lines[at].bullet == lines[head].bullet
        and not lines[block.start].bullet
    )
    return at if listed else None


def _alike(state: LineState, item: Block, block: Block) -> bool:
    """Whether two blocks show the same info, bulleted alike under their headlines."""
    return _signature(item) == _signature(block) and _bullets(state, item) == _bullets(state, block)


def _bullets(state: LineState, block: Block) -> tuple[bool, bool]:
    """Whether the line above a block and the block's first line are bulleted: a list's
    items are printed alike, the article's block otherwise."""
    return state.lines[block.start - 1].bullet, state.lines[block.start].bullet


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
    # A bare date under a bulleted headline, itself unbulleted: a list's item.
    date, at = other.date, other.start
    if (
        date is not None
        and date.time is None
        and at
        and state.lines[at - 1].bullet
        and not state.lines[at].bullet
    ):
        return False
    first, second = sorted((block, other), key=lambda b: b.start)
    between = state.kinds[first.end : second.start]
    # (A title's copies count once: a gallery beside the head prints one under each picture.)
    lines = state.lines[first.end : second.start]
    texts = len({line.key for line, kind in zip(lines, between, strict=True) if kind is Kind.TEXT})
    apart = any(kind in FOOTER_KINDS or kind in TOP_BOUNDARIES for kind in between)
    # A kicker and a title stand between them; with nothing between, it is a list's item
    # run straight on into the article's bullets.
    return 1 <= texts <= _COMPANION_GAP and not apart
