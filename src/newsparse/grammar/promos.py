"""A promotion the CMS sets inside an article: an advertisement's or a sponsor's box under
its label (`Sponsored`, `محتوای حمایت‌شده`), an event's promo (`Upcoming event: ...` over its
date and place), a product's card (its name, its price, `Order now`). Its few short lines
end with a call to act, or its event's date: none of them is the article's text."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.dates import holds_date
from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.state import Kind, LineState

_Z: Final = r"[\s\u200c]*"
# A box's label, alone or before its first words (`Event · National Conference ...`).
_LABEL: Final = lazy_pattern(
    r"\s*(?P<label>advertisement|advertising|sponsored(?: content)?|promoted"
    rf"|(?P<event>(?:upcoming )?event|رویداد(?:{_Z}پیش{_Z}رو)?)"
    rf"|آگهی|تبلیغات|محتوای{_Z}حمایت{_Z}شده|رپورتاژ{_Z}آگهی)"
    # (A dash sets a label apart with spaces: `Advertising-free journals ...` is a sentence.)
    r"\s*(?:$|[:：·|•]\s*(?=\S)|\s[\-–]\s+(?=\S)|(?<=advertisement)\s(?=\S))",
    re.IGNORECASE,
)
# A call to act that ends a promotion's box (not `Read more`, a link box's heading).
_CALLS: Final = (
    r"(?:learn more|order now|buy now|book now|shop now|register now"
    r"|register here|sign up now|get it now|download now|book your stand(?: today)?"
    rf"|بیشتر بدانید|کلیک کنید|ثبت{_Z}نام کنید|همین حالا خرید کنید|سفارش دهید)\s*[.!»›>]*\s*"
)
# At the end of a box's last line, after its words; or alone, a button (a card's).
_CALL: Final = lazy_pattern(rf"(?:^|\s|[.،,]){_CALLS}$", re.IGNORECASE)
_CALL_ALONE: Final = lazy_pattern(rf"\s*{_CALLS}", re.IGNORECASE)
# A box's lines are short, its call to act too: an article's paragraph is longer.
_BOX_WORDS: Final = 20
_BOX_LINES: Final = 4
# The most words of an alt text's end a tool wrapped onto a line of its own.
_WRAPPED_WORDS: Final = 5
_ENDS: Final = (".", "!", "?", "؟")


def settle_promos(state: LineState) -> None:
    """A promotion's lines inside the article are chrome: from its label, or from the short
    lines over its call to act, down to that call or to its event's date."""
    kinds = state.kinds
    at = 0
    while at < len(kinds):
        end = _box_end(state, at)
        if end is None:
            at += 1
            continue
        kinds[at:end] = [Kind.CHROME] * (end - at)
        at = end


def _box_end(state: LineState, start: int) -> int | None:
    """Where a promotion that starts at line `start` ends (the line after it), or None."""
    kinds, lines = state.kinds, state.lines
    label = _LABEL().match(lines[start].key)
    if kinds[start] not in (Kind.TEXT, Kind.CHROME) or (
        label is None and kinds[start] is not Kind.TEXT
    ):
        return None
    for end in range(start, min(len(kinds), start + _BOX_LINES)):
        text = lines[end].text
        # (Its call may be a button a rule took for chrome already. With no label, a card's
        # call is a button alone under its name: `Pharmacies can order now.` is a sentence.)
        shown = _CALL().search(text) if label is not None else _CALL_ALONE().fullmatch(text)
        call = shown is not None and kinds[end] in (Kind.TEXT, Kind.CHROME)
        if kinds[end] is not Kind.TEXT and end > start and not call:
            return None
        if len(text.split()) > _BOX_WORDS or lines[end].bullet:
            break
        if call:
            return end + 1 if label is not None or end > start else None
        # A box's lines before its call end as no sentence does (a name, a price, a date):
        # a sentence is the text's, the label's line too.
        if text.endswith(_ENDS):
            if end == start:
                return None
            break
        if label is not None and label["event"] and end > start and holds_date(lines[end].key):
            return end + 1
    # A label and its banner's words on one line: the advertisement's alt text, and its last
    # few words a tool wrapped under it (`... for` / `start-ups, call 021-7643`).
    alt = label is not None and not label["event"] and kinds[start] is Kind.TEXT
    if not alt or len(lines[start].text.split()) > _BOX_WORDS:
        return None
    rest = start + 1
    wrapped = rest < len(kinds) and kinds[rest] is Kind.TEXT and not lines[rest].bullet
    # (It goes on in lower case: not a kicker under the banner, `Head of the council:`.)
    opening = lines[rest].text[:1] if wrapped else ""
    wrapped = wrapped and len(lines[rest].text.split()) <= _WRAPPED_WORDS
    wrapped = wrapped and (opening.islower() or opening.isdigit())
    return rest + 1 if wrapped and not lines[start].text.endswith(_ENDS) else rest
