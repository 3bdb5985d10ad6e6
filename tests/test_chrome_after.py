"""What stands around the article and is none of it: a news ticker over the kicker (its
headline on its line, or its headlines listed under it), a search box right above the
kicker, a related list with bmn's own labels, a table's cells after the copyright, a latest
news box between the info block and the text; and the Persian comment count."""

from __future__ import annotations

import pytest

import newsparse

BODY = (
    "One hundred and twelve doctoral graduates received the Allameh Tabatabai postdoctoral "
    "grant at a session held at the foundation's headquarters in Tehran on Tuesday, the "
    "fourth year in which the programme has been run by the foundation.",
    "The deputy for research affairs said the grant lets a young researcher spend two years "
    "in a university laboratory of his or her choice, with a monthly stipend and a research "
    "budget paid directly to the host group.",
)
TITLE = "Young laureates receive Allameh Tabatabai grants for the fourth year."
KICKER = "Foundation deputy at the awards session"


COMMENTS = [
    "Comments",
    "Behnam 2020/02/12 09:14",
    "This is the kind of support young researchers need. The stipend is small but the research "
    "budget paid to the host group makes the difference, and I hope the foundation keeps it.",
    "Negar Ahmadi 2020/02/13 21:40",
    "Will the list of laureates and their host laboratories be published? Students who look "
    "for a group to join next year would find it useful, and so would companies.",
]


def _bmn_page(
    *,
    top: list[str],
    between: list[str] | None = None,
    rights: str = "",
    after: list[str] | None = None,
) -> str:
    return "\n".join(
        [
            "Sunday 16 February 2020",
            "",
            *top,
            f"{KICKER}:",
            TITLE,
            *BODY,
            *(between or []),
            "Publish date : 2020/02/11",
            "Code : 1384",
            "Visit count: 247",
            *(after or []),
            rights or "All rights reserved for National Foundation of Elites",
        ]
    )


def test_a_news_tickers_headline_is_neither_title_nor_kicker() -> None:
    ticker = "Latest: Call for the 2020 Shahid Chamran postdoctoral programme is out"
    record = newsparse.parse_text(
        _bmn_page(
            top=[ticker],
            between=[
                "Latest news",
                "Call for the 2020 Shahid Chamran postdoctoral programme is out",
            ],
        )
    )
    assert (record.kicker, record.title) == (KICKER, TITLE)


def test_a_related_list_with_bmns_labels_lends_the_article_nothing() -> None:
    related = [
        "Related News",
        "  • Elite students visit water research institute 2019/11/20 Visit count: 187",
        "  • Call for the Shahid Chamran award opens 2019/11/12 Visit count: 402",
    ]
    record = newsparse.parse_text(_bmn_page(top=[], between=related, after=COMMENTS))
    assert (record.title, record.body, record.views) == (TITLE, BODY, 247)


def test_the_copyright_cells_a_tool_ran_on_are_no_part_of_the_publisher() -> None:
    rights = "| | All rights reserved for National Foundation of Elites | | No. 14, Tehran | |"
    record = newsparse.parse_text(_bmn_page(top=[], rights=rights))
    assert record.publisher == "National Foundation of Elites"


def test_the_persian_comment_count_may_come_first() -> None:
    page = "\n".join(
        [
            "معاون علمی:",
            "نخستین ماهواره سنجش از دور دانشجویی با موفقیت به مدار رسید",
            "  • ۱۴۰۳/۰۲/۱۸ - ۰۹:۳۰",
            "  • ۴۱۲",
            "  • زمان مطالعه : 3 دقیقه",
            "  • کد خبر : 103517",
            "ماهواره‌ای که گروهی از دانشجویان سه دانشگاه کشور در دو سال طراحی و ساخته‌اند، صبح "
            "روز گذشته با یک پرتابگر خارجی به مداری در ارتفاع حدود ۵۰۰ کیلومتری زمین رسید و "
            "نخستین سیگنال‌های آن در ایستگاه زمینی دریافت شد و کار خود را آغاز کرد.",
            "گروه خبری : اخبار,فناوری‌های فضایی",
            "۲ نظر برای این خبر ثبت شده است",
            "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
        ]
    )
    assert newsparse.parse_text(page).comment_count == 2


