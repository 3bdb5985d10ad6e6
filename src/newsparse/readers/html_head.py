"""What an HTML capture's markup says about the page besides its text: its URL, its
language hint, the titles its head and headings state, the site's name."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from itertools import islice
from typing import Any, Final
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.grammar.lines import clean

_NEWSVIEW: Final = re.compile(r"(?:^|&)newsview=\d+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the markup says about the page besides its text."""

    url: str | None = None
    language: str | None = None
    # `<base href>` when it names a news page: the weakest statement of the page's URL.
    base_url: str | None = None
    # What the head and the headings say the title is: og:title, JSON-LD headline,
    # <title> less the site's name, <h1>.
    titles: tuple[str, ...] = ()
    # How many of them the head's tags for the article state (og:title, JSON-LD), and the
    # head states in all (`<title>` too), the headings aside: the first of the titles.
    stated: tuple[int, int] = (0, 0)
    site_name: str | None = None
    # When the head says the article was published (JSON-LD `datePublished`, the
    # `article:published_time` meta), as written there.
    published: str | None = None


def page_meta(tree: LexborHTMLParser) -> PageMeta:
    """What the markup says about the page: read before the layout edits the tree."""
    html = tree.css_first("html")
    language = (html.attributes.get("lang") or None) if html is not None else None
    metas = _metas(tree)
    site_name = metas.get("og:site_name")
    json_ld = [node.text(deep=True) or "" for node in _json_ld(tree)]
    titles, stated = head_titles(tree, site_name, metas, json_ld)
    return PageMeta(
        url=_canonical_url(tree, metas, json_ld),
        language=language,
        base_url=_base_url(tree),
        titles=titles,
        stated=stated,
        site_name=site_name,
        published=next(
            (found for source in json_ld if (found := _json_ld_value(source, "datePublished"))),
            metas.get("article:published_time"),
        ),
    )


def _metas(tree: LexborHTMLParser) -> dict[str, str]:
    """Each `<meta>`'s content by its property or name, in one walk: the first of each, a
    `property` before a `name` of the same key."""
    properties: dict[str, str] = {}
    names: dict[str, str] = {}
    for node in tree.css("meta"):
        attributes = node.attributes
        value = " ".join((attributes.get("content") or "").split())
        for key, found in (
            (attributes.get("property"), properties),
            (attributes.get("name"), names),
        ):
            if key and value:
                found.setdefault(key, value)
    return names | properties


# What sets a site's name apart from the title in `<title>`.
_TITLE_SEPARATORS: Final = re.compile(r"\s+[-–—|:»«]\s+|\s*::\s*|\s*\|\s*")
_MAX_HEADINGS: Final = 3


def head_titles(
    tree: LexborHTMLParser, site_name: str | None, metas: dict[str, str], json_ld: list[str]
) -> tuple[tuple[str, ...], tuple[int, int]]:
    """The titles the markup states: og:title, twitter:title, JSON-LD headline, `<title>`
    and its parts less the site's name, and the first `<h1>` texts; and how many of them
    the head's tags for the article state (a CMS's `<title>` may name a section), and the
    head states in all, the headings aside."""
    from newsparse.grammar.site import is_site_name  # the one site-family table

    found = [metas.get("og:title"), metas.get("twitter:title")]
    found += [_json_ld_value(source, "headline") for source in json_ld]
    tagged = len([text for text in found if text])
    node = tree.css_first("head title") or tree.css_first("title")
    whole = " ".join((node.text(deep=True) or "").split()) if node is not None else ""
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(whole)] if whole else []
    site = (site_name or "").casefold()
    kept = [p for p in parts if p and p.casefold() != site and not is_site_name(p)]
    # `<title>` less the site's name, when it names the site; else all of it.
    found += kept if len(kept) < len([p for p in parts if p]) else [whole]
    cleaned = (clean(text) for text in found if text)
    stated = tuple(dict.fromkeys(t for t in cleaned if t and not is_site_name(t)))
    headings = (clean(" ".join((h.text(deep=True) or "").split())) for h in tree.css("h1"))
    named = [t for t in islice(headings, _MAX_HEADINGS) if t and not is_site_name(t)]
    return tuple(dict.fromkeys((*stated, *named))), (min(tagged, len(stated)), len(stated))


def _base_url(tree: LexborHTMLParser) -> str | None:
    """`<base href>` if it names a news page (`newsview=N`, or a path ending in the id).
    Saving tools may set it to the page's URL; a site sets it to its root, which is not."""
    node = tree.css_first("base[href]")
    value = (node.attributes.get("href") or "").strip() if node is not None else ""
    try:
        parts = urlsplit(value)
    except ValueError:  # a malformed host such as `http://[not an address]/`
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    last = parts.path.rstrip("/").rpartition("/")[2]
    return value if _NEWSVIEW.search(parts.query) or last.isdigit() else None


def _canonical_url(tree: LexborHTMLParser, metas: dict[str, str], json_ld: list[str]) -> str | None:
    """`<link rel=canonical>`, else `og:url`, else a JSON-LD `url`; a canonical link a saver
    made relative (wget's `72418.html`) gives way to an `og:url` that is whole."""
    node = tree.css_first('link[rel="canonical"]')
    value = (node.attributes.get("href") or "").strip() if node is not None else ""
    if value and not _saved_relative(value, metas.get("og:url", "")):
        return value
    if metas.get("og:url"):
        return metas["og:url"]
    for source in json_ld:
        url = _json_ld_url(source)
        if url:
            return url
    return None


def _saved_relative(canonical: str, og_url: str) -> bool:
    """Whether a canonical link a saver made relative names the page `og:url` names whole:
    the same last segment, but for its file's extension (`72418.html`, `.../news/72418`)."""
    if _whole(canonical) or ":" in canonical.split("/", 1)[0] or not _whole(og_url):
        return False
    name = canonical.rstrip("/").rpartition("/")[2].partition(".")[0]
    return bool(name) and og_url.rstrip("/").rpartition("/")[2] == name


def _whole(url: str) -> bool:
    return url.casefold().startswith(("http://", "https://", "//"))


def _json_ld(tree: LexborHTMLParser) -> list[LexborNode]:
    return list(tree.css('script[type="application/ld+json"]'))


def _json_ld_value(source: str, key: str) -> str | None:
    """The first string value of `key` in a JSON-LD block (top level, list or @graph)."""
    try:
        data: Any = json.loads(source)
    except ValueError:
        return None
    items = data if isinstance(data, list) else [data]
    for item in items:
        if not isinstance(item, dict):
            continue
        if isinstance(item.get(key), str):
            return " ".join(str(item[key]).split())
        graph = item.get("@graph")
        if isinstance(graph, list):
            items.extend(graph)
    return None


def _json_ld_url(source: str) -> str | None:
    try:
        data: Any = json.loads(source)
    except ValueError:
        return None
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            for key in ("url", "@id"):
                if isinstance(item.get(key), str) and item[key].startswith("http"):
                    return str(item[key])
            graph = item.get("@graph")
            if isinstance(graph, list):
                found = _json_ld_url(json.dumps(graph))
                if found:
                    return found
    return None
