"""Shapes met at the article's edges and inside it: a table of figures set in columns under
its head row, a tag list under its heading, a notice's second sentence, the address under
an English copyright line, the old portal's footer row wrapped after its date."""

from __future__ import annotations

import newsparse
from newsparse.grammar.figures import figures_row
from newsparse.readers.columns import stretches
from newsparse.readers.markdown import unmark
from newsparse.readers.markdown_tables import data_table_rows
from newsparse.readers.row_ends import ends_row

KICKER = "Grants of the foundation"
TITLE = "Foundation grants reach 955 young researchers in the first half of the year"
LEAD = (
    "The foundation's grants for young researchers reached 955 people in the first half of "
    "the year, and the figures for each programme are as follows:"
)
AFTER = (
    "The deputy for support said applications for the second half of the year can be filed "
    "on the foundation's portal until the end of November."
)
ROWS = (
    "Programme Recipients Grants (billion rials)",
    "Postdoctoral research grant 312 186",
    "Research service in place of military service 410 52",
    "Total 955 499",
)


def _bmn(body: list[str], *, rights: str = "", top: list[str] | None = None) -> str:
    return "\n".join(
        [
            "Saturday 12 October 2024",
            "",
            *(top or []),
            f"{KICKER}:",
            TITLE,
            "",
            *body,
            "   Publish date : 2024/10/12",
            "   Code : 2317",
            "   Visit count: 412",
            rights or "All rights reserved for National Foundation of Elites",
        ]
    )


def test_a_table_of_figures_lynx_sets_in_columns_under_its_head_row_is_read_by_rows() -> None:
    table = [
        "   The figures for each programme are as follows:",
        "                   Programme                   Recipients Grants (billion rials)",
        " Postdoctoral research grant                   312        186",
        " Young faculty member award                    145        97",
        " Technology founders grant                     88         164",
        " Research service in place of military service 410        52",
        " Total                                         955        499",
        "",
        f"   {AFTER}",
    ]
    assert [stretch.columns for stretch in stretches(table)] == [[table]]


def test_html2texts_table_with_a_long_row_name_is_read_by_rows() -> None:
    table = [
        "Programme| Recipients| Grants (billion rials)",
        "---|---|---",
        "Postdoctoral research grant| 312| 186",
        "Research service in place of military service| 410| 52",
        "Total| 955| 499",
    ]
    assert data_table_rows(table) == [ROWS[0], "---|---|---", *ROWS[1:]]


def test_tags_listed_one_a_line_under_their_heading_are_no_text() -> None:
    tags = ["Tags :", "grants", "postdoctoral", "Tehran", "Share :", "Facebook", "Telegram"]
    record = newsparse.parse_text(_bmn([LEAD, AFTER, *tags]))
    assert record.body == (LEAD, AFTER)


def test_the_second_sentence_of_a_javascript_notice_is_no_title() -> None:
    notice = [
        "Your browser does not support JavaScript or it is turned off.",
        "Some parts of this page may not work.",
    ]
    record = newsparse.parse_text(_bmn([LEAD, AFTER], top=notice))
    assert (record.kicker, record.title, record.body) == (KICKER, TITLE, (LEAD, AFTER))


def test_an_english_copyright_line_over_a_persian_address_names_its_publisher_alone() -> None:
    rights = "All rights reserved for National Foundation of Elites"
    assert ends_row(rights, "تهران، خیابان شهید بهشتی، نبش خیابان صابونچی، پلاک 118")
    # A Persian paragraph's last line may be a name in Latin letters.
    assert not ends_row("این نتایج در مجله", "Nature Communications")


OLD_PORTAL_CELL = (
    "Monday, July 9, 2018-\n"
    "Home Page > news\n"
    "News > Iranian team builds a low-cost water-quality sensor for village wells\n"
    "Print Send to Friend\n"
    "With support of the Vice-Presidency; Iranian team builds a low-cost water-quality\n"
    "sensor for village wells A team at a science and technology park in Kerman has\n"
    "built a sensor that measures nitrate and salt in well water and sends the readings\n"
    "by text message. The device costs about a tenth of imported models and runs for a\n"
    "year on one battery. Twenty units are now being tested in villages of the province.\n"
    "The team received a grant from the Vice-Presidency last year. 10:42 - 07/07/2018\n"
    "/    Number : 35106    /    Show Count : 97\n"
    "Copyright © Vice-Presidency for Science and Technology. All rights reserved\n"
)


