"""Chrome blocks that stand around the article: menus, notices, boxes, footers. Never record."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from . import truth
from .lexicon import lexicon

SITE = {"en": "https://en.isti.ir", "fa": "https://isti.ir"}
MENU = {
    "en": [
        "Home",
        "News",
        "About us",
        "Vice-President",
        "Science and Technology Parks",
        "Knowledge-based Companies",
        "Events",
        "International",
        "Publications",
        "Photo gallery",
        "Videos",
        "Links",
        "Sitemap",
    ],
    "fa": [
        "صفحه اصلی",
        "اخبار",
        "درباره ما",
        "معاون رئیس جمهور",
        "پارک\u200cهای علم و فناوری",
        "شرکت\u200cهای دانش\u200cبنیان",
        "رویدادها",
        "گالری تصاویر",
        "پیوندها",
    ],
}
CONTACT = {"en": "Contact us", "fa": "تماس با ما"}
BOX_TITLES = {
    "most-viewed": {"en": "Most viewed", "fa": "پربازدیدترین"},
    "latest-news": {"en": "Latest news", "fa": "آخرین اخبار"},
    "related-news": {"en": "Related news", "fa": "اخبار مرتبط"},
}
TEXTS = {
    "js": {
        "en": "Please enable JavaScript in your browser to use all the features of this site.",
        "fa": "لطفا جاوا اسکریپت مرورگر خود را فعال کنید.",
    },
    "cookie": {
        "en": "This website uses cookies to improve your experience. By continuing to browse"
        " the site you agree to our use of cookies.",
        "fa": "این وب\u200cسایت برای بهبود تجربه شما از کوکی استفاده می\u200cکند.",
    },
    "accept": {"en": "Accept", "fa": "پذیرفتن"},
    "search": {"en": "Search", "fa": "جستجو"},
    "home": {"en": "Home", "fa": "صفحه اصلی"},
    "news": {"en": "News", "fa": "اخبار"},
}
FOOTER_COLUMNS = {
    "en": {
        "About us": ["History", "Organization chart", "Vice-President", "Deputies", "Jobs"],
        "Centers": ["Technology Parks & Incubators", "Innovation and Prosperity Fund", "Nano"],
        "Services": ["Knowledge-based companies", "Start-ups", "RSS", "Newsletter", "Sitemap"],
    },
    "fa": {
        "درباره ما": ["تاریخچه", "نمودار سازمانی", "معاونت\u200cها", "فرصت\u200cهای شغلی"],
        "خدمات": ["شرکت\u200cهای دانش\u200cبنیان", "استارتاپ\u200cها", "خبرنامه", "نقشه سایت"],
    },
}
ADDRESS = {
    "en": ["No. 20, Pirooz St., Tehran", "Tel +98 21 8419 0000", "Email info@isti.ir"],
    "fa": ["تهران، خیابان پیروز، پلاک ۲۰", "تلفن ۸۴۱۹۰۰۰۰-۰۲۱"],
}
BANNERS = {"en": ["leader", "رونق تولید", "system", "close"], "fa": ["رونق تولید", "close"]}


@dataclass(frozen=True)
class Block:
    """One chrome block: its name (for the breakdown), its HTML and its HTML5 element."""

    name: str
    html: str
    tag: str


@dataclass(frozen=True)
class Context:
    """What chrome blocks need to know of the page: language, dates and how to date items."""

    lang: str
    published: dt.datetime
    captured: dt.date | None


def _link(lang: str, text: str, path: str) -> str:
    return f'<a href="{SITE[lang]}/{path}">{escape(text)}</a>'


def _item_date(rng: random.Random, ctx: Context) -> str:
    moment = ctx.published + dt.timedelta(days=rng.randint(-40, 40), minutes=rng.randint(0, 900))
    if ctx.lang == "fa":
        return truth.jalali_date_time(moment)
    return truth.en_date_time(moment, pad_hour=True)


def nav_menu(rng: random.Random, ctx: Context) -> Block:
    names = rng.sample(MENU[ctx.lang], rng.randint(5, min(11, len(MENU[ctx.lang]))))
    items = [f"<li>{_link(ctx.lang, n, 'page/' + str(i))}</li>" for i, n in enumerate(names)]
    if rng.random() < 0.3:
        sub = "".join(f"<li>{_link(ctx.lang, n, 'sub')}</li>" for n in rng.sample(names, 2))
        items[1] = items[1].replace("</li>", f"<ul>{sub}</ul></li>")
    items.append(f"<li>{_link(ctx.lang, CONTACT[ctx.lang], 'Contact')}</li>")
    return Block("nav", f'<ul class="menu">{"".join(items)}</ul>', "nav")


def breadcrumbs(rng: random.Random, ctx: Context) -> Block:
    section = rng.choice(MENU[ctx.lang][4:])
    parts = [_link(ctx.lang, TEXTS[k][ctx.lang], k) for k in ("home", "news")]
    parts.append(_link(ctx.lang, section, "section"))
    return Block("breadcrumbs", f'<div class="breadcrumb">{" » ".join(parts)}</div>', "nav")


def search_form(rng: random.Random, ctx: Context) -> Block:
    word = TEXTS["search"][ctx.lang]
    html = (
        f'<form class="search" action="{SITE[ctx.lang]}/Search" method="get">'
        f'<input type="text" name="q" placeholder="{word}..."> '
        f'<input type="submit" value="{word}"></form>'
    )
    return Block("search", html, "form")


def js_notice(rng: random.Random, ctx: Context) -> Block:
    return Block("js-notice", f'<div class="js-warning">{TEXTS["js"][ctx.lang]}</div>', "div")


def cookie_notice(rng: random.Random, ctx: Context) -> Block:
    html = (
        f'<div class="cookie-bar"><span>{escape(TEXTS["cookie"][ctx.lang])}</span> '
        f'<button type="button">{TEXTS["accept"][ctx.lang]}</button></div>'
    )
    return Block("cookie", html, "div")


def banner(rng: random.Random, ctx: Context) -> Block:
    """Banner image texts and, on English pages, the `Today :` capture-date line."""
    alts = BANNERS[ctx.lang][: rng.randint(1, len(BANNERS[ctx.lang]))]
    imgs = "".join(f'<div class="banner-item"><img src="b.png" alt="{a}"></div>' for a in alts)
    today = f'<div class="today">{truth.today_line(ctx.captured)}</div>' if ctx.captured else ""
    return Block("banner", f'<div class="top-banner">{imgs}{today}</div>', "header")


def _box(name: str, rng: random.Random, ctx: Context) -> Block:
    lex = lexicon(ctx.lang)
    style = rng.randrange(3)
    counts = name == "most-viewed" or rng.random() < 0.3
    items = []
    for i in range(rng.randint(3, 6)):
        head = _link(ctx.lang, lex.headline(rng), f"News/item/{rng.randint(1000, 99999)}")
        date = _item_date(rng, ctx)
        views = str(rng.randint(40, 2400)) if counts else ""
        if style == 0:
            extra = f'<div class="views">{views}</div>' if views else ""
            items.append(f'<li>{head}<div class="date">{date}</div>{extra}</li>')
        elif style == 1:
            extra = f' <span class="views">{views}</span>' if views else ""
            items.append(f'<li>{head} <span class="date">{date}</span>{extra}</li>')
        else:
            extra = f'<div class="item-views">{views}</div>' if views else ""
            items.append(
                f'<div class="item" id="i{i}"><div class="item-title">{head}</div>'
                f'<div class="item-date">{date}</div>{extra}</div>'
            )
    body = "".join(items) if style == 2 else f"<ul>{''.join(items)}</ul>"
    title = BOX_TITLES[name][ctx.lang]
    return Block(
        name, f'<div class="box {name}"><div class="box-title">{title}</div>{body}</div>', "aside"
    )


def most_viewed(rng: random.Random, ctx: Context) -> Block:
    return _box("most-viewed", rng, ctx)


def latest_news(rng: random.Random, ctx: Context) -> Block:
    return _box("latest-news", rng, ctx)


def related_news(rng: random.Random, ctx: Context) -> Block:
    return _box("related-news", rng, ctx)


def footer_links(rng: random.Random, ctx: Context) -> Block:
    cols = []
    for head, names in FOOTER_COLUMNS[ctx.lang].items():
        links = "".join(f"<li>{_link(ctx.lang, n, 'f')}</li>" for n in names)
        cols.append(
            f'<div class="col"><div class="col-title">{escape(head)}</div><ul>{links}</ul></div>'
        )
    contact = "".join(f"<div>{escape(line)}</div>" for line in ADDRESS[ctx.lang])
    cols.append(f'<div class="col contact">{contact}</div>')
    return Block("footer-links", f'<div class="footer-links">{"".join(cols)}</div>', "footer")


Maker = Callable[[random.Random, Context], Block]
# Where each block may stand: before the article, after it, or either.
BEFORE: dict[str, Maker] = {
    "nav": nav_menu,
    "breadcrumbs": breadcrumbs,
    "search": search_form,
    "js-notice": js_notice,
    "most-viewed": most_viewed,
    "latest-news": latest_news,
    "related-news": related_news,
    "cookie": cookie_notice,
}
AFTER: dict[str, Maker] = {
    "nav": nav_menu,
    "search": search_form,
    "most-viewed": most_viewed,
    "latest-news": latest_news,
    "related-news": related_news,
    "footer-links": footer_links,
    "cookie": cookie_notice,
}
