"""What the tools print beside the text, read apart: the old portal's footer line html2text
set after a cell's wall, a heading it wrapped where no width shows, a table's bold heading
it ran on after a paragraph; a phone's menu button with the site's name; a news group list
ending with a comma over a link; pandoc's reStructuredText directives in a layout table's
cells; inscriptis printing two columns' blocks in turn, a row each."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT, LINEAR_LIMIT, cpu_growth

TITLE = "Kish technology fair closes with contracts signed by sixty-one knowledge-based firms"
LEAD = (
    "The fourth Kish technology fair closed on Wednesday after four days, in which 240 "
    "companies showed their products to buyers from eleven countries."
)
SECOND = (
    "Most of the contracts were in medical equipment, oil and gas services and software, "
    "the organisers said on the last day of the fair."
)
PORTAL_FOOTER = "10:05 - 17/01/2018    /    Number : 31840    /    Show Count : 112"


def _flattened() -> str:
    """The old portal as html2text prints it: the side column and the article one row of a
    layout table, the article's cell run onto long lines, the footer line in the next cell."""
    head, rest = TITLE[:70].rsplit(" ", 1)[0], TITLE[len(TITLE[:70].rsplit(" ", 1)[0]) + 1 :]
    return "\n".join(
        [
            "Sunday, January 21, 2018-  ",
            "---  ",
            "**Latest news**",
            "",
            "  * [Tabriz team wins robotics cup in Germany](index.aspx?newsview=31851)  ",
            "20/01/2018",
            "",
            f"**Poll** How do you follow science news? Website  Social media | Home Page > "
            f"news  News > {TITLE}   Print         Send to Friend Fair news; ",
            "",
            f"## {head}",
            rest,
            "",
            f"![{TITLE}](/images/news/31840.jpg) {LEAD} {SECOND} | {PORTAL_FOOTER}  ",
            "---  ",
            COPYRIGHT,
        ]
    )


def test_the_portal_footer_html2text_set_after_a_cells_wall_is_the_footer() -> None:
    record = newsparse.parse_text(_flattened())
    assert (record.published, record.news_code, record.views) == (
        "2018-01-17T10:05:00+03:30",
        31840,
        112,
    )
    assert record.body == (f"{LEAD} {SECOND}",)


def test_a_heading_html2text_wrapped_goes_on_under_it_where_no_width_shows() -> None:
    # The capture's other lines run far past any width (a flattened cell): only the blank
    # line html2text sets under every heading tells where the heading ends.
    assert newsparse.parse_text(_flattened()).title == TITLE


def test_a_tables_bold_heading_html2text_ran_on_after_a_paragraph_stands_apart() -> None:
    capture = "\n".join(
        [
            "  * Jan 17 2018 - 10:05",
            "  * 112",
            "",
            "Fair news:",
            "",
            f"## {TITLE}",
            "",
            f"{LEAD} {SECOND} **Contracts by field** | Field| Firms| Contracts  ",
            "---|---|---  ",
            "Medical equipment| 31| 12  ",
            "Software| 48| 9  ",
            "",
            "  * News group : NEWS,Fairs",
            "  * News code : 31840",
            "",
            COPYRIGHT,
        ]
    )
    record = newsparse.parse_text(capture)
    # (Bold words closing a sentence with no stop, `... on the last day **of the fair**`,
    # are the sentence's: only a heading follows a full stop.)
    unstopped = capture.replace(f"{SECOND} **", f"{SECOND[:-1]} **")
    assert newsparse.parse_text(unstopped).body[1].endswith("of the fair Contracts by field")
    assert record.body == (
        f"{LEAD} {SECOND}",
        "Contracts by field",
        "Field Firms Contracts",
        "Medical equipment 31 12",
        "Software 48 9",
    )


def _phone_paste(top: str, *body: str) -> str:
    """A phone page's paste: the menu button's bar, the info on one line, no kicker."""
    info = "📅 Jan 17 2018 - 10:05 👁 112 ⏱ Study time : 1 minute(s)"
    group = ["News group : NEWS,Fairs", "News code : 31840", COPYRIGHT]
    return "\n\n".join([top, info, f"{TITLE}.", *body, *group])


def test_a_phones_menu_button_and_the_sites_name_are_no_title() -> None:
    # (The title ends with a full stop: the line above the info is the other choice.)
    record = newsparse.parse_text(_phone_paste("☰ ISTI", LEAD, SECOND))
    assert (record.title, record.body) == (f"{TITLE}.", (LEAD, SECOND))
    # A button before a sentence is no bar: the line stays the text's.
    noted = "☰ The list of all sixty-one firms is on the fair's website."
    assert newsparse.parse_text(_phone_paste("☰ ISTI", LEAD, noted)).body == (LEAD, noted)
    # Nor are four words or more after it, without a stop: a bar names the site in three.
    named = "☰ Science parks grow in every province"
    record = newsparse.parse_text(_phone_paste("☰ ISTI", LEAD, named, SECOND))
    assert record.body == (LEAD, named, SECOND)


