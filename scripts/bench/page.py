"""A generated news page: what it shows, drawn from a seeded random source."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from typing import Final
from zoneinfo import ZoneInfo

TEHRAN: Final = ZoneInfo("Asia/Tehran")
MONTHS: Final = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
WEEKDAYS: Final = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
STOP_WORDS: Final = ("of", "the", "and", "in", "for", "to", "with", "on")
PERSIAN_CATEGORIES: Final = ("اخبار معاونت ها و مراکز", "اخبار پارک‌های علم و فناوری")
CONSONANTS: Final = "b d f g h k l m n p r s t v z sh kh ch".split()
VOWELS: Final = "a e i o u a e a".split()


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
    sidebar: tuple[tuple[str, str, int | None], ...]  # headline, date, views
    sidebar_first: bool  # a table layout: the side column comes first in the markup
    script_bytes: int  # inline script and style

    @property
    def url(self) -> str:
        slug = "-".join(self.title.split()[:8])
        return f"https://en.isti.ir/News/{slug}/{self.news_code}"

    @property
    def date_text(self) -> str:
        return _date_text(self.published)

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


def _date_text(when: dt.datetime) -> str:
    return f"{MONTHS[when.month - 1]} {when.day} {when.year} - {when.hour}:{when.minute:02d}"


def _split(total: int, parts: int) -> list[int]:
    """`total` items spread over `parts` groups as evenly as they go."""
    return [total // parts + (i < total % parts) for i in range(parts)]


def make_page(words: Words, index: int) -> Page:
    """A page in the site's current layout padded with real-size chrome: a 150-item menu, a
    40-headline sidebar with dates, 60 footer links and about 30 KB of inline script and
    style; about 48 KB in all."""
    rng = words.rng
    published = dt.datetime(2017, 1, 1) + dt.timedelta(minutes=rng.randint(0, 7 * 365 * 24 * 60))
    title = words.title()
    body: list[tuple[str, str]] = []
    for _ in range(rng.randint(2, 9)):
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
        # The CMS counts about 200 words a minute.
        study_minutes=max(1, round(sum(len(text.split()) for _, text in body) / 200)),
        today=published.date() + dt.timedelta(days=rng.randint(1, 900)),
        lead=words.paragraph(),
        body=tuple(body),
        categories=tuple(dict.fromkeys(categories)),
        comments=comments,
        menus=tuple(
            (words.name(), tuple(words.name() for _ in range(count)))
            for count in _split(150 - 10, 10)
        ),
        footer_menus=tuple(
            (words.name(), tuple(words.name() for _ in range(count))) for count in _split(55, 5)
        ),
        sidebar=tuple(
            (
                " ".join(words.words(5, 10)).capitalize(),
                _date_text(published - dt.timedelta(minutes=rng.randint(0, 90 * 24 * 60))),
                rng.randint(20, 4000) if rng.random() < 0.5 else None,
            )
            for _ in range(40)
        ),
        sidebar_first=rng.random() < 0.3,
        script_bytes=rng.randint(20_000, 32_000),
    )
