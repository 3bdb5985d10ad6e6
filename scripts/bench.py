"""`make bench`: newsparse's speed next to the floor and the alternative, in one run.

A corpus of realistic captures is generated into a temporary folder (never the
repository): HTML pages of 30-80 KB in the site's shape, with its chrome, and their
text dumps in the shape of `w3m -dump`. Every generated page is parsed first and
checked against what was generated, so the figures measure real work; a page that
parses wrong ends the run with exit code 1. Then, on the same files read into memory:

- newsparse HTML pages/s; the floor (selectolax/lexbor's bare parse and body text);
  trafilatura's extraction (on a subset, it is slow); newsparse text captures/s;
- the cold start of `newsparse parse one.txt` next to `python -c "import typer, selectolax.lexbor"`;
- `parse --jobs 2` peak RSS for 1,000 and 10,000 files, and a 10 MB capture next to a 1 MB one;
- pages/s from a WARC next to the same pages as files (`scripts/bench_warc.py`).

Prints a table with PASS/MISS per target; `--write BENCHMARKS.md` puts it between the
file's `bench:start` and `bench:end` markers, keeping the notes around them. The exit
code is 0 even when a target is missed: this is a report.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import gc
import html
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from bench_warc import WarcFigures
from bench_warc import measure as measure_warc
from selectolax.lexbor import LexborHTMLParser

import newsparse

SEED: Final = 20230915
TEHRAN: Final = ZoneInfo("Asia/Tehran")
MONTHS: Final = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WEEKDAYS: Final = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
STOP_WORDS: Final = ("of", "the", "and", "in", "for", "to", "with", "on")
PERSIAN_CATEGORIES: Final = ("اخبار معاونت ها و مراکز", "اخبار پارک‌های علم و فناوری")
CONSONANTS: Final = "b d f g h k l m n p r s t v z sh kh ch".split()
VOWELS: Final = "a e i o u a e a".split()
WRAP: Final = 79
MARK_START: Final = "<!-- bench:start -->"
MARK_END: Final = "<!-- bench:end -->"
BANNERS: Final = "https://en.isti.ir/Uploads/banner/"
COPYRIGHT: Final = "Copyright © Vice-Presidency for Science and Technology. All rights reserved"


# ---- the corpus -------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Page:
    """One generated news page: what it shows, and so what newsparse must find."""

    news_code: int
    title: str
    short_title: str
    kicker: str
    published: dt.datetime
    views: int
    study_minutes: int
    today: dt.date
    lead: str
    body: tuple[tuple[str, str], ...]  # ("p" | "h2", text)
    categories: tuple[str, ...]
    comments: tuple[tuple[str, str, str], ...]  # name, date, text
    menus: tuple[tuple[str, tuple[str, ...]], ...]  # heading, items
    footer_menus: tuple[tuple[str, tuple[str, ...]], ...]
    target_bytes: int

    @property
    def url(self) -> str:
        slug = "-".join(self.title.split()[:8])
        return f"https://en.isti.ir/News/{slug}/{self.news_code}"

    @property
    def date_text(self) -> str:
        when = self.published
        return f"{MONTHS[when.month - 1]} {when.day} {when.year} - {when.hour}:{when.minute:02d}"

    @property
    def today_text(self) -> str:
        day = self.today
        return f"{WEEKDAYS[day.weekday()]} {MONTHS[day.month - 1]} {day.day} {day.year}"


class Words:
    """Pseudo-random words and prose, deterministic from the seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        vocabulary = {self._word() for _ in range(4000)}
        self.vocabulary = sorted(vocabulary)

    def _word(self) -> str:
        syllables = self.rng.choice((1, 2, 2, 2, 3, 3, 4))
        return "".join(
            self.rng.choice(CONSONANTS) + self.rng.choice(VOWELS) for _ in range(syllables)
        )

    def words(self, low: int, high: int) -> list[str]:
        """Between low and high words, common words more often, as in prose."""
        count = self.rng.randint(low, high)
        pick = self.rng.choice
        return [
            pick(STOP_WORDS) if self.rng.random() < 0.25 else pick(self.vocabulary)
            for _ in range(count)
        ]

    def name(self) -> str:
        count = self.rng.randint(1, 3)
        return " ".join(self.rng.choice(self.vocabulary).capitalize() for _ in range(count))

    def sentence(self) -> str:
        words = self.words(8, 26)
        if len(words) > 10 and self.rng.random() < 0.5:
            words[self.rng.randint(3, len(words) - 4)] += ","
        if self.rng.random() < 0.3:
            words.insert(self.rng.randint(0, len(words) - 1), str(self.rng.randint(2, 1999)))
        return " ".join(words).capitalize() + "."

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(2, 7)))

    def heading(self) -> str:
        return " ".join(self.words(2, 6)).capitalize()

    def title(self) -> str:
        words = self.words(7, 16)
        words[self.rng.randint(1, len(words) - 2)] = "of"
        return " ".join(words).capitalize()


