"""What stands inside an article's text as the tools print it: ordered lists nested in one
another, a data table's cells holding paragraphs (HTML, pandoc's grid, html2text's rows with
no rule, a paste's TABs with an empty last cell), a definition list's terms under their
definitions, a short page's few wrapped lines; and a gallery's title over each caption."""

from __future__ import annotations

import newsparse
from conftest import blank_lines_apart
from newsparse.readers.html import html_lines
from newsparse.readers.markdown_tables import data_table_rows
from newsparse.readers.ordered import ordered_items_marked
from newsparse.readers.tabs import tab_cells
from newsparse.readers.text import text_lines
from test_read_text import texts, wrap
from test_rich_bodies import BODY, LEAD, TITLE, page


def test_an_ordered_list_nested_in_one_loses_every_number_the_tool_printed() -> None:
    raw = [
        "The deputy named three steps:",
        "",
        "    1. Speed up product registration",
        "         1. Set a sixty-day limit for reviewing files",
        "         2. Accept reports from private laboratories",
        "    2. Open the public procurement market",
        "         1. Add local enzymes to the protected list",
        "    3. Back loans for new fermentation capacity",
    ]
    marked = ordered_items_marked(raw)
    assert [line.split()[0] for line in marked[2:]] == ["•"] * 6


def test_an_ordered_list_under_a_definition_list_is_measured_from_the_texts_margin() -> None:
    # The definitions above stand indented past the text: the list's numbers, indented
    # less, are still past the text's margin.
    definition = "The share of time a chip is awake and working rather than sleeping, in percent."
    raw = [
        "   A paragraph of the article that sets the text's margin for the whole capture.",
        "   Duty cycle",
        f"           {definition}",
        "",
        "    1. Teams submit a chip design",
        "    2. Reviewers score each design",
    ]
    assert [line.split()[0] for line in ordered_items_marked(raw)[4:]] == ["•", "•"]


def test_a_persian_ordered_list_under_a_bulleted_one_loses_its_numbers() -> None:
    # w3m prints both at the margin: the bullets' indentation is no margin of the text.
    raw = [
        "مدارک لازم برای ثبت اظهارنامه اختراع در سامانه به شرح زیر است و باید آماده باشد:",
        "",
        "  • تصویر کارت ملی و شناسنامه مخترع یا مخترعان طرح",
        "  • توصیف کامل اختراع، ادعانامه و خلاصه آن در قالب فایل",
        "",
        "مراحل ثبت اظهارنامه",
        "",
        " 1. در سامانه الکترونیکی ثبت مالکیت صنعتی حساب کاربری بسازید.",
        " 2. هزینه ثبت اظهارنامه را به‌صورت برخط پرداخت کنید.",
    ]
    assert [line.split()[0] for line in ordered_items_marked(raw)[7:]] == ["•", "•"]


def test_numbers_typed_before_right_aligned_persian_lines_stay() -> None:
    raw = [
        # inscriptis sets a layout table's column at its own margin, its lines at it.
        " " * 54 + "مدیر مرکز گفت این فهرست منابع گزارش سالانه مرکز را نشان می‌دهد و کامل است.",
        "",
        " " * 54 + "1. پایگاه استنادی علوم جهان اسلام، گزارش سالانه",
        "",
        " " * 54 + "2. مرکز مطالعات فناوری، نمای علم و فناوری",
    ]
    assert ordered_items_marked(raw) == raw


def test_a_data_cells_paragraphs_stay_on_the_rows_line() -> None:
    html = (
        "<table><tr><th><p>Product</p><p>main use</p></th><th><p>2023</p></th></tr>"
        "<tr><td><p>Amylase</p><p>used in baking</p></td><td><p>610</p></td></tr></table>"
    )
    assert texts(html_lines(html)[0]) == ["Product main use 2023", "Amylase used in baking 610"]


def test_a_layout_cells_sentences_still_break_the_line() -> None:
    html = "<table><tr><td><p>The lead.</p><p>More.</p></td><td><p>Menu</p></td></tr></table>"
    assert texts(html_lines(html)[0]) == ["The lead.", "More.", "Menu"]


def test_a_pandoc_grid_of_short_cells_is_read_row_by_row() -> None:
    grid = [
        "+----------------+----------------+",
        "| Product        | Latest year    |",
        "|                |                |",
        "| main use       | tonnes         |",
        "+================+================+",
        "| Amylase        | 610            |",
        "|                |                |",
        "| used in baking | mostly at home |",
        "+----------------+----------------+",
        "| Protease       | 380            |",
        "+----------------+----------------+",
    ]
    grid[4] = grid[0]
    assert texts(text_lines("\n".join(grid))) == [
        "Product main use Latest year tonnes",
        "Amylase used in baking 610 mostly at home",
        "Protease 380",
    ]


