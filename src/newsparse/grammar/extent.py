"""Where the article's text lies around its info block: below the last boundary above it,
up to the first footer label, or above a block that closes the article (the old portal's
footer line, bmn's labels); a headline list right above that block."""

from __future__ import annotations

from typing import Final

from newsparse.grammar import notice_words as N
from newsparse.grammar import weights as W
from newsparse.grammar.blocks import Block, first_footer, said_again
from newsparse.grammar.dates import date_shaped
from newsparse.grammar.state import FOOTER_KINDS, TOP_BOUNDARIES, Kind, LineState


def region_start(
    state: LineState, block: Block | None, blocks: list[Block], limit: int | None = None
) -> int:
    """The first line the article's text may take: below the last boundary above it (a
    capture date, a breadcrumb, a notice, a headline list), or above `limit`."""
    if limit is None:
        limit = block.start if block is not None else first_footer(state.kinds, 0)
    start = 0
    prose = False  # a paragraph stands since the last boundary
    for i in range(limit):
        kind = state.kinds[i]
        if kind is Kind.NOTICE and (
            prose or i == limit - 1 or N.media_fallback(state.lines[i].key)
        ):
            # A notice between paragraphs (a video's fallback text) is the article's, and
            # so is one right above its block (a script's fallback at the body's end), and a
            # player's fallback wherever it stands (between the title and its copy).
            continue
        if kind in TOP_BOUNDARIES and not (prose and state.names_box(i)):
            # (A box named for what it holds, under a paragraph, ends the text, and lies
            # below it: the text is the one above it, not the box's.)
            start, prose = i + 1, False
        elif kind is Kind.TEXT and not prose:
            prose = len(state.lines[i].text.split()) >= W.PROSE_WORDS
    for other in blocks:
        # (Not the article's date and count said again: the old portal's, under the title.)
        boundary = not date_in_prose(other) and not said_again(other, block)
        if other is not block and other.end <= limit and boundary:
            start = max(start, other.end)
    return start


def date_in_prose(block: Block) -> bool:
    """A date alone, with no time or count, under paragraphs and with text or the footer
    below it (a quoted post's date, a dateline, an event's `Date: Sunday, 12 May 2024`, the
    date under a letter's signature): the article's text, no boundary of it."""
    date = block.date
    return (
        len(block.infos) == 1
        and date is not None
        and date.time is None
        and block.first("views") is None
        and not (block.listing or block.portal)
        and block.words_before >= W.PROSE_WORDS
        and (block.words_after > 0 or block.footer_after)
    )


def prose_above(block: Block, blocks: list[Block]) -> bool:
    """Whether a paragraph's words stand above a block, or a date alone in the text does,
    prose above it in turn (a deadline's `Apr 30 2020` under its label)."""
    at = blocks.index(block)
    return block.words_before >= W.PROSE_WORDS or (at > 0 and date_in_prose(blocks[at - 1]))


def listing_above(state: LineState, end: int) -> int:
    """Where a headline list standing right above line `end` begins (its heading), or `end`
    when none does: the old portal sets "Related news" between the body and its footer."""
    named = _named_box_above(state, end)
    if named is not None:
        return named
    index = end - 1
    while index >= 0 and state.kinds[index] is Kind.CHROME:
        index -= 1
    # Its last item ends in its date or count: short text right above is the article's,
    # unless a list's heading stands right above a few headlines (a related list undated).
    if index < 0 or not _dated(state, index):
        return _undated_listing_above(state, index, end)
    while index >= 0 and list_line(state, index):
        index -= 1
    return index if index >= 0 and state.kinds[index] is Kind.LISTING_HEADING else end


def _named_box_above(state: LineState, end: int) -> int | None:
    """The heading of a box named for what it holds (`About the writer`, `Careers board`)
    a few lines above line `end`, or the first of such boxes one over another: what stands
    under it is the box's, sentences and all."""
    found, bottom, words = None, end, 0
    for at in range(end - 1, -1, -1):
        kind = state.kinds[at]
        # (A box told as chrome, its heading and items, where text goes on under it.)
        if state.names_box(at):
            found, bottom, words = at, at, 0
        elif kind not in (Kind.TEXT, Kind.CHROME, Kind.LISTING_ITEM) or bottom - at > _BOX_LINES:
            break
        elif kind is Kind.TEXT:
            words += len(state.lines[at].text.split())
            if words >= W.PROSE_WORDS:
                break  # the article's text: a box named above it is over it, not under
    return found if found is None else _photo_over(state, found)


