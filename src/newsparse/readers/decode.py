"""Capture bytes to text: refuse what is not text, find the charset, say what was repaired."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
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

# Charsets whose bytes are all ASCII: such text is valid UTF-8 whatever it says.
_SEVEN_BIT_CHARSETS: Final = frozenset(
    {"iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004", "iso2022_jp_3"}
    | {"iso2022_jp_ext", "iso2022_kr", "hz"}
)
# The detector reads at most this much of a capture that is not UTF-8.
_SAMPLE: Final = 64 * 1024
_LONG_LINE: Final = 4096


def _bytes_1256(keep: Callable[[str], bool]) -> bytes:
    return bytes(byte for byte in range(0x80, 0x100) if keep(bytes([byte]).decode("cp1256")))


def _is_arabic_script(char: str) -> bool:
    # U+200C and U+200D join the parts of Persian words.
    return "\u0600" <= char <= "\u06ff" or char in "\u200c\u200d"


_ARABIC_1256: Final = _bytes_1256(_is_arabic_script)
_LETTERS_1256: Final = _bytes_1256(lambda char: _is_arabic_script(char) or char.isalpha())
# windows-1256 bytes as "a" where Arabic-script, " " elsewhere: words become runs of "a"s.
_ARABIC_MARKS_1256: Final = bytes(
    ord("a") if byte in _ARABIC_1256 else ord(" ") for byte in range(256)
)
# Thousands of letters settle it; more only cost time.
_ARABIC_1256_SAMPLE: Final = 16 * 1024
_ARABIC_1256_MIN_BYTES: Final = 16
_ARABIC_1256_SHARE: Final = 0.8
# The nine commonest letters of Persian, Arabic and Urdu make half their letters or more. KOI8
# Cyrillic and the GBK family also fall on Arabic letters in windows-1256, but on rare ones: a
# quarter of their bytes or fewer are these.
_COMMON_1256: Final = "ايورندهمل".encode("cp1256")
_COMMON_1256_SHARE: Final = 0.35


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
    """Text of capture bytes, the cheapest sure answer first: a BOM, then strict UTF-8, then the
    charset a wrapper or a <meta> declares, then the `fallback` charset (an HTTP header's) if
    the bytes fit it, then windows-1256 if they read as Arabic-script words in it, and only
    then a detector on a sample."""
    refuse_binary(data)
    for bom, bom_charset in _BOMS:
        if data.startswith(bom):
            return _decode_as(data[len(bom) :], bom_charset, "BOM")
    declared = _codec(charset) if charset is not None else None
    if declared is None and html:
        declared = _declared_charset(data[:_META_WINDOW])
    first_bad = 0
    # Non-ASCII text is valid UTF-8 by chance almost never, so valid UTF-8 wins over a
    # declaration (pages re-encoded by a server or a tool keep the <meta> they had). A 7-bit
    # charset's bytes are valid UTF-8 by construction, so its declaration is believed.
    if declared not in _SEVEN_BIT_CHARSETS:
        try:
            return _with_nul_warning(Decoded(data.decode("utf-8"), "utf-8"))
        except UnicodeDecodeError as error:
            first_bad = error.start
    # A page declared UTF-8 that is not holds another charset (a server re-encoded it, or an
    # editor saved it so): what the bytes are is found as for an undeclared page.
    if declared is not None and declared != "utf-8":
        return _decode_as(data, declared, "declared charset")
    if fallback is not None and (codec := _codec(fallback)) is not None:
        with suppress(UnicodeDecodeError):
            return _with_nul_warning(Decoded(data.decode(codec), codec))
    return _with_nul_warning(_detect(data, first_bad, utf8_declared=declared == "utf-8"))


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


def _detect(data: bytes, first_bad: int, *, utf8_declared: bool = False) -> Decoded:
    """Not UTF-8, and declared so or not at all: Arabic-script windows-1256 (the site's
    legacy charset), else UTF-8 with a few bad bytes, else what a detector finds in a
    sample. A page declared UTF-8 that holds valid UTF-8 beyond ASCII and a few bad bytes
    is UTF-8, damaged (a legacy charset's `©` is one byte, which breaks UTF-8); so is one
    declared nothing whose bad bytes are characters' tails that lost their lead byte."""
    sample = _sample(data, first_bad)
    if _reads_as_arabic_1256(sample):
        # windows-1256 maps every byte, so this cannot fail.
        return Decoded(
            data.decode("cp1256"), "cp1256", ("not UTF-8; decoded as cp1256 (detected)",)
        )
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd")
    valid_non_ascii = len(text) - len(text.encode("ascii", errors="ignore")) - replaced
    few = valid_non_ascii > 0 and replaced <= _STRAY_MAX
    damaged = few and (utf8_declared or _lost_lead_bytes(data))
    # (Declared UTF-8, ASCII but for a few characters cut short: a lead byte without the
    # bytes it needs, or one that never stands in text. A legacy charset's quotes and dashes
    # are lone continuation bytes.)
    damaged = damaged or (utf8_declared and replaced <= _STRAY_MAX and _cut_short(data))
    if damaged or len(_BAD_RUN.findall(text)) <= valid_non_ascii or _stray_bytes(data):
        return Decoded(text, "utf-8", ("invalid UTF-8 bytes replaced with U+FFFD",))
    from charset_normalizer import from_bytes  # loaded only for the rare non-UTF-8 capture

    best = from_bytes(sample).best()
    if best is not None and best.encoding not in ("utf_8", "ascii"):
        decoded = _decode_as(data, best.encoding, "detected")
        note = f"not UTF-8; decoded as {best.encoding} (detected)"
        return Decoded(decoded.text, decoded.charset, (note, *decoded.warnings))
    return Decoded(text, "utf-8", ("invalid UTF-8 bytes replaced with U+FFFD",))


# Bytes that no UTF-8 text holds and that the legacy charsets of pages in English put to
# letters hardly any text uses (`þ`, `ÿ` in windows-1252): a few of them in UTF-8 are damage.
_NEVER_TEXT: Final = b"\xfe\xff"
_STRAY_MAX: Final = 16


def _lost_lead_bytes(data: bytes) -> bool:
    r"""Whether every run of bytes that breaks the UTF-8 is the two or three continuation
    bytes of a character that lost its lead byte (a dash's `\xe2` gone, `\x80\x93` left).
    A legacy charset's quotes and dashes are one byte each beside ASCII (`\x93`), and its
    letters lead bytes (`é` is `\xe9` in windows-1252)."""
    runs = _BAD_BYTES.findall(data.decode("utf-8", errors="surrogateescape"))
    return bool(runs) and all(_LOST_TAIL.fullmatch(run) for run in runs)


# Bytes that break UTF-8, as `surrogateescape` decodes them; the tail of a character whose
# lead byte was lost: continuation bytes only.
_BAD_BYTES: Final = re.compile("[\udc80-\udcff]+")
_LOST_TAIL: Final = re.compile("[\udc80-\udcbf]{2,3}")


def _cut_short(data: bytes) -> bool:
    """Whether every run of bytes that breaks the UTF-8 is a character cut short, and one
    at least is sure to be: a lead byte and some of its bytes, or a byte never in text (a
    lone lead byte is as likely a legacy charset's letter, `é` in windows-1252)."""
    runs = _BAD_BYTES.findall(data.decode("utf-8", errors="surrogateescape"))
    sure = any(_SURELY_CUT.fullmatch(run) for run in runs)
    return sure and all(_CUT_SHORT.fullmatch(run) for run in runs)


_CUT_SHORT: Final = re.compile("[\udcc2-\udcf4][\udc80-\udcbf]{0,2}|[\udcfe\udcff]")
_SURELY_CUT: Final = re.compile("[\udce0-\udcf4][\udc80-\udcbf]{1,2}|[\udcfe\udcff]")


def _stray_bytes(data: bytes) -> bool:
    """Whether every byte that breaks the UTF-8 is one that never stands in text, and there
    are only a few: a damaged UTF-8 capture, not one in another charset."""
    cleaned = data.translate(None, _NEVER_TEXT)
    if not 0 < len(data) - len(cleaned) <= _STRAY_MAX:
        return False
    try:
        cleaned.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _sample(data: bytes, first_bad: int) -> bytes:
    """At most _SAMPLE bytes from the line holding the first byte that is not UTF-8: a page
    whose first kilobytes are ASCII script still shows its charset, and cutting at line ends
    splits no multi-byte character."""
    line_start = data.rfind(b"\n", 0, first_bad) + 1
    # In a long line (minified markup), the first bad byte is the nearest sure character start.
    begin = line_start if first_bad - line_start <= _LONG_LINE else first_bad
    end = begin + _SAMPLE
    if end < len(data):
        line_end = data.rfind(b"\n", begin, end)
        end = line_end + 1 if line_end > begin else end
    return data[begin:end]


def _reads_as_arabic_1256(sample: bytes) -> bool:
    """Whether the sample's letters, read as windows-1256, are nearly all Arabic-script words.

    Other charsets fail: in windows-1252 text a non-ASCII letter stands alone between ASCII ones;
    windows-125x Cyrillic, Greek or Hebrew letters land on Latin letters and symbols in
    windows-1256 as often as on Arabic ones; KOI8 and GBK land on rare Arabic letters; and
    damaged UTF-8 alternates a lead byte with a symbol."""
    sample = sample[:_ARABIC_1256_SAMPLE]
    # Splitting and counting bytes, not matching a pattern: a few C passes over the sample.
    words = sample.translate(_ARABIC_MARKS_1256).split()
    arabic = sum(map(len, words))
    if arabic < _ARABIC_1256_MIN_BYTES:
        return False
    in_words = arabic - words.count(b"a")
    letters = len(sample) - len(sample.translate(None, _LETTERS_1256))
    common = len(sample) - len(sample.translate(None, _COMMON_1256))
    return in_words >= _ARABIC_1256_SHARE * letters and common >= _COMMON_1256_SHARE * arabic
