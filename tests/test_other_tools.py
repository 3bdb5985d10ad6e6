"""Saving tools beyond the usual ones: markdownify, BeautifulSoup's text (each inline element
on a line of its own), Debian's html2text (the C program), pandoc's reStructuredText."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT
from newsparse.readers.debian_html2text import read_debian_html2text
from newsparse.readers.flat_rows import flat_rows_read
from newsparse.readers.rst import rst_lines

TITLE = "Eleven quantum sensing start-ups win seed grants"
LEAD = (
    "Eleven teams working on quantum sensors passed the first round of the call and will "
    "receive seed grants and access to shared laboratories."
)
BODY = (
    "A panel of 21 reviewers scored the proposals on technical maturity, team strength and "
    "market need, the head of the call's secretariat said."
)
INFO = ("Nov 12 2024 - 10:30", "743", "Study time : 4 minute(s)")


def test_debian_html2texts_link_texts_get_their_spaces_back() -> None:
    capture = "\n\n".join(
        (
            "Skip_to_content",
            "    * Site_map",
            *(f"    * {line}" for line in INFO),
            f"****** {TITLE} ******",
            "",
            f"{LEAD.replace('shared laboratories', 'shared_laboratories')}",
            "",
            BODY,
            "Share : Facebook X Telegram Print Send_to_friend",
            "    * News group : NEWS,Slider,Technology_ecosystem",
            "    * News code : 30212",
            COPYRIGHT,
        )
    )
    record = newsparse.parse_text(capture)
    assert record.categories == ("NEWS", "Slider", "Technology ecosystem")
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_underscores_and_stars_stay_where_no_heading_shows_debian_html2text() -> None:
    lines = ["The grants are listed in_the_file annual_report_2023.pdf.", "Rating: ***"]
    assert read_debian_html2text(lines) == lines
    starred = [
        "***** Latest *****",
        "Send_to_friend annual_report.pdf https://a.ir/x_y",
        "****** A long",
        "heading ******",
    ]
    # Each heading a block of its own, blank lines around it.
    assert read_debian_html2text(starred) == [
        "",
        "Latest",
        "",
        "Send to friend annual_report.pdf https://a.ir/x_y",
        "",
        "A long",
        "heading",
        "",
    ]


def test_beautifulsoups_text_one_inline_element_a_line_reads_as_the_page() -> None:
    # Its paragraphs are lines of their own, long, and a link in one stands on its own line.
    before = (
        "According to the public relations center of the Vice-Presidency, which runs the "
        "programme with the national technology parks, the"
    )
    link = "Quantum Accelerator call"
    after = (
        "drew 74 proposals from start-ups, university spin-offs and knowledge-based "
        "companies in nine provinces, twice as many as the organizers had expected."
    )
    capture = "\n".join(
        (
            *INFO,
            TITLE,
            TITLE,
            before,
            link,
            after,
            f"{BODY} {LEAD}",
            "Share :",
            "Facebook",
            "X",
            "Telegram",
            "Print",
            "News group :",
            "NEWS",
            ",",
            "Slider",
            ",",
            "Startups",
            "News code : 30212",
            COPYRIGHT,
        )
    )
    record = newsparse.parse_text(capture)
    assert record.categories == ("NEWS", "Slider", "Startups")
    assert record.body == (f"{before} {link} {after}", f"{BODY} {LEAD}")


def test_markdownifys_table_of_bmn_labels_and_the_head_title_above_the_capture_date() -> None:
    capture = "\n\n".join(
        (
            f"National Foundation of Elites | {TITLE}",
            "Sunday 9 February 2020",
            "[فارسی](https://bmn.ir/) | [English](https://en.bmn.ir/en-US)",
            f"{TITLE}\n{'=' * len(TITLE)}",
            LEAD,
            BODY,
            "|  |  |\n| --- | --- |\n| Publish date : | 2020/02/04 |\n| Code : | 1187 |\n"
            "| Visit count: | 348 |",
            "All rights reserved for National Foundation of Elites",
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.captured_on, record.published, record.news_code, record.views) == (
        "2020-02-09",
        "2020-02-04",
        1187,
        348,
    )
    assert record.body == (LEAD, BODY)


def test_pandocs_rst_keeps_a_simple_tables_rows_and_a_break_a_br_left_unmarked() -> None:
    raw = [
        ".. container:: news-text",
        "",
        "   The school was organized by the foundation and the university's",
        "   institute.",
        "   Speakers included researchers who built pilot lines for cathodes",
        "   and managers of two companies.",
        "",
        "============== ==========",
        "Publish date : 2020/02/04",
        "Code :         1187",
        "============== ==========",
        "",
        ".. container:: tools",
    ]
    assert [line.strip() for line in rst_lines(raw) if line.strip()] == [
        "The school was organized by the foundation and the university's institute.",
        "Speakers included researchers who built pilot lines for cathodes and managers of "
        "two companies.",
        "Publish date : 2020/02/04",
        "Code :         1187",
    ]


def test_a_notice_bar_with_its_link_leaves_the_kicker_run_on_after_it() -> None:
    capture = "\n\n".join(
        (
            "Notice: Registration for the elite awards closes on 2020/02/20. Read more Winter "
            "school on energy storage;",
            TITLE,
            *INFO,
            LEAD,
            BODY,
            "News code : 30212",
            COPYRIGHT,
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == (
        "Winter school on energy storage",
        TITLE,
        (LEAD, BODY),
    )


def test_markdownifys_layout_row_on_one_line_is_read_cell_by_cell() -> None:
    row = (
        "| |  | | --- | | Latest News | | [Graphene coating for steel pipes](/n/1) 13:40 - "
        "14/07/2019 | |  | | --- | | Head of the town:  Isfahan companies supply membranes  "
        "The companies signed a contract on Monday.   * salt rejection above 99.6 percent; * "
        "each module costs less.   The first modules leave the line in October. |"
    )
    assert [line for line in flat_rows_read([row]) if line] == [
        "Latest News",
        "[Graphene coating for steel pipes](/n/1) 13:40 - 14/07/2019",
        "Head of the town:",
        "Isfahan companies supply membranes",
        "The companies signed a contract on Monday.",
        "* salt rejection above 99.6 percent;",
        "* each module costs less.",
        "The first modules leave the line in October.",
    ]
    short = "| Publish date : | 2020/02/04 |"
    assert flat_rows_read([short]) == [short]


def test_pandocs_asciidoc_reads_as_the_page() -> None:
    capture = "\n".join(
        (
            "link:/leader[image:/files/banner/leader.png[leader]] [.today]#Today :",
            "Monday Oct 7 2024#",
            "",
            "* link:/[Home]",
            "* link:/News[News]",
            "",
            f"== {TITLE}",
            "",
            "* Nov 12 2024 - 10:30",
            "* 743",
            "* Study time : 4 minute(s)",
            "",
            f"image::/files/news/1.jpg[{TITLE},width=300]",
            "",
            LEAD,
            "",
            "____",
            BODY,
            "____",
            "",
            "* News group :",
            "link:/News[NEWS],link:/News/Slider[Slider]",
            "* News code : 30212",
            "",
            "Share :",
            "https://t.me/share/url?url=https://en.isti.ir/News/30212[image:/img/telegram.svg[telegram]]",
            "",
            COPYRIGHT,
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.captured_on, record.title, record.categories) == (
        "2024-10-07",
        TITLE,
        ("NEWS", "Slider"),
    )
    assert record.body == (LEAD, BODY)


# pandoc cuts a long title at a grid cell's wall, laid out from its end: a piece may open
# with the comma that followed the word the line above ends with.
PANDOC_TITLE_CUT_BEFORE_A_COMMA = "\n".join(
    [
        "+-----------------------------------+-----------------------------------+",
        "| • Dec 6 2022 - 14:40 • 903 •      | Most viewed                       |",
        "| Study time : 1 minute(s)          |                                   |",
        "|                                   | -   Nano-coated filters enter the |",
        "| Opinion:                          |     car parts market              |",
        "|                                   |     Nov 29 2022 - 10:15           |",
        "| Why the next                      |     1,480                         |",
        "|  decade of Iranian nanotechnology |                                   |",
        "|  will be decided in the factories |                                   |",
        "| , and not in the laboratory only? |                                   |",
        "|                                   |                                   |",
        "| Our companies have learned to     |                                   |",
        "| make good coatings for pipes and  |                                   |",
        "| car parts, but few of them sell   |                                   |",
        "| abroad, and fewer still sell to   |                                   |",
        "| the markets next door.            |                                   |",
        "|                                   |                                   |",
        "| -   News group : Opinion,NEWS     |                                   |",
        "| -   News code : 5127              |                                   |",
        "+-----------------------------------+-----------------------------------+",
        "",
        "Copyright © 2022 Vice-Presidency for Science and Technology. All rights reserved",
    ]
)


def test_pandocs_title_cut_before_a_comma_in_a_grid_cell_joins_the_comma_to_its_word() -> None:
    record = newsparse.parse_text(PANDOC_TITLE_CUT_BEFORE_A_COMMA)
    assert record.title == (
        "Why the next decade of Iranian nanotechnology will be decided in the factories, "
        "and not in the laboratory only?"
    )
    assert record.kicker == "Opinion"


def test_pandocs_cell_wrapping_a_news_group_name_at_its_width_keeps_the_space() -> None:
    cell = "|" + " " * 24 + "|"
    capture = "\n".join(
        [
            "Today : Sunday Jul 18 2021",
            "  * Jul 11 2021 - 10:30",
            "  * 412",
            "  * Study time : 1 minute(s)",
            "",
            TITLE,
            "",
            LEAD,
            "",
            BODY,
            "",
            "+------------------------+",
            "| -   News group :       |",
            "|     NEWS,Slider,Deputy |",
            "|     for Technology     |",
            "|     Transfer,Energy    |",
            cell,
            "| -   News code : 71840  |",
            "+------------------------+",
            "",
            COPYRIGHT,
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.categories == ("NEWS", "Slider", "Deputy for Technology Transfer", "Energy")
