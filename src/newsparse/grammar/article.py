"""Normalized lines to a Record: the rules give each line its kind, the evidence finds the
article's info block and its title, and what lies between them and the footer is the body.

The page, top to bottom: chrome and capture date; optional short and full title; the
info bullets (date, views, study time); kicker; title and its copies; lead and body;
the footer (news group, news code, comments, captcha, copyright). Any part may be
missing, and menus, notices and headline lists may stand before, between or after.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from newsparse.errors import NotACapture
from newsparse.grammar import weights as W
from newsparse.grammar.block_fields import take_block
from newsparse.grammar.blocks import Block, info_blocks
from newsparse.grammar.body import kicker_and_body
from newsparse.grammar.body_checks import run_together, short_body
from newsparse.grammar.captions import settle_captions
from newsparse.grammar.comment_forms import settle_comment_forms
from newsparse.grammar.copies import (
    COPIES_RUN_ON_WORDS,
    copies_run_on,
    joined_copies,
    kicker_run_on,
    run_into,
    split_at,
    split_copies,
)
from newsparse.grammar.embedded_posts import settle_embedded_posts
from newsparse.grammar.extent import closing_end, prose_above, region_end, region_start
from newsparse.grammar.footer_lines import footer_run_on
from newsparse.grammar.label_lines import label_lines
from newsparse.grammar.lines import Line
from newsparse.grammar.locate import article_block
from newsparse.grammar.page_facts import missing, page_language, page_layout
from newsparse.grammar.polls import settle_polls
from newsparse.grammar.promos import settle_promos
from newsparse.grammar.pull_quotes import without_pull_quotes
from newsparse.grammar.rules import classify
from newsparse.grammar.series import settle_series
from newsparse.grammar.settle import settle_interleaved_listings
from newsparse.grammar.settle_boxes import settle_link_boxes, settle_sign_up_boxes
from newsparse.grammar.settle_items import settle_listing_items, settle_wrapped_dates
from newsparse.grammar.shapes import norm, words_of
from newsparse.grammar.site import is_news_page, is_site_capture
from newsparse.grammar.state import FOOTER_KINDS, Fields, Kind, LineState
from newsparse.grammar.texts import header_over_listing, kicker_over_listing, texts, texts_below
from newsparse.grammar.title import TitleChoice, choose_title
from newsparse.grammar.title_hints import TitleHints, slug_words
from newsparse.record import Format, Language, Record

# At most this many text lines above the info block can belong to the article.
_MAX_HEADER_TEXT_LINES: Final = 6
# Words run on after the kicker and the title where a tool ran a cell together: over a lead.
_FLATTENED_WORDS: Final = 100
# Title copies stand among this many lines below the info block.
_COPY_LINES: Final = 8


@dataclass(frozen=True, slots=True)
class Hints:
    """What the format reader knows besides the lines."""

    source: str = "-"
    format: Format = "text"
    url: str | None = None
    language: Language | None = None
    warnings: tuple[str, ...] = ()
    news_code: int | None = None
    # og:title, <title> without the site name, JSON-LD headline, <h1>: the head's titles.
    head_titles: tuple[str, ...] = ()
    site_name: str | None = None
    # The page's address printed in its text (a print version's `News URL : ...`).
    printed_url: str | None = None
    # How many of the head's titles its tags for the article state (og:title, JSON-LD), and
    # the head states in all (`<title>` too); the rest are `<h1>`s.
    stated_titles: tuple[int, int] = (0, 0)
    # The tool ran a table cell's paragraphs together (html2text, before a table's head).
    run_together: bool = False
    # The openings of paragraphs printed in a layout table's row, which html2text runs
    # into one: a body paragraph holding one is such a run.
    cell_openings: tuple[str, ...] = ()


def parse_lines(lines: Sequence[Line], hints: Hints) -> Record:
    """The record of a capture's normalized lines; NotACapture if it shows no site marker."""
    state = classify(label_lines(lines))
    settle_listing_items(state)
    settle_wrapped_dates(state)
    settle_link_boxes(state)
    settle_interleaved_listings(state)
    settle_polls(state)
    settle_sign_up_boxes(state)
    settle_promos(state)
    settle_series(state)
    settle_comment_forms(state)
    settle_embedded_posts(state)
    settle_captions(state, alts=hints.format != "html")
    fields = state.fields
    blocks = info_blocks(state)
    block, close_call = article_block(state, blocks, _near_head_title(state, hints.head_titles))
    # A lone date among headlines is a listing's however it scored (a capture cut short);
    # so is a list's last item the capture ends with, nothing of the article's after it.
    if block is not None and block.listing and (not _shows_info(block) or _last(state, block)):
        block, close_call = None, False
    warnings = [*hints.warnings, *take_block(state, block, blocks)]
    if close_call:
        warnings.append("info block uncertain: a block with another date scores nearly as high")
    warnings += _news_code(fields, hints.news_code)
    article_info = block is not None and not block.listing and _shows_info(block)
    # The page's address, or the one its copy prints (a print or read-later copy): no home page.
    news_url = (hints.url or hints.printed_url) if hints.news_code is not None else None
    if not is_site_capture(state, article_info, news_url, hints.site_name):
        raise NotACapture()
    pre, post = _article_lines(state, block, blocks)
    if fields.breadcrumb_title:
        pre, post = split_at(pre, fields.breadcrumb_title), split_at(post, fields.breadcrumb_title)
    opening = block.infos[0] if block is not None and block.infos else None
    # (Not bmn's row of labels, `Publish date : ... | Code : 87`: it stands anywhere.)
    under_title = opening is not None and (
        opening.study_minutes is not None
        or (opening.news_code is not None and not opening.labelled_date)
    )
    # (Not the site's name, a page's <title> alone may be: the owner its copyright names.)
    owner = norm(fields.publisher or "")
    heads = tuple(head for head in hints.head_titles if norm(head) != owner)
    stated = tuple(head for head in hints.head_titles[: hints.stated_titles[1]] if head in heads)
    title_hints = TitleHints(
        heads,
        fields.breadcrumb_title,
        slug_words(hints.url),
        under_title,
        stated,
        hints.stated_titles[0],
    )
    choice = choose_title(pre, post, title_hints)
    if choice.title is None and run_into(post, fields.breadcrumb_title):
        # The breadcrumb's title, run into a line with the kicker and the text (html2text
        # runs a table cell together): no line of its own stands for it.
        choice = TitleChoice(fields.breadcrumb_title, confirmed=True)
    # A tool that ran the kicker, the title and a long text onto one line (html2text runs a
    # table cell together) ran the article's paragraphs together too; so did one that ran
    # the title's copies into more than a lead, as it printed its lines.
    flattened = run_into(post, choice.title, _FLATTENED_WORDS) or footer_run_on(lines)
    flattened = flattened or hints.run_together
    flattened = flattened or any(
        copies_run_on(found, choice.title, COPIES_RUN_ON_WORDS) for found in (lines, state.lines)
    )
    ends_inside = state.fields.publisher is None and not state.seen(*FOOTER_KINDS)
    whole = hints.format == "html"  # (its lines the page's paragraphs, each whole)
    kicker, body = kicker_and_body(pre, post, choice.title, cut=ends_inside, paragraphs=whole)
    if (unopened := kicker_run_on(body, kicker)) is not None:
        body, flattened = unopened, True  # the kicker's copy run into the lead
    paragraphs = tuple(line.text for line in without_pull_quotes(body))
    # The text all on that line, a short one: the cell's paragraphs are there, run together.
    flattened = flattened or (
        len(paragraphs) == 1 and run_into(post, choice.title, COPIES_RUN_ON_WORDS)
    )
    flattened = flattened or _in_a_cell(paragraphs, hints.cell_openings)
    word_count = sum(len(paragraph.split()) for paragraph in paragraphs)
    if not is_news_page(state, word_count, hints.news_code is not None):
        raise NotACapture()
    # A dated block over the text is no old-portal footer line.
    dated_above = (
        block is not None and block.date is not None and block.words_after > block.words_before
    )
    layout = page_layout(state, article_info, hints.url or hints.printed_url, dated_above)
    warnings += [*fields.warnings, *_title_warnings(choice)]
    short = short_body(word_count, fields.study_minutes)
    warnings += [w for w in (short, run_together(paragraphs, flattened=flattened)) if w]
    warnings += missing(state, choice.title, layout, bool(paragraphs))
    return Record(
        source=hints.source,
        format=hints.format,
        language=page_language(fields, hints.language, choice.title, paragraphs),
        layout=layout,
        url=hints.url,
        news_code=fields.news_code,
        kicker=kicker,
        title=choice.title,
        published=fields.published.iso() if fields.published else None,
        captured_on=fields.captured_on.day.isoformat() if fields.captured_on else None,
        views=fields.views,
        study_minutes=fields.study_minutes,
        categories=tuple(fields.categories),
        comment_count=fields.comment_count,
        body=paragraphs,
        word_count=word_count,
        publisher=fields.publisher,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _last(state: LineState, block: Block) -> bool:
    """Whether no text or footer label stands below a block: the capture ends with it."""
    return all(kind in _NOT_THE_ARTICLES for kind in state.kinds[block.end :])


_NOT_THE_ARTICLES: Final = frozenset(
    {Kind.CHROME, Kind.NOTICE, Kind.LISTING_HEADING, Kind.LISTING_ITEM}
)


def _shows_info(block: Block) -> bool:
    """The article's info block proper: a dated time with a count or a study time, or labels."""
    date = block.date
    counted = block.first("views") is not None or block.first("study_minutes") is not None
    timed = date is not None and date.time is not None
    return (timed and counted) or block.first("study_minutes") is not None or block.portal


def _near_head_title(state: LineState, head_titles: tuple[str, ...]):  # type: ignore[no-untyped-def]
    heads = {norm(title) for title in head_titles}
    # The lines that are the head's title, found once for every block asked about.
    titled = [i for i, line in enumerate(state.lines) if heads and norm(line.text) in heads]

    def near(block: Block) -> bool:
        return any(
            block.start - W.TITLE_NEAR_LINES <= i < block.end + W.TITLE_NEAR_LINES for i in titled
        )

    return near


def _news_code(fields: Fields, from_url: int | None) -> list[str]:
    """The news code the page shows, else the URL's id; a warning when the two differ."""
    if fields.news_code is None:
        fields.news_code = from_url
    elif from_url is not None and from_url != fields.news_code:
        return [f"news code uncertain: the page says {fields.news_code}, its URL {from_url}"]
    return []


def _article_lines(
    state: LineState, block: Block | None, blocks: list[Block]
) -> tuple[list[Line], list[Line]]:
    """The text lines above the article's info block, and those below it up to the footer;
    for a block that closes the article (old portal, bmn), the text above it only."""
    start = region_start(state, block, blocks)
    if block is None:
        # No info block: menus are chrome wherever they stand.
        return [], texts(state, start, region_end(state, start, blocks), blocks, drop_menus=True)
    closing_at = closing_end(state, block, start)
    closing = closing_at is not None
    end = block.start if closing_at is None else closing_at
    if end < block.start:
        start = region_start(state, block, blocks, limit=end)
    # The old portal's footer line closes the text above it, unless only the text below it
    # reads as an article; with none on either side, the links below it are no body.
    before, after = block.words_before >= W.PROSE_WORDS, block.words_after >= W.PROSE_WORDS
    portal = closing and (end < block.start or (block.portal and (before or not after)))
    # bmn's labelled date closes the text far longer than the boxes under it (`Open calls`).
    dated = closing and prose_above(block, blocks) and not block.portal and block.labelled_date
    closes = portal or dated or (before and not after)
    # Nothing at all below: a closing block's text stands above it (a cut under bullets: none).
    if closes or (block.footer_after and not block.words_after and block.closing_shaped):
        found = texts(state, start, end, blocks, drop_menus=True, to_prose=True)
        return [], kicker_over_listing(state, start) + joined_copies(found, found[:_COPY_LINES])
    above = texts(state, start, block.start, blocks, drop_menus=True, block_above=True)
    above = above[-_MAX_HEADER_TEXT_LINES:]
    below = texts_below(state, block.end, blocks)
    above = above or header_over_listing(state, block.start, below)
    near = above + below[:_COPY_LINES]
    return split_copies(joined_copies(above, near), joined_copies(below, near))


def _title_warnings(choice: TitleChoice) -> list[str]:
    """What the title choice leaves in doubt."""
    if choice.title is None:
        return []
    if choice.from_head:
        return ["title uncertain: taken from the HTML head, not found on the page"]
    if choice.rival is not None:
        return [f"title uncertain: two candidates, {choice.title!r} and {choice.rival!r}"]
    if not choice.confirmed:
        return ["title uncertain: found neither in a copy on the page nor in the HTML head"]
    return []


def _in_a_cell(paragraphs: tuple[str, ...], openings: tuple[str, ...]) -> bool:
    """Whether a body paragraph holds the opening of a table cell's run-together text."""
    if not openings:
        return False
    texts = [f" {' '.join(words_of(paragraph))} " for paragraph in paragraphs]
    return any(f" {opening} " in text for opening in openings for text in texts)
