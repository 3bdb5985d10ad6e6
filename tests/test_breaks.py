"""What a tool breaks or marks inside the article's text (wraps, superscripts, addresses),
and text that looks like chrome (a reference, a letter's date): each as the page wrote it."""

from __future__ import annotations

import textwrap

import newsparse
from test_galleries_and_tickers import INFO, KICKER
from test_rich_bodies import BODY, LEAD, TITLE, page


def test_a_line_broken_after_an_article_goes_on_whatever_case_follows() -> None:
    # lynx broke a line one column early: the next word opens with a capital (a name), and
    # the line above it ends on `a`, where no sentence ends.
    broken = (
        "Officials said the firms had to pass the same quality tests that\n"
        "foreign suppliers face. Eight of the twelve devices now carry a\n"
        "European conformity mark, and the other four are waiting for the\n"
        "results of laboratory checks in Germany."
    )
    record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, broken, BODY))
    assert record.body == (LEAD, " ".join(broken.split("\n")), BODY)


def test_a_superscripts_caret_is_the_tools_not_the_pages() -> None:
    # w3m, lynx, links and elinks print a `<sup>` after a caret, pandoc a run of marks in
    # brackets; a browser shows the marks alone, as the HTML capture gives them.
    authors = "Zahra Tavakoli1, Hamed Moghaddam1 and Kaveh Nouri1,2*"
    cited = "The best cell kept 19.7 percent at its end, measured under one sun[2]."
    printed = {
        "w3m": ("Zahra Tavakoli^1, Hamed Moghaddam^1 and Kaveh Nouri^1,2^*", "one sun^[2]."),
        "pandoc": (
            "Zahra Tavakoli^(1), Hamed Moghaddam^(1) and Kaveh Nouri^(1,2)^(*)",
            "one sun^([2]).",
        ),
    }
    for tool, (marked, cited_end) in printed.items():
        marked_cited = cited.replace("one sun[2].", cited_end)
        record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, marked, marked_cited, BODY))
        assert record.body == (LEAD, authors, cited, BODY), tool


def test_an_address_a_tool_cut_at_a_lines_end_is_joined_whole() -> None:
    # w3m cuts an address too long for what is left of a line after its `:` or a `/`.
    reference = (
        "[1] N. Farzaneh, A. Ghorbani. A fluorinated polymer barrier for perovskite solar "
        "cells. Advanced Energy Materials, 2023. https://doi.org/10.5555/advanced-energy-materials.2023.118240"
    )
    note = "See the data policy of the foundation's grant programme, section 7, at https://en.insf.org/Grants/Policy."
    wrapped = (
        "[1] N. Farzaneh, A. Ghorbani. A fluorinated polymer barrier for perovskite solar\n"
        "cells. Advanced Energy Materials, 2023. https://doi.org/10.5555/\n"
        "advanced-energy-materials.2023.118240"
    )
    cut = (
        "See the data policy of the foundation's grant programme, section 7, at https:\n"
        "//en.insf.org/Grants/Policy."
    )
    lead, body = (textwrap.fill(text, 80) for text in (LEAD, BODY))
    record = newsparse.parse_text(page(INFO, KICKER, TITLE, lead, body, "References", wrapped, cut))
    assert record.body == (LEAD, BODY, "References", reference, note)


def test_a_box_of_links_a_paste_lost_the_bullets_of_is_no_body() -> None:
    box = (
        "Related links\n"
        "Foundation opens registration for its industry postdoctoral grants\n"
        "Elite students meet heads of knowledge-based companies in Shiraz"
    )
    record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, BODY, box))
    assert record.body == (LEAD, BODY)


def test_a_line_opening_with_a_superscript_digit_is_text_not_a_pager() -> None:
    # `³`.isdigit() holds, but `int` reads no such number: a pager counts its pages in none.
    marks = "³ M. Karimi. Data stewards in Iranian universities. 2021, 3 (1), 12"
    record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, marks, BODY))
    assert record.body == (LEAD, marks, BODY)


def test_the_date_under_a_letters_signature_is_the_letters() -> None:
    signed = (
        "Respectfully,",
        "Hamidreza Tavakkoli-Nasab",
        "Vice-President for Science and Technology",
    )
    for date in ("Jan 12 2024", "21 July 2021", "March 1, 2020", "۲۳ آبان ۱۴۰۲"):
        record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, BODY, *signed, date))
        assert record.body == (LEAD, BODY, *signed, date), date
        assert record.published == "2023-11-08T11:45:00+03:30"


def test_a_title_ending_on_an_article_is_not_joined_to_the_lead() -> None:
    # A title may end on any word; a paragraph's line broken after `a` holds a sentence's
    # end before it, where a title holds none.
    title = "Foundation names the winners of its yearly award for the"
    record = newsparse.parse_text(page(INFO, KICKER, title, title, LEAD, BODY))
    assert (record.title, record.body) == (title, (LEAD, BODY))


def test_a_browsers_print_margins_are_no_text_and_a_page_break_no_paragraphs_end() -> None:
    # pdftotext of a page a browser printed to PDF: the date, time and title atop each page,
    # the address and the page's number at its foot; a page break falls inside a paragraph.
    header = "12/3/25, 10:12 AM                 Registration opens for the new round of the…"
    footer = "https://en.isti.ir/News/Registration-opens/96502                              {}/2"
    lead, body = (textwrap.wrap(text, 78) for text in (LEAD, BODY))
    layout = "\n".join(
        (header, "", *page(INFO, KICKER, TITLE, "\n".join(lead), "\n".join(body)).split("\n")[:-1])
    )
    # The break after the body's first line: its rest on the second page.
    first, rest = layout.split(body[1], 1)
    layout = f"{first}\n\n{footer.format(1)}\n\f{header}\n\n{body[1]}{rest}\n\n{footer.format(2)}\n"
    raw = layout.replace(header, "12/3/25, 10:12 AM\nRegistration opens for the new round of the…")
    raw = raw.replace("                              1/2", "\n1/2").replace(
        "                              2/2", "\n2/2"
    )
    for capture in (layout, raw):
        record = newsparse.parse_text(capture)
        assert (record.title, record.body) == (TITLE, (LEAD, BODY))
