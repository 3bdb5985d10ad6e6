"""A `<br>` inside a sentence (its names or an address on lines of their own) joined again,
where a heading, a letter's salutation or its closing stays apart; html2text's table cells
that wall nothing: a lone cell under a one-column table's rule, a first cell above the first
wall, whose unwrapped lines run the cell's paragraphs together."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT
from newsparse.readers.cell_runs import cell_openings

TITLE = "Elites foundation opens its postdoctoral grant to graduates of foreign universities"
INFO = ("  * Dec 8 2021 - 10:30", "  * 236", "  * Study time : 1 minute(s)")
FOOTER = ("  * News group : NEWS,Elites", "  * News code : 4412")
LEAD = (
    "The National Foundation of Elites has opened applications for its postdoctoral grant, "
    "which funds two years of research at Iranian universities."
)
JURY = (
    "The jury of this round is made up of",
    "Dr. Mahnaz Rostami (chair), Sharif University of Technology,",
    "Dr. Kaveh Behzadi, University of Tehran, and",
    "Dr. Laleh Nourbakhsh, Isfahan University of Technology.",
)
LAST = "Results will be announced in March."


def _page(*body: str, breaks: str = "\n") -> str:
    """A text capture whose body's lines a tool printed one under the other (`breaks`)."""
    head = "\n".join([*INFO, "", "Research grants:", "", TITLE, "", TITLE, ""])
    tail = "\n".join(["", *FOOTER, "", COPYRIGHT, ""])
    return f"{head}\n{LEAD}\n\n{breaks.join(body)}\n\n{LAST}\n{tail}"


def test_a_sentence_a_br_set_on_lines_of_its_own_is_one_paragraph() -> None:
    record = newsparse.parse_text(_page(*JURY))
    assert record.body == (LEAD, " ".join(JURY), LAST)
    assert record.warnings == ()


def test_the_same_sentence_in_html_is_the_same_paragraph() -> None:
    html = (
        f"<html><body><ul><li>Dec 8 2021 - 10:30</li><li>236</li>"
        f"<li>Study time : 1 minute(s)</li></ul><p>Research grants:</p><h1>{TITLE}</h1>"
        f'<img alt="{TITLE}"><p>{LEAD}</p><div>{"<br>".join(JURY)}</div><p>{LAST}</p>'
        f"<ul><li>News group : NEWS,Elites</li><li>News code : 4412</li></ul>"
        f"<p>{COPYRIGHT}</p></body></html>"
    )
    assert newsparse.parse_html(html).body == (LEAD, " ".join(JURY), LAST)


def test_a_heading_ending_on_a_preposition_stays_apart() -> None:
    heading = "Where the money comes from"
    text = "The review also surveyed the fellows, who asked for faster purchases."
    record = newsparse.parse_text(_page(heading, text))
    assert record.body == (LEAD, heading, text, LAST)


def test_a_letters_salutation_and_closing_stay_apart() -> None:
    letter = (
        "Dear colleagues,",
        "We write to invite you to the foundation's next meeting in Tehran this spring.",
        "Respectfully,",
        "Hamid Sadeghzadeh",
    )
    record = newsparse.parse_text(_page(*letter))
    assert record.body == (LEAD, *letter, LAST)


def _wrapped(text: str, width: int = 78) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


SECOND = (
    "Applicants must have defended their doctoral thesis no more than three years before "
    "the deadline, and each must name a host laboratory."
)


def test_a_lone_cell_under_a_one_column_tables_rule_runs_its_paragraphs_together() -> None:
    cell = _wrapped(f"{LEAD} {SECOND}")
    capture = "\n".join(
        [*INFO, "", f"# {TITLE}", "", f"![{TITLE}](/x.jpg) {TITLE}  ", "---  ", *cell, "", *FOOTER]
    )
    assert cell_openings(capture.splitlines()) == ("the national foundation of elites has",)
    # One paragraph: a blank line sets the next row apart, however it reads.
    assert cell_openings([*capture.splitlines()[:7], LEAD, "", SECOND]) == ()


def test_a_first_cell_html2text_left_unwrapped_above_the_first_wall_runs_together() -> None:
    # A comment under the table, wrapped: the capture wraps what stands in no table.
    comment = ["", *_wrapped(f"Reza : {SECOND}")]
    assert len(comment) > 2
    row = [f"# {TITLE}", "", f"{LEAD} {SECOND} | ", "", "### Most viewed", "---|---", *comment]
    assert cell_openings(row) == ("the national foundation of elites has",)
    # Three paragraphs kept apart on lines of their own: html2text kept the cell's apart.
    kept = [f"{LEAD} {LEAD}", f"{SECOND} {SECOND}", f"{LEAD} {SECOND} | ", "---|---", *comment]
    assert cell_openings(kept) == ()
    # A paragraph above it wrapped: the article's paragraphs stand in no table's cell.
    above = [*_wrapped(f"{SECOND} {LEAD}"), "", f"{LEAD} {SECOND} | ", "---|---", *comment]
    assert cell_openings(above) == ()
    # A capture that wraps no paragraph leaves every line whole: a long line is no cell's.
    assert cell_openings([f"{LEAD} {SECOND}", "", f"{LEAD} {SECOND} | ", "---|---"]) == ()
