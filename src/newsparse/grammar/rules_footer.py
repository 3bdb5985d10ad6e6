"""The rules for the footer: news groups, the comment count, copyright and footer chrome."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import box_words as B
from newsparse.grammar import chrome_words as C
from newsparse.grammar import labels as L
from newsparse.grammar import notice_words as N
from newsparse.grammar.dates import DATE, DATE_TIME
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.rule_support import count, dated_end, label_language, whole_line
from newsparse.grammar.state import LABEL_LINE_MAX, Kind, LineState

# The CMS cuts category names at this many characters.
CATEGORY_CUT: Final = 60


def news_group_rule(state: LineState, index: int) -> Kind | None:
    """`News group : NEWS,Slider,...`: the categories, split on commas."""
    line = state.lines[index]
    found = L.news_group_label(line.key)
    if found is None:
        return None
    label_language(state, found["label"])
    fields = state.fields
    seen = {name.casefold() for name in fields.categories}
    start = found.end()
    # A list the CMS wrote with commas may hold a name with a Persian comma in it; a list
    # written with Persian commas is split on them.
    listed = line.text if "," in line.text[start:] else line.key
    # (Less the row's next cell's bullet, or its print button: `... Slider •`, `... مراکز چاپ`.)
    end = len(line.key)
    if (tail := _CELL_AFTER().search(line.text, start)) is not None:
        end = tail.start()
    for comma in [*(i for i, c in enumerate(listed[:end]) if c == "," and i >= start), end]:
        name = line.text[start:comma].strip()
        start = comma + 1
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            fields.categories.append(name)
            if len(name) == CATEGORY_CUT:
                fields.warnings.append(f"category cut at {CATEGORY_CUT} characters: {name}")
    return Kind.NEWS_GROUP


_CELL_AFTER: Final = lazy_pattern(r"(?:(?:\s+[•·▪|])+|\s+(?:print|چاپ))\s*$", re.IGNORECASE)


_COMMENT_COUNT: Final = tuple(whole_line(form) for form in L.COMMENT_COUNT_FORMS)
_COMMENT_COUNT_INSIDE: Final = re.compile(rf"\b{L.COMMENT_COUNT_FORMS[0]}\b", re.IGNORECASE)


def is_comment_count(key: str) -> bool:
    """Whether a line key is a comment count alone (`نظرات کاربران (۰)`)."""
    return _comment_count(key) is not None


def _comment_count(key: str) -> re.Match[str] | None:
    return next((found for form in _COMMENT_COUNT if (found := form.fullmatch(key))), None)


def comment_count_rule(state: LineState, index: int) -> Kind | None:
    """`There are N comment(s) for this article`."""
    key = state.lines[index].key
    if len(key) > LABEL_LINE_MAX:
        return None
    # The English sentence says what it is wherever it stands too: html2text runs a table's
    # cells into one line (`keywords There are 0 comment(s) ... Enter the`).
    found = _comment_count(key) or _COMMENT_COUNT_INSIDE.search(key)
    if found is None:
        return None
    label_language(state, key)
    if state.fields.comment_count is None:
        state.fields.comment_count = count(state, "comment count", found["n"])
    if index and state.kinds[index - 1] is Kind.INFO and key.rstrip().endswith(")"):
        # The info block's link to the comments (`نظرات (۲)` under the views): the text
        # follows it, not the comments.
        return Kind.CHROME
    return Kind.COMMENT_COUNT


def comments_heading_rule(state: LineState, index: int) -> Kind | None:
    """The comments' heading with no count (`نظرات کاربران`) over what only comments show:
    the first commenter's name and date (on one line or two), a notice that none is
    posted yet, or the comment form's first field. The comments close the article as their
    count does."""
    lines = state.lines
    key = lines[index].key
    if key.lstrip()[:1].casefold() not in _HEADING_OPENINGS:
        return None  # most lines, asked cheaply
    # (Or with their count, `Comments (4)`: a share bar's button, but over the comments.)
    counted = _COUNTED_HEADING().fullmatch(key) if key.endswith(")") else None
    heading = counted["heading"] if counted else key
    if not B.is_listing_heading(heading, _COMMENTS_HEADINGS) or index + 1 >= len(lines):
        return None
    below = lines[index + 1].key
    found = dated_end(below)
    if found is None and index + 2 < len(lines) and len(below.split()) <= _COMMENTER_WORDS:
        found = dated_end(f"{below} {lines[index + 2].key}")  # w3m: the date under the name
    # (Or the first comment run on after its name and date: w3m's cells on one line.)
    found = found or _COMMENTER_DATED().match(below)
    named = found is not None and len(below[: found.start()].split()) <= _COMMENTER_WORDS
    field = len(below) <= _FIELD_LABEL_MAX and C.is_form_label(below.rstrip(" *:："))
    named = named or _COMMENTER_SAYS().match(below) is not None
    if not (named or field or _NONE_YET().match(below)):
        return None
    if counted and state.fields.comment_count is None:
        state.fields.comment_count = count(state, "comment count", counted["n"])
    return Kind.COMMENT_COUNT


_COUNTED_HEADING: Final = lazy_pattern(r"(?P<heading>.+?)\s*\((?P<n>\d+)\)")


# As `listing_headings.heading_key` writes them: casefolded, a ZWNJ as a space.
_COMMENTS_HEADINGS: Final = frozenset(
    {"comments", "user comments", "readers' comments", "نظرات", "نظرات کاربران", "دیدگاه ها"}
    | {"نظرات خوانندگان", "نظرات بینندگان", "دیدگاه کاربران"}
)
_HEADING_OPENINGS: Final = frozenset(heading[0] for heading in _COMMENTS_HEADINGS)
# A commenter's name before the date: a few words (`دکتر سمیرا کاظمی`, `Site admin`), a dash
# between them maybe (`Hamid N. - 14/08/2019 - 10:02 Good work.`).
_COMMENTER_WORDS: Final = 4
_COMMENTER_DATED: Final = lazy_pattern(
    rf"(?:[^\W\d_][\w.'-]*\s+){{1,{_COMMENTER_WORDS}}}(?:[-–]\s+)?(?:{DATE_TIME})\s+\S",
    re.IGNORECASE,
)
# Or the name and a colon before what the commenter says (`Leila M.: Does this cover ...`).
_COMMENTER_SAYS: Final = lazy_pattern(r"(?:[^\W\d_][\w.'-]*\s+){0,2}[^\W\d_][\w.'-]*\s*[:：]\s+\S")
# A comment form's field label (`Full name *`, `نام و نام خانوادگی`).
_FIELD_LABEL_MAX: Final = 30
# The notice where no comment is posted yet, or none is taken (`Comments are closed`).
_NONE_YET: Final = lazy_pattern(
    r"\s*(?:no comments?\b|there are no comments|be the first to comment|هنوز نظری|نظری ثبت نشده"
    rf"|{N.CLOSED_COMMENTS})",
    re.IGNORECASE,
)


_COPYRIGHT: Final = tuple(whole_line(form) for form in L.COPYRIGHT_FORMS)


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
    if (wrapped := _wrapped_copyright(state, index, found)) is not None:
        line, found = wrapped
    if found is None:
        return None
    if state.fields.publisher is None:
        name = line.text[found.start("name") : found.end("name")].strip()
        if ":" in name:
            # A text browser set the `Last Update` cell or a visit counter's beside the
            # name's cell (`... of Elites      Today visits : 1284`).
            name = _COUNT_CELL().sub("", _LAST_UPDATE_CELL().sub("", name))
        # A table's next cells a tool printed on the line (`... of Elites | | No. 14 ...`), or
        # the page's address a print version sets under it, run on.
        name = name.split("|")[0].strip() or name
        name = name.split(" http", 1)[0].rstrip() if " http" in name else name
        state.fields.publisher = _without_address(name)
        state.fields.sister_rights |= line.key.lstrip().casefold().startswith("all rights")
    return Kind.COPYRIGHT


def _wrapped_copyright(
    state: LineState, index: int, found: re.Match[str] | None
) -> tuple[Line, re.Match[str]] | None:
    """The copyright line a narrow dump wrapped over the lines under it (`Copyright ©
    Vice-Presidency for` / `Science and Technology. All rights` / `reserved`), where the
    line alone names no publisher of the family and the joined lines do; those lines are
    the copyright's too."""
    key = state.lines[index].key
    # (A cell's counter a tool set beside it, `... Visits today : 4,812`, is no wrap.)
    if ":" in key or not key.lstrip().casefold().startswith(L.COPYRIGHT_OPENINGS):
        return None
    if found is not None and L.SITE_PUBLISHERS().search(found["name"]) is not None:
        return None
    texts = [state.lines[index].text]
    for below in range(index + 1, min(index + 1 + _COPYRIGHT_WRAPS, len(state.lines))):
        if ":" in state.lines[below].text:
            return None
        texts.append(state.lines[below].text)
        joined = Line(" ".join(texts))
        whole = copyright_line(joined.key)
        if whole is not None and L.SITE_PUBLISHERS().search(whole["name"]) is not None:
            state.ahead.update(dict.fromkeys(range(index + 1, below + 1), Kind.COPYRIGHT))
            return joined, whole
    return None


