"""The rule for the capture date above the article, in every form the layouts and tools give it."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.dates import DATE, SiteDate, date_shaped, match_date_time, parse_date
from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.reader_view import READER_TOP, saved_day
from newsparse.grammar.rule_support import EDGE, label_language
from newsparse.grammar.state import LABEL_LINE_MAX, Kind, LineState
from newsparse.grammar.top_cells import (
    CAPTURE_DATE,
    DASHED_DATE_END,
    after_site_name,
    banner_end,
    date_over_rows,
    date_round_chrome,
    weekday_before_chrome,
    weekday_dashed_end,
    wrapped_today,
)


def capture_date_rule(state: LineState, index: int) -> Kind | None:
    """`Today : Thursday Oct 17 2024`, old portal `Tuesday, May 22, 2018-`, bmn's first line."""
    # A headline list may stand above it (a side column printed first): its dates are no
    # reason to stop looking; the footer is, but for the labelled date alone on its line (a
    # side column the markup holds last).
    if state.fields.captured_on is not None or len(state.lines[index].key) > LABEL_LINE_MAX:
        return None
    key = state.lines[index].key
    if index < READER_TOP and (saved := saved_day(key.strip())) is not None:
        # A read-later app's `Saved on Oct 21 2024`: the capture's date, on a line of the
        # app's, which the reader view's rule sets apart.
        state.fields.captured_on = saved
        return None
    if state.seen(Kind.NEWS_GROUP) and _TODAY_ALONE().fullmatch(key) is None:
        return None
    found = CAPTURE_DATE.fullmatch(key, banner_end(key))
    if found is None or not date_shaped(found["date"]):
        # Banner texts or a language switch around `Today : <date>`, or the old portal's
        # dated line run into the top links (`Monday, August 26, 2019- | Home | ...`).
        short = len(key) <= _TODAY_LINE_MAX
        found = (
            (
                _TODAY_INSIDE().search(key)
                or _DASHED_START().match(key)
                or _DASHED_END().search(key)
                or weekday_dashed_end(key)
                or weekday_before_chrome(key)
                or date_round_chrome(key)
            )
            if short
            # Opening the line, the label (or the site's name) says what follows whatever
            # runs on after it (a wide header row's banner texts, the menu); or ending it.
            else _TODAY_INSIDE().match(key) or after_site_name(key) or _today_ending(key)
        )
    if found is None:
        found = _wrapped_capture_date(state, index, key) or date_over_rows(state, index, key)
    elif index and not (found["today"] or found["dash"]):
        # A bare date may be the rest of the label's line a cell wrapped (`Today : Sunday`).
        found = wrapped_today(state, index, key) or found
    if found is None or _sentence_after(key[found.end() :]):
        return None
    first = not state.seen(Kind.BREADCRUMB) and _under_banner(state, index)
    try:
        date = parse_date(found["date"])
    except ValueError as error:
        return _impossible_capture_date(state, found, str(error), first)
    if date is None or date.time is not None:
        return None
    if not (found["today"] or found["dash"] or (date.has_weekday and first)):
        # Under a side column printed first, the weekday and date alone on their line, with
        # no article's date or paragraph above them, are bmn's capture date still.
        alone = found.start("date") == 0 and found.end() == len(key.rstrip())
        if not (date.has_weekday and alone):
            return None
        # Or a pop-up's words above it, where the title's copies stand right under it.
        if not (
            _above_the_article(state, index)
            or _title_copies_below(state, index)
            or _banner_below(state, index)
        ):
            return None
    if not (found["today"] or date.has_weekday) and _count_below(state, index):
        # A headline list's item (`1398/06/10 -` over `بازدید : 1230`), or its date a narrow
        # column wrapped before its time (`۱۴۰۲/۰۸/۲۰ -` over `۰۹:۰۰ | ۸۷۵`).
        return None
    return _capture_date(state, found, date)


# A headline list's count on its own line, under its date.
_COUNT_LINE: Final = lazy_pattern(rf"\s*{L.COUNT_AFTER_LABEL}\s*", re.I)
_TIME_OPENING: Final = lazy_pattern(r"\s*\d{1,2}:\d{2}(?!\d)")


def _count_below(state: LineState, index: int) -> bool:
    below = state.lines[index + 1].key if index + 1 < len(state.lines) else ""
    return _COUNT_LINE().fullmatch(below) is not None or _TIME_OPENING().match(below) is not None


