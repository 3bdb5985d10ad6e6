"""The rules for chrome: notices, headline lists and their headings, banner and toolbar texts."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import bar_words as BW
from newsparse.grammar import box_words as B
from newsparse.grammar import chrome_words as C
from newsparse.grammar import labels as L
from newsparse.grammar import notice_words as N
from newsparse.grammar.dates import holds_date, match_date_time
from newsparse.grammar.downloads import lone_download
from newsparse.grammar.info_again import dated_furniture
from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.reader_view import READER_TOP, reader_chrome
from newsparse.grammar.rule_support import date_or_warning, dated_end, timetable_date
from newsparse.grammar.state import Info, Kind, LineState
from newsparse.grammar.story_pagers import story_pager


def notice_rule(state: LineState, index: int) -> Kind | None:
    """`Please enable JavaScript ...`, cookie banners, `Skip to content`; a video's clock
    alone under its fallback notice (`Your browser does not support the video tag.`)."""
    key = state.lines[index].key
    above = state.lines[index - 1].key if index else ""
    if N.LONE_CLOCK().fullmatch(key) and N.media_fallback(above):
        return Kind.NOTICE
    longest = N.LABELLED_NOTICE_MAX if N.LABELLED_NOTICE().match(key) else N.NOTICE_MAX
    if len(key) > longest or N.NOTICE().match(key) is None:
        return Kind.CHROME if len(key) <= longest and N.other_edition(key) else None
    # A table row set beside the notice by a text browser: the article's date ends the line.
    dated = dated_end(key)
    shown = match_date_time(key, dated.start() + 1) if dated else None
    if shown is not None and shown.end() == len(key.rstrip()):
        date = date_or_warning(state, shown)
        if date is not None:
            state.info[index] = Info(date)
            return Kind.INFO
    return Kind.NOTICE


def listing_heading_rule(state: LineState, index: int) -> Kind | None:
    """`Most viewed`, `Related news`, `آخرین اخبار`: the heading of a headline list; a
    heading an article's own subheading may read as too (`Photo report`, `See also`), over
    a box's dated items or its one counted item."""
    key = state.lines[index].key
    if B.is_listing_heading(key):
        return Kind.LISTING_HEADING
    if B.is_listing_heading(key, B.BOX_HEADINGS_OVER_ITEMS) and _items_below(state, index):
        return Kind.LISTING_HEADING
    return None


# A box's first item's date or count stands among this many lines under its heading.
_ITEM_REACH: Final = 4


def _items_below(state: LineState, index: int) -> bool:
    """An item's date under the line before any label of the article's block (a photo
    report's own kicker stands over its title and its info block), or the count of one
    item's pictures: an article's own photos are several, their captions counted alike."""
    counted = 0
    for line in state.lines[index + 1 : index + 1 + _ITEM_REACH]:
        if _BLOCK_LABEL().match(line.key):
            return False
        if line.text.endswith((".", ":", "：", "؟", "?")):
            break  # the article's text goes on: the items, if any, stand above
        if holds_date(line.key):
            return True
        counted += B.is_item(line.key)
    return counted == 1


_BLOCK_LABEL: Final = lazy_pattern(
    rf"\s*[•*-]?\s*(?:{L.STUDY_TIME}|{L.NEWS_CODE}|{L.PUBLISHED}){L.COLON}", re.IGNORECASE
)

_HEADLINE_MAX: Final = 250
# The links to the news before and after the article, each with its headline and date.
_NEIGHBOUR: Final = lazy_pattern(
    r"\s*(?:previous|next)\s+(?:news|article|story)\s*[:：]?\s+\S.*\d\s*$"
    r"|\s*(?:خبر|مطلب)\s+(?:قبلی|بعدی)\s*[:：]?\s+\S.*[\d۰-۹]\s*$",
    re.IGNORECASE,
)
_NEIGHBOUR_OPENINGS: Final = frozenset({"prev", "next", "خبر ", "مطلب"})


