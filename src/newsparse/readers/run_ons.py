"""Where a tool broke a line with no space to break at, so the next line goes on with it
unspaced: after a hyphen or a slash inside a word, at a date's slash, inside a link's
number, before the full stop or the footnote mark that ends a word; and where a narrow box
wrapped an item's date or count under its headline."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.dates import DATE_TIME
from newsparse.grammar.lines import lazy_pattern, match_key
from newsparse.grammar.rule_support import dated_end

_HYPHEN_BREAK: Final = lazy_pattern(r"\w-$")
_YEAR_DASH: Final = lazy_pattern(r"(?<!\d)\d{4}-$")
_SLASH_BREAK: Final = lazy_pattern(r"[^\W\d_]/$|://$")
_LINK_NUMBER_END: Final = lazy_pattern(r"\d+\]\S")
_FOOTNOTE_MARK: Final = lazy_pattern(r"\[\d+\] ")
# What never opens a line but where a tool broke a full line before it (a comma may:
# the CMS writes `Resources ,` in its news group lists).
_CLOSING_PUNCTUATION: Final = frozenset(".;!?)")


# A possessive's `'s`, which no word opens with.
_POSSESSIVE: Final = lazy_pattern(r"['’]s(?![\w'’])")


def runs_on(last: str, stripped: str, first: str) -> bool:
    """Whether a line goes on with no space after the block's last line (`first` is the
    block's first line)."""
    if stripped[:1].isalpha() and last.endswith("-") and _HYPHEN_BREAK().search(last):
        # After the hyphen of a compound word: `Knowledge-` / `based`; not after the dash
        # that ends the old portal's capture date: `July 15, 2019-` / `Home | About`.
        return stripped[:1].islower() or not _YEAR_DASH().search(last)
    if stripped[:1].isalnum() and _SLASH_BREAK().search(last):
        return True  # w3m breaks a word after a slash: `https://expo.isti.ir/` / `virtual`
    if date_wrapped_at_slash(last, stripped):
        return True  # w3m wraps a date after a slash, or before one: `1402/` / `07/15`
    if last.endswith("[") and _LINK_NUMBER_END().match(stripped):
        return True  # lynx wraps inside a link's number: `...,[` / `17]Name`
    if stripped[:1] in _CLOSING_PUNCTUATION and last[-1:].isalnum():
        return True  # w3m wraps a full line before the full stop that ends it: `Town` / `.`
    if last[-1:].isalpha() and _POSSESSIVE().match(stripped):
        return True  # html2text wraps before a possessive: `the council` / `'s working group`
    # A footnote mark is written onto the word it notes (`year.[2] Each`); w3m wraps
    # before it all the same.
    return _footnote_mark(stripped) and not _footnote_mark(first)


def _footnote_mark(stripped: str) -> bool:
    """Whether a line opens with a footnote mark set apart from its next word (`[2] Each`)."""
    return _FOOTNOTE_MARK().match(stripped) is not None


def date_wrapped_at_slash(above: str, stripped: str) -> bool:
    """Whether a date's digits stand on both sides of a break at one of its slashes."""
    if stripped[:1].isdigit():
        return above[-2:-1].isdigit() and above[-1:] == "/"
    return stripped[:1] == "/" and stripped[1:2].isdigit() and above[-1:].isdigit()


# A date in brackets alone on its line (`(28/04/2018)`), a headline's a narrow box wrapped.
_BRACKETED_DATE: Final = lazy_pattern(rf"\((?:{DATE_TIME})\)", re.IGNORECASE)


def date_wrapped_in_box(above: str, stripped: str) -> bool:
    """Whether a narrow box wrapped a headline inside its date, or before its date in
    brackets (`Nano-mark rules revised (02/` / `05/2018)`, `... closes` / `(28/04/2018)`):
    the two lines are one item, however short the first."""
    if date_wrapped_at_slash(above, stripped):
        return True
    return (
        stripped[:1] == "("
        and not above.endswith((".", "!", "?", "؟", ":", ")"))
        and _BRACKETED_DATE().fullmatch(stripped) is not None
    )


# A headline list item's labelled count (`Visit count: 655`), as bmn labels its own, or its
# bare count after a dot (`· 502`), which a tool's list marker looks like.
_LABELLED_COUNT: Final = lazy_pattern(
    rf"(?:{L.COUNT_AFTER_LABEL}|\s*·\s*[\d,٬]+\s*)", re.IGNORECASE
)


def count_wrapped_in_item(above: str, stripped: str) -> bool:
    """Whether a line is a headline list item's count, wrapped under the item after its
    date (`... top graduates 2019/10/30` / `Visit count: 655`, `... 12:10` / `· 502`)."""
    return bool(_LABELLED_COUNT().fullmatch(match_key(stripped)) and dated_end(match_key(above)))
