"""One rule per kind of line, all with the same signature, tried in `RULES` order.

A rule looks at line `index` of the shared `LineState`; when the line is of its kind it
stores what the line says in `state.fields` and returns the kind, otherwise None.
Lines no rule claims are `Kind.TEXT`: title, kicker, body or trailing comments, which
`grammar` sorts out by position. Next to each rule `RULES` names the cheap facts (a digit,
a colon, a `>`) a line must hold for the rule to apply, so most lines skip most rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.dates import (
    DATE,
    DATE_TIME,
    SiteDate,
    match_date_time,
    parse_date,
    site_date,
)
from newsparse.grammar.lines import Line
from newsparse.grammar.state import (
    ANGLE,
    COLON,
    EVERY_LINE,
    LABEL_LINE_MAX,
    SHORT_WITH_DIGIT,
    Info,
    Kind,
    LineState,
    Rule,
    line_facts,
)

_PERSIAN_LETTER: Final = re.compile(r"[\u0600-\u06ff]")
# Line patterns allow white space at the ends of a key: an RLM or LRM typed around a
# label becomes a space there (see `lines.match_key`).
_EDGE: Final = r"\s*"


def _whole_line(pattern: str) -> re.Pattern[str]:
    """A pattern that must match a whole line key, marks at its ends aside."""
    return re.compile(rf"{_EDGE}(?:{pattern}){_EDGE}", re.IGNORECASE)


def _label_language(state: LineState, label_text: str) -> None:
    if _PERSIAN_LETTER.search(label_text):
        state.fields.persian_labels += 1
    else:
        state.fields.english_labels += 1


# Counts past int64 fit no Parquet column, and jq or pandas would round them silently.
_INT64_MAX: Final = 2**63 - 1


def _count(state: LineState, name: str, digits: str) -> int | None:
    """A count the page states, or None with a warning when no int64 column could hold it."""
    plain = digits.replace(",", "")
    # Checked by length first: int() refuses strings of thousands of digits.
    if len(plain) > len(str(_INT64_MAX)) or int(plain) > _INT64_MAX:
        shown = digits if len(digits) <= 40 else f"{digits[:40]}…"
        state.fields.warnings.append(f"{name} {shown} is past any real count; left out")
        return None
    return int(plain)


def _date_or_warning(state: LineState, found: re.Match[str]) -> SiteDate | None:
    try:
        return site_date(found)
    except ValueError as error:
        state.fields.warnings.append(str(error))
        return None


_CAPTURE_DATE: Final = re.compile(
    rf"{_EDGE}(?P<today>{L.TODAY}{L.COLON})?(?P<date>.+?)\s*(?P<dash>[-–])?\s*"
)


def capture_date_rule(state: LineState, index: int) -> Kind | None:
    """`Today : Thursday Oct 17 2024`, old portal `Tuesday, May 22, 2018-`, bmn's first line."""
    # A headline list may stand above it (a side column printed first): its dates are no
    # reason to stop looking; the footer is.
    if state.fields.captured_on is not None or state.seen(Kind.NEWS_GROUP):
        return None
    if len(state.lines[index].key) > LABEL_LINE_MAX:
        return None
    key = state.lines[index].key
    found = _CAPTURE_DATE.fullmatch(key, _banner_end(key))
    if found is None or not _date_shaped(found["date"]):
        # Banner texts or a language switch around `Today : <date>`, on one line.
        found = _TODAY_INSIDE.search(key) if len(key) <= _TODAY_LINE_MAX else None
    if found is None:
        return None
    first = not state.seen(Kind.TEXT, Kind.BREADCRUMB)
    try:
        date = parse_date(found["date"])
    except ValueError as error:
        return _impossible_capture_date(state, found, str(error), first)
    if date is None or date.time is not None:
        return None
    if not (found["today"] or found["dash"] or (date.has_weekday and first)):
        return None
    return _capture_date(state, found, date)


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
        _label_language(state, found["today"])
    return Kind.CAPTURE_DATE


