"""Warnings the body's length gives: far shorter than its study time implies, or a
paragraph longer than any an editor writes (a tool ran the article's paragraphs together)."""

from __future__ import annotations

from typing import Final

# About 200 words a minute: a body under this share of what its study time implies lost text.
WORDS_A_MINUTE: Final = 200
SHORT_BODY_SHARE: Final = 0.125


def short_body(words: int, study_minutes: int | None) -> str | None:
    """A warning when the body is far shorter than its study time implies (none for no
    body at all, which its own warning says)."""
    if not words or not study_minutes or words >= study_minutes * WORDS_A_MINUTE * SHORT_BODY_SHARE:
        return None
    return f"body looks short: {words} words for a study time of {study_minutes} minutes"


# No paragraph an editor writes runs this long: a tool ran the article's paragraphs together
# (html2text flattens a table cell's paragraphs into one line).
RUN_TOGETHER_WORDS: Final = 300


def run_together(paragraphs: tuple[str, ...], *, flattened: bool = False) -> str | None:
    """A warning when a body paragraph is longer than any an editor writes, or the tool
    ran the article's lines together (`flattened`)."""
    longest = max((len(paragraph.split()) for paragraph in paragraphs), default=0)
    if longest <= RUN_TOGETHER_WORDS and not (flattened and longest):
        return None
    return f"body paragraph of {longest} words: paragraphs may have run together"
