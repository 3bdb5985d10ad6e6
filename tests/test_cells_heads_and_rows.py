"""Rows a narrow table prints: the info bullets in three cells, each wrapped onto lines of
its own, or on one line set apart by `*`; bmn's capture date in a header row beside the
menu's cells; a table's head lynx prints as words under a sentence; a headline list's
heading of several words after the text; a picture's cell beside bmn's text, the title's
copy and the caption wrapped in it."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.readers.bullet_cells import bullet_cells_read

TITLE = "Tabriz start-up's solar desalination units now supply drinking water to 14 villages"
LEAD = (
    "A knowledge-based company in Tabriz has installed 27 solar desalination units in 14 "
    "villages on the eastern shore of Lake Urmia, giving about 9,000 people drinking water."
)
BODY = (
    "Each unit heats brackish well water in shallow basins covered with glass and "
    "condenses the vapour on cool plates, the company's technical director said."
)
FOOTER = ("  * News group : NEWS,Water & Environment", "  * News code : 96112")


def test_a_row_of_bulleted_cells_a_narrow_table_wrapped_is_read_cell_by_cell() -> None:
    row = [
        "  * Nov 6            * Study time : 3",
        "    2024 -   * 389     minute(s)",
        "    11:40",
    ]
    cells = ["  * Nov 6 2024 - 11:40", "  * 389", "  * Study time : 3 minute(s)"]
    assert bullet_cells_read(["Water technology:", "", *row, ""]) == [
        "Water technology:",
        "",
        *cells,
        "",
    ]
    # elinks sets a no-break space after its bullets.
    nbsp = [line.replace("* ", "•\u00a0") for line in row]
    assert bullet_cells_read(nbsp) == [cell.replace("* ", "•\u00a0") for cell in cells]
    # A line of text running across the cells' edges is no row of cells.
    across = ["  * Home    * News", "    and the rest of a sentence that runs on across"]
    assert bullet_cells_read(across) == across
    record = newsparse.parse_text(
        blank_lines_apart("Water technology:", TITLE, "\n".join(row), LEAD, BODY, *FOOTER)
    )
    assert (record.published, record.views, record.study_minutes) == (
        "2024-11-06T11:40:00+03:30",
        389,
        3,
    )
    # inscriptis sets the cells on one line, each opening with `*`.
    line = "  * Nov 6 2024 - 11:40    * 389    * Study time : 3 minute(s)"
    record = newsparse.parse_text(
        blank_lines_apart("Water technology:", TITLE, line, LEAD, BODY, *FOOTER)
    )
    assert (record.published, record.views, record.study_minutes, record.body) == (
        "2024-11-06T11:40:00+03:30",
        389,
        3,
        (LEAD, BODY),
    )


def test_bmns_capture_date_beside_the_menus_cells_is_the_capture_date() -> None:
    capture = blank_lines_apart(
        "Wednesday 11 December 2019          Home   About the Foundation         Links",
        "Foundation report:",
        "What became of the inventions that won the 2018 Young Inventors Award?",
        LEAD,
        BODY,
        "Publish date : 2019/12/08",
        "Code : 412",
        "Visit count: 233",
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(capture)
    assert (record.captured_on, record.kicker, record.body) == (
        "2019-12-11",
        "Foundation report",
        (LEAD, BODY),
    )
    # A dated headline whose words open with `Home` is no menu.
    headline = "Wednesday 11 December 2019   Home appliance makers open a laboratory in Semnan"
    capture = capture.replace(capture.split("\n")[0], headline)
    assert newsparse.parse_text(capture).captured_on is None


def test_a_tables_head_lynx_prints_under_a_sentence_is_the_tables() -> None:
    rows = ["Year Grants Budget (billion rials)", "2018 1,420  1,150", "2019 1,610  1,380"]
    paragraph = [
        "   Each unit heats brackish well water in shallow basins covered with glass",
        "   and condenses the vapour on cool plates. The figures of the last three",
        "   years show how fast the demand for the units has grown in the province.",
    ]
    # (The head's first word would not fit on the paragraph's last line.)
    assert len(paragraph[-1]) + len(" Year") > max(len(line) for line in paragraph)
    capture = "\n".join(
        [
            "   Home | News | Contact us",
            "",
            "     * Nov 6 2024 - 11:40",
            "     * 389",
            "",
            "   Water technology:",
            "",
            f"   {TITLE}",
            "",
            *paragraph,
            *(f"   {row}" for row in rows),
            "",
            *(f"   {line.strip()}" for line in FOOTER),
            "",
            f"   {COPYRIGHT}",
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.body[-4:] == (
        " ".join(line.strip() for line in paragraph),
        rows[0],
        "2018 1,420 1,150",
        "2019 1,610 1,380",
    )


def test_a_headline_lists_heading_may_say_whose_news_it_lists() -> None:
    earlier = (
        "  * Results of the 2023 joint call announced Mar 3 2024 - 11:20\n"
        "  * Deadline of the 2023 joint call extended Oct 14 2023 - 09:00"
    )
    capture = blank_lines_apart(
        "  * Nov 6 2024 - 11:40",
        "  * 389",
        "Water technology:",
        TITLE,
        LEAD,
        BODY,
        "Earlier news on this call",
        earlier,
        *FOOTER,
        COPYRIGHT,
    )
    assert newsparse.parse_text(capture).body == (LEAD, BODY)
    # A subheading of as many words over the text's own dated lines is the text's.
    stages = ("Registration opens 2023/11/22", "Proposals due 2023/12/20")
    closing = "The park will hold a briefing for applicants in its main hall next week."
    capture = blank_lines_apart(
        "  * Nov 6 2024 - 11:40",
        "  * 389",
        "Water technology:",
        TITLE,
        LEAD,
        "Stages of the call this year",
        *stages,
        closing,
        *FOOTER,
        COPYRIGHT,
    )
    body = newsparse.parse_text(capture).body
    assert "Stages of the call this year" in body
    assert body[-1] == closing


def test_a_picture_cell_beside_bmns_text_wraps_the_titles_copy_and_its_caption() -> None:
    title = "Young inventors' cleanroom opens in Pardis with twelve shared workstations"
    caption = "Visitors at the opening of the cleanroom on 16 February"
    for copy in (
        "Young inventors' cleanroom opens in\nPardis with twelve shared\nworkstations",
        "Young inventors' cleanroom opens\nin Pardis with twelve shared\nworkstations",
    ):
        capture = blank_lines_apart(
            "Sunday 23 February 2020",
            "  * Home\n  * News\n  * Contact",
            "Support for inventors:",
            title,
            copy,
            "Visitors at the opening of the\ncleanroom on 16 February",
            LEAD,
            BODY,
            "Publish date : 2020/02/18",
            "Code : 3874",
            "Visit count: 243",
            "All rights reserved for National Foundation of Elites",
        )
        record = newsparse.parse_text(capture)
        assert (record.kicker, record.title, record.body) == (
            "Support for inventors",
            title,
            (caption, LEAD, BODY),
        )


def test_a_short_menus_list_beside_the_info_bullets_is_read_list_by_list() -> None:
    # A menu's cell of three links beside the info bullets' cell, item against item.
    lists = [
        "  • Home         • Nov 4 2024 - 12:40",
        "  • News         • 286",
        "  • Companies    • Study time : 2 minute(s)",
    ]
    read = ["  • Home", "  • News", "  • Companies", "  • Nov 4 2024 - 12:40", "  • 286"]
    assert bullet_cells_read(["", *lists, ""])[1:-1] == [*read, "  • Study time : 2 minute(s)"]
    # Only where blank lines set them apart (text beside them may be a column's, laid out
    # beside another); a list's wrapped text across the other's edge is no pair of lists.
    assert bullet_cells_read(["x", *lists, "y"]) == ["x", *lists, "y"]
    wide = ["", *(f"{line[:15]}{' ' * 40}{line[15:]}" for line in lists), ""]
    assert bullet_cells_read(wide) == wide  # (a wide cell is a column's)
    labelled = ["", "Menu  • Home   • Nov 4", "Tags  • News   • 286", ""]
    assert bullet_cells_read(labelled) == labelled  # (text before them: no lists open the lines)
    across = ["  • Home of the   • Nov 4 2024", "  • News and the • 286", "  • Companies on • 3"]
    assert bullet_cells_read(across) == across
    # Nor the middle of a longer menu, its other items beside other text: columns.
    menu = ["  • Home         Drone survey maps", *lists, "  • Contact us   Kicker:"]
    assert bullet_cells_read(menu) == menu
    record = newsparse.parse_text(
        blank_lines_apart(
            "\n".join(lists), "Water:", TITLE, LEAD, BODY, "\n".join(FOOTER), COPYRIGHT
        )
    )
    assert (record.published, record.views, record.study_minutes) == (
        "2024-11-04T12:40:00+03:30",
        286,
        2,
    )
    assert (record.kicker, record.title, record.body) == ("Water", TITLE, (LEAD, BODY))
