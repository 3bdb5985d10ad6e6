"""What the line rules share: the kinds of line, the values each line holds, the line state."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Final

from newsparse.grammar.dates import SiteDate
from newsparse.grammar.lines import Line
from newsparse.grammar.listing_headings import named_box


class Kind(enum.Enum):
    """What a line is."""

    TEXT = "text"
    CHROME = "chrome"
    NOTICE = "notice"
    LISTING_HEADING = "listing heading"
    LISTING_ITEM = "listing item"
    CAPTURE_DATE = "capture date"
    BREADCRUMB = "breadcrumb"
    INFO = "info"
    PORTAL_FOOTER = "old-portal footer"
    NEWS_GROUP = "news group"
    COMMENT_COUNT = "comment count"
    COPYRIGHT = "copyright"
    FOOTER_CHROME = "footer chrome"

    # Members are singletons: hash them by identity, in C, not by name as Enum does in
    # Python (the grammar keeps sets of kinds, and looks them up for every line).
    __hash__ = object.__hash__


# Kinds that only stand below the body: the first one after the article ends it.
FOOTER_KINDS: Final = frozenset(
    {Kind.PORTAL_FOOTER, Kind.NEWS_GROUP, Kind.COMMENT_COUNT, Kind.COPYRIGHT, Kind.FOOTER_CHROME}
)
# Kinds that close the text before them: the article starts below the last one above it.
TOP_BOUNDARIES: Final = frozenset(
    {Kind.CAPTURE_DATE, Kind.BREADCRUMB, Kind.NOTICE, Kind.LISTING_HEADING, Kind.LISTING_ITEM}
)
# Kinds a box's heading is told as, where the heading names the box for what it holds.
_BOX_NAMING_KINDS: Final = frozenset({Kind.LISTING_HEADING, Kind.CHROME})
# Kinds of the lines an info block is made of.
INFO_KINDS: Final = frozenset({Kind.INFO, Kind.PORTAL_FOOTER})


@dataclass(frozen=True, slots=True)
class Info:
    """What one info line says. Nothing is taken into the record until the grammar has
    chosen the article's info block: a headline list shows dates and counts too."""

    date: SiteDate | None = None
    # Whether the date came after its own label (`Publish date :`), which only the article has.
    labelled_date: bool = False
    views: int | None = None
    labelled_views: bool = False
    study_minutes: int | None = None
    news_code: int | None = None


@dataclass
class Fields:
    """What the rules have read so far; the first value found for a field wins."""

    news_code: int | None = None
    published: SiteDate | None = None
    captured_on: SiteDate | None = None
    capture_style: str | None = None
    views: int | None = None
    study_minutes: int | None = None
    categories: list[str] = field(default_factory=list)
    comment_count: int | None = None
    publisher: str | None = None
    breadcrumb_title: str | None = None
    # Labels only the sister sites' own layout (bmn) shows: `Code :`, `Visit count :`.
    sister_labels: int = 0
    # Its rights line's form (`All rights reserved for ...`), which every page of it shows.
    sister_rights: bool = False
    persian_labels: int = 0
    english_labels: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class LineState:
    """The lines of one capture, the kinds given so far, and the values read."""

    lines: Sequence[Line]
    kinds: list[Kind] = field(default_factory=list)
    fields: Fields = field(default_factory=Fields)
    # What each info line says, by line index.
    info: dict[int, Info] = field(default_factory=dict)
    # Kinds a rule gave lines below the one it read (a breadcrumb's wrapped end).
    ahead: dict[int, Kind] = field(default_factory=dict)
    _seen: set[Kind] = field(default_factory=set)

    def seen(self, *kinds: Kind) -> bool:
        """Whether an earlier line was of one of these kinds."""
        return not self._seen.isdisjoint(kinds)

    def add(self, kind: Kind) -> None:
        """Give the next line its kind."""
        self.kinds.append(kind)
        self._seen.add(kind)

    def names_box(self, index: int) -> bool:
        """Whether a line told as a heading or chrome names a box for what it holds
        (`About the writer`, `Careers board`)."""
        return self.kinds[index] in _BOX_NAMING_KINDS and named_box(self.lines[index].key)


Rule = Callable[[LineState, int], Kind | None]

# Label lines (info bullets, capture date, comment count, copyright) are short; a longer
# line is text, which also keeps crafted megabyte lines from costing a full tokenization.
LABEL_LINE_MAX: Final = 300

# Cheap facts about a line key. A rule is only tried on the lines holding one of the
# facts it needs (see `RULES`): most lines (menus, body) hold none and skip those rules.
EVERY_LINE: Final = 1  # a fact all lines hold, for the rules that apply to every line
SHORT_WITH_DIGIT: Final = 2  # a digit in a label-length line: longer ones are text
COLON: Final = 4
ANGLE: Final = 8
_DIGIT: Final = re.compile(r"\d")


def line_facts(key: str) -> int:
    """The facts a line key holds: a digit (in a label-length line), a colon, a `>` (or
    `»`, `›`, ` / `: breadcrumb separators)."""
    facts = EVERY_LINE
    if len(key) <= LABEL_LINE_MAX and _DIGIT.search(key):
        facts |= SHORT_WITH_DIGIT
    if ":" in key or "：" in key:
        facts |= COLON
    if ">" in key or "»" in key or "›" in key or " / " in key:
        facts |= ANGLE
    return facts