def _photo_over(state: LineState, heading: int) -> int:
    """The line over a box's heading where it is the box's photo's alt text (the writer's
    name over `About the writer`, the name again under it, or a line opening with it), or
    the heading."""
    above = heading - 1
    if above < 0 or state.kinds[above] is not Kind.TEXT:
        return heading
    name = state.lines[above].key
    below = range(heading + 1, min(heading + 1 + _ALT_BELOW, len(state.lines)))
    named = (state.lines[i].key for i in below)
    return above if any(key == name or key.startswith(f"{name} ") for key in named) else heading


# The box's photo's alt text names what a line a little under its heading names again.
_ALT_BELOW: Final = 2
# The most lines of the boxes under a named box's heading (an events calendar, a job board).
_BOX_LINES: Final = 12
# The most headlines of an undated list between its heading and what follows it.
_UNDATED_ITEMS: Final = 8


def _undated_listing_above(state: LineState, index: int, end: int) -> int:
    """Where an undated headline list right above line `index + 1` begins: its heading, a
    few headline-length lines below it; `end` when no heading stands there."""
    for at in range(index, max(-1, index - _UNDATED_ITEMS - 1), -1):
        if state.kinds[at] is Kind.LISTING_HEADING:
            return at if at < index else end
        line = state.lines[at]
        if state.kinds[at] is not Kind.TEXT or len(line.text.split()) > HEADLINE_WORDS:
            return end
        if line.text.endswith((".", "!", "؟", "?", ":")):
            return end  # a sentence: the article's own text
    return end


# The kinds of a headline list's date and count lines.
DATED: Final = frozenset({Kind.LISTING_ITEM, Kind.INFO, Kind.PORTAL_FOOTER})


def _dated(state: LineState, index: int) -> bool:
    """A list's date or count, or a headline ending in its date (`... in April 19/03/2019`)."""
    if state.kinds[index] in DATED:
        return True
    words = state.lines[index].key.split()
    return state.kinds[index] is Kind.TEXT and bool(words) and date_shaped(words[-1])


# A headline in a list is at most this many words.
HEADLINE_WORDS: Final = 20


def list_line(state: LineState, index: int) -> bool:
    """An item of a headline list, or a piece of one a tool broke off: a dated item, its
    date or count alone, a bulleted or headline-length text line, chrome."""
    kind = state.kinds[index]
    if kind in (Kind.LISTING_ITEM, Kind.CHROME, Kind.INFO, Kind.PORTAL_FOOTER):
        return True
    line = state.lines[index]
    return kind is Kind.TEXT and (line.bullet or len(line.text.split()) <= HEADLINE_WORDS)


def text_below(state: LineState, begin: int, blocks: list[Block]) -> tuple[int, int]:
    """Where the article's text lies below its block: from `begin` to the region's end; or
    past a dated headline list right under the block with no text above it (a box the page
    set beside the info block, which a copy prints between the block and the text)."""
    kinds = state.kinds
    end = region_end(state, begin, blocks)
    if end >= len(kinds) or kinds[end] is not Kind.LISTING_HEADING:
        return begin, end
    if any(kinds[i] is Kind.TEXT for i in range(begin, end)):
        return begin, end
    resume, dated = end + 1, False
    while resume < len(kinds) and list_line(state, resume):
        dated = dated or kinds[resume] in DATED
        resume += 1
    if not dated or resume >= len(kinds) or kinds[resume] is not Kind.TEXT:
        return begin, end
    return resume, region_end(state, resume, blocks)


