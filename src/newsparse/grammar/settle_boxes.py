"""Boxes a CMS sets inside an article whose neighbours decide what they are: a box of links
with its items, a sign-up box with its buttons (a poll has `polls` of its own). Settled, as
`settle`'s lists, before blocks are made."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse.grammar import box_words as B
from newsparse.grammar import chrome_words as C
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.listing_headings import heading_key
from newsparse.grammar.names import is_signature
from newsparse.grammar.overlays import settle_overlays
from newsparse.grammar.settle_items import SENTENCE_ENDS
from newsparse.grammar.site import is_site_name
from newsparse.grammar.state import FOOTER_KINDS, Kind, LineState

_SIGN_UP_HEADINGS: Final = frozenset({"newsletter", "subscribe", "خبرنامه", "عضویت در خبرنامه"})

# Headings of a box of links to other sites, the site's services or its other news
# (casefolded, a ZWNJ as a space); over a bulleted list only (`See also: ...` is a line).
_LINK_BOX_HEADINGS: Final = frozenset(
    (
        "links",
        "useful links",
        "related links",
        "پیوندها",
        "پیوندهای مفید",
        "لینک های مفید",
        "سامانه ها",
        *B.READ_MORE_HEADINGS,
    )
)


def settle_link_boxes(state: LineState) -> None:
    """A box of links (`پیوندها`, `Useful links`): its heading, and the bulleted items
    under it, which a side column printed inside the article leaves where the body goes."""
    kinds, lines = state.kinds, state.lines
    for index, line in enumerate(lines):
        if kinds[index] not in _HEADING_KINDS or len(line.key) > _LINK_HEADING_MAX:
            continue
        folded = heading_key(line.key)
        # A headline list's heading over bulleted headlines with no dates is such a box too.
        tags = folded in _TAG_HEADINGS
        if (
            not tags
            and folded not in _LINK_BOX_HEADINGS
            and kinds[index] is not Kind.LISTING_HEADING
        ):
            continue
        below = index + 1
        # Its items: bulleted; or, for a box of links set between paragraphs (a copy may lose
        # its bullets), short lines that end as no sentence does (headlines).
        # (Not a menu's last item, `Links`, over the title: bulleted, or under other items.)
        bare = folded in _LINK_BOX_HEADINGS and index > 0 and kinds[index - 1] is Kind.TEXT
        bare = bare and not line.bullet and not _menu_items_above(lines, index)
        while (
            below < len(kinds)
            # (A tag the line rules took for chrome already, run on to its heading.)
            and (kinds[below] is Kind.TEXT or (tags and kinds[below] is Kind.CHROME))
            and below - index <= _LINK_ITEMS
            and (
                lines[below].bullet
                # (Under two items or more that show bullets, a bare line is the text's next
                # heading; under one, a copy may have lost the others' bullets.)
                or (bare and _headline(lines[below].text) and not _bulleted(lines, index, below))
                or (tags and _tag(lines[below].text))
            )
        ):
            below += 1
        # A headline list's items with dates, or with dates under them, are the lists'; the
        # article's footer right under the items dates none of them.
        dated = below < len(kinds) and kinds[below] not in _UNDATED_AFTER
        listing = not tags and (folded not in _LINK_BOX_HEADINGS or folded in B.READ_MORE_HEADINGS)
        if below == index + 1 or (listing and dated):
            continue
        # One term under the heading and its definition under it: a glossary the text
        # holds (`واژه‌های کلیدی` / `کیوبیت` / `واحد پایه ...`), not its tags.
        defined = below < len(kinds) and kinds[below] is Kind.TEXT
        if tags and below == index + 2 and defined and lines[below].text.endswith(_ENDS):
            continue
        kinds[index:below] = [Kind.CHROME] * (below - index)
    _settle_tag_row(state)
    _settle_site_names(state)
    _settle_cards_in_text(state)
    _settle_media_links(state)


# A box of links to the site's videos or podcasts, each item opening with what to do.
_MEDIA_LINK: Final = lazy_pattern(
    r"\s*(?:watch|listen|ببینید|بشنوید|تماشا کنید)\s*[:：]\s*\S", re.IGNORECASE
)


def _settle_media_links(state: LineState) -> None:
    """Two links or more in a row to the site's videos or podcasts (`Watch: ...`) and the
    box's short heading over them (`Videos`): a box's, no text of the article."""
    kinds, lines = state.kinds, state.lines
    index = 0
    while index < len(kinds):
        end = index
        while end < len(kinds) and kinds[end] is Kind.TEXT and _MEDIA_LINK().match(lines[end].key):
            end += 1
        if end - index < 2:
            index = end + 1
            continue
        above = index - 1
        if above >= 0 and kinds[above] is Kind.TEXT and len(lines[above].text.split()) <= 2:
            index = above  # its heading
        kinds[index:end] = [Kind.CHROME] * (end - index)
        index = end


# A related story's card set inside the text: its heading, a kicker and a title at most,
# then its date and count; the article's paragraphs go on under it.
_CARD_LINES: Final = 3
_CARD_INFO: Final = 2


def _card_line(text: str) -> bool:
    """A card's kicker or headline: a few words, no sentence (a kicker's colon at most)."""
    words = len(text.split())
    return (
        words <= _PARAGRAPH_WORDS
        and not text.endswith((".", "!", "؟", "?"))
        and (not text.endswith(":") or words <= _KICKER_WORDS)
    )


_KICKER_WORDS: Final = 6


def _settle_cards_in_text(state: LineState) -> None:
    """A related story's card between the article's paragraphs (`Related news` / kicker /
    title / date / count, then the text again, and the footer labels below): the card's
    lines are chrome, its date none of the article's, and the text runs on past it."""
    kinds, lines = state.kinds, state.lines
    for index, kind in enumerate(kinds):
        if kind is not Kind.LISTING_HEADING or not index or not _paragraph(lines[index - 1].text):
            continue
        end = index + 1
        while end < len(kinds) and end - index <= _CARD_LINES and kinds[end] is Kind.TEXT:
            end += 1
        if not all(_card_line(lines[i].text) for i in range(index + 1, end)):
            continue
        info = end
        while end < len(kinds) and end - info < _CARD_INFO and kinds[end] is Kind.INFO:
            end += 1
        footer = next((i for i in range(end, len(kinds)) if kinds[i] in FOOTER_KINDS), None)
        # One story's card: its date with a time, or its count, as a headline's item shows
        # them; no other item's date below it; and the text resuming under it.
        shown = any(
            (item := state.info.get(i)) is not None
            and (item.views is not None or (item.date is not None and item.date.time is not None))
            for i in range(info, end)
        )
        between = kinds[end : footer or end]
        prose = sum(_paragraph(lines[i].text) for i in range(end, footer or end))
        if end == info or footer is None or prose < 2 or Kind.INFO in between or not shown:
            continue
        kinds[index:end] = [Kind.CHROME] * (end - index)


