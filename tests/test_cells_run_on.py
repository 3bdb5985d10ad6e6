"""What a tool runs on from a layout table's other cells, or leaves of a column: a side
column's button or count before the kicker, a share bar after the picture's copy of the
title, the study time after the alt text, the comments' heading inside the tags' line, bmn's
rating after its labels, a header row's date beside the site's name, and a column that goes
on alone past the one beside it."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT, FIXTURES, blank_lines_apart, load_json
from newsparse.readers.row_ends import ends_row
from newsparse.readers.text import text_lines

TITLE = "Rooftop wind turbines made in Tabriz go on sale for apartment blocks"
KICKER = "Small wind power:"
LEAD = (
    "A knowledge-based company in the Tabriz science park has begun selling vertical wind "
    "turbines small enough to stand on the roof of an apartment block."
)
BODY = (
    "Each turbine gives up to two kilowatts in a steady breeze, enough for the lights of "
    "the stairs and the lift of a six-storey building, the company said."
)
INFO = ("  * Nov 4 2023 - 10:40", "  * 318", "  * Study time : 2 minute(s)")
FOOTER = ("  * News group : NEWS,Energy", "  * News code : 90417")


def _page(*article: str, kicker: str = KICKER, info: tuple[str, ...] = INFO) -> str:
    return blank_lines_apart(
        "Home | News | Contact us", *info, kicker, TITLE, *article, *FOOTER, COPYRIGHT
    )


def test_a_side_columns_button_or_count_run_onto_the_kicker_is_left_out_of_it() -> None:
    # Or a box's sentence (a newsletter's call to enter an address), or a form's label.
    cells: tuple[str, ...] = (
        "ثبت نظر",
        "Vote",
        "Total visits : 6,220,415",
        "Enter your email for news.",
    )
    # Or a box's heading and its form's button (`Newsletter Join`, `خبرنامه عضویت`).
    cells += ("Newsletter Join", "خبرنامه عضویت", "Site search Go")
    for cell in (*cells, "پست الکترونیک :"):
        record = newsparse.parse_text(_page(LEAD, BODY, kicker=f"{cell} | {KICKER}"))
        assert record.kicker == "Small wind power", cell
    # A genre's label before the bar is the kicker's own.
    record = newsparse.parse_text(_page(LEAD, BODY, kicker=f"Report | {KICKER}"))
    assert record.kicker == "Report | Small wind power"


def test_a_share_bar_between_the_pictures_copy_and_the_lead_is_no_body() -> None:
    for bar in ("Facebook Twitter WhatsApp Telegram Email", "Print Email Telegram Twitter"):
        record = newsparse.parse_text(_page(f"{TITLE} {bar} {LEAD}", BODY))
        assert record.body == (LEAD, BODY), bar


def test_a_print_bar_with_its_email_and_share_buttons_ends_its_row() -> None:
    bar = "[17]چاپ | [18]ارسال به ایمیل | [19]اشتراک‌گذاری"
    assert ends_row(bar, "[20]نخستین آزمایشگاه ملی اپتیک کوانتومی در دانشگاه")
    record = newsparse.parse_text(_page(LEAD, "چاپ | ارسال به ایمیل | اشتراک‌گذاری", BODY))
    assert record.body == (LEAD, BODY)


def test_the_study_time_run_on_after_the_pictures_copy_is_read() -> None:
    info = INFO[:2]
    record = newsparse.parse_text(_page(f"{TITLE} Study time : 2 minute(s)", LEAD, BODY, info=info))
    assert (record.study_minutes, record.body) == (2, (LEAD, BODY))
    # The info block's row holds its date before the study time: one row, read whole.
    row = "date Nov 4 2023 - 10:40 views 318 study time Study time : 2 minute(s)"
    record = newsparse.parse_text(_page(LEAD, BODY, info=(row,)))
    assert (record.published, record.views, record.study_minutes) == (
        "2023-11-04T10:40:00+03:30",
        318,
        2,
    )


def test_the_comments_heading_and_count_inside_the_tags_line_are_read() -> None:
    for after in ("نام", "علی این دستگاه برای روستاها هم به کار می‌آید."):
        tags = f"کلیدواژه‌ها توربین بادی تبریز نظرات کاربران (۲) {after}"
        text = blank_lines_apart(*INFO, KICKER, TITLE, LEAD, BODY, *FOOTER, tags, COPYRIGHT)
        record = newsparse.parse_text(text)
        assert (record.comment_count, record.body) == (2, (LEAD, BODY)), after


def test_bmns_labels_with_a_rating_run_on_after_them_are_read() -> None:
    labels = (
        "Publish date : 2019/11/27 Code : 412 Visit count: 233 Rate : 4.2 / 5 (9 votes) "
        "Was this news helpful? Comments"
    )
    text = blank_lines_apart(
        "Wednesday 11 December 2019",
        KICKER,
        TITLE,
        f"{LEAD} {BODY}",
        labels,
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(text)
    assert (record.published, record.news_code, record.views) == ("2019-11-27", 412, 233)
    assert record.body == (f"{LEAD} {BODY}",)


def test_a_header_rows_date_beside_the_sites_name_is_the_capture_date() -> None:
    for header, day in (
        (
            "Wednesday 11 December 2019 فارسی | Login National Elites Foundation [banner]",
            "2019-12-11",
        ),
        ("بنیاد ملی نخبگان دوشنبه 12 اسفند 1398", "2020-03-02"),
    ):
        text = blank_lines_apart(
            header,
            KICKER,
            TITLE,
            LEAD,
            BODY,
            "Publish date : 2019/11/27",
            "Code : 412",
            "Visit count: 233",
            "All rights reserved for National Foundation of Elites",
        )
        assert newsparse.parse_text(text).captured_on == day, header


def test_the_article_going_on_alone_past_a_side_column_is_joined_at_its_width() -> None:
    # links pads each line of the left cell to its edge; past the side column's end the
    # article goes on alone, wrapped at the cell's width, well short of the page's (the
    # address under the table runs wider).
    page = FIXTURES / "blind-comments15-bmn-elite-olympiad-mentors-comments-rating"
    found = [line.text for line in text_lines((page / "links.txt").read_text(encoding="utf-8"))]
    expected = load_json(page / "expected.json")["body"]
    assert all(paragraph in found for paragraph in expected[1:])


def test_a_columns_last_row_with_a_list_item_set_in_is_still_two_columns() -> None:
    # The side column's last date fills its cell beside the article's last item, which
    # is set in past the boundary: three spaces part them, none right before the boundary.
    right = [*textwrap.wrap(LEAD, 46), "", "They will stand on:", ""]
    right += ["  * schools", "  * clinics", "  * farms"]
    side = ["Latest news", "", "Start-ups win", "grants", "Oct 2 2023 - 10:15", ""]
    side += ["Wind farm", "opens", "Sep 30 2023 - 09:30"]
    side = [""] * (len(right) - len(side)) + side
    rows = [f"  {a:<20}{b}".rstrip() for a, b in zip(side, right, strict=True)]
    after = [f"{'':22}{line}" for line in ["", *textwrap.wrap(BODY, 46)]]
    found = [line.text for line in text_lines("\n".join([*rows, *after]))]
    assert "farms" in found
    assert "Sep 30 2023 - 09:30" in found
    assert BODY in found


def test_the_comments_heading_over_a_comment_run_on_after_its_name_and_date_is_counted() -> None:
    # w3m prints a comment's cells on one line: the name, the date, the comment's words.
    comments = (
        "Comments (2)",
        "Hossein Rahimi 09:48 - 15/05/2018 Does it also work on a windless roof? Ours is low.",
        "Maryam 21:03 - 16/05/2018 Good work. Please publish the price.",
    )
    record = newsparse.parse_text(_page(LEAD, BODY, *comments))
    assert (record.comment_count, record.body) == (2, (LEAD, BODY))


def test_the_kicker_the_title_its_copy_and_the_lead_on_one_line_are_apart() -> None:
    """The old portal's cell run together (html2text), the title known by its copy alone."""
    more = "The company plans a larger model for schools and hospitals next spring."
    text = blank_lines_apart(
        "Tuesday, May 22, 2018-",
        "Home Page > news",
        f"Small wind power; {TITLE} {TITLE} {LEAD}",
        f"{BODY} {more}",
        "11:40 - 13/05/2018 / Number : 4521 / Show Count : 77",
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title) == ("Small wind power", TITLE)
    # (A narrow column's lines, no blank line between its blocks, join so too: a short lead
    # run on after the copy says no paragraphs ran together.)
    assert (record.body, record.warnings) == ((LEAD, f"{BODY} {more}"), ())


