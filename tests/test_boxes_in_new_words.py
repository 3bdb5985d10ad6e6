"""More of what pages set around an article in words no earlier page used: a series box, a
map widget, a weather strip and a market ticker, a newsletter's and a topic's promises, a
privacy notice, a print version's notice, a player's voice note, a video's offer of its file,
a caption opening with its credit, the writer's other articles."""

from __future__ import annotations

import pytest

import newsparse
from conftest import COPYRIGHT, blank_lines_apart

TITLE = "Diamond flaws become magnetic compasses in a Karaj laboratory"
KICKER = "Quantum sensing"
LEAD = (
    "Physicists at a Karaj start-up have turned tiny flaws in synthetic diamond into sensors "
    "that read magnetic fields a thousand times weaker than the Earth's, its founder said."
)
BODY = (
    "The sensor works at room temperature and fits in a matchbox, which makes it useful for "
    "mapping the fields of small electric motors on a factory line, the team said."
)
INFO = ("  * Nov 15 2023 - 10:40", "  * 1,207", "  * Study time : 2 minute(s)")
FOOTER = ("  * News group : NEWS,Deep tech", "  * News code : 94110")


def _page(*article: str) -> str:
    return blank_lines_apart(
        "Home | News | Contact us", *INFO, KICKER, TITLE, *article, *FOOTER, COPYRIGHT
    )


def _record(*article: str) -> newsparse.Record:
    return newsparse.parse_text(_page(*article))


SERIES = (
    "Part 2 of 4 in our series on quantum sensing in Iranian laboratories",
    "Part 1: Counting single photons in a Tehran basement",
    "Part 2: Diamond flaws as magnetic compasses (you are reading it)",
    "Part 3: Atomic clocks for the power grid (out on Nov 22)",
)


def test_a_series_box_over_its_parts_is_no_body_where_it_stands() -> None:
    for article in ((*SERIES, LEAD, BODY), (LEAD, BODY, *SERIES)):
        record = _record(*article)
        assert (record.kicker, record.title, record.body) == (KICKER, TITLE, (LEAD, BODY))


def test_parts_as_the_texts_own_subheadings_stay() -> None:
    part = ("Part 1: How the flaws are made", "The team grows the crystals in a small reactor.")
    assert _record(LEAD, *part, BODY).body == (LEAD, *part, BODY)


@pytest.mark.parametrize(
    "box",
    [
        ("Tehran 36°C sunny · Tabriz 29°C · Mashhad 33°C",),
        ("دلار ۵۰٬۴۲۰ ▲ | یورو ۵۳٬۸۹۰ ▼ | سکه امامی ۳۰٬۱۵۰٬۰۰۰ ▲",),
        ("نرخ ارز و سکه", "دلار ۵۰٬۴۲۰ ▲ | یورو ۵۳٬۸۹۰ ▼"),
        ("Karaj science park on the map", "View larger map", "Map data © OpenStreetMap"),
        ("− نمایش در نقشه بزرگ", "داده‌های نقشه © مشارکت‌کنندگان اوپن‌استریت‌مپ"),
        ("Stay in the loop", "One short e-mail each Sunday. No spam, unsubscribe in one click."),
        ("Newsletter Be the first to hear about new calls and awards.",),
        ("Calls and deadlines, straight to you",),
        ("Follow: Quantum technology", "We will tell you when a new story on this topic is out."),
        ("Voiced by an automated reader",),
        ("▶ Listen Powered by a text-to-speech service",),
        ("Show full text +",),
        ("نسخه‌ی صوتی این خبر را بشنوید",),
        ("Topics in this story quantum diamond sensors Karaj deep tech",),
    ],
)
def test_a_box_in_new_words_is_no_body(box: tuple[str, ...]) -> None:
    assert _record(LEAD, *box, BODY).body == (LEAD, BODY)


def test_a_sentence_on_weather_or_maps_stays() -> None:
    text = "On the hottest day the lab reached 41°C, and the map of the field was lost."
    assert _record(LEAD, text, BODY).body == (LEAD, text, BODY)


