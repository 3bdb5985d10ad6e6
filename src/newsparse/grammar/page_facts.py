"""What the page as a whole says: its layout, its language, and the fields a complete
capture of that layout would show but this one lacks."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import PERSIAN_LETTER, lazy_pattern
from newsparse.grammar.site import address_host
from newsparse.grammar.state import FOOTER_KINDS, Fields, Kind, LineState
from newsparse.record import Language, Layout

# What is not a letter (a letter is a word character but for digits and `_`): one pass in C.
_NOT_LETTERS: Final = re.compile(r"[\W\d_]+")
# Below the first share of Persian letters the text is English, above the second Persian.
_MIXED_SCRIPT: Final = (0.1, 0.6)


_ELITES: Final = lazy_pattern(
    r"national\s+(?:foundation\s+of\s+elites|elites?\s+foundation)|بنیاد\s+ملی\s+نخبگان",
    re.IGNORECASE,
)


def page_layout(
    state: LineState, article_info: bool, url: str | None = None, dated_above: bool = False
) -> Layout:
    """Which page generation the labels show; or the page's address, where they are lost
    (a capture cut after its head)."""
    fields = state.fields
    # The current layout's study time or news group outweighs the other layouts' signs:
    # sister sites on the current layout show a dashed capture date too.
    current = fields.study_minutes is not None or state.seen(Kind.NEWS_GROUP)
    if state.seen(Kind.PORTAL_FOOTER):
        return "old-portal"
    if (fields.sister_labels or fields.sister_rights) and not current:
        return "bmn"
    # The elites foundation's own rights line: its layout, whatever its capture line's shape.
    if not current and fields.publisher and _ELITES().search(fields.publisher):
        return "bmn"
    portal_top = state.seen(Kind.BREADCRUMB) or fields.capture_style == "portal"
    # The page's address names its generation: the old portal's is `index.aspx?...`; its
    # date stands in its footer line, under the text.
    folded = url.casefold() if url is not None else None
    portal_url = folded is not None and ("index.aspx" in folded or "newsview=" in folded)
    if portal_top and not current and (folded is None or portal_url) and not dated_above:
        return "old-portal"
    # (A clipper's day, bmn's capture date's shape, is no sign against the portal's address.)
    if folded is not None and "newsview=" in folded and not current and not article_info:
        return "old-portal"
    if current or article_info:
        return "current"
    # bmn's capture line's shape, or nothing at all (a capture cut in its head): the host
    # the address names, where it names one, says whose page it is.
    host = address_host(folded) if folded else None
    bmn = host is not None and (host == _BMN_HOST or host.endswith(f".{_BMN_HOST}"))
    if fields.capture_style == "bmn" and (host is None or bmn):
        return "bmn"
    return "bmn" if bmn and not portal_top else "current"


_BMN_HOST: Final = "bmn.ir"


def page_language(
    fields: Fields, hint: Language | None, title: str | None, body: tuple[str, ...]
) -> Language:
    """The script of the article's text when it is clear (a Persian subsite may keep the
    English labels); else the visible labels, the HTML hint, then the script again."""
    sample = " ".join((title or "", *body[:3]))
    letters = len(_NOT_LETTERS.sub("", sample))
    persian = len(PERSIAN_LETTER.findall(sample))
    if letters and not _MIXED_SCRIPT[0] < persian / letters < _MIXED_SCRIPT[1]:
        return "fa" if persian / letters >= _MIXED_SCRIPT[1] else "en"
    if fields.persian_labels != fields.english_labels:
        return "fa" if fields.persian_labels > fields.english_labels else "en"
    if hint is not None:
        return hint
    return "fa" if persian > len(sample) // 4 else "en"


NO_DATE: Final = "no publication date found"


def missing(state: LineState, title: str | None, layout: Layout, body: bool) -> list[str]:
    """Warnings for the fields a complete capture of this layout would show."""
    fields, warnings = state.fields, []
    if title is None:
        warnings.append("no title found")
    if not body:
        warnings.append("no body found")
    # bmn pages may end with no labelled footer at all; a capture cut before its end may
    # have lost one.
    if layout != "bmn" or fields.publisher is None:
        if fields.published is None:
            warnings.append(NO_DATE)
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
