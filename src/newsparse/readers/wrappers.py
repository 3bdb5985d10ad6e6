"""What a saving tool sets around a text capture's page: a web clipper's front matter, the
Wayback Machine's toolbar printed above an archived copy, the header and footer a browser
prints on each page of a page printed to PDF."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.reader_view import SOURCE_URL


def without_wrapping(raw: list[str]) -> list[str]:
    """The lines without a clipper's front matter or an archive's toolbar atop them."""
    return without_wayback_toolbar(without_front_matter(without_mail(without_print_margins(raw))))


# A browser's print header (`12/3/25, 10:12 AM    <title>`) and footer (`https://...   1/3`);
# pdftotext without its layout sets the title and the page's number on lines of their own.
_PRINT_HEADER: Final = lazy_pattern(
    r"\s*\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?: ?[AP]M)?(?P<title>\s{2,}\S.*)?\s*"
)
_PRINT_FOOTER: Final = lazy_pattern(r"\s*https?://\S+(?P<page>\s+\d{1,3}/\d{1,3})?\s*")
_PAGE_NUMBER: Final = lazy_pattern(r"\s*\d{1,3}/\d{1,3}\s*")


def _in_margin(bare: str, below: str, header: str, title: str | None) -> bool:
    """Whether a line is a print margin's: its footer (the address, the page's number on it
    or on the line below), its header, or inside a page break (`title` given) the header's
    title or a page's number on a line of its own."""
    footer = _PRINT_FOOTER().fullmatch(bare) if "://" in bare else None
    if footer is not None and (footer["page"] or _PAGE_NUMBER().fullmatch(below)):
        return True
    within = title is not None and (bare == title or _PAGE_NUMBER().fullmatch(bare) is not None)
    return bare == header or within


def without_print_margins(raw: list[str]) -> list[str]:
    """The lines without the header and footer a browser printed on each page of a page it
    printed to PDF, where the capture opens with that header: the text a page break cut in
    two stands on adjacent lines again, for the wraps to join."""
    first = next((i for i, line in enumerate(raw) if line.strip()), None)
    head = _PRINT_HEADER().fullmatch(raw[first].lstrip("\f")) if first is not None else None
    if first is None or head is None:
        return raw
    header = raw[first].strip("\f \t")
    # Without the layout, the page's title stands on the line under the date and time.
    title = (
        None if head["title"] else next((x.strip() for x in raw[first + 1 :] if x.strip()), None)
    )
    kept: list[str] = []
    margin = False  # inside a page break: blank lines there are no paragraph's end
    for index, line in enumerate(raw):
        bare = line.strip("\f \t")
        below = raw[index + 1].strip() if index + 1 < len(raw) else ""
        if _in_margin(bare, below, header, title if margin else None):
            margin = True
            while kept and not kept[-1].strip():
                kept.pop()
        elif bare or not margin:
            margin = False
            kept.append(line)
    return kept


def without_front_matter(raw: list[str]) -> list[str]:
    """The lines without the front matter a web clipper writes atop its markdown (`---`,
    `title: ...`, `source: ...`, `---`): the clipper's notes, not the page's text."""
    if not raw or raw[0].strip() != "---":
        return raw
    end = next(
        (i for i, line in enumerate(raw[1:_FRONT_MATTER_LINES], 1) if line.strip() == "---"), 0
    )
    if not end or not all(_FRONT_MATTER_LINE().match(line) for line in raw[1:end]):
        return raw
    return raw[end + 1 :]


_FRONT_MATTER_LINES: Final = 40
# A front matter's line: a key and its value, or a list's item or a value's next line.
_FRONT_MATTER_LINE: Final = lazy_pattern(r"\s*(?:[\w-]+\s*:|-\s|$)|\s+\S")


# The toolbar stands among the first lines; what says it is the archive's, and the lines
# that close it: the print line naming the copy's address, the capture's details.
_TOOLBAR_LINES: Final = 60
_TOOLBAR_SIGNS: Final = ("wayback machine", "about this capture")
_TOOLBAR_ENDS: Final = lazy_pattern(
    r"\s*(?:the wayback machine\s*-.*|about this capture|timestamps|loading|collection\s*:.*)\s*",
    re.IGNORECASE,
)
_PRINTED_ADDRESS: Final = lazy_pattern(r"\s*the wayback machine\s*-\s*(?P<url>\S*)\s*", re.I)
# A piece of the printed address a tool wrapped onto the next line: no space in it.
_ADDRESS_PIECE: Final = lazy_pattern(r"\s*(?:https?:/*)?[\w%.~/-]*/[\w%.~/-]*|\s*\d+\s*")


def without_wayback_toolbar(raw: list[str]) -> list[str]:
    """The lines below the Wayback Machine's toolbar, where a text capture of an archived
    copy prints it first (`Wayback Machine`, the calendar, `About this capture`, `The
    Wayback Machine - https://web.archive.org/web/...`): none of the page's text."""
    top = [line.casefold() for line in raw[:_TOOLBAR_LINES]]
    if not any(sign in line for line in top for sign in _TOOLBAR_SIGNS):
        return raw
    ends = [i for i, line in enumerate(raw[:_TOOLBAR_LINES]) if _TOOLBAR_ENDS().fullmatch(line)]
    if not ends:
        return raw
    end = ends[-1] + 1
    if _PRINTED_ADDRESS().fullmatch(raw[end - 1]):
        while end < len(raw) and raw[end].strip() and _ADDRESS_PIECE().fullmatch(raw[end]):
            end += 1  # the address wrapped on
    return raw[end:]


