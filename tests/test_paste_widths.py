"""Whether a capture was wrapped at a width, told by its lines: a paste's paragraphs, each
one line far past a width its short lines fall near by chance, were wrapped by no tool;
and what html2text ran together in a layout table's cell, under a heading it wrapped and
after an image's alt text."""

from __future__ import annotations

import textwrap

from newsparse.readers.cell_runs import cell_openings
from newsparse.readers.indents import one_text_near
from newsparse.readers.whole_lines import sentences_past

LEAD = (
    "Knowledge-based companies in Bushehr, Hormozgan and Khuzestan created 4,800 new jobs "
    "between March and June, most of them for university graduates, a report shows."
)
OVER_A_LIST = "The firms showed their products in the four sections the organisers listed:"
LAST = (
    "The headquarters plans to open two more innovation centres in Bandar Abbas and Ahvaz "
    "before the end of the year."
)
TITLE = "Knowledge-based firms in three southern provinces created 4,800 jobs in four months"
COPYRIGHT = "Copyright © Vice-Presidency for Science and Technology. All rights reserved."


def test_a_sentence_over_a_list_under_a_paragraph_runs_past_no_wrap() -> None:
    assert sentences_past([LEAD, OVER_A_LIST, "smart irrigation systems"], 60, len)


def test_two_sentences_apart_each_past_twice_the_width_were_never_wrapped() -> None:
    raw = [LEAD, "", "Province Companies New jobs", "Bushehr 112 1,350", "", LAST]
    assert sentences_past(raw, 43, len)
    # One such line is a heading a tool left whole; one text twice, its copies.
    assert not sentences_past([LEAD, "", "Province Companies New jobs"], 43, len)
    assert not sentences_past([LEAD, "", "Bushehr 112 1,350", "", LEAD], 43, len)


def test_the_pages_last_line_near_a_width_is_no_wrap_beside_the_titles_copies() -> None:
    raw = [TITLE, TITLE, LEAD, "", "10:20 - 31/07/2018 / Number : 34871", COPYRIGHT]
    assert one_text_near(raw, 83, len)
    assert not one_text_near([*raw, "Sunday"], 83, len)


def _wrapped(text: str) -> list[str]:
    return textwrap.wrap(text, 79)


def test_html2text_running_a_cells_paragraphs_under_its_wrapped_heading_is_seen() -> None:
    tail = "with a third of the money going to water and energy studies in the driest provinces"
    heading = _wrapped(f"# {TITLE}, {tail} of the country.")
    body = _wrapped(f"{LEAD} {LAST}")
    raw = ["|  INSF annual report;", "", *heading, "", *heading, "", *body]
    raw += ["", "  * News code : 2291", "Enter the text inside the security image :*  ", "---|---"]
    assert cell_openings(raw)[0] == "knowledge based companies in bushehr hormozgan"


def test_an_images_alt_text_opening_a_cells_run_is_no_opening_of_it() -> None:
    image = f"![{TITLE}](/files/34871.jpg)"
    raw = [*_wrapped(f"{image} {LEAD} {LAST}"), "", "There are 0 comment(s) |", "---|---"]
    assert cell_openings(raw)[0] == "knowledge based companies in bushehr hormozgan"
