"""WARC files to captures: each HTML or text response from the site's hosts, as its payload
with what the record says of it (URL, date, HTTP charset), read one record at a time.

warcio does the WARC and HTTP framing, chunked transfer and gzip/deflate/brotli content
encoding. Memory stays flat: a record's payload is held only while it is handed on, and
revisits are resolved through an index of record ids and payload digests to offsets that
goes to a temporary database once it outgrows memory (`warc_index`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import IO, TYPE_CHECKING, Any, Final
from urllib.parse import urlsplit

from newsparse.errors import CaptureError, os_reason
from newsparse.parse import Fallback
from newsparse.readers.warc_index import Originals
from newsparse.readers.wayback import original_url

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

# Hosts of the site and its sister sites on the same CMS; subdomains (en., www.) included.
SITE_DOMAINS: Final = ("isti.ir", "bmn.ir")
_PAGE_TYPES: Final = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
_AT_OFFSET: Final = re.compile(r"(?P<path>.+\.warc(?:\.gz)?)#(?P<offset>\d{1,18})", re.IGNORECASE)
_CHARSET: Final = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_READ: Final = 1 << 16


@dataclass(frozen=True, slots=True)
class WarcCapture:
    """A page inside a WARC: its payload, where it is (`file#offset`), what the record says."""

    source: str
    data: bytes
    fallback: Fallback


@dataclass(frozen=True, slots=True)
class WarcSkip:
    """A record that is no page of the site, and why; `failed` if it should have been one."""

    source: str
    reason: str
    failed: bool = False


@dataclass(frozen=True, slots=True)
class WarcStart:
    """The start of a WARC file's records."""

    path: str


@dataclass(frozen=True, slots=True)
class WarcEnd:
    """The end of a WARC file: how many records it held, and a warning if it was cut off."""

    path: str
    records: int
    warning: str | None = None


WarcItem = WarcCapture | WarcSkip


def split_offset(source: str) -> tuple[str, int] | None:
    """`crawl.warc.gz#81234` as its path and offset; None for any other source."""
    found = _AT_OFFSET.fullmatch(source)
    return (found["path"], int(found["offset"])) if found else None


def warc_items(
    path: str, *, max_bytes: int, domains: tuple[str, ...] = SITE_DOMAINS
) -> Iterator[WarcItem | WarcEnd]:
    """Every record of a WARC file as a capture or a skip, in file order, then its WarcEnd.
    CaptureError if the file cannot be opened or holds no WARC record at all."""
    from warcio.archiveiterator import ArchiveIterator

    count, warning = 0, None
    with _open(path) as file, _open(path) as again, Originals() as originals:
        records: Any = ArchiveIterator(file, block_size=_READ)
        while True:
            try:
                record = next(records)
            except StopIteration:
                break
            except Exception as error:  # warcio raises many kinds on damaged framing
                if count == 0:
                    raise CaptureError(f"not a WARC file ({_reason(error)})") from None
                warning = f"damaged after record {count} ({_reason(error)}); records before kept"
                break
            if record.format != "warc":  # warcio reads what it cannot frame as an ARC record
                if count == 0:
                    raise CaptureError("not a WARC file (no WARC/1.x record header)")
                warning = (
                    f"damaged after record {count} (no WARC record header); records before kept"
                )
                break
            count += 1
            # The payload is read before the offset: asking warcio for the offset first
            # makes it skip the record's content.
            try:
                item = _item(record, max_bytes, domains, originals, again)
            except CaptureError as error:
                item = str(error), True
            except _Truncated as cut:
                source = f"{path}#{_offset(records)}"
                warning = f"{source}: last record cut off ({cut}); the records before it are kept"
                yield WarcSkip(source, "truncated record")
                break
            offset = records.get_record_offset()
            if isinstance(item, _Page):
                if record.rec_type == "response":
                    _remember(record, offset, originals)
                yield WarcCapture(f"{path}#{offset}", item.data, item.fallback)
            else:
                yield WarcSkip(f"{path}#{offset}", *item)
    yield WarcEnd(path, count, warning)


def warc_item_at(path: str, offset: int, *, max_bytes: int) -> WarcItem:
    """The record at `offset` of a WARC file (`show crawl.warc.gz#81234`), revisits resolved."""
    from warcio.archiveiterator import ArchiveIterator

    with _open(path) as file:
        file.seek(offset)
        try:
            record = next(iter(ArchiveIterator(file)))
        except Exception as error:
            raise CaptureError(f"no WARC record at offset {offset} ({_reason(error)})") from None
        with _open(path) as again, Originals() as originals:
            if record.rec_type == "revisit":
                _index(path, offset, originals)
            try:
                item = _item(record, max_bytes, (), originals, again)
            except _Truncated as cut:
                raise CaptureError(f"record cut off ({cut})") from None
    source = f"{path}#{offset}"
    if isinstance(item, _Page):
        return WarcCapture(source, item.data, item.fallback)
    return WarcSkip(source, *item)


