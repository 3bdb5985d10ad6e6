"""What stands under the title and is no text of the article (a byline, a credit naming who
asked, translated or reported), and what looks like it and is (a deck, a subheading)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.shapes import doubled, tripled

TITLE = "Tabriz team grows battery-grade graphite from walnut shells."
KICKER = "Farm waste becomes anode material"
DECK = (
    "A low-temperature process turns a regional by-product into anode powder that passed "
    "500 charge cycles in laboratory cells."
)
BODY = (
    "According to the public relations office of a technology park in East Azerbaijan, a "
    "start-up based at the park has produced graphite powder from crushed walnut shells.",
    "Walnut shells are left behind in large amounts each autumn in the north-west of the "
    "country, and most of them are burned or thrown away by the farmers who grow them.",
)


def _page(under_title: list[str], *, end: list[str] | None = None) -> str:
    return "\n".join(
        [
            "Today : Wednesday Nov 13 2024",
            "",
            "  • Nov 11 2024 - 9:40",
            "  • 412",
            "  • Study time : 1 minute(s)",
            "",
            f"{KICKER}:",
            "",
            TITLE,
            "",
            *under_title,
            *BODY,
            *(end or []),
            "  • News group : NEWS",
            "  • News code : 5127",
            "Copyright © 2024 Vice-Presidency for Science and Technology. All rights reserved",
        ]
    )


@pytest.mark.parametrize(
    "credit",
    [
        "By Sara Ahmadi",
        "Interview by Navid Karimi",
        "Translated by Leila Hosseini",
        "Photos by Reza Moradi",
        "Reporter: Sara Ahmadi",
        "Photos: Reza Karimi / BDC",
    ],
)
def test_a_credit_under_the_title_is_no_text(credit: str) -> None:
    record = newsparse.parse_text(_page([credit, ""]))
    assert (record.kicker, record.title, record.body) == (KICKER, TITLE, BODY)


def test_a_credit_closing_the_text_stays_in_it() -> None:
    record = newsparse.parse_text(_page([], end=["Reporting by Sara Ahmadi"]))
    assert record.body == (*BODY, "Reporting by Sara Ahmadi")


def test_a_byline_under_the_deck_is_no_text_and_the_deck_is_its_lead() -> None:
    # The picture's alt text and caption print the title again under the byline: the title
    # is the one under the kicker, and what stands between is the deck and the byline.
    record = newsparse.parse_text(_page([DECK, "", "By Sara Ahmadi", "", TITLE, TITLE, ""]))
    assert (record.kicker, record.title, record.body) == (KICKER, TITLE, (DECK, *BODY))


PERSIAN_TITLE = "نرم‌افزار هوشمند تفسیر تصاویر ریه در ۱۴ بیمارستان به کار گرفته شد"
PERSIAN_BODY = (
    "نرم‌افزاری که یک تیم دانش‌بنیان برای تفسیر خودکار تصاویر سی‌تی‌اسکن ریه طراحی کرده "
    "است، پس از گذراندن آزمون بالینی در چهارده بیمارستان کشور به کار گرفته شد.",
    "سازندگان این سامانه می‌گویند نرم‌افزار جایگزین پزشک نیست و تنها موارد مشکوک را برای "
    "بررسی دوباره به رادیولوژیست نشان می‌دهد تا زمان انتظار بیماران کوتاه‌تر شود.",
)


def _persian_page(under_title: list[str]) -> str:
    # The CMS prints the title cut of its small words over the info bullets.
    return "\n".join(
        [
            "امروز : سه‌شنبه 22 آبان 1403",
            "نرم‌افزار هوشمند تفسیر تصاویر ریه ۱۴ بیمارستان کار گرفته شد",
            "  • 1403/08/21 - 14:05",
            "  • 87",
            "  • زمان مطالعه : 1 دقیقه",
            PERSIAN_TITLE,
            *under_title,
            *PERSIAN_BODY,
            "گروه خبری : اخبار,هوش مصنوعی",
            "کد خبر : 98437",
            "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
        ]
    )


def test_a_persian_subheading_right_under_the_title_is_text_not_a_kicker() -> None:
    record = newsparse.parse_text(_persian_page(["نتایج آزمون بالینی"]))
    assert (record.kicker, record.title) == (None, PERSIAN_TITLE)
    assert record.body == ("نتایج آزمون بالینی", *PERSIAN_BODY)


@pytest.mark.parametrize("byline", ["زهرا کریمی", "گزارش: مریم رضایی", "ترجمه: علی نوری"])
def test_a_persian_byline_or_credit_under_the_title_is_no_text(byline: str) -> None:
    record = newsparse.parse_text(_persian_page([byline]))
    assert (record.kicker, record.title, record.body) == (None, PERSIAN_TITLE, PERSIAN_BODY)


@pytest.mark.parametrize(
    ("text", "byline"),
    [
        ("گفت‌وگو: نرگس صادقی", True),
        ("به قلم حمید توکلی", True),
        ("Interview by Navid Karimi", True),
        # A kicker ending as kickers do, and a phrase with no given name, are no bylines.
        ("گزارش: بازدید از پارک:", False),
        ("Report on the visit to the park", False),
        # An interview's question, its speaker named before it.
        ("Interviewer: How did the project start?", False),
        ("By Sara Ahmadi's count, the plant burns a third of the shells", False),
        # A name with its footnote's mark, as the page sets it or a tool printed its `<sup>`.
        ("Hossein Tavakoli (1)", True),
        ("Mohammad-Javad Farahani1", True),
        ("Reza Kazemi†", True),
        ("Phase 2", False),
        ("Pardis Park 2", False),
        ("Results of phase 2", False),
    ],
)
def test_credits_are_bylines(text: str, byline: bool) -> None:
    assert is_byline(text) is byline


def test_a_persian_phrase_is_a_byline_only_when_it_opens_with_a_given_name() -> None:
    assert is_byline("زهرا کریمی", loose=True)
    assert not is_byline("نتایج آزمون بالینی", loose=True)


def test_pandocs_alt_text_in_brackets_run_into_the_caption_is_the_title_twice() -> None:
    assert doubled(
        "[«هوش مصنوعی جای آزمایشگاه را نمی‌گیرد»]«هوش مصنوعی جای آزمایشگاه را نمی‌گیرد»"
    ) == ("«هوش مصنوعی جای آزمایشگاه را نمی‌گیرد»")


def test_a_persian_name_under_the_bullets_is_the_byline_not_the_kicker() -> None:
    kicker = "معاون علمی در بازدید از پژوهشگاه پلیمر"
    capture = "\n".join(
        [
            "امروز : سه‌شنبه 22 آبان 1403",
            f"{kicker}:",
            PERSIAN_TITLE,
            "  • 1403/08/21 - 14:05",
            "  • 87",
            "  • زمان مطالعه : 1 دقیقه",
            "سارا محمدی",
            PERSIAN_TITLE,
            *PERSIAN_BODY,
            "گروه خبری : اخبار,هوش مصنوعی",
            "کد خبر : 98437",
            "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == (kicker, PERSIAN_TITLE, PERSIAN_BODY)


def test_two_credits_a_tool_ran_together_are_one_byline() -> None:
    assert is_byline("گزارش از: مریم احمدیعکس: علی رضایی")


def test_three_copies_of_the_title_wrapped_into_one_paragraph_are_the_title() -> None:
    title = "Can homegrown AI chips free our labs from sanctions?"
    assert tripled(f"{title} {title} {title}") == title
    assert tripled(f"{title} {title} the next words") is None
