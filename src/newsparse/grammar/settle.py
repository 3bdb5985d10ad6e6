"""A headline list set inside the article or under its head, settled before blocks are
made: chrome, dates and all, so the body goes on around it. Its items and heading are told
in `settle_items`; the boxes of other kinds set inside an article in `settle_boxes`."""

from __future__ import annotations

from typing import Final

from newsparse.grammar import box_words as B
from newsparse.grammar import weights as W
from newsparse.grammar.extent import DATED, HEADLINE_WORDS
from newsparse.grammar.settle_items import SENTENCE_ENDS
from newsparse.grammar.state import FOOTER_KINDS, Info, Kind, LineState

# A paragraph either side of a side column printed inside the article's text.
_SENTENCE_WORDS: Final = 15


def settle_interleaved_listings(state: LineState) -> None:
    """A headline list a text browser printed inside the article (its side column beside
    the body, read first), or the page set between paragraphs or under the article's
    head: paragraphs (or its block, or the title's copies) stand right above it,
    paragraphs right below it, and the footer is still to come. It is chrome, dates and
    all, so the body goes on."""
    kinds, lines = state.kinds, state.lines
    for heading in [i for i, kind in enumerate(kinds) if kind is Kind.LISTING_HEADING]:
        if kinds[heading] is not Kind.LISTING_HEADING or heading == 0:
            continue
        end = _items_end(state, heading + 1)
        above, below = heading - 1, end
        # Right under the article's block (its study time, its news code) or the title's
        # copies, the list stands between the article's head and its text.
        # Bars of buttons may stand between (a print bar, a font-size bar).
        top = above
        while top > 0 and kinds[top] is Kind.CHROME:
            top -= 1
        under_head = (
            (kinds[top] is Kind.INFO and _articles(state.info.get(top)))
            or (
                above > 0
                and kinds[above] is kinds[above - 1] is Kind.TEXT
                and lines[above].key == lines[above - 1].key
            )
            or _printed_again_below(state, top, end)
        )
        text_above = kinds[above] is Kind.TEXT and (
            _text_above(state, above) or _under_article_text(state, heading)
        )
        if not (
            below < len(kinds)
            and kinds[below] in (Kind.TEXT, Kind.CHROME)
            and (text_above or under_head)
            and _text_goes_on(state, below)
            and any(kinds[i] in FOOTER_KINDS for i in range(below, len(kinds)))
            and any(
                kinds[i] is Kind.INFO or B.is_item(lines[i].key) for i in range(heading + 1, end)
            )
            and not any(_articles(state.info.get(i)) for i in range(heading, end))
        ):
            continue
        for i in range(heading, end):
            kinds[i] = Kind.CHROME


# The items of the article's list that may stand between its lead-in and a list set
# inside the article.
_LIST_ITEMS: Final = 12


def _text_above(state: LineState, at: int) -> bool:
    """A paragraph, or a whole sentence however short (an interview's question), at line
    `at`; or the article's bulleted list there, under such a sentence (its lead-in)."""
    lines, kinds = state.lines, state.kinds
    top = at
    while top > 0 and at - top < _LIST_ITEMS and lines[top].bullet and kinds[top] is Kind.TEXT:
        top -= 1
    text = lines[top].text
    return (
        kinds[top] is Kind.TEXT
        and not (top < at and lines[top].bullet)
        and (len(text.split()) >= _SENTENCE_WORDS or text.endswith(SENTENCE_ENDS))
    )


def _printed_again_below(state: LineState, above: int, end: int) -> bool:
    """Whether the text line right above a list is printed again right under it, only
    chrome between: the title and its copy, a side column printed between them."""
    if state.kinds[above] is not Kind.TEXT:
        return False
    key = state.lines[above].key
    for i in range(end, min(len(state.kinds), end + _CHROME_BETWEEN)):
        if state.kinds[i] is Kind.TEXT:
            return state.lines[i].key == key
        if state.kinds[i] not in _SIDE_KINDS:
            return False
    return False


