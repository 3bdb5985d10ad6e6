"""What a table row sets beside a line, read apart: the capture date's year wrapped under
its cell or set after the footer, a footer's links beside the copyright, a box's button
before the kicker, a search box after the menu, a time pandoc cut at its colon. (A side
column's heading beside the kicker, pandoc's simple table and a comment form's heading
under the news group are told by the fixtures of the pages that hold them.)"""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.copies import split_at
from newsparse.grammar.lines import Line
from newsparse.readers.footer_cells import label_cells_read

KICKER = "Head of the park:"
TITLE = "Solar test laboratory opens in Semnan science and technology park"
LEAD = (
    "Semnan Science and Technology Park has opened a laboratory that tests solar panels and "
    "inverters to national standards, the head of the park said on Monday."
)
BODY = (
    "Until now, manufacturers in the province had to send their samples to Tehran and wait "
    "up to three months for the results, the park's public relations office said."
)
INFO = ("  * Aug 9 2021 - 11:40", "  * 347", "  * Study time : 2 minute(s)")
FOOTER = ("  * News group : NEWS,Technology Parks", "  * News code : 71285")


def _page(*top: str, kicker: str = KICKER, footer: tuple[str, ...] = FOOTER) -> str:
    return blank_lines_apart(*top, *INFO, kicker, TITLE, TITLE, LEAD, BODY, *footer, COPYRIGHT)


def test_the_capture_dates_year_wrapped_under_its_cell_is_the_capture_date() -> None:
    for top in (
        ("   Vice-Presidency for Science and   Today : Monday Aug 9", "   Technology   2021"),
        ("   معاونت علمی ریاست      امروز : دوشنبه 18 مرداد", "   جمهوری        1400"),
    ):
        assert str(newsparse.parse_text(_page(*top)).captured_on) == "2021-08-09"


def test_the_capture_date_after_the_footer_is_the_capture_date() -> None:
    """A side column the markup holds last prints its `Today` line after the footer."""
    text = _page("Home | News | Contact us") + "\n\nToday : Tuesday Aug 10 2021\n"
    record = newsparse.parse_text(text)
    assert (str(record.captured_on), record.body) == ("2021-08-10", (LEAD, BODY))


def test_a_footers_links_cell_beside_the_copyright_is_no_body() -> None:
    for links in ("Contact", "About the foundation"):
        text = _page("Home | News | Contact us").replace(COPYRIGHT, f"{links} {COPYRIGHT}")
        record = newsparse.parse_text(text)
        assert (record.body, record.warnings) == ((LEAD, BODY), ())


def test_a_html_cell_with_its_own_lines_stands_apart_from_the_next() -> None:
    html = (
        "<html><body><div>Home | News | Contact us</div><ul>"
        + "".join(f"<li>{item.strip(' *')}</li>" for item in INFO)
        + f"</ul><p>{KICKER}</p><h1>{TITLE}</h1><p>{TITLE}</p><p>{LEAD}</p><p>{BODY}</p>"
        + "".join(f"<div>{item.strip(' *')}</div>" for item in FOOTER)
        + "<table><tr><td><a href='/a'>About us</a><br><a href='/c'>Contact</a></td>"
        + f"<td>{COPYRIGHT}<br>No. 21, Tehran</td></tr></table></body></html>"
    )
    record = newsparse.parse_html(html)
    assert (record.body, record.publisher) == (
        (LEAD, BODY),
        "Vice-Presidency for Science and Technology",
    )


def test_a_boxs_button_run_before_the_kicker_leaves_the_kicker() -> None:
    """html2text's row: the newsletter box's button, its cell wall, the kicker."""
    text = _page("Home | News | Contact us", "### Newsletter", kicker=f"Subscribe | {KICKER}")
    assert newsparse.parse_text(text).kicker == "Head of the park"


def test_a_search_box_after_the_menu_is_no_kicker() -> None:
    """bmn's page: the capture date, the menu and its search box, a bare kicker, the title."""
    for menu in (
        "Home About Programs News Contact Us Search _ [ Go ]",
        "Home About Programs News Contact Us Search Go",
        "Menu ☰ Home News Programs Contact",
        "Search Go",
    ):
        text = blank_lines_apart(
            "Sunday 16 February 2020",
            menu,
            "Science parks report",
            TITLE,
            LEAD,
            BODY,
            "Publish date : 2020/02/12",
            "Code : 1387",
            "Visit count: 254",
            "All rights reserved for National Foundation of Elites",
        )
        record = newsparse.parse_text(text)
        assert (record.kicker, record.title) == ("Science parks report", TITLE)


