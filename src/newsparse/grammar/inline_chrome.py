"""What a CMS sets inside the article's text that is not the article's: an ad slot's label,
a figure's caption with its photo credit, a social network's post embedded in the text (its
author, words, date and link), and a pull quote that repeats a sentence of the text."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.state import Kind, LineState

# An ad slot's label alone (lynx prints the slot's `<ins>` as `[INS: :INS]`). A related
# story's line (`Read more: <headline>`) and a video's caption (`Video: ...`) stay the
# article's: the page sets them in its text, as earlier pages had them.
_INLINE: Final = lazy_pattern(
    r"\s*(?:\[INS:\s*:INS\]\s*)?(?:advertisement|sponsored|تبلیغات|آگهی)\s*(?:\[INS:\s*:INS\])?\s*"
    # A figure's caption ending with its credit (`... in Bushehr port. Photo: ISTI / Reza
    # Moradi`, `... در تبریز عکس: ایستی / مهسا رنجبر`): the credit says it labels a picture.
    r"|.{10,300}?\s(?:photo|photograph|image|credit|عکس|تصویر)\s*[:：]\s*[^.!?؟:]{2,60}",
    re.IGNORECASE,
)
# An embedded post's link to its network, closing its card (`View on X`, `Posted on December
# 6, 2019 · View on Instagram`, `۲۰ شهریور ۱۳۹۸ · مشاهده در اینستاگرام`).
_NETWORKS: Final = (
    r"(?:x|twitter|instagram|facebook|telegram|linkedin|threads|اینستاگرام|ایکس|توییتر)"
)
_VIEW_ON: Final = lazy_pattern(
    rf"(?:.{{0,60}}·\s*)?(?:view (?:on|it on) {_NETWORKS}|مشاهده در {_NETWORKS})\s*",
    re.IGNORECASE,
)
# The card's author line: a name and a handle (`Sepehr Drone @sepehrdrone`,
# `iut_chemistry · Isfahan University of Technology`).
_AUTHOR: Final = lazy_pattern(r"[^.!?؟]{0,60}(?:@\w+|\w+\s·\s)[^.!?؟]{0,60}")
# A card holds its author, a few lines of words and a date above its link.
_CARD_LINES: Final = 5


def inline_chrome_rule(state: LineState, index: int) -> Kind | None:
    """An ad slot's label, a credited caption, an embedded post's link."""
    key = state.lines[index].key
    if _INLINE().fullmatch(key) or _VIEW_ON().fullmatch(key):
        return Kind.CHROME
    return None


def settle_embedded_posts(state: LineState) -> None:
    """An embedded post's card above its link to the network, from its author line down:
    someone else's words, not the article's."""
    kinds, lines = state.kinds, state.lines
    for index, line in enumerate(lines):
        if kinds[index] is not Kind.CHROME or not _VIEW_ON().fullmatch(line.key):
            continue
        top = next(
            (
                i
                for i in range(index - 1, max(-1, index - _CARD_LINES - 1), -1)
                if kinds[i] is Kind.TEXT and _AUTHOR().fullmatch(lines[i].key)
            ),
            None,
        )
        if top is not None:
            kinds[top:index] = [Kind.CHROME] * (index - top)


# A pull quote repeats a sentence of the text, this many words, a few paragraphs from it.
_QUOTE_WORDS: Final = 8
_QUOTE_MAX_WORDS: Final = 60
_QUOTE_REACH: Final = 4
_QUOTES: Final = "\"'“”«»‘’ "
_CLOSING: Final = ".,;:!?؟،"


def without_pull_quotes(body: list[Line]) -> list[Line]:
    """The body less the lines that repeat, in quotes or not, words a paragraph near them
    holds (a pull quote set among the paragraphs it quotes)."""
    texts = [line.text for line in body]
    kept = []
    for at, line in enumerate(body):
        # Its closing mark may differ (`... is safe."` of `... is safe," he said`).
        quote = line.text.strip(_QUOTES).rstrip(_CLOSING).strip(_QUOTES)
        words = len(quote.split())
        near = texts[max(0, at - _QUOTE_REACH) : at] + texts[at + 1 : at + 1 + _QUOTE_REACH]
        repeated = _QUOTE_WORDS <= words <= _QUOTE_MAX_WORDS and any(
            quote in other and len(other) > len(quote) for other in near
        )
        if not repeated:
            kept.append(line)
    return kept
