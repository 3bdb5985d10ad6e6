"""The article's info block among the page's blocks of dates and counts, chosen by weighed
evidence.

A page may show several blocks of dates and counts: the article's info bullets, the old
portal's footer line, bmn's labelled footer, and the items of "Most viewed" or "Latest
news" lists, which a table layout or a text browser may print before the article. Each
block is scored by what only the article's has (a study time, a news code, prose beside
it); a date between short headlines is a listing, not the article's date. Where the text
around the block lies is `extent`'s job; the blocks and their measures are `blocks`'s.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, NamedTuple

from newsparse.grammar import weights as W
from newsparse.grammar.blocks import Block
from newsparse.grammar.state import FOOTER_KINDS, LineState


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


def _in_prose(block: Block) -> int:
    # A date with no time or count between paragraphs (`Date: Thursday, 12 March 2020`
    # in an event's lines): the text's own, as the article's block has text on one side.
    date = block.date
    lone = len(block.infos) == 1 and date is not None and date.time is None
    inside = min(block.words_before, block.words_after) >= W.PROSE_WORDS
    return W.BLOCK_IN_PROSE if lone and inside and block.first("views") is None else 0


BLOCK_EVIDENCE: Final[tuple[Callable[[Block], int], ...]] = (
    _study,
    _news_code,
    _portal,
    _labelled,
    _dated,
    _views,
    _next_to_prose,
    _listing,
    _in_prose,
)


class BlockChoice(NamedTuple):
    """The article's block, and whether a block dated otherwise scored nearly as high."""

    block: Block | None
    close_call: bool = False


def article_block(
    state: LineState, blocks: list[Block], near_title: Callable[[Block], bool]
) -> BlockChoice:
    """The block the evidence says is the article's (None if the page shows none), and
    whether the evidence barely tells it from a block with another date."""
    if not blocks:
        return BlockChoice(None)
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
    best = max(reversed(blocks), key=score)
    day = best.date.day if best.date is not None else None
    rivals = (b for b in blocks if b.date is not None and day is not None and b.date.day != day)
    rival = max(map(score, rivals), default=None)
    return BlockChoice(best, rival is not None and score(best) - rival <= W.BLOCK_CLOSE_CALL)
