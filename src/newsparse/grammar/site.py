"""Whether a capture is of the site: markers weighed, so that another site's page with a
copyright line is not taken for a news page."""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urlsplit

from newsparse.grammar import labels as L
from newsparse.grammar.lines import PERSIAN_LETTER
from newsparse.grammar.reader_view import is_host, is_reading_time
from newsparse.grammar.state import Kind, LineState

# A site's name fills at least this share of a text that is only the name.
_NAME_SHARE: Final = 0.5


def family_host(url: str | None) -> bool:
    """Whether a URL names a host of the site, its subsites or its sister sites."""
    if not url:
        return False
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        return False
    return any(host == site or host.endswith("." + site) for site in L.SITE_HOSTS)


def address_host(url: str) -> str | None:
    """The host of a page's address: of the last address inside it (an archive's copy of
    the page), `https://` or not (`en.bmn.ir/News/12`)."""
    found = _ADDRESSES.findall(url.strip())
    address = found[-1] if found else f"//{url.strip()}"
    try:
        return urlsplit(address).hostname or None
    except ValueError:
        return None


_ADDRESSES: Final = re.compile(r"(?:https?:)?//[^/\s?#]+", re.IGNORECASE)


def family_name(name: str | None) -> bool:
    """Whether a publisher or site name belongs to the site family."""
    return bool(name) and L.SITE_PUBLISHERS().search(name or "") is not None


def is_site_name(text: str) -> bool:
    """Whether a text is the name of the site or a sister site, little more (`Vice-Presidency
    for Science and Technology`), not a title that names one of them."""
    found = L.SITE_PUBLISHERS().search(text)
    if found is None or len(found[0]) < _NAME_SHARE * len(text.strip()):
        return False
    # Words in lower case around the name make it a phrase (`the Innovation and Prosperity
    # Fund, as co-lead`): a banner or a link gives the name with `the` at most.
    rest = text[: found.start()] + " " + text[found.end() :]
    words = rest.split()
    if sum(1 for word in words if word[:1].islower() and word != "the") >= 2:
        return False
    # Persian has no case: any word of it beside a Persian name but a site's own makes a
    # phrase (`سهم معاونت علمی`, a subheading), as a link gives the name alone (`سایت ...`);
    # beside an English one it is the language switch (`فارسی`).
    persian = PERSIAN_LETTER.match(found[0]) is not None
    return not persian or all(
        word in _SITE_WORDS or not PERSIAN_LETTER.match(word) for word in words
    )


_SITE_WORDS: Final = frozenset({"سایت", "پایگاه", "پورتال", "وبگاه", "وب‌سایت", "درگاه"})


def is_site_capture(
    state: LineState, info_block: bool, url: str | None, site_name: str | None
) -> bool:
    """One strong marker (the article's info block, a site label, the site's publisher, the
    site's host in a URL naming a news page), or two weak ones (a capture date, a
    breadcrumb, any copyright line, the site's name atop the page, a labelled date)."""
    fields = state.fields
    strong = (
        info_block,
        fields.study_minutes is not None,
        fields.news_code is not None and state.seen(Kind.INFO, Kind.PORTAL_FOOTER),
        bool(fields.categories),
        fields.comment_count is not None,
        state.seen(Kind.PORTAL_FOOTER),
        family_name(fields.publisher),
        family_host(url),
        family_name(site_name),
        _host_line(state),
    )
    weak = (
        fields.captured_on is not None,
        state.seen(Kind.BREADCRUMB),
        fields.publisher is not None,
        _banner_name(state),
        # A date under its label (bmn's `Publish date : ...`, a capture cut right after it).
        any(info.labelled_date and info.date is not None for info in state.info.values()),
    )
    return any(strong) or sum(weak) >= 2


# A browser's reader view opens with the page's host: a capture of the site says so first.
_HOST_LINES: Final = 3


def _banner_name(state: LineState) -> bool:
    """Whether one of the first lines is the site's name alone, as its banner shows it."""
    return any(is_site_name(line.text) for line in state.lines[:_HOST_LINES])


def _host_line(state: LineState) -> bool:
    """Whether one of the first lines is the site's host alone (`en.isti.ir`) or an address
    on it, or its name near the reading time, where a reader view shows the name the site
    gives itself."""
    top = state.lines[: _HOST_LINES + 1]
    # A read-later app's export: the title, then the page's address on a line of its own.
    address = any(
        " " not in (key := line.key.strip()) and family_host(key) for line in top[:_HOST_LINES]
    )
    # A reader view's name, the title, then the reading time (`2–3 minutes`).
    named = any(is_site_name(line.text) for line in top[:_HOST_LINES]) and any(
        is_reading_time(line.key.strip()) for line in top
    )
    return address or named or any(is_host(line.key.strip()) for line in top[:_HOST_LINES])


# The home page, a section's list and search results show headlines with dates and counts
# around a summary or snippets: this many dated lines, and fewer words than an article.
_DATED_LINES: Final = 3
_SUMMARY_WORDS: Final = 80


def is_news_page(state: LineState, words: int, news_url: bool) -> bool:
    """Whether a capture of the site is of a news page, not the home page, a section's list
    or search results: the article's own labels, a breadcrumb naming its title, an address
    naming a news id, few dated lines, or more text than a summary."""
    fields = state.fields
    labelled = (
        fields.study_minutes is not None
        or fields.news_code is not None
        or bool(fields.categories)
        or fields.comment_count is not None
        or fields.sister_labels > 0
        or fields.breadcrumb_title is not None
        or state.seen(Kind.PORTAL_FOOTER)
    )
    # bmn's rights line, which its contact page shows too, where an article's text stands
    # (its labels under that line, which a tool printed beside the side column, unread).
    if not labelled and fields.sister_rights:
        pairs = zip(state.lines, state.kinds, strict=True)
        labelled = (
            sum(len(line.text.split()) for line, k in pairs if k is Kind.TEXT) >= _SUMMARY_WORDS
        )
    dated = sum(1 for info in state.info.values() if info.date is not None)
    return labelled or news_url or dated < _DATED_LINES or words >= _SUMMARY_WORDS