def short_title(title: str) -> str:
    """The CMS's short title: the title's words without stop-words, cut at 64 characters."""
    return " ".join(word for word in title.split() if word.lower() not in STOP_WORDS)[:64].rstrip()


def make_page(words: Words, index: int) -> Page:
    """A page in the site's current layout, its size drawn between 30 and 80 KB."""
    rng = words.rng
    published = dt.datetime(2017, 1, 1) + dt.timedelta(minutes=rng.randint(0, 7 * 365 * 24 * 60))
    title = words.title()
    body: list[tuple[str, str]] = []
    for _ in range(rng.randint(10, 40)):
        if rng.random() < 0.12:
            body.append(("h2", words.heading()))
        body.append(("p", words.paragraph()))
    categories = ["NEWS", *(words.name() for _ in range(rng.randint(1, 8)))]
    if rng.random() < 0.5:
        categories.insert(rng.randint(1, len(categories)), rng.choice(PERSIAN_CATEGORIES))
    comments = tuple(
        (
            words.name(),
            f"{MONTHS[published.month - 1]} {published.day} {published.year}",
            words.sentence(),
        )
        for _ in range(rng.choice((0, 0, 0, 1, 2, 3)))
    )
    return Page(
        news_code=10_000 + index * 7 + rng.randint(0, 6),
        title=title,
        short_title=short_title(title),
        kicker=" ".join(words.words(3, 8)).capitalize() + ":",
        published=published,
        views=rng.randint(20, 4000),
        study_minutes=rng.randint(1, 12),
        today=published.date() + dt.timedelta(days=rng.randint(1, 900)),
        lead=words.paragraph(),
        body=tuple(body),
        categories=tuple(dict.fromkeys(categories)),
        comments=comments,
        menus=tuple(
            (words.name(), tuple(words.name() for _ in range(rng.randint(6, 16))))
            for _ in range(rng.randint(4, 8))
        ),
        footer_menus=tuple(
            (words.name(), tuple(words.name() for _ in range(rng.randint(5, 12))))
            for _ in range(rng.randint(3, 6))
        ),
        target_bytes=rng.randint(30_000, 80_000),
    )


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _link(text: str) -> str:
    href = "https://en.isti.ir/" + "-".join(text.split())
    return f'<a href="{_e(href)}" title="{_e(text)}">{_e(text)}</a>'


