"""What a browser's reader view sets around the article: the site's host or name, and its
estimate of the reading time (`en.isti.ir`, `2–3 minutes`), above or beside the title."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.lines import lazy_pattern

# The reader view's lines stand among the first ones, and are short.
READER_TOP: Final = 8
_READER_LINE_MAX: Final = 40
_READING_TIME: Final = lazy_pattern(r"\d+(?:\s*[–-]\s*\d+)?\s*(?:minutes?|min|دقیقه)", re.I)


def reader_chrome(key: str) -> bool:
    """Whether a line is the reader view's host or reading time, or a read-later app's
    address of the page and its day saved: never the article's text."""
    stripped = key.strip()
    if stripped.startswith(("http://", "https://")) and " " not in stripped:
        return is_host(stripped.split("/")[2])
    if _SAVED().fullmatch(stripped) is not None:
        return True
    return len(key) <= _READER_LINE_MAX and (is_host(stripped) or is_reading_time(stripped))


# A read-later app's line of the day it saved the page (`Saved February 11, 2024`).
_SAVED: Final = lazy_pattern(r"(?:saved|archived)(?: on)? [A-Z][a-z]+ \d{1,2}, \d{4}", re.I)


def is_reading_time(stripped: str) -> bool:
    """Whether a stripped line is a reader view's reading time (`3–4 minutes`)."""
    return _READING_TIME().fullmatch(stripped) is not None


def is_host(text: str) -> bool:
    """Whether a text is a host of the site family alone (`en.isti.ir`), as a reader view
    shows it."""
    folded = text.casefold().removeprefix("www.")
    return any(folded == site or folded.endswith("." + site) for site in L.SITE_HOSTS)
