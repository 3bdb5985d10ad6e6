"""What a CMS sets inside the article's text that is not the article's: an ad slot's label,
a figure's caption with its photo credit (or one a tool ran on after a paragraph); a social
network's post embedded in the text is in `embedded_posts`, a caption above its credit in
`captions`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsparse.grammar.credit_words import (
    ALT_WORDS,
    CAPTION_WORDS,
    CREDIT,
    CREDIT_AT,
    CREDIT_FIRST,
    CREDIT_LABEL,
    CREDIT_NAMES,
    CREDIT_SOURCE,
    CREDITED,
    CREDITED_TEXT,
    NAMED_CREDIT,
    NEXT_SENTENCE,
)
from newsparse.grammar.embedded_posts import signed_post, view_on
from newsparse.grammar.lines import Line, cut, lazy_pattern
from newsparse.grammar.state import Kind, LineState

# An ad slot's label alone (lynx prints the slot's `<ins>` as `[INS: :INS]`). A related
# story's line (`Read more: <headline>`) and a video's caption (`Video: ...`) stay the
# article's: the page sets them in its text, as earlier pages had them.
_INLINE: Final = lazy_pattern(
    r"\s*(?:\[INS:\s*:INS\]\s*)?(?:advertisement|sponsored|تبلیغات|آگهی)"
    # The slot's image as a tool prints it (`[IMG]`, `[12][IMG]`, `[banner-88]`, `[]`).
    r"(?:\s*\[[^\]\[]{0,30}\])*\s*"
    # A figure's caption ending with its credit (`... in Bushehr port. Photo: ISTI / Reza
    # Moradi`): the credit says it labels a picture; or the credit alone, under its caption.
    rf"|{CREDITED_TEXT}|\s*{CREDIT_SOURCE}",
    re.IGNORECASE,
)
# The next cell's text run on after a credit alone: more words than most captions hold.
_TEXT_WORDS: Final = 20
# A caption of a line or two closed by its credit in brackets, then the paragraph a tool ran
# on after it, opening a sentence (`... at the Geneva fair (Photo: Reza Nouri) Two young ...`).
_CAPTION_BEFORE: Final = lazy_pattern(
    rf"[^.!?؟()|]{{10,250}}?\s\({NAMED_CREDIT}\)(?:\s+\|)?(?=\s+[\"“«]?[A-Z\u0600-\u06ff])",
    re.IGNORECASE,
)


def inline_chrome_rule(state: LineState, index: int) -> Kind | None:
    """An ad slot's label, a credited caption, an embedded post's link or signature."""
    key = state.lines[index].key
    if _INLINE().fullmatch(key) or view_on(key) or signed_post(key):
        return Kind.CHROME
    if (key[:1] == "(" or CREDIT().match(key)) and CREDIT_FIRST().fullmatch(key):
        return Kind.CHROME
    return None


def split_before_credited_caption(line: Line) -> Iterator[Line]:
    """A paragraph and the credited caption a tool ran on after it, apart (lynx prints a
    `<figure>` inline: `... a closer look. Radiologists review images. Photo: S. Ahmadi`): a
    caption is a line or two, its last sentence before the credit. A caption whose credit
    closes in brackets, run on before a paragraph (html2text flattens a cell), is apart too."""
    if "hoto" not in line.key and "عکس" not in line.key:
        yield line
        return
    leading = _CAPTION_BEFORE().match(line.key)
    if leading is not None and len(line.key[leading.end() :].split()) > ALT_WORDS:
        yield from cut(line, leading.end())
        return
    # A credit alone in its cell, html2text's wall, then the next cell's text (`Photo: BDC /
    # Reza Moradi | An Iranian biotechnology company has begun ...`).
    # (A caption after its credit is a few words: the text is a sentence, and longer.)
    alone, wall, rest = line.key.partition(" | ")
    if wall and CREDIT().fullmatch(alone) and _text_run_on(rest):
        yield from cut(line, len(alone), len(alone) + len(wall))
        return
    # Or with no wall (`Photo: Hamid Forootan The mirrors follow the sun ...`): the name, a
    # few words, then a sentence's opening word; a caption may stand before the credit.
    opening = _CREDIT_THEN_SENTENCE().search(line.key)
    if (
        opening is not None
        and len(line.key[: opening.start()].split()) <= CAPTION_WORDS
        and _text_run_on(line.key[opening.end() :])
    ):
        # The credit alone is left out: on a line of its own it would make the line above
        # its caption, where its picture's caption, if any, stood before it on this line.
        parts = list(cut(line, opening.end()))
        yield from parts if opening.start() > 0 else parts[1:]
        return
    found = CREDITED().fullmatch(line.key)
    credit = CREDIT_AT().search(line.key) if found is not None else None
    # Two captions with no space between (`... of Tabriz.The group's ...`): it is the second's.
    glued = _GLUED().search(line.key, 0, credit.start()) if credit is not None else None
    if glued is not None:
        yield from cut(line, glued.start())
        return
    if credit is None or len(line.key[: credit.start()].split()) <= CAPTION_WORDS:
        yield line
        return
    first = _first_of_captions(line.key, credit.start())
    breaks = [m.end() for m in NEXT_SENTENCE().finditer(line.key, 0, first)]
    if breaks and breaks[-1] == first:
        breaks.pop()  # the credit a sentence of its own, after its caption's
    if not breaks:
        yield line
        return
    yield from cut(line, breaks[-1])


def _first_of_captions(key: str, last: int) -> int:
    """Where the first credit stands of the captions that run on up to the last one, at
    `last`: each caption a line or two of words before its credit."""
    first = last
    for found in reversed(list(CREDIT_LABEL().finditer(key, 0, last))):
        if len(key[found.start() : first].split()) > CAPTION_WORDS:
            break
        first = found.start()
    return first


def _text_run_on(rest: str) -> bool:
    """Whether what follows a credit is the text's paragraph: a sentence, longer than a
    caption after its credit is."""
    return rest.rstrip().endswith((".", "!", "?", "؟")) and len(rest.split()) > _TEXT_WORDS


# A credit alone, its label in capitals (`Photo:`, not a sentence's `her best photo:`), then
# the words that open a paragraph's first sentence (`A`, `In` before a word in lower case: a
# name may hold them, `Reza A Moradi`, `Dawn At Anzali`).
_CREDIT_THEN_SENTENCE: Final = lazy_pattern(
    rf"(?:^|(?<=\s))[(\[]?(?-i:(?=[A-Z\u0600-\u06ff])){CREDIT_NAMES}\s*[:：]\s*"
    r"(?:[^\s.!?؟:()|]+\s){1,5}?"
    r"(?-i:(?=(?:The|According|This|These|It|Its|Their|After|During|Since)\s"
    r"|(?:A|An|In|On|At)\s[a-z\d]))",
    re.IGNORECASE,
)


# A sentence's end glued to the next caption's opening (`... of Tabriz.The group's ...`).
_GLUED: Final = lazy_pattern(r"(?<=[a-z]{2}\.)(?=[A-Z][a-z])")
