"""What the text tools add for a page's links and images: links's and elinks's `Link:`
lines, the numbered reference list lynx, elinks and w3m append, lynx's targets written
inline, w3m's file names for icons with no alt text."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import lazy_pattern

_LINK_ELEMENT: Final = re.compile(r"^\s*Link:\s")
# lynx and elinks: `References` / `  12. url`; w3m's `display_link_number`:
# `References:` / `[12] url`; `elinks -no-numbering`: `   . url`; `links -html-numbered-links`:
# `Links:` / `2. Image: url`.
_REFERENCE_HEADING: Final = lazy_pattern(
    r"^\s*(?:References:?|Visible links:?|Hidden links:?|Links:)\s*$"
)
_REFERENCE_ITEM: Final = lazy_pattern(r"^\s*(?:\d+\.|\[\d+\]|\.)\s+(?:Image:\s+)?\S+\s*$")
# `lynx -nonumbers` appends its link targets bare, one a line, with no heading.
_BARE_URL: Final = lazy_pattern(
    r"\s*(?:[a-z][a-z+.-]*://\S*|(?:mailto|javascript|data|tel):\S+)\s*", re.IGNORECASE
)
_BARE_URLS_MIN: Final = 3
# `lynx -list_inline` writes each link's target before its text: `[https://...]Home`.
_SCHEMES: Final = r"(?:https?|file|ftp|mailto|javascript|data):"
_TARGET_OPENS: Final = lazy_pattern(rf"\[{_SCHEMES}")
_TARGET: Final = lazy_pattern(rf"\[{_SCHEMES}[^\]\s]*\]")
# A target lynx wrapped runs over at most this many lines.
_TARGET_LINES: Final = 6


def drop_link_elements(raw: list[str]) -> list[str]:
    """links and elinks open with a `Link: canonical` line per <link> element of the page,
    after what they make of a byte order mark (a line of no letters)."""
    first = 0
    while first < len(raw) and not any(c.isalnum() for c in raw[first]):
        first += 1
    start = first
    while start < len(raw) and _LINK_ELEMENT.match(raw[start]):
        start += 1
    return raw[start:] if start > first else raw


def references_start(raw: list[str]) -> int | None:
    """Where the numbered link list lynx, elinks and w3m append begins, if there is one."""
    joined = "\n".join(raw)
    if "References" not in joined and " links" not in joined and "Links:" not in joined:
        return None
    for index, line in enumerate(raw):
        if _REFERENCE_HEADING().match(line) and _followed_by_references(raw, index + 1):
            return index
    return None


def numbered_links(raw: list[str]) -> bool:
    """Whether the capture numbers its links with no list of them after it (`elinks
    -no-references`, `lynx -dump` cut before its list): many `[N]`, counting up one by one
    and never from 1 again (a list of notes under their marks does)."""
    numbers = [int(n) for line in raw if "[" in line for n in _NUMBER().findall(line)]
    if len(numbers) < _NUMBERED_MIN or any(b <= a for a, b in pairwise(numbers)):
        return False
    steps = sum(after == before + 1 for before, after in pairwise(numbers))
    return steps >= (len(numbers) - 1) * _NUMBERED_SHARE


_NUMBER: Final = lazy_pattern(r"\[(\d+)\]")
# A page's links number far more than its notes: a chrome's menu alone holds this many.
_NUMBERED_MIN: Final = 8
_NUMBERED_SHARE: Final = 0.9


def without_trailing_urls(raw: list[str]) -> list[str]:
    """The lines without the bare list of link targets `lynx -nonumbers` appends, with no
    heading and no numbers: a run of lines that are each a URL, ending the capture."""
    end = len(raw)
    urls = 0
    while end > 0 and (not raw[end - 1].strip() or _BARE_URL().fullmatch(raw[end - 1])):
        urls += bool(raw[end - 1].strip())
        end -= 1
    return raw[:end] if urls >= _BARE_URLS_MIN else raw


def _followed_by_references(raw: list[str], start: int) -> bool:
    for line in raw[start:]:
        if line.strip() and not _REFERENCE_HEADING().match(line):
            return _REFERENCE_ITEM().match(line) is not None
    return False


def inline_targets_dropped(raw: list[str]) -> list[str]:
    """The lines without the link targets lynx wrote inline, each target's wrapped pieces
    joined first: what is left of a line is its text, at its indentation."""
    if not any("[" in line and _TARGET_OPENS().search(line) for line in raw):
        return raw
    kept: list[str] = []
    index = 0
    while index < len(raw):
        line = raw[index]
        index += 1
        opened = 0
        while _open_target(line) and index < len(raw) and opened < _TARGET_LINES:
            line += raw[index].lstrip()
            index += 1
            opened += 1
        if "[" in line:
            line = _TARGET().sub("", line)
            if not line.strip():
                continue
        kept.append(line)
    return kept


def _open_target(line: str) -> bool:
    """Whether a line ends inside a link target: its last `[scheme:` is not closed."""
    opening = max((m.end() for m in _TARGET_OPENS().finditer(line)), default=None)
    return opening is not None and "]" not in line[opening:]


# w3m names an image with no alt text by its file (`[calendar] Jan 8 2024 - 16:30 [eye] 1,086`):
# a lower-case name in brackets before the text it marks. A link's number is digits, a
# markdown link's text is followed by its target.
_ICON_NAME: Final = lazy_pattern(r"(?:(?<=\s)|^)\[[a-z][a-z0-9_-]{2,}\] (?=\S)")


def icon_names_dropped(block: str) -> str:
    """A block without w3m's names of icons inside it."""
    return _ICON_NAME().sub("", block)