# A timeline's line of the text (`1398/05/12 - The first issue was printed.`) goes on
# after its date with a sentence of at least this many words; chrome never does.
_SENTENCE_AFTER_WORDS: Final = 4


def _sentence_after(rest: str) -> bool:
    rest = rest.strip()
    return rest.endswith((".", "!", "?", "؟")) and len(rest.split()) >= _SENTENCE_AFTER_WORDS


# bmn's capture date may stand under its banner's texts (the site's name): a line or two
# of a few words.
_BANNER_LINES: Final = 2
_BANNER_WORDS: Final = 5
_MENU_LINES: Final = 12


# A paragraph holds this many words at least.
_PARAGRAPH_WORDS: Final = 15


def _above_the_article(state: LineState, index: int) -> bool:
    """Whether no article's date, no label, no footer and no paragraph stand above a line."""
    if any(state.seen(kind) for kind in (Kind.INFO, Kind.BREADCRUMB, Kind.COPYRIGHT)):
        return False
    return not any(
        state.kinds[i] is Kind.TEXT and len(state.lines[i].key.split()) >= _PARAGRAPH_WORDS
        for i in range(index)
    )


# bmn prints its title twice or thrice right under the kicker, which stands under its
# capture date: copies a few lines below the date mark the article's top, whatever a pop-up
# said above it.
_TITLE_BELOW_LINES: Final = 3
_TITLE_COPIES_SPAN: Final = 4
_TITLE_WORDS: Final = 3


def _title_copies_below(state: LineState, index: int) -> bool:
    """Whether a line just below a line opens one right under it again (bmn's title copies)."""
    lines = state.lines
    for at in range(index + 1, min(len(lines), index + 1 + _TITLE_BELOW_LINES)):
        key = lines[at].key
        if len(key.split()) < _TITLE_WORDS:
            continue
        below = range(at + 1, min(len(lines), at + 1 + _TITLE_COPIES_SPAN))
        # Tools that join a title's copies as one wrapped line start that line with it.
        if any(lines[other].key.startswith(key) for other in below):
            return True
    return False


# What the banner holds besides the site's name (its logo's alt text, `Iran's`).
_BANNER_REST_WORDS: Final = 3


def _banner_below(state: LineState, index: int) -> bool:
    """Whether the site's banner (its name, little more) stands right under a line, as it
    stands under bmn's capture date whatever notices are printed above it."""
    for line in state.lines[index + 1 : index + 1 + _BANNER_LINES]:
        rest = L.SITE_PUBLISHERS().sub(" ", line.key)
        if rest != line.key and len(rest.split()) <= _BANNER_REST_WORDS:
            return True
    return False


def _under_banner(state: LineState, index: int) -> bool:
    """Whether only a banner's texts stand above a line: no text line but a short one or two."""
    if not state.seen(Kind.TEXT):
        return True
    # The page's `<title>` a tool printed first (markdownify, BeautifulSoup): the site's
    # name beside the title is the banner's text too.
    above = [i for i in range(index) if state.kinds[i] is Kind.TEXT and not _head_title(state, i)]
    short = all(len(state.lines[i].key.split()) <= _BANNER_WORDS for i in above)
    if len(above) <= _BANNER_LINES and short:
        return not any(state.lines[i].bullet for i in above)
    # A login bar and a menu of the site's sections above it: short lines with no number,
    # as a headline list's are not.
    return (
        short
        and len(above) <= _MENU_LINES
        and not any(c.isdigit() for i in above for c in state.lines[i].key)
    )


def _head_title(state: LineState, index: int) -> bool:
    """Whether the first line is the page's `<title>`: the site's name, a bar or a dash, the
    title."""
    key = state.lines[index].key
    parted = any(bar in key for bar in _TITLE_BARS)
    return index == 0 and parted and L.BANNER_NAME().search(key) is not None


# What a page's `<title>` sets between the site's name and the title.
_TITLE_BARS: Final = (" | ", " - ", " – ", " — ")


