"""Dates as the site shows them, in the Gregorian and Solar Hijri calendars, to ISO 8601.

Times on the site are Tehran wall-clock times; the offset comes from the tz database
(`Asia/Tehran` kept daylight saving time until 2022), never from a fixed number.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

_MONTHS_EN: Final = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTHS_FA: Final = {
    "فروردین": 1,
    "اردیبهشت": 2,
    "خرداد": 3,
    "تیر": 4,
    "مرداد": 5,
    "شهریور": 6,
    "مهر": 7,
    "آبان": 8,
    "آذر": 9,
    "دی": 10,
    "بهمن": 11,
    "اسفند": 12,
}
# The Gregorian months as Persian pages name them (`24 سپتامبر 2023`), with their spellings.
_GREGORIAN_MONTHS_FA: Final = {
    "ژانویه": 1,
    "فوریه": 2,
    "مارس": 3,
    "آوریل": 4,
    "مه": 5,
    "می": 5,
    "ژوئن": 6,
    "ژوئیه": 7,
    "جولای": 7,
    "اوت": 8,
    "آگوست": 8,
    "سپتامبر": 9,
    "اکتبر": 10,
    "نوامبر": 11,
    "دسامبر": 12,
}
# Solar Hijri years on the site are 13xx-14xx; anything before 1700 cannot be Gregorian news.
_LAST_SOLAR_HIJRI_YEAR: Final = 1700

_WEEKDAY_EN = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
_WEEKDAY_FA = r"(?:یک|دو|سه|چهار|پنج)?[\s\u200c]*شنبه|جمعه"
_MONTH_EN = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
_MONTH_FA = "|".join([*_MONTHS_FA, *_GREGORIAN_MONTHS_FA])
_TIME = (
    r"(?P<{p}hour>[01]?\d|2[0-3])\s*:\s*(?P<{p}minute>[0-5]\d)(?:\s*:\s*(?P<{p}second>[0-5]\d))?"
)

# One date in any of the site's shapes. The named groups say which shape matched.
DATE: Final = (
    rf"(?:(?P<weekday>{_WEEKDAY_EN}|{_WEEKDAY_FA})\s*[,،]?\s*)?"
    r"(?:"
    rf"(?P<mon_en>{_MONTH_EN})\.?\s+(?P<day_a>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<year_a>\d{{4}})"
    rf"|(?P<day_b>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon_en_b>{_MONTH_EN})\.?\s*,?\s*(?P<year_b>\d{{4}})"
    rf"|(?P<day_c>\d{{1,2}})\s+(?P<mon_fa>{_MONTH_FA})\s*,?\s*(?P<year_c>\d{{4}})"
    r"|(?P<year_d>\d{4})\s*[/.-]\s*(?P<month_d>\d{1,2})\s*[/.-]\s*(?P<day_d>\d{1,2})"
    r"|(?P<day_e>\d{1,2})\s*[/.-]\s*(?P<month_e>\d{1,2})\s*[/.-]\s*(?P<year_e>\d{4})"
    r")"
)
# A date with its time on either side: `Sep 15 2023 - 10:00`, `15:17 - 14/05/2018`,
# `۲۴ شهریور ۱۴۰۲ - ساعت ۱۰:۰۰` (`ساعت`: "hour", with or without the dash).
DATE_TIME: Final = (
    rf"(?:{_TIME.format(p='pre_')}\s*[-–،,]?\s*)?{DATE}"
    rf"(?:\s*(?:[-–،,]\s*)?(?:ساعت\s*)?{_TIME.format(p='')})?"
)

_DATE_TIME_RE: Final = re.compile(DATE_TIME, re.IGNORECASE)
# Where a word opens: a letter or digit after a space, a bracket or the line's start.
_WORD_START: Final = re.compile(r"(?:(?<!\S)|(?<=[(\[]))[^\W_]")


@dataclass(frozen=True, slots=True)
class SiteDate:
    """A date read from a page, with its time when the page shows one."""

    day: dt.date
    time: dt.time | None
    has_weekday: bool

    def iso(self) -> str:
        """ISO 8601: with the Asia/Tehran offset of that moment, or the bare date."""
        if self.time is None:
            return self.day.isoformat()
        moment = dt.datetime.combine(self.day, self.time, tzinfo=_tehran())
        return moment.isoformat()


def head_date(value: str) -> str | None:
    """The ISO 8601 value of a date the HTML head states (`2024-10-02T14:05:00+03:30`,
    `2024-10-02T10:35:00Z`, `2024-10-02`), at the Asia/Tehran offset of that moment; None
    for what is no such date."""
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if len(value.strip()) <= _DAY_CHARS:
        return moment.date().isoformat()
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_tehran())
    return moment.astimezone(_tehran()).isoformat()


_DAY_CHARS: Final = len("2024-10-02")


@lru_cache(maxsize=1)
def _tehran() -> ZoneInfo:
    from zoneinfo import ZoneInfo  # only pages that show a time need the tz database

    return ZoneInfo("Asia/Tehran")


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Solar Hijri date; ValueError if there is no such date."""
    import jdatetime  # only pages with Solar Hijri dates pay for the import

    try:
        return jdatetime.date(year, month, day).togregorian()  # type: ignore[no-any-return]
    except (ValueError, TypeError) as error:
        raise ValueError(f"no such Solar Hijri date {year}/{month}/{day}") from error