def _menus(menus: Sequence[tuple[str, Sequence[str]]], css: str) -> Iterator[str]:
    yield f'<nav class="{css}"><ul class="nav navbar-nav">'
    for heading, items in menus:
        yield '<li class="nav-item dropdown">'
        yield f'<a class="nav-link dropdown-toggle" href="#">{_e(heading)}</a>'
        yield '<ul class="dropdown-menu">'
        yield from (f'<li class="dropdown-item">{_link(item)}</li>' for item in items)
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
    yield (
        "<style>"
        + "".join(
            f".c{i} .news-body p{{text-align:justify;line-height:1.{i % 10};margin:{i}px}}"
            for i in range(40)
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
    yield '<main id="main"><div class="container"><div class="row"><div class="col-lg-9">'
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
    yield '<button type="submit">Send</button></form></section></article></div></div></div></main>'


def render_html(page: Page) -> str:
    """The page as the site serves it: heavy head, menus, banner, article, footer menus."""
    parts = [*_head(page), '<body class="news-page"><div id="wrapper"><header class="site-header">']
    parts.extend(_menus(page.menus, "top-menu"))
    for banner in ("leader", "system", "close"):
        parts.append(
            f'<div class="banner-item"><img src="{BANNERS}{banner}.png" alt="{banner}"></div>'
        )
    parts.append(f'<div class="today">Today : {page.today_text}</div></header>')
    parts.extend(_article(page))
    parts.append('<footer class="site-footer">')
    parts.extend(_menus(page.footer_menus, "footer-menu"))
    parts.append(f'<div class="copyright">{COPYRIGHT}</div></footer></div>')
    document = "\n".join(parts)
    # Pages carry inline scripts (sliders, analytics, menus as data): they fill the page up.
    padding = page.target_bytes - len(document.encode()) - 40
    if padding > 0:
        filler = "".join(
            f'{{"id":{i},"k":"{page.title[i % 40 : i % 40 + 20]}"}},'
            for i in range(padding // 40 + 1)
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


def render_text(page: Page) -> str:
    """The page as `w3m -dump` shows it: bullets, wrapped at 79 columns, chrome kept."""
    out = [*_text_menus(page.menus), "", "leader", "system", "close"]
    out += [f"Today : {page.today_text}", page.short_title, ""]
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
    out += [*_text_menus(page.footer_menus), ""]
    out.append(COPYRIGHT)
    return "\n".join(out) + "\n"


@dataclasses.dataclass(frozen=True)
class Capture:
    """One generated file: its name, its bytes, and the page it shows."""

    name: str
    data: bytes
    page: Page


def generate(count: int, seed: int) -> tuple[list[Capture], list[Capture]]:
    """`count` HTML pages and their `count` text dumps."""
    words = Words(random.Random(seed))
    pages = [make_page(words, index) for index in range(count)]
    html_captures = [
        Capture(f"html/{page.news_code}.html", render_html(page).encode(), page) for page in pages
    ]
    text_captures = [
        Capture(f"text/{page.news_code}.txt", render_text(page).encode(), page) for page in pages
    ]
    return html_captures, text_captures


def write_corpus(folder: Path, captures: Sequence[Capture]) -> None:
    for capture in captures:
        path = folder / capture.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(capture.data)


def mismatches(capture: Capture) -> list[str]:
    """What newsparse gets wrong about a generated capture (nothing, when it works)."""
    page = capture.page
    try:
        record = newsparse.parse_bytes(capture.data, capture.name)
    except newsparse.CaptureError as error:
        return [f"{capture.name}: {error}"]
    expected = {
        "title": page.title,
        "kicker": page.kicker.rstrip(":"),
        "news_code": page.news_code,
        "published": page.published.replace(tzinfo=TEHRAN).isoformat(),
        "views": page.views,
        "study_minutes": page.study_minutes,
        "comment_count": len(page.comments),
        "categories": list(page.categories),
        "paragraphs": 1 + len(page.body),
        "warnings": [],
    }
    found = record.to_dict()
    found["paragraphs"] = len(record.body)
    return [
        f"{capture.name}: {key} is {found[key]!r}, expected {value!r}"
        for key, value in expected.items()
        if found[key] != value
    ]


# ---- measurements ------------------------------------------------------------------------


def best_seconds(work: Callable[[bytes], object], items: Sequence[bytes], rounds: int) -> float:
    """The fastest of `rounds` passes of `work` over every item, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        for data in items:
            work(data)
        best = min(best, time.perf_counter() - start)
    return best


def newsparse_html(data: bytes) -> object:
    return newsparse.parse_bytes(data, "page.html")


def newsparse_text(data: bytes) -> object:
    return newsparse.parse_bytes(data, "page.txt")


def lexbor_floor(data: bytes) -> object:
    """The least any HTML-to-text tool does: decode, parse, take the body's text."""
    body = LexborHTMLParser(data.decode("utf-8")).body
    return body.text(separator="\n") if body is not None else ""


def trafilatura_extract(data: bytes) -> object:
    import trafilatura

    return trafilatura.extract(data.decode("utf-8"))


def median_run_seconds(commands: Sequence[Sequence[str]], runs: int) -> list[float]:
    """Each command's median wall time over `runs` runs, the commands taking turns."""
    times: list[list[float]] = [[] for _ in commands]
    for round_ in range(runs + 2):
        for index, command in enumerate(commands):
            start = time.perf_counter()
            subprocess.run(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
            )
            if round_ >= 2:  # the first two warm the file cache
                times[index].append(time.perf_counter() - start)
    return [statistics.median(found) for found in times]


_PEAK_RSS = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - start)\n"
)


def peak_rss_kib(command: Sequence[str]) -> tuple[int, float]:
    """The largest resident set of the command and of the processes it started, and its time."""
    out = subprocess.run(
        [sys.executable, "-c", _PEAK_RSS, *command], capture_output=True, text=True, check=True
    ).stdout.split()
    return int(out[0]), float(out[1])


def link_files(folder: Path, sources: Sequence[Path], count: int) -> Path:
    """A folder of `count` captures, hard links to the corpus (no extra disk)."""
    folder.mkdir()
    for index in range(count):
        source = sources[index % len(sources)]
        os.link(source, folder / f"{index:06d}{source.suffix}")
    return folder


def long_capture(page: Page, size: int, render: Callable[[Page], str]) -> bytes:
    """A capture of about `size` bytes: the page with its body repeated."""
    one = len(render(page).encode())
    body_bytes = sum(len(text) for _, text in page.body) or 1
    repeats = max(1, (size - one) // body_bytes + 1)
    return render(dataclasses.replace(page, body=page.body * repeats, target_bytes=0)).encode()


# ---- the report --------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Row:
    """One line of the table: a figure, and the target it is held to (if any)."""

    what: str
    figure: str
    target: str = ""
    met: bool | None = None

    def verdict(self) -> str:
        return "" if self.met is None else "PASS" if self.met else "MISS"


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}/s ({1000 * seconds / count:.2f} ms each)"


def measure_parsers(args: argparse.Namespace, html: list[bytes], text: list[bytes]) -> list[Row]:
    """Pages per second for newsparse, the lexbor floor and trafilatura, on the same pages."""
    ours = best_seconds(newsparse_html, html, args.rounds)
    floor = best_seconds(lexbor_floor, html, args.rounds)
    subset = html[: args.trafilatura]
    theirs = best_seconds(trafilatura_extract, subset, 1)
    near_70kb = [data for data in html if 65_000 <= len(data) <= 75_000] or html
    per_70kb = best_seconds(newsparse_html, near_70kb, args.rounds) / len(near_70kb)
    text_seconds = best_seconds(newsparse_text, text, args.rounds)
    vs_trafilatura = (len(html) / ours) / (len(subset) / theirs)
    vs_floor = ours / floor
    mean_kb = sum(map(len, html)) / len(html) / 1000
    text_rate = len(text) / text_seconds
    return [
        Row(f"newsparse, HTML pages ({len(html)}, mean {mean_kb:.0f} KB)", _rate(len(html), ours)),
        Row("floor: lexbor parse + body text, same pages", _rate(len(html), floor)),
        Row(f"trafilatura.extract, first {len(subset)} of the pages", _rate(len(subset), theirs)),
        Row(
            "HTML: newsparse vs trafilatura",
            f"{vs_trafilatura:.1f}× faster",
            "≥ 20×",
            vs_trafilatura >= 20,
        ),
        Row(
            "HTML: newsparse time vs the floor", f"{vs_floor:.2f}× the floor", "≤ 2×", vs_floor <= 2
        ),
        Row(
            f"HTML: a 65-75 KB page ({len(near_70kb)} pages)",
            f"{1000 * per_70kb:.2f} ms",
            "< 5 ms",
            per_70kb < 0.005,
        ),
        Row(
            f"newsparse, text captures ({len(text)}), one process",
            _rate(len(text), text_seconds),
            "≥ 5,000/s",
            text_rate >= 5000,
        ),
    ]


def measure_cold_start(args: argparse.Namespace, one: Path) -> list[Row]:
    """`newsparse parse one.txt` next to importing what it cannot do without."""
    command = Path(sys.executable).with_name("newsparse")
    # An installed wheel comes with compiled modules; an editable install under
    # PYTHONDONTWRITEBYTECODE would compile ours from source on every run. Time what users get.
    package = Path(newsparse.__file__).parent
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(package)], check=True)
    ours, baseline = median_run_seconds(
        [
            [str(command), "parse", str(one)],
            [sys.executable, "-c", "import typer, selectolax.lexbor"],
        ],
        args.cold_runs,
    )
    ratio = ours / baseline
    return [
        Row(
            "cold start: `newsparse parse one.txt`",
            f"{1000 * ours:.0f} ms (median of {args.cold_runs})",
        ),
        Row('baseline: `python -c "import typer, selectolax.lexbor"`', f"{1000 * baseline:.0f} ms"),
        Row("cold start vs baseline", f"{ratio:.2f}×", "≤ 1.3×", ratio <= 1.3),
    ]


