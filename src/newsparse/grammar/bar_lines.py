"""Bars of buttons a tool ran together with the text beside them (a toolbar and the kicker
under it, a share bar and the paragraph before or after it), apart: each bar a line of its
own, read as chrome, and the text a line of its own."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsparse.grammar import bar_words as BW
from newsparse.grammar import box_words as B
from newsparse.grammar import chrome_words as C
from newsparse.grammar import labels as L
from newsparse.grammar.dates import match_date_time
from newsparse.grammar.lines import Line, cut, lazy_pattern, match_key
from newsparse.grammar.rules_chrome import chrome_ends

# A button's count in brackets (`Comments (2)`).
_COUNT_ONLY: Final = lazy_pattern(r"\([\d۰-۹]+\)")


def split_after_toolbar(line: Line) -> Iterator[Line]:
    """A toolbar (`Print Send to Friend`, two chrome texts or more) and the text a tool ran
    on after it (the kicker under it, in a table cell html2text flattened), apart; and the
    cells it ran on before the breadcrumb over the toolbar."""
    words = line.key.casefold().split()
    # A breadcrumb may open the row (`Home Page > news News > Title Print Send to Friend`).
    crumb = _breadcrumb_start(words) if words and words[0] not in C.CHROME_TOKENS else None
    start = _after_breadcrumb(words) if crumb is not None else 0
    if len(words) - start < _TOOLBAR_TEXTS + 1 or words[start] not in C.CHROME_TOKENS:
        yield line
        return
    if not start and BW.is_box_line(line.key):
        yield line  # a bar whole, its buttons' counts too (`Share : Facebook 14 Telegram 52`)
        return
    if not start and C.opens_with_tag_heading(line.key):
        yield line  # `Tags : biosimilars , export`: the tags are their heading's
        return
    ends = [start + end for end in chrome_ends(words[start:])]
    text_words = line.text.split()
    if (
        _texts(words, ends) < _TOOLBAR_TEXTS
        or ends[-1] == len(words)
        # A sentence opening with chrome's words goes on in lower case (`No comments have
        # been posted`); text run on after a bar opens anew.
        or text_words[ends[-1]][:1].islower()
        # The last button's count (`Comments (2)`): no text after the bar.
        or _COUNT_ONLY().fullmatch(" ".join(text_words[ends[-1] :])) is not None
    ):
        yield line
        return
    if crumb:
        # A rooted breadcrumb the tool ran on after other cells (a side column's last
        # words): the cells before it a line of their own.
        yield Line(" ".join(text_words[:crumb]), line.bullet)
    if start:
        yield Line(" ".join(text_words[crumb or 0 : start]), line.bullet and not crumb)
    yield Line(" ".join(text_words[start : ends[-1]]), line.bullet and not start)
    rest = Line(" ".join(text_words[ends[-1] :]))
    # Chrome opening the row (`Search |`) may stand before a breadcrumb and its toolbar.
    yield from (split_after_toolbar(rest) if not start else (rest,))


def split_after_button(line: Line) -> Iterator[Line]:
    """A box's button in a cell html2text ran on before the next cell (`عضویت | <kicker>`),
    and a byline before the info table's first cell (`Dr. Maryam Ahmadi * | Sep 15 2023 -
    10:30`), apart."""
    button, bar, rest = line.text.partition(" | ")
    if bar and rest.strip() and (button.strip().casefold() in B.BUTTONS or _dated(button, rest)):
        yield Line(button.strip(), line.bullet)
        yield Line(rest.strip())
    else:
        yield line


# A byline is a few words.
_BYLINE_WORDS: Final = 6


def _dated(before: str, after: str) -> bool:
    """Whether a cell of a few words stands before a cell opening with a date and time."""
    found = match_date_time(match_key(after.strip()))
    return (
        found is not None
        and found["hour"] is not None
        and 0 < len(before.split()) <= _BYLINE_WORDS
        and match_date_time(match_key(before.strip())) is None
    )


def _breadcrumb_start(words: list[str]) -> int | None:
    """Where a breadcrumb starts in a row: at its start, after a `|` (html2text's row of
    cells), at its root (`Home Page >`) after other cells; None where the row holds none."""
    if ">" not in words:
        return None
    first = words.index(">")
    cell = max((i for i in range(first) if words[i] == "|"), default=-1)
    if first < cell + 1 + _BREADCRUMB_WORDS:
        return 0
    root = [i for i in range(max(0, first - 2), first) if words[i] in _BREADCRUMB_ROOTS]
    if not root:
        return None
    # `Home Page`: the root's first word.
    return root[0] - (root[0] > 0 and words[root[0] - 1] in _BREADCRUMB_ROOTS)


def _after_breadcrumb(words: list[str]) -> int:
    """Where the toolbar would start after a breadcrumb's last item, the page's title: at
    the first chrome word after a `>` that opens chrome texts enough (a title's `in` is no
    toolbar's); 0 where none does."""
    last = len(words) - 1 - words[::-1].index(">")
    return next(
        (
            i
            for i in range(last + 1, len(words))
            # (`[0, ...]`: the ends hold one more than the texts; `system` is one text.)
            if words[i] in C.CHROME_TOKENS and len(chrome_ends(words[i:])) > _TOOLBAR_TEXTS
        ),
        0,
    )


def split_after_share_bar(line: Line) -> Iterator[Line]:
    """A share bar (`Share this story: Telegram X Print | Email to a friend`) or a toolbar
    opening the line (`PDF Font size: A+ A-`), and the paragraph a tool ran on after it (the
    buttons are inline links), apart; and the text it ran the share bar on after (a
    caption), where the bar opens a sentence; and a bar of its own wording ending the line
    after the paragraph a tool ran it on to."""
    key = line.key
    shared = "hare" in key or "اشتراک" in key
    for start, bar in (
        *(
            (
                (o.start(), BW.SHARE_BAR().match(key, o.start()))
                for o in _SHARE_OPENING().finditer(key)
            )
            if shared
            else ()
        ),
        (0, BW.TOOLBAR().match(key)),
        # (Its networks too, where html2text ran a flattened cell's text on after them.)
        (0, BW.BUTTONS_RUN().match(key)),
        # A toolbar after a sentence (the caption html2text ran the bar on after).
        *(
            (o.end(), bar.match(key, o.end()))
            for o in BW.SENTENCE_ENDS().finditer(key)
            for bar in (BW.TOOLBAR(), BW.BUTTONS_RUN())
        ),
    ):
        if bar is None:
            continue
        # The bar may end the line, after the paragraph a tool ran it on to (lynx wraps
        # a bar of inline links on with the last lines above it).
        last = start > 0 and not key[bar.end() :].strip() and _buttons(key, start, bar.end())
        if not (last or _paragraph_after(key, start, bar.end())):
            continue
        before = line.text[:start].strip()
        if before:
            yield Line(before, line.bullet)
        yield Line(line.text[start : bar.end()].strip(), line.bullet and not before)
        if not last:
            # A toolbar may open what a share bar follows (`Print Send to Friend Share: ...`).
            yield from split_after_share_bar(Line(line.text[bar.end() :].strip()))
        return
    start = BW.bar_after_text(key)
    if start is None:
        yield line
        return
    yield Line(line.text[:start].strip(), line.bullet)
    yield Line(line.text[start:].strip())


def without_buttons(text: str) -> str:
    """A paragraph less the buttons a tool ran it on after (html2text runs a flattened
    cell's image, share bar and lead together: `Facebook Twitter Email Researchers at ...`)."""
    bar = BW.BUTTONS_RUN().match(text)
    if bar is None or not _paragraph_after(text, 0, bar.end()):
        return text
    return text[bar.end() :].strip()


def _paragraph_after(key: str, start: int, end: int) -> bool:
    """Whether a bar of two buttons or more from `start` to `end` has a paragraph after it:
    words enough, opening as a sentence does."""
    rest = key[end:].strip()
    if not _buttons(key, start, end) or len(rest.split()) < _SHARED_TEXT_WORDS:
        return False
    if BW.BUTTONS_RUN().fullmatch(rest) is not None:
        return False  # more buttons, the networks after the tools (`Print - Email - Telegram`)
    return rest[:1].isupper() or (rest[:1].isalpha() and not rest[:1].isascii())


def _buttons(key: str, start: int, end: int) -> bool:
    """Whether the bar from `start` to `end` holds two buttons or more after its label."""
    return len(key[start:end].split(":", 1)[-1].split()) >= _TOOLBAR_TEXTS


# A share bar's label, opening the line or a sentence, and the fewest words of a paragraph
# run on after the bar.
# (Or after a number: the info line's last figure, the bar run on after it.)
_SHARE_OPENING: Final = lazy_pattern(
    r"(?:^|(?<=[.!?؟»”\"\d] ))\s*(?:share\b|اشتراک)", re.IGNORECASE
)
_SHARED_TEXT_WORDS: Final = 4
# The fewest chrome texts a toolbar run onto other text holds.
_TOOLBAR_TEXTS: Final = 2


def _texts(words: list[str], ends: list[int]) -> int:
    """The most chrome texts a toolbar holds from its first end to its last (`ورود به سامانه`
    is one text, though `ورود` alone is one too)."""
    texts = [(ends[0], 0)]
    for end in ends[1:]:
        # (A chrome text is a few words: only the last few ends can open one ending here.)
        near = texts[-_TEXT_WORDS:]
        most = (n + 1 for at, n in near if " ".join(words[at:end]) in C.CHROME_WORDS)
        texts.append((end, max(most, default=0)))
    return texts[-1][1]


_TEXT_WORDS: Final = 6


# A breadcrumb's `>` stands among a row's first words, or right after its root (`Home
# Page >`) wherever a tool ran it on after other cells.
_BREADCRUMB_WORDS: Final = 8
_BREADCRUMB_ROOTS: Final = frozenset(("home", "homepage", "page", "اصلی", "خانه"))


# The news code's label and number, and what a tool ran on after them.
_CODE_AND_REST: Final = lazy_pattern(
    rf"\s*(?:{L.NEWS_CODE}){L.COLON}\s*[0-9\u06f0-\u06f9]+\s+(?=\S)", re.IGNORECASE
)


def split_after_news_code(line: Line) -> Iterator[Line]:
    """The news code and what the page set on its line (`News code : 76412 Short link :
    https://...`) or a tool ran on after it (a bar, the tags, an image's alt text), apart."""
    code = _CODE_AND_REST().match(line.key)
    if code is None:
        yield line
        return
    yield from cut(line, code.end())
