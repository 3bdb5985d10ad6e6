"""What a line looks like: a kicker's ending, a short title, a byline, a copy run into a copy,
a lead; and where the page's order puts the title among them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Final

from newsparse.grammar import chrome_words as C
from newsparse.grammar import weights as W
from newsparse.grammar.bylines import is_byline, persian_name
from newsparse.grammar.lines import Line, lazy_pattern

KICKER_ENDINGS: Final = (":", ";", "؛")
SENTENCE_ENDINGS: Final = (".", "!", "。")
# The CMS cuts the short title at 64 characters; one cut at a word's end runs a few past.
_SHORT_TITLE_MAX: Final = 64
_SHORT_TITLE_OVER: Final = 8
# The longest stop-word the CMS drops from the short title (`with`, `from`, `about`).
_STOP_WORD_CHARS: Final = 5
_STOP_WORDS_IN_A_ROW: Final = 2
# Titles run past 250 characters; a bare kicker to 60, and far shorter than the title.
_TITLE_LIKE_MAX: Final = 320
BARE_KICKER_MAX: Final = 60
_KICKER_RATIO: Final = 1.5
_KICKER_RATIO_OVER_LEAD: Final = 1.2
# A kicker that is a name (`Afshin`, `Dr. Sattari`) or ends in a quote mark.
_NAME_WORDS: Final = 3
_SHORT_TITLE_WORDS: Final = 2
_QUOTES: Final = ('"', "”", "»", "'")
# The verbs a kicker naming a speaker ends with, and the fewest words it has.
_REPORTED: Final = lazy_pattern(
    r"\s(?:announced|announces|said|says|explained|explains|stated|states|noted|notes"
    r"|stressed|stresses|reported|reports|خبر داد|خبر می\u200cدهد|اعلام کرد|تاکید کرد|تأکید کرد"
    r"|عنوان کرد|بیان کرد|تشریح کرد|اظهار کرد|تصریح کرد|یادآور شد|مطرح کرد|مطرح شد|گفت)$",
    re.IGNORECASE,
)
_REPORTER_WORDS: Final = 3
_REPORTED_RATIO: Final = 2
# The attribution sentence many leads open with.
_ATTRIBUTION: Final = re.compile(
    r"(?:According to|به گزارش|بر اساس (?:این )?گزارش|به نقل از)", re.IGNORECASE
)
_WORD: Final = re.compile(r"\w+")
SENTENCE_BREAK: Final = re.compile(r"[.!?؟]\s+\S")
_TIME_WRAPPED: Final = re.compile(r"(\b\d{1,2}:) (?=\d{2}\b)")


@lru_cache(maxsize=256)
def norm(text: str) -> str:
    """The form lines are compared in: case folded, white space collapsed, a time wrapped
    at its colon whole."""
    # Cached: the title's evidence compares the same few lines many times over.
    return time_unwrapped(" ".join(text.casefold().split()))


def time_unwrapped(text: str) -> str:
    """A text with a time a tool wrapped at its colon made whole (pandoc's cells: `10:` /
    `30: Tehran ...`), so that the copies of a title holding a time compare equal."""
    return _TIME_WRAPPED.sub(r"\1", text) if ": " in text else text


def words_of(text: str) -> list[str]:
    """A text's words as compared across markups: case folded, marks and spaces aside."""
    return _WORD.findall(text.casefold())


def kicker_ending(text: str) -> bool:
    """Whether a line ends the way a kicker does."""
    return text.endswith(KICKER_ENDINGS)


def strip_kicker(text: str) -> str:
    """A kicker without its trailing `:` `;` `؛`."""
    return text.rstrip("".join(KICKER_ENDINGS) + " ")


# How far short of 64 characters the cut may leave the short title: its last word dropped
# whole, and the spaces around it.
_CUT_SLACK: Final = 16