def measure_jobs(args: argparse.Namespace, folder: Path, sources: list[Path]) -> list[Row]:
    """`parse --jobs 2` over few and many files: peak RSS must not grow with the count."""
    command = Path(sys.executable).with_name("newsparse")
    rows, peaks = [], []
    for count in (args.few_files, args.many_files):
        files = link_files(folder / f"jobs-{count}", sources, count)
        peak, seconds = peak_rss_kib([str(command), "parse", "--jobs", "2", str(files)])
        peaks.append(peak)
        rows.append(
            Row(
                f"`parse --jobs 2`, {count:,} text files",
                f"peak RSS {peak / 1024:.1f} MiB, {count / seconds:,.0f} files/s",
            )
        )
    growth = peaks[1] / peaks[0]
    rows.append(
        Row(
            f"peak RSS, {args.many_files:,} vs {args.few_files:,} files",
            f"{growth:.2f}×",
            "≤ 1.2× (flat)",
            growth <= 1.2,
        )
    )
    return rows


def measure_growth(page: Page) -> list[Row]:
    """A 10 MB capture next to a 1 MB one: time must grow with size, not faster."""
    rows = []
    for label, render, work in (
        ("text", render_text, newsparse_text),
        ("HTML", render_html, newsparse_html),
    ):
        small, large = (long_capture(page, size, render) for size in (1_000_000, 10_000_000))
        seconds = [best_seconds(work, [data], 2) for data in (small, large)]
        growth = (seconds[1] / seconds[0]) / (len(large) / len(small))
        rows.append(
            Row(
                f"{label}: {len(large) / 1e6:.0f} MB vs {len(small) / 1e6:.0f} MB capture",
                f"{seconds[1]:.2f} s vs {seconds[0]:.3f} s; per byte {growth:.2f}×",
                "per byte ≤ 1.5×",
                growth <= 1.5,
            )
        )
    return rows