def test_a_news_tickers_listed_headlines_are_neither_title_nor_kicker() -> None:
    # Under the menu, the ticker's four headlines push the title's copies far down.
    ticker = [
        *(f"  • {item}" for item in ("Home", "About us", "Awards", "News", "Contact us")),
        "News:",
        "  • Provincial offices open files for the spring round",
        "  • Olympiad medalists meet the foundation's board",
        "  • Postdoc program adds 120 new positions",
        "  • Elites week to be held in January",
    ]
    page = _bmn_page(top=ticker).replace(TITLE, f"{TITLE}\n{TITLE}")
    record = newsparse.parse_text(page)
    assert (record.kicker, record.title, record.body) == (KICKER, TITLE, BODY)


def test_a_kicker_under_a_search_box_is_no_button_of_it() -> None:
    page = _bmn_page(top=["[                    ][Search]"]).replace(KICKER, "Announcement")
    record = newsparse.parse_text(page)
    assert (record.kicker, record.title) == ("Announcement", TITLE)


def test_a_paste_of_a_one_paragraph_item_is_no_hard_wrapped_capture() -> None:
    # Pasted headlines end on their dates near one length by chance; the paragraph pasted
    # on one line says no tool wrapped these lines: the title is not run into it.
    headlines = [
        "Latest news",
        "Winners of the national inventors award announced 2017/11/18",
        "Elite students to spend summer terms at technology parks 2017/11/14",
        "Call for the second round of the postdoctoral grant 2017/11/08",
    ]
    lead = " ".join(BODY)
    page = "\n".join(
        [
            "Sunday 16 February 2020",
            *headlines,
            f"{KICKER}:",
            TITLE,
            lead,
            "Publish date : 2020/02/11",
            "Code : 1384",
            "Visit count: 247",
            "All rights reserved for National Foundation of Elites",
        ]
    )
    record = newsparse.parse_text(page)
    assert (record.title, record.body) == (TITLE, (lead,))


def test_bmns_labels_under_the_comments_close_the_article_above_them() -> None:
    comments = ["Comments", "There are 2 comment(s) for this article", *COMMENTS[1:]]
    page = _bmn_page(top=[]).replace("Publish date", "\n".join(comments) + "\nPublish date", 1)
    record = newsparse.parse_text(page)
    assert (record.title, record.body, record.views) == (TITLE, BODY, 247)


@pytest.mark.parametrize(
    "under_heading",
    [
        # w3m prints the commenter's name and the date on lines of their own.
        ["Behnam", "2020/02/12 09:14", COMMENTS[2]],
        ["No comments have been posted for this news yet. Be the first to comment."],
        ["Full name *", "Your comment *", "Security code", "Submit"],
    ],
    ids=["name-over-date", "none-yet", "form"],
)
def test_the_comments_heading_closes_the_article_over_what_only_comments_show(
    under_heading: list[str],
) -> None:
    page = _bmn_page(top=[], between=["Comments", *under_heading])
    record = newsparse.parse_text(page)
    assert (record.title, record.body, record.views) == (TITLE, BODY, 247)


def test_a_sentence_opening_with_chrome_words_stays_whole() -> None:
    # `No` answers a feedback widget and `Comments` heads a box: a toolbar's two texts.
    sentence = "No comments were offered by the ministry on the figures published last week."
    page = _bmn_page(top=[]).replace(BODY[-1], f"{BODY[-1]}\n{sentence}", 1)
    record = newsparse.parse_text(page)
    assert record.body == (*BODY, sentence)