# The end of the old portal's capture date a narrow header cell wrapped: `26, 2019-`, `1398-`.
_WRAPPED_DATE_END: Final = lazy_pattern(r"\s*\d[\d,\s]{0,12}?[-–](?=\s|$)")
_WRAPPED_DATE_LAST: Final = lazy_pattern(r"(?P<before>.*\s)(?P<end>\d[\d,]{0,12}[-–])\s*")
# The most words of the date's start on the line above (`Monday, August`, `دوشنبه 15 مهر`).
_DATE_START_WORDS: Final = 4


def _wrapped_capture_date(state: LineState, index: int, key: str) -> re.Match[str] | None:
    """The old portal's dashed capture date a narrow header cell wrapped in two beside the top
    links (`Monday, August   Home | ...` / `26, 2019-      Contact Us`) or after the banner's
    name: the line above's first or last words and this line's first ones make it."""
    end = _WRAPPED_DATE_END().match(key) if index else None
    dashed = end is None and index and key.rstrip().endswith(("-", "–"))
    last = _WRAPPED_DATE_LAST().fullmatch(key) if dashed else None
    if last is not None and len(last["before"].split()) <= _BANNER_REST_WORDS:
        # Or ending it, after the rest of the banner's name wrapped beside it (`Technology`).
        end = _WRAPPED_DATE_END().match(key, last.start("end"))
    if end is None:
        return wrapped_today(state, index, key) if index else None
    words = state.lines[index - 1].key.split()
    for count in range(min(_DATE_START_WORDS, len(words)), 0, -1):
        # The date's start opens the line above, or ends it after the banner's name.
        for start in (words[:count], words[-count:]):
            joined = f"{' '.join(start)} {end[0].strip()}"
            found = CAPTURE_DATE.fullmatch(joined)
            if found is not None and found["dash"] and date_shaped(found["date"]):
                state.kinds[index - 1] = Kind.CAPTURE_DATE
                return found
    return None


def _impossible_capture_date(
    state: LineState, found: re.Match[str], reason: str, first: bool
) -> Kind | None:
    """A capture date naming no real day: warned of, as an impossible publication date is."""
    shown = match_date_time(found["date"].strip())
    weekday = shown is not None and shown["weekday"] is not None
    if not (found["today"] or found["dash"] or (weekday and first)):
        return None
    state.fields.warnings.append(f"capture date: {reason}")
    return _capture_date(state, found, None)


def _capture_date(state: LineState, found: re.Match[str], date: SiteDate | None) -> Kind:
    state.fields.captured_on = date
    # The old portal ends its capture date with a dash; bmn shows a bare weekday and date.
    state.fields.capture_style = "today" if found["today"] else "portal" if found["dash"] else "bmn"
    if found["today"]:
        label_language(state, found["today"])
    return Kind.CAPTURE_DATE


# Compiled on first use: most captures never need them, and each costs a millisecond.
# w3m and pandoc run the banner's alt text into the label with no space (`leaderToday : ...`,
# `[leader]Today : ...`).
_TODAY_INSIDE: Final = lazy_pattern(
    rf"(?:^|\s|(?<=[^\W\d_])|(?<=\]))(?P<today>{L.TODAY}{L.COLON})(?P<date>{DATE})", re.I
)
_TODAY_LINE_MAX: Final = 120
_TODAY_ALONE: Final = lazy_pattern(rf"{EDGE}{L.TODAY}{L.COLON}{DATE}\s*", re.I)
# The old portal's dated cell pasted after the visit counter beside it, on one line (`Total
# visits : 2840117   Saturday 30 Shahrivar 1398-`); banner words beside a date are no cell.
_DASHED_END: Final = lazy_pattern(rf"(?<=\d)\s+{DASHED_DATE_END}", re.I)
_DASHED_START: Final = lazy_pattern(
    rf"{EDGE}(?P<today>{L.TODAY}{L.COLON})?(?P<date>{DATE})\s*(?P<dash>[-–])"
    # Chrome follows the dash, never a time, nor a count (a headline list's `1398/06/10 -
    # بازدید : 1230`).
    rf"(?=\s*(?:\||$|[^\d\s]))(?!\s*(?:{L.VIEWS}){L.COLON})",
    re.I,
)


def _today_ending(key: str) -> re.Match[str] | None:
    """`Today : <date>` ending a long line of banner texts a tool ran together before it."""
    found = _TODAY_INSIDE().search(key, max(0, len(key) - _TODAY_LINE_MAX))
    return found if found is not None and not key[found.end() :].strip() else None