def test_html2texts_rows_of_figures_with_no_rule_are_lines_of_words() -> None:
    raw = [
        "Province | Companies | Employees  ",
        "Tehran | 4,812 | 131,540  ",
        "Khorasan Razavi | 842 |   ",
        "Fars | 715 | 15,214  ",
    ]
    assert [row.rstrip() for row in data_table_rows(raw)] == [
        "Province Companies Employees",
        "Tehran 4,812 131,540",
        "Khorasan Razavi 842",
        "Fars 715 15,214",
    ]


def test_a_bar_of_links_set_apart_by_walls_is_no_table() -> None:
    raw = ["Print | Send to friend | Short link", "Home | News | Contact"]
    assert data_table_rows(raw) == raw


def test_a_pasted_row_with_an_empty_last_cell_is_still_a_row() -> None:
    raw = ["Tehran\t4,812\t412.6", "Khorasan Razavi\t842\t", "Fars\t715\t23.9"]
    assert tab_cells(raw) == raw


def test_a_terms_line_under_its_indented_definition_opens_a_new_block() -> None:
    # w3m wraps at 80 and sets a definition 4 columns in: the term below a full definition
    # line would not have fitted beside it, yet it is set back to the margin.
    text = (
        "Three knowledge-based companies in Tehran, Karaj and Yazd now make the products at "
        "industrial scale, and their combined capacity reached nine hundred tonnes a year."
    )
    definition = "The share of time a chip is awake and working rather than sleeping at all."
    raw = [*wrap(f"{text} {text}", 80), "", "Duty cycle", f"    {definition}", "Tape-out"]
    assert texts(text_lines("\n".join(raw)))[-3:] == ["Duty cycle", definition, "Tape-out"]


def test_a_short_pages_two_wrapped_lines_spread_by_their_next_words_are_joined() -> None:
    # Wrapped at 80: the first line is 76 long (`pair`, 4, would not fit), the second 72
    # (`cavities`, 8, would not fit either); nothing else of the page is long.
    first = "The company says its field gravimeter is now light enough to be carried by a"
    second = "pair of technicians and that it can trace underground water channels and"
    raw = [
        "Mar 5 2024",
        "",
        first,
        second,
        "cavities everywhere.",
        "",
        "A closing sentence of some thirty characters.",
        "Next line here.",
    ]
    assert texts(text_lines("\n".join(raw)))[1] == f"{first} {second} cavities everywhere."


def test_a_gallerys_title_over_each_caption_is_the_title_not_a_kicker() -> None:
    captions = [f"{n}. Visitors at stand number {n} of the exhibition" for n in range(1, 5)]
    record = newsparse.parse_text(
        page(
            TITLE,
            "  • Mar 5 2024 - 10:30\n  • 1,427",
            LEAD,
            *(line for caption in captions for line in (TITLE, caption)),
            BODY,
        )
    )
    assert (record.kicker, record.title) == (None, TITLE)
    assert record.body == (LEAD, *captions, BODY)


def test_a_centres_name_before_the_old_portals_capture_date_is_the_banner() -> None:
    record = newsparse.parse_text(
        blank_lines_apart(
            "Biotechnology Development Council 23/04/2019 -",
            "Vaccine plant;",
            TITLE,
            LEAD,
            "11:05 - 21/04/2019 / Number : 36241 / Show Count : 212",
            "Copyright © Biotechnology Development Council. All rights reserved",
        )
    )
    assert record.captured_on == "2019-04-23"


def test_a_persian_centres_name_before_the_old_portals_capture_date_is_the_banner() -> None:
    for banner in ("صندوق حمایت از پژوهشگران و فناوران کشور", "صندوق نوآوری و شکوفایی"):
        record = newsparse.parse_text(
            blank_lines_apart(
                f"{banner}          22/11/2017 -",
                "Vaccine plant;",
                TITLE,
                LEAD,
                "11:05 - 21/11/2017 / Number : 36241 / Show Count : 212",
                "Copyright © Iran National Science Foundation. All rights reserved",
            )
        )
        assert record.captured_on == "2017-11-22", banner


