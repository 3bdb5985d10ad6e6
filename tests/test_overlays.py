"""What a site lays over its pages and a saved copy keeps among the text (a newsletter's
pop-up, a request to send notifications, a survey's invitation, an offline copy's notice),
and the old portal's footer row with Persian labels."""

from __future__ import annotations

import newsparse
from conftest import blank_lines_apart
from test_rich_bodies import BODY, LEAD, TITLE, page

PARAGRAPH = (
    "The pilot line will make ten thousand cells a year once its second furnace is installed, "
    "the company said, and most of them will go to makers of home energy storage."
)


def test_a_newsletters_pop_up_between_paragraphs_is_no_body() -> None:
    record = newsparse.parse_text(
        page(
            "Mar 5 2024 - 10:30\n1,427",
            TITLE,
            LEAD,
            "(BUTTON) ×",
            "Never miss a breakthrough",
            "Get the week's science and technology news in your inbox every Saturday.",
            "Email address ____________________ (BUTTON) Subscribe",
            "[8]No thanks, maybe later",
            BODY,
        )
    )
    assert record.body == (LEAD, BODY)


def test_a_request_to_send_notifications_and_its_buttons_are_no_body() -> None:
    record = newsparse.parse_text(
        page(
            "Mar 5 2024 - 10:30\n1,427",
            TITLE,
            LEAD,
            "Would you like to receive notifications about new calls and awards?",
            "Allow",
            "Block",
            BODY,
        )
    )
    assert record.body == (LEAD, BODY)


def test_a_persian_surveys_invitation_and_an_offline_notice_are_no_body() -> None:
    survey = "لطفاً در نظرسنجی رضایت از پایگاه خبری شرکت کنید. این نظرسنجی سه دقیقه زمان می‌برد."
    record = newsparse.parse_text(
        page(
            "Mar 5 2024 - 10:30\n1,427",
            TITLE,
            LEAD,
            "نظر شما برای ما مهم است",
            survey,
            "[8]شرکت در نظرسنجی (BUTTON) بعداً یادآوری کن",
            "You are offline. You are reading a copy of this page saved on Oct 21 2024.",
            "Try again",
            BODY,
        )
    )
    assert record.body == (LEAD, BODY)


def test_a_sentence_over_a_lone_button_that_names_no_overlay_stays() -> None:
    record = newsparse.parse_text(
        page("Mar 5 2024 - 10:30\n1,427", TITLE, LEAD, PARAGRAPH, "Close", BODY)
    )
    assert record.body == (LEAD, PARAGRAPH, BODY)


def test_the_old_portals_row_with_persian_labels_closes_the_text_above_it() -> None:
    title = "دوازدهمین جشنواره فن‌آفرینی شیخ بهایی آغاز شد"
    lead = (
        "دبیر دوازدهمین جشنواره ملی فن‌آفرینی شیخ بهایی از آغاز مرحله نهایی داوری طرح‌های "
        "راه‌یافته به این رویداد خبر داد و گفت نتایج تا پایان ماه اعلام می‌شود."
    )
    record = newsparse.parse_text(
        blank_lines_apart(
            "شنبه 16 شهريور 1398-",
            "صفحه اصلی > اخبار",
            "دبیر جشنواره شیخ بهایی خبر داد",
            title,
            lead,
            "09:15 - 1398/06/12    /    کد خبر : 31842    /    تعداد بازدید : 142",
            "سایر اخبار",
            "فراخوان دومین دوره جایزه ترویج علم منتشر شد",
            "نشست خبری هفته پژوهش و فناوری برگزار می‌شود",
            "برگزیدگان مسابقه عکس علم معرفی شدند",
            "کارگاه روزنامه‌نگاری علم در مشهد",
            "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
        )
    )
    assert (record.title, record.body) == (title, (lead,))
    assert (record.news_code, record.views) == (31842, 142)
    assert record.published == "2019-09-03T09:15:00+04:30"


