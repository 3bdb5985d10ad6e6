"""Labels and values the tools split across lines or ran together are read as the page shows."""

from __future__ import annotations

from conftest import COPYRIGHT
from newsparse import parse_text
from newsparse.grammar.label_lines import label_lines
from newsparse.grammar.lines import Line

TOP = [
    "Today : Monday Mar 4 2024",
    "• Sep 20 2020 - 23:45",
    "• 746",
    "A portable purifier works on sunlight",
    "A portable purifier works on sunlight",
    "The device weighs less than nine kilograms and needs no electricity at all.",
]


def test_a_label_alone_on_its_line_takes_the_next_line_as_its_value() -> None:
    footer = [
        "Study time :",
        "Less than one minute",
        "News group :",
        "NEWS,Interview,",
        "News code :",
        "40518",
    ]
    record = parse_text("\n".join([*TOP, *footer, COPYRIGHT]))
    assert record.study_minutes == 0
    assert record.categories == ("NEWS", "Interview")
    assert record.news_code == 40518


def test_a_label_alone_before_another_label_takes_no_value() -> None:
    footer = ["News group :", "News code : 40518"]
    record = parse_text("\n".join([*TOP, *footer, COPYRIGHT]))
    assert record.news_code == 40518
    assert record.categories == ()


def test_a_label_run_on_into_the_news_group_line_ends_the_list_and_is_read() -> None:
    footer = ["News group :NEWS,Health Technologies, News code :40518"]
    record = parse_text("\n".join([*TOP, *footer, COPYRIGHT]))
    assert record.categories == ("NEWS", "Health Technologies")
    assert record.news_code == 40518


def test_a_copyright_line_wrapped_before_its_end_gives_the_publisher() -> None:
    wrapped = ["Copyright © Vice-Presidency for Science and Technology. All rights", "reserved"]
    record = parse_text("\n".join([*TOP, "News code : 40518", *wrapped]))
    assert record.publisher == "Vice-Presidency for Science and Technology"
    assert not any("truncated" in warning for warning in record.warnings)


def test_a_body_paragraph_opening_with_copyright_is_not_joined_to_the_next() -> None:
    body = ["Copyright protection for the design has been requested.", "All rights are kept."]
    record = parse_text("\n".join([*TOP, *body, "News code : 40518", COPYRIGHT]))
    assert "Copyright protection for the design has been requested." in record.body


def test_a_comment_count_a_narrow_cell_wrapped_and_ran_into_the_captcha_is_read() -> None:
    lines = label_lines(
        [Line("There are 0"), Line("comment(s) for this article Enter the text"), Line("x")]
    )
    assert [line.text for line in lines] == [
        "There are 0 comment(s) for this article",
        "Enter the text",
        "x",
    ]


def test_a_comment_count_run_on_after_the_keywords_and_before_the_comments_is_read() -> None:
    lines = label_lines(
        [
            Line(
                "keywords Creative economy Mashhad There are 2 comment(s) for this article "
                "Reza Moradi Jun 8 2022 - 16:02 Good news."
            )
        ]
    )
    assert [line.text for line in lines] == [
        "keywords Creative economy Mashhad",
        "There are 2 comment(s) for this article",
        "Reza Moradi Jun 8 2022 - 16:02 Good news.",
    ]


def test_the_old_portals_footer_run_on_after_the_last_sentence_is_its_own_line() -> None:
    footer = "11:05 - 12/06/2018    /    Number : 37206    /    Show Count : 142"
    line = Line(f"Textiles grew fastest. {footer} | Latest news")
    assert [found.text for found in label_lines([line])] == [
        "Textiles grew fastest.",
        footer,
        "Latest news",
    ]


def test_a_toolbar_run_into_the_kicker_is_its_own_line() -> None:
    line = Line("Print Send to Friend With the support of the Nanotechnology Council;")
    assert [found.text for found in label_lines([line])] == [
        "Print Send to Friend",
        "With the support of the Nanotechnology Council;",
    ]


def test_a_sentence_opening_with_one_chrome_word_is_left_whole() -> None:
    line = Line("Print runs of the report were sent to every park.")
    assert label_lines([line]) == [line]


def test_a_tag_list_run_on_into_the_news_group_line_ends_the_list() -> None:
    footer = ["News group : NEWS,Space Technologies Tags : satellite contest students"]
    record = parse_text("\n".join([*TOP, *footer, "News code : 40518", COPYRIGHT]))
    assert record.categories == ("NEWS", "Space Technologies")


def test_a_persian_comma_inside_a_name_of_a_comma_list_stays_in_the_name() -> None:
    footer = ["گروه خبری : اخبار,پارک‌ها، مراکز رشد,اسلایدر"]
    record = parse_text("\n".join([*TOP, *footer, "News code : 40518", COPYRIGHT]))
    assert record.categories == ("اخبار", "پارک‌ها، مراکز رشد", "اسلایدر")


