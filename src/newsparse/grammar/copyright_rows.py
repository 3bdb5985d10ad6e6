"""The footer's copyright line, apart from the row of chrome a tool ran it into or set
inside it, and whole where its cell wrapped it.

A table's footer row holds the copyright cell beside a bar of links (and html2text's `Last
Update` cell); text browsers print the row as one line, wrap the copyright cell around the
links' cell, or leave the end of its name on a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.rules_footer import COUNT_CELL, LAST_UPDATE_DATED, copyright_line


def opens_as_copyright(key: str) -> bool:
    """Whether a line key opens as a copyright line does (`Copyright`, `©`, `All rights`)."""
    return _OPENING().match(key) is not None


# Asked of every line: one match, no copy of the line.
_OPENING: Final = lazy_pattern(
    rf"\s*(?:{'|'.join(map(re.escape, L.COPYRIGHT_OPENINGS))})", re.IGNORECASE
)


def copyright_goes_on(line: Line, following: Line) -> bool:
    """Whether a copyright line's cell wrapped it onto the next line, around a bar of links
    beside it (`Copyright © Vice-Presidency for` / `Science and Technology. All Home Page -
    Contact Us rights reserved`)."""
    key = line.key
    if not opens_as_copyright(key) or copyright_line(key):
        return False
    joined = Line(f"{line.text} {following.text}")
    # A tool wrapped the line itself (`کلیه حقوق ... دانش‌بنیان` / `ریاست‌جمهوری می‌باشد`).
    if len(following.key.split()) <= _WRAPPED_END_WORDS and copyright_line(joined.key):
        return True
    return _bar_inside_copyright(joined) is not None


# The end of a copyright line a tool wrapped onto the next line: a few words.
_WRAPPED_END_WORDS: Final = 6


# The end of a name a cell wrapped onto a line of its own: a few words.
_NAME_REST_WORDS: Final = 4


_DANGLING: Final = frozenset({"of", "for", "and", "the", "&", "و"})


def name_wrapped(line: Line, following: Line) -> bool:
    """Whether the next line is the end of a copyright line's name its cell wrapped (`All
    rights reserved for National Foundation` / `of Elites`): a few words opening in lower
    case (or after a word no name ends with), after a line that is a copyright line with
    them and without them."""
    rest = following.text.strip()
    # Or the line ends with a word no name ends with (`... National Foundation of` / `Elites`).
    dangling = line.key.rsplit(None, 1)[-1].casefold() in _DANGLING if line.key.strip() else False
    if (
        not (rest[:1].islower() or dangling)
        or line.key.rstrip().endswith(".")
        or not rest.isascii()
        or len(rest.split()) > _NAME_REST_WORDS
    ):
        return False
    return copyright_line(line.key) is not None and bool(copyright_line(f"{line.key} {rest}"))


_LAST_UPDATE_START: Final = lazy_pattern(rf"\s*(?:{L.LAST_UPDATE})", re.IGNORECASE)
_LAST_UPDATE_INSIDE: Final = lazy_pattern(rf"\s(?:{L.LAST_UPDATE}){L.COLON}", re.IGNORECASE)
# The `Last Update` cell closing what a tool ran on before the copyright (html2text's
# flattened footer: the links, the address, then `Last Update : Feb 19 2025`).
_LAST_UPDATE_END: Final = lazy_pattern(rf"{LAST_UPDATE_DATED}\s*$", re.IGNORECASE)


def split_before_copyright(line: Line) -> Iterator[Line]:
    """The copyright line and the row of chrome a tool ran it on after, apart: the `Last
    Update` line (html2text's row of the footer's cells), or a bar of links (`About Us |
    Site map Copyright © ...`, `Home - Contact Us Copyright © ...`, the footer row's two
    cells read as one line)."""
    key = line.key
    counter = _COUNTER_AFTER().search(key) if ":" in key else None
    if counter is not None:
        # A visit counter's cell after the copyright's (`... All rights reserved Visits
        # today : 4,812`), apart; the copyright may have cells before it too.
        yield from split_before_copyright(Line(line.text[: counter.end()].strip(), line.bullet))
        yield Line(line.text[counter.end() :].strip(" .|"))
        return
    update = _LAST_UPDATE_INSIDE().search(key) if opens_as_copyright(key) else None
    if update is not None and copyright_line(key[: update.start()].rstrip(" |")):
        # A right-to-left footer row: the copyright cell, then the `Last Update` cell.
        yield Line(line.text[: update.start()].strip(" |"), line.bullet)
        yield Line(line.text[update.start() :].strip())
        return
    rebuilt = _bar_inside_copyright(line)
    if rebuilt:
        yield from rebuilt
        return
    folded = key.casefold()
    end = folded.find(_RESERVED) + len(_RESERVED) if folded.startswith("copyright") else -1
    if end > len(_RESERVED) and copyright_line(key[:end]) and link_bar(key[end:].lstrip(". ")):
        # A right-to-left footer row: the copyright line, then the bar of links.
        yield Line(line.text[:end].strip(), line.bullet)
        yield Line(line.text[end:].lstrip(". "))
        return
    starts = (folded.find(opening, 1) for opening in L.COPYRIGHT_OPENINGS)
    at = min((start for start in starts if start > 0), default=-1)
    if at < 0 or copyright_line(key[at:]) is None:
        yield line
        return
    head = key[:at]
    if (
        not link_bar(head)
        and not _link_cell(head, line.text[at:].lstrip())
        and _ADDRESS_CELL().search(head) is None
        and _LAST_UPDATE_START().match(head) is None
        and _LAST_UPDATE_END().search(head) is None
        and _FIELD_LABEL().fullmatch(head) is None
    ):
        yield line
        return
    yield Line(line.text[:at].strip(), line.bullet)
    yield Line(line.text[at:].strip())