_TODAY_INSIDE: Final = re.compile(rf"(?:^|\s)(?P<today>{L.TODAY}{L.COLON})(?P<date>{DATE})", re.I)
_TODAY_LINE_MAX: Final = 120


def _date_shaped(text: str) -> bool:
    """Whether a text is shaped as one date, a possible day or not."""
    stripped = text.strip()
    shape = match_date_time(stripped)
    return shape is not None and shape.end() == len(stripped)


_NON_SPACE: Final = re.compile(r"\S+")


def _banner_end(key: str) -> int:
    """Where a line's text begins after the banner's texts that open it (0 if none): a
    table row may set the banner and the capture date side by side (`رونق تولید   شنبه ...`)."""
    folded = key.casefold().translate(L.CHROME_SEPARATORS_AS_SPACES)
    words = list(_NON_SPACE.finditer(folded))
    # Most lines open with no banner word: done before trying longer runs.
    if not words or words[0][0] not in L.CHROME_TOKENS:
        return 0
    ends = _chrome_ends([word[0] for word in words])
    banner = next((end for end in reversed(ends) if end < len(words)), 0)
    return words[banner].start() if banner else 0


_BREADCRUMB: Final = re.compile(
    rf"{_EDGE}(?P<root>{L.BREADCRUMB_HOME}|{L.BREADCRUMB_NEWS})\s*[>»›]\s*(?P<rest>.*)"
)


def breadcrumb_rule(state: LineState, index: int) -> Kind | None:
    """The old portal's `Home Page > news` and `News > <title>` lines."""
    line = state.lines[index]
    found = _BREADCRUMB.fullmatch(line.key)
    if found is None or line.bullet:
        return None
    rest = line.text[found.start("rest") :].strip()
    titled = re.fullmatch(L.BREADCRUMB_NEWS, found["root"], re.IGNORECASE) and rest
    if titled and state.fields.breadcrumb_title is None and not rest.casefold().startswith("news"):
        title, wrapped = _title_in_breadcrumb(state, index, rest)
        state.fields.breadcrumb_title = title
        state.ahead.update(dict.fromkeys(range(index + 1, index + 1 + wrapped), Kind.BREADCRUMB))
    return Kind.BREADCRUMB


# The title stands this many lines below its breadcrumb at most.
_BREADCRUMB_TITLE_REACH: Final = 5
# A title of at most 250 characters wraps onto this many more lines at 72 columns.
_BREADCRUMB_TITLE_WRAPS: Final = 3


def _title_in_breadcrumb(state: LineState, index: int, rest: str) -> tuple[str, int]:
    """The title the breadcrumb ends with, and how many lines below it wrapped onto.

    A tool may have run the toolbar below into it (`News > <title> Print Send to Friend`):
    a line below that the rest begins with is it. A tool may have wrapped it onto lines
    it did not join again: the rest and the lines after it, joined, are a title copy below.
    """
    below = state.lines[index + 1 : index + 1 + _BREADCRUMB_TITLE_REACH]
    for line in below:
        if rest.startswith(line.text + " "):
            return line.text, 0
    joined = rest
    for wrapped, line in enumerate(below[:_BREADCRUMB_TITLE_WRAPS], start=1):
        joined = f"{joined} {line.text}"
        copies = state.lines[index + 1 + wrapped : index + 1 + wrapped + _BREADCRUMB_TITLE_REACH]
        if any(copy.text == joined for copy in copies):
            return joined, wrapped
    return rest, 0