def test_the_footers_bullet_run_on_after_the_last_sentence_is_no_body() -> None:
    """elinks wraps the footer's first item, its bullet first, onto the text's last line."""
    for tail in ("• News group : NEWS,Energy", "• News group : NEWS,Energy ,Grants"):
        text = blank_lines_apart(
            "Home | News | Contact us",
            *INFO,
            KICKER,
            TITLE,
            LEAD,
            f"{BODY}{tail}",
            "  * News code : 90417",
            COPYRIGHT,
        )
        record = newsparse.parse_text(text)
        assert (record.body, record.news_code) == ((LEAD, BODY), 90417), tail


def test_bmns_visit_count_with_a_labelled_share_bar_run_on_after_it_is_read() -> None:
    text = blank_lines_apart(
        "Wednesday 11 December 2019",
        KICKER,
        TITLE,
        LEAD,
        BODY,
        "Publish date : 2019/11/27",
        "Code : 412",
        "Visit count: 233 Share: Twitter Telegram LinkedIn",
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(text)
    assert (record.news_code, record.views, record.body) == (412, 233, (LEAD, BODY))


def test_the_titles_copy_run_on_after_the_news_code_into_the_whole_text_is_warned() -> None:
    """html2text ran the cell from the news code on: the title's copy and every paragraph."""
    more = (
        "The first hundred turbines went to housing cooperatives in Tabriz and Urmia, where "
        "the company's engineers fitted them on the roofs in a single day. Its managing "
        "director said the blades are cast in the province from a recycled polymer."
    )
    text_run = f"{LEAD} {BODY} {more}"
    text = blank_lines_apart(
        "Home | News | Contact us",
        "  * Nov 4 2023 - 10:40",
        "  * 318",
        "  * Study time : 2 minute(s)",
        KICKER,
        TITLE,
        f"News code : 90417 {TITLE} {text_run}",
        "  * News group : NEWS,Energy",
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert (record.news_code, record.body) == (90417, (text_run,))
    warning = f"body paragraph of {len(text_run.split())} words: paragraphs may have run together"
    assert record.warnings == (warning,)


def test_a_pictures_alt_text_and_the_titles_copy_run_into_the_whole_text_are_warned() -> None:
    """html2text ran the cell from the picture on: its alt text of a few words, the title's
    caption copy and every paragraph."""
    text_run = f"{LEAD} {BODY} {BODY}"
    record = newsparse.parse_text(_page(f"Wind turbines {TITLE} {text_run}"))
    assert record.body == (text_run,)
    warning = f"body paragraph of {len(text_run.split())} words: paragraphs may have run together"
    assert record.warnings == (warning,)


def test_an_old_portal_date_wrapped_beside_the_sites_name_is_the_capture_date() -> None:
    # Both header cells wrapped at a narrow width: `... Science and   Tuesday, July 16,` over
    # `Technology   2019-`.
    text = blank_lines_apart(
        "Vice-Presidency for Science and       Tuesday, July 16,\n"
        "Technology                            2019-",
        "Home Page > news",
        f"News > {TITLE}",
        "Print        Send to Friend",
        KICKER,
        TITLE,
        LEAD,
        BODY,
        "10:42 - 14/07/2019 / Number : 36018 / Show Count : 93",
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
    )
    record = newsparse.parse_text(text)
    assert (record.captured_on, record.published) == ("2019-07-16", "2019-07-14T10:42:00+04:30")


def test_a_kickers_start_left_on_the_line_above_it_is_the_kickers() -> None:
    # html2text left the kicker's first words on the toolbar's line, a word no phrase ends
    # with last (`[Send to Friend](...) Vice-President for` / `Science and Technology:`).
    record = newsparse.parse_text(
        _page(LEAD, BODY, kicker="Print Send to Friend Deputy for\n\nSmall wind power:")
    )
    assert (record.kicker, record.body) == ("Deputy for Small wind power", (LEAD, BODY))
    # A line ending otherwise is none of it, a toolbar's too.
    record = newsparse.parse_text(
        _page(LEAD, BODY, kicker="Printer-friendly Pass it on\n\nSmall wind power:")
    )
    assert record.kicker == "Small wind power"


def test_the_tags_and_a_share_label_run_on_after_the_last_sentence_are_no_body() -> None:
    # html2text ran the cell's tags and the share bar's label on after the text.
    record = newsparse.parse_text(_page(LEAD, f"{BODY} Tags: wind power, Tabriz Share:"))
    assert record.body == (LEAD, BODY)
    # A paragraph announcing a list ends with its colon: it stays whole.
    intro = f"{BODY} Its two models are:"
    assert newsparse.parse_text(_page(LEAD, intro)).body == (LEAD, intro)


def test_the_lead_run_on_after_an_info_row_ending_in_the_news_code_is_set_apart() -> None:
    # html2text flattened the cell: the info items, set apart by bars, and the lead on one line.
    title = "صفحه‌خوان فارسی رایگان برای نابینایان عرضه شد"
    lead = "یک شرکت دانش‌بنیان در مشهد نرم‌افزار صفحه‌خوان فارسی را ساخته است."
    after = "مدیر فنی این شرکت گفت: نسخه اندروید این نرم‌افزار تا پایان سال عرضه می‌شود."
    row = "۱۴۰۳/۰۲/۱۸ - ۱۰:۴۵ | بازدید: ۵۳۸ | زمان مطالعه : ۲ دقیقه | کد خبر : ۸۷۲۱۵"
    capture = blank_lines_apart(
        "با حمایت صندوق نوآوری و شکوفایی؛",
        title,
        f"{row} {lead}",
        after,
        "گروه خبری : اخبار,فناوری اطلاعات",
        "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
    )
    record = newsparse.parse_text(capture)
    assert (record.published, record.views, record.study_minutes, record.news_code) == (
        "2024-05-07T10:45:00+03:30",
        538,
        2,
        87215,
    )
    assert (record.title, record.body) == (title, (lead, after))
