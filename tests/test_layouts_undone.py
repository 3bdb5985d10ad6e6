"""Layouts text tools leave that hid a paragraph's wrap or a column's edge: lynx centring a
table's paragraphs; elinks justifying a right column beside a left column's form; a side
column's date filling its width one space short of the article, its count alone under it;
pandoc cutting a table's word before its last letter; a newsletter box's bare heading."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT
from newsparse.readers.centred import uncentred
from newsparse.readers.columns import stretches
from newsparse.readers.cut_words import inner_words, piece
from newsparse.readers.justified import unjustified

TITLE = "Iranian desalination membranes reach markets in five neighbouring countries"
KICKER = "Water technology;"
PARAGRAPHS = (
    "Knowledge-based companies sold desalination membranes worth twelve million dollars to "
    "buyers in five neighbouring countries in the first half of the year, the water "
    "technology council reported on Monday.",
    "The council said that tests at two coastal plants had shown the membranes last as long "
    "as the imported ones they replace.",
)
FOOTER = "15:20 - 08/08/2018 / Number : 35102 / Show Count : 97"


def _centred(text: str, width: int = 72, margin: int = 3) -> list[str]:
    """A paragraph as lynx prints it in a centred table: each wrapped line centred."""
    return [" " * (margin + (width - len(line)) // 2) + line for line in textwrap.wrap(text, width)]


def test_a_paragraph_lynx_centred_is_one_paragraph() -> None:
    head = ["   Sunday, August 12, 2018-", "", f"   News > {TITLE}", "", f"   {KICKER}", ""]
    body = [line for text in PARAGRAPHS for line in (*_centred(text), "")]
    tail = ["   " + FOOTER, "", "   " + COPYRIGHT, ""]
    capture = "\n".join([*head, f"   {TITLE}", "", f"   {TITLE}", "", *body, *tail])
    assert len(_centred(PARAGRAPHS[0])) == 3  # (the paragraph the test is about)
    record = newsparse.parse_text(capture)
    assert record.title == TITLE
    assert record.body == PARAGRAPHS
    assert record.warnings == ()


def test_only_three_lines_or_more_on_one_midpoint_are_set_back() -> None:
    lines = _centred(PARAGRAPHS[0])
    margin = min(len(line) - len(line.lstrip()) for line in lines)
    assert len({len(line) - len(line.lstrip()) for line in lines}) > 1
    assert uncentred(lines) == [" " * margin + line.strip() for line in lines]
    # A heading's two lines centred on the page's width stay where they are, and so do a
    # paragraph set left and a list.
    heading = [
        "Iranian desalination membranes reach markets in five neighbouring",
        " " * 28 + "countries",
    ]
    left = textwrap.wrap(PARAGRAPHS[0], 72, initial_indent="  ", subsequent_indent="")
    items = [f"* {text}".center(40).rstrip() for text in ("twelve million", "five", "two plants")]
    assert len({len(item) + len(item) - len(item.lstrip()) for item in items}) <= 2
    for kept in (heading, left, items):
        assert uncentred(kept) == kept


def _justified(words: str, width: int) -> str:
    """Words spread to fill `width` as elinks justifies them, the wider gaps first."""
    parts = words.split()
    gaps, extra = divmod(width - len("".join(parts)), len(parts) - 1)
    spaces = [" " * (gaps + (i < extra)) for i in range(len(parts) - 1)]
    return "".join(part + space for part, space in zip(parts, [*spaces, ""], strict=True))


def test_a_justified_right_column_beside_a_form_keeps_its_edge() -> None:
    width, cell = 76, 35
    rows = [
        ("   Search", "earned a third more in the first half"),
        ("   [10]_____________________", "of the Iranian year than in the same"),
        ("", "The council said that tests at two coastal plants had shown them"),
    ]
    lines = [
        left.ljust(cell) + _justified(right, width - cell) if left else _justified(right, width)
        for left, right in rows
    ]
    assert all(len(line) == width for line in lines)
    assert unjustified(lines, width) == [
        left.ljust(cell) + right if left else right for left, right in rows
    ]
    # A gap only a space wider than the line's others is the justification's own.
    padded = "   a " + "    ".join(["earned", "a", "third"]) + "   more"
    assert unjustified([padded], len(padded)) == ["   a earned a third more"]


def test_a_side_columns_date_one_space_short_of_the_text_then_its_count_alone() -> None:
    left = [
        "Latest news",
        "",
        "  * Solar farm opens",
        "    in Kerman",
        "    Jul 2 2024 - 9:10",
        "    1,318",
        "  * Park signs deal",
        "    with Oman",
        "    Jun 9 2024 - 16:30",
        "    1,045",
    ]
    right = [
        "",
        "",
        "Knowledge-based companies sold",
        "desalination membranes worth twelve",
        "million dollars to buyers in five",
        "neighbouring countries in the first",
        "half of the year, the water",
        "technology council reported on",
        "Monday.",
        "",
        "The council said that tests at two",
        "coastal plants had shown the",
        "membranes last as long as the",
        "imported ones they replace.",
    ]
    rows = [
        f"{a:<22} {b}".rstrip() if a else (" " * 23 + b if b else "")
        for a, b in zip([*left, *[""] * (len(right) - len(left))], right, strict=True)
    ]
    assert rows[8] == "    Jun 9 2024 - 16:30 Monday."  # one space apart
    found = [stretch.columns for stretch in stretches(rows) if len(stretch.columns) == 2]
    assert len(found) == 1
    assert [line.strip() for line in found[0][1] if line.strip()] == [
        line for line in right if line
    ]


def test_a_letter_alone_closing_a_tables_line_is_a_cut_words_piece() -> None:
    lines = [
        "|   Medical s                       |",
        "| ciences   621        29%     +21% |",
        "|   Humanitie                       |",
        "| s         235        11%     +19% |",
        "| There are 2 comment(s) for this   |",
    ]
    words = inner_words(lines)
    assert piece("  Humanitie", "s         235        11%     +19%", words)
    # A letter opening a line that stands within another one too is a word of its own.
    assert not piece("  Humanitie", "s         235", inner_words([*lines, "| year s 2 |"]))


def test_a_newsletter_boxs_heading_over_the_info_lines_is_not_the_title() -> None:
    # A paste of a page whose left column, read first, ends with the box: its form gone.
    title = f"{TITLE} in the first half of the year."
    capture = "\n".join(
        [
            "Most viewed",
            "",
            "Solar farm opens in Kerman",
            "Jul 2 2024",
            "1,318",
            "",
            "Newsletter",
            "",
            "Jul 21 2024 - 9:05",
            "1,204",
            "Study time : 1 minute(s)",
            title,
            "",
            *[line for text in PARAGRAPHS for line in (text, "")],
            "News group : NEWS,Water",
            "News code : 8731",
            "",
            COPYRIGHT,
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.title == title
    assert record.body == PARAGRAPHS
    assert record.warnings == (
        "title uncertain: found neither in a copy on the page nor in the HTML head",
    )
