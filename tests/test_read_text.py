"""Text captures to lines: what each saving tool adds is taken away again."""

from __future__ import annotations

import textwrap

import pytest

import newsparse
from conftest import LINEAR_LIMIT, cpu_growth
from newsparse.grammar.lines import Line
from newsparse.readers.run_ons import runs_on
from newsparse.readers.terminal_columns import columns_of
from newsparse.readers.text import text_lines

PARAGRAPH = (
    "The science and technology park in Isfahan opened a second building for start-ups "
    "working on medical devices, with room for forty teams and shared laboratories."
)


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    """Greedy wrapping, as the text tools do it."""
    lines: list[str] = []
    current = indent
    for word in text.split():
        candidate = f"{current} {word}" if current.strip() else f"{indent}{word}"
        if len(candidate) > width and current.strip():
            lines.append(current)
            current = f"{indent}{word}"
        else:
            current = candidate
    lines.append(current)
    return lines


def texts(lines: list[Line]) -> list[str]:
    return [line.text for line in lines]


def test_hard_wrapped_paragraphs_are_joined_with_one_space() -> None:
    other = "Officials said the building would be ready for its first tenants in the spring."
    capture = "\n".join([*wrap(PARAGRAPH, 72), "", *wrap(other + " " + other, 72)])
    assert texts(text_lines(capture)) == [PARAGRAPH, f"{other} {other}"]


def test_wrapped_lines_are_joined_even_without_a_blank_line_between_paragraphs() -> None:
    short = "A short line."
    capture = "\n".join([*wrap(PARAGRAPH, 60, "   "), "   " + short, *wrap(PARAGRAPH, 60, "   ")])
    assert texts(text_lines(capture)) == [PARAGRAPH, short, PARAGRAPH]


def test_unwrapped_captures_keep_each_line_as_a_paragraph() -> None:
    capture = "\n".join([PARAGRAPH * 2, "Subheading", PARAGRAPH * 2])
    assert texts(text_lines(capture)) == [PARAGRAPH * 2, "Subheading", PARAGRAPH * 2]


def test_bullets_of_every_tool_are_removed_and_remembered() -> None:
    capture = "  • Sep 15 2023 - 10:00\n   * 218\n - Study time : 3 minute(s)\n   + News code : 5\n"
    lines = text_lines(capture)
    assert texts(lines) == [
        "Sep 15 2023 - 10:00",
        "218",
        "Study time : 3 minute(s)",
        "News code : 5",
    ]
    assert all(line.bullet for line in lines)


def test_lynx_link_numbers_and_reference_list_are_dropped() -> None:
    capture = (
        "   [1]Home [2]News\n\n   The park opened.\n\nReferences\n\n"
        "   1. https://en.isti.ir/\n   2. https://en.isti.ir/News\n"
    )
    assert texts(text_lines(capture)) == ["Home News", "The park opened."]


def test_markdown_markers_are_removed() -> None:
    capture = (
        "# The **park** opens\n\n"
        "* [News group](https://x/y) : NEWS,Slider\n\n"
        'The _new_ building, said [the head](https://x/z "title"), is 1\\. ready.\n\n'
        "****\n\n"
        "**\n"
    )
    assert texts(text_lines(capture)) == [
        "The park opens",
        "News group : NEWS,Slider",
        "The new building, said the head, is 1. ready.",
    ]


def test_white_space_and_control_characters_are_normalized() -> None:
    capture = "  The\u00a0park \t opens\x07 today  \r\n \r\nsecond\rthird\n"
    assert texts(text_lines(capture)) == ["The park opens today", "second", "third"]


def test_persian_text_keeps_its_zwnj_and_marks() -> None:
    line = "پارک\u200cها می\u200cشوند\u200f"
    assert texts(text_lines(line)) == [line]


def _wrapped_capture(footer: list[str]) -> str:
    return "\n".join(
        [*wrap(PARAGRAPH * 2, 76, "   "), "", *footer, "", *wrap(PARAGRAPH, 76, "   ")]
    )


def test_a_news_group_list_wrapped_in_a_narrow_cell_runs_to_the_next_label() -> None:
    footer = [
        "   News group : NEWS,Slider,Technology Parks & Incubators,Water &",
        "   Environment Technologies,Communication & Information Center",
        "   ,Provinces News,Technology Parks & Incubators,Deputy for",
        "   Technology Innovation & Commercialization Develop,Rural",
        "   Development",
        "   News code : 77012",
    ]
    lines = texts(text_lines(_wrapped_capture(footer)))
    assert (
        "News group : NEWS,Slider,Technology Parks & Incubators,Water & Environment "
        "Technologies,Communication & Information Center ,Provinces News,Technology Parks & "
        "Incubators,Deputy for Technology Innovation & Commercialization Develop,Rural "
        "Development"
    ) in lines
    assert "News code : 77012" in lines


def test_a_row_of_tags_under_a_wrapped_news_group_list_is_no_part_of_it() -> None:
    # The list wrapped at the cell's width; `Solar` would have fitted after `Slider`.
    footer = [
        "   News group : NEWS,Technology Parks & Incubators,Water &",
        "   Environment Technologies,Slider",
        "   Solar Batteries Storage",
        "   Share : Telegram WhatsApp",
    ]
    lines = texts(text_lines(_wrapped_capture(footer)))
    assert (
        "News group : NEWS,Technology Parks & Incubators,Water & Environment Technologies,Slider"
    ) in lines
    assert "Solar Batteries Storage" in lines


def test_a_centred_news_group_list_goes_on_across_changing_indents() -> None:
    footer = [
        "            News group : NEWS,Technology Parks &",
        "      Incubators,Water & Environment Technologies",
        "                         News code : 77012",
        "                              keywords                      Pictures",
    ]
    lines = texts(text_lines(_wrapped_capture(footer)))
    assert (
        "News group : NEWS,Technology Parks & Incubators,Water & Environment Technologies" in lines
    )
    assert "keywords                      Pictures" not in " ".join(lines)


def test_a_lone_dash_under_a_table_never_ends_the_paragraph_above() -> None:
    raw = [*wrap(PARAGRAPH * 2, 60), "-"]
    assert texts(text_lines("\n".join(raw))) == [" ".join((PARAGRAPH * 2).split()), "-"]


def test_a_news_group_list_stops_at_the_copyright_line_below_it() -> None:
    footer = [
        "   گروه خبری : اخبار،قوانین و مقررات ،پارک‌های علم و فناوری",
        "   © تمامی حقوق مادی و معنوی این پایگاه متعلق به معاونت علمی و فناوری است.",
    ]
    lines = texts(text_lines(_wrapped_capture(footer)))
    assert "گروه خبری : اخبار،قوانین و مقررات ،پارک‌های علم و فناوری" in lines


def test_a_date_wrapped_after_its_slash_is_one_date_again() -> None:
    # w3m breaks a line after a slash, inside a date, where the whole date would not fit.
    wrapped = (
        "The managing director said that the joint trade office of the parks in\n"
        "Tashkent will open its doors to the companies of the region on 1402/\n"
        "07/15 and that companies may send their applications until the end of\n"
        "the month, after which a committee will choose the first twenty firms.\n"
    )
    lines = text_lines(wrapped)
    assert [line.text for line in lines] == [
        " ".join(wrapped.split()).replace("1402/ 07", "1402/07")
    ]


def test_a_date_wrapped_before_its_slash_is_one_date_again() -> None:
    wrapped = (
        "The foundation's grants for joining knowledge-based companies, launched on 2018\n"
        "/03/14, have already helped more than 1,300 graduates find a first job at home.\n"
        "Extending these grants to returning graduates, and letting universities hire\n"
        "them on five-year research contracts, would be a cheap way to bring them back.\n"
    )
    lines = text_lines(wrapped)
    assert [line.text for line in lines] == [
        " ".join(wrapped.split()).replace("2018 /03", "2018/03")
    ]


# A capture wrapped at 42 columns, as a text browser wraps a narrow table cell.
NARROW = wrap(PARAGRAPH, 44)


def test_a_line_left_of_a_list_item_is_not_its_wrapped_end() -> None:
    # The item ends near the edge, but a wrapped item goes on under its text, never left
    # of its marker.
    capture = [
        *NARROW,
        "",
        "  • 164",
        "  • Study time : Less than one minute",
        "Electric Vehicles Forum;",
        "",
        *NARROW,
    ]
    assert texts(text_lines("\n".join(capture))) == [
        PARAGRAPH,
        "164",
        "Study time : Less than one minute",
        "Electric Vehicles Forum;",
        PARAGRAPH,
    ]


def test_a_date_alone_under_a_headline_is_not_its_wrapped_end() -> None:
    capture = [
        *NARROW,
        "",
        "Support fund for women entrepreneurs opens",
        "its second call for start-ups in the east",
        "Feb 27 2024 - 12:05",
    ]
    assert texts(text_lines("\n".join(capture))) == [
        PARAGRAPH,
        "Support fund for women entrepreneurs opens its second call for start-ups in the east",
        "Feb 27 2024 - 12:05",
    ]


def test_a_date_after_its_label_or_weekday_is_the_wrapped_end_of_the_line() -> None:
    capture = [
        *wrap(PARAGRAPH, 60, "   "),
        "",
        "   Vice-Presidency for Science and Technology Today : Monday",
        "   Jul 12 2021",
    ]
    assert texts(text_lines("\n".join(capture)))[-1] == (
        "Vice-Presidency for Science and Technology Today : Monday Jul 12 2021"
    )


def test_a_copy_of_a_title_is_not_the_wrapped_end_of_the_title() -> None:
    # The CMS prints the title two or three times, and in a narrow cell the title's last
    # line may end near the edge.
    title = [
        "Can domestic lithium batteries replace the",
        "imported ones in the buses of the capital",
    ]
    capture = [*NARROW, "", *title, *title, "", *NARROW]
    assert texts(text_lines("\n".join(capture))) == [PARAGRAPH, *[" ".join(title)] * 2, PARAGRAPH]


def test_a_row_of_cells_wrapped_between_a_label_and_its_value_is_one_line() -> None:
    # The old portal sets its footer's cells apart with non-breaking spaces, so a tool
    # wraps the value and the cells after it as one word.
    footer = ["   15:17 - 14/05/2018    /    Number :", "   40123    /    Show Count : 65"]
    capture = [*wrap(PARAGRAPH, 60, "   "), "", *footer]
    assert texts(text_lines("\n".join(capture)))[-1] == (
        "15:17 - 14/05/2018 / Number : 40123 / Show Count : 65"
    )


def test_a_full_stop_a_tool_wrapped_onto_the_next_line_ends_the_word_before_it() -> None:
    # w3m breaks a full line before the full stop that ends it.
    lines = [
        "now work in the technology units settled in Isfahan Science and Technology Town",
        ". The call for proposals of the programme is open until Oct 16 2021.",
    ]
    assert texts(text_lines("\n".join([*wrap(PARAGRAPH * 2, 79), "", *lines])))[-1] == (
        "now work in the technology units settled in Isfahan Science and Technology Town. "
        "The call for proposals of the programme is open until Oct 16 2021."
    )


def test_a_news_group_list_cut_inside_a_word_at_the_edge_is_mended() -> None:
    # lynx cuts a comma list with no space to wrap at: the line is full up to a letter.
    footer = [
        "     * News group : [13]Medical Equipment & Health",
        "       Technologies,[14]Knowledge-based",
        "       Companies,[15]Nanotechnology,[16]Biotechnology,[17]Slider,[18]Resou",
        "       rces,[19]Water",
        "     * News code : 69936",
    ]
    page = [*wrap(PARAGRAPH * 2, 76, "   "), "", *footer]
    lines = texts(text_lines("\n".join(page)))
    assert (
        "News group : [13]Medical Equipment & Health Technologies,[14]Knowledge-based "
        "Companies,[15]Nanotechnology,[16]Biotechnology,[17]Slider,[18]Resources,[19]Water"
    ) in lines


def test_a_news_group_list_in_a_grid_cell_wrapped_at_a_space_keeps_it() -> None:
    # pandoc pads a cell's lines to its wall: the line above ends well short of it, so the
    # name was wrapped whole; a token set back left of the list's text was too long for it.
    for cell in (
        ["    NEWS,Slider,Knowledge-based", "    companies ,Science and", "    Technology Parks"],
        ["    NEWS,", "Slider,Technology,Knowledge-based", "    companies"],
    ):
        text = wrap(PARAGRAPH * 2, 33)
        rows = [*text, "", "-   News group :", *cell, "-   News code : 94107"]
        grid = [f"| {' ' * 33} | {row:<33} |" for row in rows]
        rule = f"+{'-' * 35}+{'-' * 35}+"
        lines = texts(text_lines("\n".join([rule, *grid, rule])))
        assert any("Knowledge-based companies" in line for line in lines), lines