def region_end(state: LineState, begin: int, blocks: list[Block]) -> int:
    """Where the article's text ends: the first footer label, another info block, or a
    headline list's heading after `begin`; a side column's list standing over the text is
    passed, its lines made chrome."""
    above = next((b for b in blocks if b.end == begin), None)
    own = {b.start for b in blocks if _code_under(b, begin) or said_again(b, above)}
    starts = {b.start for b in blocks if not date_in_prose(b)} - own
    skip_to = begin
    for i in range(begin, len(state.kinds)):
        kind = state.kinds[i]
        if i < skip_to:
            continue
        if kind is Kind.LISTING_HEADING and (text := _side_list_over_text(state, begin, i)):
            # Its headlines whose dates a tool set apart read as text: none is the article's.
            for line in range(i, text):
                if state.kinds[line] is Kind.TEXT:
                    state.kinds[line] = Kind.CHROME
            skip_to = text
            continue
        if kind in FOOTER_KINDS or kind is Kind.LISTING_HEADING or i in starts:
            named = _named_box_above(state, i)
            if named is None and state.names_box(i):
                named = _photo_over(state, i)
            return named if named is not None and named > begin else i
    return len(state.kinds)


def _side_list_over_text(state: LineState, begin: int, heading: int) -> int | None:
    """Where the article's text goes on under a headline list standing between the title's
    lines and it: no paragraph above the list since `begin`, paragraphs under its items
    before any footer label (a side column a text browser printed beside the text, read
    first); None where the list ends the text."""
    if _words(state, begin, heading) >= W.PROSE_WORDS:
        return None
    kinds, lines = state.kinds, state.lines
    paragraph = next(
        (
            i
            for i in range(heading + 1, len(kinds))
            if kinds[i] in _TEXT_ENDS
            or (kinds[i] is Kind.TEXT and len(lines[i].text.split()) >= _PARAGRAPH_WORDS)
        ),
        len(kinds),
    )
    if paragraph == len(kinds) or kinds[paragraph] is not Kind.TEXT:
        return None
    end = next((i for i in range(paragraph, len(kinds)) if kinds[i] in _TEXT_ENDS), len(kinds))
    return paragraph if _words(state, paragraph, end) >= W.PROSE_WORDS else None


def _words(state: LineState, start: int, end: int) -> int:
    return sum(
        len(state.lines[i].text.split()) for i in range(start, end) if state.kinds[i] is Kind.TEXT
    )


# A headline is shorter than this; a paragraph runs longer.
_PARAGRAPH_WORDS: Final = 20
_TEXT_ENDS: Final = FOOTER_KINDS | {Kind.LISTING_HEADING}


# The news code a Persian page prints under its title, apart from the date and counts
# above it (`کد خبر : ۲۳۱۷۰` under the byline): a few lines into the article at most.
_CODE_UNDER_LINES: Final = 6


def _code_under(block: Block, begin: int) -> bool:
    """Whether a block shows a news code alone, a few lines under where the text begins:
    the article's own, which ends none of its text (a headline's block shows a date)."""
    return (
        block.start - begin <= _CODE_UNDER_LINES
        and block.first("news_code") is not None
        and block.date is None
        and block.first("views") is None
    )


def closing_end(state: LineState, block: Block, start: int) -> int | None:
    """Where the article's text ends above an info block that closes it, or None for one
    that opens it. The old portal's footer line closes its article, whatever links follow
    it, and so does bmn's labelled footer with no text below it; a headline list may stand
    between."""
    labelled = block.labelled_date
    if labelled and block.in_footer:
        # bmn's labels under the comments: the text ends where the footer starts.
        return listing_above(state, first_footer(state.kinds, 0))
    closing = block.portal or (block.footer_after and block.words_after < W.PROSE_WORDS)
    # bmn's labelled date closes the text above it where far more text stands above than
    # below (the site's footer of links and counters).
    closing = closing or (
        labelled and block.words_before >= max(W.PROSE_WORDS, _LABELLED_SHARE * block.words_after)
    )
    if not closing:
        return None
    top = block.start
    # Its footer's other labels above it (`News group : ...` over `News code : ...`).
    while block.in_footer and top > 0 and state.kinds[top - 1] in FOOTER_KINDS:
        top -= 1
    return listing_above(state, _comments_over(state, start, top))


def _comments_over(state: LineState, start: int, end: int) -> int:
    """A comments heading between the text and the block that closes it (the old portal's
    `Comments` box over its footer line): the text ends there, with an article above it."""
    for i in range(start, end):
        if state.kinds[i] is Kind.COMMENT_COUNT and _words(state, start, i) >= W.PROSE_WORDS:
            return i
    return end


_LABELLED_SHARE: Final = 3