# The items an info line is made of; several may share one line.
_DATE_ITEM: Final = "date"
_INFO_ITEMS: Final = re.compile(
    "|".join(
        (
            rf"(?P<study>{L.STUDY_TIME}){L.COLON}(?:(?P<minutes>\d+)\s*{L.MINUTES}|(?P<less>{L.LESS_THAN_A_MINUTE}))",
            rf"(?P<code>{L.NEWS_CODE}){L.COLON}(?P<code_n>\d+)",
            # The date's own label; the date after it is the next item.
            rf"(?P<published>{L.PUBLISHED}){L.COLON}",
            rf"(?P<portal>{L.OLD_PORTAL_NUMBER}){L.COLON}(?P<portal_n>\d+)",
            rf"(?P<views>{L.VIEWS}){L.COLON}(?P<views_n>{L.NUMBER})",
            rf"(?P<views_suffixed>{L.NUMBER})\s*(?P<views_suffix>{L.VIEWS})",
            rf"(?P<bare>{L.NUMBER})(?![\d:/.])",
        )
    ),
    re.IGNORECASE,
)
_SEPARATORS: Final = re.compile(r"[\s•·|/]*")


def _info_items(key: str) -> list[tuple[str, re.Match[str]]] | None:
    """Split a line key into info items, or None if anything else is on it."""
    items: list[tuple[str, re.Match[str]]] = []
    pos = _SEPARATORS.match(key).end()  # type: ignore[union-attr]
    while pos < len(key):
        dated = match_date_time(key, pos)
        if dated is not None and dated.end() > pos:
            items.append((_DATE_ITEM, dated))
            end = dated.end()
        else:
            found = _INFO_ITEMS.match(key, pos)
            if found is None or found.end() == pos:
                return None
            items.append((found.lastgroup or "", found))
            end = found.end()
        pos = _SEPARATORS.match(key, end).end()  # type: ignore[union-attr]
    return items


def info_rule(state: LineState, index: int) -> Kind | None:
    """Date, views, study time and news code, alone or several on one line. What the line
    says is kept apart (`state.info`): the grammar takes it only from the article's block."""
    line = state.lines[index]
    if len(line.key) > LABEL_LINE_MAX or state.seen(Kind.COMMENT_COUNT, Kind.COPYRIGHT):
        return None
    items = _info_items(line.key)
    if not items:
        return None
    names = {name for name, _ in items}
    if names <= {"bare"} and not _views_position(state, index):
        return None
    if "published" in names and _DATE_ITEM not in names:
        return None
    date: SiteDate | None = None
    views: int | None = None
    study: int | None = None
    code: int | None = None
    portal = labelled_views = False
    for name, found in items:
        if name == _DATE_ITEM:
            date = date or _date_or_warning(state, found)
        elif found["published"]:
            _label_language(state, found["published"])
        elif found["study"]:
            _label_language(state, found["study"])
            study = 0 if found["less"] else _count(state, "study time", found["minutes"])
        elif found["code"] or found["portal"]:
            _label_language(state, found["code"] or found["portal"])
            state.fields.sister_labels += found["code"] is not None and _sister(found["code"])
            portal = portal or bool(found["portal"])
            code = code or _count(state, "news code", found["code_n"] or found["portal_n"])
        elif views is None:
            portal = portal or found["views"] == "Show Count"
            labelled_views = not found["bare"]
            state.fields.sister_labels += bool(found["views"]) and _sister(found["views"])
            digits = found["views_n"] or found["views_suffixed"] or found["bare"]
            views = _count(state, "view count", digits)
    state.info[index] = Info(date, "published" in names, views, labelled_views, study, code)
    return Kind.PORTAL_FOOTER if portal else Kind.INFO


def _sister(label: str) -> bool:
    """Whether a label is one only the sister sites' layout uses."""
    return " ".join(label.casefold().split()) in L.SISTER_LABELS


def _views_position(state: LineState, index: int) -> bool:
    """A bare number is the view count only among the other info lines."""
    previous = state.info.get(index - 1)
    if previous is not None and previous.views is None:
        return True
    following = state.lines[index + 1 : index + 2]
    return bool(following) and bool(_info_items(following[0].key)) and state.lines[index].bullet


# The CMS cuts category names at this many characters.
CATEGORY_CUT: Final = 60