def test_a_long_line_after_a_menu_button_is_read_in_linear_time() -> None:
    def parse(size: int) -> None:
        newsparse.parse_text(_phone_paste("☰ ISTI", LEAD, f"☰ {'a' * size}."))

    assert cpu_growth(parse, 60) < LINEAR_LIMIT


def test_a_line_opening_with_a_hash_in_plain_text_is_no_heading_to_go_on() -> None:
    # No markdown around it (no link, no bold): a paste's line under it is a line of its own.
    hashed = "# Fair in numbers"
    record = newsparse.parse_text(_phone_paste("☰ ISTI", LEAD, f"{hashed}\n{SECOND}"))
    assert record.body == (LEAD, hashed.lstrip("# "), SECOND)


def test_a_list_item_right_under_a_heading_is_no_rest_of_it() -> None:
    capture = "\n".join(
        [
            "[Home](/) | [News](/news)",
            "",
            "Fair news:",
            "",
            "## Kish technology fair closes",
            "  * Jan 17 2018 - 10:05",
            "  * 112",
            "",
            LEAD,
            "",
            "  * News group : NEWS,Fairs",
            "  * News code : 31840",
            "",
            COPYRIGHT,
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.published) == (
        "Kish technology fair closes",
        "2018-01-17T10:05:00+03:30",
    )


def test_a_news_group_list_ending_with_a_comma_ends_far_short_of_the_edge() -> None:
    lines = [
        "   * Jan 17 2018 - 10:05",
        "   * 112",
        "",
        "   Fair news:",
        "",
        f"   {TITLE}",
        "",
        "   The fourth Kish technology fair closed on Wednesday after four days, in",
        "   which 240 companies showed their products to buyers from eleven",
        "   countries.",
        "",
        "   News group : NEWS,Fairs,",
        "   View the full version",
        "",
        f"   {COPYRIGHT}",
    ]
    record = newsparse.parse_text("\n".join(lines))
    assert record.categories == ("NEWS", "Fairs")
    # Under a list wrapped inside a name, the next name is the list's.
    lines[11:13] = [
        "   News group : NEWS,Fairs, Science parks and technology towns of the",
        "   provinces,",
    ]
    record = newsparse.parse_text("\n".join(lines))
    assert record.categories == (
        "NEWS",
        "Fairs",
        "Science parks and technology towns of the provinces",
    )
    # Under a list of two lines ending with its comma, too, however short its last line.
    lines[12:14] = ["   provinces,Universities,", "   Elites"]
    record = newsparse.parse_text("\n".join(lines))
    assert record.categories[-2:] == ("Universities", "Elites")


def _grid(left: list[str], right: list[str], left_width: int = 26, right_width: int = 46) -> str:
    """Two cells side by side as pandoc draws a layout table's row in a grid."""
    border = f"+{'-' * left_width}+{'-' * right_width}+"
    rows = [
        f"| {one:<{left_width - 2}} | {two:<{right_width - 2}} |"
        for one, two in zip(
            left + [""] * (len(right) - len(left)),
            right + [""] * (len(left) - len(right)),
            strict=True,
        )
    ]
    return "\n".join([border, *rows, border])


def test_restructuredtext_directives_in_a_layout_tables_cells_are_read() -> None:
    def text(paragraph: str) -> list[str]:
        return [f"   {line}" for line in textwrap.wrap(paragraph, 40)]

    left = [".. container::", "", "   Sunday, January 21, 2018-", "", "**Latest news**", ""]
    left += ["-  Tabriz team wins a robotics", "   cup in Germany"]
    right = ["-  Jan 17 2018 - 10:05", "-  112", "", ".. container:: kicker", ""]
    right += ["   Fair news:", "", ".. rubric:: Kish technology fair closes"]
    right += [
        "   with contracts signed by sixty-one",
        "   knowledge-based firms",
        "   :name: kish",
        "",
    ]
    right += [".. container:: text", "", *text(LEAD), "", *text(SECOND), ""]
    right += ["-  News group : NEWS,Fairs", "-  News code : 31840"]
    record = newsparse.parse_text(f"{_grid(left, right)}\n\n{COPYRIGHT}\n")
    assert (record.kicker, record.title, record.body) == ("Fair news", TITLE, (LEAD, SECOND))


def test_inscriptis_printing_two_columns_blocks_in_turn_keeps_them_apart() -> None:
    at = 74  # the article's column
    rows = [
        ("Sunday, January 21, 2018-", ""),
        ("Latest news", "Home Page > news"),
        ("  * Tabriz team wins robotics cup in Germany", "  * Jan 17 2018 - 10:05"),
        ("    20/01/2018", "  * 112"),
        ("  * Tax breaks for firms hiring graduates", "Fair news:"),
        ("    19/01/2018", TITLE),
        ("Poll", ""),
        ("", LEAD),
        ("How do you follow science news?", ""),
        ("", SECOND),
        ("Website Social media Newspapers", ""),
        ("", "  * News group : NEWS,Fairs"),
        ("", "  * News code : 31840"),
        ("", ""),
        (COPYRIGHT, ""),
    ]
    capture = "\n".join(f"{left:<{at}}{right}".rstrip() for left, right in rows)
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == ("Fair news", TITLE, (LEAD, SECOND))
