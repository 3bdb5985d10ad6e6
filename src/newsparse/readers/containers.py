"""Captures inside a wrapper: gzip-compressed files and single-file MHTML saves."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from newsparse.errors import CaptureError, too_large

if TYPE_CHECKING:
    from email.message import Message

_GZIP_MAGIC: Final = b"\x1f\x8b"
_MHTML_HEAD: Final = re.compile(rb"^[\w-]+:", re.MULTILINE)
_MULTIPART: Final = re.compile(rb"content-type:\s*multipart/related", re.IGNORECASE)
_CHUNK: Final = 1 << 16


@dataclass(frozen=True, slots=True)
class Unwrapped:
    """The capture inside its wrapper, with what the wrapper said about it."""

    data: bytes
    charset: str | None = None
    url: str | None = None
    warnings: tuple[str, ...] = ()


def unwrap(data: bytes, *, max_bytes: int) -> Unwrapped:
    """Take a capture out of gzip and MHTML wrappers; plain captures pass through."""
    warnings: tuple[str, ...] = ()
    if data.startswith(_GZIP_MAGIC):
        data, warnings = _gunzip(data, max_bytes)
    head = data[:4096]
    if _MHTML_HEAD.match(head) and _MULTIPART.search(head):
        return _mhtml(data, warnings)
    return Unwrapped(data, warnings=warnings)


def _gunzip(data: bytes, max_bytes: int) -> tuple[bytes, tuple[str, ...]]:
    """Decompress in bounded steps, so a small bomb cannot grow past the size limit."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    out = bytearray()
    try:
        pending = data
        while pending and not inflater.eof:
            out += inflater.decompress(pending, _CHUNK)
            pending = inflater.unconsumed_tail
            if len(out) > max_bytes:
                raise too_large(max_bytes)
    except zlib.error as error:
        if not out:
            raise CaptureError(f"broken gzip data ({error})") from None
        return bytes(out), ("gzip data is corrupt; read what came before the damage",)
    if not inflater.eof:
        return bytes(out), ("gzip data ends early; the capture may be truncated",)
    return bytes(out), ()


def _mhtml(data: bytes, warnings: tuple[str, ...]) -> Unwrapped:
    """The first text/html part of a MIME multipart save, decoded from its transfer encoding."""
    # Imported here: the email package is slow to load and only MHTML needs it.
    import email
    import email.policy

    message = email.message_from_bytes(data, policy=email.policy.compat32)
    url = _header(message, "Snapshot-Content-Location") or _header(message, "Content-Location")
    for part in message.walk():
        if part.get_content_type() == "text/html":
            return Unwrapped(
                _payload(part),
                charset=part.get_content_charset(),
                url=url or _header(part, "Content-Location"),
                warnings=warnings,
            )
    raise CaptureError("MHTML file with no HTML part")


def _header(part: Message, name: str) -> str | None:
    """A header's text; compat32 gives a Header object, not a str, when it holds raw 8-bit bytes."""
    value = part.get(name)
    if value is None:
        return None
    return str(value).strip() or None


def _payload(part: Message) -> bytes:
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""
