"""The three markups a page may use: plain divs, a table layout, HTML5 sections."""

from __future__ import annotations

import random
from dataclasses import dataclass
from html import escape

from .chrome import Block

MARKUPS = ["div", "table", "html5"]
SITE_NAME = {"en": "Vice-Presidency for Science and Technology", "fa": "معاونت علمی و فناوری"}


@dataclass(frozen=True)
class Page:
    """Everything a markup needs to lay out a page."""

    lang: str
    title: str
    url: str
    head_url: str  # "canonical", "og" or "none"
    head_title: str  # "title", "title-site" or "site"
    og_title: bool
    before: list[Block]
    article: list[str]
    after: list[Block]  # before the copyright line
    after_copyright: list[Block]
    copyright: str


def head(page: Page) -> str:
    title = escape(page.title, quote=False)
    shown = {
        "title": title,
        "title-site": f"{title} - {SITE_NAME[page.lang]}",
        "site": SITE_NAME[page.lang],
    }[page.head_title]
    url = escape(page.url, quote=True)
    lines = ['<meta charset="utf-8">', f"<title>{shown}</title>"]
    if page.head_url == "canonical":
        lines.append(f'<link rel="canonical" href="{url}">')
    elif page.head_url == "og":
        lines.append(f'<meta property="og:url" content="{url}">')
    if page.og_title:
        lines.append(f'<meta property="og:title" content="{escape(page.title, quote=True)}">')
    lines.append('<link rel="stylesheet" href="/Content/site.css">')
    lines.append('<script src="/Scripts/jquery.min.js"></script>')
    return "<head>\n" + "\n".join(lines) + "\n</head>"


def _open(page: Page) -> str:
    direction = "rtl" if page.lang == "fa" else "ltr"
    return f'<!DOCTYPE html>\n<html lang="{page.lang}" dir="{direction}">\n{head(page)}\n<body>\n'


def _html5_block(block: Block) -> str:
    if block.tag == "form":
        return f'<div role="search">{block.html}</div>'
    if block.tag == "div":
        return block.html
    return f'<{block.tag} class="{block.name}">{block.html}</{block.tag}>'


def html5(page: Page) -> str:
    parts = [_html5_block(b) for b in page.before]
    parts.append(
        '<main>\n<article class="news">\n' + "\n".join(page.article) + "\n</article>\n</main>"
    )
    parts += [_html5_block(b) for b in page.after]
    parts.append(
        f'<footer class="site-footer"><div class="copyright">{page.copyright}</div></footer>'
    )
    parts += [_html5_block(b) for b in page.after_copyright]
    return _open(page) + "\n".join(parts) + "\n</body>\n</html>\n"


def div(page: Page) -> str:
    parts = [f'<div id="{b.name}-{i}">{b.html}</div>' for i, b in enumerate(page.before)]
    parts.append('<div class="content">\n' + "\n".join(page.article) + "\n</div>")
    parts += [f'<div id="{b.name}-a{i}">{b.html}</div>' for i, b in enumerate(page.after)]
    parts.append(f'<div class="copyright">{page.copyright}</div>')
    parts += [f'<div id="{b.name}-c{i}">{b.html}</div>' for i, b in enumerate(page.after_copyright)]
    wrapped = '<div id="wrapper">\n' + "\n".join(parts) + "\n</div>"
    return _open(page) + wrapped + "\n</body>\n</html>\n"


def table(page: Page) -> str:
    """A table layout: the side column's row comes first, the article's blocks are <br>-separated
    (as old CMS pages do, and so that html2text keeps their breaks inside a cell)."""
    rows = [f'<tr><td class="side" valign="top">{b.html}</td></tr>' for b in page.before]
    rows.append(
        '<tr><td class="main" valign="top">\n' + "<br>\n".join(page.article) + "\n</td></tr>"
    )
    rows += [f'<tr><td class="bottom">{b.html}</td></tr>' for b in page.after]
    rows.append(f'<tr><td class="copyright">{page.copyright}</td></tr>')
    layout = '<table class="layout" width="100%" border="0" cellspacing="0" cellpadding="0">\n'
    layout += "\n".join(rows) + "\n</table>\n"
    tail = "\n".join(b.html for b in page.after_copyright)
    return _open(page) + layout + tail + "\n</body>\n</html>\n"


def render_page(markup: str, page: Page) -> str:
    return {"div": div, "table": table, "html5": html5}[markup](page)


def head_choices(rng: random.Random) -> tuple[str, str, bool]:
    """Which URL the head states, what its <title> holds, whether it has og:title."""
    url = rng.choices(["canonical", "og", "none"], [75, 12, 13])[0]
    title = rng.choices(["title", "title-site", "site"], [60, 25, 15])[0]
    return url, title, rng.random() < 0.5
