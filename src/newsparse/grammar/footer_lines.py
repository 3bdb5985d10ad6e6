"""The article's info items and footer lines a tool ran together with the text beside them
(html2text flattens a table cell), a line each: the date, view count and study time on one
line; the footer's labels or the old portal's footer line after the body's last sentence;
the comment count and what a tool ran on before and after it."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.bar_words import bar_at_end
from newsparse.grammar.dates import DATE_TIME, holds_date
from newsparse.grammar.lines import Line, cut, lazy_pattern

# The current layout's info items on one line, and what a tool ran on after them (html2text
# flattens the table cell: `Feb 16 2025 - 11:05 486 Study time : 2 minute(s) <kicker>`).
_INFO_ROW: Final = lazy_pattern(
    rf"\s*(?:{DATE_TIME})\s+(?P<views>\d[\d,]*)\s+(?:{L.STUDY_TIME_VALUE})(?:\s+(?P<rest>\S.*))?",
    re.IGNORECASE,
)


# Or the items set apart by bars, the news code last, and the lead run on after it (`1403/02/18
# - 10:45 | بازدید: 538 | زمان مطالعه : 2 دقیقه | کد خبر : 87215 <lead>`).
_CODED_ROW: Final = lazy_pattern(
    rf"\s*(?:{DATE_TIME})(?:\s*\|[^|]+){{0,3}}\s*\|\s*(?:{L.NEWS_CODE}){L.COLON}\d+"
    rf"\s+(?P<rest>[^\W\d_].*)",
    re.IGNORECASE,
)


def split_info_row(line: Line) -> Iterator[Line]:
    """The date, the view count and the study time on one line, a line each; a row of them
    ending in the news code, apart from the text run on after it."""
    row = _INFO_ROW().fullmatch(line.key) if ":" in line.key else None
    if row is None:
        coded = _CODED_ROW().fullmatch(line.key) if "|" in line.key else None
        yield from cut(line, coded.start("rest")) if coded else (line,)
        return
    rest = row.start("rest") if row["rest"] else len(line.text)
    cuts = (0, row.start("views"), row.start("study"), rest)
    for start, end in itertools.pairwise(cuts):
        yield Line(line.text[start:end].strip(), line.bullet)
    if row["rest"]:
        yield Line(line.text[rest:].strip())


# The footer's first label after the body's last sentence (html2text runs a table cell's
# paragraphs and lines together: `... in the spring. News group : NEWS,Startups ...`, bmn's
# `... the summer. Publish date : 2021/07/04 Code : 2417`).
# (The footer's bullet may stand between, run on after the sentence too: `... no. 7.• News
# group : ...`.)
_FOOTER_AFTER: Final = lazy_pattern(
    rf"(?<=[.!?؟»”\"])(?:\s*[•·▪])?\s+"
    rf"(?=(?:{L.NEWS_GROUP}|{L.NEWS_CODE}|publish\s*date|تاریخ انتشار){L.COLON}\S)"
    # or the news group's list, to the line's end, after the tags' last word.
    rf"|(?:\s*[•·▪])?\s+(?=(?:{L.NEWS_GROUP}){L.COLON}\s*[^\s:.!?؟][^:.!?؟]*,[^:.!?؟]*$)",
    re.IGNORECASE,
)
# Where one sentence ends and the next begins (`... he said." The ...`); two such gaps, three
# sentences, on the line a tool ran a footer or a table onto: it ran the paragraphs together.
_SENTENCE_GAP: Final = lazy_pattern(r"[.!?؟][\"”»]?\s+\S")
_RUN_GAPS: Final = 2


def split_before_footer(line: Line) -> Iterator[Line]:
    """A body's last sentence and the footer a tool ran on after it, apart."""
    found = _FOOTER_AFTER().search(line.key) if ":" in line.key else None
    if found is None:
        yield line
        return
    yield from cut(line, found.start(), found.end())


