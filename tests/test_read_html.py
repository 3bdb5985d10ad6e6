"""HTML captures to lines and metadata; bytes to text in the right charset; wrappers."""

from __future__ import annotations

import gzip
import re

import pytest

import newsparse
from conftest import REFERENCE
from newsparse.grammar.lines import Line, make_line
from newsparse.readers.decode import decode
from newsparse.readers.html import html_lines


def texts(html: str) -> list[str]:
    return [line.text for line in html_lines(html)[0]]


def test_blocks_list_items_and_breaks_become_lines() -> None:
    html = (
        "<div>Today : Thursday Oct 17 2024<div><span>Title</span> <b>here</b></div></div>"
        "<ul><li>Sep 15 2023 - 10:00</li><li>218</li></ul>"
        "<p>first<br>second &amp; third&nbsp;part</p><table><tr><td>a</td><td>b</td></tr></table>"
    )
    assert texts(html) == [
        "Today : Thursday Oct 17 2024",
        "Title here",
        "Sep 15 2023 - 10:00",
        "218",
        "first",
        "second & third part",
        "a b",
    ]
    lines = html_lines(html)[0]
    assert [line.bullet for line in lines] == [False, False, True, True, False, False, False]


def test_a_table_row_is_a_line_unless_its_cells_hold_blocks() -> None:
    html = (
        "<table><tr><th>Year</th><th>Companies</th></tr><tr><td>1399</td><td>2140</td></tr>"
        "<tr><td><p>The lead.</p><p>More.</p></td><td><div>Most viewed</div></td></tr></table>"
    )
    assert texts(html) == ["Year Companies", "1399 2140", "The lead.", "More.", "Most viewed"]


def test_what_a_reader_never_sees_is_left_out() -> None:
    html = (
        "<head><title>T</title><style>p{}</style></head><body>"
        "<script>var title = 'fake';</script>"
        "<template><p>tpl</p></template><svg><text>svg</text></svg><!-- a comment -->"
        "<form><input type=hidden name=a value=secret><input type=text></form>"
        "<p hidden>hidden</p><p style='display: none'>none</p><p>kept</p></body>"
    )
    assert texts(html) == ["kept"]


def test_a_noscripts_text_is_read_and_its_unclosed_paragraph_swallows_nothing() -> None:
    # The text browsers print what `<noscript>` holds (a notice the grammar reads as one, or
    # the text a page's script would have filled in); its unclosed tags end with it.
    html = (
        "<BODY><NOSCRIPT><P>Please enable JavaScript.</NOSCRIPT>"
        "<TABLE><TR><TD><P>The lead.<P>More.</TD></TR></TABLE></BODY>"
    )
    assert texts(html) == ["Please enable JavaScript.", "The lead.", "More."]
    # In the head, where a block would end the head, it is left out.
    head = "<head><noscript><style>p{}</style></noscript><title>T</title></head><p>kept</p>"
    assert texts(head) == ["kept"]


def test_comments_and_inline_markup_do_not_break_a_line() -> None:
    html = "<p>New<!-- x -->s <span>c<b>od</b>e</span> : <custom-tag>5</custom-tag></p><p>next</p>"
    assert texts(html) == ["News code : 5", "next"]


def test_preformatted_text_breaks_only_at_its_own_newlines() -> None:
    html = "<pre>a\nb<b>c</b><p>d</p><br>e<script>f</script>\ng</pre><pre hidden>h</pre>after"
    assert texts(html) == ["a", "bcdef", "g", "after"]


def test_hidden_inside_hidden_and_a_hidden_body_show_nothing() -> None:
    html = "<div hidden><p style='DISPLAY : none'>x</p>y</div><p style='color: red'>kept</p>"
    assert texts(html) == ["kept"]
    assert texts("<body style='visibility:hidden'><p>x</p></body>") == []


def test_icon_font_glyphs_and_soft_hyphens_are_not_text() -> None:
    html = "<ul><li><i>&#xf073;</i> Jul 30 2023 - 8:45</li></ul><h1>Re&shy;searchers</h1>"
    assert texts(html) == ["Jul 30 2023 - 8:45", "Researchers"]


