"""The parser's entry points: a capture's bytes or text to a Record.

`parse_bytes` and `parse_text` do no I/O; `parse_path` is the one thin wrapper that
reads a file, so scripts need not handle bytes themselves.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass
from typing import Final

from newsparse.errors import CaptureError, too_large
from newsparse.grammar.article import Hints, parse_lines
from newsparse.grammar.dates import head_date
from newsparse.grammar.page_facts import NO_DATE
from newsparse.grammar.site import family_host
from newsparse.readers.cell_runs import cell_openings
from newsparse.readers.containers import unwrap
from newsparse.readers.decode import decode
from newsparse.readers.files import read_file
from newsparse.readers.markdown_tables import cell_run_on
from newsparse.readers.text import text_lines
from newsparse.readers.wayback import archived_page, archived_url, original_url
from newsparse.readers.wrappers import printed_url, without_wrapping
from newsparse.record import Format, Language, Record

# Larger inputs are refused unless the caller raises the limit.
MAX_BYTES: Final = 50 * 1024 * 1024
HTML_SUFFIXES: Final = (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht")
# A document that starts like this (after a BOM, white space and comments) is HTML.
_HTML_START: Final = re.compile(
    r"\s*(?:<!--.*?-->\s*)*<(?P<tag>!doctype\s+html|html|head|body|meta|title|div|p|table|link|base|\?xml)\b",
    re.IGNORECASE | re.DOTALL,
)
# Markdown with a page's blocks kept raw (pandoc's gfm keeps its `<div>`s) opens as an
# HTML fragment does; its links and images are written in markdown, with no HTML tag.
_HEAD_BYTES: Final = 8192
_FRAGMENT_TAGS: Final = ("div", "p", "table")
_MARKDOWN_LINK: Final = re.compile(rb"\]\([^)\s]*\)")
_INLINE_TAG: Final = re.compile(rb"<(?:a|p|li|ul|ol|h[1-6])\b", re.IGNORECASE)
# A markdown heading or image no HTML page writes: markdown, whatever raw tags it kept
# (`pandoc -t markdown_strict` keeps a layout table's `<a>`s as HTML).
_MARKDOWN_BLOCK: Final = re.compile(rb"\n#{1,6} \S|!\[[^\]\n]*\]\(")
_SNIFF_BYTES: Final = 65536
# `<html lang>` values the record's `language` can take from the markup.
_LANGUAGES: Final[dict[str, Language]] = {"en": "en", "fa": "fa"}
_OLD_PORTAL_ID: Final = re.compile(r"[?&]newsview=(\d{1,18})(?!\d)", re.IGNORECASE)
_TRAILING_ID: Final = re.compile(r"/(\d{1,9})/?$")
# Or the id right after the news segment, the slug after it (`/News/1432/<slug>`); not a
# year's archive (`/news/2019/<slug>`).
_ID_BEFORE_SLUG: Final = re.compile(
    r"/news/(?!(?:19|20)\d\d/)(\d{1,9})/[^/]*[^\W\d_]", re.IGNORECASE
)


def parse_text(text: str, source: str = "-") -> Record:
    """The record of a plain-text capture."""
    _expect(text, str, "parse_text")
    return _parse(text, source, "text")


def parse_html(html: str, source: str = "-") -> Record:
    """The record of an HTML capture given as text."""
    _expect(html, str, "parse_html")
    return _parse(html, source, "html")


@dataclass(frozen=True, slots=True)
class Fallback:
    """What a wrapper such as a WARC record says of a capture, used where the page says nothing."""

    charset: str | None = None  # the HTTP Content-Type charset
    url: str | None = None  # the URL the capture was fetched from
    captured_on: str | None = None  # YYYY-MM-DD it was fetched on
    html: bool = False  # served as HTML


_NO_FALLBACK: Final = Fallback()


def parse_bytes(
    data: bytes,
    source: str = "-",
    *,
    max_bytes: int = MAX_BYTES,
    fallback: Fallback = _NO_FALLBACK,
) -> Record:
    """The record of a capture's bytes: gzip, MHTML, HTML or text, in any charset."""
    _expect(data, bytes, "parse_bytes")
    if len(data) > max_bytes:
        raise too_large(max_bytes)
    name = source.lower().removesuffix(".gz")
    inner = unwrap(data, max_bytes=max_bytes)
    head = inner.data[:_HEAD_BYTES].lstrip(b"\xef\xbb\xbf")
    html = (
        name.endswith(HTML_SUFFIXES)
        or inner.charset is not None
        or fallback.html
        or _looks_like_html(head, inner.data[:_SNIFF_BYTES])
    )
    decoded = decode(inner.data, html=html, charset=inner.charset, fallback=fallback.charset)
    warnings = (*inner.warnings, *decoded.warnings)
    return _parse(decoded.text, source, "html" if html else "text", warnings, inner.url, fallback)


