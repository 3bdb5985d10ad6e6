"""The article of a variant: its content and how the page prints it, drawn from a seed."""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

from . import truth, words
from .lexicon import lexicon

CATEGORIES = {
    "en": [
        "NEWS",
        "Slider",
        "Technology Parks & Incubators",
        "Communication & Information Center",
        "International Affairs & Technological Exchange Center",
        "Knowledge-based Companies",
        "Nanotechnology",
        "Biotechnology",
        "Resources",
        "Medical Equipment & Health Technologies",
        "اخبار معاونت ها و مراکز",
    ],
    "fa": [
        "اخبار",
        "اسلایدر",
        "اخبار پارک\u200cهای علم و فناوری",
        "شرکت\u200cهای دانش\u200cبنیان",
        "اخبار معاونت ها و مراکز",
    ],
}
COMMENTERS = ["Mahsa R.", "Daniel K.", "Hamid T.", "Sara M."]
COMMENT_TEXTS = [
    "Good news for our engineers. Is there a list of the companies?",
    "Congratulations to the park and its young researchers.",
    "How can a start-up from another province apply?",
]


@dataclass
class Article:
    """What the page says (truth comes from here) and how it is printed (features)."""

    lang: str
    news_code: int
    title: str
    kicker: str | None  # as printed, ending included
    published: dt.datetime
    date_only: bool
    views: int | None
    views_text: str
    study: int | None  # minutes; 0 is `Less than one minute`
    categories: list[str]  # as printed: repeats and stray spaces kept
    comments: list[tuple[str, str, str]] | None  # None: no comment section
    body: list[tuple[str, list[str]]]  # ("lead"|"p"|"h"|"ul", texts), lead first
    byline: str | None = None
    kicker_again: bool = False
    title_top: bool = False
    short_title: bool = False
    image: str | None = None  # None, or the alt text ("" or the title)
    caption: bool = False
    title_h2: bool = False
    fa_digits: bool = False
    fa_labels_top: bool = False
    body_date: str = ""
    last_update: dt.date | None = None
    tabs: bool = False
    features: list[str] = field(default_factory=list)

    def body_items(self) -> list[str]:
        """The record's body: lead first, subheadings and list items as their own items."""
        return [text for _, texts in self.body for text in texts]


def _title(rng: random.Random, lang: str, feats: list[str]) -> str:
    lex = lexicon(lang)
    kinds = ["plain", "period", "question", "long", "long-period"]
    weights = [38, 20, 12, 10, 8]
    if lang == "en":
        kinds.append("quote")
        weights.append(12)
    kind = rng.choices(kinds, weights)[0]
    feats.append(f"title:{kind}")
    if kind == "question":
        return lex.question(rng)
    if kind == "quote":
        return words.quoted(rng)
    text = lex.long_headline(rng) if kind.startswith("long") else lex.headline(rng)
    return text + "." if kind.endswith("period") else text


def _kicker(rng: random.Random, lang: str, feats: list[str]) -> str | None:
    kinds = ["none", "colon", "semicolon", "bare"] if lang == "en" else ["none", "colon", "semi"]
    weights = [30, 35, 15, 10] if lang == "en" else [35, 40, 25]
    if lang == "en":
        kinds.append("quote")
        weights.append(10)
    kind = rng.choices(kinds, weights)[0]
    feats.append(f"kicker:{kind}")
    if kind == "none":
        return None
    if kind == "bare":
        return rng.choice(words.BARE_KICKERS)
    if kind == "quote":
        return rng.choice(words.QUOTE_KICKERS)
    end = {"colon": ":", "semicolon": ";", "semi": "؛"}[kind]
    return lexicon(lang).kicker(rng) + end


def _sentences(text: str) -> set[str]:
    return set(re.split(r"(?<=[.!?؟])\s+", text))


def _body(
    rng: random.Random, lang: str, published: dt.datetime, feats: list[str]
) -> tuple[list[tuple[str, list[str]]], str]:
    lex = lexicon(lang)
    used: set[str] = set()

    def fresh(sentences: int) -> str:
        # A page never prints the same sentence twice; a repeat would pass for a title copy.
        text = lex.paragraph(rng, sentences)
        for _ in range(50):
            if used.isdisjoint(_sentences(text)):
                break
            text = lex.paragraph(rng, sentences)
        used.update(_sentences(text))
        return text

    body: list[tuple[str, list[str]]] = [("lead", [fresh(rng.randint(1, 2))])]
    paragraphs = rng.randint(2, 7)
    heads = set(rng.sample(range(1, paragraphs), min(paragraphs - 1, rng.choice([0, 0, 1, 2]))))
    list_at = rng.randrange(paragraphs) if rng.random() < 0.4 else -1
    date_at = rng.randrange(paragraphs) if rng.random() < 0.4 else -1
    date_text = ""
    for i in range(paragraphs):
        if i in heads:
            body.append(("h", [lex.subheading(rng)]))
        text = fresh(rng.randint(2, 4))
        if i == date_at:
            day = (published + dt.timedelta(days=rng.randint(5, 60))).date()
            date_text = truth.en_date(day) if lang == "en" else truth.jalali_date(day)
            text += " " + lex.date_sentence(rng, date_text)
        body.append(("p", [text]))
        if i == list_at:
            body.append(("p", [lex.list_intro(rng)]))
            body.append(("ul", lex.list_items(rng)))
    feats += ["body:subheads"] if heads else []
    feats += ["body:list"] if list_at >= 0 else []
    feats += ["body:date-sentence"] if date_at >= 0 else []
    return body, date_text


