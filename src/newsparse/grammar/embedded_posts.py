"""A social network's post embedded in the article's text: its author, its words, its date
and its link to the network; someone else's words, not the article's."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.dates import date_shaped
from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.state import Kind, LineState

# An embedded post's link to its network, closing its card (`View on X`, `Posted on December
# 6, 2019 · View on Instagram`, `۲۰ شهریور ۱۳۹۸ · مشاهده در اینستاگرام`).
_NETWORKS: Final = (
    r"(?:x|twitter|instagram|facebook|telegram|linkedin|threads|اینستاگرام|ایکس|توییتر)"
)
_VIEW_ON: Final = lazy_pattern(
    rf"(?:.{{0,60}}·\s*)?(?:view (?:on|it on|this post on) {_NETWORKS}|مشاهده در {_NETWORKS})\s*",
    re.IGNORECASE,
)
_SHARED_BY: Final = lazy_pattern(r"a post shared by .{0,80}@\w+", re.IGNORECASE)
# The card's author line: a name and a handle (`Sepehr Drone @sepehrdrone`,
# `iut_chemistry · Isfahan University of Technology`).
_AUTHOR: Final = lazy_pattern(r"[^.!?؟]{0,60}(?:@\w+|\w+\s·\s)[^.!?؟]{0,60}")
# A card holds its author, a few lines of words and a date above its link; its words run
# to a post's length.
_CARD_LINES: Final = 5
_POST_WORDS: Final = 60
# An embedded post's words signed with its author's handle and its day, as the network's
# card sets them (`Proud to see ... — @bioenzyme_ir`, `— Ali Rezaei (@arezaei_water) May 3,
# 2019`): a dash, a name of a few words, the handle.
_SIGNED: Final = lazy_pattern(
    r"(?:(?:.{0,400}?\s)?[—–]|\s*--)\s*(?:[^\s@()—–]+\s+){0,4}\(?@\w{2,}\)?"
    r"(?:\s+(?P<date>\S.{4,30}?))?\s*"
)
# Instagram's card, printed with no link to the network: its words over its author's line
# (`A post shared by Nano Club Sharif (@nanoclub.sharif) on Jan 16, 2020 at 9:12am PST`).
_POST_MARK: Final = lazy_pattern(r"(?:^|\s)[#@][^\W\d_]\w+")
_SHARED_BY_LINE: Final = lazy_pattern(
    r"\s*a post shared by [^@]{0,80}\(?@[\w.]{2,}\)?(?:\s+on\s+.{5,40}?)?\s*",
    re.IGNORECASE,
)


def view_on(key: str) -> bool:
    """Whether a line is an embedded post's link to its network (`View on Instagram`)."""
    return _VIEW_ON().fullmatch(key) is not None


def signed_post(key: str) -> bool:
    """An embedded post's words, or its author's line, ending with the author's handle."""
    if "@" not in key:
        return False
    found = _SIGNED().fullmatch(key)
    return found is not None and (found["date"] is None or date_shaped(found["date"]))


def settle_embedded_posts(state: LineState) -> None:
    """An embedded post's card above its link to the network, from its author line down:
    someone else's words, not the article's."""
    kinds, lines = state.kinds, state.lines
    for index, line in enumerate(lines):
        if kinds[index] is not Kind.CHROME or not _VIEW_ON().fullmatch(line.key):
            continue
        # Instagram's card opens with its link, its author's line under its words.
        under = range(index + 1, min(len(lines), index + _CARD_LINES + 1))
        end = next((i for i in under if _SHARED_BY().match(lines[i].key)), None)
        if end is not None:
            kinds[index : end + 1] = [Kind.CHROME] * (end + 1 - index)
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
            # Its words may stand above its author's line, its date alone below it (`<words>` /
            # `<name> (@handle)` / `<date>` / `View on X`).
            above = top - 1
            dated = all(date_shaped(line.key) for line in lines[top + 1 : index])
            if dated and above >= 0 and kinds[above] is Kind.TEXT:
                top = above if len(lines[above].key.split()) <= _POST_WORDS else top
            kinds[top:index] = [Kind.CHROME] * (index - top)
    for index, line in enumerate(lines):
        if kinds[index] not in (Kind.CHROME, Kind.TEXT):
            continue
        if _SHARED_BY_LINE().fullmatch(line.key) is not None:
            kinds[index] = Kind.CHROME
            above = index - 1
            # Its words above it, where they tag or name as a post does (`#nano`, `@team`).
            if above >= 0 and kinds[above] is Kind.TEXT and _POST_MARK().search(lines[above].key):
                short = len(lines[above].key.split()) <= _POST_WORDS
                kinds[above] = Kind.CHROME if short else kinds[above]
            continue
        # (A signature ending in its day reads as a headline's line until settled.)
        if not signed_post(line.key):
            continue
        kinds[index] = Kind.CHROME
        # The post's words above its author's line (`— name (@handle) date`), its day alone
        # under its words signed with the handle.
        above, below = index - 1, index + 1
        signature = line.key.lstrip().startswith(("—", "–", "--")) and above >= 0
        if signature and kinds[above] is Kind.TEXT and len(lines[above].key.split()) <= _POST_WORDS:
            kinds[above] = Kind.CHROME
        dated = below < len(lines) and date_shaped(lines[below].key)
        if dated and kinds[below] in (Kind.TEXT, Kind.INFO):
            kinds[below] = Kind.CHROME
