"""The capture date's cell in a header's row, and what a tool set beside it on its line:
an image's alt text, the site's name its logo links to, the top bar's links, a search box."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import chrome_words as C
from newsparse.grammar import labels as L
from newsparse.grammar.dates import DATE, date_shaped, possible_date
from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.rule_support import EDGE
from newsparse.grammar.rules_chrome import chrome_ends
from newsparse.grammar.site import is_site_name
from newsparse.grammar.state import Kind, LineState

# A capture-date line: the label or not, the date, the old portal's dash or not.
CAPTURE_DATE: Final = re.compile(
    rf"{EDGE}(?P<today>{L.TODAY}{L.COLON})?(?P<date>.+?)\s*(?P<dash>[-–])?\s*"
)
# The old portal's dated line after an image's alt text beside it (`banner   Wednesday,
# January 1, 2020-`, asciidoc's `banner |Wednesday, ...`): a weekday says it is no
# headline's date wrapped before its time.
DASHED_DATE_END: Final = rf"(?P<today>{L.TODAY}{L.COLON})?(?P<date>{DATE})\s*(?P<dash>[-–])\s*$"
_DASHED_LINE_END: Final = lazy_pattern(rf"[\s|]{DASHED_DATE_END}", re.I)
# Or after the site's name, its logo's cell, chrome after it (`Vice-Presidency for Science
# and Technology   23/11/2016 -   Home Page ...`).
_AFTER_SITE_NAME: Final = lazy_pattern(
    rf"[\s|]*\[?(?:{L.BANNER_NAME().pattern}|{L.CENTRE_NAME})\]?[\s|]+"
    rf"(?P<today>(?!))?(?P<date>{DATE})\s*(?P<dash>[-–])",
    re.I,
)


# Or the weekday and date alone after the site's name, with no dash (`بنیاد ملی نخبگان دوشنبه
# 12 اسفند 1398`, the logo's alt text and bmn's date in one header row).
_NAME_THEN_DATE: Final = lazy_pattern(
    rf"[\s|]*\[?(?:{L.BANNER_NAME().pattern}|{L.CENTRE_NAME})\]?[\s|]+"
    rf"(?P<today>(?!))?(?P<date>{DATE})(?P<dash>(?!))?(?!\S)\s*",
    re.I,
)


def weekday_dashed_end(key: str) -> re.Match[str] | None:
    """The dated line's end with a weekday, or its cell after the site's name opening it."""
    return (
        after_site_name(key)
        or _with_weekday(_DASHED_LINE_END().search(key))
        or _with_weekday(_name_then_date(key))
    )


def _name_then_date(key: str) -> re.Match[str] | None:
    # The top bar's links may follow the date in the row (`National Foundation of Elites
    # Sunday 15 December 2019 فارسی`).
    found = _NAME_THEN_DATE().match(key)
    return found if found is not None and _chrome_only(key[found.end() :]) else None


def after_site_name(key: str) -> re.Match[str] | None:
    """The dashed capture date in its cell after the site's name that opens the line."""
    return _AFTER_SITE_NAME().match(key)


def _with_weekday(found: re.Match[str] | None) -> re.Match[str] | None:
    """The match, if its date names a weekday (a possible day)."""
    date = possible_date(found["date"]) if found is not None else None
    return found if date is not None and date.has_weekday else None


# A bare weekday and date opening a header's row, its chrome after it (`دوشنبه ۱۲ آذر ۱۴۰۳
# English ورود کاربران`); the label and dash groups stand empty.
_DATE_BEFORE_CHROME: Final = lazy_pattern(
    rf"{EDGE}(?P<today>(?!))?(?P<date>{DATE})(?P<dash>(?!))?\s+(?P<rest>\S.*)", re.I
)