def test_a_line_wrapped_after_a_comma_goes_on_though_figures_follow() -> None:
    # No table's row ends with a comma: the chart's list goes on under it.
    chart = "Chart of grants received by returning researchers: 2016 112, 2017 148,"
    page = [*wrap(PARAGRAPH * 2, 74), "", chart, "2018 197, 2019 241", "", *wrap(PARAGRAPH, 74)]
    assert f"{chart} 2018 197, 2019 241" in texts(text_lines("\n".join(page)))


def test_a_list_item_an_editor_wrapped_to_the_margin_goes_on_in_lower_case() -> None:
    item = "  • shorter waiting times, since a broken coil no longer has to be"
    page = [*wrap(PARAGRAPH * 2, 72), "", item, "shipped abroad for repair;", "  • lower costs."]
    lines = texts(text_lines("\n".join(page)))
    assert (
        "shorter waiting times, since a broken coil no longer has to be shipped abroad for repair;"
        in lines
    )


def test_a_tables_head_announced_over_a_row_of_figures_one_space_apart_is_a_line() -> None:
    # lynx prints a wide table's cells one space apart: the head is no wrapped end of the
    # sentence that announces it.
    lead = ["Most placements are in the two fields with the largest number of firms.", "The"]
    lead[1] += " foundation's breakdown of active placements by field is as follows:"
    head = "Field Active placements Share with a PhD Average company size (staff)"
    rows = ["Software and IT 640 12% 38", "Electronics and telecoms 410 18% 55"]
    page = [*wrap(PARAGRAPH * 2, 74), "", *lead, head, *rows]
    lines = texts(text_lines("\n".join(page)))
    assert lines[-3:] == [head, *rows]


def test_a_news_group_list_an_editor_wrapped_after_an_ampersand_goes_on_at_the_margin() -> None:
    item = "  • News group : Opinion,NEWS,Deputy for Technology Innovation &"
    page = [
        *wrap(PARAGRAPH * 2, 72),
        "",
        item,
        "Commercialization Develop",
        "  • News code : 93177",
    ]
    lines = texts(text_lines("\n".join(page)))
    assert f"{item.strip(' •')} Commercialization Develop" in lines


def test_a_tags_row_under_a_short_bare_news_group_line_is_no_name() -> None:
    # The paragraphs wrap at 49; the list's line had room for the tag's first word.
    body = wrap(PARAGRAPH * 3, 49)
    page = [
        *body,
        "",
        "News group : NEWS,Solar energy,Slider",
        "battery solar cells",
        "Share : Telegram",
    ]
    lines = texts(text_lines("\n".join(page)))
    assert "News group : NEWS,Solar energy,Slider" in lines


def test_a_news_group_list_wrapped_at_a_names_space_keeps_the_space() -> None:
    # The line above holds a space inside the list (`Technology ,Photonics`): lynx wrapped
    # there, where `and Quantum` goes on, and cut no word.
    footer = [
        "     * News group : NEWS,Slider,Technology ,Photonics",
        "       and Quantum,NEWS",
        "     * News code : 94217",
    ]
    page = [*wrap(PARAGRAPH * 2, 52, "   "), "", *footer]
    lines = texts(text_lines("\n".join(page)))
    assert "News group : NEWS,Slider,Technology ,Photonics and Quantum,NEWS" in lines


def test_a_tables_head_under_a_line_ending_in_a_colon_is_a_row_of_its_own() -> None:
    # lynx prints the head one space apart, and a row of two cells under it.
    lines = [
        "   He said the number of companies has risen every year, and presented the",
        "   following figures from the secretariat of the evaluation committee:",
        "   Year Certified companies Sales (billion rials)",
        "   2016 2,100               31,000",
        "   2017 2,900               48,500",
    ]
    page = [*wrap(PARAGRAPH * 2, 76, "   "), "", *lines]
    found = texts(text_lines("\n".join(page)))
    assert found[-3:] == [
        "Year Certified companies Sales (billion rials)",
        "2016 2,100 31,000",
        "2017 2,900 48,500",
    ]


def _grid(cell: list[str], width: int = 40) -> str:
    border = "+" + "-" * (width + 2) + "+"
    return "\n".join([border, *(f"| {line:<{width}} |" for line in cell), border])


def test_a_heading_pandoc_cut_inside_words_at_a_grid_cell_wall_is_one_line_again() -> None:
    # pandoc does not wrap a long heading in a grid cell: it cuts it at the wall, inside
    # words; the rest of each cut word stands only at a line start.
    cell = [
        "Delegation from Vi",
        "etnam visits the laboratories of Fars an",
        "d the park plans to open new branches th",
        "is year, says the director of the park.",
        "",
        "The park and this year were spoken of in",
        "the report, and the team and a director",
        "said so.",
    ]
    assert texts(text_lines(_grid(cell)))[0] == (
        "Delegation from Vietnam visits the laboratories of Fars and the park plans to open "
        "new branches this year, says the director of the park."
    )


def test_a_table_wider_than_its_grid_cell_is_one_line_a_row_again() -> None:
    # pandoc breaks each of the table's lines, its rule too, into as many lines: inside a
    # word, or at a space.
    cell = [
        "The figures were given by the council:",
        "",
        "  Product group            2021 (",
        "million USD)   2022 (million USD)",
        "",
        "------------------------ --------",
        "------------ --------------------",
        "  Coatings and pain",
        "ts      41.2                 55.8",
        "  Filters and membr",
        "anes    28.7                 39.5",
        "",
        "Coatings and paints and filters and membranes sold best.",
    ]
    lines = texts(text_lines(_grid(cell, width=33)))
    assert lines[1:4] == [
        "Product group 2021 (million USD) 2022 (million USD)",
        "Coatings and paints 41.2 55.8",
        "Filters and membranes 28.7 39.5",
    ]


def test_a_table_broken_in_three_its_figures_at_the_tables_indent_is_whole_again() -> None:
    cell = [
        "Five provinces accounted for most of",
        "the growth:",
        "",
        "  Province",
        "Companies   Sales (bi",
        "llion rials)   Change",
        "",
        " ----------------- --",
        "--------- -----------",
        "------------ --------",
        "  Tehran",
        "  1,412       71,950",
        "                 +22%",
        "  Isfahan",
        "  386         17,420",
        "                 +31%",
        "",
        "Officials said the rise reflects the tax",
        "breaks of the year.",
    ]
    lines = texts(text_lines(_grid(cell, width=21)))
    assert lines[1:4] == [
        "Province Companies Sales (billion rials) Change",
        "Tehran 1,412 71,950 +22%",
        "Isfahan 386 17,420 +31%",
    ]


def test_a_table_whose_rows_broke_in_fewer_pieces_than_its_rule_is_whole_again() -> None:
    # The rule broke in three, each row in two: a row's second piece opens further in.
    cell = [
        "Recent earthquakes and the system:",
        "",
        "  ---",
        "--------- ----------- -----------",
        "-------------- ------------------",
        "  20/12/2017   5.2",
        "      45                        6",
        "  20/05/2017   4.1",
        "      60                        9",
        "  ---",
        "--------- ----------- -----------",
        "-------------- ------------------",
        "",
        "The system stopped every train in time.",
    ]
    lines = texts(text_lines(_grid(cell, width=33)))
    assert lines[1:3] == ["20/12/2017 5.2 45 6", "20/05/2017 4.1 60 9"]


def test_comments_laid_out_as_tables_under_a_paragraph_keep_their_lines() -> None:
    # Under each comment's table, its closing rule opens no table of the lines above it.
    cell = [
        "There are 2 comment(s) for",
        "this article",
        "",
        "  --------------------------",
        "----------------------------",
        "  Reza   Feb 28 2024 - 13:02",
        "  Great work. Our school i",
        "n Sirjan would like to take",
        "part, who should we contact?",
        "  --------------------------",
        "----------------------------",
        "",
        "  --",
        "----------------------------",
        "",
        " Sara M.   Mar 1 2024 - 8:17",
        "",
        "Schools that take part in the trial",
        "will get the sensors for free.",
    ]
    lines = texts(text_lines(_grid(cell, width=30)))
    assert "There are 2 comment(s) for this article" in lines
    assert (
        "Great work. Our school in Sirjan would like to take part, who should we contact?" in lines
    )


def test_a_right_aligned_head_a_column_short_of_the_tables_indent_is_its_head() -> None:
    cell = [
        "The table below sums up the comparison:",
        "",
        " شاخص",
        "          باغ‌های طرح   باغ‌های شاهد",
        "  -",
        "---------------------------------",
        "------ ------------ -------------",
        "  مصرف آب در هکتار (مترمکعب)",
        "               ۱۱٬۸۰۰       ۲۰٬۴۰۰",
        "",
        "The plan's gardens used less water.",
    ]
    lines = texts(text_lines(_grid(cell, width=33)))
    assert lines[1:3] == ["شاخص باغ‌های طرح باغ‌های شاهد", "مصرف آب در هکتار (مترمکعب) ۱۱٬۸۰۰ ۲۰٬۴۰۰"]


def test_rows_short_enough_to_stand_whole_under_a_broken_rule_stay_apart() -> None:
    # The rule is broken, its rows are not: each opens at the table's indent.
    cell = [
        "The second round of applications",
        "will open in the spring.",
        "",
        "  ---------------------------",
        "------------ --------------------",
        "  Publish date : 2023/01/09",
        "  Code : 612   Visit count: 1,204",
        "  ---------------------------",
        "------------ --------------------",
    ]
    lines = texts(text_lines(_grid(cell, width=33)))
    assert "The second round of applications will open in the spring." in lines
    assert not any("2023/01/09" in line and "612" in line for line in lines)


def test_lines_that_happen_to_fill_a_grid_cell_are_wrapped_prose_not_cut_words() -> None:
    cell = [
        "Iranian products were sold in forty-nine",
        "countries last year, up from thirty-one",
        "two years earlier.",
    ]
    assert texts(text_lines(_grid(cell))) == [
        "Iranian products were sold in forty-nine countries last year, up from thirty-one "
        "two years earlier."
    ]


def test_a_heading_pandoc_laid_from_its_end_is_one_line_though_its_first_line_is_long() -> None:
    # pandoc cuts a heading into lines of the cell's width from its end: the first line
    # takes what is left. Prose would have taken `2` onto the first line.
    heading = (
        "Exports of the park's firms reach 382 million dollars as new firms join programmes "
        "of the science park within a year"
    )
    cut = [heading[max(0, end - 40) : end] for end in range(len(heading), 0, -40)][::-1]
    assert cut[:2] == [
        "Exports of the park's firms reach 38",
        "2 million dollars as new firms join prog",
    ]
    assert texts(text_lines(_grid(cut, width=40))) == [heading]


def test_a_persian_word_cut_at_a_grid_cell_wall_is_one_word_again() -> None:
    # Persian has no case: the rest of a cut word opens in no lower case to tell it by.
    cell = [
        "چرا بازی‌های آموزشی می‌توانند ع",
        "لاقه کودکان به علم را بیشتر کنند؟",
        "",
        "علاقه کودکان به علم با بازی بیشتر شد.",
    ]
    assert texts(text_lines(_grid(cell, width=31)))[0] == (
        "چرا بازی‌های آموزشی می‌توانند علاقه کودکان به علم را بیشتر کنند؟"
    )


def test_a_cut_word_whose_rest_stands_inside_other_words_is_one_word_again() -> None:
    # The `s` of `minute(s)` and `Iran's` opens no word: it does not show that `s` is a word.
    cell = [
        "Start-ups of the park export filters to",
        "Iran's neighbours, and the share of export",
        "s grew for the third year in a row again",
        "",
        "Study time : 2 minute(s). The exports of",
        "the park grew.",
    ]
    assert texts(text_lines(_grid(cell, width=42)))[0] == (
        "Start-ups of the park export filters to Iran's neighbours, and the share of exports "
        "grew for the third year in a row again"
    )


def test_a_persian_grid_row_is_read_between_its_own_walls() -> None:
    # pandoc counts a ZWNJ as taking no column: it pads a row holding one a space short,
    # and its right wall stands a character further right than the border's corner.
    def row(text: str) -> str:
        columns = len(text) - text.count("\u200c")
        return f"| {text}{' ' * (30 - columns)} |"

    border = "+" + "-" * 32 + "+"
    rows = [row("این شرکت\u200cهای دانش\u200cبنیان را بنیاد"), row("ملی نخبگان یاد کرد.")]
    assert len(rows[0]) == len(border) + 2
    lines = texts(text_lines("\n".join([border, *rows, border])))
    assert lines == ["این شرکت\u200cهای دانش\u200cبنیان را بنیاد ملی نخبگان یاد کرد."]


def test_a_markdown_link_whose_text_holds_a_break_is_one_line() -> None:
    # html2text writes a `<br>` inside a linked heading as two spaces at a line's end.
    capture = "\n".join(
        (
            "Some paragraph of the page that says nothing in particular about links.",
            "",
            "## [“We will no longer finance a start-up  ",
            "that cannot show its first customer”](/Interview/We-will-no-longer-finance-a-",
            "start-up/96152)",
            "",
            "Another paragraph, with a [link](https://en.isti.ir/) in it.  ",
            "And a line after a break.",
        )
    )
    assert texts(text_lines(capture))[1:] == [
        "“We will no longer finance a start-up that cannot show its first customer”",
        "Another paragraph, with a link in it.",
        "And a line after a break.",
    ]