def test_the_url_comes_from_canonical_then_og_then_json_ld() -> None:
    canonical = '<link rel="canonical" href="https://en.isti.ir/News/a/1">'
    og = '<meta property="og:url" content="https://en.isti.ir/News/b/2">'
    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "url": "https://en.isti.ir/News/c/3"}</script>'
    assert html_lines(f"<head>{canonical}{og}{ld}</head>")[1].url == "https://en.isti.ir/News/a/1"
    assert html_lines(f"<head>{og}{ld}</head>")[1].url == "https://en.isti.ir/News/b/2"
    assert html_lines(f"<head>{ld}</head>")[1].url == "https://en.isti.ir/News/c/3"
    assert html_lines("<p>x</p>")[1].url is None


def test_deep_nesting_is_walked_without_recursion() -> None:
    depth = 4_000
    html = "<div>" * depth + "deep" + "</div>" * depth
    assert texts(html) == ["deep"]


def test_nesting_deeper_than_any_page_is_refused_at_once() -> None:
    depth = 100_000
    html = "<div>" * depth + "deep" + "</div>" * depth
    with pytest.raises(newsparse.CaptureError, match="HTML nested more than 5000 elements deep"):
        html_lines(html)


def test_unclosed_paragraphs_and_cells_add_no_depth() -> None:
    html = "<table>" + "<tr><td><p>cell" * 6_000 + "</table>"
    assert texts(html)[:2] == ["cell", "cell"]


# windows-1256 has no Persian yeh (U+06CC): pages in it use the Arabic yeh (U+064A).
PERSIAN = "کد خبر : 123 - پارک‌هاي علم و فناوري"


def test_windows_1256_declared_in_meta_is_decoded() -> None:
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
    page = f"{meta}<p>{PERSIAN}</p>"
    decoded = decode(page.encode("cp1256"), html=True)
    assert decoded.charset == "cp1256"
    assert PERSIAN in decoded.text
    assert decoded.warnings == ()


def test_a_bom_wins_over_the_declared_charset() -> None:
    page = '<meta charset="windows-1256"><p>پارک</p>'
    decoded = decode(b"\xef\xbb\xbf" + page.encode("utf-8"), html=True)
    assert "پارک" in decoded.text


def test_undecodable_bytes_become_replacement_characters_and_a_warning() -> None:
    decoded = decode(b"<meta charset=utf-8><p>ok \xff\xfe bytes</p>", html=True)
    assert "\ufffd" in decoded.text
    assert decoded.warnings == ("invalid UTF-8 bytes replaced with U+FFFD",)


def test_utf16_with_bom_is_decoded() -> None:
    text = REFERENCE.read_text(encoding="utf-8")
    assert decode(text.encode("utf-16")).text == text


def test_gzip_captures_are_read_transparently() -> None:
    data = gzip.compress(REFERENCE.read_bytes(), mtime=0)
    assert newsparse.parse_bytes(data, "page.txt.gz").news_code == 93801


