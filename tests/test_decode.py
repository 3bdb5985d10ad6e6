"""Bytes to text: the cheap answers (UTF-8, a declaration, Arabic-script windows-1256) come
before the charset detector, and the detector reads only a sample."""

from __future__ import annotations

import charset_normalizer
import pytest

from newsparse.readers.decode import decode

# windows-1256 has no Persian yeh (U+06CC) nor Persian digits: pages in it use the Arabic yeh
# (U+064A) and ASCII digits.
PERSIAN_PAGE = (
    '<html dir="rtl"><head><title>نمايشگاه توانمندي‌هاي فناوري ايران در بغداد</title></head>\n'
    "<body><p>کد خبر : 71958</p>\n"
    "<p>به گزارش مرکز ارتباطات و اطلاع‌رساني معاونت علمي و فناوري رياست جمهوري، "
    "اين نمايشگاه با حضور 45 شرکت دانش‌بنيان در بغداد گشايش يافت.</p></body></html>\n"
)
DETECTED_1256 = ("not UTF-8; decoded as cp1256 (detected)",)
RUSSIAN = (
    "Москва является столицей России, городом федерального значения, административным "
    "центром Центрального федерального округа и центром Московской области.\n"
)


@pytest.fixture
def no_detector(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> object:
        raise AssertionError("charset-normalizer was called")

    monkeypatch.setattr(charset_normalizer, "from_bytes", refuse)


@pytest.fixture
def detector_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lengths of what charset-normalizer was given, call by call."""
    lengths: list[int] = []
    real = charset_normalizer.from_bytes

    def counted(data: bytes, *args: object, **kwargs: object) -> object:
        lengths.append(len(data))
        return real(data, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(charset_normalizer, "from_bytes", counted)
    return lengths


@pytest.mark.usefixtures("no_detector")
def test_a_windows_1256_persian_page_declaring_nothing_is_read_without_the_detector() -> None:
    decoded = decode(PERSIAN_PAGE.encode("cp1256"), html=True)
    assert decoded.text == PERSIAN_PAGE
    assert decoded.charset == "cp1256"
    assert decoded.warnings == DETECTED_1256


@pytest.mark.usefixtures("no_detector")
@pytest.mark.parametrize("line_end", ["\n", ""], ids=["lines", "minified"])
def test_persian_after_kilobytes_of_ascii_script_is_still_seen(line_end: str) -> None:
    line = "var menu = ['/Portal/Home.aspx', '/Portal/News.aspx'];" + line_end
    page = PERSIAN_PAGE.replace("<head>", f"<head><script>{line * 1500}</script>")
    assert len(page) > 80_000
    decoded = decode(page.encode("cp1256"), html=True)
    assert decoded.text == page
    assert decoded.charset == "cp1256"


@pytest.mark.usefixtures("no_detector")
def test_a_utf8_page_whose_meta_says_windows_1256_is_utf8() -> None:
    page = PERSIAN_PAGE.replace("<head>", '<head><meta charset="windows-1256">')
    decoded = decode(page.encode("utf-8"), html=True)
    assert decoded.text == page
    assert (decoded.charset, decoded.warnings) == ("utf-8", ())


@pytest.mark.usefixtures("no_detector")
def test_a_utf8_page_a_wrapper_calls_windows_1256_is_utf8() -> None:
    decoded = decode("<p>پارک علم</p>".encode(), html=True, charset="windows-1256")
    assert decoded.text == "<p>پارک علم</p>"
    assert decoded.charset == "utf-8"


@pytest.mark.usefixtures("no_detector")
def test_a_windows_1256_page_an_http_header_calls_utf8_is_windows_1256() -> None:
    decoded = decode(PERSIAN_PAGE.encode("cp1256"), html=True, fallback="utf-8")
    assert decoded.text == PERSIAN_PAGE
    assert decoded.charset == "cp1256"


@pytest.mark.usefixtures("no_detector")
def test_a_page_declared_latin_1_is_read_as_windows_1252() -> None:
    # Browsers read ISO-8859-1 as windows-1252: 0x80 is the euro sign, 0x92 a quote.
    data = b'<meta charset="iso-8859-1"><p>Caf\xe9 na\xefve, 5 \x80, it\x92s \xabfine\xbb</p>'
    decoded = decode(data, html=True)
    assert decoded.text == '<meta charset="iso-8859-1"><p>Café naïve, 5 €, it’s «fine»</p>'
    assert (decoded.charset, decoded.warnings) == ("cp1252", ())


def test_an_english_windows_1252_page_declaring_nothing_is_read_right() -> None:
    page = (
        "<p>Dehghani’s visit to Cuba’s Vaccine Institute – “a turning point”, he said…</p>\n"
        "<p>The deputy for science said the two countries would work on vaccines.</p>\n"
    )
    decoded = decode(page.encode("cp1252"), html=True)
    assert decoded.text == page
    assert decoded.warnings[0].startswith("not UTF-8; decoded as")


def test_german_windows_1252_declaring_nothing_is_not_taken_for_windows_1256() -> None:
    page = "<p>Die Straßenbahn fährt über die Brücke; größere Änderungen gibt es nächste Woche.</p>"
    decoded = decode(page.encode("cp1252"), html=True)
    assert decoded.charset != "cp1256"
    assert "Straßenbahn fährt über die Brücke" in decoded.text


@pytest.mark.parametrize("charset", ["cp1251", "koi8_r"])
def test_cyrillic_declaring_nothing_is_not_taken_for_windows_1256(charset: str) -> None:
    # KOI8 puts Cyrillic letters where windows-1256 has Arabic ones, but rare ones.
    decoded = decode((RUSSIAN * 3).encode(charset))
    assert decoded.charset != "cp1256"


def test_the_detector_reads_a_bounded_sample_of_a_big_file(detector_reads: list[int]) -> None:
    text = RUSSIAN * 20_000  # 2.8 MB
    decoded = decode(text.encode("cp1251"))
    assert decoded.text == text
    assert decoded.warnings == ("not UTF-8; decoded as cp1251 (detected)",)
    assert detector_reads
    assert max(detector_reads) <= 64 * 1024


@pytest.mark.usefixtures("no_detector")
def test_damaged_utf8_persian_stays_utf8() -> None:
    page = PERSIAN_PAGE.encode("utf-8").replace("بغداد".encode(), b"\xff", 1)
    decoded = decode(page, html=True)
    assert decoded.charset == "utf-8"
    assert "\ufffd" in decoded.text
    assert "اطلاع‌رساني معاونت" in decoded.text
    assert decoded.warnings == ("invalid UTF-8 bytes replaced with U+FFFD",)


@pytest.mark.usefixtures("no_detector")
def test_a_declared_seven_bit_charset_is_believed_though_its_bytes_are_valid_utf8() -> None:
    page = '<meta charset="iso-2022-jp"><p>東京都</p>'
    decoded = decode(page.encode("iso2022_jp"), html=True)
    assert decoded.text == page
    assert decoded.charset == "iso2022_jp"


def test_an_english_utf8_capture_with_a_few_stray_bytes_stays_utf8() -> None:
    # A mostly ASCII capture holds too few letters for a detector to weigh: three bytes no
    # text uses are damage, not a sign of some other charset.
    text = "The park opened a second building for start-ups working on medical devices.\n" * 40
    data = text.encode().replace(b"second", b"sec\xffnd", 3)
    decoded = decode(data)
    assert decoded.charset == "utf-8"
    assert decoded.text.count("\ufffd") == 3
    assert decoded.warnings == ("invalid UTF-8 bytes replaced with U+FFFD",)


@pytest.mark.usefixtures("no_detector")
def test_a_persian_page_declared_utf8_in_windows_1256_bytes_is_read_as_windows_1256() -> None:
    page = PERSIAN_PAGE.replace("<head>", '<head><meta charset="utf-8">')
    decoded = decode(page.encode("cp1256"), html=True)
    assert decoded.text == page
    assert (decoded.charset, decoded.warnings) == ("cp1256", DETECTED_1256)


def test_a_page_declared_utf8_with_a_few_damaged_bytes_stays_utf8() -> None:
    page = '<meta charset="utf-8"><p>' + "نمایشگاه فناوری " * 40 + "</p>"
    data = page.encode("utf-8")
    damaged = data[:80] + data[81:]  # one byte of a two-byte letter lost
    decoded = decode(damaged, html=True)
    assert decoded.charset == "utf-8"
    assert decoded.text.count("\ufffd") == 1


def test_a_utf8_page_with_a_few_legacy_quote_bytes_is_utf8_with_those_replaced() -> None:
    # (A legacy charset's `©` is one byte, which breaks UTF-8: a valid `©` says UTF-8.)
    head = b'<html><head><meta charset="UTF-8"></head><body>'
    data = head + b"<p>He said \x93data is an asset\x94.</p><p>\xc2\xa9 INSF</p></body></html>"
    decoded = decode(data, html=True)
    assert decoded.charset == "utf-8"
    assert "He said \ufffddata is an asset\ufffd." in decoded.text
    assert "© INSF" in decoded.text
    assert decoded.warnings == ("invalid UTF-8 bytes replaced with U+FFFD",)


def test_text_whose_dashes_lost_their_lead_byte_is_damaged_utf8_not_cp1250() -> None:
    # Each en dash lost its first byte (`\xe2\x80\x93` to `\x80\x93`); the valid `©` says
    # UTF-8, and no byte left is a lead byte, as a legacy charset's letters would be.
    text = (
        "The project is led by the virology group \u2013 the first in Iran to publish weekly "
        "readings \u2013 with the city's water company.\n"
    ) * 3 + "Copyright \u00a9 Iran National Science Foundation. All rights reserved\n"
    data = text.encode("utf-8").replace(b"\xe2\x80\x93", b"\x80\x93")
    decoded = decode(data)
    assert decoded.charset == "utf-8"
    assert decoded.text.count("\ufffd\ufffd") == 6
    assert "Copyright \u00a9 Iran National Science Foundation" in decoded.text
    assert decoded.warnings == ("invalid UTF-8 bytes replaced with U+FFFD",)


def test_windows_1252_quotes_and_dashes_beside_a_letter_are_not_lost_lead_bytes() -> None:
    # `É”` happens to be a valid UTF-8 letter; the lone quote and dash bytes are no tail of
    # a character that lost its lead byte.
    text = (
        "He met them at the \u201cCAF\u00c9\u201d on Enghelab Street \u2013 the only one open.\n"
        * 4
    )
    decoded = decode(text.encode("cp1252"))
    assert decoded.charset != "utf-8"
    assert "\ufffd" not in decoded.text


def test_an_ascii_page_declared_utf8_with_characters_cut_short_stays_utf8() -> None:
    # No valid character beyond ASCII to tell by: the declaration and the shape of the bad
    # bytes do (a lead byte short of the bytes it needs, a byte never in text).
    body = b"<p>drones with ther\xffal cameras, a col\xc3ur map, said Sara Moh\xe2\x80bbi.</p>"
    data = b'<html><head><meta charset="utf-8"></head><body>' + body * 3 + b"</body></html>"
    decoded = decode(data, html=True)
    assert decoded.charset == "utf-8"
    assert decoded.text.count("\ufffd") == 9
    assert decoded.warnings == ("invalid UTF-8 bytes replaced with U+FFFD",)
    # Undeclared, the same bytes are left to the detector; so are a legacy charset's letters
    # under a UTF-8 declaration, each a lone lead byte (`é` in windows-1252).
    assert decode(body * 3).charset != "utf-8"
    legacy = "<p>Jos\u00e9 Garc\u00eda opened the caf\u00e9 of the park.</p>".encode("cp1252")
    declared = decode(b'<html><head><meta charset="utf-8"></head><body>' + legacy * 3, html=True)
    assert "\ufffd" not in declared.text
