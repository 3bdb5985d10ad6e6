"""Compose page variants from parts, deterministically from a seed, each with its truth record."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from typing import Any

from . import chrome, parts, truth
from .article import Article, make_article
from .markup import MARKUPS, Page, head_choices, render_page

LAST_CAPTURE = dt.date(2025, 6, 30)


@dataclass(frozen=True)
class Variant:
    """One page: its HTML, the record every capture of it must give, and its features."""

    name: str
    html: str
    truth: dict[str, Any]
    features: list[str]


def _slug(art: Article) -> str:
    words = re.findall(r"[\w\u200c]+(?:-[\w\u200c]+)*", art.title)[:9]
    return "-".join(words)


def _url(art: Article) -> str:
    if art.lang == "fa":
        return f"https://isti.ir/بخش-خبر/{_slug(art)}/{art.news_code}"
    return f"https://en.isti.ir/News/{_slug(art)}/{art.news_code}"


def _chrome(
    rng: random.Random, ctx: chrome.Context, feats: list[str]
) -> tuple[list[chrome.Block], list[chrome.Block], list[chrome.Block]]:
    """Blocks before the article, after it (before the copyright line), after the copyright."""
    names = rng.sample(sorted(chrome.BEFORE), rng.choice([0, 1, 1, 2, 2, 3, 4]))
    before = [chrome.BEFORE[n](rng, ctx) for n in names]
    if rng.random() < 0.6:
        before.insert(0, chrome.banner(rng, ctx))
    after: list[chrome.Block] = []
    after_copyright: list[chrome.Block] = []
    for name in rng.sample(sorted(chrome.AFTER), rng.choice([0, 1, 1, 2, 3])):
        block = chrome.AFTER[name](rng, ctx)
        late = name == "cookie" or (name != "footer-links" and rng.random() < 0.2)
        (after_copyright if late else after).append(block)
    feats += [f"before:{b.name}" for b in before] or ["before:none"]
    feats += [f"after:{b.name}" for b in after + after_copyright] or ["after:none"]
    return before, after, after_copyright


def _truth(art: Article, captured: dt.date | None, html_url: str | None) -> dict[str, Any]:
    body = art.body_items()
    categories: list[str] = []
    for name in (c.strip() for c in art.categories):
        if name and name not in categories:
            categories.append(name)
    if art.date_only:
        published = art.published.date().isoformat()
    else:
        published = truth.iso_published(art.published)
    return {
        "language": art.lang,
        "layout": "current",
        "news_code": art.news_code,
        "kicker": truth.strip_kicker(art.kicker) if art.kicker is not None else None,
        "title": art.title,
        "published": published,
        "captured_on": captured.isoformat() if captured else None,
        "views": art.views,
        "study_minutes": art.study,
        "categories": categories,
        "comment_count": len(art.comments) if art.comments is not None else None,
        "body": body,
        "word_count": truth.word_count(body),
        "publisher": parts.PUBLISHER[art.lang],
        "warnings": [],
        "html_url": html_url,
    }


def compose(seed: int, index: int) -> Variant:
    rng = random.Random(seed * 1_000_003 + index)
    lang = "fa" if rng.random() < 0.25 else "en"
    art = make_article(rng, lang)
    feats = art.features
    markup = rng.choice(MARKUPS)
    feats.append(f"markup:{markup}")
    captured = None
    if lang == "en":
        days = rng.randint(1, 2000)
        captured = min(art.published.date() + dt.timedelta(days=days), LAST_CAPTURE)
    ctx = chrome.Context(lang, art.published, captured)
    before, after, after_copyright = _chrome(rng, ctx, feats)
    has_today = any(b.name == "banner" for b in before) and captured is not None
    head_url, head_title, og_title = head_choices(rng)
    feats += [f"head:url-{head_url}", f"head:title-{head_title}"]
    url = _url(art)
    page = Page(
        lang=lang,
        title=art.title,
        url=url,
        head_url=head_url,
        head_title=head_title,
        og_title=og_title,
        before=before,
        article=parts.article_blocks(art, rng),
        after=after,
        after_copyright=after_copyright,
        copyright=parts.COPYRIGHT[lang],
    )
    record = _truth(art, captured if has_today else None, None if head_url == "none" else url)
    return Variant(f"v{index:03d}", render_page(markup, page), record, feats)


def compose_all(seed: int, count: int) -> list[Variant]:
    return [compose(seed, i) for i in range(count)]
