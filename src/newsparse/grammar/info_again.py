"""The article's date and view count said again in a box's words under its title (`Saturday,
11 January 2025, 09:45 | Seen 347 times`, `8 Feb 2020 · 233 visits · Print · Share: X`), and
the date it was last changed (`Updated: Aug 5 2021 - 10:20`): a page's furniture, which no
reader takes for the text, and no date of its publication."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.bar_words import is_box_line
from newsparse.grammar.dates import DATE_TIME, first_date_time
from newsparse.grammar.lines import lazy_pattern

# (A line's key has Latin digits, a comma between thousands.)
_N: Final = r"\d[\d,]*"
# A count in words no info label of the site's uses (`Seen 347 times`, `233 visits`).
_COUNT: Final = lazy_pattern(
    rf"(?:seen|viewed|read)\s+{_N}\s+times"
    rf"|{_N}\s+(?:visits?|views?|reads?|بار\s+دیده\s+شده|بازدید)\b"
    rf"|(?:visits?|views?|seen|بازدید)\s*[:：]\s*{_N}",
    re.IGNORECASE,
)
# The words each of `_COUNT`'s forms holds.
_COUNT_WORDS: Final = ("visit", "view", "seen", "read", "بار", "بازدید")
_SEPARATORS: Final = " |·•*,-–/"
_BARS: Final = lazy_pattern(r"\s*[|·•*]\s*")
# Longer than a date, a count and a bar of buttons: a sentence.
_AGAIN_MAX: Final = 120


def info_again(key: str) -> bool:
    """Whether a line holds a date and a count in words of their own, and else only a bar of
    buttons (print, share) or the separators between them."""
    # (Most lines asked name no count: that is cheaper to see than where a date stands.)
    folded = key.casefold()
    if len(key) > _AGAIN_MAX or not any(word in folded for word in _COUNT_WORDS):
        return False
    date = first_date_time(key)
    if date is None:
        return False
    rest = f"{key[: date.start()]} {key[date.end() :]}"
    count = _COUNT().search(rest)
    if count is None:
        return False
    rest = f"{rest[: count.start()]} {rest[count.end() :]}".strip(_SEPARATORS)
    # (The buttons each between bars: `Print · Email · Share: Telegram X`.)
    return not rest or is_box_line(rest) or all(map(is_box_line, _BARS().split(rest)))


# The article's own update line (not the site's `Last Update` in the footer, a footer label).
_UPDATED: Final = lazy_pattern(
    r"\s*(?:updated(?: on)?|last (?:modified|edited)|modified|edited"
    r"|آخرین[\s\u200c]*ویرایش|ویرایش[\s\u200c]*شده|به[\s\u200c]*روز[\s\u200c]*شده)"
    rf"\s*(?:[:：]\s*)?(?:{DATE_TIME})\s*",
    re.IGNORECASE,
)


def updated_line(key: str) -> bool:
    """Whether a line is the article's update label and its date, and nothing else."""
    return _UPDATED().fullmatch(key) is not None


def dated_furniture(key: str) -> bool:
    """Whether a line is the article's date said again or its update line."""
    return info_again(key) or updated_line(key)
