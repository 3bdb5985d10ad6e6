"""Pages saved from the Wayback Machine: original URL, capture date, toolbar as chrome.

The pages in tests/data/wayback/ are our own writing; the values below are read off them by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse import parse_path
from newsparse.readers.html import html_lines
from newsparse.readers.wayback import Archived, archived_page, archived_url, original_url

PAGES = Path(__file__).parent / "data" / "wayback"
PUBLISHER = "Vice-Presidency for Science and Technology"

BROWSER_SAVE = {
    "format": "html",
    "language": "en",
    "layout": "current",
    "url": "https://en.isti.ir/News/Solar-dryers-for-date-growers/40512",
    "news_code": 40512,
    "kicker": "A company of the provincial science park reported",
    "title": "Solar dryers help date growers of Sistan and Baluchestan",
    "published": "2019-08-14T11:40:00+04:30",
    "captured_on": "2019-08-15",
    "views": 356,
    "study_minutes": 1,
    "categories": ["NEWS", "Agriculture"],
    "comment_count": 0,
    "body": [
        "Farmers in Sistan and Baluchestan now dry dates with solar dryers built by a company"
        " of the province's science park.",
        "Each dryer handles two tonnes a day and needs no fuel.",
    ],
    "word_count": 31,
    "publisher": PUBLISHER,
    "warnings": [],
}
DOWNLOADED = {
    "format": "html",
    "language": "en",
    "layout": "current",
    "url": "https://en.isti.ir/News/Water-sensors-for-Isfahan-farms/40977",
    "news_code": 40977,
    "kicker": None,
    "title": "Water sensors reach the farms of Isfahan",
    "published": "2019-12-30",
    "captured_on": "2020-01-02",
    "views": 1020,
    "study_minutes": 0,
    "categories": ["NEWS"],
    "comment_count": 3,
    "body": [
        "Soil moisture sensors made by a young company now tell farmers in Isfahan when to"
        " water their fields."
    ],
    "word_count": 18,
    "publisher": PUBLISHER,
    "warnings": [],
}


@pytest.mark.parametrize(
    ("name", "expected"), [("browser-save.html", BROWSER_SAVE), ("downloaded.html", DOWNLOADED)]
)
def test_a_wayback_page_gives_the_original_page_record(
    name: str, expected: dict[str, object]
) -> None:
    record = parse_path(PAGES / name).to_dict()
    assert record.pop("source") == str(PAGES / name)
    assert record == expected


def test_the_toolbar_is_chrome() -> None:
    lines, _ = html_lines((PAGES / "browser-save.html").read_text(encoding="utf-8"))
    texts = [line.text for line in lines]
    assert texts[0] == "Solar dryers help date growers of Sistan and Baluchestan"
    for toolbar_text in ("Wayback Machine", "7 captures", "About this capture", "AUG", "2018"):
        assert not any(toolbar_text in text for text in texts)


def test_a_capture_date_the_page_shows_wins_over_the_timestamp(tmp_path: Path) -> None:
    page = (PAGES / "downloaded.html").read_text(encoding="utf-8")
    page = page.replace('<main class="content">', "<div>Today : Friday Jan 3 2020</div><main>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert parse_path(tmp_path / "page.html").captured_on == "2020-01-03"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://web.archive.org/web/20190815063012/https://en.isti.ir/News/x/40512",
            Archived("https://en.isti.ir/News/x/40512", "2019-08-15"),
        ),
        (
            "/web/20200102030405id_/http://www.isti.ir/index.aspx?newsview=5123",
            Archived("http://www.isti.ir/index.aspx?newsview=5123", "2020-01-02"),
        ),
        (
            "http://web.archive.org/web/20170301im_/https:/en.isti.ir/News/y/7",
            Archived("https://en.isti.ir/News/y/7", "2017-03-01"),
        ),
        (
            "//web.archive.org/web/20180506070809/en.isti.ir/News/z/9",
            Archived("http://en.isti.ir/News/z/9", "2018-05-06"),
        ),
        (  # month 13: no day
            "https://web.archive.org/web/20191399000000/https://en.isti.ir/a/1",
            Archived("https://en.isti.ir/a/1", None),
        ),
    ],
)
def test_wayback_urls_give_the_original_url_and_day(url: str, expected: Archived) -> None:
    assert archived_url(url) == expected


def test_other_urls_are_no_wayback_urls() -> None:
    assert original_url("https://en.isti.ir/News/x/40512") is None
    assert original_url("https://example.org/web/20190815063012/https://en.isti.ir/") is None
    assert archived_page("<html><body>No archive here.</body></html>") is None


@pytest.mark.parametrize(
    "toolbar",
    [
        "The Wayback Machine - https://web.archive.org/web/20230920071522/https://\n"
        "en.isti.ir/News/Nano-firms-sign-contracts/94318\nToday : Wednesday Sep 20 2023",
        "The Wayback Machine - https://web.archive.org/web/20230920071522/https://en.isti.ir/News/\n"
        "Nano-firms-sign-contracts/94318\nToday : Wednesday Sep 20 2023",
    ],
)
def test_a_toolbar_url_a_text_tool_wrapped_at_a_slash_is_read_whole(toolbar: str) -> None:
    assert archived_page(toolbar) == Archived(
        "https://en.isti.ir/News/Nano-firms-sign-contracts/94318", "2023-09-20"
    )


def test_a_toolbar_url_followed_by_the_next_line_stays_whole() -> None:
    toolbar = (
        "The Wayback Machine - https://web.archive.org/web/20230920071522/"
        "https://en.isti.ir/News/x/94318\nToday : Wednesday Sep 20 2023"
    )
    assert archived_page(toolbar) == Archived("https://en.isti.ir/News/x/94318", "2023-09-20")


def test_a_wayback_address_a_text_tool_wrapped_over_three_lines_is_whole() -> None:
    text = (
        "The Wayback Machine - https://web.archive.org/web/20191211102733/https://\n"
        "en.bmn.ir/en-US/News/Returnee-fellowship-extended-to-postdoctoral-researchers/\n"
        "1472\n"
        "Wednesday 11 December 2019\n"
    )
    found = archived_page(text)
    assert found == Archived(
        "https://en.bmn.ir/en-US/News/Returnee-fellowship-extended-to-postdoctoral-researchers/1472",
        "2019-12-11",
    )
