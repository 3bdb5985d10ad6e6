"""What a wrapper (a WARC record) passes in for the page to fall back on, and counts past int64."""

from __future__ import annotations

import dataclasses

from conftest import FIXTURES, load_json
from newsparse import parse_bytes, parse_text
from newsparse.parse import Fallback
from newsparse.record import Record

TABLE_1256 = FIXTURES / "html-table-1256"
FULL_HEADER = FIXTURES / "en-full-header"
META_CHARSET = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'


def _without_meta_charset() -> bytes:
    page = (TABLE_1256 / "page.html").read_bytes()
    assert META_CHARSET in page
    return page.replace(META_CHARSET, b"")


def _expected(folder: str, **changes: object) -> dict[str, object]:
    expected = load_json(FIXTURES / folder / "expected.json")
    expected.pop("html_url", None)
    return {**expected, **changes}


def _compared(record: Record) -> dict[str, object]:
    data = record.to_dict()
    for key in ("source", "format", "url"):
        data.pop(key)
    return data


def test_http_charset_decodes_a_page_that_declares_none() -> None:
    fallback = Fallback(charset="windows-1256", html=True)
    record = parse_bytes(_without_meta_charset(), "crawl.warc#10", fallback=fallback)
    assert _compared(record) == _expected("html-table-1256")
    assert record.format == "html"


def test_without_the_http_charset_the_same_bytes_need_guessing() -> None:
    record = parse_bytes(_without_meta_charset(), "crawl.warc#10")
    assert any("not UTF-8" in warning for warning in record.warnings)


def test_the_pages_own_charset_wins_over_the_http_header() -> None:
    page = (TABLE_1256 / "page.html").read_bytes()
    record = parse_bytes(page, "crawl.warc#10", fallback=Fallback(charset="utf-8"))
    assert _compared(record) == _expected("html-table-1256")


def test_url_and_capture_date_fall_back_when_the_page_shows_none() -> None:
    fallback = Fallback(url="https://isti.ir/news/71958", captured_on="2021-09-30")
    record = parse_bytes((TABLE_1256 / "page.html").read_bytes(), "c.warc#0", fallback=fallback)
    assert record.url == "https://isti.ir/news/71958"
    assert record.captured_on == "2021-09-30"


def test_the_pages_own_url_and_capture_date_win_over_the_fallbacks() -> None:
    fallback = Fallback(url="https://example.org/other", captured_on="2000-01-01")
    record = parse_bytes((FULL_HEADER / "page.html").read_bytes(), "c.warc#0", fallback=fallback)
    assert record.url == load_json(FULL_HEADER / "expected.json")["html_url"]
    assert record.captured_on == "2024-10-17"


def test_an_old_portal_id_in_the_fallback_url_is_the_news_code() -> None:
    page = (TABLE_1256 / "page.html").read_bytes().replace(b"71958", b"")
    fallback = Fallback(url="http://www.isti.ir/index.aspx?newsview=4242")
    record = parse_bytes(page, "c.warc#0", fallback=fallback)
    assert record.news_code == 4242


def _paste(views: str, comments: str, code: str) -> str:
    text = (FULL_HEADER / "paste.txt").read_text(encoding="utf-8")
    return (
        text.replace("  • 1,204\n", f"  • {views}\n")
        .replace("There are 2 comment(s)", f"There are {comments} comment(s)")
        .replace("News code : 61847", f"News code : {code}")
    )


def test_counts_past_int64_become_null_with_a_warning() -> None:
    text = _paste("99999999999999999999999999", "99999999999999999999", "9223372036854775808")
    record = parse_text(text, "mutated.txt")
    assert (record.views, record.comment_count, record.news_code) == (None, None, None)
    assert [w for w in record.warnings if "past any real count" in w] == [
        "view count 99999999999999999999999999 is past any real count; left out",
        "news code 9223372036854775808 is past any real count; left out",
        "comment count 99999999999999999999 is past any real count; left out",
    ]
    original = parse_text(_paste("1,204", "2", "61847"), "mutated.txt")
    assert (
        dataclasses.replace(
            record, views=1204, comment_count=2, news_code=61847, warnings=original.warnings
        )
        == original
    )


def test_the_largest_int64_is_kept_and_a_long_digit_run_left_out() -> None:
    record = parse_text(_paste("9,223,372,036,854,775,807", "3", "1" * 250), "mutated.txt")
    assert record.views == 2**63 - 1
    assert record.comment_count == 3
    assert record.news_code is None
    assert f"news code {'1' * 40}… is past any real count; left out" in record.warnings
