"""A table's caption as the tools print it: centered and wrapped at the table's width
(w3m, elinks), whole on the top of a drawn table (links), run into the head's first cell
(html2text); and a chart's alt text that names the chart before its figures."""

from __future__ import annotations

from newsparse.grammar.charts import chart_alt, split_after_chart_alt
from newsparse.grammar.lines import Line
from newsparse.readers.data_tables import captions_over_tables
from newsparse.readers.markdown_tables import data_table_rows
from newsparse.readers.table_captions import wrapped_captions_joined

CAPTION = "Support paid to quantum sensing teams (billion rials)"


def test_a_caption_centered_over_a_drawn_table_is_one_line() -> None:
    raw = [
        "  within two percent.",
        "",
        "     Support paid to",
        "     quantum sensing",
        "      teams (billion",
        "          rials)",
        "   ┌────┬─────┬───────┐",
        "   │Year│Teams│Grants │",
        "   └────┴─────┴───────┘",
    ]
    joined = wrapped_captions_joined(raw)
    assert joined[2:5] == [f"   {CAPTION}", "", "   ┌────┬─────┬───────┐"]


def test_a_caption_centered_over_rows_of_figures_is_one_line() -> None:
    raw = [
        "      Exports by product",
        "     group, 1399 (million",
        "           dollars)",
        "   Monoclonal antibodies 44",
        "   Recombinant proteins  31",
        "   Vaccines              17",
    ]
    joined = wrapped_captions_joined(raw)
    assert joined[:2] == ["   Exports by product group, 1399 (million dollars)", ""]
    assert joined[2:] == raw[3:]


def test_justified_lines_and_columns_side_by_side_are_no_caption() -> None:
    """Runs of spaces stand between their words too; nothing is centered."""
    justified = [
        "   The  council  said the  first  plants  will",
        "   open  next  year in three  provinces  and",
        "   Isfahan  plant                          12",
        "   Shiraz  plant                           14",
    ]
    beside = [
        "   Latest news            A student team from Qazvin has won",
        "   Exhibition to open     gold medal in the rescue league of an",
        "   Robot cup 2019    3    Asian cup held in Kuala Lumpur 2019",
        "   Space week 2019   4    beating 27 teams from eleven 2019",
    ]
    # Nor is a grid's row over the border under it (pandoc draws its grids with `+-`).
    grid = ["", "| Teams grow          | 2022 |", "+---------------------+------+"]
    assert wrapped_captions_joined(justified) == justified
    assert wrapped_captions_joined(beside) == beside
    assert wrapped_captions_joined(grid) == grid


def test_a_caption_on_top_of_links_drawn_table_stands_apart() -> None:
    raw = ["   " + CAPTION, "   +-----------+", "   | Year | 2022 |", "   +-----------+"]
    assert wrapped_captions_joined(raw)[:3] == ["   " + CAPTION, "", "   +-----------+"]


def test_a_caption_ending_in_its_unit_or_years_is_apart_from_the_head() -> None:
    for caption, head in (
        ("Exports by product group, 1399 (million dollars)", "Monoclonal antibodies"),
        ("Support by type, 2015–2018", "Type of support"),
        ("سهم آنزیم‌های داخلی از بازار (درصد)", "سال"),
    ):
        raw = [f"{caption} {head}| Total", "---|---", "Research grant| 920", "Park office| 388"]
        assert data_table_rows(raw)[:3] == [f"{caption}  ", f"{head} Total", "---|---"]


def test_a_chart_named_before_its_figures_is_its_alt_text() -> None:
    assert chart_alt("Chart: biotech drug exports in million dollars, 1397: 46, 1398: 63, 1399: 92")
    assert not chart_alt("Chart: the park grew fast, and in 2019: 5 firms joined it")
    # Its name after the chart's own colon, a year in it; no name, after a full stop; a
    # name ending on a semicolon.
    assert chart_alt("Chart: grants by field, 2024: Medicine 412, Engineering 389, Humanities 170")
    assert chart_alt("Bar chart. Medicine 81%, Engineering 66%, Basic sciences 63%")
    assert chart_alt("نمودار میله‌ای درآمد؛ ۱۴۰۰: ۵۲٫۷، ۱۴۰۱: ۷۱٫۸، ۱۴۰۲: ۹۸٫۴")
    assert not chart_alt("Chart: the park grew fast. Its firms sold more")
    assert not chart_alt("Bar charts. Medicine and engineering led the year")
    # A sentence's clause ending on a semicolon over labelled figures names no chart.
    assert not chart_alt("Seats won by city after the recount; Tehran: 30, Mashhad: 6, Shiraz: 4")


def test_a_figures_caption_run_on_after_its_charts_alt_text_with_no_space_is_apart() -> None:
    alt = "Chart: grants by field, 2024: Medicine 412, Engineering 389, Humanities 170"
    caption = "Figure 1: Grants to young researchers by field, January to October 2024"
    lines = list(split_after_chart_alt(Line(alt + caption)))
    assert [line.text for line in lines] == [alt, caption]
    alt, caption = "نمودار سهم بازار: داخلی ۸۵٪، وارداتی ۱۵٪", "شکل ۱: سهم بازار دارو در ۱۴۰۲"
    lines = list(split_after_chart_alt(Line(alt + caption)))
    assert [line.text for line in lines] == [alt, caption]