def test_a_list_written_with_persian_commas_is_split_on_them() -> None:
    footer = ["گروه خبری : اخبار، صندوق نوآوری و شکوفایی، تسهیلات مالی"]
    record = parse_text("\n".join([*TOP, *footer, "News code : 40518", COPYRIGHT]))
    assert record.categories == ("اخبار", "صندوق نوآوری و شکوفایی", "تسهیلات مالی")


def test_a_comma_the_width_wrapped_alone_ends_the_list_over_the_next_item() -> None:
    # The page ends its list with a space and a comma (`Resources ,`); lynx and pandoc
    # wrap the comma alone under the list, the news code's item under it.
    for bullet in ("*", "-"):
        footer = [
            f"  {bullet} News group : NEWS,Knowledge-based Economy,Resources",
            "    ,",
            f"  {bullet} News code : 40518",
        ]
        record = parse_text("\n".join([*TOP, *footer, COPYRIGHT]))
        assert (record.categories, record.news_code) == (
            ("NEWS", "Knowledge-based Economy", "Resources"),
            40518,
        )


def test_a_breadcrumb_toolbar_and_kicker_run_into_one_row_are_apart() -> None:
    line = Line("Home Page > news News > Winter School Print Send to Friend Applications are open;")
    assert [found.text for found in label_lines([line])] == [
        "Home Page > news News > Winter School",
        "Print Send to Friend",
        "Applications are open;",
    ]


def test_the_copyright_line_run_on_after_the_last_update_line_is_read() -> None:
    # html2text prints the footer's row of cells as one line: `Last Update`, the CMS's `:`
    # cells, then the copyright line.
    footer = ["News code : 40518", f"Last Update : Oct 16 2024 : : {COPYRIGHT}"]
    record = parse_text("\n".join([*TOP, *footer]))
    assert record.publisher == "Vice-Presidency for Science and Technology"
    assert not record.warnings


def test_the_copyright_line_with_the_credit_line_run_on_after_it_is_read() -> None:
    # pandoc's grid cell joins the copyright line and the CMS maker's credit under it.
    footer = ["News code : 40518", f"{COPYRIGHT} Powered by Aryanic"]
    record = parse_text("\n".join([*TOP, *footer]))
    assert record.publisher == "Vice-Presidency for Science and Technology"


def test_a_toolbar_after_a_breadcrumbs_title_holding_a_chrome_word_is_apart() -> None:
    # `in` is a chrome word (`Log in`), and the title's own.
    line = Line(
        "Home Page > news News > Students spend two weeks in laboratories Print Send to Friend "
        "| With the support of the council;"
    )
    assert [found.text for found in label_lines([line])] == [
        "Home Page > news News > Students spend two weeks in laboratories",
        "Print Send to Friend |",
        "With the support of the council;",
    ]


def test_the_portal_footer_with_a_jalali_date_run_on_after_the_last_sentence_is_apart() -> None:
    line = Line(
        "در این نشست از طرح زیست‌بوم رونمایی شد. 11:20 - 1398/06/31 / Number : 6217 / "
        "Show Count : 143 | پیوندها"
    )
    assert [found.text for found in label_lines([line])] == [
        "در این نشست از طرح زیست‌بوم رونمایی شد.",
        "11:20 - 1398/06/31 / Number : 6217 / Show Count : 143",
        "پیوندها",
    ]


def test_a_breadcrumb_in_the_cell_after_a_side_cell_and_its_toolbar_are_apart() -> None:
    # html2text's row: the side cell's last words, `|`, then the article's cell.
    line = Line(
        "Poll access deny Archive 2018 | Home Page > news News > Winter School Print Send to "
        "Friend Applications are open;"
    )
    assert [found.text for found in label_lines([line])] == [
        "Poll access deny Archive 2018 |",
        "Home Page > news News > Winter School",
        "Print Send to Friend",
        "Applications are open;",
    ]


def test_the_copyright_line_run_on_after_a_bar_of_links_is_read() -> None:
    # The footer row's two cells, the links and the copyright line, read as one line.
    footer = ["News code : 40518", f"About Us | Contact Us | RSS | Site map {COPYRIGHT}"]
    record = parse_text("\n".join([*TOP, *footer]))
    assert record.publisher == "Vice-Presidency for Science and Technology"
    assert not record.warnings


def test_a_sentence_ending_in_a_copyright_line_is_no_footer() -> None:
    line = Line(f"The course taught the students to write {COPYRIGHT}")
    assert label_lines([line]) == [line]