def test_pandocs_caption_under_a_simple_table_is_read_over_it() -> None:
    table = (
        "  Sector          Last year   This year\n"
        "  --------------- ----------- -----------\n"
        "  Pharmaceuticals 214.6       301.2\n"
        "  Software        196.8       198.1\n"
        "\n"
        "  : Exports by sector (million dollars)"
    )
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "  • Mar 1 2020 - 10:15\n  • 276",
                "Exports:",
                "Knowledge-based exports grew by a third in the first half of the year",
                "The exports of knowledge-based firms grew by a third in the first half.",
                table,
                "Officials said the number of exporting firms climbed to 2,318.",
                "  • News group : NEWS,Exports\n  • News code : 1843",
                "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
            )
        )
    )
    assert record.body[1:5] == (
        "Exports by sector (million dollars)",
        "Sector Last year This year",
        "Pharmaceuticals 214.6 301.2",
        "Software 196.8 198.1",
    )


def test_html2texts_cell_run_on_before_a_tables_head_says_the_text_ran_together() -> None:
    # html2text ran the layout cell's paragraphs, and a table's head, onto one line.
    text = (
        "Thirty-eight researchers received the award on Tuesday. The award carries a research "
        "grant. This year 412 applications were reviewed. Winners by field:"
    )
    capture = "\n\n".join(
        (
            "  * Mar 1 2020 - 10:15\n  * 276",
            "Awards:",
            "Thirty-eight young researchers receive the Shahid Chamran award",
            f"{text} | Engineering| 14  \n---|---  \nBasic sciences| 9  ",
            "  * News group : NEWS,Awards\n  * News code : 1843",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        )
    )
    record = newsparse.parse_text(capture)
    words = len(text.split())
    assert record.body == (text, "Engineering 14", "Basic sciences 9")
    assert record.warnings == (
        f"body paragraph of {words} words: paragraphs may have run together",
    )


def test_a_headline_box_item_ends_at_its_date_though_the_kicker_hangs_under_it() -> None:
    # inscriptis indents the block after a list to its items' text: the kicker under the
    # last headline of a "Latest news" box is no wrapped end of it.
    headlines = [
        "Technology fair on modern farming opens in Mashhad with eighty exhibitors 2023/10/16",
        "Pardis technology park signs agreements with two universities on shared labs 2023/10/15",
    ]
    raw = [
        "    Latest news",
        "",
        *(f"      * {headline}" for headline in headlines),
        "        Amirkabir University of Technology:",
        "",
        "      A student satellite with a printed body waits for its launch date",
        "",
        "        * 2023/10/17 - 10:30",
        "        * 743",
        "        * Visit count: 655",
    ]
    assert texts(text_lines("\n".join(raw)))[:4] == [
        "Latest news",
        *headlines,
        "Amirkabir University of Technology:",
    ]


def test_lynxs_box_of_key_facts_is_read_row_by_row_not_as_columns() -> None:
    facts = [
        ("Location", "Delvar, Bushehr province"),
        ("Capacity", "1,500 cubic metres a day"),
        ("Collector area", "9,200 square metres"),
        ("Cost", "86 billion rials"),
        ("Grid power saved", "62%"),
    ]
    raw = [
        *wrap(f"{LEAD} {BODY}", 72, "   "),
        *(f"   {label:<17}{value}" for label, value in facts),
        "",
        *wrap(BODY, 72, "   "),
    ]
    lines = texts(text_lines("\n".join(raw)))
    assert lines[1 : 1 + len(facts)] == [f"{label} {value}" for label, value in facts]


def test_a_tables_row_of_figures_repeated_under_two_merged_heads_stays_whole() -> None:
    # Two heads spanning two columns each, the same two years under both.
    rows = ("Province Companies Jobs", "1400 1401 1400 1401", "Tehran 3,910 4,522 84,300 97,610")
    record = newsparse.parse_text(
        page("  • Mar 5 2024 - 10:30\n  • 1,427", "Kicker;", TITLE, LEAD, *rows, BODY)
    )
    assert record.body == (LEAD, *rows, BODY)


def test_a_key_facts_dated_item_in_two_calendars_is_the_articles_list() -> None:
    facts = [
        "  • Deadline for proposals: 20 Shahrivar 1399 (10 September 2020)",
        "  • Up to 15 projects, each lasting at most three years",
    ]
    info = "  • Aug 3 2020 - 10:05\n  • 436\n  • Study time : 2 minute(s)"
    record = newsparse.parse_text(page(info, "Seismic grants:", TITLE, LEAD, "Key facts", *facts))
    assert record.body[1:] == ("Key facts", facts[0][4:], facts[1][4:])
