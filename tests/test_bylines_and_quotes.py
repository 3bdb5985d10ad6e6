"""Two writers credited after `By`, and a pull quote of a few words run on after the
paragraph it repeats."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.bylines import is_byline

TITLE = "Technology fairs should count signed contracts, not visitors"
LEAD = (
    "Organisers of Iran's technology fairs like to close each event with a number of "
    "visitors, and this year's exhibition in Tehran reported a record."
)
SECOND = (
    "Our analysis of three past editions suggests that the figure tells little about "
    "the contracts the companies signed there."
)
INFO = ("  * Jan 17 2018 - 10:05", "  * 112", "  * Study time : 2 minute(s)")
FOOTER = ("  * News group : NEWS,Notes", "  * News code : 31840", COPYRIGHT)


def test_two_writers_credited_after_by_are_a_byline() -> None:
    assert is_byline("By Hamed Tavakoli and Leila Sadri")
    assert not is_byline("By land and sea")
    record = newsparse.parse_text(
        blank_lines_apart(
            *INFO, "Analysis:", TITLE, "By Hamed Tavakoli and Leila Sadri", LEAD, SECOND, *FOOTER
        )
    )
    assert (record.title, record.body) == (TITLE, (LEAD, SECOND))


def test_a_few_quoted_words_run_on_after_the_paragraph_they_repeat_are_a_pull_quote() -> None:
    # lynx sets the pull quote's block under the paragraph with no blank line between.
    paragraph = (
        "مشکل اصلی کیفیت پژوهش نیست؛ پژوهشگر نمی‌داند نتیجه کار او به چه کسی فروخته خواهد شد."
    )
    quote = "«مشکل اصلی کیفیت پژوهش نیست»"
    record = newsparse.parse_text(
        blank_lines_apart(
            *INFO, "Analysis:", TITLE, TITLE, LEAD, f"{paragraph} {quote}", SECOND, *FOOTER
        )
    )
    assert record.body == (LEAD, paragraph, SECOND)
    # A quoted phrase the paragraph does not hold stays (a name it gives, a slogan).
    slogan = "«دانش برای همه، همه برای دانش»"
    record = newsparse.parse_text(
        blank_lines_apart(
            *INFO, "Analysis:", TITLE, TITLE, LEAD, f"{paragraph} {slogan}", SECOND, *FOOTER
        )
    )
    assert record.body == (LEAD, f"{paragraph} {slogan}", SECOND)


def test_credits_two_to_a_line_are_a_byline() -> None:
    assert is_byline("Photo: Hamed Rostami Written by Sara Jafari, Omid Rahimi and Nasim Karimi")
    assert is_byline("Report: Ali Karimi / Photo: Reza Amini")
    assert not is_byline("Photo: the new hall Written by the park's team")


def test_a_box_on_the_writer_says_who_they_are() -> None:
    # A column's box: the writer's name, and a line opening with it (a note's mark on it).
    for about in (
        "Mehran Azizi is a senior researcher in technology policy.",
        "* Mehran Azizi is a senior researcher in technology policy.",
        "Mehran Azizi teaches technology policy at the University of Tehran.",
    ):
        record = newsparse.parse_text(
            blank_lines_apart(
                *INFO, "Analysis:", TITLE, TITLE, LEAD, SECOND, "Mehran Azizi", about, *FOOTER
            )
        )
        assert record.body == (LEAD, SECOND)
    # A caption's name and a line on what they do in the picture are the text's.
    caption = ("Sara Ahmadi", "Sara Ahmadi leads a tour of the new lab in Karaj")
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Analysis:", TITLE, TITLE, LEAD, SECOND, *caption, *FOOTER)
    )
    assert record.body == (LEAD, SECOND, *caption)
    # A star note alone on the writer is the text's, as the page prints it.
    note = "* Mehran Azizi is a senior researcher in technology policy."
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Analysis:", TITLE, TITLE, LEAD, SECOND, note, *FOOTER)
    )
    assert record.body == (LEAD, SECOND, note)


def test_a_sentence_a_br_broke_before_the_names_it_lists_is_one() -> None:
    lines = [
        "The central committee is made up of",
        "Dr. Kaveh Behzadi, University of Tehran,",
        "Dr. Leila Faramarzi, Sharif University of Technology, and",
        "Dr. Omid Sadeghi, Isfahan University of Technology.",
    ]
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Analysis:", TITLE, TITLE, LEAD, "\n".join(lines), SECOND, *FOOTER)
    )
    assert record.body == (LEAD, " ".join(lines), SECOND)


def test_a_quoted_pull_quote_that_marks_what_it_leaves_out_repeats_the_text() -> None:
    quote = '"The count is a door, not a result. It ... does not say whether the product was sold."'
    lead = (
        "The count is a door, not a result. It gives a company access to tax relief, to "
        "loans on easier terms and to public procurement, and it says that at a given moment "
        "the company had a product with a certain level of technology, as its evaluators "
        "judged it then. It does not say whether the product was sold."
    )
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Analysis:", TITLE, TITLE, lead, quote, SECOND, *FOOTER)
    )
    assert record.body == (lead, SECOND)
    # Its pieces out of the text's order quote nothing.
    other = '"It does not say whether the product was sold ... The count is a door."'
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Analysis:", TITLE, TITLE, lead, other, SECOND, *FOOTER)
    )
    assert record.body == (lead, other, SECOND)


def test_several_writers_boxes_each_open_with_the_name() -> None:
    boxes = [
        "Ali RostamiAli Rostami",  # w3m: the photo's alt text run into the name
        "Ali Rostami is a pharmaceutical biotechnologist and adviser to the Council.",
        "Neda Karimi",
        "Neda Karimi heads the regulatory affairs unit of a biopharmaceutical company.",
    ]
    byline = "By Ali Rostami and Neda Karimi"
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Analysis:", TITLE, TITLE, byline, LEAD, SECOND, *boxes, *FOOTER)
    )
    assert record.body == (LEAD, SECOND)


def test_three_writers_right_under_the_title_are_a_byline() -> None:
    assert is_byline("Ali Rostami, Neda Karimi and Omid Haghi", loose=True)
    assert not is_byline("Tehran, Isfahan and Shiraz", loose=True)


def test_a_persian_writers_box_names_them_with_and_without_their_title() -> None:
    box = ["مهدی صادقی", "دکتر مهدی صادقی", "مهدی صادقی عضو هیئت علمی دانشگاه صنعتی شریف است."]
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Analysis:", TITLE, TITLE, LEAD, SECOND, *box, *FOOTER)
    )
    assert record.body == (LEAD, SECOND)


def test_a_names_title_ends_no_sentence_a_caption_could_follow() -> None:
    # lynx wrapped a board's list: the title `Dr.` is no sentence's end.
    board = (
        "Eng. Shirin Kamali, managing director of a vaccine producer and member of the board "
        "Dr. Omid Tavakoli of the Pasteur Institute of Iran and of the council"
    )
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Analysis:", TITLE, TITLE, LEAD, board, SECOND, *FOOTER)
    )
    assert record.body == (LEAD, board, SECOND)


def test_sections_on_people_the_text_names_are_no_writers_boxes() -> None:
    # A feature's last sections, a person each: the text above names them.
    sections = [
        "Sara Jafari",
        "Sara Jafari grew up in Tabriz and studied chemistry before joining the scheme.",
        "Omid Rahimi",
        "Omid Rahimi is a software engineer who leads a data team in Shiraz.",
    ]
    intro = "Two of the fellows, Sara Jafari and Omid Rahimi, tell their stories below."
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Analysis:", TITLE, TITLE, LEAD, intro, *sections, *FOOTER)
    )
    assert record.body == (LEAD, intro, *sections)


def test_a_writers_name_over_a_box_about_them_is_the_boxs() -> None:
    # The photo's alt text (their name) over `About the writer`, the line under it opening
    # with the name.
    box = [
        "Mahsa Rezvani",
        "About the writer",
        "Mahsa Rezvani teaches innovation policy at Sharif University.",
    ]
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Analysis:", TITLE, TITLE, LEAD, SECOND, *box, *FOOTER)
    )
    assert record.body == (LEAD, SECOND)


def test_two_writers_set_apart_by_a_persian_comma_each_starred_are_a_byline() -> None:
    assert is_byline("دکتر مریم کاظمی *، دکتر علی نوروزی **")
    assert is_byline("Ali Rostami *, Neda Karimi **")
    # (A tool may take the last writer's stars for a mark of strong text.)
    assert is_byline("دکتر مریم کاظمی *، دکتر علی نوروزی")
    assert not is_byline("Ali Rostami, Neda Karimi")


def test_notes_on_a_second_and_third_writer_keep_their_stars_in_text() -> None:
    title = "Three views on the water crisis of the central plateau"
    notes = (
        "* Nasrin Alavi is a hydrologist at Shiraz University.",
        "** Kamran Ebrahimi is a data scientist at Amirkabir University of Technology.",
        "*** Pejman Hosseini is a research librarian at the National Library of Iran.",
    )
    lead = (
        "Iran's aquifers lose more water each year than the rain gives back, and the three "
        "of us, from three fields, see the same warning in our data."
    )
    text = blank_lines_apart(
        "  * Nov 9 2023 - 08:30",
        "  * 412",
        "  * Study time : 1 minute(s)",
        "Viewpoint;",
        title,
        "Dr. Nasrin Alavi*, Dr. Kamran Ebrahimi** and Pejman Hosseini***",
        title,
        lead,
        *notes,
        "  * News group : Opinion",
        "  * News code : 61207",
        COPYRIGHT,
    )
    assert newsparse.parse_text(text).body == (lead, *notes)


def test_two_writers_sharing_their_notes_star_are_a_byline_and_their_box_is_no_body() -> None:
    assert is_byline("Hamed Saberi and Leila Moradi *")
    assert is_byline("حامد صابری و لیلا مرادی *")
    # (Words joined by `and` with no names' capitals are no writers.)
    assert not is_byline("Research and development *")
    box = [
        "About the writers",
        "Hamed Saberi is an assistant professor of materials engineering in Isfahan.",
        "Leila Moradi is a researcher in cognitive neuroscience in Tehran.",
    ]
    record = newsparse.parse_text(
        blank_lines_apart(
            *INFO,
            "Viewpoint;",
            TITLE,
            "Hamed Saberi and Leila Moradi *",
            LEAD,
            SECOND,
            *box,
            *FOOTER,
        )
    )
    assert record.body == (LEAD, SECOND)


def test_the_last_of_starred_writers_may_have_lost_its_stars_to_a_reader() -> None:
    # A reader takes `**` ending a line for a mark of strong text, and drops it.
    assert is_byline("Mohammad Reza Amini *, Shirin Taheri")
    assert not is_byline("Mohammad Reza Amini *, and the rest of the team")
    capture = blank_lines_apart(
        "Home | News | Contact us",
        "  * Dec 2 2019 - 15:17",
        "  * 412",
        "Viewpoint;",
        "Small satellites need a common launch queue, not twelve separate contracts",
        "Mohammad Reza Amini *, Shirin Taheri **",
        "Translated by: Narges Tavakoli",
        LEAD,
        SECOND,
        "  * News group : NEWS,Opinion",
        "  * News code : 41876",
        COPYRIGHT,
    )
    assert newsparse.parse_text(capture).body == (LEAD, SECOND)