def footer_run_on(lines: Iterable[Line]) -> bool:
    """Whether a tool ran the footer (the old portal's row too) on after the text, and its
    paragraphs together (three sentences or more on the footer's line)."""
    return any(
        (found := _FOOTER_AFTER().search(line.key) or PORTAL_FOOTER_AFTER().search(line.key))
        is not None
        and ran_together(line.key, found.start())
        for line in lines
        if ":" in line.key
    )


def ran_together(text: str, end: int | None = None) -> bool:
    """Whether three sentences or more stand in a text (before `end`), as where a tool ran
    a cell's paragraphs onto one line."""
    stop = len(text) if end is None else end
    return len(_SENTENCE_GAP().findall(text, 0, stop)) >= _RUN_GAPS


# The old portal's footer row's date: day first (Gregorian) or year first (Jalali).
_SLASHED_DATE: Final = r"(?:\d{1,2}/\d{1,2}/\d{4}|\d{4}/\d{1,2}/\d{1,2})"
# The old portal's footer line at the end of a body's last sentence or its end mark (html2text
# runs a table cell's paragraphs and lines together): `... groups. 11:05 - 12/06/2018 /
# Number : 37206 ...`, `... ### 11:10 - 18/09/2019 / Number : 35210 ...`, or in the next
# cell, after the wall (`... the region. | 10:05 - 17/01/2018 / Number : ...`).
# The row's opening: its time, its date and its code's label (`10:45 - 09/07/2019 / Number :`).
_PORTAL_ROW_OPENING: Final = (
    rf"(?:\d{{1,2}}:\d{{2}}\s*-\s*)?{_SLASHED_DATE}\s*/\s*"
    rf"(?:{L.OLD_PORTAL_NUMBER}|{L.NEWS_CODE}){L.COLON}\d"
)
# (With its time, the row says what it is after any word: a note's last words with no
# full stop, `... داور طرح‌های پژوهشی 08:15 - 1398/11/20 / Number : 5531`.)
PORTAL_FOOTER_AFTER: Final = lazy_pattern(
    rf"(?<=[.!?؟»”\"#)|])\s+(?={_PORTAL_ROW_OPENING})"
    rf"|(?<=\w)\s+(?=\d{{1,2}}:\d{{2}}\s*-\s*{_SLASHED_DATE}\s*/\s*(?:{L.OLD_PORTAL_NUMBER}){L.COLON}\d)"
)


def portal_row_wrapped(previous: str, stripped: str) -> bool:
    """Whether the old portal's footer row was wrapped after its date, the rest set apart by
    non-breaking spaces moving down whole (`... last year. 10:42 - 07/07/2018` / `/    Number
    : 35106    /    Show Count : 97`), or after a label (`14/07/2019    /    Number` / `:
    35871    /    Show` / `Count : 143`)."""
    if stripped[:1] in ":：Cب" and _PORTAL_LABEL_END().search(previous) is not None:
        return _PORTAL_LABEL_REST().match(stripped) is not None
    if previous.endswith("/") and _PORTAL_ROW_SLASH_END().search(previous) is not None:
        # (Or after the slash: `... last year. 10:20 - 17/08/2019    /` / `Number : ...`.)
        return _PORTAL_ROW_REST().match("/" + stripped) is not None
    return (
        stripped.startswith("/")
        and _PORTAL_ROW_REST().match(stripped) is not None
        and _PORTAL_ROW_DATE_END().search(previous) is not None
    )


_PORTAL_ROW_REST: Final = lazy_pattern(rf"/\s*(?:{L.OLD_PORTAL_NUMBER}){L.COLON}\d")
_PORTAL_ROW_DATE_END: Final = lazy_pattern(rf"{_SLASHED_DATE}\s*$")
_PORTAL_ROW_SLASH_END: Final = lazy_pattern(rf"{_SLASHED_DATE}\s*/$")
# (Persian labels the same: `شماره : ۲۲۸۴۵    /    تعداد` / `بازدید : ۱۷۳`.)
_PORTAL_LABEL_END: Final = lazy_pattern(
    rf"/\s*(?:{L.OLD_PORTAL_NUMBER}|Show(?: Count)?|تعداد(?: بازدید)?)\s*$"
)
_PORTAL_LABEL_REST: Final = lazy_pattern(r"(?:Count\s*|بازدید\s*)?[:：]\s*[\d۰-۹]")