def is_short_form(short: str, full: str) -> bool:
    """The CMS's short title: the full title's words with stop-words removed, cut at 64."""
    if len(short) > _SHORT_TITLE_MAX + _SHORT_TITLE_OVER or len(short) >= len(full):
        return False
    words, full_words = _WORD.findall(short.casefold()), iter(_WORD.findall(full.casefold()))
    # One word alone (a bare kicker) is no short form: it stands in many a line.
    if len(words) < _SHORT_TITLE_WORDS:
        return False
    *whole, last = words
    # The cut at 64 characters may leave the last word short of its end.
    if not all(_next_word(word, full_words) for word in whole) or not _next_word(
        last, full_words, cut=True
    ):
        return False
    # Cut near 64 characters, or not cut at all, it holds all of the title's words but
    # stop-words (a kicker whose words open a paragraph is no short form of it).
    rest = list(full_words)
    cut_near = _SHORT_TITLE_MAX - _CUT_SLACK <= len(short) <= _SHORT_TITLE_MAX
    return (
        cut_near
        or all(len(word) <= _STOP_WORD_CHARS for word in rest)
        or (len(short) > _SHORT_TITLE_MAX and _cut_past(words, rest, full))
    )


def _cut_past(words: list[str], rest: list[str], full: str) -> bool:
    """Whether a short title a few characters past 64 was cut inside the title: it left
    stop-words out (the title's own opening is none), and the title goes on past its last
    word, no sentence or quote closing there (a title a lead ran into ends so)."""
    titles = _WORD.findall(full.casefold())
    if words == titles[: len(words)]:
        return False
    gap = re.search(rf"{re.escape(words[-1])}\w*(\W*){re.escape(rest[0])}", full.casefold())
    return gap is not None and not any(mark in gap[1] for mark in _CLOSING_MARKS)


_CLOSING_MARKS: Final = '.!?؟”"»'


def _next_word(word: str, words: Iterator[str], *, cut: bool = False) -> bool:
    """Whether `word` comes next in `words` once stop-words are skipped: the short title
    drops only short words (`of`, `the`, `in`, `از`, `در`), never a name or a noun."""
    for skipped, other in enumerate(words):
        if other == word or (cut and other.startswith(word)):
            return True
        # Stop-words stand one or two together (`of the`): Persian nouns are as short.
        if len(other) > _STOP_WORD_CHARS or skipped == _STOP_WORDS_IN_A_ROW:
            return False
    return False


def cut_in_a_word(text: str, whole: str) -> bool:
    """Whether a line is a longer one cut inside a word (`... two gold me`): a capture cut in
    the title; not a drop cap or a short word the whole opens with."""
    return (
        COPY_MIN <= len(text) < len(whole)
        and whole.startswith(text)
        and text[-1:].isalnum()
        and whole[len(text)].isalnum()
    )


# The fewest characters a title's copy (cut, run into a line) holds: no word's or name's.
COPY_MIN: Final = 15


def doubled(text: str) -> str | None:
    """The text a line repeats twice over (`X X`, or pandoc's `[X]X`), if it does."""
    return _repeated(text, 2)


def tripled(text: str) -> str | None:
    """The text a line repeats three times over (alt text, caption and heading run on)."""
    return _repeated(text, 3)


