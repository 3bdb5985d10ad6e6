"""A story's links to the one before and the one after it (`« Previous photo report | Next
photo report »`, `Next: <headline> »`, `خبر قبلی خبر بعدی`), and a gallery's count of its
pictures (`6 pictures`, `۴ تصویر`): chrome around the text."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# Persian names what the link leads to before the word (`اینفوگرافیک قبلی`).
_PREVIOUS: Final = r"(?:previous|prev|older|(?:[\u0600-\u06ff\u200c]+\s+)?قبلی)"
_NEXT: Final = r"(?:next|newer|(?:[\u0600-\u06ff\u200c]+\s+)?بعدی)"
# What the link leads to, a word or two (`Previous photo report`, `Next infographic`).
_WHAT: Final = (
    r"(?:\s+(?:news|story|article|post|item|photo\s+report|report|infographic|gallery|video"
    r"|page))?"
)
# Both links on one line, between their arrows.
_BOTH: Final = rf"\s*[«‹<]?\s*{_PREVIOUS}{_WHAT}\s*[|·•/]?\s*{_NEXT}{_WHAT}\s*[»›>]?\s*"
# One link with the headline it leads to, its arrow pointing the way (`« Previous: ...`,
# `Next: ... »`); Persian says which way in its words.
_ONE: Final = (
    rf"\s*[«‹<]\s*{_PREVIOUS}{_WHAT}\s*[:：]\s*\S.{{0,150}}"
    rf"|\s*{_NEXT}{_WHAT}\s*[:：]\s*\S.{{0,150}}?\s*[»›>]\s*"
    r"|\s*(?:خبر|مطلب|گزارش)\s+(?:قبلی|بعدی)\s*[:：]\s*\S.{0,150}"
)


# A gallery's count of its pictures, alone on its line.
_PICTURES: Final = r"\s*\(?[\d۰-۹]{1,3}\s+(?:pictures|photos|images|تصویر|عکس|قطعه\s+عکس)\)?\s*"
# All three in one pattern: every line of a capture is asked, in its wraps too.
_PAGER: Final = lazy_pattern(f"(?:{_BOTH})|(?:{_ONE})|(?:{_PICTURES})", re.I)


def story_pager(key: str) -> bool:
    """Whether a line is a story's previous and next links, or one of them with its headline,
    or a gallery's count of its pictures."""
    return _PAGER().fullmatch(key) is not None