@dataclass(frozen=True, slots=True)
class _Page:
    data: bytes
    fallback: Fallback


# Why a record is skipped, and whether that is a failure.
_Skip = tuple[str, bool]


def _offset(records: Any) -> str:
    try:
        return str(records.get_record_offset())
    except Exception:  # the framing is too damaged to say where the record began
        return "?"


class _Truncated(Exception):
    """The payload ends before the record's Content-Length says it should."""


def _open(path: str) -> IO[bytes]:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise CaptureError("no such file") from None
    except OSError as error:
        raise CaptureError(os_reason(error)) from None


def _reason(error: Exception) -> str:
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__


def _item(
    record: ArcWarcRecord,
    max_bytes: int,
    domains: tuple[str, ...],
    originals: Originals,
    again: IO[bytes],
) -> _Page | _Skip:
    """A record's page, or why it is skipped; `domains` empty accepts every host."""
    if record.rec_type not in ("response", "revisit"):
        return f"{record.rec_type} record", False
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    if domains and not _on_site(uri, domains):
        return "another host", False
    page = record
    if record.rec_type == "revisit":
        found = _original(record, originals, again)
        if found is None:
            return "revisit of a record not in this file", False
        page = found
    media, charset = _content_type(page)
    if media not in _PAGE_TYPES or not _status_ok(page):
        return f"not a page ({media or 'no content type'})", False
    data = _payload(page, max_bytes)
    return _Page(data, Fallback(charset, uri or None, _day(record), media != "text/plain"))


def _on_site(uri: str, domains: tuple[str, ...]) -> bool:
    try:
        host = (urlsplit(original_url(uri) or uri).hostname or "").lower().rstrip(".")
    except ValueError:
        return False
    return any(host == domain or host.endswith(f".{domain}") for domain in domains)


def _content_type(record: ArcWarcRecord) -> tuple[str, str | None]:
    headers = record.http_headers
    value = (headers.get_header("Content-Type") if headers else None) or ""
    charset = _CHARSET.search(value)
    return value.split(";")[0].strip().lower(), charset.group(1) if charset else None


def _status_ok(record: ArcWarcRecord) -> bool:
    headers = record.http_headers
    status = str(headers.get_statuscode() or "") if headers else ""
    return status.startswith("2")


def _payload(record: ArcWarcRecord, max_bytes: int) -> bytes:
    """The HTTP body, decoded from its transfer and content encodings; _Truncated if cut off."""
    try:
        # One read to the end of the record (or one byte past the limit): warcio's reader
        # loops over its blocks in one call, and the bytes are not copied again.
        data: bytes = record.content_stream().read(max_bytes + 1)
    except Exception as error:  # a cut-off gzip or chunked body fails to decode
        raise _Truncated(_reason(error)) from None
    if len(data) > max_bytes:
        raise CaptureError(f"larger than the --max-bytes limit ({max_bytes} bytes)")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        raise _Truncated(f"{missing} bytes missing")
    return data


def _day(record: ArcWarcRecord) -> str | None:
    """The date of `WARC-Date`, YYYY-MM-DD, if it is one."""
    value = (record.rec_headers.get_header("WARC-Date") or "")[:10]
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _remember(record: ArcWarcRecord, offset: int, originals: Originals) -> None:
    for name in ("WARC-Record-ID", "WARC-Payload-Digest"):
        key = record.rec_headers.get_header(name)
        if key:
            originals.add(key.strip(), offset)


def _original(
    record: ArcWarcRecord, originals: Originals, again: IO[bytes]
) -> ArcWarcRecord | None:
    """The response a revisit stands for, read again from its offset in the same file."""
    from warcio.archiveiterator import ArchiveIterator

    for name in ("WARC-Refers-To", "WARC-Payload-Digest"):
        offset = originals.get((record.rec_headers.get_header(name) or "").strip())
        if offset is not None:
            again.seek(offset)
            found: ArcWarcRecord = next(iter(ArchiveIterator(again)))
            return found
    return None


def _index(path: str, before: int, originals: Originals) -> None:
    """Record ids and payload digests of the responses before an offset (to resolve a revisit)."""
    from warcio.archiveiterator import ArchiveIterator

    with _open(path) as file:
        records: Any = ArchiveIterator(file)
        for record in records:
            offset = records.get_record_offset()
            if offset >= before:
                break
            if record.rec_type == "response":
                _remember(record, offset, originals)
