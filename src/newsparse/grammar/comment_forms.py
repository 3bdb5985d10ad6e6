"""A comment form a copy keeps as its fields' names alone (`Name`, `E-mail`, `Comment`,
`Security code`: a paste shows no box), with its heading and the notice that no comment is
posted yet above them."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.state import Kind, LineState

# A form's fields, by their names alone (casefolded, without a colon or a required mark).
_FIELD_NAMES: Final = frozenset(
    (
        "name",
        "your name",
        "full name",
        "e-mail",
        "email",
        "your email",
        "comment",
        "your comment",
        "message",
        "website",
        "security code",
        "captcha",
        "نام",
        "نام و نام خانوادگی",
        "ایمیل",
        "پست الکترونیک",
        "نظر",
        "متن نظر",
        "پیام",
        "کد امنیتی",
    )
)
# So many fields in a row, at least, are a form: one name alone may be the text's word.
_FIELDS: Final = 3
# Above the fields, a line or two: the form's heading, the notice that none is posted yet.
_ABOVE: Final = 2
_OVER_FORM: Final = lazy_pattern(
    r"(?:post|send|leave|write|add|submit) (?:your |a )?comment|(?:ارسال|ثبت) نظر"
    r"|.*(?:no comments? (?:has|have) been|no comments? yet|be the first to comment"
    r"|هنوز نظری|اولین نفری باشید|نخستین نفری باشید).*",
    re.IGNORECASE,
)


def settle_comment_forms(state: LineState) -> None:
    """A run of three fields' names or more is a comment form: chrome, and so are its heading
    and a notice that no comment is posted yet, right above it."""
    kinds, lines = state.kinds, state.lines
    at = 0
    while at < len(lines):
        end = at
        while (
            end < len(lines) and kinds[end] in (Kind.TEXT, Kind.CHROME) and _field(lines[end].key)
        ):
            end += 1
        if end - at < _FIELDS:
            at = end + 1
            continue
        if end < len(lines) and lines[end].key.strip().casefold() in _BUTTONS:
            end += 1
        kinds[at:end] = [Kind.CHROME] * (end - at)
        above = at - 1
        while above >= max(0, at - _ABOVE) and _OVER_FORM().fullmatch(lines[above].key.strip()):
            kinds[above] = Kind.CHROME
            above -= 1
        at = end


def _field(key: str) -> bool:
    """Whether a line is a field's name, its box or a captcha's image after it or not."""
    if len(key) > _FIELD_CHARS:
        return False  # most lines, asked cheaply
    name = " ".join(_BOX().sub(" ", key).strip(" :：*").casefold().split())
    return name.removesuffix(" captcha") in _FIELD_NAMES


_FIELD_CHARS: Final = 60
# A field's box as the tools draw it (`[ ]`, `[____]`, elinks's `[12]____`, `[captcha]`).
_BOX: Final = lazy_pattern(r"(?:\[\d+\])?(?:\[[^\]]{0,20}\]|_+)")
# The form's button under its fields.
_BUTTONS: Final = frozenset(("submit", "send", "post", "post comment", "ارسال", "ثبت", "ارسال نظر"))