def split_before_portal_footer(line: Line) -> Iterator[Line]:
    """A paragraph, and the old portal's footer line a tool ran on after it, apart."""
    found = PORTAL_FOOTER_AFTER().search(line.key) if "/" in line.key else None
    if found is None:
        yield line
        return
    # (The wall of the cell it stood in goes with it: `... the region. | 10:05 - ...`.)
    head = line.text[: found.start()].rstrip(" |")
    if head:
        yield Line(head, line.bullet)
    # The footer line ends with its count; a table's next cell may follow (`| Latest news`).
    count = _PORTAL_COUNT().search(line.key, found.end())
    end = count.end() if count is not None else len(line.key)
    yield Line(line.text[found.end() : end])
    rest = line.text[end:].strip(" |")
    if rest:
        yield Line(rest)


_PORTAL_COUNT: Final = lazy_pattern(L.COUNT_AFTER_LABEL, re.IGNORECASE)


# The study time's label and value, and another label a tool ran on after them (a template
# setting the study time and the news code on one row: `زمان مطالعه : 3 دقیقه کد خبر : 71904`).
_STUDY_TIME_AND_LABEL: Final = lazy_pattern(
    rf"\s*(?:{L.STUDY_TIME_VALUE})\s+(?=(?:{'|'.join(L.LABELS_BEFORE_A_COLON)}){L.COLON})",
    re.IGNORECASE,
)


# Or the study time ending a line, after the picture's alt text html2text ran it on to
# (`<title> زمان مطالعه : ۲ دقیقه`): a few words at least before it, and no date.
_STUDY_TIME_AT_END: Final = lazy_pattern(
    rf"(?<=\S)\s+(?=(?:{L.STUDY_TIME_VALUE})\s*$)", re.IGNORECASE
)
_RUN_ON_WORDS: Final = 4


def split_after_study_time(line: Line) -> Iterator[Line]:
    """The study time and the labelled item run on after it, apart; and the text run on
    before it."""
    found = _STUDY_TIME_AND_LABEL().match(line.key) if ":" in line.key else None
    if found is None:
        ending = _STUDY_TIME_AT_END().search(line.key) if not line.bullet else None
        # Not the info block's row, its date before (`Jul 2 2019 - 14:05 views 1,204 ...`),
        # nor its item's icon named (`زمان مطالعه زمان مطالعه : ۴ دقیقه`).
        before = line.key[: ending.start()] if ending is not None else ""
        ran_on = len(before.split()) >= _RUN_ON_WORDS and not holds_date(before)
        yield from cut(line, len(before)) if ran_on else (line,)
        return
    yield Line(line.text[: found.end()].rstrip(), line.bullet)
    yield Line(line.text[found.end() :].strip(), line.bullet)


# The old portal's whole row opening a line, and the text a tool ran on after its count
# (html2text runs the row standing over the kicker onto it: `... Show Count : 254 Energy:`),
# or the row's count alone, wrapped onto the kicker's line (`/ Show Count : 1,204 Energy:`).
_PORTAL_ROW_THEN: Final = lazy_pattern(
    rf"\s*(?:{_PORTAL_ROW_OPENING}\d*\s*)?/\s*{L.COUNT_AFTER_LABEL}\s+(?=\S)", re.IGNORECASE
)


def split_after_portal_row(line: Line) -> Iterator[Line]:
    """The old portal's row and the text run on after it, apart."""
    found = _PORTAL_ROW_THEN().match(line.key) if "/" in line.key else None
    if found is None:
        yield line
        return
    yield from cut(line, found.end())


def split_labelled_runs(line: Line) -> list[Line]:
    """The info row, the study time's row and the footer after the body's last sentence
    apart (each needs a label's colon: most lines hold none, and are asked nothing)."""
    if ":" not in line.key and "：" not in line.key:
        return [line]
    parts = [line]
    for split in (split_info_row, split_after_study_time, split_before_footer, _bar_after):
        parts = [piece for part in parts for piece in split(part)]
    return parts


