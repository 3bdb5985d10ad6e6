"""Lines no tool wrapped: sentences left whole on one line far past a width the capture
seems wrapped at, as a paste's paragraphs are."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.readers.indents import WIDTH_SPREAD

# Two sentences or more on one line.
_SENTENCES: Final = lazy_pattern(
    r"[a-z\u0600-\u06ff]{3}[.!?؟] +[A-Z\u0600-\u06ff].*\w[.!?؟:][\"”»)]?$"
)
# One sentence, opening in a capital (a paragraph's, no list's item's, or a heading's), or
# in Persian, which has none.
_ONE_SENTENCE: Final = (
    r"[A-Z][a-z]+(?:-[a-z]+)? [^.!?؟]*[a-z]{3}[.!?COLON][\"”»)]?"
    r"|[\u0600-\u06ff]+ [^.!?؟]*[\u0600-\u06ff]{2}[.!?؟COLON][\"”»)]?"
)
_SENTENCE: Final = lazy_pattern(_ONE_SENTENCE.replace("COLON", ""))
# Or a paragraph's over a list, ending with a colon: no tool leaves one whole past its width.
_SENTENCE_OR_OVER_A_LIST: Final = lazy_pattern(_ONE_SENTENCE.replace("COLON", ":"))


def sentences_whole(raw: list[str], far: list[str]) -> bool:
    """Whether lines far past a narrow width hold sentences left whole: two or more on a
    line, or one among lines right above or below it (a paste's, no blank line between)."""
    return any(_SENTENCES().search(text) for text in far) or _sentence_among_lines(raw, far)


def sentences_past(raw: list[str], width: int, measure: Callable[[str], int]) -> bool:
    """Whether two lines running on one another, each one whole sentence, run past `width`
    further than a tool's wrap reaches: a paste's paragraphs, no blank line between, whose
    short lines (headlines with their dates) fell near one length by chance. (A tool leaves
    a heading whole between blank lines, a list's item with its bullet, cells with gaps.)
    Or two such sentences apart, each past twice the width: no tool leaves two paragraphs
    so (a heading's copies are one text)."""
    above = False
    far: set[str] = set()
    for line in raw:
        text = line.strip()
        length = measure(text)
        past = (
            length > width + WIDTH_SPREAD
            and "   " not in text
            and _SENTENCE_OR_OVER_A_LIST().fullmatch(text) is not None
        )
        if past and above:
            return True
        if past and length > _TWICE * width:
            far.add(text)
        above = past
    return len(far) >= _FAR_SENTENCES


def _sentence_among_lines(raw: list[str], far: list[str]) -> bool:
    """Whether a line far past the width is one sentence with lines right above or below
    it: a paste's paragraph among its lines, no blank line between (a heading the tool
    left whole past its width stands between blank lines)."""
    if not any(_SENTENCE().fullmatch(text) for text in far):
        return False
    for at, line in enumerate(raw):
        if line.strip() in far and _SENTENCE().fullmatch(line.strip()):
            near = raw[max(0, at - 1) : at] + raw[at + 1 : at + 2]
            if any(other.strip() for other in near):
                return True
    return False


def lone_wrap(raw: list[str], width: int, measure: Callable[[str], int]) -> bool:
    """Whether two lines at most reach the width, with a line under them, while a sentence
    runs on one line past twice that width: a paste's title over its lead (and its short
    title over the date), no blank line between, with no tool's wrap in sight."""
    wraps = 0
    for line, below in pairwise(raw):
        wraps += bool(below.strip()) and width - WIDTH_SPREAD <= measure(line.rstrip()) <= width
    return wraps <= _LONE_WRAPS and any(
        measure(text) > _TWICE * width and "   " not in text and _SENTENCE().fullmatch(text)
        for text in map(str.strip, raw)
    )


_TWICE: Final = 2
_FAR_SENTENCES: Final = 2
_LONE_WRAPS: Final = 2
