"""Capture bytes to text: refuse what is not text, find the charset, say what was repaired."""

from __future__ import annotations

import codecs
import re
from contextlib import suppress
from dataclasses import dataclass
from typing import Final

from newsparse.errors import CaptureError

# Magic numbers of the binary files people most often point a batch at by mistake.
_MAGIC: Final = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
)
_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# An HTML page names its charset in a <meta> within its first kilobytes.
_META_WINDOW: Final = 4096
_META_CHARSET: Final = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)
# Python codecs that are no charset a page can be written in: they turn bytes into escapes
# or domain names, or fail by design, so a <meta> naming one is ignored.
_NOT_CHARSETS: Final = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape", "utf-7", "mbcs"}
)
# Text with more NUL bytes than this share (and no UTF-16/32 BOM) is binary.
_BINARY_NUL_SHARE: Final = 0.01
_SNIFF: Final = 8192
# Text in a legacy charset breaks UTF-8 at nearly every non-ASCII word, and forms a valid
# multi-byte sequence only by chance; damaged UTF-8 (a tool mangling one character, a cut
# download) has a few bad runs among many valid characters. So: at least as many valid
# non-ASCII characters as runs of bad bytes is damaged UTF-8, not another charset.
_BAD_RUN: Final = re.compile("\ufffd+")


@dataclass(frozen=True, slots=True)
class Decoded:
    """A capture's text with the charset used and what had to be repaired."""

    text: str
    charset: str
    warnings: tuple[str, ...] = ()


def refuse_binary(data: bytes) -> None:
    """CaptureError if the bytes are a known binary format or full of NUL bytes."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise CaptureError(f"binary file ({what}), not a capture")
    head = data[:_SNIFF]
    if head.count(0) > len(head) * _BINARY_NUL_SHARE and not data.startswith(
        tuple(bom for bom, _ in _BOMS[1:])
    ):
        raise CaptureError("binary file, not a capture")


def decode(
    data: bytes, *, html: bool = False, charset: str | None = None, fallback: str | None = None
) -> Decoded:
    """Text of capture bytes: BOM, then the charset a wrapper or a <meta> declares, then the
    `fallback` charset (an HTTP header's) if the bytes fit it, then UTF-8, then detection."""
    refuse_binary(data)
    for bom, bom_charset in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], bom_charset, "BOM")
    if charset is not None and _codec(charset) is not None:
        return _decode_as(data, _codec(charset) or "utf-8", "declared charset")
    if html:
        declared = _declared_charset(data[:_META_WINDOW])
        if declared is not None:
            return _decode_as(data, declared, "declared charset")
    if fallback is not None and (codec := _codec(fallback)) is not None:
        with suppress(UnicodeDecodeError):
            return _with_nul_warning(Decoded(data.decode(codec), codec))
    try:
        return _with_nul_warning(Decoded(data.decode("utf-8"), "utf-8"))
    except UnicodeDecodeError:
        pass
    return _with_nul_warning(_detect(data))


def _with_nul_warning(decoded: Decoded) -> Decoded:
    if "\x00" not in decoded.text:
        return decoded
    return Decoded(decoded.text, decoded.charset, (*decoded.warnings, "NUL bytes removed"))


def _declared_charset(head: bytes) -> str | None:
    found = _META_CHARSET.search(head)
    if found is None:
        return None
    return _codec(found.group(1).decode("ascii"))


def _codec(name: str) -> str | None:
    """Python's codec for a charset label, the way browsers read it; None if unknown."""
    try:
        info = codecs.lookup(name.strip().lower())
    except LookupError:
        return None
    codec = info.name
    if codec in _NOT_CHARSETS or not _decodes_bytes_to_text(codec):
        return None
    # Browsers read pages declared latin-1 or ascii as windows-1252 (the WHATWG rule),
    # and a page that declares UTF-16 in ASCII bytes cannot be UTF-16.
    if codec in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    return "utf-8" if codec.startswith("utf-16") else codec


def _decodes_bytes_to_text(codec: str) -> bool:
    """Whether `bytes.decode` takes the codec: it refuses base64, zlib, rot13 and the like."""
    try:
        b"a".decode(codec)
    except LookupError:
        return False
    except UnicodeError:
        pass  # a text codec, only not for this byte
    return True


def _decode_as(data: bytes, charset: str, why: str) -> Decoded:
    try:
        return Decoded(data.decode(charset), charset)
    except UnicodeDecodeError:
        text = data.decode(charset, errors="replace")
        return Decoded(
            text, charset, (f"undecodable bytes for {charset} ({why}) replaced with U+FFFD",)
        )


def _detect(data: bytes) -> Decoded:
    """Not UTF-8: UTF-8 with a few bad bytes stays UTF-8; else ask the charset detector."""
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    valid_non_ascii = sum(1 for char in text if char > "\x7f") - replaced
    if len(_BAD_RUN.findall(text)) <= valid_non_ascii:
        return Decoded(text, "utf-8", ("invalid UTF-8 bytes replaced with U+FFFD",))
    from charset_normalizer import from_bytes  # loaded only for the rare non-UTF-8 capture

    best = from_bytes(data[: 1 << 20]).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        decoded = _decode_as(data, best.encoding, "detected")
        note = f"not UTF-8; decoded as {best.encoding} (detected)"
        return Decoded(decoded.text, decoded.charset, (note, *decoded.warnings))
    return Decoded(text, "utf-8", ("invalid UTF-8 bytes replaced with U+FFFD",))