def listing_item_rule(state: LineState, index: int) -> Kind | None:
    """`• <headline> Sep 3 2023 - 09:15 812`: a list item, or a line with no sentence in it."""
    line = state.lines[index]
    if len(line.key) > _HEADLINE_MAX or line.key.rstrip().endswith((".", "!", "?", "؟")):
        return None
    if index < READER_TOP and reader_chrome(line.key):
        return None  # a read-later app's day saved (`Saved February 11, 2024`): chrome
    if line.key[:1] in "Ss" and _SHARED().fullmatch(line.key):
        return Kind.LISTING_ITEM  # a headline's share count under it (`Shared 214 times`)
    if line.key[:4].casefold() in _NEIGHBOUR_OPENINGS and _NEIGHBOUR().match(line.key):
        return Kind.CHROME  # `Previous news <headline> Oct 26 2024 - 13:20`
    # A headline with its date (and time, and count) at its end, or its count alone in
    # brackets (`... (بازدید: 1520)`): a headline list's item.
    end = dated_end(line.key) or _COUNTED_END().search(line.key) or B.photos_end(line.key)
    if end is None:
        # (A player's clock and its label are the player's: `Listen to this report 01:12`.)
        media = B.duration_end(line.key) and not BW.is_box_line(line.key)
        return Kind.LISTING_ITEM if media else None
    # Unbulleted, it holds no sentence (a time's colon aside). A label before the date
    # (`Final report: 2020/11/30`), the date in another calendar after it (`Deadline: 20
    # Shahrivar 1399 (10 September 2020)`), a word of time leading up to it (`applications:
    # Jan 15 2025 to Feb 28 2025`, `...: until Apr 30 2025`) makes it a line of the article's
    # own list (a job board's deadline under its post has no label: `Apply by 2019/11/30`).
    head = line.key[: end.start()]
    if not (line.bullet or not any(c in head for c in ".!?؟:")):
        return None
    if dated_end(head.rstrip()):
        return None  # a table's row of dates (`Closing 26/06/2019 18/09/2019`): no headline
    _, colon, value = head.rstrip().replace("：", ":").rpartition(":")
    own = _OTHER_CALENDAR().fullmatch(value) or timetable_date(value, line.key[end.start() :])
    return None if colon and own else Kind.LISTING_ITEM


_OTHER_CALENDAR: Final = lazy_pattern(r"(?:\s*[\d۰-۹]{1,2}\s+\w+\s+[\d۰-۹]{4}\s*\(?)?\s*")
_SHARED: Final = lazy_pattern(r"\s*shared\s+[\d,]+\s+times?\s*", re.IGNORECASE)
# A headline's views in brackets, labelled (`(بازدید: 1520)`, `[۲۴۷ بازدید]`); a bare count
# in brackets, `Tehran (412)`, is as likely an article's own list of results:
# `box_words.ITEM_COUNT` reads it only under a box's heading.
_COUNTED_END: Final = lazy_pattern(rf"\s[(\[]{L.VIEWS_COUNT}[)\]]\s*$", re.IGNORECASE)

# A press release's end mark: the writer's, a line of the text.
_END_MARKS: Final = frozenset({"###", "# # #"})
# What a box's buttons stand under: its sign-up line, its notice.
_BOXES: Final = frozenset({Kind.CHROME, Kind.NOTICE})


