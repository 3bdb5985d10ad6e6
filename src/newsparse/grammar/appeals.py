"""A box's appeal to the reader that opens with no verb of joining: the app's stores, the
reader's inbox, a gift or a membership (`Make a gift`, `کمک یک‌باره`), a survey's answers."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# A line naming the site's app and the stores it is in: the app's banner, however worded.
_APP_STORES: Final = lazy_pattern(
    r"\bapp\b.{0,40}\b(?:bazaar|myket|google play|app store)\b"
    r"|(?:اپلیکیشن|اپ|برنامه)\s.{0,40}(?:کافه[\s\u200c]?بازار|مایکت|گوگل[\s\u200c]?پلی)"
    # A store's button, whatever the banner says (`Get it on Google Play`).
    r"|\b(?:get\s+it\s+on|download\s+(?:it\s+)?(?:from|on))\s+(?:google\s+play|cafe\s*bazaar"
    r"|bazaar|myket|the\s+app\s+store)\b"
    # An app's banner, or a newsletter's, saying where the news will be (`... is now in
    # your pocket`, `Five short stories ..., in your inbox every Saturday`).
    r"|\b(?:in|to|into)\s+your\s+(?:pocket|inbox)\b"
    # (`Leave your e-mail and we will send you ...`, `Drop us your e-mail and get ...`.)
    r"|\b(?:leave|enter|drop|give)\s+(?:us\s+)?your\s+e-?mail\b[^.!?]*\b(?:send\s+you|get)\b",
    re.IGNORECASE,
)
# An appeal for a gift or a membership, or for a survey's answers.
_APPEAL: Final = lazy_pattern(
    r"\b(?:make\s+a\s+gift|donate\s+now|become\s+a\s+(?:member|supporter)"
    r"|friends\s+of\s+\w+\s+circle|take\s+(?:our|a\s+short)\s+(?:survey|questionnaire))\b"
    r"|کمک[\s\u200c]*(?:یک[\s\u200c]*باره|مالی)|باشگاه\s+خوانندگان"
    r"|پرسش[\s\u200c]*نامه\b.{0,60}شرکت\s+کنید"
    # A newsletter's promise, whatever it is called (`No spam, unsubscribe in one click.`).
    r"|\bno\s+spam\b|\bunsubscribe\s+(?:in|with|at)\s+(?:one|a|any)\b"
    r"|\bbe\s+the\s+first\s+to\s+(?:hear|know|learn)\s+(?:about|of)\b"
    # (A topic's follow button: `We will tell you when a new story on this topic is out.`)
    r"|\bwe(?:'ll|’ll|\s+will)\s+(?:tell|let)\s+you\s+(?:know\s+)?when\s+(?:a\s+)?new\s+"
    r"(?:story|article|report)\b|\bwe\s+will\s+write\s+only\s+when\b"
    r"|,\s+straight\s+to\s+(?:you|your\s+inbox)\s*$"
    r"|^\s*(?:\+\s*)?follow\s*[:：]\s*[^.!?:]{1,40}$",
    re.IGNORECASE,
)


def is_appeal(key: str) -> bool:
    """Whether a line is a box's appeal to the reader: an app's stores, the reader's inbox, a
    gift, a membership or a survey's answers."""
    return _APP_STORES().search(key) is not None or _APPEAL().search(key) is not None
