"""Where the kicker stands when it is not right above the title's copy: above the title
in the lines above the info block, above the bullets, or among a side column's lines."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Final

from newsparse.grammar import box_words as B
from newsparse.grammar import chrome_words as C
from newsparse.grammar.bylines import is_byline, persian_name
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.shapes import (
    is_short_form,
    kicker_ending,
    name_shaped,
    norm,
    reports,
    strip_kicker,
)

KICKER_MAX: Final = 250
# A kicker run into the title or its copies is a short phrase.
RUN_IN_KICKER_MAX: Final = 100
_CLOSING_QUOTES: Final = ("»", "”", '"')
_ASKED_WORDS: Final = 4


def kicker_cell(text: str) -> str:
    """The kicker alone where html2text ran the layout table's cell before it on, a ` | `
    between (`ثبت نظر | با سرمایه‌گذاری ...؛`, `Total visits: 6,220,415 | ...`): a side
    column's button, count or menu's last link stands there, never a genre's label
    (`Opinion | ...`)."""
    before, bar, kicker = text.rpartition(" | ")
    if not bar:
        return _after_fields(text)
    if len(kicker.split()) < _CELL_KICKER_WORDS:
        return text
    head = before.strip().casefold()
    if any(char.isdigit() for char in head) or head in C.CHROME_WORDS or head in C.POLL_BUTTONS:
        return kicker.strip()
    if f" {head}".endswith(C.MENU_LAST):
        return kicker.strip()  # a menu's last link, the side column's (`Contact | ...:`)
    if head.rpartition(" ")[2] in _FORM_BUTTONS:
        return kicker.strip()  # a box's form's button (`Newsletter Join | ...;`)
    if head.endswith((".", "!", "?", "؟", ":", "：")):
        # A box's sentence (a newsletter's call) or a form's label, a cell of its own.
        return kicker.strip()
    return text


_CELL_KICKER_WORDS: Final = 2
# The words of the buttons a side box's form ends with (a newsletter's, a search's).
_FORM_BUTTONS: Final = frozenset(
    {"join", "subscribe", "submit", "send", "search", "go", "ok", "عضویت", "ارسال", "جستجو"}
)


def _after_fields(text: str) -> str:
    """The kicker alone where a tool ran a login box's fields and button on before it
    (`Username _ Password _ Login Interview with ...`)."""
    boxes = list(C.FIELD_BOX().finditer(text)) if "_" in text else []
    if not boxes or not C.is_field_row(text[: boxes[-1].end()]):
        return text
    rest = text[boxes[-1].end() :].split()
    for size in (2, 1):  # the button after the last box (`Login`, `Sign in`)
        if " ".join(rest[:size]).casefold() in C.CHROME_WORDS:
            rest = rest[size:]
            break
    return " ".join(rest) if len(rest) >= _CELL_KICKER_WORDS else text


def kicker_over_bullets(pre: list[Line], above: int) -> Line | None:
    """The line right above the bullets, ending as a kicker does, when the title's copy opens
    the text below them (a reader view sets the title first, then the page: kicker, bullets,
    title)."""
    if above >= 0 or not pre:
        return None
    last = pre[-1]
    return last if kicker_ending(last.text) and kicker_shaped(last) and not last.bullet else None


def kicker_ended(lines: list[Line]) -> Line | None:
    """The nearest line ending as a kicker does among short lines above the title's copy,
    past a side column's list a tool printed between them (bulleted headlines), but for
    the list's own heading (`Most viewed:`)."""
    for line in reversed(lines):
        if line.bullet:
            continue
        if not kicker_shaped(line) or B.is_listing_heading(line.key.rstrip(" :：")):
            return None
        if kicker_ending(line.text):
            return line
    return None


def title_under_kicker(post: list[Line], title_key: str, start: int) -> int | None:
    """Where a copy of the title stands right under a kicker (`Industrial fellowships;`)
    from line `start` on: past the top lines, a side box a text browser printed above the
    article (a bmn page opens with no info block) pushed it down."""
    for at in range(max(start, 1), len(post)):
        above = post[at - 1]
        if norm(post[at].text) == title_key and kicker_ending(above.text) and not above.bullet:
            return at if kicker_shaped(above) else None
    return None


def kicker_shaped(line: Line) -> bool:
    """Whether a line may be a kicker: short enough, and no byline (a Persian name alone,
    with no kicker's ending, is one)."""
    return len(line.text) <= KICKER_MAX and not is_byline(line.text) and not persian_name(line.text)


def kicker_above(pre: list[Line], title_key: str) -> Line | None:
    """A kicker just above the title, when the capture starts there: ending in `:` or `;`,
    or a bare name standing alone."""
    for number, (previous, line) in enumerate(pairwise(pre)):
        if norm(line.text) != title_key:
            continue
        # Or one that lost its colon, naming who speaks (`معاون ... خبر داد`).
        if kicker_ending(previous.text) or _bare_name(pre, number) or reports(previous.text):
            return previous
        # A phrase ending in a quote (`... گزارش «نمای علم و فناوری»`) or asking a question
        # between the short title and the title: where the kicker stands, framed by the
        # title's two forms (or by the date's bullets, which the Persian pages set between
        # them).
        framed = (
            is_short_form(pre[number - 1].text, line.text)
            if number
            else norm(previous.text) != title_key and not is_short_form(previous.text, line.text)
        )
        quoted = previous.text.endswith(_CLOSING_QUOTES)
        # (A question of a few words is a box's or a search's call: `Looking for something?`.)
        asked = previous.text.endswith(("?", "؟")) and len(previous.text.split()) >= _ASKED_WORDS
        if framed and (quoted or (asked and kicker_shaped(previous))) and not previous.bullet:
            return previous
    return None