# A form's label html2text ran on before the copyright, its field gone (`Newsletter:`).
_FIELD_LABEL: Final = lazy_pattern(r"\s*[^\W\d_][\w-]*(?:\s+[\w-]+){0,2}\s*[:：]\s*")


# The copyright line's end, and a labelled count after it (a visit counter's cell).
_COUNTER_AFTER: Final = lazy_pattern(
    r"(?:all rights reserved|محفوظ است|می‌باشد|مي‌باشد)\.?"
    rf"(?=\s*\|?\s*{COUNT_CELL})",
    re.IGNORECASE,
)


# The address cell html2text ran on before the copyright (`نشانی: ... تلفن: ۸۴۱۹۱۰۰۰-۰۲۱`).
_ADDRESS_CELL: Final = lazy_pattern(
    rf"(?:^|\s)(?:{L.ADDRESS_LABELS})\s*[:：]\s*\S.*\d[\d\s()+-]*$", re.IGNORECASE
)


# A footer's links cell beside the copyright cell: a link's words end the line before it.
_LINK_CELL_WORDS: Final = 4


def _link_cell(head: str, copyright_text: str) -> bool:
    """Whether the text before a copyright line is a links cell's line beside it (`Contact`,
    `About the foundation`): a few words, no sentence's punctuation, and the copyright
    opening with a capital, as a line does (a sentence quoting one runs on from its words)."""
    words = head.split()
    return (
        0 < len(words) <= _LINK_CELL_WORDS
        and not any(mark in head for mark in '.,;:!?؛،؟«»"“”')
        and not copyright_text[:1].islower()
    )


# How many words of a bar's first and last links a search for its ends tries.
_BAR_END_WORDS: Final = 4


def _bar_inside_copyright(line: Line) -> tuple[Line, Line] | None:
    """The copyright line and the bar of links a tool set inside it, apart: a footer row
    whose copyright cell wrapped around the links' cell (`Copyright © Vice-Presidency for
    Science Home Page - Contact Us - فارسی and Technology. All rights reserved`). Where the
    bar starts and ends inside its first and last links is found by what is left: a
    copyright line whose name is the whole name of the site or its sister."""
    key = line.key
    # The bar and the name together may run past a bar's words: its separators tell it.
    if not opens_as_copyright(key) or not _separated(key):
        return None
    first = min((at for mark in _BAR_SEPARATORS if (at := key.find(mark)) >= 0), default=-1)
    if first < 0:
        return None
    last = max(key.rfind(mark) for mark in _BAR_SEPARATORS) + 2
    starts = [m.start() for m in _WORD().finditer(key, 0, first)][-_BAR_END_WORDS:]
    ends = [m.end() for m in _WORD().finditer(key, last)][:_BAR_END_WORDS]
    for start in reversed(starts):
        for end in ends:
            rest = f"{key[:start].rstrip()} {key[end:].lstrip()}"
            found = copyright_line(rest)
            if found and L.BANNER_NAME().fullmatch(found["name"].strip()):
                text = line.text
                kept = f"{text[:start].rstrip()} {text[end:].lstrip()}"
                return Line(kept, line.bullet), Line(text[start:end].strip())
    return None


_WORD: Final = lazy_pattern(r"\S+")

_RESERVED: Final = "all rights reserved"
# A bar of links: a few words between separators (`Home - About VPST - Contact Us`).
_BAR_SEPARATORS: Final = (" | ", " - ", " · ", " • ")
_BAR_WORDS: Final = 20


def link_bar(text: str) -> bool:
    """Whether a line's text is a bar of links, set apart by `|` or by two separators."""
    return len(text.split()) <= _BAR_WORDS and _separated(text)


def _separated(text: str) -> bool:
    return "|" in text or sum(text.count(mark) for mark in _BAR_SEPARATORS) >= 2
