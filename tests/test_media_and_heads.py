"""Media and embeds around the text: share buttons with their counts, Instagram's card with
no link to the network, pandoc's `--` before a post's signature, a video's clock under its
fallback notice; and the article's head beside a side column and a gallery: the title's
copies under each picture, the article's first line beside the column's heading."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.bar_words import is_box_line
from newsparse.grammar.embedded_posts import signed_post
from newsparse.readers.text import text_lines

TITLE = "Iranian researchers unveil a robot arm that sorts blood samples by itself"
INFO = "  • May 27 2024 - 10:30\n  • 1,204\n  • Study time : 2 minute(s)"
LEAD = (
    "A team at Amirkabir University of Technology has built a robot arm that picks up test "
    "tubes of blood and places them in the right analyser."
)
LAST = "The hospital plans to install two more arms in its central laboratory next year."
FOOTER = "  • News group : NEWS,Health\n  • News code : 71902"


def _page(*middle: str) -> str:
    return blank_lines_apart(INFO, TITLE, TITLE, LEAD, *middle, LAST, FOOTER, COPYRIGHT)


def test_share_buttons_with_their_counts_are_a_bar() -> None:
    for bar in (
        "Share : Facebook 14 Telegram 52 WhatsApp 9",
        "Facebook 12 X 31 LinkedIn 5",
        "Shares: 23",
        "Print | Shares: 23",
    ):
        assert is_box_line(bar), bar
    for text in (
        "Telegram 2 channels",
        "Facebook 12",
        "The figures: Facebook 12, Telegram 40",
        "Share in 2024",
        "Share 1 2 3 4 5",
        "Print 2 Email 3",
    ):
        assert not is_box_line(text), text
    record = newsparse.parse_text(_page("Share : Facebook 14 Telegram 52 WhatsApp 9"))
    assert record.body == (LEAD, LAST)


def test_instagrams_card_with_no_link_to_the_network_is_no_text() -> None:
    post = "Proud moment for our team at the science film festival! #nano #sciencefilm"
    shared = "A post shared by Nano Club Sharif (@nanoclub.sharif) on Jan 16, 2020 at 9:12am PST"
    record = newsparse.parse_text(_page(post, shared))
    assert record.body == (LEAD, LAST)
    # pandoc prints the em dash before a post's signature as two hyphens.
    assert signed_post("-- INSF (@insf_org) February 20, 2024")
    assert not signed_post("-- a note from the editor")
    assert not signed_post("He wrote on X -- see @IRIMFA for the figures")


def test_a_videos_clock_alone_under_its_fallback_notice_is_the_players() -> None:
    caption = "The robot arm at work in the laboratory of Imam Khomeini Hospital in Tehran"
    # Wrapped as w3m wraps at 80 columns: the notice's short line ends no wrapped one.
    more = "The arm was tested for four months and handled about 1,500 samples a day there."
    text = [textwrap.fill(paragraph, 78) for paragraph in (LEAD, LAST, more)]
    notice = "Your browser does not support the video tag.\n02:58"
    capture = blank_lines_apart(INFO, TITLE, TITLE, *text, notice, caption, FOOTER, COPYRIGHT)
    assert newsparse.parse_text(capture).body == (LEAD, LAST, more, caption)


def test_the_titles_copies_under_a_gallerys_pictures_part_no_info_block() -> None:
    # The date and count above the kicker, the study time and code under the title's four
    # copies (the heading's and three pictures' alt texts): one info block still.
    head = [
        "  • May 9 2024 - 08:05\n  • 197",
        "In Lorestan province;",
        *[TITLE] * 4,
        "Study time : 1 minute(s)\nNews code : 71388",
    ]
    record = newsparse.parse_text(blank_lines_apart(*head, LEAD, LAST, FOOTER, COPYRIGHT))
    assert (record.published, record.views, record.warnings) == (
        "2024-05-09T08:05:00+03:30",
        197,
        (),
    )
    assert (record.kicker, record.title, record.body) == (
        "In Lorestan province",
        TITLE,
        (LEAD, LAST),
    )


def _three_cells() -> list[str]:
    """A picture column, a side column's headlines and dates, and the article's head, as
    w3m prints a row of three table cells; the article's first lines beside the side
    column's heading, and its info bullets above the headlines."""
    alts = ["Robotics week", "opens in", "Tabriz with", "forty teams", "Grants for", "young"]
    alts += ["engineers of", "the north", "Nano fair", "closes", "in Tehran", "today"]
    news = ["Robotics", "week opens", "in Tabriz", "May 20 2024", "Grants for", "young"]
    news += ["engineers", "May 18 2024", "Nano fair", "closes", "in Tehran", "May 17 2024"]
    text = ["", "Medical engineering;", "", "Iranian researchers unveil", "a robot arm that"]
    text += ["sorts blood samples", "by itself", "", "Study time : 2 minute(s)"]
    text += ["News code : 71902", "", ""]
    rows = [
        f"{'Latest news':<32}• May 27 2024 - 10:30",
        f"{'':<32}• 1,204",
    ]
    rows += [f"{a:<15}{n:<17}{t}".rstrip() for a, n, t in zip(alts, news, text, strict=True)]
    return rows


