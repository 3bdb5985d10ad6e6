"""Bodies that hold more than paragraphs (galleries, quoted posts, lists, attachments) and
the chrome around them: each part stays where the page sets it."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.readers.text import text_lines

TITLE = "Registration opens for the new round of the prototype support plan"
LEAD = (
    "Technology teams, start-ups and knowledge-based companies can register their "
    "prototypes for the new round of the plan until the end of April, its secretary said."
)
BODY = (
    "In the first round of the plan, 128 prototypes were built with its support, and 37 "
    "of them have reached production, the secretary added on Tuesday."
)
FOOTER = (
    "  • News group : NEWS,Support Plans",
    "  • News code : 96502",
    "There are 0 comment(s) for this article",
    COPYRIGHT,
)


def page(*lines: str) -> str:
    """A text capture: the lines given, blank lines between them, and the footer."""
    return blank_lines_apart(*lines, *FOOTER)


def test_the_articles_bulleted_date_under_a_box_of_links_is_the_articles() -> None:
    # A side list's items print their date and count on one line under a bulleted
    # headline; the article's date and count are bullets of their own, though the last
    # line above them (a box of links) is bulleted as a headline is.
    record = newsparse.parse_text(
        page(
            "Most viewed",
            "  • Nanotechnology festival announces its winners",
            "Feb 26 2024 - 12:20 2318",
            "  • Exports of knowledge-based companies pass one billion dollars",
            "Feb 29 2024 - 09:15 1904",
            "Links",
            "  • Persian edition\n  • RSS",
            "  • Mar 5 2024 - 10:30\n  • 1,427",
            "The secretary of the plan announced:",
            TITLE,
            "  • Study time : 2 minute(s)\n  • News code : 96502",
            TITLE,
            LEAD,
            BODY,
        )
    )
    assert (record.published, record.views) == ("2024-03-05T10:30:00+03:30", 1427)
    assert (record.kicker, record.title, record.body) == (
        "The secretary of the plan announced",
        TITLE,
        (LEAD, BODY),
    )


def test_a_quoted_posts_date_between_paragraphs_is_no_boundary_of_an_old_portal_article() -> None:
    post = "Good to see a call that asks for tested products, not just ideas."
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "Monday, May 13, 2019-",
                "Fourth dry year in a row;",
                TITLE,
                TITLE,
                LEAD,
                post,
                "— Ali Rezaei (@arezaei_water)",
                "May 3, 2019",
                BODY,
                "11:05 - 06/05/2019 / Number : 36241 / Show Count : 212",
                COPYRIGHT,
            )
        )
    )
    assert (record.kicker, record.title) == ("Fourth dry year in a row", TITLE)
    assert record.published == "2019-05-06T11:05:00+04:30"
    # The post embedded between the paragraphs is someone else's words: its text, its
    # author's line and its day are no body.
    assert record.body == (LEAD, BODY)


def test_an_ordered_list_in_a_grid_tables_cell_gives_each_item_a_line() -> None:
    # pandoc sets a layout table's cell as a grid; its `<ol>` items are lines of their own.
    grid = [
        "+------------+------------------------------------+",
        "| Links      | The call covers these areas:       |",
        "|            |                                    |",
        "|            | 1.  Water desalination and reuse   |",
        "|            | 2.  Smart irrigation, including:   |",
        "|            |     -   soil and weather sensors   |",
        "|            | 3.  Drought-resistant seeds        |",
        "+------------+------------------------------------+",
    ]
    texts = [line.text for line in text_lines("\n".join(grid))]
    assert texts[-5:] == [
        "The call covers these areas:",
        "Water desalination and reuse",
        "Smart irrigation, including:",
        "soil and weather sensors",
        "Drought-resistant seeds",
    ]


def test_a_login_row_of_boxes_above_the_title_is_no_kicker() -> None:
    record = newsparse.parse_text(
        page(
            "  • Mar 5 2024 - 10:30\n  • 1,427\n  • Study time : 2 minute(s)",
            "Username ____________________ Password ____________________ [ ] Remember me",
            TITLE,
            TITLE,
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.title, record.body) == (None, TITLE, (LEAD, BODY))


def test_a_print_version_line_between_the_title_and_the_lead_is_chrome() -> None:
    record = newsparse.parse_text(
        page(
            "  • Mar 5 2024 - 10:30\n  • 1,427\n  • Study time : 2 minute(s)",
            "The secretary of the plan announced:",
            TITLE,
            TITLE,
            "Print version",
            LEAD,
            BODY,
        )
    )
    assert record.body == (LEAD, BODY)


def test_two_blocks_a_tool_ran_together_with_no_space_are_two_lines() -> None:
    # lynx knows no `<figcaption>`: two captions, or a caption and a paragraph, meet unspaced.
    capture = (
        "A company that makes smart water meters explains how its devices are read from a "
        "distanceSamples of heat-resistant ceramics for the steel industry\n\n"
        "Visitors tried PowerPoint slides and YouTube videos of the eBay shop."
    )
    assert [line.text for line in text_lines(capture)] == [
        "A company that makes smart water meters explains how its devices are read from a distance",
        "Samples of heat-resistant ceramics for the steel industry",
        "Visitors tried PowerPoint slides and YouTube videos of the eBay shop.",
    ]


CAPTION = "The head of the park and the head of the company sign the agreement"
SIDE_BOXES_AND_FORM = (
    "Latest News",
    "Nanotechnology week opens in Tehran",
    "10/06/2018",
    "Stem cell bank reaches ten thousand samples",
    "07/06/2018",
    "Archive",
    "Most viewed",
    "Guide to the nanoscale certificate of products",
    "Members",
    "Username [ ]",
    "Password [ ]",
)


def test_an_old_portals_kicker_above_stacked_side_boxes_and_a_login_form_is_the_kicker() -> None:
    # The right column (two lists, an archive link, a login form) printed between the
    # kicker and title and their copy below, run on with the image's caption.
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "Monday, June 11, 2018-",
                "Home Page > news",
                f"News > {TITLE}",
                "At the park;",
                TITLE,
                *SIDE_BOXES_AND_FORM,
                f"{TITLE} {CAPTION}",
                LEAD,
                BODY,
                "10:25 - 06/06/2018 / Number : 35108 / Show Count : 187",
                COPYRIGHT,
            )
        )
    )
    assert (record.kicker, record.title) == ("At the park", TITLE)
    assert record.body == (CAPTION, LEAD, BODY)
    assert record.warnings == ()


def test_a_breadcrumb_cut_short_confirms_the_title_it_opens_and_is_no_rival() -> None:
    cut = " ".join(TITLE.split()[:6]) + "..."
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "Monday, June 11, 2018-",
                f"News > {cut}",
                "Members",
                TITLE,
                LEAD,
                BODY,
                "10:25 - 06/06/2018 / Number : 35108 / Show Count : 187",
                COPYRIGHT,
            )
        )
    )
    assert record.title == TITLE
    assert record.warnings == ()


def test_a_notice_right_above_the_old_portals_footer_line_leaves_the_article_above_it() -> None:
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "Monday, June 11, 2018-",
                f"News > {TITLE}",
                "At the park;",
                TITLE,
                TITLE,
                LEAD,
                BODY,
                "Please enable JavaScript to use the calendar.",
                "10:25 - 06/06/2018 / Number : 35108 / Show Count : 187",
                "Comments",
                "Farzad - 18/06/2018 14:02",
                "Which company makes these filters?",
                COPYRIGHT,
            )
        )
    )
    assert (record.kicker, record.title, record.body) == ("At the park", TITLE, (LEAD, BODY))


def test_an_old_portals_head_cut_off_by_its_side_column_keeps_its_kicker_and_lead() -> None:
    # A text browser printed the right column between the lead and the rest of the body.
    lead = f"{LEAD} Teams from every province may apply, and the plan pays up to half the cost."
    more = "The plan's board will choose the prototypes by June, after a visit to each team."
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "Monday, June 11, 2018-",
                f"News > {TITLE}",
                "Print        Send to Friend",
                "At the park;",
                TITLE,
                TITLE,
                lead,
                *SIDE_BOXES_AND_FORM[:5],
                "Links",
                "  • Innovation and Prosperity Fund\n  • Biotechnology Development Council",
                BODY,
                more,
                "10:25 - 06/06/2018 / Number : 35108 / Show Count : 187",
                COPYRIGHT,
            )
        )
    )
    assert (record.kicker, record.title, record.body) == ("At the park", TITLE, (lead, BODY, more))


def test_a_caption_a_tool_ran_on_after_a_paragraph_is_a_line_of_its_own() -> None:
    # lynx prints a <figure> inline: the caption, with no ending, runs on after the
    # paragraph's last sentence.
    caption = "A producer of veterinary vaccines shows its cold storage room"
    record = newsparse.parse_text(
        page(
            "  • Mar 4 2024 - 10:20\n  • 318\n  • Study time : 1 minute(s)",
            TITLE,
            TITLE,
            f"{LEAD} {caption}",
            BODY,
        )
    )
    assert record.body == (LEAD, caption, BODY)


def test_a_paragraph_ending_with_no_stop_after_a_short_sentence_stays_whole() -> None:
    # A numbered item (`1. ...`) or a last sentence cut short is no caption run on.
    item = "1. The winners on stage at the end of the ceremony"
    record = newsparse.parse_text(
        page(
            "  • Mar 4 2024 - 10:20\n  • 318\n  • Study time : 1 minute(s)",
            TITLE,
            TITLE,
            LEAD,
            item,
            BODY,
        )
    )
    assert record.body == (LEAD, item, BODY)


INFO = "  • Nov 6 2023 - 11:40\n  • 347\n  • Study time : 2 minute(s)"


def test_a_gallerys_captions_each_after_the_title_as_alt_text_are_the_captions() -> None:
    captions = (
        "The opening ceremony of the exhibition.",
        "A drone that sprays sixteen litres a flight.",
        "Students show a smart greenhouse.",
    )
    record = newsparse.parse_text(
        page(INFO, TITLE, TITLE, LEAD, *(f"{TITLE} {caption}" for caption in captions), BODY)
    )
    assert record.body == (LEAD, *captions, BODY)


def test_a_caption_printed_twice_its_alt_text_the_same_words_is_once_in_the_body() -> None:
    caption = "Young inventors at a patent clinic held by the foundation in Tehran"
    for printed in ((caption, caption), (f"{caption} {caption}",)):
        record = newsparse.parse_text(page(INFO, TITLE, TITLE, LEAD, *printed, BODY))
        assert record.body == (LEAD, caption, BODY)


def test_a_videos_player_its_fallback_length_and_downloads_are_no_body_nor_boundary() -> None:
    record = newsparse.parse_text(
        page(
            "In the Idea to Product series;",
            TITLE,
            "Your browser does not support the video tag.",
            TITLE,
            "Duration : 04:37",
            "Download HD (48 MB) | Download SD (19 MB)",
            LEAD,
            BODY,
            "Publish date : 2019/12/08",
            "Code : 1437",
            "Visit count: 312",
        )
    )
    assert (record.kicker, record.title, record.body) == (
        "In the Idea to Product series",
        TITLE,
        (LEAD, BODY),
    )
    assert record.warnings == ()


def test_a_read_more_box_of_headlines_run_into_their_dates_between_paragraphs_is_chrome() -> None:
    for items in (
        ("Drone service reaches 40,000 hectares of farmlandOct 2 2024",),
        ("Drone service reaches 40,000 hectares of farmland", "Oct 2 2024"),
    ):
        record = newsparse.parse_text(
            "\n".join(
                (
                    "  • Nov 6 2023 - 11:40",
                    "  • 347",
                    "  • Study time : 2 minute(s)",
                    TITLE,
                    TITLE,
                    LEAD,
                    "Read more",
                    *items,
                    "New seed bank opens to companies working on drought-tolerant crops",
                    "Aug 27 2024",
                    BODY,
                    *FOOTER,
                )
            )
        )
        assert record.body == (LEAD, BODY)


def test_a_video_pages_player_and_its_fallback_notice_under_the_title_keep_the_kicker() -> None:
    # The old portal's video page: the player's clock and buttons, and its noscript text,
    # stand between the title's copies and the text.
    record = newsparse.parse_text(
        blank_lines_apart(
            "صفحه اصلی > اخبار ",
            "گزارش ویدیویی؛",
            "ساخت نخستین دستگاه تصویربرداری ایرانی",
            "ساخت نخستین دستگاه تصویربرداری ایرانی",
            "پخش 00:00 / 04:12 تمام صفحه",
            "برای پخش ویدیو، جاوااسکریپت مرورگر خود را فعال کنید.",
            "پژوهشگران یک شرکت دانش‌بنیان نخستین دستگاه تصویربرداری تمام ایرانی را ساختند و "
            "آزمون‌های بالینی آن را با موفقیت پشت سر گذاشتند.",
            "21:40 - 19/09/2019 / Number : 41876 / Show Count : 187",
            "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد.",
        )
    )
    assert (record.kicker, record.title) == (
        "گزارش ویدیویی",
        "ساخت نخستین دستگاه تصویربرداری ایرانی",
    )
    assert len(record.body) == 1


def test_a_gallerys_alt_texts_and_captions_run_into_one_paragraph_are_captions_again() -> None:
    # lynx runs a gallery's images (alt text: the title) and their captions together.
    captions = ["The judges check the first prototypes.", "A team tests its drone in the hall."]
    gallery = " ".join(f"{TITLE}. {caption}" for caption in captions)
    record = newsparse.parse_text(
        page("  • Feb 6 2024 - 09:40", "  • 347", f"{TITLE}.", f"{TITLE}.", LEAD, gallery, BODY)
    )
    assert record.body == (LEAD, *captions, BODY)
