"""Normalized lines to a Record: the rules give each line its kind, then position decides
which text lines are the kicker, the title and the body.

The page, top to bottom: chrome and capture date; optional short and full title; the
info bullets (date, views, study time); kicker; title and its copies; lead and body;
the footer (news group, news code, comments, captcha, copyright). Any part may be missing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Final

from newsparse.errors import NotACapture
from newsparse.grammar.label_lines import label_lines
from newsparse.grammar.lines import Line
from newsparse.grammar.rules import FOOTER_KINDS, Fields, Kind, LineState, classify
from newsparse.record import Format, Language, Layout, Record

# At most this many text lines (short title, full title, kicker, stray chrome) stand
# above the info bullets; info lines further down belong to the footer.
_MAX_HEADER_TEXT_LINES: Final = 6
# Title copies and the kicker are looked for among this many lines below the bullets.
_TOP_LINES: Final = 4
# The CMS cuts the short title at 64 characters.
_SHORT_TITLE_MAX: Final = 64
_TITLE_MAX: Final = 250
_KICKER_ENDINGS: Final = (":", ";", "؛")
_SENTENCE_ENDINGS: Final = (".", "!", "。")
_SENTENCE_STOPS: Final = (".", "!", "?", ":", ";", "؛", "؟", '"', "”", "»", ")", "]", "…")
_LOWERCASE: Final = frozenset("abcdefghijklmnopqrstuvwxyz")
_WORD: Final = re.compile(r"\w+")
_PERSIAN_LETTER: Final = re.compile(r"[\u0600-\u06ff]")


@dataclass(frozen=True, slots=True)
class Hints:
    """What the format reader knows besides the lines."""

    source: str = "-"
    format: Format = "text"
    url: str | None = None
    language: Language | None = None
    warnings: tuple[str, ...] = ()
    news_code: int | None = None


def parse_lines(lines: Sequence[Line], hints: Hints) -> Record:
    """The record of a capture's normalized lines; NotACapture if it shows no site marker."""
    state = classify(label_lines(lines))
    fields = state.fields
    if fields.news_code is None:
        fields.news_code = hints.news_code
    if not _has_site_markers(state):
        raise NotACapture()
    pre, post = _regions(state)
    title, kicker, body = _title_kicker_body(pre, post, fields.breadcrumb_title)
    paragraphs = tuple(line.text for line in body)
    layout = _layout(state)
    warnings = (*hints.warnings, *fields.warnings, *_missing(state, title, layout))
    return Record(
        source=hints.source,
        format=hints.format,
        language=_language(fields, hints, title, paragraphs),
        layout=layout,
        url=hints.url,
        news_code=fields.news_code,
        kicker=kicker,
        title=title,
        published=fields.published.iso() if fields.published else None,
        captured_on=fields.captured_on.day.isoformat() if fields.captured_on else None,
        views=fields.views,
        study_minutes=fields.study_minutes,
        categories=tuple(fields.categories),
        comment_count=fields.comment_count,
        body=paragraphs,
        word_count=sum(len(paragraph.split()) for paragraph in paragraphs),
        publisher=fields.publisher,
        warnings=tuple(dict.fromkeys(warnings)),
    )


def _has_site_markers(state: LineState) -> bool:
    fields = state.fields
    found = (
        fields.captured_on,
        fields.published,
        fields.study_minutes,
        fields.news_code,
        fields.categories,
        fields.comment_count,
        fields.publisher,
    )
    return any(value is not None and value != [] for value in found) or state.seen(
        Kind.BREADCRUMB, Kind.PORTAL_FOOTER
    )