def _categories(rng: random.Random, lang: str, feats: list[str]) -> list[str]:
    names = rng.sample(CATEGORIES[lang], rng.randint(1, min(6, len(CATEGORIES[lang]))))
    if len(names) > 1 and rng.random() < 0.3:
        names.append(names[0])
        feats.append("categories:repeat")
    if rng.random() < 0.25:
        i = rng.randrange(len(names))
        names[i] += " "
        feats.append("categories:space-before-comma")
    return names


def make_article(rng: random.Random, lang: str) -> Article:
    feats = [f"lang:{lang}"]
    date_only = lang == "en" and rng.random() < 0.08
    published = truth.random_moment(rng, 2016, 2018 if date_only else 2024)
    if date_only:
        published = published.replace(hour=0, minute=0)
        feats.append("info:date-only")
    title = _title(rng, lang, feats)
    kicker = _kicker(rng, lang, feats)
    body, date_text = _body(rng, lang, published, feats)
    views: int | None = rng.randint(40, 3000) if rng.random() < 0.85 else None
    words_in_body = truth.word_count([t for _, texts in body for t in texts])
    study: int | None = truth.study_minutes(words_in_body)
    if date_only or rng.random() < 0.2 or (lang == "fa" and study == 0):
        study = None
    fa_labels_top = lang == "fa" and rng.random() < 0.5
    if views is None and (study is None or fa_labels_top):
        views = rng.randint(40, 3000)  # the info block: a date with views and/or study time
    feats += ["info:no-views"] if views is None else []
    feats += ["info:no-study"] if study is None else []
    feats += ["info:less-than-a-minute"] if study == 0 else []
    comments = None
    if lang == "en" and rng.random() < 0.5:
        comments = []
        for _ in range(rng.randint(0, 3)):
            when = published + dt.timedelta(hours=rng.randint(2, 90))
            comments.append(
                (rng.choice(COMMENTERS), truth.en_date_time(when), rng.choice(COMMENT_TEXTS))
            )
        feats.append("footer:comments")
    art = Article(
        lang=lang,
        news_code=rng.randint(20000, 99999),
        title=title,
        kicker=kicker,
        published=published,
        date_only=date_only,
        views=views,
        views_text=truth.views_text(views, rng) if views is not None else "",
        study=study,
        categories=_categories(rng, lang, feats),
        comments=comments,
        body=body,
        body_date=date_text,
        fa_labels_top=fa_labels_top,
        features=feats,
    )
    _presentation(rng, art)
    return art


def _presentation(rng: random.Random, art: Article) -> None:
    """How the page prints the article: title copies, byline, image, labels, footer extras."""
    feats = art.features
    if rng.random() < 0.15:
        art.byline = lexicon(art.lang).byline(rng)
        feats.append("byline")
    if art.kicker is not None and rng.random() < 0.15:
        art.kicker_again = True
        feats.append("kicker-again")
    art.short_title = rng.random() < 0.3
    extras = rng.sample(["top", "caption", "h2"], rng.choice([0, 0, 1, 1, 2]))
    art.title_top = "top" in extras
    art.caption = "caption" in extras
    art.title_h2 = "h2" in extras
    if art.caption or rng.random() < 0.3:
        art.image = art.title if rng.random() < 0.4 else ""
        feats.append("image:alt-title" if art.image else "image:no-alt")
    feats.append(f"title-copies:{1 + len(extras)}")
    feats += [f"title-copy:{e}" for e in extras]
    feats += ["short-title"] if art.short_title else []
    if art.lang == "fa":
        art.fa_digits = rng.random() < 0.3
        feats += ["fa:persian-digits"] if art.fa_digits else []
        feats += ["fa:labels-after-title"] if art.fa_labels_top else []
    if art.lang == "en" and rng.random() < 0.5:
        art.last_update = (art.published + dt.timedelta(days=rng.randint(0, 30))).date()
        feats.append("footer:last-update")
    art.tabs = art.lang == "en" and rng.random() < 0.5
    feats += ["footer:tabs"] if art.tabs else []