def site_date(found: re.Match[str]) -> SiteDate:
    """The SiteDate a DATE_TIME match stands for; ValueError if it names no real day."""
    groups = found.groupdict()
    solar = False
    if groups["mon_en"] or groups["mon_en_b"]:
        name = (groups["mon_en"] or groups["mon_en_b"]).casefold()[:3]
        year, month = int(groups["year_a"] or groups["year_b"]), _MONTHS_EN[name]
        day = int(groups["day_a"] or groups["day_b"])
    elif groups["mon_fa"]:
        year, day = int(groups["year_c"]), int(groups["day_c"])
        name = groups["mon_fa"]
        solar = name in _MONTHS_FA
        month = _MONTHS_FA[name] if solar else _GREGORIAN_MONTHS_FA[name]
    elif groups["year_d"]:
        year, month, day = int(groups["year_d"]), int(groups["month_d"]), int(groups["day_d"])
    else:
        year, month, day = int(groups["year_e"]), int(groups["month_e"]), int(groups["day_e"])
    solar = solar or year < _LAST_SOLAR_HIJRI_YEAR
    try:
        date = solar_hijri_to_gregorian(year, month, day) if solar else dt.date(year, month, day)
    except ValueError as error:
        raise ValueError(f"no such date {year}/{month}/{day}") from error
    p = "" if groups["hour"] is not None else "pre_"
    hour, minute, second = groups[f"{p}hour"], groups[f"{p}minute"], groups[f"{p}second"]
    time = dt.time(int(hour), int(minute), int(second or 0)) if hour is not None else None
    return SiteDate(date, time, groups["weekday"] is not None)


def match_date_time(key: str, pos: int = 0) -> re.Match[str] | None:
    """Match DATE_TIME at `pos` of a line key (see `lines.match_key`)."""
    return _DATE_TIME_RE.match(key, pos)


def holds_date(key: str) -> bool:
    """Whether a line key holds a date (and time) opening at one of its words, run into
    other text (`... awards. Oct 1 2023 - 12:10 | 988`)."""
    return first_date_time(key) is not None


def first_date_time(key: str) -> re.Match[str] | None:
    """The first date (and time) opening at one of a line key's words, or None."""
    found = (match_date_time(key, word.start()) for word in _WORD_START.finditer(key))
    return next((match for match in found if match is not None), None)


def date_shaped(text: str) -> bool:
    """Whether a text is shaped as one date (and time) and nothing else, a possible day or not."""
    stripped = text.strip()
    shape = match_date_time(stripped)
    return shape is not None and shape.end() == len(stripped)


def parse_date(key: str) -> SiteDate | None:
    """A whole line key read as one date (and time), or None; raises for impossible dates."""
    found = _DATE_TIME_RE.fullmatch(key.strip())
    return None if found is None else site_date(found)


def possible_date(key: str) -> SiteDate | None:
    """A whole line key read as one date (and time) naming a real day, else None."""
    try:
        return parse_date(key)
    except ValueError:
        return None