def _regions(state: LineState) -> tuple[list[Line], list[Line]]:
    """The text lines above the info bullets, and those between the bullets and the footer."""
    kinds = state.kinds
    # Banner texts and navigation stand above the capture date and the breadcrumbs.
    start = max(
        (i + 1 for i, kind in enumerate(kinds) if kind in (Kind.CAPTURE_DATE, Kind.BREADCRUMB)),
        default=0,
    )
    header = _info_bullets(kinds, start)
    body_start = header[1] if header else start
    footer = next(
        (
            i
            for i in range(body_start, len(kinds))
            if kinds[i] in FOOTER_KINDS or kinds[i] is Kind.INFO
        ),
        len(kinds),
    )
    if header is None:
        return [], _texts(state, start, footer)
    return _texts(state, start, header[0]), _texts(state, body_start, footer)


def _info_bullets(kinds: list[Kind], start: int) -> tuple[int, int] | None:
    """Where the info bullets under the title begin and end, if the page shows them there."""
    text_above = 0
    for index in range(start, len(kinds)):
        if kinds[index] is Kind.INFO:
            end = index + 1
            while end < len(kinds) and kinds[end] in (Kind.INFO, Kind.CHROME):
                end += 1
            return index, end
        text_above += kinds[index] is Kind.TEXT
        if text_above > _MAX_HEADER_TEXT_LINES or kinds[index] in FOOTER_KINDS:
            return None
    return None


def _texts(state: LineState, begin: int, end: int) -> list[Line]:
    """The text lines in a range, with sentences broken across lines joined again."""
    found: list[Line] = []
    for i in range(begin, end):
        if state.kinds[i] is not Kind.TEXT:
            continue
        line = state.lines[i]
        if found and state.kinds[i - 1] is Kind.TEXT and _broken_sentence(found[-1], line):
            found[-1] = Line(f"{found[-1].text} {line.text}", found[-1].bullet)
        else:
            found.append(line)
    return found


def _broken_sentence(line: Line, following: Line) -> bool:
    """A line break inside a sentence (a `<br>`, a copy-paste wrap): the line stops without
    punctuation and the next one goes on in lower case."""
    return (
        not following.bullet
        and following.text[:1] in _LOWERCASE
        and not line.text.endswith(_SENTENCE_STOPS)
    )


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _is_short_form(short: str, full: str) -> bool:
    """The CMS's short title: the full title's words with stop-words removed, cut at 64."""
    if len(short) > _SHORT_TITLE_MAX or len(short) >= len(full):
        return False
    words, full_words = _WORD.findall(short.casefold()), iter(_WORD.findall(full.casefold()))
    if not words:
        return False
    *whole, last = words
    return all(word in full_words for word in whole) and any(w.startswith(last) for w in full_words)


def _kicker_ending(line: Line) -> bool:
    return line.text.endswith(_KICKER_ENDINGS)


def _title_like(line: Line) -> bool:
    return len(line.text) <= _TITLE_MAX and not line.text.endswith(_SENTENCE_ENDINGS)


def _strip_kicker(line: Line) -> str:
    return line.text.rstrip("".join(_KICKER_ENDINGS) + " ")


def _title_kicker_body(
    pre: list[Line], post: list[Line], breadcrumb_title: str | None
) -> tuple[str | None, str | None, list[Line]]:
    """Pick the title (the line repeated, else by position), the kicker above it, the body."""
    top = pre + post[:_TOP_LINES]
    pre = [line for line in pre if not any(_is_short_form(line.text, other.text) for other in top)]
    title = _repeated_title(pre + post[:_TOP_LINES], breadcrumb_title)
    if title is None:
        title = _positional_title(pre, post)
    if title is None:
        return None, None, post
    key = _norm(title)
    at = next((i for i, line in enumerate(post[: _TOP_LINES + 1]) if _norm(line.text) == key), None)
    kicker: Line | None = None
    if at is not None:
        # Labels may stand right under the title (Persian pages): the kicker is above them.
        kicker = post[at - 1] if at > 0 else _kicker_above(pre, key)
        body = post[at + 1 :]
    else:
        kicker = post[0] if post and _kicker_after_bullets(post) else None
        body = post[1:] if kicker is not None else post
        if kicker is None:
            kicker = _kicker_above(pre, key)
    return title, _strip_kicker(kicker) if kicker else None, _without_title_copies(body, title)


