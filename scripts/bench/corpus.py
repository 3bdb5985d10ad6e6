"""The corpus: captures of generated pages, written to a folder and checked against newsparse."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Sequence
from pathlib import Path

import newsparse

from .page import TEHRAN, Page, Words, make_page
from .render import render_html, render_text


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
    """Each capture as a file under `folder`, at its name."""
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
