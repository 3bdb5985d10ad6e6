"""WARC input: crawls built here with warcio's writer from the fixture pages."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, load_json
from newsparse.cli.app import app
from newsparse.readers.warc import WarcCapture, WarcEnd, WarcSkip, warc_items
from warc_build import Response, build_warc

runner = CliRunner()
META_1256 = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
CRAWL_DATE = "2024-11-02T08:30:00Z"


def _page(folder: str) -> bytes:
    return (FIXTURES / folder / "page.html").read_bytes()


def _chunked(data: bytes, size: int = 700) -> bytes:
    parts = [data[i : i + size] for i in range(0, len(data), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n"


def crawl() -> list[Response]:
    """A crawl: pages of the site, other hosts, non-HTML, a revisit, a page not a news page."""
    return [
        Response("https://en.isti.ir/News/x/61847", _page("en-full-header"), record_id="<urn:a>"),
        Response("https://en.isti.ir/logo.png", b"\x89PNG\r\n\x1a\n....", content_type="image/png"),
        Response(
            "https://en.isti.ir/news/1",
            b"GET /news/1 HTTP/1.1\r\nHost: en.isti.ir\r\n\r\n",
            record_type="request",
        ),
        Response("https://www.example.org/news/1", _page("en-bare-kicker")),
        Response("https://en.isti.ir/", b"<html><body><p>Home</p><p>Menu</p></body></html>"),
        Response(
            "https://isti.ir/fa/news/71958",
            _page("html-table-1256").replace(META_1256, b""),
            content_type="text/html; charset=windows-1256",
        ),
        Response(
            "https://en.isti.ir/News/x/61847",
            b"",
            record_type="revisit",
            refers_to="<urn:a>",
            date="2025-03-04T05:06:07Z",
        ),
        Response("https://en.isti.ir/news/2", b"", record_type="revisit", refers_to="<urn:gone>"),
        Response(
            "https://en.isti.ir/News/date-only/30217",
            _chunked(gzip.compress(_page("en-date-only"))),
            headers=[("Content-Encoding", "gzip"), ("Transfer-Encoding", "chunked")],
        ),
    ]


@pytest.fixture(params=[True, False], ids=["gzip-per-record", "uncompressed"])
def warc(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / ("crawl.warc.gz" if request.param else "crawl.warc")
    return path, build_warc(path, crawl(), gzip=request.param)


def _expected(folder: str, **changes: object) -> dict[str, object]:
    expected = load_json(FIXTURES / folder / "expected.json")
    expected.pop("html_url", None)
    return {**expected, **changes}


def _records(output: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in output.splitlines()]


def test_parse_gives_the_news_pages_and_a_summary_line(warc: tuple[Path, list[int]]) -> None:
    path, offsets = warc
    result = runner.invoke(app, ["parse", str(path)])
    assert result.exit_code == 0
    records = _records(result.stdout)
    assert [r["source"] for r in records] == [f"{path}#{offsets[i]}" for i in (0, 5, 6, 8)]
    assert result.stderr == f"{path}: 9 records, 4 news pages, 5 skipped\n"
    full_header = {k: v for k, v in records[0].items() if k not in ("source", "format")}
    assert full_header == {
        **_expected("en-full-header"),
        "url": load_json(FIXTURES / "en-full-header" / "expected.json")["html_url"],
    }


def test_the_http_charset_decodes_a_page_declaring_none(warc: tuple[Path, list[int]]) -> None:
    path, _ = warc
    record = _records(runner.invoke(app, ["parse", str(path)]).stdout)[1]
    for key in ("source", "format"):
        record.pop(key)
    # The page shows no capture date and no URL: the record's WARC headers give them.
    assert record == _expected(
        "html-table-1256", url="https://isti.ir/fa/news/71958", captured_on="2024-11-02"
    )


def test_a_revisit_is_its_original_page_under_its_own_date(warc: tuple[Path, list[int]]) -> None:
    path, _ = warc
    original, _, revisit, _ = _records(runner.invoke(app, ["parse", str(path)]).stdout)
    assert {**original, "source": "-"} == {**revisit, "source": "-"}


def test_chunked_gzip_body_and_warc_date_fallback(warc: tuple[Path, list[int]]) -> None:
    path, _ = warc
    record = _records(runner.invoke(app, ["parse", str(path)]).stdout)[3]
    assert record["news_code"] == 30217
    assert record["title"] == load_json(FIXTURES / "en-date-only" / "expected.json")["title"]
    assert record["url"] == "https://en.isti.ir/News/date-only/30217"
    assert record["captured_on"] == "2024-11-02"


def test_the_reader_says_why_each_record_is_skipped(warc: tuple[Path, list[int]]) -> None:
    path, offsets = warc
    items = list(warc_items(str(path), max_bytes=1 << 20))
    kinds = [item.reason if isinstance(item, WarcSkip) else type(item).__name__ for item in items]
    assert kinds == [
        "WarcCapture",
        "not a page (image/png)",
        "request record",
        "another host",
        "WarcCapture",  # the home page: HTML of the site, left to the parser
        "WarcCapture",
        "WarcCapture",
        "revisit of a record not in this file",
        "WarcCapture",
        "WarcEnd",
    ]
    assert items[-1] == WarcEnd(str(path), 9, None)
    capture = items[5]
    assert isinstance(capture, WarcCapture)
    assert capture.fallback.charset == "windows-1256"
    assert capture.source == f"{path}#{offsets[5]}"


def test_a_truncated_last_record_warns_and_keeps_the_ones_before(tmp_path: Path) -> None:
    for compressed in (True, False):
        path = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
        offsets = build_warc(path, crawl(), gzip=compressed)
        path.write_bytes(path.read_bytes()[:-300])
        result = runner.invoke(app, ["parse", str(path)])
        assert result.exit_code == 0
        assert [r["source"] for r in _records(result.stdout)] == [
            f"{path}#{offsets[i]}" for i in (0, 5, 6)
        ]
        warning, summary = result.stderr.splitlines()
        assert warning.startswith(f"newsparse: warning: {path}#{offsets[8]}: last record cut off")
        assert summary == f"{path}: 9 records, 3 news pages, 6 skipped"


def test_show_and_check_find_a_record_by_its_offset(warc: tuple[Path, list[int]]) -> None:
    path, offsets = warc
    shown = runner.invoke(app, ["show", f"{path}#{offsets[6]}"])
    assert shown.exit_code == 0
    assert shown.stdout.startswith(f"== {path}#{offsets[6]} ==\ntitle        Knowledge-based")
    png = runner.invoke(app, ["show", f"{path}#{offsets[1]}"])
    assert png.exit_code == 1
    assert png.stderr == f"newsparse: error: {path}#{offsets[1]}: not a page (image/png)\n"
    checked = runner.invoke(app, ["check", f"{path}#{offsets[0]}"])
    assert checked.exit_code == 0
    assert "1 passed, 0 failed" in checked.stdout


def test_directories_hold_warc_files_and_bad_ones_are_named(tmp_path: Path) -> None:
    build_warc(tmp_path / "a.warc", crawl()[:1], gzip=False)
    (tmp_path / "b.warc.gz").write_bytes(gzip.compress(b"this is no WARC file\n"))
    result = runner.invoke(app, ["parse", str(tmp_path)])
    assert result.exit_code == 1
    assert len(_records(result.stdout)) == 1
    lines = result.stderr.splitlines()
    assert lines[0] == f"{tmp_path / 'a.warc'}: 1 records, 1 news pages, 0 skipped"
    assert lines[1].startswith(f"newsparse: error: {tmp_path / 'b.warc.gz'}: not a WARC file (")


def test_jobs_keep_the_order_and_the_summary(warc: tuple[Path, list[int]]) -> None:
    path, _ = warc
    one = runner.invoke(app, ["parse", str(path)])
    two = runner.invoke(app, ["parse", "--jobs", "2", str(path)])
    assert (two.exit_code, two.stdout, two.stderr) == (0, one.stdout, one.stderr)


def test_a_payload_past_max_bytes_fails_and_the_next_record_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    small = b"<html><body><p>Home</p></body></html>"
    offsets = build_warc(
        path,
        [Response("https://en.isti.ir/a", b"x" * 5000), Response("https://en.isti.ir/", small)],
        gzip=True,
    )
    items = list(warc_items(str(path), max_bytes=len(small)))
    assert items[0] == WarcSkip(
        f"{path}#{offsets[0]}", f"larger than the --max-bytes limit ({len(small)} bytes)", True
    )
    assert isinstance(items[1], WarcCapture)
    assert items[1].data == small