def test_the_capture_date_beside_the_banner_is_read() -> None:
    # lynx prints the header row's cells on one line and wraps the menu under it.
    header = [
        "   Vice-Presidency for Science and Technology Today : Saturday Jan 20 2024",
        "   Home | News | Headquarters | Technology Parks | Contact",
        "   Us",
        "",
    ]
    record = parse_text("\n".join([*header, *TOP[1:], "News code : 40518", COPYRIGHT]))
    assert record.captured_on == "2024-01-20"


def test_the_capture_date_in_a_header_row_between_menu_and_notice_is_read() -> None:
    # html2text prints a layout table's header row on one line.
    header = (
        "Home | About | News | Media | Contact us Saturday, 16 September 2023- Please enable "
        "JavaScript to use all features of this site."
    )
    record = parse_text("\n\n".join([header, *TOP[1:], "News code : 40518", COPYRIGHT]))
    assert record.captured_on == "2023-09-16"


def test_a_persian_notice_to_turn_scripts_on_leaves_the_kicker_run_on_after_it() -> None:
    lines = label_lines(
        [
            Line(
                "برای استفاده کامل از امکانات سایت، جاوااسکریپت مرورگر خود را فعال کنید. "
                "در نشست تخصصی صادرات فناوری مطرح شد؛"
            )
        ]
    )
    assert [line.text for line in lines] == [
        "برای استفاده کامل از امکانات سایت، جاوااسکریپت مرورگر خود را فعال کنید.",
        "در نشست تخصصی صادرات فناوری مطرح شد؛",
    ]


def test_the_copyright_line_after_a_bar_of_links_set_apart_by_dashes_is_read() -> None:
    footer = ["News code : 40518", f"Home - About VPST - Contact Us - Site Map {COPYRIGHT}"]
    record = parse_text("\n".join([*TOP, *footer]))
    assert record.publisher == "Vice-Presidency for Science and Technology"


def test_bmns_capture_date_before_the_banner_is_read() -> None:
    header = "Wednesday 11 December 2019 National Foundation of Elites"
    record = parse_text("\n".join([header, *TOP[1:], "News code : 40518", COPYRIGHT]))
    assert record.captured_on == "2019-12-11"


def test_a_menu_printed_on_one_line_is_not_the_title() -> None:
    menu = "Home About the Foundation News Programs Awards Links Contact Us"
    title = "Elite students of Isfahan present their research plans for the province"
    lead = (
        "Forty elite students of the universities of Isfahan presented their research plans "
        "to the head of the foundation on Sunday, at a meeting in Isfahan."
    )
    bmn = "Publish date : 2019/12/08\nCode : 1536\nVisit count: 276"
    rights = "All rights reserved for National Foundation of Elites"
    record = parse_text("\n\n".join([menu, title, lead, bmn, rights]))
    assert record.title == title


def test_the_copyright_line_before_a_bar_of_links_is_read() -> None:
    # A right-to-left footer row: the copyright cell first, then the links.
    footer = ["News code : 40518", f"{COPYRIGHT} Home Page - Contact Us - Site Map - فارسی"]
    record = parse_text("\n".join([*TOP, *footer]))
    assert record.publisher == "Vice-Presidency for Science and Technology"
    assert not record.warnings


def test_the_capture_date_run_into_the_banners_alt_text_is_read() -> None:
    # w3m runs the banner image's alt text into the label with no space.
    record = parse_text("\n".join(["leaderToday : Monday Jan 8 2024", *TOP[1:], COPYRIGHT]))
    assert record.captured_on == "2024-01-08"


def test_the_capture_date_after_pandocs_bracketed_alt_text_is_read() -> None:
    record = parse_text("\n".join(["[leader]Today : Monday Jan 8 2024", *TOP[1:], COPYRIGHT]))
    assert record.captured_on == "2024-01-08"


def test_a_bar_of_links_inside_a_wrapped_copyright_cell_leaves_the_name_whole() -> None:
    # The copyright cell wrapped beside the links' cell: its name's two lines, joined as one
    # paragraph, hold the bar between them.
    footer = [
        "News code : 40518",
        "Copyright © Vice-Presidency for Science Home Page - Contact Us - Site Map - فارسی "
        "and Technology. All rights reserved",
    ]
    record = parse_text("\n".join([*TOP, *footer]))
    assert record.publisher == "Vice-Presidency for Science and Technology"
    assert not record.warnings


def test_the_end_of_a_copyright_name_its_cell_wrapped_is_part_of_the_name() -> None:
    lines = [
        Line("Home | Contact Us | فارسی All rights reserved for National Foundation"),
        Line("of Elites"),
    ]
    assert label_lines(lines) == [
        Line("Home | Contact Us | فارسی"),
        Line("All rights reserved for National Foundation of Elites"),
    ]