def test_the_articles_bullets_beside_a_side_columns_heading_are_read_with_the_article() -> None:
    lines = [line.text for line in text_lines("\n".join(_three_cells()))]
    at = lines.index("May 27 2024 - 10:30")
    # The date and count stand together, over the article's kicker.
    assert lines[at : at + 3] == ["May 27 2024 - 10:30", "1,204", "Medical engineering;"]
    assert "Latest news" in lines[:at]


def test_a_credited_caption_before_the_next_cells_unwrapped_text_is_apart() -> None:
    # html2text's first row of a layout table: the picture's cell, its credited caption,
    # then the next cell's paragraphs run into one unwrapped line.
    caption = "Vials of the biosimilar on the filling line (Photo: Farzaneh Karimi)"
    ran = f"{LEAD} {LAST}"
    wrapped = textwrap.fill(f"{LAST} {LEAD}", 78)
    row = [f"![{TITLE}](/files/1583_a.jpg)  ", f"{caption} | {ran}", "---|---  ", wrapped]
    capture = blank_lines_apart(INFO, f"# {TITLE}", "\n".join(row), FOOTER, COPYRIGHT)
    record = newsparse.parse_text(capture)
    assert record.body == (ran, f"{LAST} {LEAD}")
    words = len(ran.split())
    assert record.warnings == (
        f"body paragraph of {words} words: paragraphs may have run together",
    )


def _grid(cell: list[str], width: int = 36) -> str:
    border = "+" + "-" * (width + 2) + "+"
    return "\n".join([border, *(f"| {line:<{width}} |" for line in cell), border])


def test_items_typed_with_a_hyphen_in_a_grid_cell_are_items() -> None:
    # pandoc prints a `<br>` as a new line in its cell and wraps the cell's lines; a number
    # and a hyphen open each item (`۱- ...`), though the line above fills the cell.
    cell = [
        "The house has three parts:",
        "1- a workshop for prototypes with 3D",
        "printers and laser cutters for all",
        "2- shared space for twenty teams",
        "3- an office for legal advice",
    ]
    assert all(len(line) >= 34 for line in cell[1:3])
    lines = [line.text for line in text_lines(_grid(cell))]
    assert lines == [
        "The house has three parts:",
        "1- a workshop for prototypes with 3D printers and laser cutters for all",
        "2- shared space for twenty teams",
        "3- an office for legal advice",
    ]


def test_lynxs_frame_mark_whose_address_it_broke_is_no_text() -> None:
    address = "https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3500!2d59.27!3d32.89"
    frame = ["   IFRAME:", f"   [1]{address[:-7]}", f"   {address[-7:]}"]
    text = textwrap.indent(textwrap.fill(f"{LEAD} {LAST}", 74), "   ")
    listed = ["References", "", f"   1. {address}"]
    capture = "\n".join(["   Location of the branch", "", *frame, "", text, "", *listed])
    lines = [line.text for line in text_lines(capture)]
    assert lines == ["Location of the branch", f"{LEAD} {LAST}"]


def test_a_bold_heading_html2text_set_right_under_a_paragraph_starts_a_block() -> None:
    # A box's heading in bold (`<div><strong>Contents</strong><ul>`) printed on the line
    # under the lead, with no blank line, though the lead's last line has room for it.
    lead = textwrap.fill(f"{LEAD} {LAST}", 78)
    capture = "\n".join([lead, "**Contents**", "", "  * [Why now?](#why)", "  * [The plan](#plan)"])
    lines = [line.text for line in text_lines(capture)]
    assert lines[:2] == [f"{LEAD} {LAST}", "Contents"]


def test_a_heading_pandoc_cut_on_a_space_in_a_grid_cell_keeps_the_space() -> None:
    # Cut by the cell's width: inside a word (`st` / `udents'`, the line filled to one space
    # short of the wall), or on a space, the line two short (`air` / `pollution`).
    cell = [
        "Iranian st",
        "udents' cubesat will measure air",
        "pollution over Tehran from orbit.",
        "",
        "Readings will show how the city",
        "pollution moves during the day.",
    ]
    lines = [line.text for line in text_lines(_grid(cell, width=33))]
    assert (
        lines[0] == "Iranian students' cubesat will measure air pollution over Tehran from orbit."
    )
