"""Dates, calendars and small truth rules, written from FORMAT.md (never from the parser)."""

from __future__ import annotations

import datetime as dt
import random
from zoneinfo import ZoneInfo

TEHRAN = ZoneInfo("Asia/Tehran")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
STOP_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "with", "by", "from"}
_G_DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]


def random_moment(rng: random.Random, first_year: int, last_year: int) -> dt.datetime:
    """A local Tehran time, kept a few days away from the daylight-saving changes."""
    while True:
        day = dt.date(first_year, 1, 1) + dt.timedelta(
            days=rng.randrange((dt.date(last_year, 12, 31) - dt.date(first_year, 1, 1)).days)
        )
        if day.month in (3, 9) and 17 <= day.day <= 25:
            continue
        return dt.datetime(day.year, day.month, day.day, rng.randint(7, 22), rng.randrange(60))


def iso_published(moment: dt.datetime) -> str:
    """ISO 8601 with the offset that Asia/Tehran had on that date (tz database)."""
    return moment.replace(tzinfo=TEHRAN).isoformat()


def en_date(day: dt.date) -> str:
    """`Sep 15 2023`: month abbreviated, day not zero-padded."""
    return f"{MONTHS[day.month - 1]} {day.day} {day.year}"


def en_date_time(moment: dt.datetime, pad_hour: bool = False) -> str:
    """`Sep 15 2023 - 9:05` (24 h clock); `09:05` when pad_hour."""
    hour = f"{moment.hour:02d}" if pad_hour else str(moment.hour)
    return f"{en_date(moment.date())} - {hour}:{moment.minute:02d}"


def today_line(day: dt.date) -> str:
    """`Today : Thursday Oct 17 2024`, the capture date."""
    return f"Today : {WEEKDAYS[day.weekday()]} {en_date(day)}"


def gregorian_to_jalali(day: dt.date) -> tuple[int, int, int]:
    """Solar Hijri (Jalali) year, month, day of a Gregorian date (the arithmetic calendar)."""
    gy, gm, gd = day.year, day.month, day.day
    gy2 = gy + 1 if gm > 2 else gy
    days = (
        355666
        + 365 * gy
        + (gy2 + 3) // 4
        - (gy2 + 99) // 100
        + (gy2 + 399) // 400
        + gd
        + _G_DAYS_BEFORE_MONTH[gm - 1]
    )
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def jalali_date(day: dt.date) -> str:
    """`1402/06/24`."""
    jy, jm, jd = gregorian_to_jalali(day)
    return f"{jy}/{jm:02d}/{jd:02d}"


def jalali_date_time(moment: dt.datetime) -> str:
    """`1402/06/24 - 10:00`."""
    return f"{jalali_date(moment.date())} - {moment.hour:02d}:{moment.minute:02d}"


def persian_digits(text: str) -> str:
    return text.translate(PERSIAN_DIGITS)


def short_title(title: str) -> str:
    """The CMS's short title: the title with stop-words removed, cut at 64 characters."""
    kept = [w for w in title.split() if w.lower() not in STOP_WORDS]
    return " ".join(kept)[:64].rstrip()


def study_minutes(words: int) -> int:
    """Reading time at about 200 words a minute; 0 stands for `Less than one minute`."""
    return round(words / 200)


def views_text(views: int, rng: random.Random) -> str:
    """`1,204` or `1204` (no separator was seen, but be ready for one)."""
    return f"{views:,}" if views >= 1000 and rng.random() < 0.5 else str(views)


def strip_kicker(kicker: str) -> str:
    """The kicker as the record holds it: without its trailing `:` `;` `؛`."""
    return kicker.rstrip().rstrip(":;؛").rstrip()


def word_count(body: list[str]) -> int:
    return sum(len(item.split()) for item in body)
