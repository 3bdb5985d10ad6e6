"""Where the page's order puts the title, when no copy or head names it: under the kicker
below the bullets, else the first line below them, else the last line above them."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.bylines import is_byline
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.shapes import (
    BARE_KICKER_MAX,
    SENTENCE_ENDINGS,
    kicker_after_bullets,
    kicker_ending,
    lead_like,
    title_like,
)

# The most lines of chrome a paste leaves between the bullets and the kicker.
_CHROME_ABOVE_KICKER: Final = 4
_CHROME_WORDS: Final = 8
# A copy's opening words, looked for this many lines down.
_OPENING: Final = 40
_REACH: Final = 6
# Sentences ended by full stops, the last ending the line.
_FULL_STOPS: Final = lazy_pattern(r"\.\s+\S.*\.$")


def positional_title(pre: list[Line], post: list[Line]) -> str | None:
    """Where the page's order puts the title: under the kicker below the bullets, else the
    first line below them, else (the lead opening right below) the last line above them."""
    above = [line.text for line in pre if not kicker_ending(line.text) and not line.bullet]
    post = [line for line in post if not line.bullet]  # a list's item is never the title
    title_above = (
        above[-1] if above and title_like(above[-1]) and not is_byline(above[-1]) else None
    )
    # Under a kicker under the bullets, the title; but sentences ended by full stops under
    # a title printed above the bullets are the lead (not the title's copy a tool ran the
    # lead into: its words open another line).
    second = post[1].text if len(post) > 1 else ""
    lead = (
        bool(title_above)
        and _FULL_STOPS().search(second) is not None
        and not any(line.text[:_OPENING] == second[:_OPENING] for line in post[2:_REACH])
    )
    if post and kicker_ending(post[0].text) and kicker_after_bullets(post) and not lead:
        return post[1].text
    # A title never stands above its own kicker: lines above a kicker and its title, before
    # any paragraph, are chrome (a box of links a paste left bare).
    for at in range(1, min(len(post) - 1, _CHROME_ABOVE_KICKER + 1)):
        chrome = post[at - 1].text
        if (
            lead_like(chrome)
            or chrome.endswith((*SENTENCE_ENDINGS, "?", "؟"))
            or len(chrome.split()) > _CHROME_WORDS
        ):
            break  # a title or a paragraph stands above: no chrome
        text, title = post[at].text, post[at + 1].text
        if _kicker_then_title(text, title) and not kicker_ending(title):
            return title
    if post and kicker_after_bullets(post) and not lead:
        return post[1].text
    first = post[0].text if post and title_like(post[0].text) else None
    first = None if first and is_byline(first) else first
    if first and kicker_ending(first):
        below = post[1].text if len(post) > 1 else ""
        first = below if title_like(below) and not is_byline(below) else None
    # A sentence right below the bullets under a title above them is the lead.
    if first and not lead_like(first) and not (title_above and first.endswith(SENTENCE_ENDINGS)):
        return first
    return title_above or first


def _kicker_then_title(kicker: str, title: str) -> bool:
    """A short line ending like a kicker (a long one may be a sentence announcing what
    follows), with a line shaped like a title under it."""
    return (
        len(kicker) <= BARE_KICKER_MAX
        and kicker_ending(kicker)
        and title_like(title)
        and not lead_like(title)
    )