def news_group_rule(state: LineState, index: int) -> Kind | None:
    """`News group : NEWS,Slider,...`: the categories, split on commas."""
    line = state.lines[index]
    found = L.news_group_label(line.key)
    if found is None:
        return None
    _label_language(state, found["label"])
    fields = state.fields
    seen = {name.casefold() for name in fields.categories}
    start = found.end()
    for comma in [*(i for i, c in enumerate(line.key) if c == "," and i >= start), len(line.key)]:
        name = line.text[start:comma].strip()
        start = comma + 1
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            fields.categories.append(name)
            if len(name) == CATEGORY_CUT:
                fields.warnings.append(f"category cut at {CATEGORY_CUT} characters: {name}")
    return Kind.NEWS_GROUP


_COMMENT_COUNT: Final = tuple(_whole_line(form) for form in L.COMMENT_COUNT_FORMS)


def comment_count_rule(state: LineState, index: int) -> Kind | None:
    """`There are N comment(s) for this article`."""
    key = state.lines[index].key
    if len(key) > LABEL_LINE_MAX:
        return None
    for form in _COMMENT_COUNT:
        found = form.fullmatch(key)
        if found is not None:
            _label_language(state, key)
            if state.fields.comment_count is None:
                state.fields.comment_count = _count(state, "comment count", found["n"])
            return Kind.COMMENT_COUNT
    return None


_COPYRIGHT: Final = tuple(_whole_line(form) for form in L.COPYRIGHT_FORMS)


def copyright_line(key: str) -> re.Match[str] | None:
    """A whole copyright line key (`Copyright © X. All rights reserved`); `name` is the
    publisher."""
    if len(key) > LABEL_LINE_MAX:
        return None
    return next((found for form in _COPYRIGHT if (found := form.fullmatch(key))), None)


def copyright_rule(state: LineState, index: int) -> Kind | None:
    """`Copyright © X. All rights reserved`: the publisher."""
    line = state.lines[index]
    found = copyright_line(line.key)
    if found is None:
        return None
    if state.fields.publisher is None:
        state.fields.publisher = line.text[found.start("name") : found.end("name")].strip()
        state.fields.sister_labels += line.key.lstrip().casefold().startswith("all rights")
    return Kind.COPYRIGHT


_FOOTER_CHROME: Final = _whole_line(rf"(?:{L.CAPTCHA}|{L.LAST_UPDATE}).*")


def footer_chrome_rule(state: LineState, index: int) -> Kind | None:
    """The captcha prompt and the `Last Update` line, which only stand in the footer."""
    return Kind.FOOTER_CHROME if _FOOTER_CHROME.fullmatch(state.lines[index].key) else None


# A headline with its date (and time, and count) at its end: an item of a headline list.
_DATED_END: Final = re.compile(rf"\s(?:{DATE_TIME})(?:\s*[-–|•·]?\s*{L.NUMBER})?\s*", re.IGNORECASE)


def notice_rule(state: LineState, index: int) -> Kind | None:
    """`Please enable JavaScript ...`, cookie banners, `Skip to content`."""
    key = state.lines[index].key
    if len(key) > L.NOTICE_MAX or L.NOTICE().match(key) is None:
        return None
    # A table row set beside the notice by a text browser: the article's date ends the line.
    dated = _DATED_END.search(key, max(0, len(key) - 60))
    shown = match_date_time(key, dated.start() + 1) if dated else None
    if shown is not None and shown.end() == len(key.rstrip()):
        date = _date_or_warning(state, shown)
        if date is not None:
            state.info[index] = Info(date)
            return Kind.INFO
    return Kind.NOTICE


def listing_heading_rule(state: LineState, index: int) -> Kind | None:
    """`Most viewed`, `Related news`, `آخرین اخبار`: the heading of a headline list."""
    return Kind.LISTING_HEADING if L.is_listing_heading(state.lines[index].key) else None


_HEADLINE_MAX: Final = 250