def warc_rows(figures: WarcFigures) -> list[Row]:
    """Pages/s from a WARC next to the same pages as files: in one process, and `--jobs 2`."""
    jobs = f"{figures.warc_jobs_rate:,.0f}/s vs {figures.files_jobs_rate:,.0f}/s"
    return [
        Row(
            f"WARC: {figures.pages:,} of the HTML pages, one .warc.gz ({figures.warc_mb:.1f} MB)",
            f"{figures.warc_rate:,.0f}/s, as files {figures.files_rate:,.0f}/s (CPU time)",
        ),
        Row("WARC vs files, one process", f"{figures.ratio:.0%}", "≥ 80%", figures.ratio >= 0.8),
        Row(
            "WARC vs files, `parse --jobs 2` (wall time)",
            f"{figures.jobs_ratio:.0%} ({jobs})",
            "≥ 80%",
            figures.jobs_ratio >= 0.8,
        ),
    ]


def table(rows: Sequence[Row]) -> str:
    lines = ["| measure | figure | target | |", "|---|---|---|---|"]
    lines += [f"| {row.what} | {row.figure} | {row.target} | {row.verdict()} |" for row in rows]
    return "\n".join(lines)


def machine() -> str:
    return (
        f"{dt.date.today().isoformat()}, {os.cpu_count()} cores ({platform.machine()}), "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}, "
        f"newsparse {newsparse.__version__}"
    )


