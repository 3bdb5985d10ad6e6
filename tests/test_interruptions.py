"""Chrome a CMS or its plugins set inside the article (share bars, sign-up boxes, polls,
boxes of headlines between paragraphs): left out, and the article read around it."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import newsparse
from conftest import COPYRIGHT, LINEAR_LIMIT, blank_lines_apart, cpu_growth
from newsparse.grammar import bar_words as BW
from newsparse.grammar.chrome_words import is_form_widget
from newsparse.grammar.player_words import VISIT_COUNTER
from newsparse.grammar.rule_support import dated_end

TITLE = "Desalination membranes made in Qazvin enter mass production"
LEAD = (
    "A knowledge-based company in Qazvin has started mass production of reverse osmosis "
    "membranes for seawater desalination, and its first batch has been sold to a plant in Bushehr."
)
BODY = (
    "The head of the council said that the plant can produce twelve thousand elements a year "
    "in its first phase and that a second line, planned for next year, will double that figure."
)
MORE = (
    "The company was founded by four graduates of Sharif University of Technology and spent "
    "five years in the Qazvin Science and Technology Park before building its own plant."
)
HEAD = ("  • Nov 6 2023 - 11:40\n  • 347\n  • Study time : 2 minute(s)", "Head of the council:")
FOOTER = (
    "  • News group : NEWS,Nanotechnology",
    "  • News code : 94127",
    "There are 0 comment(s) for this article",
    COPYRIGHT,
)


def page(*lines: str) -> str:
    """A text capture: the info bullets and kicker, the lines given, and the footer."""
    return blank_lines_apart(*HEAD, *lines, *FOOTER)


def test_a_box_of_dated_headlines_between_paragraphs_leaves_the_body_going_on() -> None:
    # Under the box a subheading and a list's lead-in stand before the next paragraph.
    record = newsparse.parse_text(
        page(
            TITLE,
            TITLE,
            LEAD,
            "Most viewed",
            "  • Knowledge-based exports reach new record\n    Dec 3 2023 - 10:10 | 2,341",
            "  • First domestic MRI magnet delivered\n    Nov 29 2023 - 12:45 | 1,870",
            "From the laboratory to the factory",
            "The plant has three lines:",
            BODY,
        )
    )
    assert record.published == "2023-11-06T11:40:00+03:30"
    assert record.body == (
        LEAD,
        "From the laboratory to the factory",
        "The plant has three lines:",
        BODY,
    )


# Where a line of chrome stands in the article: under the title's copies, between two
# paragraphs, under the body.
UNDER_TITLE, BETWEEN, UNDER_BODY = "under the title", "between paragraphs", "under the body"


@pytest.mark.parametrize(
    ("place", "line"),
    [
        (UNDER_TITLE, "Share this news: Facebook Twitter LinkedIn Email"),
        (UNDER_TITLE, "Share: Facebook X LinkedIn Telegram Print Send to friend Font size: A+ A-"),
        (UNDER_TITLE, "اشتراک‌گذاری: تلگرام واتس‌اپ ایتا نسخه چاپی ارسال به دوست"),
        (UNDER_TITLE, "Share on Telegram Instagram Twitter Facebook | Print Send Save Copy URL"),
        (UNDER_BODY, "Share on Telegram | Tweet"),
        (UNDER_BODY, "Tweet this | Share on LinkedIn | Pin it"),
        (
            UNDER_TITLE,
            "Share this story: Telegram WhatsApp X LinkedIn Print | Email to a friend | Larger"
            " text | Smaller text | Bookmark | Copy short link",
        ),
        (UNDER_TITLE, "Jump to the news Dark / light contrast Bigger letters Smaller letters"),
        (UNDER_TITLE, "Listen to this report 00:00 / 01:12"),
        (BETWEEN, "آمار بازدید"),
        (BETWEEN, "بازدید امروز : ۴۱۲ بازدید کل : ۱۸۶۲۰۳"),
        (UNDER_BODY, "چاپ خبر - ارسال به دوست"),
        (UNDER_BODY, "ارسال به دوستان"),
        (UNDER_TITLE, "افزایش اندازه متن | کاهش اندازه متن"),
        (UNDER_TITLE, "تلگرام · بله · توییتر"),
        (UNDER_BODY, "اندازه متن: بزرگ متوسط کوچک"),
        (UNDER_BODY, "اندازه قلم: + -"),
        (BETWEEN, "امروز: ۱۹۲۴"),
        (UNDER_BODY, "تعداد بازدیدکنندگان امروز: ۲۷۴۱ | کل بازدیدها: ۱۸۶۰۴۵۲"),
        (UNDER_TITLE, "(BUTTON) ورود"),
        (UNDER_TITLE, "Pass it on: Telegram X LinkedIn WhatsApp Printer-friendly A+ A-"),
        (UNDER_TITLE, "Spread the word Facebook Twitter Print"),
        (UNDER_TITLE, "X LinkedIn Print Larger text Smaller text"),
        (UNDER_BODY, "هم‌رسانی: ایتا بله تلگرام نسخه چاپی بزرگ‌تر کوچک‌تر"),
        (
            UNDER_TITLE,
            "Send this on: Telegram WhatsApp X LinkedIn | Printable page Bigger font Smaller font",
        ),
        (UNDER_TITLE, "Make text larger | Make text smaller"),
        (UNDER_TITLE, "Pass this note on: Email | LinkedIn | Eitaa"),
        (UNDER_BODY, "X LinkedIn Telegram WhatsApp | Print Email | Text size : A+ A A-"),
        (
            UNDER_BODY,
            "X Telegram LinkedIn Print Send to friend Short link : https://en.isti.ir/xSf4",
        ),
        (UNDER_BODY, "اشتراک‌گذاری : تلگرام ایتا بله چاپ لینک کوتاه : https://isti.ir/x7Kp"),
        (UNDER_TITLE, "Print this page | E-mail to a colleague | Font size: larger smaller"),
        (
            UNDER_TITLE,
            "Listen to this report 03:12 | Share on: LinkedIn · X · Telegram | Text size A+ A-",
        ),
        (UNDER_TITLE, "دست‌به‌دست کنید: تلگرام بله ایتا روبیکا | برگه چاپی قلم بزرگ‌تر قلم کوچک‌تر"),
        (UNDER_TITLE, "نوشته را بزرگ کن | نوشته را کوچک کن"),
        (BETWEEN, "هر هفته تازه‌های فرهنگ و فناوری را در رایانامه‌تان بخوانید (BUTTON) عضو می‌شوم"),
        (UNDER_BODY, "اشتراک‌گذاری: تلگرام واتساپ ایکس لینکدین کپی لینک چاپ ارسال به دوست ذخیره"),
    ],
)
def test_a_bar_a_counter_or_a_players_clock_in_the_article_is_no_body(
    place: str, line: str
) -> None:
    lines = {
        UNDER_TITLE: (TITLE, TITLE, line, LEAD, BODY),
        BETWEEN: (TITLE, TITLE, LEAD, line, BODY),
        UNDER_BODY: (TITLE, TITLE, LEAD, BODY, line),
    }[place]
    assert newsparse.parse_text(page(*lines)).body == (LEAD, BODY)


@pytest.mark.parametrize(
    "bar",
    [
        "Share on: Telegram | X Print Download audio file",
        "اشتراک‌گذاری در: ایتا | بله | تلگرام نسخه چاپی دریافت فایل صوتی خبر",
        "Share: Telegram X LinkedIn | Print | Short link",
        "اشتراک‌گذاری: تلگرام واتس‌اپ ایکس لینکدین | نسخه چاپی | لینک کوتاه",
    ],
)
def test_a_share_bar_ending_in_an_audio_file_or_a_short_link_run_on_into_the_lead_is_apart(
    bar: str,
) -> None:
    record = newsparse.parse_text(page(TITLE, TITLE, f"{bar} {LEAD}", BODY))
    assert record.body == (LEAD, BODY)


@pytest.mark.parametrize(
    "bar",
    [
        "Pass it on: Telegram X LinkedIn WhatsApp Printer-friendly A+ A-",
        "Send this on: Telegram WhatsApp | Printable page Bigger font",
    ],
)
def test_a_bar_of_its_own_wording_run_on_after_the_last_paragraph_is_apart(bar: str) -> None:
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, f"{BODY} {bar}"))
    assert record.body == (LEAD, BODY)


@pytest.mark.parametrize(
    "box",
    [
        "Photo report Award ceremony of the national innovation festival Nov 2 2023 (24 photos)",
        "گزارش تصویری آیین تجلیل از پژوهشگران برگزیده ۱۴۰۲/۰۸/۱۱ - تعداد تصاویر : ۲۴",
    ],
)
def test_a_photo_report_html2text_printed_on_the_titles_row_is_no_body(box: str) -> None:
    record = newsparse.parse_text(page(TITLE, f"{TITLE}  |  {box}", LEAD, BODY))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_toolbar_html2text_ran_on_between_the_caption_and_the_lead_is_apart() -> None:
    toolbar = "Larger text | Smaller text | Print version | Send to a friend"
    caption = "Membranes leave the production line in Qazvin."
    record = newsparse.parse_text(page(TITLE, TITLE, f"{caption} {toolbar} {LEAD}", BODY))
    assert record.body == (caption, LEAD, BODY)


@pytest.mark.parametrize(
    ("promo", "button"),
    [
        ("Follow the latest news of knowledge-based companies on our Telegram channel:", "Join"),
        ("Get the week's technology news in your inbox every Saturday.", "Subscribe"),
        ("Subscribe to the Foundation's newsletter", "Subscribe"),
        ("Install the free app for Android and iOS and read every story offline.", "Not now"),
        ("برای دریافت آخرین اخبار معاونت، به کانال تلگرام ما بپیوندید:", "عضویت"),
    ],
)
def test_a_box_inviting_to_a_channel_an_app_or_a_newsletter_is_chrome(
    promo: str, button: str
) -> None:
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, promo, button, BODY))
    assert record.body == (LEAD, BODY)


def test_a_sentence_about_a_channel_in_the_body_stays_body() -> None:
    news = "The ministry will open a Telegram channel for exporters next month, the head said."
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, news, BODY))
    assert record.body == (LEAD, news, BODY)


def test_a_poll_box_between_paragraphs_is_chrome_question_and_options_too() -> None:
    record = newsparse.parse_text(
        page(
            TITLE,
            TITLE,
            LEAD,
            "Poll",
            "Which field should the next festival focus on?",
            "( ) Medical products\n( ) Construction materials\n( ) Agriculture",
            "[Vote] Results",
            BODY,
        )
    )
    assert record.body == (LEAD, BODY)


def test_a_poll_box_whose_buttons_the_copy_lost_is_chrome_to_the_text() -> None:
    options = ("( ) Water", "( ) Energy", "( ) Health")
    for shown in (options, ("Water", "Energy", "Health")):
        record = newsparse.parse_text(
            page(
                TITLE,
                TITLE,
                "Poll",
                "Which field should the next challenge address?",
                *shown,
                LEAD,
                BODY,
            )
        )
        assert record.body == (LEAD, BODY), shown


def test_a_question_under_a_subheading_named_poll_with_no_buttons_stays_body() -> None:
    question = "Why did the poll of exporters find that payments are the main obstacle?"
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, "Poll", question, MORE, BODY))
    assert record.body == (LEAD, "Poll", question, MORE, BODY)


def test_a_notice_bar_above_a_bmn_kicker_is_not_the_title() -> None:
    capture = "\n".join(
        (
            "Monday 27 January 2020",
            "",
            "Notice Registration for the 2020 elite research grants is open until February 15. "
            "Apply now",
            "Deputy for Science and Research of the Foundation announced:",
            TITLE,
            LEAD,
            "",
            BODY,
            "",
            "Publish date : 2020/01/22",
            "Code : 2187",
            "Visit count: 203",
            "All rights reserved for National Foundation of Elites",
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title) == (
        "Deputy for Science and Research of the Foundation announced",
        TITLE,
    )
    assert record.body == (LEAD, BODY)


def test_an_advertisements_line_a_tool_filled_to_its_edge_is_no_part_of_the_kicker() -> None:
    capture = "\n".join(
        (
            "     • Nov 6 2023 - 11:40",
            "     • 347",
            "     • Study time : 2 minute(s)",
            "",
            "   Advertisement Iran Tech Expo 2023: book your stand at the fair in Tehran",
            "   Head of the council:",
            "",
            f"   {TITLE}",
            "",
            f"   {TITLE}",
            "",
            "   A knowledge-based company in Qazvin has started mass production of reverse",
            "   osmosis membranes for seawater desalination, and its first batch has been",
            "   sold to a plant in Bushehr.",
            "",
            *FOOTER,
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == ("Head of the council", TITLE, (LEAD,))


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to the newsletter on the park's website to receive each issue by e-mail.",
        "Readers can follow the park on its Telegram channel.",
        "برای دریافت فراخوان‌ها در خبرنامه پارک عضو شوید.",
        "Results",
        "1398/05/12 - نخستین شماره خبرنامه به صورت کاغذی در ۵۰۰ نسخه منتشر شد.",
    ],
)
def test_the_articles_own_lines_about_channels_results_and_dates_stay_body(line: str) -> None:
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, line, BODY))
    assert record.body == (LEAD, line, BODY)
    assert record.captured_on is None


def test_an_images_alt_text_between_the_titles_copies_is_no_body() -> None:
    # lynx prints the heading, the image's alt text (not the title) and the caption copy.
    record = newsparse.parse_text(page(TITLE, "Membrane samples", TITLE, LEAD, BODY))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_box_of_headlines_under_the_articles_bulleted_list_leaves_the_body_going_on() -> None:
    record = newsparse.parse_text(
        page(
            TITLE,
            TITLE,
            LEAD,
            "The plant makes three products:",
            "  • membranes\n  • filters\n  • sensors",
            "Related coverage",
            "  • Water technology roadmap unveiled in Tehran Jan 3 2024 - 10:15",
            "  • Desalination startups win grants from the fund Dec 19 2023 - 12:30",
            BODY,
        )
    )
    assert record.body == (
        LEAD,
        "The plant makes three products:",
        "membranes",
        "filters",
        "sensors",
        BODY,
    )


def test_the_kicker_printed_again_without_its_ending_is_no_rival_title() -> None:
    capture = "\n\n".join(
        (
            "  • Nov 3 2023 - 18:45\n  • 2,317\n  • Study time : 2 minute(s)",
            "Op-ed on graduate migration;",
            TITLE,
            "Op-ed on graduate migration",
            LEAD,
            BODY,
            *FOOTER,
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.warnings) == (
        "Op-ed on graduate migration",
        TITLE,
        (),
    )


def test_a_long_form_box_that_is_no_widget_is_told_in_linear_time() -> None:
    # lynx draws an input as underscores; telling that a run of them going on with a word
    # is no form widget took time exponential in the run's length (forty underscores and
    # a letter took hours).
    def tell(size: int) -> None:
        assert not is_form_widget("_" * size + "x")

    assert cpu_growth(tell, 1_000) < LINEAR_LIMIT


@pytest.mark.parametrize(
    ("pattern", "opening", "unit"),
    [
        (BW.SHARE_BAR, "share ", "send "),
        (BW.TOOLBAR, "", "print "),
        (VISIT_COUNTER, "", "بازدید کل "),
        (BW.BUTTON_BAR, "Pass it on ", "telegram "),
    ],
)
def test_a_line_of_chrome_buttons_that_is_no_bar_is_told_in_linear_time(
    pattern: Callable[[], re.Pattern[str]], opening: str, unit: str
) -> None:
    # The gaps between buttons could be shared out in two ways each: exponential before.
    def tell(size: int) -> None:
        assert not pattern().fullmatch(opening + unit * size + "!")

    assert cpu_growth(tell, 200) < LINEAR_LIMIT


@pytest.mark.parametrize(
    "bar",
    [
        "Share this story: Telegram WhatsApp LinkedIn Print | Email to a friend | Copy short link",
        "Share: Facebook LinkedIn Telegram Print Send to friend Font size: A+ A-",
        "اشتراک‌گذاری: تلگرام ایتا نسخه چاپی",
    ],
)
def test_a_share_bar_a_tool_ran_into_the_lead_is_cut_off_it(bar: str) -> None:
    # Inline links: html2text and links run the bar and the paragraph after it together.
    record = newsparse.parse_text(page(TITLE, TITLE, f"{bar} {LEAD}", BODY))
    assert record.body == (LEAD, BODY)


def test_a_sentence_opening_with_share_stays_whole() -> None:
    news = (
        "Share of the park's firms in exports: Telegram reports say it rose to a third, "
        "the head of the park said."
    )
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, news, BODY))
    assert record.body == (LEAD, news, BODY)


# A box of related headlines, each with its date.
RELATED = (
    "Related news",
    "  • Knowledge-based exports reach new record Dec 3 2023",
    "  • First domestic MRI magnet delivered Nov 29 2023",
)


def test_a_box_of_headlines_right_under_the_articles_block_is_chrome() -> None:
    # The Persian layout's order: date and views, kicker, title, study time and news code,
    # and the title's copy under them; a box set between the block and the copy.
    record = newsparse.parse_text(
        blank_lines_apart(
            "  • Nov 6 2023 - 11:40\n  • 347",
            "Head of the council:",
            TITLE,
            "  • Study time : 2 minute(s)\n  • News code : 94127",
            *RELATED,
            TITLE,
            LEAD,
            BODY,
            "  • News group : NEWS,Nanotechnology",
            "There are 0 comment(s) for this article",
            COPYRIGHT,
        )
    )
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))
    assert record.warnings == ()


def test_a_box_of_headlines_under_the_titles_copies_is_chrome() -> None:
    record = newsparse.parse_text(page(TITLE, TITLE, *RELATED, LEAD, BODY))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_photo_report_box_between_paragraphs_is_chrome() -> None:
    box = ("Photo report", "Ceremony for the top researchers of the year", "Jan 8 2019 | 24 photos")
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, *box, BODY))
    assert record.body == (LEAD, BODY)


def test_a_photo_reports_kicker_over_its_title_stays_the_kicker() -> None:
    record = newsparse.parse_text(
        blank_lines_apart(
            "  • Nov 6 2023 - 11:40\n  • 347\n  • Study time : 2 minute(s)",
            "گزارش تصویری",
            TITLE,
            TITLE,
            LEAD,
            *FOOTER,
        )
    )
    assert (record.kicker, record.title, record.body) == ("گزارش تصویری", TITLE, (LEAD,))


def test_a_headline_list_under_a_short_line_of_the_body_leaves_the_body_going_on() -> None:
    # A side column printed beside the body: it lands under an event's last short line,
    # below paragraphs under the article's block.
    record = newsparse.parse_text(
        page(
            TITLE,
            TITLE,
            LEAD,
            "Venue: Pardis Technology Park, Hall 2",
            "Most viewed",
            "  • Knowledge-based exports reach new record\n    Dec 3 2023 - 10:10\n    2,341",
            "  • First domestic MRI magnet delivered\n    Nov 29 2023 - 12:45\n    1,870",
            BODY,
        )
    )
    assert record.body == (LEAD, "Venue: Pardis Technology Park, Hall 2", BODY)


def test_a_side_column_printed_between_the_title_and_its_copy_is_no_body() -> None:
    # w3m reads a table layout's side column where its row starts: after the title, before
    # the title's copy in the next cell. Its boxes: headlines dated or counted in brackets,
    # links, a login box.
    side = (
        "Latest news",
        "  • Knowledge-based exports reach new record\n    Dec 3 2023 - 10:10",
        "  • First domestic MRI magnet delivered\n    Nov 29 2023 - 12:45",
        "Editor's picks",
        "  • Winners of the festival of cultural ideas announced (Views: 1520)",
        "  • A virtual museum of Shiraz opens (Views: 987)",
        "Useful links",
        "  • Ministry of Culture\n  • National Games Foundation",
        "Login",
        "Username\nPassword\n(BUTTON) Login",
    )
    record = newsparse.parse_text(page(TITLE, *side, TITLE, LEAD, BODY))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_bulleted_list_under_a_subheading_named_links_in_the_body_is_a_links_box() -> None:
    # Chosen so: a box of links and an article's list under a `Links` subheading read the
    # same; the box is far the commoner.
    record = newsparse.parse_text(
        page(TITLE, TITLE, LEAD, "Links", "  • Ministry of Culture\n  • Games Foundation", BODY)
    )
    assert record.body == (LEAD, BODY)


@pytest.mark.parametrize("count", ["198", "1,198"])
def test_a_headline_ends_with_its_date_time_and_count_with_or_without_a_comma(
    count: str,
) -> None:
    # links runs each item's date, time and count onto its headline.
    key = f"Water technology fund opens second call Oct 14 2023 - 10:05 {count}"
    found = dated_end(key)
    assert found is not None
    assert found.group().strip() == f"Oct 14 2023 - 10:05 {count}"


@pytest.mark.parametrize(
    "box",
    [
        (
            "Photo Report",
            "Closing ceremony of the second Summer School",
            "Closing ceremony of the second Summer School (22 photos)",
        ),
        ("گزارش تصویری", "نمایشگاه فناوری‌های آب در مشهد (۲۴ تصویر)"),
        ("See also", "How to register in the knowledge-based companies portal 05/03/2018"),
        ("بیشتر بخوانید", "سامانه ثبت طرح‌های نوآورانه به‌روزرسانی شد 1403/06/02 (211)"),
    ],
)
def test_a_box_over_items_dated_or_counted_between_paragraphs_is_chrome(
    box: tuple[str, ...],
) -> None:
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, *box, BODY))
    assert record.body == (LEAD, BODY)


@pytest.mark.parametrize("bullet", ["  • ", ""])
def test_a_box_of_dated_items_under_a_heading_of_no_known_name_is_chrome(bullet: str) -> None:
    # Under the print bar, above the title's copy: `Open calls`, two calls with dates (a
    # paste leaves them unbulleted, a time's colon in one).
    record = newsparse.parse_text(
        page(
            TITLE,
            "Print | Send to friend | PDF version",
            "Open calls",
            f"{bullet}Call for domestic laboratory equipment makers 1402/07/20",
            f"{bullet}National award for social innovation 1402/08/01 - 12:30",
            TITLE,
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.title, record.body) == (HEAD[1][:-1], TITLE, (LEAD, BODY))


def test_a_toolbar_a_tool_ran_into_the_kicker_is_cut_off_it_and_a_share_bar_after_it() -> None:
    # elinks glues `A-` to the kicker; links runs a toolbar, a share bar and the kicker.
    for bar in ("PDF Font size: A+ A-", "Print Send to Friend Share: Facebook Twitter LinkedIn "):
        record = newsparse.parse_text(
            blank_lines_apart(
                *HEAD[:1], f"{bar}Head of the council said on Monday:", TITLE, TITLE, LEAD, *FOOTER
            )
        )
        assert (record.kicker, record.title, record.body) == (
            "Head of the council said on Monday",
            TITLE,
            (LEAD,),
        ), bar


@pytest.mark.parametrize(
    "own",
    [
        # The article's own dates, each after its label: no headlines.
        (
            "Deadlines",
            "  • Final presentations: Oct 24 2023",
            "  • Announcement of the winners: Nov 7 2023",
        ),
        # The article's own photos: several captions counted alike, no dates.
        (
            "Photo report",
            "Jury session at the council (12 photos)",
            "Visit to the finalists' laboratories in Karaj (8 photos)",
        ),
    ],
)
def test_the_articles_own_dated_or_counted_list_under_a_short_heading_stays_body(
    own: tuple[str, ...],
) -> None:
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, *own, BODY))
    items = tuple(line.strip(" •") for line in own)
    assert record.body == (LEAD, *items, BODY)


@pytest.mark.parametrize(
    "line",
    [
        "Users of Telegram and WhatsApp in the province doubled in a year.",
        "Print media grew",
        "Share of exports rose to a third",
        "Results: Telegram WhatsApp rise",
        "Play starts at 10:00 in the main hall",
        "Text and images | Videos",
        "پژوهشگران می‌توانند نتایج را در ایمیل خود دریافت کنند و به سامانه مراجعه کنند.",
    ],
)
def test_a_line_naming_networks_or_tools_in_a_sentence_stays_body(line: str) -> None:
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, line, BODY))
    assert record.body == (LEAD, line, BODY)


def test_a_share_bar_lynx_wrapped_on_after_the_last_paragraph_is_cut_off_it() -> None:
    record = newsparse.parse_text(
        page(TITLE, TITLE, LEAD, f"{BODY} Share Telegram X LinkedIn Print Larger text")
    )
    assert record.body == (LEAD, BODY)


@pytest.mark.parametrize(
    "box",
    [
        # Headings of no known name over headlines dated in brackets, after a dash, or
        # asking a question.
        (
            "On our radar",
            "  • Hydrogen valley plan reaches its second phase (Oct 2 2024)",
            "  • Electric taxis get a home-made charger (Sep 28 2024)",
        ),
        ("Worth a second look", "Yazd solar farm doubles its output — 21 Oct 2024"),
        ("INSF in numbers", "Grants signed this year Oct 12 2024 - 09:30 (1,118)"),
        (
            "From the Council's desk",
            "  • Biosimilar approval timeline explained (Oct 28 2024, 312 views)",
            "  • Start-up grants: third call opens — Oct 21 2024",
        ),
        (
            "داغ‌ترین‌ها",
            "  • حمایت از ۹ موزه خصوصی با فناوری‌های نو [۲۴۷ بازدید]",
            "  • بازدید از آب‌شیرین‌کن قشم (بازدید: 96)",
        ),
        (
            "پیش از این خوانده‌اید؟",
            "نخستین آب شیرین‌کن خورشیدی چابهار به کار افتاد - 1398/05/12",
            "آزمون فیلترهای نانویی در زاهدان - 1398/04/30",
        ),
    ],
)
def test_a_box_under_a_heading_of_no_known_name_between_paragraphs_is_chrome(
    box: tuple[str, ...],
) -> None:
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, *box, BODY))
    assert record.body == (LEAD, BODY)


def test_a_box_a_text_browser_wrapped_inside_or_before_its_dates_is_chrome() -> None:
    # w3m wraps a narrow box's headlines at a date's slash and before a date in brackets.
    record = newsparse.parse_text(
        page(
            TITLE,
            TITLE,
            LEAD,
            "Read alongside\nNano-mark rules revised (02/\n05/2018)\n"
            "Export fair in Muscat closes\n(28/04/2018)",
            BODY,
        )
    )
    assert record.body == (LEAD, BODY)


@pytest.mark.parametrize(
    "box",
    [
        # A known list's heading over undated bulleted headlines.
        ("اخبار مرتبط", "  • حمایت از ۲۰ شرکت بازی‌ساز در سال جاری", "  • راه‌اندازی مرکز نوآوری"),
        ("See also", "  • Elite students receive housing loans", "  • Agreement with the ministry"),
        # A box of other news whose items a paste left unbulleted.
        ("بیشتر بخوانید", "تسهیلات تازه صندوق نوآوری برای ضمانت صادرات", "حضور ۳۵ شرکت فناور"),
        ("شاید بپسندید", "  • راه‌اندازی بانک سلول‌های بنیادی", "  • کیت تشخیص تازه ساخته شد"),
        ("یادداشت‌های مرتبط", "  • شرکت‌های نوپا و چالش نیروی انسانی", "  • از ایده تا بازار"),
        (
            "You might enjoy these too",
            "  • Solar roofs for twelve parks",
            "  • A call for start-ups",
        ),
    ],
)
def test_a_box_of_undated_headlines_between_paragraphs_is_chrome(box: tuple[str, ...]) -> None:
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, *box, BODY))
    assert record.body == (LEAD, BODY)


def test_see_also_under_a_box_heading_looks_no_further_than_the_next_sentence() -> None:
    # The date in the paragraph under the box is no item of it.
    record = newsparse.parse_text(
        page(
            TITLE,
            TITLE,
            LEAD,
            "See also",
            "  • Elite students receive housing loans",
            BODY,
            "Applications can be submitted on the portal until 2020/01/15.",
        )
    )
    assert record.body == (
        LEAD,
        BODY,
        "Applications can be submitted on the portal until 2020/01/15.",
    )


def test_a_count_in_a_list_of_other_news_after_the_footer_is_not_the_views() -> None:
    record = newsparse.parse_text(
        blank_lines_apart(
            "  • 1402/06/24 - 10:00\n  • زمان مطالعه : 3 دقیقه\n  • کد خبر : 71845",
            "در نشست تخصصی صادرات فناوری مطرح شد؛",
            TITLE,
            TITLE,
            LEAD,
            "  • گروه خبری : اخبار,اسلایدر",
            "آخرین اخبار",
            "آیین‌نامه جدید حمایت از پژوهشگران پسادکتری\n۱۴۰۲/۰۶/۲۳ - ۱۸:۲۰\n۴۵۶ بازدید",
            "نشست صندوق نوآوری برگزار شد\n۱۴۰۲/۰۶/۲۲ - ۰۹:۴۵\n۲۹۱ بازدید",
            COPYRIGHT,
        )
    )
    assert record.views is None


@pytest.mark.parametrize("heading", ["Read more:", "بیشتر بخوانید:"])
def test_a_read_more_list_right_above_the_news_group_is_no_body(heading: str) -> None:
    # The footer under the items dates none of them: the box is of undated links.
    items = "  • Graphene filters tested in Qom\n  • Isfahan park opens a membrane lab"
    record = newsparse.parse_text(page(TITLE, TITLE, LEAD, BODY, heading, items))
    assert record.body == (LEAD, BODY)
