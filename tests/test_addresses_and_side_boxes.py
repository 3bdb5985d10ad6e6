"""An address a text tool broke where it met the line's end, inside a word or after its
query's `=`; a box of related links inside the article, and the text's own heading after
its items; a gallery's cells of short lines read as columns, not as a table's rows. (A side
column ending beside a paragraph's first line or above a gallery is in the fixtures of
`blind-bmn6-*`.)"""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.readers.columns import stretches

TITLE = "High-performance computing centre opens bookings to knowledge-based companies"
ADDRESS = "https://hpc.isti.ir/booking/register?institution-type=knowledge-based-company&lang=en"
LEAD = (
    f"Applicants register at {ADDRESS} and receive an account after their institution "
    "confirms them."
)
SECOND = (
    "The first 500 processor-hours are free, and later hours are billed at half the price "
    "of the commercial clouds the companies use today, the head of the centre said on "
    "Monday at the opening of its second hall in Isfahan."
)
THIRD = (
    "The centre has 4,800 processor cores and two racks of graphics processors, and it runs "
    "jobs for universities in six provinces as well; its booking office answers questions "
    "from companies by e-mail within two working days."
)
INFO = ("  * Aug 9 2021 - 11:40", "  * 347", "  * Study time : 2 minute(s)")
FOOTER = ("  * News group : NEWS,Technology", "  * News code : 71285")


def _wrapped(text: str, width: int = 72, indent: str = "") -> str:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return "\n".join(f"{indent}{line}" for line in lines)


def _page(*article: str) -> str:
    return blank_lines_apart(
        "Home | News | Contact us", *INFO, "Computing:", TITLE, *article, *FOOTER, COPYRIGHT
    )


def _lynx(*paragraphs: str) -> str:
    """A lynx capture (72 columns, indented by three) of an article holding `paragraphs`."""
    return "\n\n".join(
        (
            "   Home | News | Contact us",
            "\n".join(f"     * {line.strip()[2:]}" for line in INFO),
            "   Computing:",
            f"   {TITLE}",
            *paragraphs,
            "\n".join(f"     * {line.strip()[2:]}" for line in FOOTER),
            f"   {COPYRIGHT}",
        )
    )


def test_an_address_broken_at_the_lines_end_is_joined_whole() -> None:
    # lynx cuts an address too long for its line inside a word, where the line ends.
    rest = _wrapped(f"{ADDRESS[72:]} {LEAD.split(ADDRESS)[1]}", indent="   ")
    lead = f"   Applicants register at\n   {ADDRESS[:72]}\n{rest}"
    paragraphs = [_wrapped(text, indent="   ") for text in (SECOND, THIRD)]
    assert newsparse.parse_text(_lynx(lead, *paragraphs)).body == (LEAD, SECOND, THIRD)
    # w3m breaks one after its query's `=`.
    cut = ADDRESS.index("=") + 1
    w3m = f"Applicants register at {ADDRESS[:cut]}\n" + _wrapped(LEAD.split("=", 1)[1], 78)
    record = newsparse.parse_text(_page(w3m, _wrapped(SECOND, 78), _wrapped(THIRD, 78)))
    assert record.body == (LEAD, SECOND, THIRD)
    # An address ending its line, a sentence's words after it: a space between.
    for plain in (
        "The forms are at https://hpc.isti.ir/booking/\nand at the park's office.",
        f"Bookings open at {ADDRESS}\nwell-known rules apply to all of them.",
        "The laboratory opened in Semnan books its tests at https://lab.semnanstp.ir\n"
        "state-of-the-art equipment is coming.",
        "The foundation publishes the rules of its grant call at https://isti.ir/news\n"
        "50% of the funds go to provinces.",
    ):
        record = newsparse.parse_text(_page(plain, _wrapped(SECOND, 78), _wrapped(THIRD, 78)))
        assert record.body == (plain.replace("\n", " "), SECOND, THIRD)


def test_a_box_of_bulleted_links_ends_at_the_texts_next_heading() -> None:
    notes = ("[1] Figures are the centre's own.", "[2] Prices are those of May 2021.")
    capture = _page(
        _wrapped(LEAD, 78),
        _wrapped(SECOND, 78),
        "Read more",
        "  * Isfahan park opens a second data centre\n  * Cloud credits for start-ups renewed",
        "Notes",
        *notes,
    )
    assert newsparse.parse_text(capture).body[-3:] == ("Notes", *notes)
    # Under one item that kept its bullet, the others may have lost theirs: the box's still.
    capture = _page(
        _wrapped(LEAD, 78),
        "Related links",
        "  * National solar standards office",
        "Semnan province investment portal",
        "Iran renewable energy agency",
        _wrapped(SECOND, 78),
    )
    assert newsparse.parse_text(capture).body == (LEAD, SECOND)


def _columns(rows: list[str]) -> list[int]:
    """How many columns each stretch of a capture holding `rows` under the text has."""
    raw = [_wrapped(SECOND, 78), "", *rows, "", _wrapped(THIRD, 78)]
    return [len(stretch.columns) for stretch in stretches("\n".join(raw).split("\n"))]


def test_a_gallerys_cells_of_short_lines_are_columns_not_a_tables_rows() -> None:
    # Its captions' credits, or the title as each picture's alt text, wrapped alike in each
    # cell, say a gallery; a table's rows of short cells are read row by row.
    credited = [
        "Dust storm over     The dry bed of     Ground",
        "Zabol seen from     the Hamoun         station in",
        "orbit               wetland            Zahak",
        "A dust plume over   The dry bed of     A ground",
        "Zabol on 14 August  the Hamoun         station in",
        "(Photo: Sepehr      wetland (Photo:    Zahak",
        "Imaging)            Sepehr Imaging)    (Photo:",
        "                                       ISTI)",
    ]
    copies = [
        "Student team        Student team        Student team",
        "tests its camera    tests its camera    tests its camera",
        "A soil probe        The folding ramp    A hearing aid",
        "shown at the fair   sold in Mashhad     prototype",
    ]
    figures = [
        "Village cluster     Units     Output",
        "Golmankhaneh        9         10,800",
        "Kasseh Gaptan       7         8,400",
        "Sheikh Ali          6         7,200",
    ]
    # A timetable's shared session keeps its time's cell: the table's rows.
    timetable = [
        "Time        Hall A              Hall B",
        "09:00       Opening session     Opening session",
        "10:30       Solar panels        Battery storage",
        "12:00       Lunch break         Lunch break",
        "13:30       Inverters           Grid tests",
    ]
    assert _columns(credited) == _columns(copies) == [1, 2, 1]
    assert _columns(figures) == _columns(timetable) == [1]