def write_report(path: Path, report: str) -> None:
    """Put the report between the markers of `path`, keeping what stands around them."""
    block = f"{MARK_START}\n{report}\n{MARK_END}"
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if MARK_START in old and MARK_END in old:
        before, rest = old.split(MARK_START, 1)
        after = rest.split(MARK_END, 1)[1]
        new = before + block + after
    else:
        new = f"# Benchmarks\n\nWritten by `make bench` (`scripts/bench.py`).\n\n{block}\n"
    path.write_text(new, encoding="utf-8")


def options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--pages", type=int, default=2000, help="HTML pages, and as many text dumps"
    )
    parser.add_argument("--trafilatura", type=int, default=200, help="pages given to trafilatura")
    parser.add_argument("--rounds", type=int, default=3, help="passes per measure; the best counts")
    parser.add_argument("--cold-runs", type=int, default=20, help="runs per cold-start command")
    parser.add_argument("--few-files", type=int, default=1000)
    parser.add_argument("--many-files", type=int, default=10000)
    parser.add_argument("--warc-pages", type=int, default=1000, help="pages read from a WARC")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--write", metavar="FILE", type=Path, help="also write the table to FILE")
    return parser.parse_args()


def main() -> int:
    args = options()
    started = time.perf_counter()
    html_captures, text_captures = generate(args.pages, args.seed)
    wrong = [
        problem for capture in (*html_captures, *text_captures) for problem in mismatches(capture)
    ]
    if wrong:
        print(
            f"bench: the corpus parses wrong ({len(wrong)} problems):",
            *wrong[:20],
            sep="\n  ",
            file=sys.stderr,
        )
        return 1
    print(
        f"corpus: {args.pages} HTML pages and {args.pages} text dumps, all parse as generated",
        file=sys.stderr,
    )
    html_data = [capture.data for capture in html_captures]
    text_data = [capture.data for capture in text_captures]
    with tempfile.TemporaryDirectory(prefix="newsparse-bench-") as temporary:
        folder = Path(temporary)
        write_corpus(folder, text_captures)
        sources = sorted((folder / "text").iterdir())
        rows = measure_parsers(args, html_data, text_data)
        rows += measure_cold_start(args, sources[0])
        rows += measure_jobs(args, folder, sources)
        rows += measure_growth(html_captures[0].page)
        in_warc = html_captures[: args.warc_pages]
        write_corpus(folder, in_warc)
        figures = measure_warc(
            folder,
            [(capture.page.url, capture.data) for capture in in_warc],
            [folder / capture.name for capture in in_warc],
            args.rounds,
        )
        rows += warc_rows(figures)
    missed = sum(row.met is False for row in rows)
    summary = f"{sum(row.met is True for row in rows)} targets met, {missed} missed"
    took = time.perf_counter() - started
    report = f"{machine()}; the run took {took:.0f} s.\n\n{table(rows)}\n\n{summary}."
    print(report)
    if args.write is not None:
        write_report(args.write, report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