def test_the_old_portals_footer_row_wrapped_after_its_date_keeps_its_date() -> None:
    record = newsparse.parse_text(OLD_PORTAL_CELL)
    assert (record.published, record.news_code, record.views) == (
        "2018-07-07T10:42:00+04:30",
        35106,
        97,
    )


def test_the_old_portals_footer_row_wrapped_after_the_slash_keeps_its_date() -> None:
    text = OLD_PORTAL_CELL.replace("07/07/2018\n/    Number", "07/07/2018    /\nNumber")
    record = newsparse.parse_text(text)
    assert (record.published, record.news_code, record.views) == (
        "2018-07-07T10:42:00+04:30",
        35106,
        97,
    )
    assert record.body[-1].endswith("last year.")


def test_a_forms_label_run_on_before_the_copyright_leaves_the_publisher() -> None:
    text = OLD_PORTAL_CELL.replace("\nCopyright ©", "\nNewsletter:  Copyright ©")
    record = newsparse.parse_text(text)
    assert record.publisher == "Vice-Presidency for Science and Technology"
    assert not any(warning.startswith("capture looks truncated") for warning in record.warnings)


def test_a_short_cell_run_together_with_its_kicker_and_title_says_so() -> None:
    # html2text ran the cell's four short paragraphs onto the title's line: nothing shows
    # where they part, and the record says so.
    record = newsparse.parse_text(OLD_PORTAL_CELL)
    assert record.title == "Iranian team builds a low-cost water-quality sensor for village wells"
    assert len(record.body) == 1
    assert record.warnings == ("body paragraph of 67 words: paragraphs may have run together",)


def test_a_rating_widget_and_inline_tags_after_the_text_are_no_text() -> None:
    # An attachment's link is the article's, as a source line is.
    chrome = [
        "Download the full statement (PDF, 1.4 MB)",
        "Source: National Foundation of Elites",
        "Tags : grants , postdoctoral , Tehran",
        "Rate this news 1 2 3 4 5 (12 votes)",
        "Rate this news: 1 2 3 4 5",
        "Rate this news:",
        "به این خبر امتیاز دهید 1 2 3 4 5 امتیاز شما ثبت شد",
    ]
    record = newsparse.parse_text(_bmn([LEAD, AFTER, *chrome]))
    assert record.body == (
        LEAD,
        AFTER,
        "Download the full statement (PDF, 1.4 MB)",
        "Source: National Foundation of Elites",
    )


def test_a_pull_quotes_few_words_in_lower_case_are_no_subheading() -> None:
    body = [
        LEAD,
        "the figures for each programme",
        "Who should pay",
        AFTER,
    ]
    record = newsparse.parse_text(_bmn(body))
    assert record.body == (LEAD, "Who should pay", AFTER)


def test_rows_ending_in_figures_are_lines_of_their_own() -> None:
    assert ends_row(
        "   Iranian Research Organization for Science and Technology 34 212", "National"
    )
    assert ends_row("   Programme Recipients Amount (rials)", "Doctoral grant 1,240 30,000,000")
    # A date ends no row of figures: the capture date's label wrapped before it goes on.
    assert not ends_row("Vice-Presidency for Science and Technology Today", ": Monday Oct 9 2023")


def test_html2texts_head_row_wrapped_with_walls_on_both_lines_is_one_row() -> None:
    table = [
        "Fiscal year ending in March| Exporting companies| Export value",
        "in millions of US dollars| Share of all exports  ",
        "---|---|---|---  ",
        "2020| 146| 88.4| 11.2%  ",
    ]
    assert data_table_rows(table) == [
        "Fiscal year ending in March Exporting companies Export value",
        "in millions of US dollars Share of all exports",
        "---|---|---|---  ",
        "2020 146 88.4 11.2%  ",
    ]


