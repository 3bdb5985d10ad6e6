"""What a site lays over its pages and a saved copy keeps among the text: a pop-up asking for
the reader's e-mail, leave to send notifications or a survey, a notice that the page is an
offline copy; each a few lines over its buttons (`Subscribe`, `No thanks, maybe later`,
`Allow` `Block`, `Try again`, `×`); and the button that shows the rest of a text a mobile
page folds away (`Read more`, `ادامه مطلب`)."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.state import Kind, LineState

# An overlay's buttons, each alone on its line or several on one.
_BUTTON: Final = (
    r"(?:allow|block|subscribe|no,? thanks(?:,? maybe later)?|maybe later|not now|try again"
    r"|retry|accept(?: all)?|decline|reject(?: all)?|close|got it|dismiss|remind me later"
    r"|take part|start the survey|×|✕|(?:your )?e-?mail(?: address)?"
    r"|اجازه(?: می[\s\u200c]?دهم)?|مسدود(?: کن)?|بستن|باشه|متوجه شدم|تلاش دوباره|عضویت"
    r"|شرکت در نظرسنجی|(?:بعدا|بعداً)(?: یادآوری کن)?|فعلا نه|نه،? ممنون)"
)
_BUTTONS: Final = lazy_pattern(rf"\s*{_BUTTON}(?:\s*[|/•·]?\s*{_BUTTON})*\s*", re.IGNORECASE)
# How the tools mark a button or a form's field (`(BUTTON) Allow`, `[Subscribe]`, `[8]`, an
# empty field `[______]`).
_MARKS: Final = lazy_pattern(r"\(BUTTON\)|\[\d+\]|\[[\s_]*\]|[\[\]]|_+", re.IGNORECASE)
# What the overlay says once its form is sent, printed under it by a text tool (`Thank you!
# Your subscription was registered on 14/05/2018.`).
_THANKS: Final = lazy_pattern(r"\s*(?:thank you|thanks|با سپاس|سپاس|متشکریم)\b.{0,120}", re.I)
# What the overlay is about, said in its lines: the reader's inbox, notifications, a survey,
# an offline copy, an app, cookies.
_CUES: Final = lazy_pattern(
    r"\b(?:e-?mail|inbox|newsletter|bulletin|notifications?|survey|offline|app|cookies?)\b"
    r"|نظرسنجی|خبرنامه|اعلان|آفلاین|اپلیکیشن|کوکی|رایانامه|ایمیل",
    re.IGNORECASE,
)
# The lines above its buttons: a heading, a sentence or two, a form's label.
_OVERLAY_LINES: Final = 4
_OVERLAY_WORDS: Final = 40
_OVERLAY_KINDS: Final = frozenset({Kind.TEXT, Kind.CHROME})


def settle_overlays(state: LineState) -> None:
    """An overlay's lines over its buttons are chrome, where they say what it is about (an
    article's own sentence over a lone `Close` says nothing of an inbox or a survey)."""
    kinds, lines = state.kinds, state.lines
    at = 0
    while at < len(lines):
        if kinds[at] in _OVERLAY_KINDS and _run_on_buttons(lines[at].key):
            # Its sentence and its buttons on one line (lynx's `... news. (BUTTON) Subscribe`),
            # under its heading.
            above = lines[at - 1].key if at > 0 and kinds[at - 1] is Kind.TEXT else ""
            heading = _box_heading(above) and not above.rstrip().endswith((".", "!", "?"))
            kinds[at - heading : at + 1] = [Kind.CHROME] * (1 + heading)
        if kinds[at] not in _OVERLAY_KINDS or not _buttons(lines[at].key):
            at += 1
            continue
        end = at
        while end + 1 < len(lines) and _buttons(lines[end + 1].key):
            end += 1
        if end + 1 < len(lines) and _THANKS().fullmatch(lines[end + 1].key) is not None:
            end += 1
        first = _overlay_top(state, at)
        if first is not None:
            kinds[first : end + 1] = [Kind.CHROME] * (end + 1 - first)
        at = end + 1
    _settle_lone_buttons(state)