def chrome_rule(state: LineState, index: int) -> Kind | None:
    """Banner texts, toolbars, empty footer headings, lone punctuation (`(BUTTON) ‹`)."""
    line = state.lines[index]
    # The key, so that a banner typed with Arabic yeh or kaf is still the banner.
    if _chrome_words_only(line.key.casefold()):
        return Kind.CHROME
    if not _has_alnum(line.text.replace("(BUTTON)", "")) and line.text.strip() not in _END_MARKS:
        return Kind.CHROME
    glyphs = line.key.strip() in C.ICON_LIGATURES or _MENU_GLYPH_BAR().fullmatch(line.key)
    pager = line.key[-1:].isdigit() or line.key.endswith(B.PAGER_ENDS)
    if glyphs or (pager and B.is_pager(line.key)) or story_pager(line.key):
        return Kind.CHROME
    if C.is_form_widget(line.text) or C.is_field_row(line.text) or C.tag_list(line.key):
        return Kind.CHROME
    if len(line.key) <= N.NOTICE_MAX and (BW.is_box_line(line.key) or dated_furniture(line.key)):
        return None if lone_download(state.lines, index) else Kind.CHROME
    if B.is_promo(line.key) or (not line.bullet and B.beside_promo(state.lines, index)):
        return Kind.CHROME
    if len(line.key) <= N.NOTICE_MAX and N.reader_widget(line.key.strip()):
        return Kind.CHROME
    if index and line.key.casefold() in B.BUTTONS and state.kinds[index - 1] in _BOXES:
        return Kind.CHROME
    if line.key[:1].isdigit() and _COMMENTS_LINK().fullmatch(line.key):
        return Kind.CHROME  # the info block's link to the comments (`2 comment(s)`)
    if index < READER_TOP and reader_chrome(line.key):
        return Kind.CHROME
    if index < _BANNER_TOP and L.BANNER_NAME().fullmatch(line.key.strip()):
        return Kind.CHROME  # the site's name alone on a line at the top: its banner
    ticker = (":" in line.key and B.is_ticker(line.key)) or B.is_headline_run(line.key)
    if menu_run_together(line.key) or ticker or _ticker_item(state, index):
        return Kind.CHROME
    return None


_COMMENTS_LINK: Final = lazy_pattern(rf"\d+\s*{L.COMMENTS}\s*", re.IGNORECASE)


def _ticker_item(state: LineState, index: int) -> bool:
    """A news ticker's label alone (`News:`) over its listed headlines, or one of them."""
    lines = state.lines
    if not lines[index].bullet:
        below = index + 1 < len(lines) and lines[index + 1].bullet
        return below and B.is_ticker_label(lines[index].key)
    # Its headlines are chrome above it, up to the label: the walk stops at any other line.
    above = index - 1
    while above >= 0 and lines[above].bullet and state.kinds[above] is Kind.CHROME:
        above -= 1
    return above >= 0 and not lines[above].bullet and B.is_ticker_label(lines[above].key)


_MENU_MAX: Final = 160
# A phone's menu button before the items (`Menu ☰ Home ...`).
_MENU_BUTTON: Final = lazy_pattern(r"^\s*(?:(?:menu|منو|☰|≡)\s+)+", re.I)
# Or its bar, the site's short name beside the button (`☰ ISTI`, `☰ معاونت علمی`).
_MENU_GLYPH_BAR: Final = lazy_pattern(r"\s*[☰≡]\s*(?:[^\s.!?؟:]+(?:\s+|$)){0,3}")
# The search box after the menu's last item (`... Contact Us Search _ [ Go ]`, lynx's
# `... Contact Us Search Go`), and the language switch (`... Contact · فارسی`).
_SEARCH_AFTER: Final = lazy_pattern(
    r"(?:\s+(?:search|جستجو))?(?:\s*(?:\[[^\]\[]{0,30}\]|_+|\bgo|برو))+\s*$"
)
_MENU_FIRST_LETTERS: Final = frozenset(item[0] for item in C.MENU_FIRST)
_LANGUAGE_AFTER: Final = lazy_pattern(r"\s+(?:english|فارسی)$")


def menu_run_together(key: str) -> bool:
    """A menu a tool printed on one line, its items one space apart: it opens with the
    home link (after a phone's menu button) and ends with the contact link (`Home About
    the Foundation News ... Contact Us`), with no sentence's punctuation between."""
    key = _MENU_BUTTON().sub("", key)
    if key.lstrip()[:1].casefold() not in _MENU_FIRST_LETTERS:
        # (Or a links box's row, under its heading: `پیوندها ... | ... | ...`.)
        return _LINKS_HEADING().match(key.lstrip()) is not None and _home_row(key)
    if _home_row(key):
        return True
    folded = " ".join(key.casefold().translate(C.CHROME_SEPARATORS_AS_SPACES).split())
    folded = _SEARCH_AFTER().sub("", _LANGUAGE_AFTER().sub("", folded))
    # (Or a short menu of a menu's usual one-word items: `Home About Programs`.)
    words = folded.split()
    short = 2 < len(words) <= _MENU_ITEMS_MAX and all(word in _MENU_ITEMS for word in words[1:])
    return (
        len(folded) <= _MENU_MAX
        and folded.startswith(C.MENU_FIRST)
        and (folded.endswith(C.MENU_LAST) or short)
        and not any(mark in folded for mark in ".,;:!?؛،؟")
    )