def test_list_items_a_tool_left_unwrapped_do_not_set_the_wrap_width() -> None:
    # html2text never wraps a list item; a paragraph it wrapped at 78 columns still joins.
    items = [
        "  * the repayment period starts twelve months after the first instalment instead of six;",
        "  * technology parks and accelerators can vouch for their companies instead of a bank.",
        "  * start-ups that export can ask for a second loan of the same size after one year.",
    ]
    paragraph = wrap(PARAGRAPH * 3, 78)
    capture = "\n".join([*paragraph, "", *items, "", *paragraph])
    lines = texts(text_lines(capture))
    assert lines[0] == " ".join((PARAGRAPH * 3).split())
    assert lines[-1] == lines[0]


def test_the_old_portals_capture_date_is_a_line_of_its_own_in_a_narrow_column() -> None:
    # The line above fills the narrow cell: the date below it is still no wrapped end.
    capture = "\n".join(
        (
            "Vice-Presidency for Science and Technology",
            "Wednesday, April 17, 2019-",
            "Home Page > news",
            "",
            *wrap(PARAGRAPH, 44),
        )
    )
    assert texts(text_lines(capture))[:2] == [
        "Vice-Presidency for Science and Technology",
        "Wednesday, April 17, 2019-",
    ]


def test_a_number_and_a_persian_word_pandoc_cut_at_a_grid_cell_wall_are_whole_again() -> None:
    # The heading's first piece is a short first line; the rest fills the cell to its wall.
    number = [
        "3",
        "55 start-ups graduate from the innovation centres of Pardis Tech",
        "nology Park",
    ]
    persian = [
        "تولید فیل",
        "ترهای دیالیز با استفاده از نانوفناوری در شهرک علمی و تحقیقاتی",
        "اصفهان",
    ]
    english = texts(text_lines(_grid([*number, "", "Technology parks host start-ups."], 64)))
    assert english[0] == (
        "355 start-ups graduate from the innovation centres of Pardis Technology Park"
    )
    # The page says `تحقیقاتی اصفهان` elsewhere, in a line: those two are whole words.
    body = "شهرک علمی و تحقیقاتی اصفهان میزبان است."
    farsi = texts(text_lines(_grid([*persian, "", body], 61)))
    assert (
        farsi[0] == "تولید فیلترهای دیالیز با استفاده از نانوفناوری در شهرک علمی و تحقیقاتی اصفهان"
    )


def test_a_table_of_figures_in_html2text_is_read_row_by_row_without_its_walls() -> None:
    capture = "\n".join(
        [
            "He gave the figures of three years:",
            "",
            "Year| Companies| Loans (billion rials)  ",
            "---|---|---  ",
            "1399| 2140| 29  ",
            "1400| 2610| 39  ",
            "",
            "The fund will publish the next figures in the spring.",
        ]
    )
    assert texts(text_lines(capture)) == [
        "He gave the figures of three years:",
        "Year Companies Loans (billion rials)",
        "1399 2140 29",
        "1400 2610 39",
        "The fund will publish the next figures in the spring.",
    ]


def test_a_quoted_paragraph_html2text_wrapped_is_one_paragraph() -> None:
    quoted = wrap(PARAGRAPH, 72, "> ")
    assert len(quoted) > 1
    capture = "\n".join(["**Quoted**", "", *quoted, "", "After the quote."])
    assert texts(text_lines(capture)) == ["Quoted", PARAGRAPH, "After the quote."]


def test_pandoc_simple_table_rows_are_rows_not_columns_side_by_side() -> None:
    capture = "\n".join(
        [
            "  Year   Companies   Loans",
            "  ------ ----------- -------------",
            "  1399   2140        29",
            "  1400   2610        39",
            "  1401   3075        54",
            "  1402   3310        61",
            "",
        ]
    )
    assert texts(text_lines(capture)) == [
        "Year Companies Loans",
        "1399 2140 29",
        "1400 2610 39",
        "1401 3075 54",
        "1402 3310 61",
    ]


def test_the_note_under_an_opinion_piece_keeps_the_mark_of_its_byline() -> None:
    capture = "\n".join(
        [
            "Dr. Mahnaz Rahimi *",
            "",
            PARAGRAPH,
            "",
            "   * Head of the Technology Studies Institute",
            "   * News group : NEWS,Opinion",
            "   * News code : 93544",
        ]
    )
    lines = text_lines(capture)
    assert [(line.text, line.bullet) for line in lines[2:]] == [
        ("* Head of the Technology Studies Institute", False),
        ("News group : NEWS,Opinion", True),
        ("News code : 93544", True),
    ]


def test_without_a_marked_byline_a_starred_line_is_a_list_item() -> None:
    capture = "\n".join(["Dr. Mahnaz Rahimi", "", PARAGRAPH, "", "   * Head of the Institute"])
    assert text_lines(capture)[-1] == Line("Head of the Institute", True)


def test_paragraphs_wrapped_at_160_columns_are_joined() -> None:
    long = " ".join([PARAGRAPH] * 4)
    wrapped = wrap(long, 160, "   ")
    assert len(wrapped) >= 5
    assert max(map(len, wrapped)) > 120
    capture = "\n".join([*wrapped, "", *wrap(long, 160, "   ")])
    assert texts(text_lines(capture)) == [long, long]


def test_long_paragraphs_no_tool_wrapped_stay_apart() -> None:
    lengths = (130, 170, 210, 260, 300, 340)
    paragraphs = [(PARAGRAPH * 3)[:n].rsplit(" ", 1)[0] + "." for n in lengths]
    assert texts(text_lines("\n".join(paragraphs))) == paragraphs


def test_elinks_line_naming_a_videos_file_is_dropped() -> None:
    capture = "\n".join([PARAGRAPH, "", "   Video: [7]inventors.mp4", "", "Video: the prototype."])
    assert texts(text_lines(capture)) == [PARAGRAPH, "Video: the prototype."]


def test_a_word_pandoc_cut_at_the_wall_of_a_right_hand_grid_cell_is_whole_again() -> None:
    rows = [
        ("Latest News", "Iranian nanotechnology pr"),
        ("Park fair", "oducts reach 49 countries as expo"),
        ("opens", "rts climb to 300 million dollars."),
        ("", ""),
        ("", "Iranian companies sold products and"),
        ("", "exports grew."),
    ]
    border = "+" + "-" * 14 + "+" + "-" * 35 + "+"
    grid = [border, *(f"| {a:<12} | {b:<33} |" for a, b in rows), border]
    found = texts(text_lines("\n".join(grid)))
    heading = "Iranian nanotechnology products reach 49 countries as exports climb to 300"
    assert f"{heading} million dollars." in found


def test_lynx_link_numbers_go_and_the_pages_own_footnote_marks_stay() -> None:
    capture = "\n".join(
        [
            "   The fund paid [12]loans to six thousand companies.[13][1] It grew.",
            "",
            "   [1] Figures from the fund's annual report.",
            "",
            "References",
            "",
            "  12. https://example.org/loans",
            "  13. https://example.org/notes",
        ]
    )
    assert texts(text_lines(capture)) == [
        "The fund paid loans to six thousand companies.[1] It grew.",
        "[1] Figures from the fund's annual report.",
    ]


def test_a_footnote_mark_w3m_wrapped_onto_the_next_line_goes_back_onto_its_word() -> None:
    wrapped = wrap(f"{PARAGRAPH} [2] Each of them grew.", 81)
    assert wrapped[-1] == "[2] Each of them grew."
    capture = "\n".join([*wrapped, "", "[2] Figures from the park's report."])
    assert texts(text_lines(capture)) == [
        f"{PARAGRAPH}[2] Each of them grew.",
        "[2] Figures from the park's report.",
    ]


def test_a_link_number_lynx_wrapped_in_two_goes_whole() -> None:
    capture = "\n".join(
        [
            "     * News group : [12]Resources,[13]Nanotechnology,[14]Biotechnology,[",
            "       15]NEWS",
            "",
            "References",
            "",
            "  12. https://en.isti.ir/a",
            "  15. https://en.isti.ir/b",
        ]
    )
    assert texts(text_lines(capture)) == [
        "News group : Resources,Nanotechnology,Biotechnology,NEWS"
    ]


def test_the_bare_link_list_lynx_nonumbers_appends_goes() -> None:
    wrapped = wrap(f"{PARAGRAPH} {PARAGRAPH}", 72, "   ")
    urls = ["file:///work/pages/page.html", "file:///", "https://en.isti.ir/", "file:///News/74102"]
    capture = "\n".join([*wrapped, "   Note:", *urls])
    assert texts(text_lines(capture)) == [f"{PARAGRAPH} {PARAGRAPH}", "Note:"]


def test_w3m_link_numbers_go_with_its_reference_list() -> None:
    capture = "\n".join(
        [
            "[2]Home | [3]News",
            "[9]News > Park companies doubled their exports",
            "",
            "References:",
            "",
            "[2] file:///index.aspx?siteid=30",
            "[3] file:///index.aspx?siteid=30&pageid=2157",
        ]
    )
    assert texts(text_lines(capture)) == [
        "Home | News",
        "News > Park companies doubled their exports",
    ]


def test_lynx_link_targets_written_inline_and_wrapped_go() -> None:
    capture = "\n".join(
        [
            "   [file://localhost/work/pages/index.aspx?siteid=30&pageid=2100]About Us |",
            "",
            "   [file://localhost/work/pages/index.aspx?siteid=30&pageid=2157]News > Park",
            "",
            "     [javascript:PrintNews(36455)]Print        [file://localhost/work/pa",
            "   ges/index.aspx?siteid=30&newsview=36455]Send to Friend",
        ]
    )
    assert texts(text_lines(capture)) == [
        "About Us |",
        "News > Park",
        "Print Send to Friend",
    ]


def test_a_tools_numbers_of_an_ordered_list_go_and_typed_numbers_stay() -> None:
    capture = "\n".join(
        [
            "Three things came up again and again:",
            "",
            " 1. Access to research equipment.",
            " 2. A clear path from a project to a company.",
            "",
            "Two more were typed so:",
            "",
            "1) Housing near the park.",
            "2) Loans for equipment.",
        ]
    )
    assert [(line.text, line.bullet) for line in text_lines(capture)] == [
        ("Three things came up again and again:", False),
        ("Access to research equipment.", True),
        ("A clear path from a project to a company.", True),
        ("Two more were typed so:", False),
        ("1) Housing near the park.", False),
        ("2) Loans for equipment.", False),
    ]


def test_pandocs_ordered_list_numbers_set_apart_go() -> None:
    capture = "Three things:\n\n1.  Access to equipment.\n2.  A clear path.\n"
    assert texts(text_lines(capture)) == ["Three things:", "Access to equipment.", "A clear path."]


