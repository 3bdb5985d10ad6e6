"""The normalized line: the one currency between the format readers and the grammar."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial


def lazy_pattern(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A regular expression compiled when first used: a run pays only for the patterns
    its lines need (compiling them all would cost more than parsing a capture)."""
    return cache(partial(re.compile, source, flags))


# A letter of the Persian (Arabic) script.
PERSIAN_LETTER = re.compile(r"[\u0600-\u06ff]")
# Persian and Arabic-Indic digits, the Arabic letter forms some sites type for Persian
# yeh and keheh, and the Persian separators, mapped one character to one character so
# that a match found in `key` has the same span in `text`.
_BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_KEY_TABLE = str.maketrans(
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩يكى٬،٫" + _BIDI_MARKS,
    "01234567890123456789یکی,,." + " " * len(_BIDI_MARKS),
)
# Control characters and the invisible formatting marks that never carry meaning in
# a capture; ZWNJ (U+200C) and the bidi marks are kept because they are part of the text.
# Soft hyphens are invisible inside a line, and icon fonts (calendar, eye, clock before
# the info items) draw their glyphs from the Private Use Area, which no text uses.
_CONTROL = lazy_pattern(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u200b\ufeff\ufffe\ue000-\uf8ff]")
# Terminal escape sequences, removed whole so that no printable tail (`[31m`) is left:
# CSI (`ESC [` or U+009B, parameters, intermediates, a final byte), OSC (`ESC ]` or U+009D,
# up to BEL, `ESC \\` or U+009C), and the other ESC sequences (intermediates, a final byte).
# No part takes a character a sequence can start with (ESC, U+009B, U+009D), so the
# attempts scan disjoint stretches and matching stays linear.
_ESCAPE = lazy_pattern(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]"
    r"|(?:\x1b\]|\x9d)[^\x00-\x1f\x7f-\x9f]*(?:\x07|\x1b\\|\x9c)"
    r"|\x1b[ -/]*[0-~]"
)
_SPACE = lazy_pattern(r"[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
# List markers the saving tools put before an item: browsers and w3m `•` (and `□` `☆`
# `○` for nested lists), lynx `*` `+` `o`, pandoc `-`, html2text `*`, and the odd `·` `◦`
# `▪` `◆`.
# A marker is one of these characters with white space after it (lynx's `o` too).
_BULLET_STARTS = frozenset("•·◦▪‣●○■□☆★◆◇▫▸►*+-–o")


def clean(text: str) -> str:
    """Collapse runs of white space to one space, drop escape sequences and control
    characters, trim."""
    # Most lines need neither regex: the ASCII space is the only white space character,
    # and no control or format character, that `str.isprintable` lets through.
    if text.isprintable() and "  " not in text:
        return text.strip()
    return _SPACE().sub(" ", _CONTROL().sub("", _ESCAPE().sub("", text))).strip()


def match_key(text: str) -> str:
    """The form labels and numbers are matched on: ASCII digits, Persian letter forms."""
    # Every character the table maps is outside ASCII.
    return text if text.isascii() else text.translate(_KEY_TABLE)


def split_bullet(text: str) -> tuple[bool, str]:
    """Remove a leading list marker; say whether there was one."""
    if text[:1] not in _BULLET_STARTS or not text[1:2].isspace():
        return False, text
    if text[:1] in "-–" and text.rstrip().endswith((" -", " –")):
        return False, text  # a press release's end mark (`- Ends -`), not a list item
    return True, text[1:].lstrip()


@dataclass(frozen=True, slots=True)
class Line:
    """One logical line of a capture: a block, a list item, or a paragraph joined from wraps."""

    text: str
    bullet: bool = False
    key: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "key", match_key(self.text))


def cut(line: Line, start: int, end: int | None = None) -> tuple[Line, Line]:
    """A line cut in two where a tool ran one thing on after another: its text before
    `start` (keeping its bullet), and its text from `end` (`start` by default) on."""
    after = line.text[start if end is None else end :].strip()
    return Line(line.text[:start].rstrip(), line.bullet), Line(after)


def make_line(raw: str) -> Line | None:
    """A Line from raw block text (bullet and white space normalized, a date a headline
    runs into set a space apart), or None if blank."""
    bullet, rest = split_bullet(clean(raw))
    rest = rest.strip()
    if not rest:
        return None
    glued = _GLUED_DATE().search(rest, max(0, len(rest) - _DATE_TAIL))
    if glued is not None:
        rest = f"{rest[: glued.start()]} {rest[glued.start() :]}"
    return Line(rest, bullet)


# A date a box's headline runs into at the block's end (`... of farmlandOct 2 2024`,
# `... in Tehran2020/02/02`), and the characters of the block's end it stands in.
_GLUED_DATE = lazy_pattern(
    r"(?<=[^\W\d_])(?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}"
    r"(?: - \d{1,2}:\d{2})?\s*$|\d{4}/\d{1,2}/\d{1,2}(?: - \d{1,2}:\d{2})?\s*$)"
)
_DATE_TAIL = 40