def test_a_time_cut_at_its_colon_in_a_grid_cell_is_the_time() -> None:
    grid = (
        "+----------------------+",
        "| Aug 9 2021 - 11      |",
        "| :40 347 Study time : |",
        "| 2 minute(s)          |",
        "+----------------------+",
    )
    text = _page().replace("\n\n".join(INFO), "\n".join(grid))
    record = newsparse.parse_text("Home | News | Contact us\n\n" + text)
    assert (str(record.published), record.views) == ("2021-08-09T11:40:00+04:30", 347)


def test_a_copyright_cell_printed_beside_the_links_cell_keeps_its_name() -> None:
    footer = (
        "   About the foundation All rights reserved for National Foundation of",
        "   Programs             Elites",
        "   Contact              No. 8, Shahid Arabali St., Tehran, Iran",
    )
    text = _page("Home | News | Contact us").replace(COPYRIGHT, "\n".join(footer))
    record = newsparse.parse_text(text)
    assert (record.publisher, record.body) == ("National Foundation of Elites", (LEAD, BODY))


def test_a_label_cell_a_narrow_column_wrapped_is_its_label() -> None:
    for footer in (
        ("   News     NEWS,Technology", "   group :  Parks", "   News     71285", "   code :"),
        ("   News group NEWS,Technology", "   :          Parks", "   News code : 71285"),
        # Bulleted, the value's cell wrapped past the label's; w3m's colon on a third line,
        # and a label's first word beside its value, one space apart.
        ("   • News     NEWS,Technology", "   group :    Parks", "   • News code : 71285"),
        ("• News NEWS,Technology", "group  Parks", ":", "• News 71285", "code :"),
        (
            "   • News     NEWS,",
            "   group :    Technology",
            "              Parks",
            "   • News code : 71285",
        ),
    ):
        text = _page("Home | News | Contact us", footer=("\n".join(footer),))
        record = newsparse.parse_text(text)
        assert (record.categories, record.news_code) == (("NEWS", "Technology Parks"), 71285)


def test_a_sentence_over_a_labels_rest_is_no_label() -> None:
    # A label's first word opening a sentence, a label's rest alone under it.
    for lines in (["News travelled fast.", "Code:"], ["News of the prize came", "group:"]):
        assert label_cells_read(lines) == lines
    assert label_cells_read(["• News 95342", "code :"]) == ["• News code : 95342"]


def test_the_kicker_run_into_the_title_is_split_where_the_breadcrumb_names_it() -> None:
    """A narrow cell wrapped the kicker and the title into one line; the old portal's
    breadcrumb names the title (cut short), a title run on into the text is left whole."""
    crumb = "Vice-President on the knowledge-based law: ..."
    kicker = "In a meeting with park managers in Isfahan;"
    title = "Vice-President on the knowledge-based law: sales grew threefold"
    lines = [Line(f"{kicker} {title}"), Line(LEAD)]
    assert [line.text for line in split_at(lines, crumb)] == [kicker, title, LEAD]
    flattened = [Line(f"{kicker} {title} {LEAD}")]
    assert split_at(flattened, crumb) == flattened


def test_a_simple_tables_rows_are_read_by_rows_where_its_columns_stand_apart() -> None:
    # pandoc's simple table: its rule's runs of dashes a column apart, the cells a few
    # spaces past the blank columns between them.
    table = [
        "  Item                    Amount                     Period",
        "  ----------------------- -------------------------- ------------------",
        "  Monthly grant           120 million rials          24 months",
        "  Research budget         1,500 million rials        whole fellowship",
        "  Housing support         40 million rials a month   12 months",
        "  Travel to conferences   two trips                  whole fellowship",
    ]
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, KICKER, TITLE, LEAD, "\n".join(table), BODY, *FOOTER, COPYRIGHT)
    )
    assert record.body == (
        LEAD,
        "Item Amount Period",
        "Monthly grant 120 million rials 24 months",
        "Research budget 1,500 million rials whole fellowship",
        "Housing support 40 million rials a month 12 months",
        "Travel to conferences two trips whole fellowship",
        BODY,
    )
