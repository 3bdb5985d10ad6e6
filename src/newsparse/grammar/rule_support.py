"""What the line rules share: whole-line patterns, the label-language count, and counts
and dates read with a warning where the page states an impossible one."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.dates import DATE_TIME, SiteDate, date_shaped, match_date_time, site_date
from newsparse.grammar.lines import PERSIAN_LETTER, lazy_pattern
from newsparse.grammar.state import LineState

# Line patterns allow white space at the ends of a key: an RLM or LRM typed around a
# label becomes a space there (see `lines.match_key`).
EDGE: Final = r"\s*"


# A date (and time, and a count) ending a line, in brackets or not (`(Oct 28 2024, 312 views)`,
# `[Oct 11 2024]`, `Oct 12 2024 - 09:30 (1,118)`): a headline list's item, or the article's
# date a tool ran onto a notice or a title copy. Dates and times take at most the tail.
# The count may be labelled as bmn labels its own (`Visit count: 187`).
_COUNT: Final = rf"(?:{L.NUMBER}(?:\s*(?:{L.VIEWS}))?|{L.COUNT_AFTER_LABEL})"
_DATED_END: Final = lazy_pattern(
    rf"\s[(\[]?(?:{DATE_TIME})(?:\s*[,،]\s*{_COUNT})?[)\]]?"
    rf"(?:\s*[-–|•·]?\s*[(\[]?{_COUNT}[)\]]?)?\s*$",
    re.IGNORECASE,
)
_DATED_TAIL: Final = 60


def dated_end(key: str) -> re.Match[str] | None:
    """The date (time, count) a line key ends with, if it ends with one."""
    return _DATED_END().search(key, max(0, len(key) - _DATED_TAIL))


def dated_start(key: str) -> bool:
    """Whether a line key opens with a date, then a headline of a few words ending no
    sentence (a calendar's item: `2018/05/02 Deadline for the Shahid Chamran award`)."""
    found = match_date_time(key, 0) if key[:1].isdigit() else None
    rest = key[found.end() :].strip() if found is not None else ""
    return len(rest.split()) >= _HEADLINE_WORDS and not rest.endswith((".", "!", "?", "؟"))


_HEADLINE_WORDS: Final = 3


def timetable_date(label_value: str, dated: str) -> bool:
    """Whether a date at a line's end is a timetable's: after its label's colon stand only a
    word of time leading up to it, and maybe a date before that word (`applications: Jan 15
    2025 to Feb 28 2025`, `...: until Apr 30 2025`); no time, no count after it, as a
    headline's date has (`Rouhani: sanctions must end by Sep 3 2023 - 09:15 412`)."""
    found = _UP_TO().search(label_value)
    if found is None or ":" in dated or not date_shaped(dated):
        return False
    rest = label_value[: found.start()].strip()
    return not rest or date_shaped(rest)


_UP_TO: Final = lazy_pattern(
    r"(?<!\S)(?:to|until|till|through|by|before|after|since|from|تا|از)\s*$", re.IGNORECASE
)


def whole_line(pattern: str) -> re.Pattern[str]:
    """A pattern that must match a whole line key, marks at its ends aside."""
    return re.compile(rf"{EDGE}(?:{pattern}){EDGE}", re.IGNORECASE)


def label_language(state: LineState, label_text: str) -> None:
    if PERSIAN_LETTER.search(label_text):
        state.fields.persian_labels += 1
    else:
        state.fields.english_labels += 1


# Counts past int64 fit no Parquet column, and jq or pandas would round them silently.
_INT64_MAX: Final = 2**63 - 1


def count(state: LineState, name: str, digits: str) -> int | None:
    """A count the page states, or None with a warning when no int64 column could hold it."""
    plain = digits.replace(",", "")
    # Checked by length first: int() refuses strings of thousands of digits.
    if len(plain) > len(str(_INT64_MAX)) or int(plain) > _INT64_MAX:
        shown = digits if len(digits) <= 40 else f"{digits[:40]}…"
        state.fields.warnings.append(f"{name} {shown} is past any real count; left out")
        return None
    return int(plain)


def date_or_warning(state: LineState, found: re.Match[str]) -> SiteDate | None:
    try:
        return site_date(found)
    except ValueError as error:
        state.fields.warnings.append(str(error))
        return None