def _repeated(text: str, times: int) -> str | None:
    if text.startswith("[") and "]" in text:
        text = text[1:].replace("]", " ", 1)
    key = norm(text)  # the copies a space apart, or none (elinks, links)
    for part in ((len(key) - times + 1) // times, len(key) // times):
        if part and key in (" ".join([key[:part]] * times), key[:part] * times):
            return " ".join(text.split())[:part].strip()
    return None


def title_like(text: str) -> bool:
    """Words, short enough for a title, not several sentences (a title may end in `.`)."""
    return (
        len(text) <= _TITLE_LIKE_MAX
        and len(SENTENCE_BREAK.findall(text)) < 2
        and any(c.isalpha() for c in text)
    )


def lead_like(text: str) -> bool:
    """The lead: an attribution opening (`According to ...`), or longer than titles run."""
    return not title_like(text) or _ATTRIBUTION.match(text) is not None


def prose(text: str) -> bool:
    """A paragraph: longer than any title, or several sentences, or an attribution."""
    return len(text.split()) >= W.PROSE_WORDS or lead_like(text)


def _bare_kicker(text: str) -> bool:
    """A kicker with no `:` or `;`: a name or a short phrase, not a sentence."""
    return len(text) <= BARE_KICKER_MAX and not text.endswith(SENTENCE_ENDINGS)


def name_shaped(line: Line) -> bool:
    """A name or a word alone (`Afshin`, `گزارش`): a few words, no digit, no punctuation, no
    chrome word."""
    words = line.text.split()
    return (
        0 < len(words) <= _NAME_WORDS
        and not line.bullet
        and not any(c.isdigit() or c in "|/>:;.!?،," for c in line.text)
        and not any(word.casefold() in C.CHROME_TOKENS for word in words)
    )


def reports(text: str) -> bool:
    """A kicker that lost its colon: who speaks, then the verb that says so (`Head of the
    fund announced`, `... خبر داد`). A title saying something was announced opens with what."""
    return len(text.split()) >= _REPORTER_WORDS and _REPORTED().search(text) is not None


def _lead_under_title(second: str, third: str) -> bool:
    """Whether a line that ends no sentence has a longer sentence, a lead, right under it."""
    return (
        not second.endswith(SENTENCE_ENDINGS)
        and third.endswith(SENTENCE_ENDINGS)
        and len(third) > len(second)
        and not lead_like(second)
    )


def kicker_after_bullets(post: list[Line]) -> bool:
    """Whether the first line below the bullets is a kicker, with the title under it."""
    if len(post) < 2:
        return False
    first, second = post[0].text, post[1].text
    if is_byline(first) or persian_name(first) or is_byline(second) or lead_like(second):
        return False
    if kicker_ending(first):
        return True
    # Under a title saying what was announced, the lead runs far longer than the title.
    if reports(first) and len(second) <= _REPORTED_RATIO * len(first):
        return True
    # A phrase ending in a quote above a title with its byline under it (an opinion piece):
    # the byline says which line is the title.
    quoted = first.endswith(_QUOTES) and not second.endswith(SENTENCE_ENDINGS)
    if quoted and len(post) > 2 and is_byline(post[2].text):
        return True
    # A bare kicker above a title, the lead below: shorter by far than the title. Above a
    # sentence (the lead, or a title ending in `.`) only a name or a quote makes a kicker.
    if len(post) < 3 or not _bare_kicker(first):
        return False
    # The lead right under a line that ends no sentence: that line is the title, and only
    # somewhat longer than the phrase above it (a quote closing it, not a full stop).
    ratio = _KICKER_RATIO_OVER_LEAD if _lead_under_title(second, post[2].text) else _KICKER_RATIO
    if len(second) <= ratio * len(first):
        return False
    named = len(first.split()) <= _NAME_WORDS or first.endswith(_QUOTES)
    return named or not second.endswith(SENTENCE_ENDINGS)


# A row of links: three items or more of a few words, bars between, no sentence's marks.
_LINK_BARS: Final = lazy_pattern(r"\s+[|¦]\s+")
_LINK_ROW_ITEMS: Final = 3
_LINK_WORDS: Final = 4


def link_row(text: str) -> bool:
    """Whether a line is a row of links with bars between (`سامانه سکو | جوایز | پیوندها`)."""
    if "|" not in text and "¦" not in text:
        return False
    items = _LINK_BARS().split(text.strip())
    return (
        len(items) >= _LINK_ROW_ITEMS
        and all(0 < len(item.split()) <= _LINK_WORDS for item in items)
        and not any(mark in text for mark in ".:;!?؛؟")
    )


def one_spaced(text: str) -> str:
    """The text with its whitespace runs as single spaces, its case kept."""
    return " ".join(text.split())


def is_cut(text: str) -> bool:
    """Whether a title was cut short (`... to the textile...`)."""
    return text.endswith(("...", "…"))
