"""The comments between the article and its footer, and rows a tool printed out of line:
the old portal's footer row under a comments box, the info block's link to the comments,
a notice that comments are closed, right-aligned list numbers, a table's head run on after
a layout's cells, and a kicker under a breadcrumb that ends in the title."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.readers.markdown_tables import data_table_rows
from newsparse.readers.ordered import ordered_items_marked

KICKER = "Tissue engineering:"
TITLE = "Researchers grow skin substitute from fish collagen for burn patients"
LEAD = (
    "Researchers at a tissue engineering centre in Tehran have made a skin substitute from "
    "collagen taken from the skin of farmed fish, the centre said on Tuesday."
)
BODY = (
    "The team seeds a thin collagen sheet with the patient's own cells and grows it for two "
    "weeks before it is placed on the wound, the head of the centre said."
)
PORTAL_ROW = "10:40 - 09/07/2019 / Number : 41287 / Show Count : 158"


def test_the_old_portals_row_under_a_comments_box_is_the_articles() -> None:
    """A comment's own date stands between: the row's number says it is the article's."""
    comments = (
        "Comments",
        "Dr. Hosseini - 12/07/2019 - 21:30",
        "Very useful work. Has the sheet been tried on diabetic foot ulcers as well?",
        "Post your comment",
    )
    text = blank_lines_apart(KICKER, TITLE, TITLE, LEAD, BODY, *comments, PORTAL_ROW, COPYRIGHT)
    record = newsparse.parse_text(text)
    assert (record.news_code, record.views, record.published) == (
        41287,
        158,
        "2019-07-09T10:40:00+04:30",
    )
    assert (record.title, record.body, record.warnings) == (TITLE, (LEAD, BODY), ())


FA_LEAD = (
    "گروهی از پژوهشگران دانشگاه هرمزگان غشایی با لایه‌ای از نانولوله‌های کربنی ساخته‌اند که "
    "مصرف برق دستگاه‌های شیرین‌سازی آب دریا را تا یک‌پنجم کاهش می‌دهد."
)
FA_BODY = (
    "نمونه آزمایشی این غشا از اسفند سال گذشته در یک واحد کوچک شیرین‌سازی در حاشیه بندرعباس "
    "نصب شده و روزانه بیست مترمکعب آب آشامیدنی تولید می‌کند."
)


def test_the_info_blocks_link_to_the_comments_ends_no_text() -> None:
    text = blank_lines_apart(
        "پژوهشگران دانشگاه هرمزگان:",
        "ساخت غشای نانویی برای شیرین‌سازی آب دریا در بندرعباس",
        "زمان مطالعه : ۲ دقیقه",
        "کد خبر : ۷۱۸۴۴",
        "۱۴۰۱/۰۳/۱۵ - ۰۹:۴۵",
        "بازدید : ۳۱۲",
        "نظرات (۲)",
        FA_LEAD,
        FA_BODY,
        "گروه خبری : اخبار,فناوری نانو",
        "تعداد نظرات : ۲",
        "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
    )
    record = newsparse.parse_text(text)
    assert (record.body, record.comment_count, record.warnings) == ((FA_LEAD, FA_BODY), 2, ())


def test_a_notice_that_comments_are_closed_is_no_body() -> None:
    for notice in ("Comments are closed for this news.", "ارسال نظر برای این خبر بسته شده است"):
        text = blank_lines_apart(
            KICKER,
            TITLE,
            "Jan 6 2021 - 10:00",
            "421",
            TITLE,
            LEAD,
            BODY,
            notice,
            "News group : NEWS,Health",
            "News code : 5120",
            COPYRIGHT,
        )
        assert newsparse.parse_text(text).body == (LEAD, BODY)


def test_right_aligned_numbers_past_nine_are_the_lists_too() -> None:
    """w3m and lynx set ` 9.` over `10.`: the tenth item loses its number as the others do."""
    raw = ["The ten fields the fund backs this year are:", ""]
    raw += [f"{n:>2}. field number {n} of the fund's list" for n in range(1, 11)]
    marked = ordered_items_marked(raw)
    assert [line.split()[0] for line in marked[2:]] == ["•"] * 10
    assert marked[-1].endswith("field number 10 of the fund's list")


def test_a_tables_head_run_on_after_a_layouts_cells_is_a_line_of_its_own() -> None:
    """html2text runs a layout table's cells and a paragraph into the data table's head."""
    prose = "The council published the yields, next to those of a common local variety beside them:"
    raw = [
        f"Links [Home](index.aspx) |  Tuesday, July 9, 2019 {prose} | Line| Yield| Local",
        "---|---|---",
    ]
    raw += ["DT-11| 4.1| 3.2", "DT-14| 3.8| 2.9"]
    rows = data_table_rows(raw)
    assert rows[1:] == ["Line Yield Local", "---|---|---", "DT-11 4.1 3.2", "DT-14 3.8 2.9"]
    assert rows[0].strip().endswith(prose)


def test_a_kicker_under_a_breadcrumb_ending_in_the_title_stays_a_kicker() -> None:
    """A narrow column ends the breadcrumb at its edge, as if it went on below."""
    crumb = f"News > {TITLE}"
    text = "\n".join(
        (
            f"{'Home Page > news':<{len(crumb)}}",
            crumb,
            KICKER,
            "",
            TITLE,
            "",
            textwrap.fill(LEAD, len(crumb)),
            "",
            textwrap.fill(BODY, len(crumb)),
            "",
            PORTAL_ROW,
            COPYRIGHT,
        )
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title) == (KICKER.rstrip(":"), TITLE)


