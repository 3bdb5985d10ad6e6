"""The revisit index past its in-memory bound: revisits resolve as they do in memory."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import pytest

from conftest import FIXTURES
from newsparse.readers import warc_index
from newsparse.readers.warc import WarcCapture, WarcSkip, warc_item_at, warc_items
from newsparse.readers.warc_index import Originals
from warc_build import Response, build_warc

ORIGINAL = (FIXTURES / "en-full-header" / "page.html").read_bytes()
SHARED = b"<html><body><p>The same payload twice</p></body></html>"
SHARED_DIGEST = "sha1:" + base64.b32encode(hashlib.sha1(SHARED).digest()).decode()


def _filler(count: int) -> list[Response]:
    """Pages of the site with distinct ids and payloads, to push the index past its bound."""
    return [
        Response(f"https://en.isti.ir/news/{n}", b"<html><body><p>%d</p></body></html>" % n)
        for n in range(count)
    ]


def _crawl() -> list[Response]:
    return [
        Response("https://en.isti.ir/News/x/61847", ORIGINAL, record_id="<urn:a>"),
        Response("https://en.isti.ir/shared", SHARED, content_type="text/html; charset=cp1256"),
        *_filler(2),
        Response("https://en.isti.ir/shared-again", SHARED, content_type="text/plain"),
        Response(
            "https://en.isti.ir/News/x/61847",
            b"",
            record_type="revisit",
            refers_to="<urn:a>",
            date="2025-03-04T05:06:07Z",
        ),
        Response(
            "https://en.isti.ir/shared",
            b"",
            record_type="revisit",
            refers_to="<urn:not-here>",
            extra={"WARC-Payload-Digest": SHARED_DIGEST},
        ),
        Response("https://en.isti.ir/news/9", b"", record_type="revisit", refers_to="<urn:gone>"),
    ]


@pytest.fixture
def crawl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, list[int]]:
    # Two keys a response: the index goes to disk after the second and the fourth, and holds
    # the fifth's (the same payload as the second's) in memory.
    monkeypatch.setattr(warc_index, "MEMORY_KEYS", 3)
    path = tmp_path / "crawl.warc.gz"
    return str(path), build_warc(path, _crawl(), gzip=True)


def test_a_revisit_of_a_record_held_on_disk_is_its_original(crawl: tuple[str, list[int]]) -> None:
    path, offsets = crawl
    items = list(warc_items(path, max_bytes=1 << 20))
    revisit = items[5]
    assert isinstance(revisit, WarcCapture)
    assert revisit.source == f"{path}#{offsets[5]}"
    assert revisit.data == ORIGINAL
    assert revisit.fallback.captured_on == "2025-03-04"
    assert items[7] == WarcSkip(f"{path}#{offsets[7]}", "revisit of a record not in this file")


def test_a_digest_stands_for_its_first_response_across_the_bound(
    crawl: tuple[str, list[int]],
) -> None:
    path, _ = crawl
    by_digest = list(warc_items(path, max_bytes=1 << 20))[6]
    assert isinstance(by_digest, WarcCapture)
    assert by_digest.data == SHARED
    # The first response with this payload said cp1256 and HTML; the second, text without one.
    assert (by_digest.fallback.charset, by_digest.fallback.html) == ("cp1256", True)


def test_show_resolves_a_revisit_past_the_bound(crawl: tuple[str, list[int]]) -> None:
    path, offsets = crawl
    found = warc_item_at(path, offsets[5], max_bytes=1 << 20)
    assert isinstance(found, WarcCapture)
    assert (found.source, found.data) == (f"{path}#{offsets[5]}", ORIGINAL)


def test_the_index_goes_to_disk_only_past_its_bound_and_keeps_first_offsets() -> None:
    with Originals(memory_keys=3) as originals:
        for offset, key in enumerate(["a", "b", "a", "c"]):
            originals.add(key, offset * 10)
        assert not originals.on_disk
        originals.add("d", 40)
        assert originals.on_disk
        for offset, key in enumerate(["b", "e", "d"], start=5):
            originals.add(key, offset * 10)
        found = {key: originals.get(key) for key in "abcdef"}
    assert found == {"a": 0, "b": 10, "c": 30, "d": 40, "e": 60, "f": None}
    assert not originals.on_disk
