"""The Python API as a library caller meets it: errors that name the file, wrong types
refused at the entry, and one wording for the size limit."""

from __future__ import annotations

import gzip
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import newsparse
from conftest import REFERENCE


def test_a_capture_error_from_parse_path_names_the_path(tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    with pytest.raises(newsparse.CaptureError) as raised:
        newsparse.parse_path(missing)
    assert raised.value.path == str(missing)
    assert str(raised.value) == "no such file"


def test_not_a_capture_from_parse_path_names_the_path_too(tmp_path: Path) -> None:
    page = tmp_path / "recipe.txt"
    page.write_text("Lentil soup\n\nBoil the lentils.\n", encoding="utf-8")
    with pytest.raises(newsparse.NotACapture) as raised:
        newsparse.parse_path(page)
    assert (raised.value.path, str(raised.value)) == (str(page), "not a news page capture")


def test_errors_from_bytes_and_text_have_no_path() -> None:
    with pytest.raises(newsparse.CaptureError) as raised:
        newsparse.parse_bytes(b"   ")
    assert raised.value.path is None


@pytest.mark.parametrize(
    ("entry", "argument", "message"),
    [
        (newsparse.parse_text, b"News code : 1", "parse_text() takes str, not bytes; "),
        (newsparse.parse_html, b"<p>x</p>", "parse_html() takes str, not bytes; "),
        (newsparse.parse_bytes, "News code : 1", "parse_bytes() takes bytes, not str; "),
        (newsparse.parse_text, None, "parse_text() takes str, not NoneType"),
    ],
    ids=["text given bytes", "html given bytes", "bytes given str", "text given None"],
)
def test_a_wrong_type_is_a_clear_type_error_at_the_entry(
    entry: Callable[[Any], object], argument: object, message: str
) -> None:
    with pytest.raises(TypeError) as raised:
        entry(argument)
    assert str(raised.value).startswith(message)
    # Raised by the entry point itself, not from a regex deep in the parser.
    assert Path(raised.traceback[-1].path).name == "parse.py"


LIMIT = "larger than the size limit (10000 bytes)"


def test_the_size_limit_has_one_wording_for_files_bytes_and_gzip(tmp_path: Path) -> None:
    big = REFERENCE.read_bytes() * 3
    page = tmp_path / "big.txt"
    page.write_bytes(big)
    packed = tmp_path / "big.txt.gz"
    packed.write_bytes(gzip.compress(big, mtime=0))
    calls: list[Callable[[], object]] = [
        lambda: newsparse.parse_path(page, max_bytes=10_000),
        lambda: newsparse.parse_path(packed, max_bytes=10_000),
        lambda: newsparse.parse_bytes(big, max_bytes=10_000),
    ]
    messages = set()
    for call in calls:
        with pytest.raises(newsparse.CaptureError) as raised:
            call()
        messages.add(str(raised.value))
    assert messages == {LIMIT}


def test_the_core_does_not_use_the_command_line_modules() -> None:
    core = Path(newsparse.__file__).parent
    for module in [core / "parse.py", *core.glob("readers/*.py"), *core.glob("grammar/*.py")]:
        assert "newsparse.cli" not in module.read_text(encoding="utf-8"), module


def test_markdown_keeping_a_pages_divs_is_read_as_text_not_html() -> None:
    capture = (
        '<div class="today">\n\nToday : Saturday Jul 2 2022\n\n</div>\n\n'
        "-   [Home](/)\n-   [News](/News)\n\n"
        "# Park companies doubled their exports\n\n"
        "-   Jun 14 2022 - 11:35\n-   1386\n\n"
        "Park companies doubled their exports\n\n"
        "Forty companies of the park signed export contracts this year, twice as many as last "
        "year, and most of them sell medical equipment to neighbouring countries.\n\n"
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved\n"
    )
    record = newsparse.parse_bytes(capture.encode(), "page.md")
    assert record.format == "text"
    assert record.title == "Park companies doubled their exports"
    assert (record.published, record.views) == ("2022-06-14T11:35:00+04:30", 1386)


def test_markdown_keeping_a_layout_tables_links_is_read_as_text_not_html() -> None:
    # pandoc's markdown_strict keeps a table whole as HTML, its `<a>`s included.
    capture = (
        '<table class="top">\n<tr>\n<td class="date">23/04/2019 -</td>\n</tr>\n</table>\n'
        '<table class="menu">\n<tr>\n<td><a href="/">Home Page</a></td>\n</tr>\n</table>\n\n'
        "Biotechnology Development Council;\n\n"
        "## Biotech start-ups invited to apply\n\n"
        "![Biotech start-ups invited to apply](/uploads/36218.jpg)\n\n"
        "The council has opened the second round of its programme for young companies.\n\n"
        "10:42 - 21/04/2019 / Number : 36218 / Show Count : 241\n\n"
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved\n"
    )
    record = newsparse.parse_bytes(capture.encode(), "page.md")
    assert record.format == "text"
    assert (record.kicker, record.title) == (
        "Biotechnology Development Council",
        "Biotech start-ups invited to apply",
    )
    assert record.captured_on == "2019-04-23"


def test_an_html_fragment_opening_with_a_div_is_html() -> None:
    paragraphs = (
        "Today : Saturday Jul 2 2022",
        '<a href="/News">News</a>',
        "Park companies doubled their exports",
        "Jun 14 2022 - 11:35",
        "Park companies doubled their exports",
        "Forty companies of the park signed export contracts this year [1](x), twice as many.",
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
    )
    capture = '<div class="page">' + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div>"
    record = newsparse.parse_bytes(capture.encode(), "page")
    assert record.format == "html"
    assert record.title == "Park companies doubled their exports"