def test_a_breadcrumb_parting_its_items_by_a_slash_is_no_title() -> None:
    title = "فراخوان طرح‌های پسادکتری در حوزه هوش مصنوعی تا پایان آبان تمدید شد."
    body = (
        "صندوق حمایت از پژوهشگران و فناوران کشور مهلت ارسال طرح‌های پژوهشی دوره پسادکتری در "
        "حوزه هوش مصنوعی و علوم داده را تا پایان آبان‌ماه تمدید کرد."
    )
    capture = "\n".join(
        [
            "امروز : سه‌شنبه 8 آبان 1403",
            "  • صفحه نخست",
            "  • پرسش‌های متداول",
            "صفحه نخست / اخبار",
            "فراخوان طرح‌های پسادکتری حوزه هوش مصنوعی پایان آبان تمدید",
            "  • 1403/08/08 - 13:05",
            "  • 96",
            "  • زمان مطالعه : کمتر از یک دقیقه",
            title,
            body,
            "  • گروه خبری : اخبار صندوق,فراخوان‌ها",
            "  • کد خبر : 5127",
            "کلیه حقوق این سایت متعلق به صندوق حمایت از پژوهشگران و فناوران کشور می‌باشد",
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.body) == (title, (body,))


def test_a_persian_info_table_with_no_colons_and_a_comment_count_in_brackets() -> None:
    title = "نیترات آب چاه‌های روستایی با حسگر ارزان اندازه‌گیری می‌شود"
    body = (
        "به گزارش صندوق حمایت از پژوهشگران و فناوران کشور، پژوهشگران یک دانشگاه حسگری ساخته‌اند "
        "که نیترات آب چاه را در چند دقیقه اندازه می‌گیرد و نتیجه را با پیامک می‌فرستد."
    )
    capture = "\n".join(
        [
            "امروز : پنجشنبه ۲۰ اردیبهشت ۱۴۰۳",
            title,
            "تاریخ انتشار ۱۴۰۳/۰۲/۱۸ - ۱۱:۴۵",
            "تعداد بازدید ۵۳۸",
            "زمان مطالعه ۴ دقیقه",
            "کد خبر ۷۷۲۱۳",
            body,
            "گروه خبری : اخبار صندوق,آب و محیط زیست,اسلایدر",
            "نظرات کاربران (۰)",
            "تمامی حقوق این پایگاه متعلق به صندوق حمایت از پژوهشگران و فناوران کشور می‌باشد.",
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.views, record.study_minutes, record.news_code, record.comment_count) == (
        538,
        4,
        77213,
        0,
    )
    assert record.categories == ("اخبار صندوق", "آب و محیط زیست", "اسلایدر")


def test_a_related_storys_line_over_a_credited_caption_stays_in_the_text() -> None:
    also = "Also read: Grants for doctoral graduates rise again"
    caption = "The foundation's new building in Tehran. Photo: Public relations"
    record = newsparse.parse_text(_bmn([LEAD, also, caption, AFTER]))
    assert record.body == (LEAD, also, AFTER)


def test_bmns_persian_code_label_gives_the_news_code() -> None:
    record = newsparse.parse_text(_bmn([LEAD, AFTER]).replace("Code : 2317", "کد مطلب : 2318"))
    assert record.news_code == 2318


def test_a_persian_caption_with_its_credit_in_brackets_is_no_text() -> None:
    caption = "برگزیدگان جایزه در کنار رئیس بنیاد ملی نخبگان (عکس: روابط عمومی بنیاد)"
    record = newsparse.parse_text(_bmn([LEAD, caption, AFTER]))
    assert record.body == (LEAD, AFTER)


def test_a_tables_last_row_opening_in_lower_case_is_no_end_of_the_row_above() -> None:
    rows = ["Index Native enzyme Commercial enzyme", "Residual activity (%) 72 18", "pH 6.5 6.0"]
    record = newsparse.parse_text(_bmn([LEAD, *rows, AFTER]))
    assert record.body == (LEAD, *rows, AFTER)


def test_figures_rows_are_no_sentences_ending_on_numbers() -> None:
    assert figures_row("Iranian Research Organization for Science and Technology 34 212")
    assert figures_row("فعالیت باقی‌مانده پس از دو ساعت در 90 درجه (درصد) 72 18")
    assert not figures_row("Of the 212 inventors awarded in 2017, 164")
    assert not figures_row("The early numbers are encouraging. Of them 212 164")
    assert not figures_row("Today : Monday Oct 9 2023")


def test_pandocs_subscript_and_superscript_marks_leave_their_text() -> None:
    assert unmark("coated with TiO~2~ and an area of 40 m^2^.") == (
        "coated with TiO2 and an area of 40 m2."
    )
    assert unmark("about ~20 units, x~y z~") == "about ~20 units, x~y z~"
