"""Pages saved from the Wayback Machine: the archived page's own URL and its capture date.

The archive serves a page at `web.archive.org/web/<timestamp>/<original url>` and rewrites
the page's links to that form; its toolbar script names the original URL and timestamp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Final

_WAYBACK_URL: Final = re.compile(
    r"\s*(?:(?:https?:)?//(?:web|wayback)\.archive\.org(?::\d+)?)?"
    r"/web/(?P<stamp>\d{8,14})(?:[a-z]{2}_|\*)?/(?P<url>\S+)\s*",
    re.IGNORECASE,
)
# Where a saved Wayback page names what it archived, most certain first: the toolbar's
# script, the toolbar's print line, and the browser's "saved from" comment.
_PAGE_MARKERS: Final = (
    re.compile(r"""__wm\.wombat\(\s*["'](?P<url>[^"']+)["']\s*,\s*["'](?P<stamp>\d{8,14})["']"""),
    re.compile(
        r"The Wayback Machine - (?P<all>https?://(?:web|wayback)\.archive\.org/web/\S+?)[\s<\"]"
    ),
    re.compile(r"<!-- saved from url=\(\d+\)(?P<all>\S+?) -->"),
)
_SCHEME: Final = re.compile(r"(?P<scheme>https?):/*", re.IGNORECASE)
# The markers stand in the page's head or the toolbar at the top of its body.
_HEAD: Final = 1 << 16


@dataclass(frozen=True, slots=True)
class Archived:
    """A page as the Wayback Machine archived it: its original URL and the capture day."""

    url: str
    captured_on: str | None


def original_url(url: str) -> str | None:
    """The original URL inside a Wayback Machine URL; None if `url` is no such URL."""
    found = archived_url(url)
    return found.url if found else None


def archived_url(url: str) -> Archived | None:
    """A Wayback Machine URL's original URL and capture day; None if it is no such URL."""
    found = _WAYBACK_URL.fullmatch(url)
    if found is None:
        return None
    return Archived(_with_scheme(found["url"]), _day(found["stamp"]))


def archived_page(text: str) -> Archived | None:
    """What a saved Wayback page says it archived, from its toolbar or save comment."""
    head = text[:_HEAD]
    for marker in _PAGE_MARKERS:
        found = marker.search(head)
        if found is None:
            continue
        if "all" in found.groupdict():
            archived = archived_url(found["all"] + _wrapped_rest(head, found))
            if archived is not None:
                return archived
        else:
            return Archived(_with_scheme(found["url"]), _day(found["stamp"]))
    return None


# A URL a text browser broke at a slash goes on at the next line's start.
_URL_REST: Final = re.compile(r"\n[ \t]*([^\s<\"]+)")


def _wrapped_rest(head: str, found: re.Match[str]) -> str:
    """The rest of a URL a text tool wrapped at its slashes, over as many lines as it took."""
    url, at, rest = found["all"], found.end("all"), ""
    while (url + rest).endswith(("/", ":", "-", "_", ".")):
        more = _URL_REST.match(head, at)
        if more is None:
            break
        rest, at = rest + more[1], more.end()
    return rest


def _with_scheme(url: str) -> str:
    """`https:/host/path` (slashes merged by the archive) or `host/path` as `https://host/path`."""
    found = _SCHEME.match(url)
    if found is None:
        return f"http://{url}"
    return f"{found['scheme'].lower()}://{url[found.end() :]}"


def _day(stamp: str) -> str | None:
    try:
        return date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8])).isoformat()
    except ValueError:
        return None