def weekday_before_chrome(key: str) -> re.Match[str] | None:
    found = _DATE_BEFORE_CHROME().match(key)
    if found is None:
        return None
    # The top bar's links after it, a system's name among them (`English ورود به سامانه
    # سینا`): chrome texts open it and take half its words at least; a search box may come
    # first (`Sunday 15 December 2019 ____ (BUTTON) Go`).
    widget = C.FORM_WIDGETS.match(found["rest"])
    rest = found["rest"][widget.end() if widget else 0 :]
    words = _words(rest)
    ends = chrome_ends(words)
    chrome = ends[-1] == len(words) or (len(ends) > 2 and 2 * ends[-1] >= len(words))
    # Or the site's name, its logo's link before it (`چهارشنبه 7 اسفند 1398 بنیاد ملی نخبگان`).
    chrome = chrome or is_site_name(rest)
    # Or both, the site's name after the top bar's links (`فارسی | Login National Elites
    # Foundation`).
    chrome = chrome or (ends[-1] > 0 and is_site_name(" ".join(words[ends[-1] :])))
    # Or the menu's cells, from its first (`Home   About the Foundation   Links`).
    chrome = chrome or _menu_cells(rest)
    return _with_weekday(found) if chrome else None


def date_round_chrome(key: str) -> re.Match[str] | None:
    """A bare weekday and date a header row's narrow cell wrapped, its year read after the
    row's chrome beside it (`Wednesday 11 December   Home About ... فارسی` over `2019`,
    read as one line): the date's start, the chrome, the year. The match is the date's
    alone, its offsets none of the line's."""
    words = key.split()
    if len(words) < _SPLIT_DATE_WORDS or not (words[-1].isdigit() and len(words[-1]) == 4):
        return None
    for count in (3, 2):
        middle = " ".join(words[count:-1])
        # (The home page's link alone, or a menu naming another page: no headline's words.)
        menu = middle.casefold() == "home" or (
            _menu_cells(middle) and bool(_MENU_PAGES.intersection(middle.casefold().split()))
        )
        if menu or (middle and _chrome_only(middle)):
            found = _DATE_ALONE().fullmatch(" ".join([*words[:count], words[-1]]))
            if (found := _with_weekday(found)) is not None:
                return found
    return None


# Pages a menu links to, past its home page.
_MENU_PAGES: Final = frozenset({"about", "news", "contact", "programs", "services", "links"})
# A weekday, a day and a month before the chrome, the year after it.
_SPLIT_DATE_WORDS: Final = 4
_DATE_ALONE: Final = lazy_pattern(rf"(?P<today>(?!))?(?P<date>{DATE})(?P<dash>(?!))?", re.I)


def _menu_cells(rest: str) -> bool:
    """Whether a line's rest is a menu's few cells opening with its home page: the next
    cells capitalised (`Home   About the Foundation`), no headline (`Home appliance makers
    ...`) nor breadcrumb (`Home > News`)."""
    # (html2text walls the cells: `| Home | About the Foundation`; a language switch may
    # end the row, `... Contact فارسی`.)
    words = rest.replace("|", " ").split()
    if words and words[-1] in C.LANGUAGE_SWITCH:
        words.pop()
    if not words or len(words) > _MENU_WORDS or ">" in rest:
        return False
    if words[0].casefold() == "home":
        return all(word[:1].isupper() or word in _MENU_JOINERS for word in words[1:])
    return rest.lstrip(" |").startswith("صفحه اصلی")


_MENU_WORDS: Final = 8
_MENU_JOINERS: Final = frozenset({"the", "of", "and", "us", "&"})


def _words(text: str) -> list[str]:
    # (lynx's language links lose the numbers that parted them: `فارسیEnglish`.)
    return _SCRIPTS_MEET().sub(" ", text).casefold().split()


def _chrome_only(text: str) -> bool:
    # (Nothing at all is chrome only: `chrome_ends([])` is `[0]`.)
    words = _words(text)
    return chrome_ends(words)[-1] == len(words)


_NON_SPACE: Final = re.compile(r"\S+")
_SCRIPTS_MEET: Final = lazy_pattern(
    r"(?<=[\u0600-\u06ff])(?=[A-Za-z])|(?<=[A-Za-z])(?=[\u0600-\u06ff])"
)
_ALT_TEXT: Final = lazy_pattern(r"\[[^\[\]]{1,40}\]\s+(?=\S)")


