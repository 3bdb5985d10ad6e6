"""How the grammar reads page structure that spans lines: breadcrumbs, toolbars, layouts."""

from __future__ import annotations

import newsparse
from newsparse.grammar.bar_lines import split_after_toolbar
from newsparse.grammar.lines import Line
from newsparse.readers.markdown import marked_up
from test_read_text import wrap

TITLE = "Students from nine provinces compete in the national robotics league for rescue robots"
FOOTER = (
    "8:05 - 14/04/2019 / Number : 36011 / Show Count : 1,317\n\n"
    "Copyright © Vice-Presidency for Science and Technology. All rights reserved\n"
)


def old_portal(
    breadcrumb: str, kicker: str = "At the gymnasium;\n", top: str = "23/04/2019 -"
) -> str:
    """An old-portal text capture with the given breadcrumb lines, kicker and top line."""
    return (
        f"{top}\n\nHome Page > news\n{breadcrumb}\n\nPrint Send to Friend\n\n"
        f"{kicker}{TITLE}\n\n{TITLE}\n\nThe teams had to guide their robots.\n\n{FOOTER}"
    )


def test_a_breadcrumb_title_wrapped_onto_the_next_line_is_joined_again() -> None:
    wrapped = (
        "News > Students from nine provinces compete in the national robotics\n"
        "league for rescue robots"
    )
    record = newsparse.parse_text(old_portal(wrapped))
    assert record.kicker == "At the gymnasium"
    assert record.title == TITLE
    assert record.body == ("The teams had to guide their robots.",)


def test_a_breadcrumb_title_wrapped_onto_several_lines_is_joined_again() -> None:
    wrapped = (
        "News > Students from nine provinces\n"
        "compete in the national robotics\n"
        "league for rescue robots"
    )
    record = newsparse.parse_text(old_portal(wrapped))
    assert (record.kicker, record.title) == ("At the gymnasium", TITLE)
    assert record.body == ("The teams had to guide their robots.",)


def test_a_line_below_a_breadcrumb_that_completes_no_title_copy_stays_text() -> None:
    record = newsparse.parse_text(old_portal(f"News > {TITLE}", kicker=""))
    assert record.title == TITLE
    assert record.body == ("The teams had to guide their robots.",)


def test_the_toolbar_is_chrome_though_its_gaps_collapsed_to_single_spaces() -> None:
    record = newsparse.parse_text(old_portal(f"News > {TITLE}", kicker=""))
    assert record.kicker is None


def test_a_banner_text_beside_the_capture_date_still_gives_the_capture_date() -> None:
    for row, day in (
        ("رونق توليد      شنبه 29 دي 1397-", "2019-01-19"),  # w3m: cells set apart
        ("رونق تولید شنبه 29 دی 1397-", "2019-01-19"),  # lynx: one space between them
        ("leader | 23/04/2019 -", "2019-04-23"),  # html2text: a table row
    ):
        record = newsparse.parse_text(old_portal(f"News > {TITLE}", top=row))
        assert record.captured_on == day, row


def test_a_banner_text_with_other_words_beside_a_date_is_no_capture_date() -> None:
    text = old_portal(f"News > {TITLE}", top="leader of the league 23/04/2019 -")
    assert newsparse.parse_text(text).captured_on is None


PERSIAN_CURRENT = (
    "شنبه 29 دی 1397-\n\nمعاون علمی:\n\nآیین‌نامه ابلاغ شد\n\nزمان مطالعه : 2 دقیقه\n"
    "کد خبر : 52307\n1397/10/25 - 12:40\n\nمتن خبر.\n\nگروه خبری : اخبار\n"
)


def test_a_dashed_capture_date_does_not_outweigh_the_current_layout_labels() -> None:
    record = newsparse.parse_text(PERSIAN_CURRENT)
    assert (record.layout, record.captured_on) == ("current", "2019-01-19")


def test_a_dashed_capture_date_alone_still_means_the_old_portal() -> None:
    text = (
        "Tuesday, May 22, 2018-\n\nKicker;\n\nThe title\n\nThe title\n\nBody text.\n\n"
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved\n"
    )
    assert newsparse.parse_text(text).layout == "old-portal"