def test_a_print_versions_address_under_the_article_gives_its_news_code() -> None:
    # The address w3m wrapped at its slash, the copyright's line above it.
    page = "\n".join(
        [
            f"{KICKER}:",
            TITLE,
            *BODY,
            "All rights reserved for National Foundation of Elites https://en.bmn.ir/en-US/News/1",
            "News URL : https://en.bmn.ir/en-US/News/",
            "Young-laureates-receive-grants/1384",
        ]
    )
    record = newsparse.parse_text(page)
    assert (record.news_code, record.publisher) == (1384, "National Foundation of Elites")


@pytest.mark.parametrize(
    ("urls", "code"),
    [
        (["https://en.bmn.ir/en-US/News/Young-laureates-receive-grants/1384"], 1384),
        # A list of the links' targets a tool appends: none is the page's own address.
        (["https://en.bmn.ir/en-US/News/Other-news/1390", "https://en.bmn.ir/en-US/"], None),
    ],
)
def test_a_print_versions_address_alone_under_its_rights_line_gives_its_news_code(
    urls: list[str], code: int | None
) -> None:
    page = "\n".join(
        [
            f"{KICKER}:",
            TITLE,
            *BODY,
            "All rights reserved for National Foundation of Elites",
            *urls,
        ]
    )
    assert newsparse.parse_text(page).news_code == code


