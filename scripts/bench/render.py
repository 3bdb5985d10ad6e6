"""A generated page as the site serves it (HTML) and as `w3m -dump` shows it (text)."""

from __future__ import annotations

import html
import textwrap
from collections.abc import Iterator, Sequence
from typing import Final

from .page import TEHRAN, Page

WRAP: Final = 79
BANNERS: Final = "https://en.isti.ir/Uploads/banner/"
COPYRIGHT: Final = "Copyright © Vice-Presidency for Science and Technology. All rights reserved"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _link(text: str) -> str:
    return f'<a href="/Page/{"-".join(text.split())}">{_e(text)}</a>'


def _menus(menus: Sequence[tuple[str, Sequence[str]]], css: str) -> Iterator[str]:
    yield f'<nav class="{css}"><ul class="nav navbar-nav">'
    for heading, items in menus:
        yield '<li class="nav-item dropdown">'
        yield f'<a class="nav-link dropdown-toggle" href="#">{_e(heading)}</a>'
        yield '<ul class="dropdown-menu">'
        yield from (f"<li>{_link(item)}</li>" for item in items)
        yield "</ul></li>"
    yield "</ul></nav>"


def _head(page: Page) -> Iterator[str]:
    yield '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
    yield f"<title>{_e(page.title)} - Vice-Presidency for Science and Technology</title>"
    yield '<meta name="viewport" content="width=device-width, initial-scale=1">'
    yield f'<meta name="description" content="{_e(page.lead[:300])}">'
    yield '<meta name="generator" content="Aryanic CMS">'
    yield '<meta name="robots" content="index, follow">'
    for prop, value in (("og:type", "article"), ("og:title", page.title), ("og:url", page.url)):
        yield f'<meta property="{prop}" content="{_e(value)}">'
    yield f'<link rel="canonical" href="{_e(page.url)}">'
    for sheet in ("bootstrap.min", "font-awesome.min", "owl.carousel.min", "site", "news"):
        yield f'<link rel="stylesheet" type="text/css" href="https://en.isti.ir/Content/{sheet}.css">'
    # A third of the inline padding is style, the rest scripts at the end of the body.
    rules = page.script_bytes // 3 // 64
    yield (
        "<style>"
        + "".join(
            f".c{i:03d} .news-body p{{text-align:justify;line-height:1.{i % 10};margin:{i}px}}"
            for i in range(rules)
        )
        + "</style>"
    )
    yield "<script>window.dataLayer=window.dataLayer||[];"
    yield "function gtag(){dataLayer.push(arguments);} gtag('js',new Date());"
    yield f'var pageInfo={{newsCode:{page.news_code},today:"Today : {page.today_text}"}};</script>'
    published = page.published.replace(tzinfo=TEHRAN).isoformat()
    yield f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle","url":"{page.url}","headline":"{_e(page.title)}","datePublished":"{published}"}}</script>'
    yield '<script src="https://en.isti.ir/Scripts/jquery.min.js"></script></head>'


def _article(page: Page) -> Iterator[str]:
    yield '<div class="col-lg-9">'
    yield '<article class="news">'
    yield f'<div class="news-short-title"><a href="{_e(page.url)}">{_e(page.short_title)}</a></div>'
    yield '<ul class="news-info">'
    yield f'<li><i class="fa fa-calendar"></i> {page.date_text}</li>'
    yield f'<li><i class="fa fa-eye"></i> {page.views}</li>'
    yield f'<li><i class="fa fa-clock-o"></i> Study time : {page.study_minutes} minute(s)</li></ul>'
    yield f'<div class="rutitr">{_e(page.kicker)}</div>'
    yield f'<h1 class="news-title">{_e(page.title)}</h1>'
    yield f'<figure><img src="https://en.isti.ir/files/en/news/{page.news_code}_512.jpg" alt="">'
    yield f"<figcaption>{_e(page.title)}</figcaption></figure>"
    yield f'<div class="news-lead"><p>{_e(page.lead)}</p></div><div class="news-body">'
    yield from (f"<{tag}>{_e(text)}</{tag}>" for tag, text in page.body)
    yield '</div><div class="news-footer"><ul class="news-tags"><li>News group : '
    yield ",".join(_link(name) for name in page.categories)
    yield f"</li><li>News code : {page.news_code}</li></ul>"
    yield '<div class="tabs"><div class="tab">keywords</div><div class="tab">Pictures</div>'
    yield '</div></div><section class="comments"><div class="comment-count">'
    yield f"There are {len(page.comments)} comment(s) for this article</div>"
    for name, date, text in page.comments:
        yield '<div class="comment"><div class="comment-head">'
        yield f"<span>{_e(name)}</span> <span>{date}</span></div>"
        yield f'<div class="comment-text">{_e(text)}</div></div>'
    yield '<form method="post"><div class="form-group">'
    yield "<label>Enter the text inside the security image :</label></div>"
    yield '<div class="form-group"><img src="https://en.isti.ir/Captcha/Image" alt=""></div>'
    yield '<div class="form-group"><label>Enter the text inside the security image *</label>'
    yield '<input type="text" name="captcha"></div>'
    yield '<button type="submit">Send</button></form></section></article></div>'


