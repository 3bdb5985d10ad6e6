"""Footnote marks: an opinion piece's byline's `*` and the note on its author, and a note
a word in the text points to (`... years*` / `* Source: ...`).

Tools write a list's items `* ` too; these say which `*` lines are the note's, so it keeps
its mark and stays text.
"""

from __future__ import annotations

from itertools import takewhile
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.dates import match_date_time
from newsparse.grammar.lines import Line, lazy_pattern, match_key, split_bullet
from newsparse.readers.indents import indent_of

# A `*` kept from being read as a list marker, until the line is made.
STAR: Final = "\ufe61"  # SMALL ASTERISK: printable, and no news page writes it
# A note on the author holds a few words at least (`Head of ... Institute`).
_NOTE_WORDS: Final = 3


def marked_byline(text: str) -> bool:
    """An opinion piece's byline with its footnote mark (`Parviz Karami *`)."""
    return text.endswith(" *") and is_byline(text)


def dedented_note(raw: list[str]) -> list[str]:
    """The lines with the note on an opinion piece's author (`* The author is ...`) kept as
    text where it stands left of the `* ` items of the list right above it: the byline ends
    with that `*`, and a tool indents a list's items, never the paragraph after them."""
    byline = next(
        (i for i, line in enumerate(raw) if marked_byline(line.strip())),
        None,
    )
    if byline is None:
        return raw
    lines = list(raw)
    item: str | None = None  # the last `* ` item, while its wrapped lines go on under it
    for i, line in enumerate(raw[byline + 1 :], byline + 1):
        if not line.strip():
            continue
        starred = line.lstrip().startswith("* ")
        # The footer's labelled items (`* News group : ...`) are no note.
        note = starred and not L.opens_with_label(match_key(line.lstrip()[2:]))
        if note and item is not None and indent_of(line) < indent_of(item):
            lines[i] = line.replace("* ", f"{STAR} ", 1)
        if starred:
            item = line
        elif item is not None and indent_of(line) <= indent_of(item):
            item = None  # text at the item's margin or left of it: the list has ended
    return lines


def margin_notes(raw: list[str]) -> list[str]:
    """The lines with a footnote typed into a paragraph (`* The figures are provisional.`)
    kept as text: a `* ` line that stands alone at the margin of the paragraph right above
    it, a sentence long. A tool indents a list's items past its paragraphs (w3m marks them
    `•`), and a list has more items than one."""
    lines = list(raw)
    for i, line in enumerate(raw):
        if not line.lstrip().startswith("* ") or not _alone_at_margin(raw, i):
            continue
        # (Its wrapped lines count, a narrow cell leaving a few words on each, where its own
        # line reads as a sentence's start: no count or date under a list's marker.)
        first = line.lstrip()[2:]
        wraps = _note_text(first, _NOTE_WORDS) and not first.rstrip().endswith((".", "!", "?"))
        wrapped = takewhile(lambda more: more.strip()[:2] not in ("", "* "), raw[i + 1 :])
        text = " ".join([first, *(more.strip() for more in wrapped if wraps)])
        if _note_text(text, _MARGIN_NOTE_WORDS):
            lines[i] = line.replace("* ", f"{STAR} ", 1)
    return lines


def marked_notes(raw: list[str]) -> list[str]:
    """The lines with a note that a mark in the text points to (`... two Iranian years*` /
    `* Source: INSF annual report`) kept as text: a `* ` line under the marked one, a few
    words long, after a blank line, and no item of a list (no `* ` line right above or
    under it at its margin or left of it: a tool indents a list's items past the paragraph
    after them)."""
    marked = next((i for i, line in enumerate(raw) if _MARKED_END().search(line)), None)
    if marked is None:
        return raw
    lines = list(raw)
    for i in range(marked + 1, len(raw)):
        stripped = raw[i].lstrip()
        # A paragraph of its own: a list's item a tool wrapped has its item right above.
        alone = not raw[i - 1].strip()
        if alone and stripped.startswith("* ") and _note_text(stripped[2:], _NOTE_WORDS):
            near = (_next_text(raw, i, -1), _next_text(raw, i, 1))
            indent = indent_of(raw[i])
            if not any(line.lstrip()[:2] == "* " and indent_of(line) <= indent for line in near):
                lines[i] = raw[i].replace("* ", f"{STAR} ", 1)
    return lines


# A word carrying a footnote's mark at a line's end (html2text's emphasis may close after it).
_MARKED_END: Final = lazy_pattern(r"[^\W\d_]\*_?\s*$")


def _next_text(raw: list[str], index: int, step: int) -> str:
    """The nearest line with text above (`step` -1) or under (1) line `index`."""
    at = index + step
    while 0 <= at < len(raw) and not raw[at].strip():
        at += step
    return raw[at] if 0 <= at < len(raw) else ""


# A footnote typed at a paragraph's margin is a sentence: a list's lone item may be a name.
_MARGIN_NOTE_WORDS: Final = 6


def _note_text(text: str, words: int) -> bool:
    """Whether a `* ` line's text may be a note: words enough, and neither a labelled item
    nor a date (an info block's items, each marked `* `)."""
    key = match_key(text)
    return (
        len(text.split()) >= words and not L.opens_with_label(key) and match_date_time(key) is None
    )


def _alone_at_margin(raw: list[str], index: int) -> bool:
    """Whether the `* ` line at `index` stands at the margin of a paragraph's line above it
    (blank lines between), with no list's `* ` item under it or its wrapped lines."""
    above = _block_above(raw, index)
    indent = indent_of(raw[index])
    if not above or indent_of(above[-1]) != indent:
        return False
    if any(split_bullet(line.lstrip())[0] for line in above):
        return False  # a list's item, or its wrapped lines, right above
    blank = False
    for line in raw[index + 1 :]:
        if not line.strip():
            blank = True
        elif _listed(line.lstrip()):
            return indent_of(line) < indent
        elif blank:
            return True  # a paragraph follows
    return True


def _block_above(raw: list[str], index: int) -> list[str]:
    """The lines of the block above line `index`, blank lines between skipped."""
    end = index
    while end and not raw[end - 1].strip():
        end -= 1
    start = end
    while start and raw[start - 1].strip():
        start -= 1
    return raw[start:end]


def _listed(stripped: str) -> bool:
    """Whether a line is a list's `* ` item: the footer's labelled items (`* News group :
    ...`), which some tools mark so, are none."""
    return stripped.startswith("* ") and not L.opens_with_label(match_key(stripped[2:]))


def keep_footnote_marks(lines: list[Line], starred: list[int]) -> None:
    """An opinion piece's byline ends with `*` (`Parviz Karami *`), and its note on the
    author, under the body, opens with one: a line opening with `* ` in no list is that
    note, and keeps its mark (tools write a list's items `* ` too)."""
    byline = next((i for i, line in enumerate(lines) if marked_byline(line.text)), None)
    if byline is None:
        return
    items = set(starred)
    for index in (i for i in starred if i > byline):
        # A list's item stands under another, or over one marked as it is (the footer's
        # labelled items below the note have marks of their own in some tools).
        below = lines[index + 1].text if index + 1 in items else None
        # (Items marked otherwise, `•` in w3m, are another list: the note follows it.)
        in_list = index - 1 in items or (
            below is not None and not L.opens_with_label(match_key(below))
        )
        text = lines[index].text
        note = _note_text(text, _NOTE_WORDS)
        if note and not in_list:
            lines[index] = Line(f"* {text}", False)