def _settle_site_names(state: LineState) -> None:
    """A line that is the name of the site or a sister site alone, between paragraphs (a
    links box's item a side column printed there): never a paragraph of the article."""
    kinds, lines = state.kinds, state.lines
    prose = [i for i, kind in enumerate(kinds) if kind is Kind.TEXT and _paragraph(lines[i].text)]
    if len(prose) < 2:
        return
    paragraphs = set(prose)
    for index in range(prose[0] + 1, prose[-1]):
        text = lines[index].text
        # (Not `About the Iran National Science Foundation` over a paragraph: a press
        # release's note on who sent it, its heading the article's.)
        about = text.casefold().startswith(("about ", "درباره ")) and index + 1 in paragraphs
        if kinds[index] is Kind.TEXT and not (text.endswith(_ENDS) or about) and is_site_name(text):
            kinds[index] = Kind.CHROME


_PARAGRAPH_WORDS: Final = 15


def _paragraph(text: str) -> bool:
    return len(text.split()) >= _PARAGRAPH_WORDS


def _settle_tag_row(state: LineState) -> None:
    """A row of tags with no heading right above the news group (`نانو خوردگی آب شهری`): a
    few words that end no sentence, under a paragraph that ends one."""
    kinds, lines = state.kinds, state.lines
    at = next((i for i, kind in enumerate(kinds) if kind is Kind.NEWS_GROUP), 0)
    if at < 2 or kinds[at - 1] is not Kind.TEXT or kinds[at - 2] is not Kind.TEXT:
        return
    row, above = lines[at - 1], lines[at - 2].text
    words = row.text.split()
    if (
        not row.bullet
        and len(words) <= _TAG_ROW_WORDS
        and not row.text.endswith(_ENDS)
        and ":" not in row.text
        and row.text[:1] not in "*†("  # an author's footnote, a source in brackets
        and not is_byline(row.text)  # `Reporting by Sara Ahmadi` closing the text
        and not is_signature(row.text)  # a statement's signer, their post after a comma
        # (A phrase of words alone, a picture's caption with no credit: `Students at a fair`.)
        and not (
            _PHRASE_WORDS.intersection(map(str.casefold, words))
            and not any(c.isdigit() or c in "()[]" for c in row.text)
        )
        and above.endswith(SENTENCE_ENDS)
        and len(above.split()) >= _HEADLINE_WORDS
    ):
        kinds[at - 1] = Kind.CHROME