def test_truncated_gzip_gives_what_it_holds_with_a_warning() -> None:
    data = gzip.compress(REFERENCE.read_bytes(), mtime=0)
    record = newsparse.parse_bytes(data[: len(data) * 2 // 3], "page.txt.gz")
    assert record.title == "Dehghani's visit to Cuba's Vaccine Institute and Biotechnology Center"
    assert "gzip data ends early; the capture may be truncated" in record.warnings


def test_a_gzip_bomb_is_refused_at_the_size_limit() -> None:
    data = gzip.compress(b" " * 2_000_000, mtime=0)
    with pytest.raises(
        newsparse.CaptureError, match=re.escape("larger than the size limit (1000000 bytes)")
    ):
        newsparse.parse_bytes(data, "bomb.txt.gz", max_bytes=1_000_000)


def test_a_document_that_starts_like_html_is_html_whatever_its_name() -> None:
    page = (
        "<!DOCTYPE html><html><body><p>Title</p>"
        "<ul><li>Sep 15 2023 - 10:00</li><li>218</li></ul></body></html>"
    )
    record = newsparse.parse_bytes(page.encode(), "capture.dat")
    assert record.format == "html"
    assert record.published == "2023-09-15T10:00:00+03:30"


@pytest.mark.parametrize(
    "label", ["base64", "rot13", "zlib", "hex", "bz2", "quopri", "punycode", "undefined", "utf-7"]
)
def test_a_meta_naming_a_codec_that_is_no_charset_is_ignored(label: str) -> None:
    page = f'<meta charset="{label}"><p>پارک</p><p>News code : 5</p>'
    decoded = decode(page.encode("utf-8"), html=True)
    assert decoded.charset == "utf-8"
    assert "پارک" in decoded.text


def test_mhtml_whose_location_header_holds_raw_bytes_keeps_its_url() -> None:
    # Saved by hand or damaged in transit: an 8-bit byte in a header that should be ASCII.
    mhtml = (
        b"From: <Saved by Blink>\r\n"
        b"Snapshot-Content-Location: https://en.isti.ir/N\xc3\xa9ws/Item/93801\r\n"
        b"MIME-Version: 1.0\r\n"
        b'Content-Type: multipart/related; type="text/html"; boundary="B"\r\n\r\n'
        b"--B\r\nContent-Type: text/html\r\n\r\n"
        b"<html><body><p>A title</p><ul><li>News code : 93801</li></ul></body></html>\r\n"
        b"--B--\r\n"
    )
    record = newsparse.parse_bytes(mhtml, "page.mhtml")
    assert record.news_code == 93801
    assert record.url is not None
    assert record.url.startswith("https://en.isti.ir/N")
    assert record.url.endswith("ws/Item/93801")


def test_base_href_is_the_url_only_when_it_names_a_news_page() -> None:
    def base(href: str) -> str | None:
        return html_lines(f'<head><base href="{href}"></head><p>x</p>')[1].base_url

    old = "https://en.isti.ir/index.aspx?siteid=30&pageid=2157&newsview=36011"
    assert base(old.replace("&", "&amp;")) == old
    assert base("https://en.isti.ir/News/Slug/93801") == "https://en.isti.ir/News/Slug/93801"
    assert base("https://en.isti.ir/") is None  # the site's root, for its relative links
    assert base("portal/index.aspx?newsview=1") is None  # relative: no URL of its own
    assert base("http://[رونق توليد]/News/1") is None  # a host that is no address


def test_base_href_comes_after_every_other_statement_of_the_url() -> None:
    base = '<base href="https://en.isti.ir/index.aspx?siteid=30&amp;newsview=36011">'
    canonical = '<link rel="canonical" href="https://en.isti.ir/News/a/1">'
    page = "<p>Home Page > news</p><p>Number : 36011</p>"
    record = newsparse.parse_html(f"<head>{base}</head>{page}")
    assert (record.url, record.news_code) == (
        "https://en.isti.ir/index.aspx?siteid=30&newsview=36011",
        36011,
    )
    assert (
        newsparse.parse_html(f"<head>{base}{canonical}</head>{page}").url
        == "https://en.isti.ir/News/a/1"
    )


def test_a_headline_run_into_its_date_is_set_a_space_apart_whatever_the_format() -> None:
    html = (
        "<ul><li>Winter school on quantum computing closes with 60 participants2018/03/13</li>"
        "<li>Drone spraying service reaches 40,000 hectares of farmlandOct 2 2024</li></ul>"
    )
    assert [line.text for line in html_lines(html)[0]] == [
        "Winter school on quantum computing closes with 60 participants 2018/03/13",
        "Drone spraying service reaches 40,000 hectares of farmland Oct 2 2024",
    ]
    assert make_line("from a distanceSamples of soil") == Line("from a distanceSamples of soil")


def test_a_form_button_is_printed_in_brackets_as_w3m_prints_it() -> None:
    html = (
        "<p>Newsletter<br>Enter your email.<br><input type='text' name='e' value='you@'>"
        " <input type='submit' value=' Sign  up '></p>"
        "<p><input type='button' value='Vote'> <a href='r'>Results</a>"
        "<input type='radio' value='2'><input type='hidden' value='x'></p>"
    )
    assert texts(html) == ["Newsletter", "Enter your email.", "[Sign up]", "[Vote] Results"]


def test_an_empty_block_in_a_cell_breaks_no_line() -> None:
    # A chart drawn as a table: each row's bar is an empty block between its label and figure.
    html = (
        "<table><tr><td>Engineering</td><td><div class='bar' style='width:180px'></div></td>"
        "<td>612</td></tr></table><p>first<br>second</p>"
    )
    assert texts(html) == ["Engineering 612", "first", "second"]
