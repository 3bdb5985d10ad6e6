"""What a browser's reader view sets around the article: the site's host or name, and its
estimate of the reading time (`en.isti.ir`, `2–3 minutes`), above or beside the title."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.dates import SiteDate, possible_date
from newsparse.grammar.lines import lazy_pattern

# The reader view's lines stand among the first ones, and are short.
READER_TOP: Final = 8
_READER_LINE_MAX: Final = 40
_READING_TIME: Final = lazy_pattern(
    r"\d+(?:\s*[–-]\s*\d+)?\s*(?:minutes?|min|دقیقه)(?:\s+(?:read|مطالعه))?", re.I
)


def reader_chrome(key: str) -> bool:
    """Whether a line is the reader view's host or reading time, or a read-later app's
    address of the page and its day saved: never the article's text."""
    stripped = key.strip()
    if stripped.startswith(("http://", "https://")) and " " not in stripped:
        return is_host(stripped.split("/")[2])
    if saved_day(stripped) is not None or _CLIP_TIME().fullmatch(stripped) is not None:
        return True  # (a clipper's time of day under its day: `10:05 AM`)
    if (labelled := SOURCE_URL().fullmatch(stripped)) is not None:
        return is_host(labelled["url"].split("/")[2])
    if " · " in stripped:  # an app's meta line: `farhang.isti.ir · 2 min read`, `Saved ... · 2 min`
        return all(reader_chrome(part) for part in stripped.split(" · "))
    return len(key) <= _READER_LINE_MAX and (is_host(stripped) or is_reading_time(stripped))


# A read-later app's or a clipper's line of the day it saved the page (`Saved February 11,
# 2024`, `Saved on Oct 21 2024`, `Clipped: 2024-10-22 21:14`), and a clipper's address of
# the page under its label (`Source: https://...`).
_SAVED: Final = lazy_pattern(
    r"(?:saved|archived|clipped|captured)(?: on)?\s*[:：]?\s*(?P<date>\S.{4,40}?)", re.I
)
_CLIP_TIME: Final = lazy_pattern(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?")
SOURCE_URL: Final = lazy_pattern(
    r"\s*(?:source|url|link|clipped from|saved from|original(?: url)?|منبع)\s*[:：]\s*"
    r"(?P<url>https?://\S+)\s*",
    re.I,
)


def saved_day(stripped: str) -> SiteDate | None:
    """The day a read-later app or a clipper says it saved the page, on a line of its own."""
    found = _SAVED().fullmatch(stripped.split(" · ", 1)[0])  # (`Saved ... · 2 min`)
    if found is None:
        return None
    date = possible_date(found["date"])
    return None if date is None else SiteDate(day=date.day, time=None, has_weekday=False)


def is_reading_time(stripped: str) -> bool:
    """Whether a stripped line is a reader view's reading time (`3–4 minutes`)."""
    return _READING_TIME().fullmatch(stripped) is not None


def is_host(text: str) -> bool:
    """Whether a text is a host of the site family alone (`en.isti.ir`), as a reader view
    shows it."""
    folded = text.casefold().removeprefix("www.")
    return any(folded == site or folded.endswith("." + site) for site in L.SITE_HOSTS)
