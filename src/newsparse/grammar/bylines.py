"""Whose line it is: a byline (`Parviz Karami *`, `Dr. Sourena Sattari`, `By ...`), a credit
(`Translated by ...`, `گزارش: ...`) or a Persian given name and family name."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.names import GIVEN_NAMES, NAME_TITLES

_ENDS: Final = (".", "!", "。", "?", "؟")
_BYLINE_TITLES: Final = re.compile(rf"(?:By|{'|'.join(NAME_TITLES)})\b\.?", re.I)
# A credit naming who wrote, asked, translated or photographed (`Interview by Navid
# Karimi`, `ترجمه: علی نوری`, `ترجمه و تنظیم: ...`): a label a name follows.
_CREDIT: Final = re.compile(
    r"(?:(?:Interview(?:ed)?|Translat(?:ed|ion)|Report(?:ed|ing)?|Written|Story|Text"
    r"|Compiled|Edited|Photos?|Pictures?) by:?"
    r"|(?:Reporter|Author|Writer|Translator|Photographer|Photos) ?:"
    r"|(?:(?:گزارش|گفت‌?و?‌?گو|مصاحبه|ترجمه)(?: از)?|مترجم|نویسنده|خبرنگار|تنظیم|عکس"
    r"|(?:ترجمه|تهیه|گردآوری) و تنظیم) ?:"
    r"|به قلم) \S"
    # A desk's or a team's byline, no person's (`By INSF news desk`, `By our correspondent`).
    r"|By (?:the |our )?(?:[A-Z]{2,8} )?(?:news ?desk|news service|newsroom|staff(?: writer)?"
    r"|correspondent|reporter|editorial (?:team|desk))\s*$",
    re.I,
)
_BYLINE_WORDS: Final = 5
_STARRED_WRITERS_MAX: Final = 4
_STARRED_APART: Final = re.compile(r"(?<=\*)\s*[,،]\s*")
_BYLINE_MAX: Final = 50
_PAIRED_NAME_WORDS: Final = 3
# Words of a field's, a place's or a body's name, never of a person's: two such names paired
# under the title are a deck's or a section's line (`Climate Change and Public Health`).
_NOT_NAMES: Final = frozenset(
    "university institute institution technology technologies science sciences research"
    " park parks council foundation fund centre center company companies agency ministry"
    " organization organisation society association academy school college hospital"
    " laboratory laboratories network office department industry industries development"
    " innovation energy water health public climate change policy materials advanced nano"
    " environment economy engineering medicine education culture security space trade"
    " iran iranian tehran national international".split()
)
_CREDITS_APART: Final = re.compile(r"\s*[;؛]\s+")
_NOTE_MARK: Final = re.compile(r"(?<=[^\W\d])(?:\s?(?:\(\d\)|\[\d\])|\d|[¹²³†])$")


def is_byline(text: str, *, loose: bool = False) -> bool:
    """A name alone on its line (`Parviz Karami *`, `Dr. Sourena Sattari`, `By ...`) or
    with its credit (`Translated by ...`, `گزارش: ...`); with `loose`, any two to four
    capitalized words, or a Persian given name and a family name (said of the line right
    under a title)."""
    if (mark := _NOTE_MARK.search(text)) and (words := text[: mark.start()].split()):
        named = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
        return named and is_byline(f"{text[: mark.start()]} *")  # a footnote's mark
    if len(text) > _BYLINE_MAX * 2 or any(c.isdigit() for c in text):
        return False
    # The writer's and the translator's credits set apart by a bar (`نوشته: ... * | ترجمه:
    # ...`, `By ... | Translated by ...`).
    if " | " in text and len(credits := text.split(" | ")) == 2:
        return all(credit.strip() and is_byline(credit.strip()) for credit in credits)
    # Or by a semicolon, each with its label (`Interview by ...; translated by ...`).
    if len(credits := _CREDITS_APART.split(text.strip())) == 2 and all(map(_CREDIT.match, credits)):
        return all(is_byline(credit.strip()) for credit in credits)
    if _credits(text):
        return True
    # Writers set apart by commas, each with their note's stars (`دکتر مریم کاظمی *، دکتر
    # علی نوروزی **`, `Ali Rostami *, Neda Karimi **`; a tool may take the last for bold).
    starred = _STARRED_APART.split(text.strip())
    if 1 < len(starred) <= _STARRED_WRITERS_MAX and all(map(is_byline, starred[:-1])):
        # (The last one's stars a reader took for bold's marks, and dropped: any name.)
        return is_byline(starred[-1], loose=not starred[-1].endswith("*"))
    # Two authors, each with a title (`Prof. Reza Kazemi and Eng. Leila Noori`); or named
    # after a credit (`Written by Hamid Rostami and Leila Farahani`, `By ...`), each a name.
    if " and " in text or " و " in text:
        credit = _CREDIT.match(text)
        names = text[credit.end() - 1 :] if credit else text
        pair = names.rstrip(" *").split(" and " if " and " in names else " و ")
        if len(pair) == 2 and credit:
            return all(is_byline(name, loose=True) for name in pair)
        if loose and len(pair) == 2 and not credit and ", " in pair[0]:
            # (Three writers or more right under the title: `Ali Rostami, Neda Karimi and
            # Omid Haghi`, each a name.)
            several = [*pair[0].split(", "), pair[1]]
            return all(is_byline(name, loose=True) and "," not in name for name in several)
        if len(pair) == 2 and pair[0].startswith("By "):
            # (`By Hamed Tavakoli and Leila Sadri`: each a name, the credit's `By` aside.)
            return all(is_byline(name, loose=True) for name in (pair[0][3:], pair[1]))
        if len(pair) == 2 and (text.endswith("*") or loose):
            # (Two writers sharing their note's star, `Hamed Saberi and Leila Moradi *`, or
            # none right under the title: each a name of two or three words.)
            return all(
                is_byline(name, loose=True) and (text.endswith("*") or _paired_name(name))
                for name in pair
            )
        if len(pair) == 2:
            return all(_BYLINE_TITLES.match(name) and is_byline(name) for name in pair)
    if len(text) > _BYLINE_MAX:
        return False
    words = text.rstrip(" *").split()
    # Credits may stand two to a line (`گزارش از: مریم احمدی عکس: علی رضایی`).
    if _CREDIT.match(text) and not text.endswith((":", "؛", ";", *_ENDS)):
        return len(words) <= 2 * _BYLINE_WORDS
    # A name ending as a kicker does introduces what they said (`Dr. Mahnaz Rostami:`).
    if not words or len(words) > _BYLINE_WORDS or text.endswith((":", ";", "؛")):
        return False
    if text.endswith("*"):
        return True
    if _BYLINE_TITLES.match(text):
        # A title's name, its words capitalized (`Dr. Sourena Sattari`), not a phrase that
        # opens with one (`Dr. Kazemi Ashtiani research grant`).
        return all(not word[:1].islower() for word in words[1:])
    if not loose or text.endswith((".", ":", ";", "?", "؟", "!")):
        return False
    return 2 <= len(words) <= 4 and (all(w[:1].isupper() for w in words) or persian_name(text))


# A credit's label, where credits stand two or three to a line.
_LABEL: Final = re.compile(
    r"(?:(?:Interview(?:ed)?|Translated|Report(?:ed)?|Written|Text|Edited|Photos?) by:?"
    r"|(?:Reporter|Report|Author|Writer|Translator|Photographer|Photos?) ?:)\s",
    re.I,
)
_NAMES_APART: Final = re.compile(r",\s*|\s+and\s+|\s*[/|]\s*$")


def _credits(text: str) -> bool:
    """Whether a line is credits two or three to a line, each label's names after it
    (`Photo: Hamed Rostami Written by Sara Jafari, Omid Rahimi and Nasim Karimi`)."""
    labels = list(_LABEL.finditer(text))
    if len(labels) < 2 or labels[0].start() != 0:
        return False
    ends = [found.start() for found in labels[1:]] + [len(text)]
    return all(
        all(
            is_byline(name, loose=True)
            for name in _NAMES_APART.split(text[found.end() : end].strip())
            if name
        )
        for found, end in zip(labels, ends, strict=True)
    )


def persian_name(text: str) -> bool:
    """Whether a line is a Persian given name and a family name (`زهرا کریمی`): Persian
    writes no capitals, so the given name says it."""
    words = text.split()
    return (
        2 <= len(words) <= _PERSIAN_NAME_WORDS
        and all(map(_PERSIAN_WORD.fullmatch, words))
        and words[0].replace("ي", "ی") in GIVEN_NAMES
    )


_PERSIAN_NAME_WORDS: Final = 3
_PERSIAN_WORD: Final = re.compile(r"[\u0600-\u06ff\u200c]+")


def _paired_name(name: str) -> bool:
    """Whether one of two names paired with `and` under the title is a person's: two or
    three words, none of a field's or a body's name."""
    words = name.split()
    return len(words) <= _PAIRED_NAME_WORDS and not any(
        word.casefold() in _NOT_NAMES for word in words
    )
