"""The rule for the old portal's breadcrumb (`Home Page > news`, `News > <title>`), whose
last item is the title, however a tool wrapped or ran it on."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.kicker import BAR_HEAD
from newsparse.grammar.lines import Line, cut, lazy_pattern, match_key
from newsparse.grammar.rule_support import EDGE
from newsparse.grammar.shapes import kicker_ending
from newsparse.grammar.state import Kind, LineState

# A sister site's breadcrumb may part its items by a slash (`صفحه نخست / اخبار`).
_BREADCRUMB: Final = re.compile(
    rf"{EDGE}(?:(?P<root>{L.BREADCRUMB_HOME}|{L.BREADCRUMB_NEWS})\s*[>»›]"
    rf"|(?P<home>{L.BREADCRUMB_HOME})\s*/)\s*(?P<rest>.*)"
)


def is_breadcrumb(key: str) -> bool:
    """Whether a line key is a breadcrumb (`News > <title>`)."""
    return _BREADCRUMB.fullmatch(key) is not None


def breadcrumb_rule(state: LineState, index: int) -> Kind | None:
    """The old portal's `Home Page > news` and `News > <title>` lines."""
    line = state.lines[index]
    found = _BREADCRUMB.fullmatch(line.key)
    if found is None or line.bullet:
        return None
    rest = line.text[found.start("rest") :].strip()
    root = found["root"] or found["home"]
    titled = bool(re.fullmatch(L.BREADCRUMB_NEWS, root, re.IGNORECASE) and rest)
    # Both rows on one line (`Home Page > news News > <title>`): the title after the last.
    both = _NEWS_ROW().search(rest) if not titled and ">" in rest else None
    if both is not None and (both.start() > 0 or _printed_below(state, index, rest[both.end() :])):
        titled, rest = True, rest[both.end() :].strip()
    if titled and state.fields.breadcrumb_title is None and not rest.casefold().startswith("news"):
        title, wrapped = _title_in_breadcrumb(state, index, rest)
        state.fields.breadcrumb_title = title
        state.ahead.update(dict.fromkeys(range(index + 1, index + 1 + wrapped), Kind.BREADCRUMB))
    return Kind.BREADCRUMB


def _printed_below(state: LineState, index: int, rest: str) -> bool:
    """Whether the item after `Home > News >` is the old portal's title (its capture date
    above, dashed): words enough for one, printed again on a line of its own right below (a
    category's name is short, and no line; the current layout's breadcrumb no evidence)."""
    if state.fields.capture_style != "portal":
        return False
    key = " ".join(match_key(rest).split())
    below = state.lines[index + 1 : index + 1 + _BREADCRUMB_TITLE_REACH]
    return len(key.split()) >= _TITLE_WORDS and any(
        " ".join(line.key.split()) == key for line in below
    )


_TITLE_WORDS: Final = 5
# (Or the news item right after home, the title after it: `صفحه اصلی > اخبار > <title>`.)
_NEWS_ROW: Final = lazy_pattern(rf"(?:^|\s)(?:{L.BREADCRUMB_NEWS})\s*[>»›]\s*", re.IGNORECASE)


# The title stands this many lines below its breadcrumb at most.
_BREADCRUMB_TITLE_REACH: Final = 5
# A title of at most 250 characters wraps onto this many more lines at 72 columns.
_BREADCRUMB_TITLE_WRAPS: Final = 3


def _title_in_breadcrumb(state: LineState, index: int, rest: str) -> tuple[str, int]:
    """The title the breadcrumb ends with, and how many lines below it wrapped onto.

    A tool may have run the toolbar below into it (`News > <title> Print Send to Friend`):
    a line below that the rest begins with is it. A tool may have wrapped it onto lines
    it did not join again: the rest and the lines after it, joined, are a title copy below.
    """
    below = state.lines[index + 1 : index + 1 + _BREADCRUMB_TITLE_REACH]
    for line in below:
        if rest.startswith(line.text + " "):
            return line.text, 0
    # The toolbar's first button run on and wrapped before the next (`News > <title> Print`
    # / `Send to Friend <kicker>;`): the next line says whose the word is.
    bar = _BAR_RUN_ON().search(rest) if below else None
    if bar is not None and BAR_HEAD().match(below[0].text):
        rest = rest[: bar.start()]
    joined = rest
    for wrapped, line in enumerate(below[:_BREADCRUMB_TITLE_WRAPS], start=1):
        joined = f"{joined} {line.text}"
        copies = state.lines[index + 1 + wrapped : index + 1 + wrapped + _BREADCRUMB_TITLE_REACH]
        if any(copy.text == joined for copy in copies):
            return joined, wrapped
        # Or wrapped onto the line the toolbar and the kicker stand on (html2text: `News >
        # <title's start>` / `<title's end> Print Send to Friend <kicker>;`): that line is
        # the kicker's, which keeps it.
        ended = next(
            (
                copy.text
                for copy in copies
                if len(copy.text) > len(rest) and joined.startswith(f"{copy.text} ")
            ),
            None,
        )
        if ended is not None and wrapped == 1:
            return ended, 0
    return rest, 0


_BAR_RUN_ON: Final = lazy_pattern(r"\s+(?:print|چاپ)$", re.IGNORECASE)


# The breadcrumb's two rows from its root (`Home Page > news News > <title>`), inside a line.
_ROOTED_INSIDE: Final = lazy_pattern(
    rf"(?<=\S)\s+(?=(?:{L.BREADCRUMB_HOME})\s*[>»›]\s*(?:{L.BREADCRUMB_NEWS})\s+"
    rf"(?:{L.BREADCRUMB_NEWS})\s*[>»›])",
    re.IGNORECASE,
)


def split_before_breadcrumb(line: Line) -> Iterator[Line]:
    """The breadcrumb's rows and the side column's last words a tool ran them on after
    (html2text flattens a table: `16/06/2019 Newsletter Email: Home Page > news News >
    <title>`), apart."""
    found = _ROOTED_INSIDE().search(line.key) if ">" in line.key else None
    if found is None:
        yield line
        return
    yield from cut(line, found.start(), found.end())


# A kicker a tool ran on after the breadcrumb's title holds this many words at most.
_RUN_ON_KICKER_WORDS: Final = 12


def kickers_after_title(lines: list[Line], below: Sequence[Line]) -> list[Line]:
    """The lines with each breadcrumb's kicker run on after its title apart."""
    return [part for line in lines for part in _kicker_after_title(line, below)]


def _kicker_after_title(line: Line, below: Sequence[Line]) -> Iterator[Line]:
    """The breadcrumb ending in the title, and the kicker a tool ran on after it (html2text
    flattens the old portal's cell: `News > <title> در نخستین فراخوان سال جاری؛`), apart:
    the title's copy stands below, the kicker's ending closes the line."""
    text = line.text
    if ">" not in text or not kicker_ending(text):
        yield line
        return
    for copy in below:
        at = text.rfind(f"> {copy.text} ")
        tail = text[at + len(copy.text) + 2 :].strip() if at >= 0 and copy.text else ""
        if tail and len(tail.split()) <= _RUN_ON_KICKER_WORDS:
            yield Line(text[: at + len(copy.text) + 2].rstrip(), line.bullet)
            yield Line(tail)
            return
    yield line