def listing_item_rule(state: LineState, index: int) -> Kind | None:
    """`• <headline> Sep 3 2023 - 09:15 812`: a list item, or a line with no sentence in it."""
    line = state.lines[index]
    if len(line.key) > _HEADLINE_MAX or line.key.rstrip().endswith((".", "!", "?", "؟")):
        return None
    if not (line.bullet or not any(c in line.key for c in ".!?؟:")):
        return None
    found = _DATED_END.search(line.key, max(0, len(line.key) - 60))
    return Kind.LISTING_ITEM if found and found.end() == len(line.key) else None


def chrome_rule(state: LineState, index: int) -> Kind | None:
    """Banner texts, toolbars, empty footer headings, lone punctuation."""
    line = state.lines[index]
    # The key, so that a banner typed with Arabic yeh or kaf is still the banner.
    if _chrome_words_only(line.key.casefold()) or not _has_alnum(line.text):
        return Kind.CHROME
    if L.is_form_widget(line.text):
        return Kind.CHROME
    return None


def _has_alnum(text: str) -> bool:
    """Whether a text holds a letter or a digit (most open with one)."""
    return text[:1].isalnum() or any(c.isalnum() for c in text)


def _chrome_words_only(folded: str) -> bool:
    """Whether a casefolded key is chrome texts between separators."""
    # A line whose first word belongs to no chrome text (most lines) is done before the
    # slower split.
    first = folded.split(maxsplit=1)[:1]
    if first and not L.CHROME_TOKENS.issuperset(
        first[0].translate(L.CHROME_SEPARATORS_AS_SPACES).split()
    ):
        return False
    parts = L.CHROME_SEPARATORS.split(folded)
    return all(_chrome_run(part.split()) for part in parts if part.strip())


def _chrome_run(words: list[str]) -> bool:
    """Whether casefolded words are chrome texts one after another: a toolbar whose gaps
    a tool or the reader collapsed to one space (`Print Send to Friend`)."""
    return _chrome_ends(words)[-1] == len(words)


# The most words a chrome text holds.
_CHROME_TEXT_WORDS: Final = max(len(words.split()) for words in L.CHROME_WORDS)


def _chrome_ends(words: list[str]) -> list[int]:
    """The word counts at which a run of whole chrome texts, from the first word, ends."""
    ends = [0]
    for end in range(1, len(words) + 1):
        # Only the last few ends can start a chrome text ending here: linear in the words.
        starts = (
            start for start in ends[-_CHROME_TEXT_WORDS:] if end - start <= _CHROME_TEXT_WORDS
        )
        if any(" ".join(words[start:end]) in L.CHROME_WORDS for start in starts):
            ends.append(end)
    return ends


# The rules in the order they are tried, each with the facts a line must hold one of
# for the rule to apply.
RULES: Final[tuple[tuple[Rule, int], ...]] = (
    (capture_date_rule, SHORT_WITH_DIGIT),  # a date has digits
    (breadcrumb_rule, ANGLE),
    (info_rule, SHORT_WITH_DIGIT | COLON),  # numbers, or `Study time : Less than a minute`
    (news_group_rule, COLON),
    (comment_count_rule, SHORT_WITH_DIGIT),
    (listing_item_rule, SHORT_WITH_DIGIT),
    (copyright_rule, EVERY_LINE),
    (footer_chrome_rule, EVERY_LINE),
    (notice_rule, EVERY_LINE),
    (listing_heading_rule, EVERY_LINE),
    (chrome_rule, EVERY_LINE),
)


def classify(lines: Sequence[Line]) -> LineState:
    """Give every line its kind, reading the fields on the way."""
    state = LineState(lines)
    for index, line in enumerate(lines):
        ahead = state.ahead.pop(index, None) if state.ahead else None
        state.add(ahead or _kind(state, index, line_facts(line.key)))
    return state


def _kind(state: LineState, index: int, facts: int) -> Kind:
    """The kind the first rule that applies gives line `index`, else TEXT."""
    for rule, needs in RULES:
        if needs & facts:
            kind = rule(state, index)
            if kind is not None:
                return kind
    return Kind.TEXT
