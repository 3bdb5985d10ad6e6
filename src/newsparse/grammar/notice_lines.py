"""A notice and the text a tool ran on next to it (a video's fallback text and its caption, a
notice to turn scripts on and the kicker under it, the last paragraph and a notice that
comments are closed), apart."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from newsparse.grammar import notice_words as N
from newsparse.grammar.lines import Line, lazy_pattern


def split_after_notice(line: Line) -> Iterable[Line]:
    """A notice and the text a tool ran on after it, two lines: a video's fallback text
    and its caption (`Your browser does not support the video tag. Video: ...`), a notice
    to turn scripts on and the kicker under it, a notice bar's sentence and its link
    (`Notice: Registration closes on 2020/02/20. Read more`) and the kicker under it, a
    privacy banner and its button (`This site uses cookies ... OK`) and the kicker."""
    text = line.text
    inside = _SCRIPTS_INSIDE().search(text) if "avaScript" in text else None
    # (Not the notice's own opening clause: `To watch this video, please enable ...`.)
    before = text[: inside.start()].strip() if inside is not None else ""
    if inside is not None and before and not before.endswith((",", "،")):
        # The notice a tool ran on after the top bar's text (`Today : ... Please enable
        # JavaScript ...`): the bar's line, then the notice's.
        rest = Line(text[inside.end() :].strip())
        return [Line(before, line.bullet), *split_after_notice(rest)]
    browser = any(word in text for word in _RUN_ON_NOTICE_WORDS)
    privacy = not browser and any(word in text for word in _PRIVACY_WORDS)
    if not (browser or privacy) and not _NOTICE_BAR().match(text):
        return [line]
    notice = N.NOTICE().match(text)
    if notice is not None and privacy:
        # A privacy banner says more than a sentence: what ran on follows its button.
        button = _CONSENT_BUTTON().search(text, notice.end())
        if button is None or not _text_after(text[button.end() :]):
            return [line]
        return [Line(text[: button.end()].strip(), line.bullet), Line(text[button.end() :].strip())]
    stop = text.find(". ", notice.end()) if notice is not None else -1
    if notice is None or stop < 0 or not _text_after(text[stop + 1 :]):
        return [line]
    more = _MORE_LINK().match(text, stop + 1)
    end = more.end() if more is not None else stop + 1
    if not _text_after(text[end:]):
        return [line]
    return [Line(text[:end].strip(), line.bullet), Line(text[end:].strip())]


# The words of the notices a tool runs text on after (a browser's, a print version's), and
# of a privacy banner's.
_RUN_ON_NOTICE_WORDS: Final = ("rowser", "مرورگر", "rinter")
_PRIVACY_WORDS: Final = ("ookie", "کوکی")
# A privacy banner's button after its last sentence (`... cookie policy. OK`).
_CONSENT_BUTTON: Final = lazy_pattern(
    r"(?<=[.!؟?])\s+(?:ok|okay|accept|got it|i agree|agree|متوجه شدم|قبول|قبول دارم)(?=\s)",
    re.IGNORECASE,
)
# The notice to turn scripts on, run on after other words.
_SCRIPTS_INSIDE: Final = lazy_pattern(r"\s(?=please\s+(?:enable|turn\s+on)\s+javascript)", re.I)
# A notice bar's label, and the link after its sentence; or a player's fallback's offer of
# the file (`... does not support HTML5 video. Open the file instead.`).
_NOTICE_BAR: Final = lazy_pattern(r"\s*(?:notice|اطلاعیه)\b", re.IGNORECASE)
_MORE_LINK: Final = lazy_pattern(
    r"\s+(?:read more|more|details|بیشتر بخوانید|ادامه خبر|بیشتر|ادامه)(?=\s)"
    r"|\s+(?:open|download|watch|play|view)\s+(?:the|this)\s+(?:file|video|audio|clip)"
    r"(?:\s+instead)?\.?(?=\s|$)",
    re.IGNORECASE,
)


# The words that must follow a notice for them to be text of their own, but for a kicker
# (`یادداشت:`), which ends as one does.
_NOTICE_RUN_ON_WORDS: Final = 3


def _text_after(rest: str) -> bool:
    rest = rest.strip()
    return len(rest.split()) > _NOTICE_RUN_ON_WORDS or rest.endswith((":", "؛", ";"))


def split_before_closed_comments(line: Line) -> Iterable[Line]:
    """A paragraph and a notice a tool ran on after it (lynx, the notice's block right under
    the text): comments closed (`... East Azarbaijan. Comments are closed for this news.`),
    or a player's fallback (`... سمپاشی کرد. مرورگر شما از پخش ویدیو پشتیبانی نمی‌کند.`)."""
    text = line.text
    found = _CLOSED_AFTER().search(text) if "omment" in text else None
    if found is None and ("rowser" in text or "مرورگر" in text):
        found = _FALLBACK_AFTER().search(text) or _fallback_run_on(text)
        found = found if found is not None and N.NOTICE().match(found[1]) else None
    if found is None:
        return [line]
    return [Line(text[: found.start()].rstrip(), line.bullet), Line(found[1])]


_CLOSED_AFTER: Final = lazy_pattern(rf"(?<=[.!?؟])\s+({N.CLOSED_COMMENTS})\s*$", re.IGNORECASE)
_FALLBACK_AFTER: Final = lazy_pattern(
    r"(?<=[.!?؟])\s+((?:your\s+browser|مرورگر\s+شما)[^.!?؟]{0,80}[.!?؟]?)\s*$", re.IGNORECASE
)


def _fallback_run_on(text: str) -> re.Match[str] | None:
    """A player's fallback run on after a picture's alt text, which ends on no stop (`...
    forests Your browser does not support the video tag.`: the capital says a sentence
    starts); not after a frame's address (lynx's `IFRAME: https://...`, the notice its own)."""
    found = _FALLBACK_RUN_ON().search(text)
    return found if found is not None and "://" not in text[: found.start()] else None


_FALLBACK_RUN_ON: Final = lazy_pattern(r"(?<=\w)\s+(Your\s+browser\s[^.!?]{0,80}[.!?]?)\s*$")