def _sidebar(page: Page) -> Iterator[str]:
    yield '<div class="col-lg-3"><aside class="sidebar"><div class="box-title">Latest news</div>'
    yield '<ul class="news-list">'
    for headline, date, views in page.sidebar:
        count = f'<div class="views">{views}</div>' if views is not None else ""
        yield f'<li>{_link(headline)}<div class="date">{date}</div>{count}</li>'
    yield "</ul></aside></div>"


def render_html(page: Page) -> str:
    """The page as the site serves it: heavy head, menus, banner, article and sidebar (in
    either order), footer menus, inline scripts."""
    parts = [*_head(page), '<body class="news-page"><div id="wrapper"><header class="site-header">']
    parts.extend(_menus(page.menus, "top-menu"))
    for banner in ("leader", "system", "close"):
        parts.append(
            f'<div class="banner-item"><img src="{BANNERS}{banner}.png" alt="{banner}"></div>'
        )
    parts.append(f'<div class="today">Today : {page.today_text}</div></header>')
    parts.append('<main id="main"><div class="container"><div class="row">')
    if page.sidebar_first:
        parts.extend(_sidebar(page))
    parts.extend(_article(page))
    if not page.sidebar_first:
        parts.extend(_sidebar(page))
    parts.append("</div></div></main>")
    parts.append('<footer class="site-footer">')
    parts.extend(_menus(page.footer_menus, "footer-menu"))
    parts.append(f'<div class="copyright">{COPYRIGHT}</div></footer></div>')
    document = "\n".join(parts)
    # Pages carry inline scripts (sliders, analytics, menus as data): they fill the page up.
    padding = page.script_bytes * 2 // 3
    filler = "".join(
        f'{{"id":{i},"k":"{page.title[i % 40 : i % 40 + 20]}"}},' for i in range(padding // 40 + 1)
    )
    document += f"\n<script>var menuData=[{filler[:padding]}];</script>"
    return document + "\n</body></html>\n"


def _wrap(text: str, indent: str = "", subsequent: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        WRAP,
        initial_indent=indent,
        subsequent_indent=subsequent or indent,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _text_menus(menus: Sequence[tuple[str, Sequence[str]]]) -> Iterator[str]:
    for heading, items in menus:
        yield f"  • {heading}"
        yield from (f"      □ {item}" for item in items)


def _text_sidebar(page: Page) -> list[str]:
    out = ["Latest news", ""]
    for headline, date, views in page.sidebar:
        out += [*_wrap(headline, "  • ", "    "), f"    {date}"]
        out += [f"    {views}"] if views is not None else []
    return [*out, ""]


def render_text(page: Page) -> str:
    """The page as `w3m -dump` shows it: bullets, wrapped at 79 columns, chrome kept."""
    out = [*_text_menus(page.menus), "", "leader", "system", "close"]
    out += [f"Today : {page.today_text}"]
    out += _text_sidebar(page) if page.sidebar_first else []
    out += [page.short_title, ""]
    out += [f"  • {page.date_text}", f"  • {page.views}"]
    out += [f"  • Study time : {page.study_minutes} minute(s)", "", page.kicker, ""]
    out += [*_wrap(page.title), "", f"[{page.news_code}_512]", *_wrap(page.title), ""]
    for text in (page.lead, *(text for _, text in page.body)):
        out += [*_wrap(text), ""]
    out += _wrap("News group : " + ",".join(page.categories), "  • ", "    ")
    out += [f"  • News code : {page.news_code}", "", "keywords", "Pictures"]
    out.append(f"There are {len(page.comments)} comment(s) for this article")
    for name, date, text in page.comments:
        out += [f"{name} {date}", *_wrap(text)]
    out += ["Enter the text inside the security image :", "[Image]"]
    out += ["Enter the text inside the security image *[                    ]", "Send"]
    out += [] if page.sidebar_first else ["", *_text_sidebar(page)]
    out += [*_text_menus(page.footer_menus), ""]
    out.append(COPYRIGHT)
    return "\n".join(out) + "\n"