def test_a_capture_cut_under_a_side_columns_dated_headlines_has_no_date() -> None:
    """Their dates are the headlines', the article's row lost with the rest of the page
    (lynx numbers the links, and sets a headline's date on a line of its own)."""
    text = """
   Saturday, July 13, 2019-

   Most viewed

   [1]Researchers in Mashhad make a biodegradable film from saffron
   petals
   08/07/2019

   [2]Robotics week to open in Isfahan next month
   06/07/2019

   [3]Second national start-up weekend for farmers announced
   03/07/2019

   [6]Home Page > [7]news

   News > Iranian and Armenian parks agree on joint technology fairs

   Cooperation with the Caucasus;

   Iranian and Armenian parks agree on joint technology fairs

   The Pardis Technology Park and an innovation park in Yerevan signed a
   memorandum in Tehran on Wednesday to hold joint technology fairs.
"""
    record = newsparse.parse_text(text)
    assert (record.published, record.layout) == (None, "old-portal")
    assert "no publication date found" in record.warnings


def test_the_old_portals_row_run_on_after_a_note_with_no_full_stop_is_the_footer() -> None:
    """html2text runs a table cell's lines together: the row after the author's note."""
    note = "* The author teaches tissue engineering at Tarbiat Modares University"
    line = f"{LEAD} {BODY} {note} {PORTAL_ROW} | Most viewed notes"
    text = blank_lines_apart(f"{KICKER} {TITLE}", f"# {TITLE}", line, COPYRIGHT)
    record = newsparse.parse_text(text)
    assert (record.news_code, record.views, record.published) == (
        41287,
        158,
        "2019-07-09T10:40:00+04:30",
    )


def test_a_comments_heading_with_its_count_over_the_first_commenter_ends_the_text() -> None:
    """`Comments (4)` may be a share bar's button; over a commenter's name it is no bar."""
    comments = ("Comments (4)", "Hamid from Ahvaz", "Aug 16 2021 - 18:02", "We breathe this dust.")
    text = blank_lines_apart(
        KICKER,
        TITLE,
        "Aug 9 2021 - 11:40",
        "2,317",
        "Study time : 2 minute(s)",
        TITLE,
        LEAD,
        BODY,
        *comments,
        "News group : NEWS,Health",
        "News code : 5120",
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert (record.body, record.comment_count) == ((LEAD, BODY), 4)


def test_a_comment_forms_heading_and_a_newsletters_lone_field_are_no_body() -> None:
    for between in (
        ("Send your comment", "Name : [ ]", "Email : [ ]"),
        ("عضویت در خبرنامه", "پست الکترونیک :"),
        ("عضویت در خبرنامه", "پست الکترونیک : عضویت"),
    ):
        text = blank_lines_apart(
            KICKER,
            TITLE,
            "Aug 9 2021 - 11:40",
            "2,317",
            TITLE,
            LEAD,
            BODY,
            *between,
            "News group : NEWS,Health",
            "News code : 5120",
            COPYRIGHT,
        )
        assert newsparse.parse_text(text).body == (LEAD, BODY), between


def test_a_notice_that_comments_are_closed_run_on_after_the_text_is_apart() -> None:
    text = blank_lines_apart(
        KICKER,
        TITLE,
        TITLE,
        LEAD,
        f"{BODY} Comments are closed for this news.",
        PORTAL_ROW,
        COPYRIGHT,
    )
    assert newsparse.parse_text(text).body == (LEAD, BODY)


BMN_LABELS = ("Publish date : 2019/02/12", "Code : 412", "Visit count: 233")


def test_a_comment_forms_field_names_a_paste_keeps_are_no_body() -> None:
    """No boxes in a paste: the fields' names under the form's heading and the notice."""
    form = (
        "Post your comment",
        "No comments have been posted for this news yet. Be the first to comment.",
        "Name",
        "E-mail",
        "Comment",
        "Security code [captcha]",
        "Submit",
    )
    text = "\n".join(("Wednesday 13 February 2019", "", KICKER, TITLE, LEAD, BODY, *form))
    record = newsparse.parse_text("\n".join((text, *BMN_LABELS, COPYRIGHT)))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_name_alone_in_the_text_stays_body() -> None:
    name = "Name"
    text = "\n".join(("Wednesday 13 February 2019", "", KICKER, TITLE, LEAD, name, BODY))
    record = newsparse.parse_text("\n".join((text, *BMN_LABELS, COPYRIGHT)))
    assert record.body == (LEAD, name, BODY)


def test_a_tables_last_row_of_figures_over_bmns_labels_is_no_view_count() -> None:
    rows = ("Year Gold Silver Bronze", "2017 0 3 1", "2018 1 1 2", "2019 1 2 1")
    text = "\n".join(("Wednesday 13 February 2019", "", KICKER, TITLE, LEAD, BODY, *rows))
    record = newsparse.parse_text("\n".join((text, *BMN_LABELS, COPYRIGHT)))
    assert (record.views, record.body) == (233, (LEAD, BODY, *rows))


def test_a_counted_comments_heading_over_a_closed_notice_gives_the_count() -> None:
    """`Comments (0)` over `Comments are closed`, bmn's footer labels above: no bar's button."""
    for heading, closed, count in (
        ("Comments (0)", "Comments are closed for this news.", 0),
        ("نظرات بینندگان (2)", "حسین 1398/06/20 - 09:12", 2),
    ):
        text = blank_lines_apart(
            "Sunday 15 December 2019",
            KICKER,
            TITLE,
            LEAD,
            BODY,
            "Publish date : 2019/12/09",
            "Code : 412",
            "Visit count: 233",
            heading,
            closed,
            "All rights reserved for National Foundation of Elites",
        )
        record = newsparse.parse_text(text)
        assert (record.body, record.comment_count) == ((LEAD, BODY), count), heading
