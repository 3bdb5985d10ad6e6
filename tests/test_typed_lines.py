"""Lines an editor typed, set apart by `<br>`s, which a tool wrapped: a quote the line opens
and the next one closes, a typed list's next number, a contact block's labels; and what
stands beside them that is no text: a share bar of icon letters, an AMP page's link to the
rest of the text, a notice's label alone that is the kicker."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.bar_words import is_box_line
from newsparse.grammar.notice_words import NOTICE

TITLE = "Registration for the new technologies fair is extended to the end of January"
INFO = ("  * Jan 5 2025 - 09:30", "  * 412", "  * Study time : 1 minute(s)")
FOOTER = ("  * News group : NEWS,Fairs", "  * News code : 74512", COPYRIGHT)


def _lynx(*body: str) -> tuple[str, ...]:
    """The body's paragraphs as lynx prints them, no blank line between typed lines."""
    record = newsparse.parse_text(
        "\n".join(["\n".join(INFO), "", "Fairs:", "", TITLE, "", *body, "", *FOOTER])
    )
    return record.body


def test_a_quote_the_line_opens_and_the_next_closes_is_one_paragraph() -> None:
    lines = ["   «ما می‌خواهیم نخبه‌ای که در خارج درس خوانده، برای بازگشت یک مسیر"]
    lines += ["   روشن و یک آزمایشگاه آماده پیش روی خود ببیند.»"]
    assert _lynx(*lines) == (" ".join(line.strip() for line in lines),)


def test_a_typed_lists_next_number_opens_a_line_of_its_own() -> None:
    lines = [
        "   The stands are reserved for:",
        "   1. startups accelerated in the past two",
        "   years;",
        "   2. knowledge-based companies less than",
        "   three years old;",
        "   3. student teams with a working prototype;",
        "   4. innovation centers of universities.",
    ]
    assert _lynx(*lines) == (
        "The stands are reserved for:",
        "1. startups accelerated in the past two years;",
        "2. knowledge-based companies less than three years old;",
        "3. student teams with a working prototype;",
        "4. innovation centers of universities.",
    )


def test_a_contact_blocks_labels_open_lines_of_their_own() -> None:
    said = [
        "   دبیر جشنواره در آیین پایانی گفت: «هدف ما این است که نوجوانان علم را نه",
        "   در کتاب، که در زندگی روزمره خود ببینند.» او افزود که دومین دوره جشنواره",
        "   در پاییز سال آینده برگزار خواهد شد.",
    ]
    contact = [
        "   نشانی: پردیس، کیلومتر ۲۰ جاده دماوند، پارک فناوری پردیس، ساختمان نوآوری",
        "   تلفن: ۷۶۲۶۴۰۱۰-۰۲۱",
    ]
    paragraph = " ".join(line.strip() for line in said)
    assert _lynx(*said, *contact) == (paragraph, *(line.strip() for line in contact))


def test_a_share_bar_of_icon_letters_and_networks_is_chrome() -> None:
    assert is_box_line("f in X Telegram")
    assert not is_box_line("in the news Telegram X")


def test_an_amp_pages_link_to_the_rest_of_the_text_is_chrome() -> None:
    assert is_box_line("ادامه مطلب را در نسخه کامل بخوانید")
    assert is_box_line("View the full version")


def test_a_notices_label_alone_is_no_notice() -> None:
    assert NOTICE().match("اطلاعیه: سامانه تا ساعت ۱۰ در دسترس نیست") is not None
    assert NOTICE().match("اطلاعیه:") is None
    record = newsparse.parse_text(blank_lines_apart(*INFO[:2], "اطلاعیه:", TITLE, *FOOTER))
    assert record.kicker == "اطلاعیه"