def _settle_lone_buttons(state: LineState) -> None:
    """A button alone on its line (`Read more`, `Register now`) is chrome: over a list of
    headlines it is a box's heading, which the boxes' rules settled before. So is a
    countdown's clock (`۱۱ روز ۱۳ ساعت ۴۲ دقیقه`), and the few words over it that say
    what it counts down to."""
    kinds, lines = state.kinds, state.lines
    for index, line in enumerate(lines):
        short = kinds[index] is Kind.TEXT and len(line.key) <= _LONE_BUTTON_MAX
        if short and _LONE_BUTTON().fullmatch(line.key) is not None:
            kinds[index] = Kind.CHROME
        elif short and _COUNTDOWN().fullmatch(line.key) is not None:
            kinds[index] = Kind.CHROME
            above = index - 1
            label = above >= 0 and kinds[above] is Kind.TEXT and not lines[above].bullet
            words = len(lines[above].key.split()) if label else 0
            if 0 < words <= _COUNTDOWN_LABEL_WORDS and not lines[above].key.rstrip().endswith(
                (".", "!", "?", "؟")
            ):
                kinds[above] = Kind.CHROME


def _overlay_top(state: LineState, at: int) -> int | None:
    """The first line of the overlay whose buttons start at line `at`: the line naming what
    it is about, its heading above it, a close button over them; None where no line above
    the buttons names it (those above that line are the text's)."""
    kinds, lines = state.kinds, state.lines
    top = at
    while (
        top > max(0, at - _OVERLAY_LINES)
        and kinds[top - 1] in _OVERLAY_KINDS
        and len(lines[top - 1].key.split()) <= _OVERLAY_WORDS
    ):
        top -= 1
    # The cue nearest the buttons: text above it may be the article's, or another box's.
    first = next((i for i in range(at - 1, top - 1, -1) if _CUES().search(lines[i].key)), None)
    if first is None:
        return None
    if first > top and _box_heading(lines[first - 1].key):
        first -= 1
    if first > 0 and _buttons(lines[first - 1].key):
        first -= 1
    return first


_HEADING_WORDS: Final = 6


def _box_heading(key: str) -> bool:
    """Whether a line may be a box's heading: a few words, no label's colon."""
    return 0 < len(key.split()) <= _HEADING_WORDS and ":" not in key


def _run_on_buttons(key: str) -> bool:
    """Whether a line is an overlay's sentence with its buttons run on after it."""
    mark = key.find("(BUTTON)")
    return mark > 0 and _buttons(key[mark:]) and _CUES().search(key, 0, mark) is not None


def _buttons(key: str) -> bool:
    """Whether a line holds an overlay's buttons and nothing else, as the tools mark them."""
    if len(key) > _BUTTON_LINE_MAX:
        return False
    bare = _MARKS().sub(" ", key) if "[" in key or "(" in key or "_" in key else key
    return bool(bare.strip()) and _BUTTONS().fullmatch(bare) is not None


_BUTTON_LINE_MAX: Final = 120
# A button alone on its line, as the tools print it (`(BUTTON) Read more`, lynx's `[BUTTON
# Input] (not implemented)`): the one unfolding the rest of the text, or a call's to register.
_LONE_BUTTON: Final = lazy_pattern(
    r"\s*(?:\(BUTTON\)\s*|\[)?(?:read more|show more|continue reading"
    r"|(?:(?:مشاهده|نمایش|خواندن) )?ادامه (?:مطلب|خبر)"
    r"|نمایش بیشتر|مشاهده بیشتر|(?:register|apply|sign up)(?: now| online| here)?"
    r"(?: for (?:this|the) \w+)?|ثبت[\s\u200c]?نام(?: کنید| و ارسال \S+"
    r"| در (?:این )?(?:رویداد|دوره|مسابقه|جشنواره))?)\]?\s*"
    r"|\s*\[BUTTON Input\](?: \(not implemented\))?\s*",
    re.IGNORECASE,
)
_LONE_BUTTON_MAX: Final = 40
# A countdown's clock: two units or more, each after its number.
_COUNTDOWN: Final = lazy_pattern(
    r"(?:\s*[\d۰-۹]{1,3}\s*(?:days?|hours?|hrs?|minutes?|mins?|seconds?|secs?"
    r"|روز|ساعت|دقیقه|ثانیه)\s*[,:،]?){2,}\s*",
    re.IGNORECASE,
)
_COUNTDOWN_LABEL_WORDS: Final = 6