_MENU_ITEMS_MAX: Final = 8
_MENU_ITEMS: Final = frozenset("about news programs programmes services events gallery".split())


# A row of links set apart by bars or dashes (`صفحه اصلی | آرشیو اخبار | پیوندها | RSS`): a few
# words each, three items at least.
_ROW_BARS: Final = lazy_pattern(r"\s+(?:\||::|·|-|–)\s+")
_ROW_ITEMS: Final = 3
_ROW_ITEM_WORDS: Final = 4
_LINKS_HEADING: Final = lazy_pattern(r"(?:پیوندها(?:ی مفید)?|(?:useful |related )?links)\s+", re.I)


def _home_row(key: str) -> bool:
    """A row of links opening with the home link, bars between its items (or dashes, not a
    sentence's asides: its items capitalized), whatever its last item (a footer's `... |
    RSS`); or with its box's heading (`پیوندها معاونت علمی | وزارت علوم | ...`)."""
    items = _ROW_BARS().split(key.strip())
    heading = _LINKS_HEADING().match(items[0])
    if heading is not None:
        items[0] = items[0][heading.end() :]
    dashed = " | " not in key and any(item[:1].islower() for item in items)
    return (
        len(items) >= _ROW_ITEMS
        and not dashed
        and (heading is not None or f"{items[0].casefold()} ".startswith(C.MENU_FIRST))
        and all(0 < len(item.split()) <= _ROW_ITEM_WORDS for item in items)
        and not any(mark in key for mark in ".,;!?؛،؟")
    )


# The banner stands above the article, under a capture date and a few top links at most.
_BANNER_TOP: Final = 20


def _has_alnum(text: str) -> bool:
    """Whether a text holds a letter or a digit (most open with one)."""
    return text[:1].isalnum() or any(c.isalnum() for c in text)


def toolbar_row(key: str) -> bool:
    """Whether a line key is two chrome texts or more and nothing else (`Print        Send
    to Friend`, `[IMG]Print [IMG]Send to Friend`): a toolbar's row, never a paragraph's
    wrapped start or end."""
    folded = key.casefold()
    if not _chrome_words_only(folded):
        return False
    parts = (part.split() for part in C.CHROME_SEPARATORS.split(folded) if part.strip())
    return sum(len(chrome_ends(words)) - 1 for words in parts) >= 2


def _chrome_words_only(folded: str) -> bool:
    """Whether a casefolded key is chrome texts between separators."""
    # (Most lines' first word is no chrome text's: they are done before the slower split.)
    first = folded.removeprefix("[img]").split(maxsplit=1)[:1]
    if first and not C.CHROME_TOKENS.issuperset(
        first[0].translate(C.CHROME_SEPARATORS_AS_SPACES).split()
    ):
        return False
    parts = C.CHROME_SEPARATORS.split(folded)
    return all(_chrome_run(part.split()) for part in parts if part.strip())


def _chrome_run(words: list[str]) -> bool:
    """Whether casefolded words are chrome texts one after another: a toolbar whose gaps
    a tool or the reader collapsed to one space (`Print Send to Friend`)."""
    return chrome_ends(words)[-1] == len(words)


# The most words a chrome text holds.
_CHROME_TEXT_WORDS: Final = max(len(words.split()) for words in C.CHROME_WORDS)


def chrome_ends(words: list[str]) -> list[int]:
    """The word counts at which a run of whole chrome texts, from the first word, ends."""
    ends = [0]
    for end in range(1, len(words) + 1):
        # Only the last few ends can start a chrome text ending here: linear in the words.
        starts = (
            start for start in ends[-_CHROME_TEXT_WORDS:] if end - start <= _CHROME_TEXT_WORDS
        )
        if any(" ".join(words[start:end]) in C.CHROME_WORDS for start in starts):
            ends.append(end)
    return ends
