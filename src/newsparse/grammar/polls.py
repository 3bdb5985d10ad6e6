"""A poll box the CMS sets inside an article: its heading, its question, its options and
its buttons, or as far as its options go where a copy shows no form."""

from __future__ import annotations

from typing import Final

from newsparse.grammar import chrome_words as C
from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.state import Kind, LineState

# A poll box's heading, its question under it; its options, a few short lines.
_POLL_HEADINGS: Final = frozenset({"poll", "survey", "quick poll", "نظرسنجی", "نظر سنجی"})
_POLL_LINES: Final = 10
_OPTION_WORDS: Final = 12
_BARE_OPTION_WORDS: Final = 4  # with no buttons under them
_OPTION_AFTER: Final = lazy_pattern(r"[?؟]\s+(?:\[ ?\]|\( ?\))\s")


def settle_polls(state: LineState) -> None:
    """A poll box inside the article (`Poll`, a question, its options, `Vote`) is chrome: its
    heading, a question, short lines down to its buttons, or the text (a copy shows no form)."""
    kinds, lines = state.kinds, state.lines
    for at in range(len(kinds) - 1):
        key = lines[at].key.strip(" :：").casefold()
        question = lines[at + 1].text
        # (Its first option a tool ran on after it: `... most? [ ] Research grant`.)
        if key not in _POLL_HEADINGS or not (
            question.endswith(("?", "؟")) or _OPTION_AFTER().search(question)
        ):
            continue
        end, buttons, bare = at + 2, False, None
        while end < min(len(kinds), at + _POLL_LINES) and not buttons:
            text, end = lines[end].text, end + 1
            buttons = _buttons(text)
            # (A kicker ends as no option does: `Elites of health technology;`.)
            if len(text.split()) > _BARE_OPTION_WORDS or text.endswith((":", "：", ";", "؛")):
                bare = end - 1 if bare is None else bare
            long = len(text.split()) > _OPTION_WORDS
            if not buttons and (kinds[end - 1] not in (Kind.TEXT, Kind.CHROME) or long):
                end -= 1
                break
        end = end if buttons else min(end, bare if bare is not None else end)
        if buttons or end > at + 2:
            kinds[at:end] = [Kind.CHROME] * (end - at)


def _buttons(text: str) -> bool:
    """Whether a line holds a poll's buttons: one named as a word (`Vote`, `رأی دهید`; not
    `برای`, `for`, which holds `رای`)."""
    return _BUTTON().search(text.casefold()) is not None


_BUTTONS: Final = "|".join(sorted(C.POLL_BUTTONS, key=len, reverse=True))
_BUTTON: Final = lazy_pattern(rf"(?<!\w)(?:{_BUTTONS})(?:s|d|ed|ted|ting)?(?!\w)")