def test_an_html_requests_buttons_tell_its_words_from_the_text() -> None:
    # The HTML holds the buttons as `<button>`: their words stand on a line of their own, as
    # lynx prints them, and say the line above is the pop-up's, not the article's.
    html = (
        '<html lang="en"><body><ul><li>Mar 5 2024 - 10:30</li><li>1,427</li></ul>'
        f"<h1>{TITLE}</h1><p>{LEAD}</p>"
        '<div class="push"><p>Would you like to receive notifications about new calls?</p>'
        "<button>Allow</button><button>Block</button></div>"
        f"<p>{BODY}</p>"
        "<ul><li>News group : NEWS,Support Plans</li><li>News code : 96502</li></ul>"
        "<p>There are 0 comment(s) for this article</p></body></html>"
    )
    record = newsparse.parse_html(html)
    assert record.body == (LEAD, BODY)


BMN_TITLE = "Student team builds a small satellite payload to measure ozone"


def test_bmns_capture_date_under_a_choosers_words_is_the_capture_date() -> None:
    # A chooser's sentence stands above bmn's capture date; the title's copies right under
    # the date say the article starts there all the same.
    record = newsparse.parse_text(
        blank_lines_apart(
            "Some of our pages are written for school students. Please tell us your age group "
            "so that we can show you the right section.",
            "Under 12 12 to 18 Over 18",
            "Wednesday 11 December 2019",
            "Winners of the Student Space Olympiad:",
            BMN_TITLE,
            BMN_TITLE,
            LEAD,
            BODY,
            "Publish date : 2019/12/08",
            "Code : 412",
            "Visit count: 238",
            "All rights reserved for National Foundation of Elites",
        )
    )
    assert (record.captured_on, record.published) == ("2019-12-11", "2019-12-08")
    assert record.body == (LEAD, BODY)


def test_bmns_capture_date_over_its_banner_under_a_notice_is_the_capture_date() -> None:
    # A storage notice's sentence above the date, the title printed once below the menu:
    # the site's banner right under the date says it is the page's top.
    record = newsparse.parse_text(
        blank_lines_apart(
            "We keep your language and whether you closed this strip in your browser's local "
            "storage, and nothing else about your visit.",
            "Close and continue",
            "Sunday 15 March 2020",
            "National Elites Foundation Iran's National Elites Foundation",
            "Home\nFoundation\nPrograms\nContact",
            "Winners of the Student Space Olympiad:",
            BMN_TITLE,
            LEAD,
            BODY,
            "Publish date : 2020/03/11",
            "Code : 412",
            "Visit count: 238",
            "All rights reserved for National Foundation of Elites",
        )
    )
    assert (record.captured_on, record.published) == ("2020-03-15", "2020-03-11")
    assert record.body == (LEAD, BODY)


def test_a_date_in_the_text_over_no_copies_of_the_title_is_no_capture_date() -> None:
    # A dated subheading in a bmn article's text: nothing under it repeats.
    record = newsparse.parse_text(
        blank_lines_apart(
            "Winners of the Student Space Olympiad:",
            BMN_TITLE,
            LEAD,
            "Wednesday 11 December 2019",
            BODY,
            "Publish date : 2019/12/08",
            "Code : 412",
            "Visit count: 238",
            "All rights reserved for National Foundation of Elites",
        )
    )
    assert record.captured_on is None


MORE = (
    "The second season of trials will add two provinces and a wheat variety, and the "
    "sensing heads will be made at a plant in Tabriz, the project's head said."
)