def parse_path(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES) -> Record:
    """The record of a capture file; CaptureError names what is wrong with it."""
    source = os.fspath(path)
    try:
        return parse_bytes(read_file(source, max_bytes), source, max_bytes=max_bytes)
    except CaptureError as error:
        error.path = source
        raise


def _expect(value: object, kind: type[str] | type[bytes], function: str) -> None:
    """A clear TypeError at the entry, not a puzzling one from deep inside the parser."""
    if isinstance(value, kind):
        return
    hint: dict[type, str] = {
        bytes: "; for bytes use parse_bytes()",
        str: "; for str use parse_text()",
    }
    raise TypeError(
        f"{function}() takes {kind.__name__}, not {type(value).__name__}"
        + hint.get(type(value), "")
    )


def _parse(
    text: str,
    source: str,
    fmt: Format,
    warnings: tuple[str, ...] = (),
    url: str | None = None,
    fallback: Fallback = _NO_FALLBACK,
) -> Record:
    if not text.strip():
        raise CaptureError("empty capture")
    language: Language | None = None
    titles: tuple[str, ...] = ()
    stated = (0, 0)
    site_name: str | None = None
    head_published: str | None = None
    if fmt == "html":
        from newsparse.readers.html import html_lines  # text captures need no HTML parser

        lines, meta = html_lines(text)
        url = meta.url or url or meta.base_url
        language = _LANGUAGES.get((meta.language or "")[:2].lower())
        titles, stated, site_name = meta.titles, meta.stated, meta.site_name
        head_published = head_date(meta.published) if meta.published else None
    else:
        lines = text_lines(text)
    page = archived_page(text) if "archive.org" in text[:65536] else None
    url = url or (page.url if page else None) or fallback.url
    archived = (archived_url(url) if url else None) or page
    if archived is not None and url is not None:
        url = original_url(url) or url
    # A print version names its own address under the article: the site's, it says the id.
    printed = None
    if url is None and "://" in text:
        found = printed_url(
            without_wrapping(text.splitlines()) if fmt == "text" else [x.text for x in lines]
        )
        printed = found if family_host(found) else None
    news_id = _url_id(url or printed)
    hints = Hints(source, fmt, url, language, warnings, news_id, titles, site_name, printed, stated)
    # (A table's walls, or a line opening with a rule: a one-column table's. A heading's
    # underline has a blank line under it, and the cells' reader finds no row there.)
    if fmt == "text" and ("|" in text or "\n---" in text):
        raw = text.splitlines()
        hints = dataclasses.replace(
            hints, run_together=cell_run_on(raw), cell_openings=cell_openings(raw)
        )
    record = parse_lines(lines, hints)
    if record.published is None and head_published is not None:
        # The page shows no date (a capture cut before the article): the head's is given.
        kept = tuple(w for w in record.warnings if w != NO_DATE)
        record = dataclasses.replace(record, published=head_published, warnings=kept)
    day = (archived.captured_on if archived else None) or fallback.captured_on
    if record.captured_on is None and day is not None:
        return dataclasses.replace(record, captured_on=day)
    return record


def _url_id(url: str | None) -> int | None:
    """The news id a URL ends with: `newsview=N` (old portal), else a last path segment
    of digits (`/News/<slug>/93801`), else the one after the news segment with the slug
    after it (`/News/1432/<slug>`)."""
    if not url:
        return None
    path = url.split("?")[0].split("#")[0]
    found = _OLD_PORTAL_ID.search(url) or _TRAILING_ID.search(path) or _ID_BEFORE_SLUG.search(path)
    return int(found.group(1)) if found else None


def _looks_like_html(head: bytes, start: bytes) -> bool:
    found = _HTML_START.match(head.decode("latin-1"))
    if found is None:
        return False
    if found["tag"].lower() not in _FRAGMENT_TAGS:
        return True
    if _MARKDOWN_BLOCK.search(start):
        return False
    return _MARKDOWN_LINK.search(head) is None or _INLINE_TAG.search(head) is not None