def test_the_writers_other_articles_under_the_text_are_no_body() -> None:
    for heading in ("Other articles by this author", "دیگر نوشته‌های این نویسنده"):
        items = ("Solar desalination for coastal villages", "Drones map dust storms in Ahvaz")
        assert _record(LEAD, BODY, heading, *items).body == (LEAD, BODY)


def test_a_privacy_notice_in_other_words_is_no_body() -> None:
    notice = (
        "We respect your privacy: this website records anonymous visit statistics only. "
        "By staying on the site you agree to this."
    )
    assert _record(LEAD, BODY, notice).body == (LEAD, BODY)


def test_a_print_versions_notice_run_into_the_kicker_leaves_the_kicker() -> None:
    notice = "Printer-friendly page: menus and boxes are left out when you print."
    text = _page(LEAD, BODY).replace(KICKER, f"{notice} {KICKER};")
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title, record.body) == (KICKER, TITLE, (LEAD, BODY))


def test_a_videos_fallback_offering_its_file_is_no_body() -> None:
    fallback = "Your browser does not support HTML5 video. Open the file instead."
    assert _record(LEAD, fallback, BODY).body == (LEAD, BODY)


def test_a_caption_opening_with_its_credit_is_no_body() -> None:
    caption = "Photo: Reza Nikpour / The team checks a sensor on the bench before a test run"
    assert _record(LEAD, caption, BODY).body == (LEAD, BODY)
    # lynx runs the picture's alt text (the title, ending in a full stop) into its caption.
    text = _page(LEAD, f"{TITLE} {caption}", BODY).replace(TITLE, f"{TITLE}.")
    record = newsparse.parse_text(text)
    assert (record.title, record.body) == (f"{TITLE}.", (LEAD, BODY))


def test_a_long_privacy_banner_over_bmns_capture_date_leaves_the_date() -> None:
    banner = (
        "Heads up! This portal keeps a short memo in your browser about your language and "
        "text size. We never sell it and never share it. Carry on reading if that suits you."
    )
    text = blank_lines_apart(
        banner,
        "Wednesday 22 January 2020",
        KICKER,
        TITLE,
        LEAD,
        BODY,
        "Publish date : 2020/01/19",
        "Code : 1342",
        "Visit count: 211",
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(text)
    assert (record.captured_on, record.title, record.body) == ("2020-01-22", TITLE, (LEAD, BODY))


def test_the_line_over_the_title_that_the_lead_opens_with_is_the_kicker() -> None:
    # The kicker names whom the lead goes on from, with no ending; the page prints the
    # title above its info block (the Persian pages' order).
    kicker = "پژوهشگران دانشگاه فردوسی مشهد"
    title = "حسگر کاغذی ارزان آنتی‌بیوتیک شیر خام را در ده دقیقه نشان می‌دهد"
    lead = f"{kicker} حسگری کاغذی ساخته‌اند که باقی‌مانده آنتی‌بیوتیک‌ها را در شیر خام نشان می‌دهد."
    text = blank_lines_apart(
        "این روز در تاریخ علم",
        "۱۲ مرداد: سالروز ثبت نخستین اختراع ایرانی در اداره ثبت اختراعات.",
        kicker,
        title,
        "  * ۱۴۰۰/۰۵/۱۲ - ۰۹:۴۰",
        "  * زمان مطالعه : ۲ دقیقه",
        "  * کد خبر : ۷۱۹۴۳",
        title,
        lead,
        "این حسگر در دو مرکز جمع‌آوری شیر در خراسان رضوی آزموده شده است.",
        "  * گروه خبری : اخبار,فناوری",
        "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title) == (kicker, title)
    assert record.body[0] == lead


@pytest.mark.parametrize(
    "box",
    [
        ("Was this news helpful? 👍 👎",),
        ("▶ Play",),
        ("چند دقیقه وقت دارید؟ در پرسش‌نامه رضایت خوانندگان شرکت کنید.", "شاید بعداً"),
        ("Take a short survey on our coverage of start-ups.", "Maybe later"),
    ],
)
def test_a_widgets_buttons_in_new_words_are_no_body(box: tuple[str, ...]) -> None:
    assert _record(LEAD, BODY, *box).body == (LEAD, BODY)
