"""A WARC written by `wget --warc-file` from a local http.server serving fixture pages."""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import FIXTURES, load_json
from newsparse.cli.app import app

WGET = shutil.which("wget")
PAGES = ("en-full-header", "fa-persian-digits", "old-portal")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        """No request log on the test's stderr."""


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    root = tmp_path / "site"
    for name in PAGES:
        (root / name).mkdir(parents=True)
        shutil.copy(FIXTURES / name / "page.html", root / name / "index.html")
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.skipif(WGET is None, reason="wget is not installed")
def test_a_wget_crawl_gives_each_page_its_record(site: str, tmp_path: Path) -> None:
    urls = [f"{site}/{name}/" for name in PAGES]
    # No keep-alive: http.server closes each connection, which wget would otherwise reuse.
    options = ["-q", "--no-proxy", "--no-http-keep-alive", "--tries=3", "--timeout=10"]
    command = [str(WGET), *options, "--warc-file", str(tmp_path / "crawl"), "-O", "/dev/null"]
    subprocess.run([*command, *urls], check=True, cwd=tmp_path, timeout=60)
    warc = tmp_path / "crawl.warc.gz"
    # Served from 127.0.0.1, no record is of the site's hosts; by offset each is a page.
    result = CliRunner().invoke(app, ["parse", str(warc)])
    offsets, total = _response_offsets(warc)
    assert result.stdout == ""
    assert result.stderr == f"{warc}: {total} records, 0 news pages, {total} skipped\n"
    assert len(offsets) == len(PAGES)
    for name, offset in zip(PAGES, offsets, strict=True):
        shown = CliRunner().invoke(app, ["parse", f"{warc}#{offset}"])
        assert shown.exit_code == 0, shown.stderr
        record = json.loads(shown.stdout)
        expected = load_json(FIXTURES / name / "expected.json")
        assert record["title"] == expected["title"]
        assert record["news_code"] == expected["news_code"]
        assert record["published"] == expected["published"]
        assert record["url"] == (expected.get("html_url") or f"{site}/{name}/")


def _response_offsets(warc: Path) -> tuple[list[int], int]:
    """The offsets of the response records, and how many records the file holds."""
    from warcio.archiveiterator import ArchiveIterator

    offsets, total = [], 0
    with warc.open("rb") as file:
        records = ArchiveIterator(file)
        for record in records:
            total += 1
            if record.rec_type == "response":
                record.content_stream().read()
                offsets.append(records.get_record_offset())
    return offsets, total