def _bar_after(line: Line) -> Iterator[Line]:
    """bmn's labels and the print bar a tool ran on after them (`Visit count: 204 Print |
    Send to a friend`), a rating, or a box's next headline after its date, apart: the labels
    are read as one row, the bar as a bar."""
    labelled = L.opens_with_label(line.key)
    bar = bar_at_end(line.key) if labelled else None
    # (After a label's figure: a news group's list runs on into its share bar's label.)
    counted = bar is not None and line.key[:bar].rstrip()[-1:].isdigit()
    if not counted and labelled and (count := _VISIT_COUNT_THEN().search(line.key)) is not None:
        # Or whatever widgets ran on after its visit count (a rating, a labelled share bar).
        bar, counted = count.end(), True
    dated = _PUBLISHED_THEN().match(line.key) if not counted and labelled else None
    if dated is not None and not L.opens_with_label(line.key[dated.end() :].lstrip()):
        # Or a box's next headline after its item's date, no label (`Publish date :
        # 2020/01/22 Olympiad medallists meet ...`: html2text ran the items together).
        bar, counted = dated.end(), True
    yield from cut(line, bar) if bar is not None and counted else (line,)


_VISIT_COUNT_THEN: Final = lazy_pattern(r"visit\s*count\s*:\s*\d[\d,]*(?=\s+\S)", re.I)
_PUBLISHED_THEN: Final = lazy_pattern(
    r"\s*publish\s*date\s*:\s*\d{4}/\d{1,2}/\d{1,2}(?=\s+[^\W\d_])", re.I
)


# The English comment count, at a line's start, or anywhere in it after other words; or
# the Persian one under its label (`تعداد نظرات : ۲ **محمد** ...`, html2text's run-on cell).
COMMENT_COUNT: Final = lazy_pattern(rf"\s*{L.COMMENT_COUNT_FORMS[0]}", re.IGNORECASE)
_COMMENT_COUNT_INSIDE: Final = (
    *(
        lazy_pattern(rf"(?:^|(?<=\s))\s*{form}(?!\d)", re.IGNORECASE)
        for form in L.COMMENT_COUNT_FORMS[:2]
    ),
    # The comments' heading and count, the form's first field or the first comment after
    # (`نظرات کاربران (۰) نام`, `... (۲) علی کاش ...`).
    lazy_pattern(rf"(?<=\s){L.COMMENT_COUNT_FORMS[3]}(?=\s|$)", re.I),
)


def split_after_comment_count(line: Line) -> Iterator[Line]:
    """The comment count, and the captcha prompt or the comments a tool ran on into it (a
    narrow cell whose lines it joined), apart; and the keywords it ran the count on after."""
    key = line.key
    asked = "omment" in key or "نظرات" in key or "دیدگاه" in key
    counts = (pattern().search(key) for pattern in _COMMENT_COUNT_INSIDE) if asked else ()
    found = min((count for count in counts if count), key=lambda count: count.start(), default=None)
    if found is None or not (key[found.end() :].strip() or found.start()):
        yield line
        return
    before = line.text[: found.start()].strip()
    if before:
        yield Line(before, line.bullet)
    yield Line(line.text[found.start() : found.end()].strip(), line.bullet and not before)
    if key[found.end() :].strip():
        yield Line(line.text[found.end() :].strip())


def portal_wall_at(text: str, boundary: int) -> bool:
    """Whether the old portal's footer line (`15:17 - 14/05/2018    /    Number :`), its
    `/` padded with spaces, stands across the boundary: one cell, not two columns."""
    left, right = text[:boundary].rstrip(), text[boundary:].lstrip()
    if not left:
        return False  # (the line's rest a narrow column wrapped: `/   Number :`)
    if left.endswith(" /"):
        return _PORTAL_LABEL().match(right) is not None
    return right.startswith("/ ") and _PORTAL_LABEL().match(right[2:].lstrip()) is not None


# The label after the portal footer line's first `/` (`Number :`).
_PORTAL_LABEL: Final = lazy_pattern(rf"(?:{L.OLD_PORTAL_NUMBER})\s*:", re.IGNORECASE)
