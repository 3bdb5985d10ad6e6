"""A picture's credit and the captions that carry it (`Photo: ISTI / Reza Moradi`, `(عکس:
ایستی)`), as patterns; and where a sentence ends and the next opens inside a line."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# A picture's credit (`Photo: ISTI / Reza Moradi`, `(عکس: ایستی)`, `[Photo: ...]`, `عکاس: ...`),
# alone or ending its caption.
CREDIT_NAMES: Final = (
    r"(?:photos?|photographs?|photographer|images?|credits?|عکس(?:[\s\u200c]?ها)?|عکاس|تصاویر"
    r"|تصویر)"
)
# (A name's initials keep their stops: `Photo: BIODC / A. Karimi`.)
CREDIT_SOURCE: Final = rf"[(\[]?{CREDIT_NAMES}\s*[:：]\s*(?:[^.!?؟:]|(?<=\b[A-Z])\.){{2,60}}"
CREDITED_TEXT: Final = rf".{{4,300}}?\s{CREDIT_SOURCE}"
# A caption is a line or two of words; its credit alone names the picture's source.
CAPTION_WORDS: Final = 30
ALT_WORDS: Final = 10
ALT_ENDS: Final = (".", "!", "?", "؟", ":")
CREDITED: Final = lazy_pattern(CREDITED_TEXT, re.IGNORECASE)
CREDIT: Final = lazy_pattern(rf"\s*{CREDIT_SOURCE}", re.IGNORECASE)
CREDIT_AT: Final = lazy_pattern(rf"(?<=\s){CREDIT_SOURCE}\s*$", re.IGNORECASE)
# A caption's words and its photographer after them (`... Photo: Reza Ahmadi`, `... (عکس: ...)`).
CREDIT_WORDS: Final = ("hoto", "HOTO", "عکس", "عکاس")
# A photographer named after the credit's label, as a caption's words go on to it.
NAMED_CREDIT: Final = r"(?:photo|photographer|عکس|عکاس)\s*[:：]\s*[^\W\d_][^.!?؟:()]{1,59}"
INLINE_CREDIT: Final = lazy_pattern(rf".{{10,300}}?\s\(?{NAMED_CREDIT}\)?", re.IGNORECASE)
# A caption that opens with its credit, in brackets or before a slash (`(Photo: Kerman Park)
# The control box.`, `Photo: Reza Nikpour / The students check ...`).
CREDIT_FIRST: Final = lazy_pattern(
    rf"(?:\({CREDIT_NAMES}\s*[:：][^()]{{2,60}}\)|{CREDIT_NAMES}\s*[:：][^()/|]{{2,60}}\s[/|])"
    r"\s+[^()]{1,300}",
    re.IGNORECASE,
)
REPORT_CREDIT: Final = lazy_pattern(
    r"\s*\(?(?:photos|photographs|images|عکس[\s\u200c]?ها|تصاویر)\s*[:：]", re.IGNORECASE
)


# A credit's label inside a line, after a space.
CREDIT_LABEL: Final = lazy_pattern(rf"(?<=\s)[(\[]?{CREDIT_NAMES}\s*[:：]", re.IGNORECASE)


def is_credited(text: str) -> bool:
    """Whether a line is a picture's caption with its credit (before or after it), or the
    credit alone."""
    return any(found().fullmatch(text) for found in (CREDITED, CREDIT, CREDIT_FIRST))


# A sentence's end, then a word opening in capitals or in Persian.
# (A name's title ends no sentence: `... producer Dr. Omid Tavakoli`.)
NEXT_SENTENCE: Final = lazy_pattern(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)(?<!\bEng)[.!?؟][\"”»]?\s+(?=[A-Z\u0600-\u06FF])"
)
# What ends a paragraph (a footnote's mark after it: `... purchases. [1]`).
PARAGRAPH_ENDS: Final = (".", "!", "?", "؟", "»", '"', "”", ":", ";", "؛", ")", "…", "*", "]")