# The most lines a narrow dump wraps a copyright line's rest over.
_COPYRIGHT_WRAPS: Final = 2


def _without_address(name: str) -> str:
    """A family publisher's name without the address a tool ran on after it from the next
    block (`National Foundation of Elites Tehran, Vanak Square, ... No. 5`): its parts set
    apart by commas, or by one and with a number."""
    found = L.SITE_PUBLISHERS().match(name)
    rest = name[found.end() :].strip() if found is not None else ""
    commas = rest.count(",") + rest.count("،")
    address = commas > 1 or (commas and any(c.isdigit() for c in rest))
    # (An address opens with a place's name in capitals: a Persian name's words go on.)
    return name[: found.end()] if found is not None and address and rest[0].isupper() else name


# The `Last Update` cell with its date (`Last Update : Feb 19 2025`).
LAST_UPDATE_DATED: Final = rf"(?:{L.LAST_UPDATE}){L.COLON}{DATE}"
_LAST_UPDATE_CELL: Final = lazy_pattern(rf"\s{LAST_UPDATE_DATED}(?=\s)", re.IGNORECASE)
# A visit counter's cell: a label of a word or two, its colon, a count (`Today visits : 1284`).
COUNT_CELL: Final = r"[^\s:|]+(?:\s[^\s:|]+)?\s*[:：]\s*\d"
_COUNT_CELL: Final = lazy_pattern(rf"\s+{COUNT_CELL}[\d,٬]*\s*$")
_FOOTER_CHROME: Final = whole_line(rf"(?:{L.CAPTCHA}|{L.LAST_UPDATE}).*")


def footer_chrome_rule(state: LineState, index: int) -> Kind | None:
    """The captcha prompt and the `Last Update` line, which only stand in the footer."""
    return Kind.FOOTER_CHROME if _FOOTER_CHROME.fullmatch(state.lines[index].key) else None