def test_a_line_after_a_copyright_line_ending_in_a_period_is_not_its_name() -> None:
    lines = [Line(f"{COPYRIGHT}."), Line("design by a studio")]
    assert label_lines(lines) == lines


def test_a_copyright_line_ending_in_a_bar_with_no_spaces_keeps_its_name() -> None:
    # The bar's links hold no spaced separator to look for the name's ends by.
    assert label_lines([Line(f"{COPYRIGHT}|")])[0] == Line(COPYRIGHT)


def test_a_long_bar_of_links_inside_a_wrapped_copyright_cell_is_found_too() -> None:
    # The bar and the name together run past the words a bar alone holds.
    line = Line(
        "Copyright © Vice-Presidency for Science Home Page - About Us - Contact Us - Site "
        "Map - News Archive - فارسی and Technology. All rights reserved"
    )
    assert label_lines([line]) == [
        Line(COPYRIGHT),
        Line("Home Page - About Us - Contact Us - Site Map - News Archive - فارسی"),
    ]


def test_a_persian_copyright_line_with_the_makers_credit_gives_the_publisher() -> None:
    footer = [
        "News code : 40518",
        "کلیه حقوق این سایت متعلق به ستاد توسعه زیست‌فناوری می‌باشد طراحی و تولید: آریانیک",
    ]
    record = parse_text("\n".join([*TOP, *footer]))
    assert record.publisher == "ستاد توسعه زیست‌فناوری"


def test_a_breadcrumb_from_its_root_after_a_side_columns_cells_and_its_toolbar_are_apart() -> None:
    line = Line(
        "08:20 - 13/07/2019 Poll access deny Newsletter Enter your email to receive our weekly "
        "newsletter Home Page > news News > Winter School opens Print Send to Friend | With the "
        "support of the council;"
    )
    assert [found.text for found in label_lines([line])] == [
        "08:20 - 13/07/2019 Poll access deny Newsletter Enter your email to receive our weekly "
        "newsletter",
        "Home Page > news News > Winter School opens",
        "Print Send to Friend |",
        "With the support of the council;",
    ]


def test_the_capture_date_a_cell_wrapped_after_the_banners_name_is_read() -> None:
    header = "ستاد توسعه فرهنگ علم، فناوری و اقتصاد دانش‌بنیان چهارشنبه 27 شهريور\n  1398-"
    record = parse_text("\n\n".join([header, *TOP[1:], "News code : 40518", COPYRIGHT]))
    assert record.captured_on == "2019-09-18"


def test_the_capture_date_with_the_top_bar_and_login_form_run_on_after_it_is_read() -> None:
    header = (
        "Today : Tuesday Nov 12 2024 فارسی Sitemap RSS Login Username Password [ ] Remember "
        "me (BUTTON) Log in Forgot your password?"
    )
    record = parse_text("\n\n".join([header, *TOP[1:], "News code : 40518", COPYRIGHT]))
    assert record.captured_on == "2024-11-12"


def test_bmns_capture_date_before_its_language_and_login_links_is_read() -> None:
    header = "Sunday 26 January 2020 فارسی Login Register"
    record = parse_text("\n\n".join([header, *TOP[1:], "Code : 40518", COPYRIGHT]))
    assert record.captured_on == "2020-01-26"


def test_a_persian_comment_count_with_the_comments_run_on_after_it_is_read() -> None:
    run_on = "تعداد نظرات : ۲ **محمد از مرند** ۲۸ شهریور ۱۴۰۲ - ۰۹:۱۰ خبر خوبی است."
    lines = label_lines([Line(run_on)])
    assert [line.text for line in lines] == [
        "تعداد نظرات : ۲",
        "**محمد از مرند** ۲۸ شهریور ۱۴۰۲ - ۰۹:۱۰ خبر خوبی است.",
    ]


def test_bmns_capture_date_and_its_menu_in_one_table_row_are_apart() -> None:
    menu = "Home | About NEF | News | Elite Voices | Contact"
    lines = label_lines([Line(f"Monday 2 April 2018 {menu}")])
    assert [line.text for line in lines] == ["Monday 2 April 2018", menu]


def test_a_kicker_run_on_after_the_breadcrumbs_title_stands_apart() -> None:
    title = "Fund approves 120 postdoctoral projects"
    crumb = f"Home Page > news Print Send to Friend News > {title}"
    for kicker in ("In its first call of the year;", "Research fund:"):
        lines = label_lines([Line(f"{crumb} {kicker}"), Line(title)])
        assert [line.text for line in lines] == [crumb, kicker, title], kicker
    # With no kicker's ending, the words after the title are no kicker.
    run_on = f"{crumb} Print this page"
    assert [line.text for line in label_lines([Line(run_on), Line(title)])] == [run_on, title]