def test_a_latest_news_box_printed_between_the_info_block_and_the_text_is_no_boundary() -> None:
    # The page sets the box in a cell beside the info block; a copy prints it after the
    # block, the article's text under it.
    capture = "\n".join(
        (
            KICKER + ":",
            TITLE,
            "Study time : 3 minute(s)",
            "News code : 73510",
            "Aug 3 2021 - 10:30",
            "621",
            "",
            "Latest news",
            "Biotechnology fair opens in Mashhad",
            "Aug 9 2021 - 13:00",
            "Creative industries accelerators call for teams",
            "Aug 8 2021 - 08:45",
            *BODY,
            "News group : NEWS,Elites",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.published, record.views) == (
        TITLE,
        "2021-08-03T10:30:00+04:30",
        621,
    )
    assert record.body == BODY


def test_a_tag_list_run_on_after_the_last_paragraph_is_no_body() -> None:
    # html2text runs a table cell's blocks together: the tags follow the text's last words.
    lead, last = BODY
    run_on = f"{last} کلیدواژه‌ها : بیوچار نخل خرما زیست‌فناوری"
    capture = "\n\n".join(
        (
            "  • Aug 3 2021 - 10:30\n  • 621",
            KICKER + ":",
            TITLE,
            lead,
            run_on,
            "  • News group : NEWS,Elites",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        )
    )
    assert newsparse.parse_text(capture).body == BODY


def test_an_upcoming_events_box_before_bmns_labels_is_no_body() -> None:
    # Its items open with their dates, as a timetable in the text may.
    events = [
        "Upcoming events",
        "2020/02/18 - Meeting of provincial elite foundations, Tehran",
        "2020/02/24 - Ceremony for top students of the Olympiads",
    ]
    record = newsparse.parse_text(_bmn_page(top=[], between=events))
    assert (record.title, record.body) == (TITLE, BODY)


def test_bmns_labels_run_on_after_the_text_are_its_footer_and_say_the_text_ran_together() -> None:
    # html2text runs a table cell's paragraphs and its footer's labels onto one line: three
    # sentences before the labels say the text's lines ran together.
    text = f"{' '.join(BODY)} The next round opens in the spring."
    run = f"{text} Publish date : 2020/02/11 Code : 1384 Visit count: 247"
    rights = "All rights reserved for National Foundation of Elites"
    top = ("Sunday 16 February 2020", f"{KICKER}:", TITLE)
    record = newsparse.parse_text("\n\n".join((*top, run, rights)))
    words = len(text.split())
    assert (record.published, record.news_code, record.views) == ("2020-02-11", 1384, 247)
    assert record.body == (text,)
    assert record.warnings == (
        f"body paragraph of {words} words: paragraphs may have run together",
    )


def test_the_old_portals_row_run_on_after_the_text_says_the_text_ran_together() -> None:
    text = f"{' '.join(BODY)} The next round opens in the spring."
    run = f"{text} 10:20 - 15/07/2019    /    Number : 31562    /    Show Count : 143"
    top = ("Tuesday, July 16, 2019-", f"{KICKER};", f"## {TITLE}")
    rights = "Copyright © Vice-Presidency for Science and Technology. All rights reserved"
    record = newsparse.parse_text("\n\n".join((*top, run, rights)))
    assert (record.news_code, record.views, record.body) == (31562, 143, (text,))
    assert record.warnings == (
        f"body paragraph of {len(text.split())} words: paragraphs may have run together",
    )


def test_a_news_group_run_on_after_the_tags_gives_the_categories() -> None:
    run = f"{' '.join(BODY)} Tags: grants laureates News group : NEWS,Awards"
    text = "\n\n".join(
        (
            "  • Feb 11 2020 - 10:30\n  • 247",
            f"{KICKER}:",
            TITLE,
            run,
            "News code : 1384",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        )
    )
    record = newsparse.parse_text(text)
    assert (record.categories, record.body) == (("NEWS", "Awards"), (" ".join(BODY),))


def test_a_tables_rows_in_a_capture_with_no_info_block_are_no_menu() -> None:
    # A reader view keeps the text and its table, no date, labels or footer: short lines
    # in a row ending in figures are the table's rows, though a bare menu's run is as short.
    rows = ("Field Awardees", "Engineering 27", "Basic sciences 19", "Medical sciences 11")
    capture = "\n\n".join(
        ("en.bmn.ir", f"{KICKER};", TITLE, BODY[0], "The awardees by field are these.")
    )
    capture += "\n\n" + "\n".join(rows) + "\n\n" + BODY[1]
    record = newsparse.parse_text(capture)
    assert record.body == (BODY[0], "The awardees by field are these.", *rows, BODY[1])


def test_bmns_labels_close_the_text_above_boxes_of_calls_and_grants_under_them() -> None:
    boxes = [
        "Open calls",
        "Call for the Kazemi Ashtiani award for young researchers Deadline: 2020/03/30",
        "Call for research chairs at provincial universities Deadline: 2020/04/15",
        "Call for elite conscripts in technology projects Deadline: 2020/03/31",
        "Grants",
        "Research grant for young faculty members",
        "Travel grant for conferences abroad",
    ]
    # The text runs to more than three times the boxes' words.
    more = [
        "Applicants must have defended their thesis within the last three years and hold a "
        "written acceptance from a host professor at a public university or institute.",
        "This year the foundation expects to fund about four hundred researchers, sixty more "
        "than last year, and the monthly stipend has been raised to match a lecturer's pay.",
    ]
    record = newsparse.parse_text(_bmn_page(top=[], between=more, after=boxes))
    assert (record.kicker, record.title, record.body) == (KICKER, TITLE, (*BODY, *more))


def test_an_app_banners_cry_and_its_stores_above_bmns_kicker_are_no_title() -> None:
    banner = [
        "New! Download our app: the foundation's calls, grants and news in your pocket.",
        "Google Play Cafe Bazaar Not now",
    ]
    record = newsparse.parse_text(_bmn_page(top=banner))
    assert (record.kicker, record.title, record.body) == (KICKER, TITLE, BODY)


@pytest.mark.parametrize(
    ("rights", "publisher"),
    [
        (
            "All rights reserved for National Foundation of Elites Tehran, Vanak Square, "
            "Mollasadra Street, No. 5",
            "National Foundation of Elites",
        ),
        # A name whose own words go on past the part the family's list names stays whole.
        (
            "کلیه حقوق این سایت متعلق به ستاد توسعه فناوری‌های آب، خشکسالی، فرسایش و محیط "
            "زیست می‌باشد",
            "ستاد توسعه فناوری‌های آب، خشکسالی، فرسایش و محیط زیست",
        ),
    ],
)
def test_an_address_run_on_after_the_rights_line_is_no_part_of_the_publisher(
    rights: str, publisher: str
) -> None:
    assert newsparse.parse_text(_bmn_page(top=[], rights=rights)).publisher == publisher
