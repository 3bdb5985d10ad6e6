"""WARC files built for the tests with warcio's writer, from the fixture pages."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass
class Response:
    """One HTTP response to store: the URL, body, its headers, and the record type."""

    url: str
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    headers: Sequence[tuple[str, str]] = ()
    date: str = "2024-11-02T08:30:00Z"
    status: str = "200 OK"
    record_type: str = "response"
    refers_to: str | None = None  # for a revisit: the WARC-Record-ID of its original
    record_id: str | None = None
    extra: dict[str, str] = field(default_factory=dict)


def build_warc(path: Path, responses: Sequence[Response], *, gzip: bool) -> list[int]:
    """Write the responses as WARC records (gzip per record or not); their offsets."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    offsets = []
    for item in responses:
        offsets.append(out.tell())
        writer.write_record(_record(writer, item))
    path.write_bytes(out.getvalue())
    return offsets


def _record(writer: WARCWriter, item: Response) -> object:
    warc_headers = {"WARC-Date": item.date, **item.extra}
    if item.record_id:
        warc_headers["WARC-Record-ID"] = item.record_id
    if item.record_type == "revisit":
        warc_headers["WARC-Refers-To"] = item.refers_to or ""
        warc_headers["WARC-Profile"] = (
            "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
        )
        http = StatusAndHeaders(
            item.status, [("Content-Type", item.content_type)], protocol="HTTP/1.1"
        )
        return writer.create_warc_record(
            item.url, "revisit", http_headers=http, warc_headers_dict=warc_headers
        )
    if item.record_type == "request":
        return writer.create_warc_record(
            item.url,
            "request",
            payload=io.BytesIO(item.body),
            warc_content_type="application/http; msgtype=request",
            warc_headers_dict=warc_headers,
        )
    http = StatusAndHeaders(
        item.status, [("Content-Type", item.content_type), *item.headers], protocol="HTTP/1.1"
    )
    return writer.create_warc_record(
        item.url,
        "response",
        payload=io.BytesIO(item.body),
        http_headers=http,
        warc_headers_dict=warc_headers,
    )