def test_a_capture_date_a_narrow_header_cell_wrapped_beside_the_top_links() -> None:
    capture = "\n".join(
        (
            "   Monday, August   Home | Contact Us |",
            "   26, 2019-        About Us",
            "",
            "   Home Page > news",
            "   Head of the council;",
            "",
            "   Nanotechnology exports reach 49 countries",
            "",
            "   Iranian companies sold nanotechnology products worth about 300 million "
            "dollars abroad in the last Iranian year, the council said on Monday.",
            "",
            "   09:45 - 12/08/2019 / Number : 45911 / Show Count : 131",
            "",
            "   Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        )
    )
    record = newsparse.parse_text(capture)
    assert record.captured_on == "2019-08-26"
    assert record.published == "2019-08-12T09:45:00+04:30"


def test_a_persian_copyright_that_reserves_all_rights_for_its_publisher() -> None:
    capture = "\n\n".join(
        (
            "چهارشنبه 7 اسفند 1398",
            "عنوان خبر آزمایشی بنیاد",
            "متن خبر که بیش از چند کلمه دارد و درباره برنامه تازه بنیاد است. " * 4,
            "تاریخ انتشار : 1398/12/05",
            "کد خبر : 2214",
            "تمامی حقوق برای بنیاد ملی نخبگان محفوظ است",
        )
    )
    assert newsparse.parse_text(capture).publisher == "بنیاد ملی نخبگان"


def test_a_headline_list_between_the_old_portals_body_and_its_footer_line() -> None:
    body = (
        "The first regional forum on artificial intelligence opened in Kish on Saturday with "
        "more than sixty Iranian start-ups and guests from four countries of the region."
    )
    capture = "\n\n".join(
        (
            "Wednesday, April 17, 2019-",
            "Home Page > news",
            "News > Can start-ups sell services abroad?",
            "Experts discussed;",
            "Can start-ups sell services abroad?",
            body,
            "Related News",
            "Speech recognition start-up signs first contract 02/04/2019",
            "Call for projects in agriculture published 27/03/2019",
            "11:42 - 14/04/2019 / Number : 41876 / Show Count : 97",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title) == (
        "Experts discussed",
        "Can start-ups sell services abroad?",
    )
    assert record.body == (body,)
    assert record.views == 97


def test_a_kicker_a_side_column_cut_off_from_its_title_is_the_kicker() -> None:
    listing = (
        "Most viewed\n\nIranian start-ups present products at a fair in Almaty\n"
        "12:10 - 02/07/2019\nShow Count : 412\n"
        "Call for proposals on biodegradable packaging\n09:30 - 27/06/2019\nShow Count : 377"
    )
    capture = (
        "Tuesday, July 16, 2019-\n\nHome Page > news\nNews > " + TITLE + "\n\n"
        "Print Send to Friend\n\nAt the gymnasium;\n\n" + listing + "\n\n"
        f"{TITLE}\n\n{TITLE}\n\nThe teams had to guide their robots.\n\n{FOOTER}"
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title) == ("At the gymnasium", TITLE)
    assert record.body == ("The teams had to guide their robots.",)


def test_a_side_column_printed_inside_the_body_is_no_end_of_it() -> None:
    first = "Forty companies of the park signed export contracts this year, " * 3
    second = "The managing director of the park said that the companies received help, " * 4
    side = (
        "Most viewed\n\nIran ranks first in the region in the number of companies\n"
        "Sep 27 2023 - 10:40 | 2,045\nNational startup festival to be held in Kish\n"
        "Sep 29 2023 - 16:05 | 1,530"
    )
    capture = (
        f"Sep 5 2023 - 11:30\n\n347\n\nStudy time : 2 minute(s)\n\n{TITLE}\n\n{TITLE}\n\n"
        f"{first.strip()}\n\n{side}\n\n{second.strip()}\n\n"
        "News code : 93801\n\nCopyright © Vice-Presidency for Science and Technology. "
        "All rights reserved\n"
    )
    record = newsparse.parse_text(capture)
    assert record.published == "2023-09-05T11:30:00+03:30"
    assert record.body == (first.strip(), second.strip())


def test_an_image_files_name_w3m_printed_before_an_info_item_is_no_part_of_it() -> None:
    capture = (
        f"[calendar] Sep 5 2023 - 11:30\n\n[eye] 347\n\n[clock] Study time : 2 minute(s)\n\n"
        f"{TITLE}\n\n{TITLE}\n\nThe teams had to guide their robots.\n\n"
        "News code : 93801\n\nCopyright © Vice-Presidency for Science and Technology. "
        "All rights reserved\n"
    )
    record = newsparse.parse_text(capture)
    assert (record.published, record.views, record.study_minutes) == (
        "2023-09-05T11:30:00+03:30",
        347,
        2,
    )


def test_a_headline_list_above_the_title_and_its_bullets_stays_out_of_the_body() -> None:
    lead = "Forty companies of the park signed export contracts this year, " * 4
    side = (
        "Related news Memorandum signed between the university and the park on a shared "
        "laboratory for students\n\nMost viewed\n\n"
        "  * Iranian researchers produce diagnostic kits Oct 29 2020 - 21:14 1805\n"
        "  * Rasht hosts the exhibition of aerospace achievements Oct 20 2020 - 00:32 1118"
    )
    capture = (
        f"{side}\n\n{TITLE}\n\n  * Nov 27 2020 - 21:11\n  * 1,403\n  * Study time : 2 minute(s)"
        f"\n\n{TITLE}\n\n{lead.strip()}\n\n  * News code : 48534\n\n"
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved\n"
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.published) == (TITLE, "2020-11-27T21:11:00+03:30")
    assert record.body == (lead.strip(),)


def test_the_articles_bullets_under_a_list_of_dated_headlines_are_no_item_of_it() -> None:
    lead = "Forty companies of the park signed export contracts this year, " * 4
    items = "".join(
        f"Headline number {n} of the most viewed list\n\nDec {n} 2021 - 00:27\n\n13{n}\n\n"
        for n in range(1, 4)
    )
    capture = (
        "Related news\n\n  • Exports of nano fertilizers by Iranian firms reach 224 million dollars"
        f" and more of them sell abroad\n\nMost viewed\n\n{items}  • Dec 25 2021 - 17:25\n  • 161"
        f"\n\nAt the closing ceremony in Tehran;\n\n{TITLE}\n\n{TITLE}\n\n{lead.strip()}\n\n"
        "News code : 93801\n\nCopyright © Vice-Presidency for Science and Technology. "
        "All rights reserved\n"
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title) == ("At the closing ceremony in Tehran", TITLE)
    assert (record.published, record.views) == ("2021-12-25T17:25:00+03:30", 161)


CURRENT_NO_LABELS = (
    "سه‌شنبه ۲۱ آذر ۱۴۰۲-\n\nدستیار معاون علمی خبر داد:\n\nواکسن طیور به مرحله صادرات رسید\n\n"
    "دوشنبه ۲۰ آذر ۱۴۰۲ - ساعت ۰۹:۱۵\n\nواکسن طیور به مرحله صادرات رسید\n\n"
    "این واکسن در ۳۲ واحد مرغداری آزمایش شد و نتایج آن امیدوارکننده بود و به زودی صادر می‌شود.\n\n"
    "کلیه حقوق این پایگاه متعلق به معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست جمهوری است.\n"
)


def test_a_dashed_capture_date_does_not_outweigh_the_date_standing_over_the_text() -> None:
    # The old portal dates its text in the footer line under it, never above it.
    record = newsparse.parse_text(CURRENT_NO_LABELS)
    assert (record.layout, record.published) == ("current", "2023-12-11T09:15:00+03:30")


def test_a_dashed_capture_date_does_not_outweigh_the_current_layouts_address() -> None:
    text = (
        "Tuesday, May 22, 2018-\n\nKicker;\n\nThe title\n\nThe title\n\nBody text.\n\n"
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved\n"
    )
    page = '<html><head><link rel="canonical" href="https://en.isti.ir/News/The-title/512">'
    page += "</head><body>" + "".join(f"<p>{part}</p>" for part in text.split("\n\n"))
    assert newsparse.parse_html(page + "</body></html>").layout == "current"


def test_a_most_viewed_lists_first_item_lends_the_article_no_view_count() -> None:
    items = [
        ("Aerospace innovation centre opens in Shiraz", "Dec 7 2023 - 12:30 1204 views"),
        ("First international patent for a battery start-up", "Dec 4 2023 - 08:45 987 views"),
        ("New round of the accelerator opens", "Dec 2 2023 - 10:00 765 views"),
    ]
    record = newsparse.parse_text(
        "\n".join(
            [
                "Most viewed",
                *[line for item in items for line in item],
                "",
                "Poultry vaccine made by knowledge-based firms reaches export stage",
                "Dec 11 2023 - 09:15",
                "",
                "The vaccine was tested on thirty-two poultry farms in three provinces and "
                "gave good results, the assistant of the vice-president said on Monday.",
                "",
                "News code : 95412",
                "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
            ]
        )
    )
    assert (record.published, record.views) == ("2023-12-11T09:15:00+03:30", None)


def test_a_menu_a_paste_set_on_one_line_with_dots_and_a_language_link_is_no_title() -> None:
    text = (
        "Sunday 15 March 2020\n"
        "Home · About the Foundation · Programs · News · Contact · فارسی\n\n"
        "Support for young researchers:\n"
        "Foundation opens applications for its research grant for PhD students.\n"
        "The foundation has begun accepting applications for its research grant, which pays "
        "doctoral students a monthly stipend.\n"
        "Publish date : 2020/03/10\nCode : 1384\nVisit count: 215\n"
        "All rights reserved for National Foundation of Elites\n"
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title) == (
        "Support for young researchers",
        "Foundation opens applications for its research grant for PhD students.",
    )


def test_the_old_portals_row_under_the_titles_copies_opens_the_text_below_it() -> None:
    # The title printed three times over the row outweighs no text: copies count once.
    paragraphs = (
        "Ten years ago, when the foundation first offered grants to young scientists working "
        "abroad, many doubted that money alone could bring anyone home.",
        "Of the 1,840 researchers who applied since 2009, a little more than 1,100 have "
        "returned and taken up posts at universities, institutes or companies.",
    )
    capture = "\n\n".join(
        (
            "Wednesday, November 13, 2019-",
            "Home > News",
            "Print Send to Friend",
            "Note;",
            *(TITLE,) * 3,
            "08:30 - 10/11/2019 / Number : 2286 / Show Count : 1,204",
            *paragraphs,
            "Copyright © National Elites Foundation. All rights reserved",
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == ("Note", TITLE, paragraphs)
    assert (record.news_code, record.views) == (2286, 1204)


PARAGRAPHS = (
    "Ten years ago, when the foundation first offered grants to young scientists working "
    "abroad, many doubted that money alone could bring anyone home.",
    "Of the 1,840 researchers who applied since 2009, a little more than 1,100 have "
    "returned and taken up posts at universities, institutes or companies.",
)


def test_html2texts_breadcrumb_wrapped_onto_the_toolbars_no_break_spaces_is_one_line() -> None:
    # The toolbar's gap is the page's no-break spaces, which html2text prints as spaces:
    # no cells of a table, as markdown sets none apart so. Lines run to 78 columns.
    capture = "\n".join(
        (
            "Tuesday, May 22, 2018-  ",
            "[Home Page](index.aspx?siteid=30) > news  News > Students from nine provinces",
            "compete in the national robotics league for rescue robots Print        [Send to",
            "Friend](index.aspx?pageid=1260) At the gymnasium;",
            "",
            f"# {TITLE}",
            "",
            *wrap(" ".join(PARAGRAPHS), 78),
            "",
            FOOTER,
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title) == ("At the gymnasium", TITLE)


def test_the_old_portals_row_run_on_before_the_kicker_is_read_and_the_kicker_kept() -> None:
    capture = "\n\n".join(
        (
            "23/04/2019 -",
            f"Home Page > news\nNews > {TITLE}",
            "Print Send to Friend 10:05 - 21/04/2019 / Number : 31877 / Show Count : 254 "
            "At the gymnasium;",
            TITLE,
            TITLE,
            *PARAGRAPHS,
            FOOTER.split("\n\n", 1)[1],
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == ("At the gymnasium", TITLE, PARAGRAPHS)
    assert (record.news_code, record.views) == (31877, 254)
    assert record.published == "2019-04-21T10:05:00+04:30"


def test_elinks_radio_buttons_make_no_markdown_links() -> None:
    assert not marked_up("Poll\n[12]( ) Grants [13]( ) Military service\n[14][ Vote ]")
    assert marked_up("[Home Page](index.aspx?siteid=30) > news")


def test_a_title_word_that_is_a_chrome_text_opens_no_toolbar_after_the_breadcrumb() -> None:
    # html2text runs the breadcrumb, the title (`... a drip system designed ...`: `system` is
    # a banner's word), the toolbar and the kicker onto one line.
    title = "Can saffron growers halve their water use with a drip system designed by a startup?"
    line = f"Home Page > news News > {title} Print Send to Friend Saffron and water;"
    assert [part.text for part in split_after_toolbar(Line(line))] == [
        f"Home Page > news News > {title}",
        "Print Send to Friend",
        "Saffron and water;",
    ]