def test_a_mobile_pages_folded_text_is_the_articles_and_its_button_no_body() -> None:
    html = (
        '<html lang="en"><body><ul><li>Mar 5 2024 - 10:30</li><li>1,427</li></ul>'
        f"<h1>{TITLE}</h1><p>{LEAD}</p>"
        f'<div class="rest" hidden><p>{BODY}</p><p>{MORE}</p></div>'
        '<button class="readmore">Read more</button>'
        "<ul><li>News group : NEWS,Support Plans</li><li>News code : 96502</li></ul>"
        "<p>There are 0 comment(s) for this article</p></body></html>"
    )
    assert newsparse.parse_html(html).body == (LEAD, BODY, MORE)


def test_a_hidden_pop_up_apart_from_the_text_stays_hidden() -> None:
    notice = (
        "We use cookies to keep you signed in and to understand how our pages are read "
        "by our visitors."
    )
    html = (
        '<html lang="en"><body><div class="cookies" hidden>'
        f"<p>{notice}</p><p>{notice}</p></div>"
        "<ul><li>Mar 5 2024 - 10:30</li><li>1,427</li></ul>"
        f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{BODY}</p>"
        "<ul><li>News group : NEWS,Support Plans</li><li>News code : 96502</li></ul>"
        "<p>There are 0 comment(s) for this article</p></body></html>"
    )
    assert newsparse.parse_html(html).body == (LEAD, BODY)


def test_a_text_tools_read_more_button_under_the_text_is_no_body() -> None:
    record = newsparse.parse_text(
        page("Mar 5 2024 - 10:30\n1,427", TITLE, LEAD, BODY, "(BUTTON) ادامه مطلب")
    )
    assert record.body == (LEAD, BODY)


def test_a_call_to_register_and_lynxs_input_button_under_the_text_are_no_body() -> None:
    record = newsparse.parse_text(
        page(
            "Mar 5 2024 - 10:30\n1,427",
            TITLE,
            LEAD,
            BODY,
            "Register for this tender",
            "[BUTTON Input] (not implemented)",
        )
    )
    assert record.body == (LEAD, BODY)


def test_a_date_a_sentence_announces_is_the_texts() -> None:
    # `... by the following time:` / `14:00 - 30/09/2019`: a date of the text, not the
    # article's info block (its row with labels closes the text).
    announce = "Sealed bids must reach the secretariat of the network by the following time:"
    opened = "Bids will be opened in public on 01/10/2019 at 10:00 before the bidders."
    record = newsparse.parse_text(
        blank_lines_apart(
            "Tuesday, September 10, 2019-",
            "Home Page > news",
            f"News > {TITLE}",
            "Tenders;",
            TITLE,
            LEAD,
            announce,
            "14:00 - 30/09/2019",
            opened,
            "10:20 - 09/09/2019    /    Number : 41207    /    Show Count : 96",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        )
    )
    assert record.body == (LEAD, announce, "14:00 - 30/09/2019", opened)
    assert (record.kicker, record.published) == ("Tenders", "2019-09-09T10:20:00+04:30")


def test_a_notice_run_on_after_the_top_bars_date_leaves_the_date() -> None:
    record = newsparse.parse_text(
        page(
            "Vice-Presidency for Science and Technology Today : Monday Oct 14 2024 فارسی Please "
            "enable JavaScript in your browser to use all the features of this site.",
            "Oct 7 2024 - 09:15\n312",
            TITLE,
            LEAD,
            BODY,
        )
    )
    assert record.captured_on == "2024-10-14"


def test_a_pagers_numbers_are_no_body() -> None:
    record = newsparse.parse_text(
        page("Mar 5 2024 - 10:30\n1,427", TITLE, LEAD, "۱ ۲ ۳ ۴", BODY, "1 2 3")
    )
    assert record.body == (LEAD, BODY)


def test_a_sign_up_box_that_promises_the_latest_news_is_no_body() -> None:
    record = newsparse.parse_text(
        page(
            "Mar 5 2024 - 10:30\n1,427",
            TITLE,
            LEAD,
            "Newsletter",
            "Subscribe to get the latest news.",
            BODY,
        )
    )
    assert record.body == (LEAD, BODY)