# What a side column holds besides its lists, and how many such lines it may run to.
_SIDE_KINDS: Final = frozenset({Kind.CHROME, Kind.LISTING_HEADING, Kind.LISTING_ITEM, Kind.INFO})
_CHROME_BETWEEN: Final = 16


def _under_article_text(state: LineState, heading: int) -> bool:
    """Whether paragraphs stand between the article's block (its study time, its news
    code) and line `heading`, with no footer label or other list between: the line right
    above the list may then be short (an event's `Registration: free` line)."""
    prose = False
    for i in range(heading - 1, -1, -1):
        kind = state.kinds[i]
        if kind in FOOTER_KINDS or kind is Kind.LISTING_HEADING:
            return False
        info = state.info.get(i) if kind is Kind.INFO else None
        if info is not None and (info.study_minutes is not None or info.news_code is not None):
            return prose
        prose = prose or (kind is Kind.TEXT and _paragraph(state.lines[i].text))
    return False


def _text_goes_on(state: LineState, at: int) -> bool:
    """A paragraph at line `at` or further on before the footer: the article's text goes
    on under the list (after a subheading, an interview's question, a list's lead-in)."""
    for i in range(at, len(state.kinds)):
        if state.kinds[i] in FOOTER_KINDS:
            return False
        if state.kinds[i] is Kind.TEXT and _paragraph(state.lines[i].text):
            return True
    return False


def _paragraph(text: str) -> bool:
    """A paragraph of prose: long, or a whole sentence of some length."""
    words = len(text.split())
    return words >= W.PROSE_WORDS or (words >= _SENTENCE_WORDS and text.endswith(SENTENCE_ENDS))


# An item's date line with words of its own (`1403/08/15 | ۲۲ تصویر`) is this short.
_ITEM_DATE_WORDS: Final = 6


def _item_date(state: LineState, index: int) -> bool:
    """A short text line that holds a date: an item's date with a count the rules do not
    read (a photo report's number of pictures)."""
    line = state.lines[index]
    return (
        state.kinds[index] is Kind.TEXT
        and len(line.text.split()) <= _ITEM_DATE_WORDS
        and B.is_item(line.key)
    )


# What ends a line leading into the article's lines (a list, an event's details), never a
# headline (which may end with a full stop).
_NO_HEADLINE: Final = (":", "：")


def _counted_again(state: LineState, index: int) -> bool:
    """Whether line `index` is a headline with its date or count, short, ending as no
    line of the text does."""
    if index >= len(state.kinds) or state.kinds[index] is not Kind.TEXT:
        return False
    line = state.lines[index]
    return (
        len(line.text.split()) <= HEADLINE_WORDS
        and not line.text.endswith(_NO_HEADLINE)
        and B.is_item(line.key)
    )


def _items_end(state: LineState, start: int) -> int:
    """Where a headline list's items end: each is a headline with its date and count on
    the lines below, or run into it; another list's heading may follow. Dated lines with
    no headline above them (the article's own bullets) are no item."""
    kinds, lines = state.kinds, state.lines
    at = start
    while at < len(kinds):
        if kinds[at] is Kind.LISTING_HEADING:
            at += 1
            continue
        if kinds[at] not in (Kind.TEXT, Kind.LISTING_ITEM):
            break
        if len(lines[at].text.split()) > HEADLINE_WORDS or lines[at].text.endswith(_NO_HEADLINE):
            break  # a paragraph, or a line leading into the article's lines
        dated = at + 1
        # An item's unbulleted date and count run on into the article's bulleted info: the
        # item ends where the bullets start.
        while (
            dated < len(kinds)
            and (kinds[dated] in DATED or _item_date(state, dated))
            and not (dated > at + 1 and lines[dated].bullet and not lines[dated - 1].bullet)
        ):
            dated += 1
        if dated == at + 1 and not B.is_item(lines[at].key):
            # A headline, then the headline again with its count (alt text, caption).
            if not _counted_again(state, at + 1):
                break
            dated += 1
        at = dated
    return at


def _articles(info: Info | None) -> bool:
    """Info only the article's block shows: a study time, a news code, a label."""
    return info is not None and (
        info.study_minutes is not None
        or info.news_code is not None
        or info.labelled_date
        or info.labelled_views
    )
