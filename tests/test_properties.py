"""Properties over arbitrary input: a record or the documented error, valid against the
schema, keeping the promises the README makes of its text, and the same every time."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from conftest import LINEAR_LIMIT, cpu_growth
from newsparse import CaptureError, Record

VALIDATOR = jsonschema.Draft202012Validator(newsparse.json_schema())

SITE_LINES = [
    "Today : Thursday Oct 17 2024",
    "  • Sep 15 2023 - 10:00",
    "  • 1,204",
    "• 218",
    "  • Study time : 3 minute(s)",
    "Study time : Less than one minute",
    "Jul 29 2017",
    "  • News group : NEWS,Slider, ,Headquarters,NEWS",
    "  • News code : 93801",
    "keywords",
    "There are 2 comment(s) for this article",
    "Enter the text inside the security image :",
    "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
    "Home Page > news ",
    "News > A title",
    "Tuesday, May 22, 2018-",
    "Print        Send to Friend",
    "15:17 - 14/05/2018    /    Number : 34312    /    Show Count : 65",
    "Afshin",
    "Kicker:",
    "زمان مطالعه : ۲ دقیقه",
    "کد خبر : ۷۱۶۹۰",
    "گروه خبری : اخبار،علم",
    "۱۴۰۲/۰۶/۲۴ - ۱۰:۰۰",
    "A title of a story",
    "A title of a story ",
    "",
    " ",
    "# heading",
    "* bullet",
    "[1]link",
    "References",
    "   1. https://en.isti.ir/",
    "Feb 30 2023 - 10:00",
    "1403/12/30",
    "1402/12/30",
]
site_text = st.lists(st.one_of(st.sampled_from(SITE_LINES), st.text(max_size=80)), max_size=40).map(
    "\n".join
)
TAGS = ["div", "p", "li", "ul", "br", "span", "table", "td", "script", "h1", "b", "pre", "!--"]
html_like = st.lists(
    st.one_of(
        st.sampled_from(SITE_LINES),
        st.sampled_from(TAGS).map(lambda tag: f"<{tag}>"),
        st.sampled_from(TAGS).map(lambda tag: f"</{tag}>"),
        st.text(max_size=30),
    ),
    max_size=60,
).map(lambda parts: "<html><body>" + "".join(parts))


def check_property(parse: Callable[[], Record]) -> None:
    message: str | None = None
    try:
        record = parse()
    except CaptureError as error:
        message = str(error)
    if message is not None:
        assert message
        assert "\n" not in message
        return
    VALIDATOR.validate(record.to_dict())
    keeps_the_text_promises(record)
    assert parse() == record


# C0 controls but tab and newline, DEL and C1: never in a record's text (README).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def keeps_the_text_promises(record: Record) -> None:
    """What the README promises of a record's text, whatever the input."""
    texts = [record.title, record.kicker, record.publisher, *record.body, *record.categories]
    assert not [text for text in texts if text and CONTROL.search(text)]
    assert all(paragraph.strip() for paragraph in record.body)
    assert all(name and name == name.strip() for name in record.categories)
    assert len(set(record.categories)) == len(record.categories)


SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.text())
def test_arbitrary_text(text: str) -> None:
    check_property(lambda: newsparse.parse_text(text))


@SETTINGS
@given(site_text)
def test_text_made_of_site_lines(text: str) -> None:
    check_property(lambda: newsparse.parse_text(text))


@SETTINGS
@given(html_like)
def test_html_like_input(html: str) -> None:
    check_property(lambda: newsparse.parse_html(html))


@SETTINGS
@given(st.binary(max_size=2000))
def test_arbitrary_bytes(data: bytes) -> None:
    check_property(lambda: newsparse.parse_bytes(data, "capture"))


ADVERSARIAL = [
    " ",
    "•",
    "1",
    ":",
    "1 ",
    "• 1 ",
    "Sep 1 ",
    "1,",
    "a:",
    "Study time : ",
    "-",
    "*",
    "a  ",
]


def parse_time_of(unit: str, shape: str) -> Callable[[int], object]:
    def parse(size: int) -> None:
        run = unit * (size // len(unit))
        body = run if shape == "one line" else "\n".join([run[:60]] * (size // 60))
        with contextlib.suppress(CaptureError):
            newsparse.parse_text(f"News code : 1\n{body}\nCopyright © X. All rights reserved")

    return parse


@pytest.mark.parametrize("unit", ADVERSARIAL)
@pytest.mark.parametrize("shape", ["one line", "many lines"])
def test_parse_time_grows_linearly_with_adversarial_input(unit: str, shape: str) -> None:
    assert cpu_growth(parse_time_of(unit, shape), 12_500) < LINEAR_LIMIT


def test_the_linear_time_check_tells_quadratic_work_apart() -> None:
    def quadratic(size: int) -> None:
        steps = range(size // 50)
        for _ in steps:
            sum(steps)

    assert cpu_growth(quadratic, 12_500, repeats=2) > LINEAR_LIMIT
