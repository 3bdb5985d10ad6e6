"""The article's building blocks as HTML: head lines, info bullets, title copies, body, footer.

Each function prints one part of an `Article`; what the record must hold is read from the
same `Article`, so the truth of every part is known by construction.
"""

from __future__ import annotations

import random
from html import escape

from . import truth, words, words_fa
from .article import Article
from .chrome import SITE

LABELS = {
    "en": {"study": "Study time : {n} minute(s)", "code": "News code : {n}", "group": "News group"},
    "fa": {"study": "زمان مطالعه : {n} دقیقه", "code": "کد خبر : {n}", "group": "گروه خبری"},
}
LESS_THAN_A_MINUTE = "Study time : Less than one minute"
PUBLISHER = {
    "en": "Vice-Presidency for Science and Technology",
    "fa": "معاونت علمی و فناوری ریاست جمهوری",
}
COPYRIGHT = {
    "en": "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
    "fa": "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می\u200cباشد",
}


def text(value: str) -> str:
    return escape(value, quote=False)


def _num(art: Article, value: str) -> str:
    return truth.persian_digits(value) if art.fa_digits else value


def _study(art: Article) -> str:
    if art.study == 0:
        return LESS_THAN_A_MINUTE
    return LABELS[art.lang]["study"].format(n=_num(art, str(art.study)))


def _code(art: Article) -> str:
    return LABELS[art.lang]["code"].format(n=_num(art, str(art.news_code)))


def info(art: Article, rng: random.Random) -> list[str]:
    """The info block: date with time, views, study time (or an old page's bare date)."""
    blocks = []
    items = []
    if art.date_only:
        blocks.append(f'<div class="news-date">{truth.en_date(art.published.date())}</div>')
    elif art.lang == "fa":
        items.append(("calendar", _num(art, truth.jalali_date_time(art.published))))
    else:
        items.append(("calendar", truth.en_date_time(art.published, pad_hour=rng.random() < 0.2)))
    if art.views is not None:
        items.append(("eye", _num(art, art.views_text)))
    if art.study is not None and not art.fa_labels_top:
        items.append(("clock", _study(art)))
    lis = "".join(f'<li><span class="icon-{icon}"></span>{value}</li>' for icon, value in items)
    if lis:
        blocks.append(f'<ul class="news-info">{lis}</ul>')
    return blocks


def head(art: Article, rng: random.Random) -> list[str]:
    """From the short title down to the line before the lead."""
    title = text(art.title)
    blocks = []
    if art.short_title:
        blocks.append(f'<div class="short-title">{text(truth.short_title(art.title))}</div>')
    if art.title_top:
        blocks.append(f'<div class="news-title-top">{title}</div>')
    blocks += info(art, rng)
    if art.kicker is not None:
        blocks.append(f'<div class="kicker">{text(art.kicker)}</div>')
    blocks.append(f'<h1 class="news-title">{title}</h1>')
    if art.fa_labels_top:
        labels = [_study(art)] if art.study is not None else []
        blocks.append(
            '<ul class="news-labels">'
            + "".join(f"<li>{x}</li>" for x in [*labels, _code(art)])
            + "</ul>"
        )
    if art.image is not None:
        alt = escape(art.image, quote=True)
        img = f'<img src="{SITE[art.lang]}/Uploads/Image/{art.news_code}.jpg" alt="{alt}">'
        space = " " if rng.random() < 0.5 else ""
        cap = f"<figcaption>{title}{space}</figcaption>" if art.caption else ""
        blocks.append(f'<figure class="news-image">{img}{cap}</figure>')
    if art.title_h2:
        blocks.append(f'<h2 class="news-title-copy">{title}</h2>')
    if art.byline:
        blocks.append(f'<div class="author">{text(art.byline)}</div>')
    if art.kicker_again and art.kicker is not None:
        blocks.append(f'<div class="kicker-repeat">{text(art.kicker)}</div>')
    return blocks


def _linked(art: Article, paragraph: str, rng: random.Random) -> str:
    """The paragraph's HTML, with a park name linked now and then."""
    html = text(paragraph)
    for park in words.PARKS if art.lang == "en" else words_fa.PARKS:
        if park in paragraph and rng.random() < 0.4:
            link = f'<a href="{SITE[art.lang]}/Parks/{len(park)}">{text(park)}</a>'
            return html.replace(text(park), link, 1)
    return html


def body(art: Article, rng: random.Random) -> list[str]:
    """Lead, paragraphs, subheadings and lists; the first and last carry the body's div."""
    style = rng.choice(["h2", "h3", "strong"])
    blocks = []
    for kind, texts in art.body:
        if kind == "lead":
            blocks.append(f'<div class="lead">{text(texts[0])}</div>')
        elif kind == "h":
            inner = text(texts[0])
            blocks.append(
                f"<p><strong>{inner}</strong></p>"
                if style == "strong"
                else f"<{style}>{inner}</{style}>"
            )
        elif kind == "ul":
            blocks.append("<ul>" + "".join(f"<li>{text(t)}</li>" for t in texts) + "</ul>")
        else:
            blocks.append(f"<p>{_linked(art, texts[0], rng)}</p>")
    blocks[1] = '<div class="news-body">' + blocks[1]
    blocks[-1] += "</div>"
    return blocks


def footer(art: Article, rng: random.Random) -> list[str]:
    """News group, news code, tabs, comments and captcha, Last Update."""
    links = ",".join(
        f'<a href="{SITE[art.lang]}/Group/{i}">{text(c)}</a>' for i, c in enumerate(art.categories)
    )
    lis = f'<li class="news-group">{LABELS[art.lang]["group"]} : {links}</li>'
    if not art.fa_labels_top:
        lis += f'<li class="news-code">{_code(art)}</li>'
    blocks = [f'<ul class="news-meta">{lis}</ul>']
    if art.tabs:
        blocks.append(
            '<div class="tabs"><div class="tab">keywords</div><div class="tab">Pictures</div></div>'
        )
    if art.comments is not None:
        count = f"There are {len(art.comments)} comment(s) for this article"
        blocks.append(f'<div class="comment-count">{count}</div>')
        for name, when, said in art.comments:
            blocks.append(
                f'<div class="comment"><div class="comment-head"><span>{text(name)}</span> '
                f'<span>{when}</span></div><div class="comment-text">{text(said)}</div></div>'
            )
        blocks.append(
            '<form class="comment-form" action="Comment/Send" method="post">'
            "<label>Enter the text inside the security image :</label>"
            '<img src="Captcha/Image" alt=""><br>'
            '<label>Enter the text inside the security image *</label> <input type="text" name="c">'
            "</form>"
        )
    if art.last_update is not None:
        blocks.append(
            f'<div class="last-update">Last Update : {truth.en_date(art.last_update)}</div>'
        )
        blocks.append('<div class="empty-field">:</div><div class="empty-field">:</div>')
    return blocks


def article_blocks(art: Article, rng: random.Random) -> list[str]:
    return head(art, rng) + body(art, rng) + footer(art, rng)