def test_an_infographics_caption_run_on_after_its_alt_text_is_apart() -> None:
    # An infographic's alt text stays where a tool prints it; its numbered caption is a line
    # of its own, and so is the paragraph lynx ran into the alt text.
    paragraph = "Exports grew in all three years."
    alt = "Infographic of exports: 2022 510 million dollars; 2023 660 million dollars"
    caption = "Chart 1: Knowledge-based exports in the last three years"
    lines = list(split_after_chart_alt(Line(f"{alt} {caption}")))
    assert [line.text for line in lines] == [alt, caption]
    lines = list(split_after_chart_alt(Line(f"{paragraph} {alt} {caption}")))
    assert [line.text for line in lines] == [paragraph, alt, caption]
    persian = "اینفوگرافیک صادرات؛ ۱۴۰۱: ۵۱۰ میلیون دلار؛ سایر ۲۶ درصد"
    lines = list(split_after_chart_alt(Line(f"{persian} نمودار ۱: صادرات در سه سال اخیر")))
    assert [line.text for line in lines] == [persian, "نمودار ۱: صادرات در سه سال اخیر"]
    # A sentence on infographics naming a chart in lower case is one paragraph.
    prose = (
        "The centre published its yearly report on Monday. Infographics in the report show "
        "how exports grew; chart 2: shows the trend by province."
    )
    assert [line.text for line in split_after_chart_alt(Line(prose))] == [prose]


def test_a_caption_run_into_a_head_the_width_wrapped_after_a_wall_is_apart() -> None:
    raw = [
        "Exports by product group, first half (million dollars) Group|",
        "Last year| This year  ",
        "---|---|---  ",
        "Construction materials| 58| 71  ",
        "Agriculture| 34| 49  ",
        "Textiles| 40| 52  ",
    ]
    rows = [row.rstrip() for row in data_table_rows(raw)]
    assert rows[:3] == [
        "Exports by product group, first half (million dollars)",
        "Group Last year This year",
        "---|---|---",
    ]


def test_a_persian_charts_first_figure_may_name_its_unit() -> None:
    assert chart_alt("نمودار صادرات ماهانه: فروردین ۲ قرارداد، اردیبهشت ۴، خرداد ۵، تیر ۶، مهر ۸")


def test_a_centred_caption_whose_last_line_reads_as_a_row_is_joined_over_its_box() -> None:
    raw = [
        "     Returning researchers",
        "    supported, Mehr 1397 to",
        "        Shahrivar 1398",
        "┌─────────────────┬───────────┐",
        "│Engineering      │88         │",
        "└─────────────────┴───────────┘",
    ]
    caption = "Returning researchers supported, Mehr 1397 to Shahrivar 1398"
    assert [line.strip() for line in wrapped_captions_joined(raw)][:2] == [caption, ""]


def test_a_short_caption_in_bold_run_into_the_heads_first_cell_is_set_apart() -> None:
    raw = [
        "**Table: Grants by province** | Province| Teams| Grants",
        "---|---|---",
        "Tehran| 12| 40",
        "Isfahan| 7| 22",
    ]
    rows = [line.strip() for line in data_table_rows(raw) if line.strip()]
    assert rows[:2] == ["**Table: Grants by province**", "Province Teams Grants"]


def test_pandocs_caption_under_a_multiline_table_in_a_cell_goes_over_it() -> None:
    # Inside a grid's cell (one space further in), the rows a blank line apart.
    raw = [
        "   The figures below cover grants paid.",
        "",
        "   Programme              Grants",
        "   ---------------------- ------",
        "",
        "   Research projects      2,115",
        "",
        "   Total                  4,652",
        "",
        "   : Grants paid in 1399, by",
        "   programme",
        "",
        "   Medical sciences took the largest share.",
    ]
    assert captions_over_tables(raw) == [
        *raw[:2],
        "   Grants paid in 1399, by",
        "   programme",
        "",
        *raw[2:8],
        *raw[11:],
    ]
    # The head a narrow cell wrapped over its rule, a blank line apart, is the table's.
    apart = [*raw[:3], "", *raw[3:]]
    caption = ["   Grants paid in 1399, by", "   programme", ""]
    assert captions_over_tables(apart) == [*apart[:2], *caption, *apart[2:9], *apart[12:]]
    # A headless table's rule over its rows leaves the paragraph above it apart.
    headless = [
        "   The secretary said the figures show what producers can do.",
        "",
        "   ------------------- --",
        "   Vaccines            17",
        "   ------------------- --",
        "",
        "   : Exports by product group",
    ]
    assert captions_over_tables(headless) == [
        *headless[:2],
        "   Exports by product group",
        "",
        *headless[2:5],
    ]
    # A paragraph with no figure stops the walk up: the rule above it is another table's.
    plain = [*raw[2:6], "", "   The council approved them all in one session.", *raw[6:12]]
    assert captions_over_tables(plain) == plain


def test_a_captions_walk_up_stops_at_the_caption_of_the_table_above() -> None:
    first = ["   Group      Sales", "   ---------- -----", "   Vaccines   17", "", "   : Table 1"]
    second = ["", "   Research projects      2,115", "", "   Total   4,652", "", "   : Table 2"]
    assert captions_over_tables([*first, *second]) == ["   Table 1", "", *first[:3], *second]