def banner_end(key: str) -> int:
    """Where a line's text begins after the banner's texts that open it (0 if none): a
    table row may set the banner and the capture date side by side (`رونق تولید   شنبه ...`)."""
    alt = _ALT_TEXT().match(key)
    if alt is not None:
        return alt.end()  # w3m's image alt text (`[bmn-logo]   Wednesday ...`)
    folded = key.casefold().translate(C.CHROME_SEPARATORS_AS_SPACES)
    words = list(_NON_SPACE.finditer(folded))
    # Most lines open with no banner word: done before trying longer runs.
    if not words or words[0][0] not in C.CHROME_TOKENS:
        return 0
    ends = chrome_ends([word[0] for word in words])
    banner = next((end for end in reversed(ends) if end < len(words)), 0)
    return words[banner].start() if banner else 0


# A header row's cells each wrapped in two, the labelled date's year under its month (`...
# امروز : یکشنبه 20 آبان` over `... جمهوری   1403`).
_YEAR_END: Final = lazy_pattern(r"(?:^|.*\s)(?P<year>\d{4})\s*")
_TODAY_START_END: Final = lazy_pattern(
    rf"(?:^|.*\s)(?P<start>{L.TODAY}{L.COLON}\D{{3,30}}\d{{1,2}})(?P<rest>(?:\s+\S{{1,20}}){{0,2}})\s*",
    re.I,
)


_TODAY_WEEKDAY_END: Final = lazy_pattern(
    rf"(?:^|.*[\s|])(?P<start>{L.TODAY}{L.COLON}\s*[^\W\d_]{{3,12}})\s*", re.I
)


def wrapped_today(state: LineState, index: int, key: str) -> re.Match[str] | None:
    """The labelled capture date a header row's narrow cell wrapped, its rest on this line:
    the year under the day and month, or the date under the weekday."""
    if index == 0 or not key.rstrip()[-1:].isdigit():
        return None  # most lines end with no year
    year = _YEAR_END().fullmatch(key)
    above = state.lines[index - 1].key
    start = _TODAY_START_END().fullmatch(above) if year else None
    if year is not None and start is None and (weekday := _TODAY_WEEKDAY_END().fullmatch(above)):
        # Or the cell wrapped after the weekday, the date whole under it (`... Today :
        # Sunday` / `Dec 29 2024`).
        found = CAPTURE_DATE.fullmatch(f"{weekday['start']} {key.strip()}")
        if found is not None and date_shaped(found["date"]):
            state.kinds[index - 1] = Kind.CAPTURE_DATE
            return found
    if year is None or start is None:
        return None
    # The month may follow the day (`20 آبان`), and a link after the date (`فارسی`).
    rest = start["rest"].split()
    for words in (rest, rest[:1], []):
        found = CAPTURE_DATE.fullmatch(" ".join([start["start"], *words, year["year"]]))
        if found is not None and date_shaped(found["date"]):
            state.kinds[index - 1] = Kind.CAPTURE_DATE
            return found
    return None


def date_over_rows(state: LineState, index: int, key: str) -> re.Match[str] | None:
    """bmn's bare date a header row's narrow cell wrapped in two beside the menu's cells
    (`Wednesday 11   Home About the ...` over `December 2019   Foundation`): the weekday
    and day opening the line above, the month and year opening this one."""
    end = _MONTH_YEAR().match(key) if index else None
    start = _WEEKDAY_DAY().match(state.lines[index - 1].key) if end is not None else None
    if end is None or start is None:
        return None
    rest_above = state.lines[index - 1].key[start.end() :]
    if not (_menu_cells(rest_above) or _chrome_only(rest_above)):
        return None
    found = _with_weekday(_DATE_ALONE().fullmatch(f"{start[0]} {end[0]}"))
    if found is None or len(key[end.end() :].split()) > _ROW_REST_WORDS:
        return None
    state.kinds[index - 1] = Kind.CAPTURE_DATE
    return found


_WEEKDAY_DAY: Final = lazy_pattern(r"\s*[^\W\d_]{3,10},?\s+\d{1,2}(?=\s)")
_MONTH_YEAR: Final = lazy_pattern(r"\s*[^\W\d_]{3,10}\s+\d{4}(?!\S)")
# What the menu's cells leave under the date's end: a link's wrapped words.
_ROW_REST_WORDS: Final = 3