def test_lines_lynx_justified_are_joined_with_one_space() -> None:
    long_words = (
        "Knowledge-based manufacturers of characterisation instruments internationalised "
        "their distribution through representatives in neighbouring countries."
    )
    text = f"{long_words} {PARAGRAPH} {long_words}"
    lines = wrap(text, 44, "   ")
    justified = []
    for line in lines[:-1]:
        words = line.split()
        gaps, extra = len(words) - 1, 44 - len(line)
        spaced = words[0]
        for number, word in enumerate(words[1:]):
            spaced += " " * (1 + extra // gaps + (number < extra % gaps)) + word
        justified.append("   " + spaced)
    assert all(len(line) == 44 for line in justified)
    assert any("   " in line.strip() for line in justified)
    capture = "\n".join([*justified, lines[-1]])
    assert texts(text_lines(capture)) == [text]


def test_links_mark_of_an_image_before_its_caption_goes() -> None:
    capture = "   [IMG] A visitor tests a leak detector.\n\n   [IMG]Print  [IMG]Send to Friend\n"
    assert texts(text_lines(capture))[0] == "A visitor tests a leak detector."


def test_pandocs_empty_images_before_each_cell_go() -> None:
    capture = "  [] Oct 3 2023 - 09:30   [] 1,317   [] Study time : 2 minute(s)\n"
    assert texts(text_lines(capture)) == ["Oct 3 2023 - 09:30 1,317 Study time : 2 minute(s)"]


def test_html2text_links_to_files_of_a_page_saved_complete_are_read_whole() -> None:
    capture = (
        "[![leader](./Start-ups admitted_files/logo.png)](./Start-ups admitted_files/i.html) Hi"
    )
    assert texts(text_lines(capture)) == ["leader Hi"]


def test_pandocs_empty_image_before_an_items_text_is_dropped() -> None:
    capture = "-   [] Nov 7 2023 - 11:30\n-   [] 346"
    assert text_lines(capture) == [Line("Nov 7 2023 - 11:30", True), Line("346", True)]


def test_the_old_portals_footer_row_ends_with_its_count_whatever_follows() -> None:
    gap = "\xa0\xa0\xa0 /\xa0\xa0\xa0 "
    footer = f"   15:17 - 14/05/2018{gap}Number : 34318{gap}Show Count : 211"
    capture = "\n".join([*wrap(PARAGRAPH, 72, "   "), "", footer, "   About us | Site map | RSS"])
    assert texts(text_lines(capture))[-1] == "About us | Site map | RSS"


def test_long_lines_breaking_off_sentences_tell_a_wide_wrap() -> None:
    long = " ".join([PARAGRAPH] * 2)
    first, second = wrap(long, 160, "   "), wrap(f"{PARAGRAPH} {long}", 160, "   ")
    assert max(map(len, [*first, *second])) > 120
    capture = "\n".join(["Title of the page", "", *first, "", *second])
    assert texts(text_lines(capture)) == ["Title of the page", long, f"{PARAGRAPH} {long}"]


def test_one_long_line_breaking_off_a_sentence_alone_tells_a_wide_wrap() -> None:
    said = "said the head of the park, who added that the teams would share three laboratories."
    lead = wrap(f"{PARAGRAPH.rstrip('.')}, {said}", 160, "   ")
    assert len(lead) == 2
    assert len(lead[0]) > 120
    assert not lead[0].endswith(".")
    other = "   Officials said the building would be ready for its first tenants in the spring."
    capture = "\n".join(["Title of the page", "", *lead, "", other, "", other])
    assert texts(text_lines(capture))[:2] == [
        "Title of the page",
        f"{PARAGRAPH.rstrip('.')}, {said}",
    ]


def test_one_long_line_without_a_full_stop_in_text_no_tool_wrapped_stays() -> None:
    item = f"   {PARAGRAPH.rstrip('.')} and for forty more teams in the building next door"
    longer = f"   {PARAGRAPH} {PARAGRAPH}"
    capture = "\n".join(["Title of the page", "", item, "   The next item.", "", longer])
    assert texts(text_lines(capture))[1:3] == [item.strip(), "The next item."]


def test_a_long_labelled_list_tells_no_wide_wrap() -> None:
    groups = "News group : " + ",".join(["Biotechnology Development Council"] * 5)
    said = f"{PARAGRAPH} It will open in May."
    capture = "\n".join([said, "The next paragraph.", groups, "News code : 12"])
    assert texts(text_lines(capture))[:2] == [said, "The next paragraph."]


def test_a_marked_byline_under_a_full_line_is_a_line_of_its_own() -> None:
    title = "Are returning graduates a loss or a gain for the knowledge-based economy?"
    capture = "\n".join([*wrap(PARAGRAPH, 76, "   "), "", f"   {title}", "   Mahnaz Rezaei *"])
    assert texts(text_lines(capture))[-2:] == [title, "Mahnaz Rezaei *"]


def test_raw_html_a_markdown_writer_kept_is_read_as_a_reader_sees_it() -> None:
    capture = "\n".join(
        [
            '<div class="print-header">',
            "",
            '<span class="noprint">[Print](javascript:window.print())',
            "\\|",
            "[Back](https://en.isti.ir/News/x/1)</span>",
            "",
            "</div>",
            "",
            "<figure>",
            '<img src="/images/news/1.jpg" width="400"',
            'alt="Park companies doubled their exports" />',
            '<figcaption aria-hidden="true">Park companies doubled',
            "their exports</figcaption>",
            "</figure>",
        ]
    )
    assert texts(text_lines(capture)) == ["Print | Back", "Park companies doubled their exports"]


def test_restructured_text_is_read_as_a_reader_sees_it() -> None:
    capture = "\n".join(
        [
            ".. container::",
            "   :name: top",
            "",
            "   -  `Home </>`__ \\| `About",
            "      Us </About>`__",
            "",
            "   .. rubric:: Park companies doubled their exports to",
            "      neighbouring countries",
            "      :name: park-companies",
            "",
            "   |Park companies doubled their exports to neighbouring",
            "   countries|",
            "",
            "   **Who can apply** |image1|",
            "",
            ".. |image1| image:: /Captcha.ashx",
        ]
    )
    assert texts(text_lines(capture)) == [
        "Home | About Us",
        "Park companies doubled their exports to neighbouring countries",
        "Park companies doubled their exports to neighbouring countries",
        "Who can apply",
    ]


def test_pandoc_markdown_fences_spans_and_dashes_are_read_as_a_reader_sees_them() -> None:
    capture = "\n".join(
        [
            "::: article",
            "[Feb 6 2024 - 09:40]{.date} \\| [1317]{.views}",
            "",
            "<div>",
            "",
            "TEHRAN --",
            "",
            "</div>",
            "",
            '[Print](/print/1) ![QR code](data:,){width="80"}\\',
            "Next line",
            ":::",
        ]
    )
    assert texts(text_lines(capture)) == [
        "Feb 6 2024 - 09:40 | 1317",
        "TEHRAN \u2013",
        "Print QR code",
        "Next line",
    ]


def test_a_dash_wrapped_to_a_lines_start_goes_on_with_the_line_above() -> None:
    title = "«Our biosimilar medicines will reach twenty export markets within three years»"
    capture = "\n".join(
        [*wrap(PARAGRAPH, 80), "", title, "- Afshin", "", "  • Item one", "  • Item"]
    )
    assert texts(text_lines(capture))[1] == f"{title} - Afshin"


def test_dashes_opening_lines_a_short_line_leaves_room_above_mark_items() -> None:
    # Each item wrapped onto a line of its own: the dash would have fit on the short line
    # above it, so a tool did not wrap it there; it was typed there.
    items = [
        "the pilot plant that treats wastewater for farms near Mashhad and in Neyshabur",
        "the leak sensors that a young company in Isfahan has built for city water mains",
    ]
    raw = [*wrap(PARAGRAPH, 60), "We were impressed by two things:"]
    for item in items:
        raw += wrap(f"- {item}", 60)
    assert text_lines("\n".join(raw))[-2:] == [Line(item, True) for item in items]
    # A lone dash under a short line with no lead-in's colon is a quote's author, typed so.
    quote = ["«Knowledge is power.»", "- Francis Bacon"]
    assert text_lines("\n".join([PARAGRAPH, *quote]))[1:] == [Line(text) for text in quote]
    # A paragraph's widest line measures the wrap; a long address after it does not.
    address = "Source: https://example.com/news/2024/10/water-report-mashhad-region-full-text"
    raw = [*wrap(PARAGRAPH, 60), "", *raw[len(wrap(PARAGRAPH, 60)) :], "", address]
    assert text_lines("\n".join(raw))[-3:-1] == [Line(item, True) for item in items]


def test_a_word_processors_numbered_items_a_tab_indents_are_a_list() -> None:
    # Safari's copy indents each item by a TAB and sets its number apart by another.
    raw = [
        "Three lessons stand out so far:",
        "\t1.\tCheap sensors are noisy.",
        "\t2.\tSchools host them.",
    ]
    lines = text_lines("\n".join([PARAGRAPH, *raw]))
    assert lines[2:] == [Line("Cheap sensors are noisy.", True), Line("Schools host them.", True)]


def test_dashes_marking_items_one_under_another_stay_list_markers() -> None:
    capture = "Exports grew in three fields:\n- Medical devices\n- Software\n"
    assert text_lines(capture)[1:] == [Line("Medical devices", True), Line("Software", True)]


def test_a_heading_pandoc_laid_out_from_its_end_in_a_grid_cell_is_one_line() -> None:
    head, tail = "Head of the park:", '"Companies will lead the exports of filters"'
    width = len(tail)  # the tail fills its cell to one space short of the wall
    border = "+" + "-" * (width + 2) + "+"
    rows = ["Kicker of the page;", "", head, tail, "", "The lead of the article."]
    grid = [border, *(f"| {row:<{width}} |" for row in rows), border]
    found = texts(text_lines("\n".join(grid)))
    assert f"{head} {tail}" in found


def test_the_note_left_of_a_starred_list_above_it_keeps_its_mark() -> None:
    capture = "\n".join(
        [
            "   Dr. Leila Farahani *",
            "",
            "     * owners must keep the right to refuse a booking",
            "     * fees should be published in advance",
            "",
            "   * The author is a researcher in analytical chemistry.",
            "   * News group : NEWS,Opinion",
        ]
    )
    assert [(line.text, line.bullet) for line in text_lines(capture)[1:]] == [
        ("owners must keep the right to refuse a booking", True),
        ("fees should be published in advance", True),
        ("* The author is a researcher in analytical chemistry.", False),
        ("News group : NEWS,Opinion", True),
    ]


def test_a_row_of_cells_wrapped_within_themselves_is_read_cell_by_cell() -> None:
    capture = "\n".join(
        (
            "",
            "  Oct 3 2023 -     1,317     Study time : 2",
            "  09:30                      minute(s)",
            "",
        )
    )
    assert texts(text_lines(capture)) == ["Oct 3 2023 - 09:30", "1,317", "Study time : 2 minute(s)"]


def test_a_row_of_bulleted_cells_one_space_apart_is_read_cell_by_cell() -> None:
    # elinks and links print each cell's bullet one space after the cell before it.
    capture = "\n".join(
        (
            "",
            "  • Jan 8 2024 - • 347 • Study time : 2",
            "  14:25                minute(s)",
            "",
        )
    )
    assert [(line.bullet, line.text) for line in text_lines(capture)] == [
        (True, "Jan 8 2024 - 14:25"),
        (True, "347"),
        (True, "Study time : 2 minute(s)"),
    ]


def test_a_one_row_table_between_pandoc_rules_is_read_cell_by_cell() -> None:
    # pandoc sets a layout table's single row between two rules, each cell wrapped in its
    # own width: read line by line, the capture date would lose its year.
    rule = "  ----------------------- ----------------------- -----------------------"
    capture = "\n".join(
        (
            rule,
            "  [Vice-Presidency for    [leader] [system]       Today : Monday Jul 12",
            "  Science and Technology]                         2021",
            "",
            rule,
        )
    )
    assert "Today : Monday Jul 12 2021" in texts(text_lines(capture))


def test_two_list_items_alone_are_no_row_of_cells() -> None:
    capture = "\n".join(
        ("", "-   First headline of the box 1402/06/26", "-   Second one 1402/06/26", "")
    )
    assert texts(text_lines(capture)) == [
        "First headline of the box 1402/06/26",
        "Second one 1402/06/26",
    ]


def test_a_label_after_an_icon_html2text_wrapped_into_a_paragraph_starts_a_line() -> None:
    # html2text writes an icon as an empty emphasis and wraps the footer into the paragraph.
    capture = "\n".join(
        (
            "The teams will present their satellites at the national fair in the spring of",
            "next year, the head of the council said on Monday at the closing ceremony.",
            "__News group :[NEWS](/News/1),[Space](/Space/2)",
        )
    )
    assert texts(text_lines(capture))[-1] == "News group :NEWS,Space"


def test_a_line_pandoc_moved_down_before_a_dash_goes_on_with_the_one_above() -> None:
    # pandoc breaks no line before a dash that would open the next line as a list item.
    capture = "\n".join(
        (
            *wrap(PARAGRAPH * 3, 72),
            "",
            "Applications must be submitted through the council's site before",
            "23:59 - 05/05/2019, and the results of the first review will be",
            "announced in June.",
        )
    )
    assert texts(text_lines(capture))[-1] == (
        "Applications must be submitted through the council's site before 23:59 - "
        "05/05/2019, and the results of the first review will be announced in June."
    )


def test_elinks_references_without_numbers_are_no_text() -> None:
    capture = "\n".join(
        (
            "   The park will open a new laboratory next year.",
            "",
            "References",
            "",
            "   Visible links",
            "   . https://en.isti.ir/News/New-laboratory/512",
            "   . file:///News/Other-news/509",
        )
    )
    assert texts(text_lines(capture)) == ["The park will open a new laboratory next year."]


def test_markdown_entities_are_the_characters_they_stand_for() -> None:
    capture = "## A heading\n\nHome Page &gt; news\n\nResearch &amp; Technology [news](/News)\n"
    assert texts(text_lines(capture))[1:] == ["Home Page > news", "Research & Technology news"]


def test_captioned_figures_html2text_ran_together_are_apart() -> None:
    captions = (
        "A company that makes smart water meters explains how its devices are read from afar",
        "Samples of heat-resistant ceramics for the steel industry",
        "A producer of vaccines shows its cold storage room",
        "Members of the delegation try the software of a grain silo monitoring system",
    )
    figures = " ".join(f"![](/files/{n}.jpg){caption}" for n, caption in enumerate(captions))
    capture = "\n".join((*wrap(PARAGRAPH * 3, 78), "", *wrap(figures, 78)))
    assert texts(text_lines(capture))[1:] == list(captions)


def test_a_pandoc_heading_id_holding_full_stops_goes() -> None:
    capture = (
        "::: kicker\nPhoto report;\n:::\n\n"
        "# Park companies showed their products. {#park-companies-showed-their-products. .title}\n"
    )
    assert texts(text_lines(capture)) == ["Photo report;", "Park companies showed their products."]


def test_a_grid_nested_in_a_cell_is_cut_at_its_walls_as_pandoc_counts_columns() -> None:
    # The outer row holds the inner grid's walls too, so it is cut at the border's columns;
    # pandoc gives a ZWNJ no column, so a Persian line's walls stand further right.
    def row(text: str, width: int) -> str:
        return f"| {text}{' ' * (width - len(text) + text.count(chr(0x200C)))} |"

    text = "پارک‌ها و شرکت‌های دانش‌بنیان می‌آیند"
    inner = ["+" + "-" * 38 + "+", row(text, 36), "+" + "-" * 38 + "+"]
    outer_border = "+" + "-" * 42 + "+"
    lines = [outer_border, *(f"| {line} |" for line in inner), outer_border]
    assert texts(text_lines("\n".join(lines))) == [text]


def test_the_rest_of_a_category_name_wrapped_left_of_the_list_item_is_the_names() -> None:
    capture = "\n".join(
        (
            *wrap(PARAGRAPH * 2, 60),
            "",
            "  • News group :",
            "NEWS,Slider,Science Technology Parks & Incubators,Renewable",
            "Energy",
            "",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        )
    )
    assert (
        "News group : NEWS,Slider,Science Technology Parks & Incubators,Renewable Energy"
        in texts(text_lines(capture))
    )


def test_a_heading_cut_after_a_piece_that_only_ends_lines_is_whole() -> None:
    # pandoc lays a heading out from its end by characters: `... and t` / `he park ...`;
    # `t` stands nowhere but at a line's end, and `the` stands elsewhere.
    heading = (
        "Exports of the park reach 111 million dollars, and the park plans to open new branches"
    )
    first = len(heading) % 34
    cell = [heading[:first], *(heading[i : i + 34] for i in range(first, len(heading), 34))]
    assert cell[1].endswith(" and t")
    capture = _grid([*cell, "", "The park opened, he said.", ""], width=34)
    assert texts(text_lines(capture))[0] == heading


def test_a_word_cut_at_its_zero_width_non_joiner_is_whole() -> None:
    cell = ["تولید کاتالیست‌ها با استفاده از انرژی", "\u200cهای تجدیدپذیر در پارک علم و فناوری"]
    width = max(map(len, cell))
    assert texts(text_lines(_grid([*cell, ""], width=width)))[0] == "".join(cell)


def test_reference_style_markdown_links_read_as_their_text_and_their_targets_go() -> None:
    # `html2text --reference-links` writes `[Home][3]` and lists the targets at the end.
    capture = "\n".join(
        (
            "  * [Home][1]",
            "",
            "  * News group : [NEWS][2],[Technology Parks & Incubators][3]",
            "",
            "   [1]: https://en.isti.ir/",
            "",
            "   [2]: https://en.isti.ir/News",
            "   [3]: https://en.isti.ir/Parks",
        )
    )
    assert texts(text_lines(capture)) == [
        "Home",
        "News group : NEWS,Technology Parks & Incubators",
    ]


def test_the_link_list_links_appends_with_numbered_links_goes() -> None:
    # `links -dump -html-numbered-links 1` numbers each link and lists the targets under
    # `Links:`, images as `Image: url`.
    capture = "\n".join(
        (
            "   [8]Print        [9]Send to Friend",
            "",
            "   The park will open a new laboratory next year.",
            "",
            "Links:",
            "1. https://en.isti.ir/index.aspx?siteid=30&pageid=2834&newsview=34580",
            "2. Image: file:///images/header_en.jpg",
        )
    )
    assert texts(text_lines(capture))[-1] == "The park will open a new laboratory next year."


def test_markdown_strict_icons_kept_as_inline_html_go() -> None:
    capture = "\n".join(
        (
            "# A heading of the page",
            "",
            '-   <span class="icon-calendar"></span>May 8 2018 - 07:16',
            '-   <span class="icon-eye"></span>1674',
        )
    )
    assert texts(text_lines(capture))[1:] == ["May 8 2018 - 07:16", "1674"]


def test_an_inline_image_tag_markdown_kept_over_two_lines_goes() -> None:
    capture = "\n".join(
        (
            "# A heading of the page",
            "",
            'Print <img src="data:," width="80" height="80"',
            'alt="QR code: scan to read this article on your phone" />',
            "",
            "The park opened a second building for start-ups.",
        )
    )
    assert texts(text_lines(capture))[1:] == [
        "Print",
        "The park opened a second building for start-ups.",
    ]


ROWS = [
    "Product group Exports (million dollars)",
    "Construction materials 14.2",
    "Textiles and coatings 9.8",
]


def test_a_table_drawn_with_box_characters_is_read_row_by_row() -> None:
    # w3m and elinks draw a bordered table so, each cell wrapped within its walls.
    drawn = [
        PARAGRAPH,
        "",
        "    ┌─────────────────────┬───────────────────────┐",
        "    │    Product group    │   Exports (million    │",
        "    │                     │       dollars)        │",
        "    ├─────────────────────┼───────────────────────┤",
        "    │Construction         │14.2                   │",
        "    │materials            │                       │",
        "    ├─────────────────────┼───────────────────────┤",
        "    │Textiles and coatings│9.8                    │",
        "    └─────────────────────┴───────────────────────┘",
        "",
        PARAGRAPH,
    ]
    assert texts(text_lines("\n".join(drawn))) == [PARAGRAPH, *ROWS, PARAGRAPH]


def test_a_table_links_draws_is_read_row_by_row() -> None:
    drawn = [
        PARAGRAPH,
        "",
        "   +----------------------------------------+",
        "   | Product group    | Exports (million    |",
        "   |                  | dollars)            |",
        "   |------------------+---------------------|",
        "   | Construction     | 14.2                |",
        "   | materials        |                     |",
        "   |------------------+---------------------|",
        "   | Textiles and     | 9.8                 |",
        "   | coatings         |                     |",
        "   +----------------------------------------+",
        "",
        PARAGRAPH,
    ]
    assert texts(text_lines("\n".join(drawn))) == [PARAGRAPH, *ROWS, PARAGRAPH]


def test_a_drawn_table_holding_paragraphs_is_read_cell_by_cell() -> None:
    left, right = wrap("Most viewed news of the week", 20), wrap(PARAGRAPH, 40)
    rows = [
        f"│{(left[i] if i < len(left) else ''):<20}│{(right[i] if i < len(right) else ''):<40}│"
        for i in range(max(len(left), len(right)))
    ]
    drawn = [f"┌{'─' * 20}┬{'─' * 40}┐", *rows, f"└{'─' * 20}┴{'─' * 40}┘"]
    assert texts(text_lines("\n".join(drawn))) == ["Most viewed news of the week", PARAGRAPH]


def test_a_small_table_of_short_cells_is_no_columns() -> None:
    # lynx lays a table of data out with its cells set apart by spaces.
    laid_out = [
        PARAGRAPH,
        "",
        "       Product group      Exports (million dollars)",
        "   Construction materials 14.2",
        "   Textiles and coatings  9.8",
        "   Filters and membranes  7.1",
        "   Medical products       5.6",
        "",
        PARAGRAPH,
    ]
    assert texts(text_lines("\n".join(laid_out))) == [
        PARAGRAPH,
        *ROWS,
        "Filters and membranes 7.1",
        "Medical products 5.6",
        PARAGRAPH,
    ]


def test_a_markdown_writers_raw_table_row_of_short_cells_is_one_line() -> None:
    raw = [
        f"<p>{PARAGRAPH}</p>",
        "<table>",
        '<tr class="header">',
        "<th>Product group</th>",
        "<th>Exports (million dollars)</th>",
        "</tr>",
        '<tr class="odd">',
        "<td>Construction materials</td>",
        "<td>14.2</td>",
        "</tr>",
        "</table>",
        "",
        f"**{PARAGRAPH}**",
    ]
    assert texts(text_lines("\n".join(raw))) == [PARAGRAPH, *ROWS[:2], PARAGRAPH]


def test_a_date_a_narrow_column_wrapped_before_its_time_is_one_line() -> None:
    lines = ["  • Nanotechnology", "    exports rose", "    Nov 2 2023 -", "    09:15 1,311"]
    assert texts(text_lines("\n".join(lines)))[-1] == "Nov 2 2023 - 09:15 1,311"


def test_a_title_above_a_side_column_is_joined_at_the_article_columns_width() -> None:
    # w3m: the article's cell starts at column 19 and wraps at 60; the side column is
    # printed beside the body, below the title, which fills less than the page's width.
    title = "Iranian researchers map the salt tolerance of 40 native wheat varieties"
    side = ["Latest News", "", "Nanotechnology", "week opens in", "Tehran", "10/06/2018", ""]
    side += ["Start-up visa:", "first foreign", "teams arrive", "11/06/2018"]
    body = wrap(f"{PARAGRAPH} {PARAGRAPH}", 60)
    lines = [
        "Vice-Presidency for Science and Technology",
        *(" " * 19 + line for line in wrap(title, 60)),
        "",
        *(f"{(side[i] if i < len(side) else ''):<19}{line}" for i, line in enumerate(body)),
        "",
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved.  ..",
    ]
    assert title in texts(text_lines("\n".join(lines)))


def test_a_token_longer_than_its_grid_cell_is_whole_again() -> None:
    # A comma list with no spaces after its commas is one token: pandoc lays it from its
    # end, the last piece filling the cell.
    cell = ["News group : NEWS,Competitions &", "Festi", "vals,Universities,Youth,Headlines"]
    assert texts(text_lines(_grid(cell, width=33)))[0] == (
        "News group : NEWS,Competitions & Festivals,Universities,Youth,Headlines"
    )


def test_a_dash_ending_a_narrow_columns_date_is_no_list_marker() -> None:
    left = [
        "Latest news",
        "  * Sep 20 2022 -",
        "    11:15",
        "  * 1,089",
        "Drone makers",
        "gather in Kish",
    ]
    left += ["  * Sep 19 2022 -", "    09:30"]
    right = wrap(f"{PARAGRAPH} {PARAGRAPH}", 44)
    lines = [f"{(left[i] if i < len(left) else ''):<18}{right[i]}" for i in range(len(right))]
    assert texts(text_lines("\n".join(lines)))[-1] == f"{PARAGRAPH} {PARAGRAPH}"


def test_a_row_of_cells_ending_in_the_toolbar_does_not_go_on_into_the_kicker() -> None:
    kicker = (
        "Applications are open until mid-January for graduate students and young faculty members;"
    )
    lines = [
        *wrap(f"{PARAGRAPH} {PARAGRAPH} {PARAGRAPH}", 78),
        "",
        "Home Page > news  News > Winter School   Print         Send to Friend",
        *wrap(kicker, 78),
    ]
    assert texts(text_lines("\n".join(lines)))[-1] == kicker


def test_the_old_portals_footer_row_run_on_after_a_paragraphs_last_words_stays_with_them() -> None:
    # html2text runs the footer's cells onto the paragraph, and may wrap between its time
    # and date.
    lines = [
        *wrap(PARAGRAPH, 78)[:-1],
        wrap(PARAGRAPH, 78)[-1] + " 23:59 -",
        "31/12/2019    /    Number : 407    /    Show Count : 9",
    ]
    assert texts(text_lines("\n".join(lines))) == [
        f"{PARAGRAPH} 23:59 - 31/12/2019 / Number : 407 / Show Count : 9"
    ]


def test_a_side_column_item_one_space_short_of_the_article_column_keeps_both_columns() -> None:
    left = ["Links", "", "Science Parks", "Iran", "Nanotechnology", "Initiative Council"]
    right = wrap(f"{PARAGRAPH} {PARAGRAPH}", 50)
    lines = [f"{(left[i] if i < len(left) else ''):<19}{right[i]}" for i in range(len(right))]
    assert lines[5][17:19] == "l "  # one space apart
    assert texts(text_lines("\n".join(lines))) == [
        "Links",
        "Science Parks",
        "Iran Nanotechnology Initiative Council",
        f"{PARAGRAPH} {PARAGRAPH}",
    ]


def test_an_ordered_lists_numbers_in_the_article_column_beside_a_side_column_are_dropped() -> None:
    # elinks sets a side list's bulleted headlines left of the article, the list's numbers
    # in the article's column.
    lines = [
        "     • Solar roofs   Iranian companies now produce about 70 percent of the",
        "       planned for   industrial enzymes used in the country, the secretary of",
        "       twelve parks  the council said on Wednesday, up from less than 20",
        "       12/02/2020    percent five years ago.",
        "     • Training",
        "       course on     He named three steps that made the change possible:",
        "       bioreactor",
        "       design in      1. long-term purchase agreements between producers and",
        "       Karaj             large textile mills;",
        "       08/02/2020     2. shared pilot plants where small firms can test their",
        "                         strains at scale;",
        "                      3. low-interest loans for fermentation equipment.",
    ]
    assert texts(text_lines("\n".join(lines)))[-4:] == [
        "He named three steps that made the change possible:",
        "long-term purchase agreements between producers and large textile mills;",
        "shared pilot plants where small firms can test their strains at scale;",
        "low-interest loans for fermentation equipment.",
    ]


def test_cells_a_browsers_copy_set_apart_by_a_tab_are_lines_and_a_tables_rows_stay_rows() -> None:
    capture = "\n".join(
        [
            "Latest news",
            "Water week opens in Yazd",
            "412\tReport shows share joint research doubled",
            "",
            "Year\tCompanies\tLoans",
            "1399\t2140\t29",
            "",
            "•\tFirst item of the list",
        ]
    )
    assert texts(text_lines(capture)) == [
        "Latest news",
        "Water week opens in Yazd",
        "412",
        "Report shows share joint research doubled",
        "Year Companies Loans",
        "1399 2140 29",
        "First item of the list",
    ]


def test_the_word_copyright_opening_a_wrapped_line_of_a_sentence_goes_on_with_it() -> None:
    sentence = (
        "بسیاری گمان می‌کنند نوشتن عبارت «All rights reserved» یا گذاشتن نماد Copyright در "
        "پایین یک نرم‌افزار برای حمایت از ایده کافی است، در حالی که این عبارت‌ها کافی نیستند."
    )
    lines = [*wrap(f"{PARAGRAPH} {PARAGRAPH}", 70), "", *wrap(sentence, 70)]
    assert any(line.startswith("Copyright") for line in wrap(sentence, 70))
    assert texts(text_lines("\n".join(lines)))[-1] == sentence


def test_numbered_paragraphs_under_a_heading_set_further_out_stay_numbered_text() -> None:
    # lynx sets a right-to-left heading at the line's start, the text three columns in.
    lines = [*("   " + line for line in wrap(PARAGRAPH, 70)), "", "منابع", ""]
    lines += ["   1. پایگاه استنادی علوم جهان اسلام، گزارش سالانه، ۱۴۰۱.", ""]
    lines += ["   2. مرکز مطالعات فناوری، نمای علم و فناوری، ۱۴۰۱."]
    assert texts(text_lines("\n".join(lines)))[-2:] == [
        "1. پایگاه استنادی علوم جهان اسلام، گزارش سالانه، ۱۴۰۱.",
        "2. مرکز مطالعات فناوری، نمای علم و فناوری، ۱۴۰۱.",
    ]


@pytest.mark.parametrize(
    "mark",
    ["embed(player.swf)", "IFrame", "IFRAME: https://example.org/v", "Object: application/x-flash"],
)
def test_a_tools_mark_of_an_embedded_object_is_no_text(mark: str) -> None:
    assert texts(text_lines(f"{PARAGRAPH}\n\n{mark}\n\n{PARAGRAPH}")) == [PARAGRAPH, PARAGRAPH]


def test_a_row_of_cells_wrapped_within_them_in_a_column_beside_a_side_column_is_read_by_cell() -> (
    None
):
    lines = [
        "Most viewed                     • Jan 8 2024 -     •    • Study time : 2 minute",
        "                                14:25              347  (s)",
        "",
        "Startup visas for foreign       In an interview with ISTI News, the secretary",
        "founders to be issued within    of the council said that the laboratories of",
        "ten days                        the network will be judged next year by the",
        "Dec 27 2023 - 11:05             services they sell to companies, and that",
        "1320                            the first results will be published in May.",
    ]
    found = texts(text_lines("\n".join(lines)))
    assert found[found.index("Jan 8 2024 - 14:25") : found.index("Jan 8 2024 - 14:25") + 3] == [
        "Jan 8 2024 - 14:25",
        "347",
        "Study time : 2 minute (s)",
    ]


def test_a_walled_line_of_dashes_that_is_no_rule_is_read_in_linear_time() -> None:
    def read(size: int) -> None:
        text_lines("\n".join([PARAGRAPH, "|" + "-" * size + "a|", "│ cell │", "|-+" * size]))

    assert cpu_growth(read, 20_000) < LINEAR_LIMIT


SLASHED = (
    "Companies that could not come to Tehran will show their products in the online section "
    "of the exhibition at the address https://expo.isti.ir/virtual-exhibition, which will "
    "remain open for three months after the event, and questions about it can be sent to the "
    "secretariat of the exhibition and/or its partners by e-mail."
)


@pytest.mark.parametrize(
    "capture",
    [
        # w3m -cols 80 and -cols 70: a word is broken after a slash, a URL's too.
        [
            "Companies that could not come to Tehran will show their products in the online",
            "section of the exhibition at the address https://expo.isti.ir/",
            "virtual-exhibition, which will remain open for three months after the event,",
            "and questions about it can be sent to the secretariat of the exhibition and/or",
            "its partners by e-mail.",
        ],
        [
            "Companies that could not come to Tehran will show their products in",
            "the online section of the exhibition at the address https://",
            "expo.isti.ir/virtual-exhibition, which will remain open for three",
            "months after the event, and questions about it can be sent to the",
            "secretariat of the exhibition and/or its partners by e-mail.",
        ],
    ],
)
def test_a_word_broken_after_its_slash_is_whole_again(capture: list[str]) -> None:
    assert texts(text_lines("\n".join(capture))) == [SLASHED]


@pytest.mark.parametrize(
    ("line", "text"),
    [
        # html2text sets a space after bold or italic text, whatever follows it.
        (
            'He called them "_the engineers of the future_ " and left.',
            'He called them "the engineers of the future" and left.',
        ),
        ("The «**دانش‌بنیان** » firms.", "The «دانش‌بنیان» firms."),
        # A quote opening after the emphasis keeps the page's space.
        ('An _award_ "for the young" was given.', 'An award "for the young" was given.'),
    ],
)
def test_html2texts_space_after_emphasis_goes_before_a_closing_quote(line: str, text: str) -> None:
    capture = (
        f"# Title\n\n{line}\n\nAnother paragraph of the page, with a [link](https://isti.ir/).\n"
    )
    assert text in texts(text_lines(capture))


SIDE_BESIDE_ROW = [
    "Home Page > news                                            Latest news",
    "News > Park companies export more",
    "                                                            Solar panels from Yazd",
    "Park companies doubled their exports to neighbours          reach Armenia",
    "                                                            15/07/2019",
    "The first paragraph of the article runs on here, and it     Nano filters for",
    "ends on this line with a full stop.                         hospitals in Tabriz",
    "                                                            14/07/2019",
    "",
    "The second paragraph of the article is wrapped too, and     Search",
    "it ends on this second line with a full stop.               [                ]",
    "",
    "                                                            [Search]",
    "The third paragraph is here, and it goes on for a while",
    "before it ends with a full stop, as the others did.         Poll",
    "                                                            Which part do you read?",
    "The fourth paragraph is the last one of the article, and    ( ) News",
    "it ends here with a full stop after a long sentence.        ( ) Reports",
]


def test_two_lines_of_columns_between_blank_lines_are_no_row_of_cells() -> None:
    # The article's two lines beside a search box, blank lines around them, are read with
    # their columns, not as a row of three cells.
    found = texts(text_lines("\n".join(SIDE_BESIDE_ROW)))
    second = (
        "The second paragraph of the article is wrapped too, and it ends on this second line "
        "with a full stop."
    )
    assert found[3:5] == [
        "The first paragraph of the article runs on here, and it ends on this line with a full "
        "stop.",
        second,
    ]
    assert found.index("Latest news") > found.index(second)


def test_the_articles_lines_one_space_short_of_the_side_column_do_not_end_the_columns() -> None:
    boundary = 46
    left = [
        "The companies of the park signed export",
        "contracts with buyers in six countries this",
        "year, twice as many as last year, and most",
        "of them sell medical equipment to",
        "neighbouring countries, the director said",
        "on Tuesday at a meeting with the many head of",
        "the companies, where he also announced again,",
        "the new support package of the park for",
        "new exporters.",
    ]
    right = [
        "15/07/2019",
        "Nano filters for",
        "hospitals in Tabriz",
        "14/07/2019",
        "Poll",
        "( ) News",
        "( ) Reports",
    ]
    rows = [
        "Home Page > news                              Latest news",
        "Park companies doubled their exports          Solar panels from Yazd",
        "                                              reach Armenia",
        *(f"{text.ljust(boundary - 1)} {item}" for text, item in zip(left, right, strict=False)),
        *left[len(right) :],
    ]
    assert rows[8].index("( ) News") == boundary
    found = texts(text_lines("\n".join(rows)))
    assert "( ) News" in found
    assert "( ) Reports" in found


def test_w3ms_names_of_icons_with_no_alt_text_are_no_text() -> None:
    capture = "[calendar] Jan 8 2024 - 16:30 [eye] 1,086 [clock] Study time : 1 minute(s)"
    assert texts(text_lines(capture)) == ["Jan 8 2024 - 16:30 1,086 Study time : 1 minute(s)"]


def test_the_footers_links_beside_the_copyright_line_set_flush_right_are_two_lines() -> None:
    # w3m prints the footer's row of two cells, the copyright line set flush right and
    # wrapped within its cell.
    capture = "\n".join(
        (
            "About Us | Contact Us |             Copyright © Vice-Presidency for Science and",
            "RSS | Site map                                  Technology. All rights reserved",
        )
    )
    assert texts(text_lines(capture)) == [
        "About Us | Contact Us | RSS | Site map",
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
    ]


def test_a_dates_time_wrapped_under_it_in_a_row_of_cells_one_space_apart_goes_after_it() -> None:
    # links prints the info block's one-row table with its cells one space apart and wraps
    # each cell's text within the cell.
    capture = "\n".join(
        (
            "",
            "Jan 8 2024 - 1,086 Study time : 1",
            "16:30              minute(s)",
            "With the support of the Vice-Presidency;",
        )
    )
    found = texts(text_lines(capture))
    assert found[0].startswith("Jan 8 2024 - 16:30 1,086 Study time : 1")
    assert found[-1] == "With the support of the Vice-Presidency;"


def test_a_row_ending_in_the_study_time_is_no_wrapped_line_of_the_next() -> None:
    lines = [
        *wrap(f"{PARAGRAPH} {PARAGRAPH}", 52),
        "",
        "Jan 8 2024 - 16:30 1,086 Study time : 1 minute(s)",
        "With the support of the Vice-Presidency;",
    ]
    assert texts(text_lines("\n".join(lines)))[-2:] == [
        "Jan 8 2024 - 16:30 1,086 Study time : 1 minute(s)",
        "With the support of the Vice-Presidency;",
    ]


def test_a_date_with_its_time_takes_no_time_from_the_line_below() -> None:
    # A list item's date and time, and under it another's whose time stands right under
    # the first date (links, Persian lines of other widths).
    first = "     * Exports grow in Pardis park 1396/04/16 - 15:34"
    at = first.index("1396")
    second = f"{'     * Nano 1396/05/13 -':<{at}}15:02"
    assert texts(text_lines(f"{first}\n{second}")) == [
        "Exports grow in Pardis park 1396/04/16 - 15:34",
        "Nano 1396/05/13 - 15:02",
    ]


def test_a_tables_head_under_a_full_line_is_a_row_of_its_own() -> None:
    # lynx prints a table's head as wide as its columns, one space apart, right under the
    # paragraph before it: it is the table's first row, not the paragraph's wrapped end.
    raw = [
        "   The figures announced by the council of the park show how the exports of",
        "   the companies have grown in the five years since the programme opened:",
        "   Year Exports ($ million) Companies Countries",
        "   2020 74                  6         9",
        "   2021 98                  7         12",
    ]
    lines = text_lines("\n".join(raw) + "\n")
    assert texts(lines)[:2] == [
        "The figures announced by the council of the park show how the exports of the "
        "companies have grown in the five years since the programme opened:",
        "Year Exports ($ million) Companies Countries",
    ]


def test_a_narrow_tables_head_under_a_line_ending_in_a_colon_is_a_row_of_its_own() -> None:
    # Cells as wide as the head's words leave two spaces between the row's cells at most.
    raw = [
        "   The council's report gives the number of papers and the country's rank over",
        "   the last four years, with the share of the papers written with companies:",
        "   Year Papers World rank",
        "   2015 8,790  5",
        "   2016 9,740  4",
    ]
    lines = text_lines("\n".join(raw) + "\n")
    assert texts(lines)[1:3] == ["Year Papers World rank", "2015 8,790 5"]


def test_a_scripts_name_in_a_links_target_is_no_two_words_run_together() -> None:
    lines = text_lines(
        "[Larger text](javascript:setFont\\(1\\)) | [Smaller text](javascript:setFont\\(-1\\))"
        " | [Print version](/Print.aspx?id=101877)\n"
    )
    assert [line.text for line in lines] == ["Larger text | Smaller text | Print version"]


def test_the_old_portals_capture_date_dash_is_no_hyphen_a_wrap_broke_a_word_at() -> None:
    date = "Vice-Presidency for Science and Technology Monday, July 15, 2019-"
    assert not runs_on(date, "Home | About | News", date)
    assert runs_on("a knowledge-", "based company", "a knowledge-")
    assert runs_on("a 2019-", "born start-up", "a 2019-")


def test_elinkss_six_broken_bytes_for_a_letter_and_its_mark_take_one_column() -> None:
    assert columns_of("رسم" + "\ufffd" * 6 + " شد") == 7
    assert columns_of("\ufffd") == 1


def test_a_table_of_figures_whose_row_names_run_long_is_read_row_by_row() -> None:
    table = (
        "   شاخص‌های اصلی شرکت‌های دانش‌بنیان در سه سال اخیر به شرح زیر است:\n"
        "             شاخص           ۱۳۹۹  ۱۴۰۰  ۱۴۰۱\n"
        "   تعداد شرکت‌ها            ۵٬۸۲۰ ۶٬۹۴۳ ۸٬۱۲۵\n"
        "   فروش (هزار میلیارد ریال) ۹۱۰   ۱٬۲۶۰ ۱٬۵۶۵\n"
        "   صادرات (میلیون دلار)     ۴۱۰   ۵۲۵   ۶۳۸\n"
        "   اشتغال (هزار نفر)        ۲۸۴   ۳۱۲   ۳۴۷\n"
    )
    assert [line.text for line in text_lines(table)][1:] == [
        "شاخص ۱۳۹۹ ۱۴۰۰ ۱۴۰۱",
        "تعداد شرکت‌ها ۵٬۸۲۰ ۶٬۹۴۳ ۸٬۱۲۵",
        "فروش (هزار میلیارد ریال) ۹۱۰ ۱٬۲۶۰ ۱٬۵۶۵",
        "صادرات (میلیون دلار) ۴۱۰ ۵۲۵ ۶۳۸",
        "اشتغال (هزار نفر) ۲۸۴ ۳۱۲ ۳۴۷",
    ]


def test_a_paragraph_html2text_set_in_italics_whole_keeps_a_star_of_its_own() -> None:
    # An author's footnote in italics (`_* Member of ..._`), under a byline ending in `*`.
    capture = "\n\n".join(
        [
            "  * Nov 6 2023 - 11:40",
            "  * 347",
            "Opinion:",
            "## Laboratories of the country should share their instruments",
            "Dr. Narges Alavian *",
            PARAGRAPH,
            "_* Member of the faculty of the University of Tehran_",
            "  * News group : NEWS,Articles",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.body[-1] == "* Member of the faculty of the University of Tehran"


def test_a_url_alone_on_its_line_past_the_wrap_sets_no_width() -> None:
    # links wraps at 77 columns and never breaks a URL: its line runs to 78, where
    # `Bakhtiari` would have fitted after `and`.
    lines = [
        "   Mohammad-Reza Kazemi, managing director of the company, said that farmers",
        "   in the central plateau often over-fertilise because they cannot test their",
        "   wells. A laboratory test costs more than a bag of fertiliser and takes a",
        "   week.",
        "",
        "   The sensor was tested on 140 wells in Isfahan and Chaharmahal and",
        "   Bakhtiari provinces between March and June. Its readings stayed within",
        "   eight percent of those of a reference laboratory.",
        "",
        "   A first batch of 2,000 meters and 100,000 test strips will be delivered to",
        "   agricultural service centres this autumn. The company has also applied for",
        "   a national patent on the membrane formula.",
        "",
        "   Page address:",
        "   https://en.isti.ir/News/Graphene-sensor-detects-nitrate-in-farm-water/95412",
        "   Copyright © Vice-Presidency for Science and Technology. All rights",
        "   reserved",
    ]
    assert len(lines[-3]) == 78
    found = texts(text_lines("\n".join(lines)))
    assert found[1] == (
        "The sensor was tested on 140 wells in Isfahan and Chaharmahal and Bakhtiari provinces "
        "between March and June. Its readings stayed within eight percent of those of a "
        "reference laboratory."
    )


def test_a_web_clippers_front_matter_is_no_text_of_the_page() -> None:
    capture = "\n".join(
        [
            "---",
            'title: "Why elite graduates and industry speak apart | National Foundation"',
            "source: https://en.bmn.ir/en-US/News/Why/1843",
            "clipped: 2024-05-14",
            "tags:",
            "  - clippings",
            "---",
            "",
            "Tuesday 14 May 2024",
            "",
            PARAGRAPH,
        ]
    )
    assert texts(text_lines(capture)) == ["Tuesday 14 May 2024", PARAGRAPH]


def test_markdownifys_ordered_list_at_the_margin_loses_its_numbers() -> None:
    capture = "\n".join(
        [
            "## Features",
            "",
            "The game has three features:",
            "",
            "1. forty levels matched to the science books;",
            "2. it runs on the schools' old computers;",
            "3. a teacher's panel for each pupil's progress.",
            "",
            PARAGRAPH,
        ]
    )
    assert texts(text_lines(capture))[2:5] == [
        "forty levels matched to the science books;",
        "it runs on the schools' old computers;",
        "a teacher's panel for each pupil's progress.",
    ]


def test_a_line_of_a_grid_cell_wrapped_where_the_next_word_had_no_room_is_no_cut() -> None:
    # `talented` would not have fitted after `let`: pandoc wrapped there, it cut no word,
    # though both words stand only at a line's edge.
    cell = [
        "by faculty members and industry",
        "partners.",
        "",
        "The grant is meant to let",
        "talented doctoral students spend",
        "most of their time on research",
        "rather than on outside jobs.",
    ]
    assert texts(text_lines(_grid(cell, width=33)))[1] == (
        "The grant is meant to let talented doctoral students spend most of their time on "
        "research rather than on outside jobs."
    )


def test_the_wayback_machines_toolbar_atop_an_archived_copy_is_no_text_of_the_page() -> None:
    capture = "\n".join(
        [
            "Wayback Machine",
            "success",
            "fail",
            "[https://en.bmn.ir/en][Go] NOV              DEC  JAN",
            "12 captures                Previous capture 11   Next capture",
            "11 Dec 2019 - 5 Aug 2021   2018             2019 2020",
            "",
            "About this capture",
            "COLLECTED BY",
            "Organization: Archive Team",
            "TIMESTAMPS",
            "loading",
            "The Wayback Machine - https://web.archive.org/web/20191211102733/https://",
            "en.bmn.ir/en-US/News/Returnee-fellowship-extended/",
            "1472",
            "Wednesday 11 December 2019",
            "",
            PARAGRAPH,
        ]
    )
    assert texts(text_lines(capture)) == ["Wednesday 11 December 2019", PARAGRAPH]


def test_a_possessive_html2text_wrapped_onto_the_next_line_joins_its_word() -> None:
    capture = "\n".join(
        [
            "## Heading",
            "",
            *wrap(f"{PARAGRAPH} {PARAGRAPH} {PARAGRAPH}", 78),
            "",
            "_* Faculty member of the Pasteur Institute of Iran and member of the council",
            "'s vaccine working group_",
        ]
    )
    assert texts(text_lines(capture))[-1].endswith("the council's vaccine working group")


def test_a_box_w3m_draws_around_a_heading_and_dated_items_keeps_their_lines_apart() -> None:
    # One cell: the heading left room for the item's first word, and the item ends with its
    # date; no line was wrapped.
    drawn = [
        PARAGRAPH,
        "",
        "┌──────────────────────────────────────────────────────────────┐",
        "│Related news                                                  │",
        "│Reverse osmosis membrane contract signed - 1398/06/10 - 11:20 │",
        "│A visit to the Qeshm desalination plant (Views: 96)           │",
        "└──────────────────────────────────────────────────────────────┘",
        "",
        PARAGRAPH,
    ]
    assert texts(text_lines("\n".join(drawn)))[1:4] == [
        "Related news",
        "Reverse osmosis membrane contract signed - 1398/06/10 - 11:20",
        "A visit to the Qeshm desalination plant (Views: 96)",
    ]


def test_a_labels_first_word_a_row_of_cells_left_on_the_line_above_joins_its_rest() -> None:
    # lynx runs the footer row's cells together and wraps inside the `News code` label.
    footer = [
        "   News group : NEWS,Articles,Startups,NEWS News",
        "   code : 95310 There are 2 comment(s) for this article",
    ]
    lines = texts(text_lines(_wrapped_capture(footer)))
    assert "News group : NEWS,Articles,Startups,NEWS" in lines
    assert any(line.startswith("News code : 95310") for line in lines)


def _lynx_page(*body: str) -> str:
    """A lynx dump's article: paragraphs at its 3-column margin, wrapped at 76."""
    return "\n\n".join("\n".join(wrap(paragraph, 76, "   ")) for paragraph in body)


NOTE = "* The figures are provisional and will be confirmed in next year's budget law."


def test_a_footnote_typed_at_the_paragraphs_margin_keeps_its_star() -> None:
    # lynx indents a list's items past its paragraphs (`     * item`); a star at the
    # paragraphs' own margin was typed into the text.
    lines = texts(text_lines(_lynx_page(PARAGRAPH, NOTE)))
    assert lines == [PARAGRAPH, NOTE]


def test_a_note_a_mark_in_the_text_points_to_keeps_its_star_under_a_list() -> None:
    # The caption's `*` points to the note; lynx indents the list's items above the note
    # past it, as it indents no paragraph.
    caption = "Grants paid in the last two Iranian years*"
    items = ["     * Opens: Jun 21 2022", "     * Closes: Jul 20 2022"]
    source = "* Source: INSF annual report 1400, table 4."
    capture = "\n".join(
        [*_lynx_page(PARAGRAPH, caption).splitlines(), "", *items, "", f"   {source}"]
    )
    lines = texts(text_lines(capture))
    assert lines == [PARAGRAPH, caption, "Opens: Jun 21 2022", "Closes: Jul 20 2022", source]
    unmarked = capture.replace("years*", "years")
    assert texts(text_lines(unmarked))[-1] == source[2:]


def test_an_info_blocks_date_at_the_titles_margin_is_its_item_no_footnote() -> None:
    # links sets the info block's items at the margin of the title above them.
    title = "     Exports of nanotechnology products pass 190 million dollars this year"
    capture = "\n".join(
        [title, "", "     * Monday 30 November 2026 - 14:05", "     * Study time : 4 minute(s)"]
    )
    lines = text_lines(capture)
    assert [(line.text, line.bullet) for line in lines][1] == (
        "Monday 30 November 2026 - 14:05",
        True,
    )


def test_a_list_at_the_paragraphs_margin_loses_its_marks() -> None:
    # pandoc's AsciiDoc writes a list's items at the margin: two or more, so no note.
    items = ["* the first item of a list of conditions", "* the second item of that same list"]
    lines = texts(text_lines("\n".join([PARAGRAPH, "", *items])))
    assert lines == [PARAGRAPH, *(item[2:] for item in items)]


def test_a_footnote_html2text_sets_in_italics_keeps_its_star() -> None:
    capture = "\n".join(["  * [Home](/)", "  * [News](/news)", "", PARAGRAPH, "", f"_{NOTE}_"])
    assert texts(text_lines(capture))[-2:] == [PARAGRAPH, NOTE]


def test_an_image_name_w3m_runs_into_the_text_after_it_is_dropped() -> None:
    assert texts(text_lines("[header]چهارشنبه 27 شهريور 1398-")) == ["چهارشنبه 27 شهريور 1398-"]


def test_a_list_items_labelled_count_wrapped_under_it_stays_with_it() -> None:
    capture = "\n".join(
        [
            "     * Foundation supports 300 start-ups of top graduates 2019/10/30",
            "       Visit count: 655",
            "",
            "   Publish date : 2019/11/27",
        ]
    )
    assert texts(text_lines(capture)) == [
        "Foundation supports 300 start-ups of top graduates 2019/10/30 Visit count: 655",
        "Publish date : 2019/11/27",
    ]


def test_a_news_tickers_line_ends_its_block_however_full() -> None:
    ticker = "Latest: Call for the 2020 Shahid Chamran postdoctoral programme is out"
    kicker = "Foundation deputy at the awards session:"
    # Full enough that the kicker's first word would not have fitted after it at 80.
    capture = "\n".join([*wrap(PARAGRAPH * 2, 80), "", ticker, kicker, "", *wrap(PARAGRAPH, 80)])
    assert texts(text_lines(capture))[1:3] == [ticker, kicker]


def test_a_pasted_long_title_is_no_line_wrapped_into_the_kicker_under_it() -> None:
    # The longest line, breaking off no sentence, but the line under it opens with a capital:
    # nothing a tool wrapped goes on so.
    title = "National Foundation of Elites and five universities launch " + " ".join(
        ["a joint programme for doctoral graduates in artificial intelligence"] * 3
    )
    kicker = "In a ceremony at Sharif University of Technology;"
    paragraphs = [f"{PARAGRAPH} {PARAGRAPH[:cut].rstrip()}." for cut in (12, 31, 47, 66)]
    paste = [title, kicker, *paragraphs]
    assert texts(text_lines("\n".join(paste)))[:2] == [title, kicker]


def test_a_pages_double_hyphen_stays_in_html2texts_markdown_and_is_pandocs_dash() -> None:
    lead = "TEHRAN, Nov. 12 (ISTI) -- A research team has built a membrane for salt lakes."
    html2text = ["# A membrane for salt lakes", "", "  * Nov 12 2023 - 9:40", "", lead]
    pandoc = ["# A membrane for salt lakes", "", "-   Nov 12 2023 - 9:40", "", lead]
    assert lead in texts(text_lines("\n".join(html2text)))
    assert lead.replace(" -- ", " \u2013 ") in texts(text_lines("\n".join(pandoc)))


def test_a_share_bar_under_a_full_news_group_line_is_no_category() -> None:
    # w3m wraps at the list's full width: the bar's first word would not have fitted there.
    group = "• گروه خبری : اخبار,فناوری‌های نوین,اخبار معاونت ها و مراکز,اخبار"
    paragraph = " ".join(["پژوهشگران این مرکز نمونه‌ای تازه از حسگر نانویی را ساختند"] * 6) + "."
    lines = [*wrap(paragraph, len(group)), "", group, "اشتراک گذاری در تلگرام"]
    assert texts(text_lines("\n".join(lines)))[-2:] == [group[2:], "اشتراک گذاری در تلگرام"]


def test_a_line_wrapped_before_a_number_and_its_unit_is_joined() -> None:
    # An editor's no-break space holds `27.4 percent` together: lynx moved both down,
    # though the number alone would have fitted.
    lines = [
        "   A knowledge-based company in Pardis Technology Park has built a tandem",
        "   solar cell of perovskite on silicon with a certified efficiency of",
        "   27.4 percent, and says its prototype mini-modules kept more than",
        "   90 percent of their output after 1,000 hours in a damp-heat chamber.",
        "",
        "   According to the public relations of the Vice-Presidency for Science",
        "   and Technology, the company’s engineers replaced the usual gold contact",
        "   with a carbon paste that can be printed at room temperature, which cuts",
        "   the cost of materials for each cell by about a third.",
    ]
    assert len(text_lines("\n".join(lines))) == 2


def test_a_menus_row_of_links_ends_over_the_kicker_though_full() -> None:
    # elinks prints bmn's menu as one row; the kicker's first word would not fit after it.
    menu = "   [2]Home | [3]About | [4]News | [5]Calls | [6]Grants | [7]Contact us"
    capture = "\n".join(
        [menu, "   Postdoctoral program;", "", *wrap(f"{PARAGRAPH} {PARAGRAPH}", 72, "   ")]
    )
    assert texts(text_lines(capture))[:2] == [menu.strip(), "Postdoctoral program;"]


def test_a_pastes_paragraphs_a_line_each_are_not_wrapped_at_its_headlines_length() -> None:
    # The title and a side box's headline (its date and views) fall near one length by
    # chance; two whole sentences running on one another past it were wrapped by no tool.
    title = "How will the innovation fund pay out its new loans to smart farm start-ups?"
    headlines = [
        "Knowledge-based goods exempt from customs duty are listed 2026/11/25 1466",
        "Pardis park signs a research deal with the university of Tabriz 2026/11/21 1093",
    ]
    paragraphs = [
        "The innovation and prosperity fund has published new rules for loans to start-ups "
        "working in smart farming.",
        "Under the rules, young companies with at least one product tested on a farm can borrow "
        "up to five billion rials with three years to pay it back to the fund.",
        "Applicants register on the fund's website and the technical review takes at most "
        "forty-five working days after that.",
    ]
    labels = ["Study time : 1 minute(s)", "News code : 98904"]
    paste = [title, *labels, *paragraphs, "News group : NEWS,Innovation fund", "Most viewed"]
    assert texts(text_lines("\n".join([*paste, *headlines])))[3:6] == paragraphs


def test_a_headline_items_count_lynx_wrapped_after_its_dot_goes_on_with_the_item() -> None:
    # The dot before the count stands where the item's text starts: no list marker there.
    capture = "\n".join(
        [
            "Editor's picks",
            "",
            "     * Isfahan physicists measure tiny forces with a levitated bead",
            "       Jan 14 2024 - 09:30 · 311",
            "     * New cell line gives hope for cheaper insulin Jan 9 2024 - 12:10",
            "       · 502",
            "",
            "     * Jan 28 2024 - 14:05",
            "     * 1,096",
        ]
    )
    assert texts(text_lines(capture)) == [
        "Editor's picks",
        "Isfahan physicists measure tiny forces with a levitated bead Jan 14 2024 - 09:30 · 311",
        "New cell line gives hope for cheaper insulin Jan 9 2024 - 12:10 · 502",
        "Jan 28 2024 - 14:05",
        "1,096",
    ]


def test_an_elinks_form_field_beside_the_articles_column_is_no_part_of_its_text() -> None:
    # The field's link number and underscores fill the gap beside the paragraph's last line.
    text = (
        "The raw material costs almost nothing and the process needs no imported "
        "chemicals, the researcher said, adding that a pilot unit able to make fifty "
        "kilograms a day is being designed with a knowledge-based company in Ahvaz."
    )
    other = "The results were published in an international journal on chemical engineering."
    right = wrap(text, 46)
    left = ["Type your e-mail", "address to receive", "the bulletin of the", "Vice-Presidency."]
    left += ["[12]" + "_" * 21]
    left = [""] * (len(right) - len(left)) + left
    rows = [
        f"   {a} {b}" if a[:1] == "[" else f"   {a:<26}{b}"
        for a, b in zip(left, right, strict=True)
    ]
    rows += ["   [13][ Join ]", "", *(" " * 29 + line for line in wrap(other, 46))]
    found = texts(text_lines("\n".join(rows)))
    assert (text in found, other in found) == (True, True)


def test_link_numbers_with_no_list_of_links_after_them_are_dropped() -> None:
    # (`elinks -dump -no-references` numbers the links and lists none of them.)
    menu = [f"   • [{n}]{item}" for n, item in enumerate(("Home", "About", "News", "Links"), 2)]
    capture = "\n".join(
        (
            "   [1]≡ National Elites Foundation",
            *menu,
            "",
            "   This site uses cookies. [6]OK [7]Privacy policy",
            "",
            "   [8]Tabriz team builds a seismic sensor network for schools.",
            "",
            "   Share: [9]Telegram [10]WhatsApp [11]Copy link",
        )
    )
    assert texts(text_lines(capture))[-3:] == [
        "This site uses cookies. OK Privacy policy",
        "Tabriz team builds a seismic sensor network for schools.",
        "Share: Telegram WhatsApp Copy link",
    ]


def test_numbered_notes_with_no_list_of_links_keep_their_numbers() -> None:
    few = "The first survey [1] and the second [2] disagree on the rate [3]."
    assert texts(text_lines(few)) == [few]
    # (Ten notes, and their list under them counting from 1 again: no link numbers.)
    marks = " ".join(f"Study {n} [{n}] found a rise." for n in range(1, 11))
    notes = [f"[{n}] Annual report {2010 + n}." for n in range(1, 11)]
    assert texts(text_lines("\n\n".join((marks, *notes)))) == [marks, *notes]


def test_numbers_typed_one_to_a_line_each_open_an_item_and_stay() -> None:
    # (A tool wrapping at 44 columns; `<br>` after each item, the numbers typed.)
    intro = (
        "The jury of the Young Researchers Award met in Tehran to set its rules for this "
        "year's round. Each nominee will be judged on three points:"
    )
    items = (
        "1. the quality of published papers and patents",
        "2. the transfer of results to industry",
        "3. the training of students",
    )
    capture = "\n".join((*textwrap.wrap(intro, 44), *textwrap.wrap(items[0], 44), *items[1:]))
    assert texts(text_lines(capture)) == [intro, *items]


def test_a_sliders_arrows_lynx_prints_as_buttons_are_no_body() -> None:
    lead = "Dr. Nasrin Kalantari has spent six summers measuring the small glaciers of Alam-Kuh."
    text = "\n\n".join(
        (
            "  * Nov 9 2023 - 08:30",
            "  * 412",
            "  * Study time : 1 minute(s)",
            "Glaciology;",
            "Six summers on the glaciers of Alam-Kuh",
            "Six summers on the glaciers of Alam-Kuh",
            "(BUTTON) ‹ (BUTTON) ›",
            lead,
            "  * News group : NEWS",
            "  * News code : 61207",
            "Copyright © Iran National Science Foundation. All rights reserved",
        )
    )
    assert newsparse.parse_text(text).body == (lead,)


def test_a_table_row_whose_next_piece_opens_with_a_year_keeps_the_space_before_it() -> None:
    # pandoc broke each row after its first cell's words (`Jun-Aug` / `2021   131   31`),
    # far short of the wall: a break at a space, not a word cut in two.
    cell = [
        "Carbon dioxide the ponds took up:",
        "",
        "  Season              C",
        "O2 taken (t)   Biomass (t)",
        "  ------------------- ---",
        "--------------- ------------",
        "  Jun-Aug",
        "2021        131           31",
        "  Sep-Nov",
        "2021        108           25",
        "  Total",
        "            239           56",
        "",
        "The ponds took up less in the autumn.",
    ]
    lines = texts(text_lines(_grid(cell, width=28)))
    assert lines[2:5] == ["Jun-Aug 2021 131 31", "Sep-Nov 2021 108 25", "Total 239 56"]


def test_an_address_lynx_broke_before_a_hyphen_in_its_path_is_whole_again() -> None:
    # lynx breaks an address too long for its line before a hyphen: the next line opens
    # with `-validation...`, the rest of the path, not a dash opening a new clause.
    lines = [
        "   The start-up said farmers who followed the maps through the last dry season",
        "   used about a quarter less irrigation water without any loss of yield, and",
        "   that the toolkit its team wrote is open to university researchers on",
        "   request. A description of the method is available at",
        "   http://space.isti.ir/Pages/Startups/SoilMoisture/method-description-and",
        "   -validation-2018.aspx",
        "",
        "   The company plans to cover two more provinces next spring, its managing",
        "   director said at the ceremony in Ahvaz.",
    ]
    assert texts(text_lines("\n".join(lines)))[0].endswith(
        " A description of the method is available at http://space.isti.ir/Pages/Startups/"
        "SoilMoisture/method-description-and-validation-2018.aspx"
    )


def test_an_address_broken_again_inside_its_path_is_joined_at_the_hyphen_that_goes_on() -> None:
    # At 50 columns lynx cut the path mid-word too (`SoilM` / `oisture/...`), which the
    # capture cannot tell from a space; the hyphen opening the next line it can.
    lines = [
        "   The toolkit the team wrote is open to university",
        "   researchers on request, and a description of the",
        "   method is available at",
        "   http://space.isti.ir/Pages/Startups/SoilM",
        "   oisture/method-description-and-validation",
        "   -2018.aspx",
        "",
        "   The company plans to cover two more provinces next",
        "   spring, its managing director said.",
    ]
    # (Only the join at the hyphen is asserted: the cut mid-word stays a space.)
    assert texts(text_lines("\n".join(lines)))[0].endswith(
        "oisture/method-description-and-validation-2018.aspx"
    )


def test_a_dash_clause_pandoc_wrapped_onto_a_line_of_its_own_goes_on_with_the_paragraph() -> None:
    # The en dash opening the line sets off a clause (`... readings` / `– with partners`):
    # pandoc's own list items open with a hyphen, and none opens in lower case under a line
    # cut mid-sentence. A dashed item under a sentence's end stays an item.
    lines = [
        "The project is led by the virology group of Shiraz University of Medical",
        "Sciences – the first group in Iran to publish weekly wastewater readings",
        "– with partners in Tabriz, Mashhad, Ahvaz and Rasht. Results will be",
        "posted on a public dashboard each Thursday, and the raw data will be",
        "shared with researchers on request.",
        "",
        "The samples are taken at three plants in each city, twice a week:",
        "– at dawn, when the flow is lowest and the samples are the most telling",
        "– at noon, when the flow is highest",
    ]
    found = texts(text_lines("\n".join(lines)))
    assert found[0].startswith(
        "The project is led by the virology group of Shiraz University of Medical Sciences – "
        "the first group in Iran to publish weekly wastewater readings – with partners in "
    )
    assert found[-2:] == [
        "at dawn, when the flow is lowest and the samples are the most telling",
        "at noon, when the flow is highest",
    ]


def test_hashtags_wrapped_under_an_address_are_set_a_space_apart_from_it() -> None:
    # (Only a hyphen, an underscore or a slash opening the next line goes on with its path.)
    lines = [
        "   The start-up said farmers who followed the maps through the last dry season",
        "   used about a quarter less irrigation water without any loss of yield, and",
        "   that the toolkit its team wrote is open to university researchers on",
        "   request. The park's annual report on the company is available at",
        "   http://space.isti.ir/Pages/Reports/annual-report-of-the-park-2018",
        "   #start_ups #space_technology",
        "",
        "   The company plans to cover two more provinces next spring, its managing",
        "   director said at the ceremony in Ahvaz.",
    ]
    found = texts(text_lines("\n".join(lines)))
    assert found[0].endswith("/annual-report-of-the-park-2018 #start_ups #space_technology")