def kicker_again_below(pre: list[Line], title_key: str, body: list[Line]) -> str | None:
    """The kicker, where the line right above the title is printed again under it, opening
    the body (the CMS prints the kicker once more below the title): whatever its ending."""
    if not body:
        return None
    again = norm(strip_kicker(body[0].text))
    for previous, line in pairwise(pre):
        if norm(line.text) == title_key and norm(strip_kicker(previous.text)) == again:
            return strip_kicker(previous.text) if again != title_key else None
    return None


def kicker_opening_lead(pre: list[Line], title_key: str, body: list[Line]) -> str | None:
    """The line right above the title, where the lead opens with its words (`پژوهشگران
    دانشگاه فردوسی مشهد` over the title, the lead `پژوهشگران دانشگاه فردوسی مشهد حسگری
    ...`): the kicker names whom the lead goes on from, whatever its ending; a side column's
    last line the lead does not repeat."""
    if not body:
        return None
    lead = norm(body[0].text)
    for previous, line in pairwise(pre):
        key = norm(previous.text)
        if norm(line.text) == title_key and kicker_shaped(previous) and not previous.bullet:
            words = len(key.split())
            return previous.text if words > 1 and lead.startswith(f"{key} ") else None
    return None


def _bare_name(pre: list[Line], index: int) -> bool:
    """A word or two alone above the title (`Afshin`, `گزارش`), not the last of a run of
    such lines (a menu a paste left bare)."""
    if not name_shaped(pre[index]):
        return False
    return index == 0 or not name_shaped(pre[index - 1])


def without_short_title(kicker: str, title: str) -> str:
    """The kicker less what a tool wrapped into the line above it ran on before it: the CMS's
    short title (`<short title> <kicker>`: most of the title's words, in its order), or the
    old portal's print bar's last button (`Send to Friend <kicker>`, html2text)."""
    bar = BAR_HEAD().search(kicker)
    # (After the title's last words, where the title wrapped onto the bar's line.)
    if (
        bar is not None
        and bar.end() < len(kicker)
        and title.endswith(kicker[: bar.start()].strip())
    ):
        kicker = kicker[bar.end() :]
    words = kicker.split()
    for end in range(len(words) - 1, len(title.split()) // 2 - 1, -1):
        if end > 0 and is_short_form(" ".join(words[:end]), title):
            return " ".join(words[end:])
    return kicker


# The print bar's buttons that open a line html2text ran the kicker on after.
BAR_HEAD: Final = lazy_pattern(
    r"(?:print\s+)?send to (?:a )?friend\s+|(?:چاپ\s+)?ارسال به دوست\s+", re.IGNORECASE
)


def kicker_run_into_copies(line: Line, title: str, *, ended: bool = False) -> Line | None:
    """The kicker a tool ran into the title's copies on one line (`<kicker> <title> <title>`),
    if the line opens with a phrase ending as a kicker does, or a short one (not where
    `ended`), and is otherwise copies."""
    start = line.text.find(title)
    if start <= 0 or line.text[start:].replace(title, "").strip():
        return None
    phrase = line.text[:start].strip()
    # A kicker's end says where it stops, however long (a narrow cell joined the two).
    if kicker_ending(phrase) and len(phrase) <= KICKER_MAX:
        return Line(phrase)
    ok = not ended and len(phrase) <= RUN_IN_KICKER_MAX and not phrase.endswith((".", "!", "?"))
    return Line(phrase) if phrase and ok else None


# A title run in twice after its kicker: a few words at least, a title's at most.
_TWICE_WORDS: Final = (3, 40)


def title_twice_after_kicker(text: str) -> str | None:
    """The title a tool ran in after its kicker, its copy right after it (`<kicker>؛ <title>
    <title> <lead>`: html2text runs a table cell's lines together), if a line opens so."""
    for ending in (": ", "; ", "؛ "):
        at = text.find(ending, 0, RUN_IN_KICKER_MAX)
        if at <= 0:
            continue
        words = text[at + len(ending) :].split()
        least, most = _TWICE_WORDS
        for count in range(least, min(most, len(words) // 2) + 1):
            if words[:count] == words[count : 2 * count]:
                return " ".join(words[:count])
    return None


# Words no kicker ends with: a line ending so goes on onto the next (a wrap a tool left);
# not a toolbar's (`Send to`, `Pass it on`).
_DANGLING: Final = frozenset({"for", "of", "and", "the", "و", "از", "برای"})
_WRAPPED_HEAD_WORDS: Final = 4


def kicker_wrapped(lines: Sequence[Line], index: int) -> Line | None:
    """The kicker at `index` with the start a tool left on the line above it (`Vice-President
    for` / `Science and Technology:`): a few words ending with a word no phrase ends with."""
    head = lines[index - 1] if index > 0 else None
    words = head.text.split() if head is not None and not head.bullet else []
    if not 0 < len(words) <= _WRAPPED_HEAD_WORDS or words[-1].casefold() not in _DANGLING:
        return None
    return Line(f"{' '.join(words)} {lines[index].text}")