def _without_title_copies(body: list[Line], title: str) -> list[Line]:
    """The body less the title's copies (captions, headings)."""
    key = _norm(title)
    kept = [line for line in body if _norm(line.text) != key]
    # A caption copy that exactly filled a hard-wrapped line, with the lead right below
    # it (links, elinks), reads as one wrapped paragraph: the lead starts after the title.
    if kept and kept[0].text.startswith(title + " "):
        kept[0] = Line(kept[0].text[len(title) + 1 :], kept[0].bullet)
    return kept


def _repeated_title(candidates: list[Line], breadcrumb_title: str | None) -> str | None:
    counts: dict[str, int] = {}
    if breadcrumb_title:
        counts[_norm(breadcrumb_title)] = 1
    for line in candidates:
        counts[_norm(line.text)] = counts.get(_norm(line.text), 0) + 1
    for line in candidates:
        if counts[_norm(line.text)] >= 2 and not _kicker_ending(line) and _title_like(line):
            return line.text
    return breadcrumb_title


def _positional_title(pre: list[Line], post: list[Line]) -> str | None:
    """No copy to go by: the last line above the bullets, else the first below the kicker."""
    above = [line for line in pre if not _kicker_ending(line)]
    if above and _title_like(above[-1]):
        return above[-1].text
    if post and _kicker_after_bullets(post):
        return post[1].text
    return post[0].text if post and _title_like(post[0]) else None


def _kicker_after_bullets(post: list[Line]) -> bool:
    """Whether the first line below the bullets is a kicker: a title-like line follows it."""
    if len(post) < 2 or not _title_like(post[1]):
        return False
    first = post[0]
    return _kicker_ending(first) or (_title_like(first) and len(post) >= 3)


def _kicker_above(pre: list[Line], title_key: str) -> Line | None:
    """A kicker ending in `:` or `;` just above the title, when the capture starts there."""
    for previous, line in pairwise(pre):
        if _norm(line.text) == title_key and _kicker_ending(previous):
            return previous
    return None


def _layout(state: LineState) -> Layout:
    style = state.fields.capture_style
    if state.seen(Kind.PORTAL_FOOTER, Kind.BREADCRUMB):
        return "old-portal"
    # A capture date ending in a dash is the old portal's, but sister sites on the current
    # layout show one too: the current layout's study time or news group outweighs it.
    current = state.fields.study_minutes is not None or state.seen(Kind.NEWS_GROUP)
    if style == "portal" and not current:
        return "old-portal"
    if style == "bmn" and not state.seen(Kind.INFO, Kind.NEWS_GROUP):
        return "bmn"
    return "current"


def _language(fields: Fields, hints: Hints, title: str | None, body: tuple[str, ...]) -> Language:
    """The visible labels decide; without labels, the HTML hint, then the script of the text."""
    if fields.persian_labels != fields.english_labels:
        return "fa" if fields.persian_labels > fields.english_labels else "en"
    if hints.language is not None:
        return hints.language
    sample = " ".join((title or "", *body[:3]))
    persian = len(_PERSIAN_LETTER.findall(sample))
    return "fa" if persian > len(sample) // 4 else "en"


def _missing(state: LineState, title: str | None, layout: Layout) -> list[str]:
    """Warnings for the fields a complete capture of this layout would show."""
    fields, warnings = state.fields, []
    if title is None:
        warnings.append("no title found")
    if layout != "bmn":
        if fields.published is None:
            warnings.append("no publication date found")
        if fields.news_code is None:
            warnings.append("no news code found")
    if fields.publisher is None:
        footer = state.seen(*FOOTER_KINDS)
        warnings.append(
            "capture looks truncated: it ends inside the footer"
            if footer
            else "capture looks truncated: no footer found"
        )
    return warnings
