"""What a title is weighed against: the page's hints besides its lines (the HTML head, the
breadcrumb, the URL's slug), and the lines and other candidates around each candidate."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final
from urllib.parse import unquote, urlsplit

_WORD: Final = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class TitleHints:
    """What besides the lines says what the title is."""

    head_titles: tuple[str, ...] = ()
    breadcrumb: str | None = None
    slug_words: frozenset[str] = frozenset()
    # The info block opens with the study time or news code (the Persian edition's, under it).
    under_title: bool = False
    stated: tuple[str, ...] = ()  # the head's own, og:title or JSON-LD's (`tagged`), <title>'s
    tagged: int = 0


@dataclass(frozen=True, slots=True)
class Context:
    """What every rule weighs a candidate against: the other candidates and the lines."""

    candidates: tuple[str, ...]
    nearby: tuple[str, ...]  # normalized lines among which copies are counted
    cased: tuple[str, ...]  # the same lines with their case kept
    positional: str | None
    hints: TitleHints
    heads: tuple[str, ...]
    shorts: tuple[str, ...]  # short titles above the info block
    above: int = 0  # how many of the nearby lines stand above the info block


def slug_words(url: str | None) -> frozenset[str]:
    """The words of the URL's slug (the path segment before the id), to confirm a title."""
    if not url:
        return frozenset()
    try:
        parts = [p for p in urlsplit(url).path.split("/") if p]
    except ValueError:
        return frozenset()
    slug = parts[-2] if len(parts) >= 2 and parts[-1].isdigit() else ""
    return frozenset(_WORD.findall(unquote(slug).casefold().replace("-", " ")))
