"""A table's caption as the tools print it: centered and wrapped at the table's width
(w3m, elinks), whole on the top of a drawn table (links), run into the head's first cell
(html2text); and a chart's alt text that names the chart before its figures."""

from __future__ import annotations

from newsparse.grammar.charts import chart_alt
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