def printed_url(raw: list[str]) -> str | None:
    """The page's address a print version sets under the article (`News URL : https://...`),
    on the label's line or the next (lynx numbers it as a link), a piece a tool wrapped onto
    the line below joined again; or a read-later app's export's, alone on a line under the
    title; None where no line gives one."""
    for at, line in enumerate(raw[:_CLIPPER_ADDRESS_LINES]):
        alone = _URL_ALONE().fullmatch(line) if line.startswith("http") else None
        if alone is not None and at < _APP_ADDRESS_LINES:
            return alone["url"]
        # A clipper's, under its label (`Source: https://...`, `Clipped from: https://...`).
        if (source := SOURCE_URL().fullmatch(line)) is not None:
            return source["url"]
    for number, line in enumerate(raw):
        # Most lines hold no address and end with no label's colon: asked cheaply first.
        if "://" not in line and not line.rstrip().endswith((":", "：")):
            continue
        found = _URL_LABEL().fullmatch(line) if len(line) < _LABEL_LINE_MAX else None
        if found is None:
            continue
        rest = raw[number + 1 :]
        url_line = line
        if not found["url"]:
            url_line = rest[0] if rest else ""
            found, rest = _URL_ALONE().fullmatch(url_line), rest[1:]
        if found is None:
            return None
        url = found["url"]
        # A piece a tool wrapped on: the address's path, or the rest of its id.
        if rest and (
            _id_wrapped(url_line, rest[0])
            if url[-1].isdigit()
            else _ADDRESS_PIECE().fullmatch(rest[0]) is not None
        ):
            url += rest[0].strip()
        return url
    return _address_under_rights(raw)


def _id_wrapped(line: str, below: str) -> bool:
    """Whether the digits under an address ending in digits are the rest of its id, which a
    tool cut at its width (lynx: `.../945` / `77`): the address fills the line, and the
    digits stand alone under it at its indent. A count under a short address is no piece."""
    indent = len(line) - len(line.lstrip())
    return (
        len(line.rstrip()) >= _WRAP_WIDTH
        and below.strip().isdigit()
        and len(below) - len(below.lstrip()) == indent
    )


# The shortest line a tool wraps at: the width of w3m's, lynx's and links' dumps less margins.
_WRAP_WIDTH: Final = 70


def _address_under_rights(raw: list[str]) -> str | None:
    """A print version's address, unlabelled, that ends the capture under its rights line
    (`All rights reserved for ...` / `https://en.bmn.ir/...`)."""
    last = [line for line in raw[-_RIGHTS_TAIL_LINES:] if line.strip()][-2:]
    if len(last) < 2 or _RIGHTS().search(last[0]) is None:
        return None
    alone = _URL_ALONE().fullmatch(last[1])
    return alone["url"] if alone is not None else None


_LABEL_LINE_MAX: Final = 400
# A read-later app's export sets the page's address under the title.
_APP_ADDRESS_LINES: Final = 3
# A clipper sets its labelled address under the title, the day and the time it clipped.
_CLIPPER_ADDRESS_LINES: Final = 8
# A labelled address line (`News URL : ...`, `لینک خبر : ...`): its label says it is the page's.
_URL_LABEL: Final = lazy_pattern(
    r"\s*(?:news url|news address|news link|page url|url|لینک خبر|نشانی خبر|آدرس خبر)"
    r"\s*[:：]\s*(?P<url>https?://\S+)?\s*",
    re.IGNORECASE,
)
_URL_ALONE: Final = lazy_pattern(r"\s*(?:\[\d+\])?(?P<url>https?://\S+)\s*")
# The lines at a capture's end its rights line and address stand among.
_RIGHTS_TAIL_LINES: Final = 6
_RIGHTS: Final = lazy_pattern(r"\brights reserved\b|©|\bcopyright\b|(?:کلیه|تمامی?)\s+حقوق", re.I)


# An e-mailed article: the mail's header lines above it, its subject the title (`Subject:
# Fwd: ...`), and the phone's signature under it (`Sent from my iPhone`).
_MAIL_TOP: Final = 10
_MAIL_HEADER: Final = lazy_pattern(
    r"\s*(?:(?:from|to|cc|date|sent)\s*:\s*\S.*|-{2,}\s*(?:forwarded|original) message\s*-{2,})\s*",
    re.I,
)
_SUBJECT: Final = lazy_pattern(r"\s*subject\s*:\s*(?:(?:fwd?|re)\s*:\s*)*(?P<subject>\S.*)", re.I)
_SIGNATURE: Final = lazy_pattern(
    r"\s*(?:sent from my \S.{0,40}|get outlook for \S.{0,20}|ارسال شده از \S.{0,40})", re.I
)


def without_mail(raw: list[str]) -> list[str]:
    """The lines of an e-mailed article without the mail's header lines above it, its
    subject line the title's, and without the phone's signature under it."""
    top = [i for i, line in enumerate(raw[:_MAIL_TOP]) if line.strip()]
    found = next(((i, m) for i in top if (m := _SUBJECT().fullmatch(raw[i]))), None)
    if found is None:
        return raw
    subject, match = found
    if not all(_MAIL_HEADER().fullmatch(raw[i]) for i in top if i < subject):
        return raw
    lines = [match["subject"], *raw[subject + 1 :]]
    # Header lines under the subject (`From: ...`), up to the mail's first blank line.
    while len(lines) > 1 and _MAIL_HEADER().fullmatch(lines[1]):
        del lines[1]
    last = max((i for i, line in enumerate(lines) if line.strip()), default=0)
    if last and _SIGNATURE().fullmatch(lines[last]):
        del lines[last]
    return lines
