"""A rating widget as the tools print its stars (radio buttons) and its votes, a row of its
own even where links sets it right under a caption filling the line; a pull quote cut from
its sentence in pieces; a side column's centred words beside two lines of a paragraph; a
menu's last link html2text ran into the kicker's row."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT
from newsparse.readers.columns import stretches

TITLE = "Elites foundation sends doctoral graduates to knowledge-based companies"
LEAD = (
    "The National Foundation of Elites announced a new postdoctoral plan on Wednesday that "
    "places doctoral graduates in knowledge-based companies for two years."
)
SECOND = (
    "Forty young teams, most of them graduates of three universities in Tehran, will be able "
    "to rent desks and laboratory time at prices well below the market."
)
LAST = "Applications open on the first of next month."


def _page(*between: str, gap: str = "\n\n") -> str:
    """A text capture with `between` set under the title's copies, over the first paragraph."""
    head = [
        "  * Feb 1 2023 - 9:45",
        "  * 512",
        "  * Study time : 2 minute(s)",
        "",
        "Postdoctoral plan:",
        "",
        TITLE,
        "",
        TITLE,
    ]
    tail = ["  * News group : NEWS,Elites", "  * News code : 71234", "", COPYRIGHT, ""]
    return (
        "\n".join(head)
        + gap
        + "\n".join(between)
        + "\n\n"
        + "\n\n".join([LEAD, SECOND, LAST, "\n".join(tail)])
    )


def test_a_ratings_stars_as_radio_buttons_and_its_votes_are_chrome() -> None:
    for rating in (
        "Rate this news: ( ) ( ) ( ) ( ) ( ) (47 votes)",
        "Rate this news: (*) ( ) ( ) ( ) ( ) (47 votes)",
        "امتیاز دهید: [ ] [ ] [ ] [ ] [ ] (۴۷ رأی)",
        "امتیاز دهید: (۴۷ رأی)",
        "Rate this news: [x] [x] [ ] [ ] [ ] (47 votes)",
        "Rate this news: ★ ★ ☆ ☆ ☆ (47 votes)",
    ):
        record = newsparse.parse_text(_page(rating))
        assert record.body == (LEAD, SECOND, LAST), rating
        assert record.warnings == ()


def test_a_rating_under_a_caption_filling_the_line_is_a_row_of_its_own() -> None:
    # links sets a `<div>` under the caption with no blank line: the caption fills the
    # capture's width, which would read as a wrapped line going on.
    caption = TITLE  # (the picture's caption, a copy of the title)
    wrapped = [
        "\n".join("   " + line for line in textwrap.wrap(text, 72)) for text in (LEAD, SECOND, LAST)
    ]
    capture = "\n".join(
        [
            "   * Feb 1 2023 - 9:45",
            "   * 512",
            "   * Study time : 2 minute(s)",
            "   Postdoctoral plan:",
            f"   {TITLE}",
            f"   {caption}",
            "   Rate this news: [ ] [ ] [ ] [ ] [ ] (47 votes)",
            "",
            "\n\n".join(wrapped),
            "",
            "   * News group : NEWS,Elites",
            "   * News code : 71234",
            f"   {COPYRIGHT}",
        ]
    )
    assert len(caption) >= 70
    record = newsparse.parse_text(capture)
    assert (record.title, record.body, record.warnings) == (TITLE, (LEAD, SECOND, LAST), ())


def test_a_pull_quote_cut_from_its_sentence_in_pieces_is_dropped() -> None:
    pull = "“Forty young teams will be able to rent desks and laboratory time.”"
    html = (
        "<html><body><ul><li>Feb 1 2023 - 9:45</li><li>512</li>"
        "<li>Study time : 2 minute(s)</li></ul><p>Postdoctoral plan:</p>"
        f'<h1>{TITLE}</h1><img alt="{TITLE}"><p>{LEAD}</p><p>{SECOND}</p>'
        f"<blockquote><p>{pull}</p></blockquote><p>{LAST}</p>"
        "<ul><li>News group : NEWS,Elites</li><li>News code : 71234</li></ul>"
        f"<p>{COPYRIGHT}</p></body></html>"
    )
    assert newsparse.parse_html(html).body == (LEAD, SECOND, LAST)
    # A quote sharing only scattered words with a paragraph is the text's own.
    own = "“Young teams from every province will be able to rent time in the laboratory.”"
    assert newsparse.parse_html(html.replace(pull, own)).body == (LEAD, SECOND, own, LAST)
    # Nor is one whose words stand there in order, but in pieces of two words, or in four.
    for words in (
        "“Forty young of them will be able to rent desks.”",
        "“Forty young teams graduates of three will be able laboratory time at prices.”",
    ):
        body = newsparse.parse_html(html.replace(pull, words)).body
        assert body == (LEAD, SECOND, words, LAST), words


def test_a_side_columns_centred_words_beside_a_paragraphs_lines() -> None:
    right = [
        "A team of students from Sharif University of",
        "Technology took first place in the rescue",
        "robots league of the Asian robotics cup, held",
        "last week in Seoul with the participation of",
        "86 teams from fourteen countries. The Iranian",
        "robot can climb stairs and map collapsed",
        "buildings on its own.",
    ]
    left = {3: "Newsletter", 4: "RSS"}
    rows = [
        (" " * ((30 - len(left[i])) // 2) + left[i]).ljust(34) + text
        if i in left
        else " " * 34 + text
        for i, text in enumerate(right)
    ]
    found = [stretch.columns for stretch in stretches(rows) if len(stretch.columns) == 2]
    assert len(found) == 1
    assert [line.strip() for line in found[0][0] if line.strip()] == ["Newsletter", "RSS"]
    assert [line.strip() for line in found[0][1]] == right
    # Two lines holding a word each, set apart by two spaces only, read as a table's rows.
    tight = [*rows[:3], *(" " * 22 + "Newsletter  " + text for text in right[3:5]), *rows[5:]]
    assert all(line[34:] in right for line in tight)
    assert all(len(stretch.columns) == 1 for stretch in stretches(tight))


def test_a_menus_last_link_run_into_the_kickers_row_is_not_the_kickers() -> None:
    # html2text prints a layout table's row on one line: the side column's menu, a link to a
    # line ending in `<br>`, then ` | ` and the article's cell.
    capture = "\n".join(
        [
            "Wednesday 11 December 2019",
            "",
            "**Links**  ",
            "[Home](/en-US)  ",
            "[Awards](/en-US/awards)  ",
            "[Contact](/en-US/contact) |  Postdoctoral plan:",
            "",
            f"## {TITLE}",
            "",
            LEAD,
            "",
            f"{SECOND}  ",
            "---|---  ",
            "  ",
            "Publish date : 2019/12/09",
            "",
            "Code : 512",
            "",
            "Visit count: 233",
            "",
            "All rights reserved for National Foundation of Elites",
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == (
        "Postdoctoral plan",
        TITLE,
        (LEAD, SECOND),
    )
    # A genre's label stands before a kicker as a cell of the article's own.
    opinion = newsparse.parse_text(capture.replace("[Contact](/en-US/contact)", "Opinion"))
    assert opinion.kicker == "Opinion | Postdoctoral plan"