# Words that join a phrase, which a row of tags, names each on its own, holds none of.
_PHRASE_WORDS: Final = frozenset({"the", "in", "at", "on", "from", "with", "در", "از", "با"})
_LINK_HEADING_MAX: Final = 30
# A box of links lists a few items; a headline is a few words, with no ending.
_LINK_ITEMS: Final = 12
_HEADLINE_WORDS: Final = 12


_ENDS: Final = (*SENTENCE_ENDS, "：")


# A tag box's heading alone on its line, its tags under it (`Tags` / `perovskite` / ...).
_TAG_HEADINGS: Final = frozenset(heading_key(heading) for heading in C.TAG_HEADINGS)
_TAG_WORDS: Final = 6
_TAG_ROW_WORDS: Final = 8


def _tag(text: str) -> bool:
    return len(text.split()) <= _TAG_WORDS and not text.endswith(_ENDS)


# A menu's item: a word or two (`Programs`, `About us`).
_MENU_ITEM_WORDS: Final = 2
_MENU_ITEMS: Final = 2  # (over the line: a menu's, not a paragraph's last line and a title)


def _menu_items_above(lines: Sequence[Line], index: int) -> bool:
    """Whether the two lines above a line are a menu's items, a word or two each."""
    above = lines[max(0, index - _MENU_ITEMS) : index]
    return len(above) == _MENU_ITEMS and all(len(x.text.split()) <= _MENU_ITEM_WORDS for x in above)


def _bulleted(lines: Sequence[Line], heading: int, below: int) -> bool:
    """Whether the items right under a box's heading, up to `below`, are two or more, each
    with its bullet."""
    items = lines[heading + 1 : below]
    return len(items) > 1 and all(line.bullet for line in items)


def _headline(text: str) -> bool:
    return len(text.split()) <= _HEADLINE_WORDS and not text.endswith(_ENDS)


_HEADING_KINDS: Final = frozenset({Kind.CHROME, Kind.TEXT, Kind.LISTING_HEADING})
_UNDATED_AFTER: Final = frozenset({Kind.TEXT, *FOOTER_KINDS})


# A box's line asks something of the reader (`Install the free app ...`).
_INVITES: Final = lazy_pattern(
    rf"{B.INVITE_VERBS}|.*{B.INVITE_VERBS_FA}",
    re.IGNORECASE,
)


def settle_sign_up_boxes(state: LineState) -> None:
    """A line asking the reader to follow, join, subscribe or install, with a box's
    buttons right under it (`Subscribe`, `Install Not now`), is a sign-up box: chrome,
    though its line reads as a sentence (an article's own such sentence has no buttons)."""
    kinds, lines = state.kinds, state.lines
    for at in range(1, len(kinds)):
        above = lines[at - 1].key
        # (Or a field's label under it: a paste shows no field, `Email :`.)
        field = lines[at].key.endswith((":", "：")) and C.is_form_label(lines[at].key)
        # (lynx prints the field and its button on one line: `______________ Join`.)
        button = lines[at].key.lstrip("_ ").casefold()
        if (
            (button in B.BUTTONS or field)
            and kinds[at - 1] is Kind.TEXT
            and len(above.split()) <= B.PROMO_WORDS
            and _INVITES().match(above)
        ):
            kinds[at - 1] = kinds[at] = Kind.CHROME
            if at > 1 and lines[at - 2].key.casefold() in _SIGN_UP_HEADINGS:
                kinds[at - 2] = Kind.CHROME
        elif _SURVEY_BUTTONS().fullmatch(lines[at].key):
            # A survey's invitation: its heading and its sentence over its buttons.
            top = at
            while top > at - _SURVEY_LINES and top > 0 and kinds[top - 1] is Kind.TEXT:
                if len(lines[top - 1].key.split()) > B.PROMO_WORDS:
                    break
                top -= 1
            kinds[top : at + 1] = [Kind.CHROME] * (at + 1 - top)
    settle_overlays(state)


# A survey's buttons, two or more on a line (`Take part No, thanks`, `شرکت در نظرسنجی بعدا`).
_SURVEY_BUTTON: Final = (
    r"(?:take part|start the survey|take the survey|no,? thanks|maybe later|not now"
    r"|remind me later|شرکت در نظرسنجی|بعدا|بعداً|فعلا نه)"
)
_SURVEY_BUTTONS: Final = lazy_pattern(
    rf"\s*{_SURVEY_BUTTON}(?:\s*[|/•·]?\s*{_SURVEY_BUTTON})+\s*", re.IGNORECASE
)
_SURVEY_LINES: Final = 2
