"""What a tool or the page ran on into a line, set apart again: buttons after the news code,
a table's head after a flattened paragraph, an
address after the publisher's name, the short title before the kicker; the evidence a
tool ran a cell's paragraphs together; and a capture cut inside the body."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.copies import copies_run_on
from newsparse.grammar.lines import Line
from newsparse.readers.markdown import unmark

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


def _page(*article: str, footer: tuple[str, ...] = FOOTER) -> str:
    return blank_lines_apart(
        "Home | News | Contact us",
        *INFO,
        "Head of the park:",
        TITLE,
        *article,
        *footer,
        COPYRIGHT,
    )


def test_the_buttons_on_the_news_codes_line_leave_the_code() -> None:
    for line, code in (
        ("News code : 71285 Short link : https://en.isti.ir/x/kP4q", 71285),
        ("کد خبر : 76412 لینک کوتاه : https://isti.ir/x/kP4q", 76412),
    ):
        record = newsparse.parse_text(_page(LEAD, BODY, footer=(FOOTER[0], line)))
        assert (record.news_code, record.body, record.warnings) == (code, (LEAD, BODY), ())


def test_a_persian_keywords_line_is_no_body() -> None:
    tags = "کلمات کلیدی صادرات شرکت‌های دانش‌بنیان تجهیزات پزشکی"
    record = newsparse.parse_text(_page(LEAD, BODY, tags))
    assert record.body == (LEAD, BODY)


def test_an_address_set_as_markdown_is_its_text() -> None:
    assert unmark("کد خبر : 76412 لینک کوتاه : <https://isti.ir/x/kP4q>") == (
        "کد خبر : 76412 لینک کوتاه : https://isti.ir/x/kP4q"
    )


def test_a_pandoc_span_holding_links_is_its_text() -> None:
    line = "[Sunday 8 March 2020]{#lbl-date} [[فارسی](https://bmn.ir/) \\| [English](/en)]{.langs}"
    assert unmark(line) == "Sunday 8 March 2020 فارسی | English"


def test_a_tables_head_run_on_after_a_flattened_paragraph_leaves_it() -> None:
    head = f"{BODY} The park's figures: | Product| 2019| 2020  "
    capture = blank_lines_apart(
        *INFO,
        f"# {TITLE}",
        LEAD,
        "\n".join((head, "---|---|---  ", "Inverters| 12| 30  ", "Panels| 40| 95  ")),
        *FOOTER,
        COPYRIGHT,
    )
    record = newsparse.parse_text(capture)
    assert record.body == (
        LEAD,
        f"{BODY} The park's figures:",
        "Product 2019 2020",
        "Inverters 12 30",
        "Panels 40 95",
    )


def test_an_address_run_on_after_the_publishers_name_is_no_part_of_it() -> None:
    capture = _page(LEAD, BODY, footer=(*FOOTER[:1], "Code : 71285")).replace(
        COPYRIGHT,
        "All rights reserved for National Foundation of Elites No. 21, Shahid Kalantari St., "
        "Tehran, Iran - Tel: +98 21 8882 0000",
    )
    assert newsparse.parse_text(capture).publisher == "National Foundation of Elites"


def test_the_short_title_a_tool_ran_into_the_kicker_is_no_part_of_it() -> None:
    short = "Solar test laboratory opens Semnan science technology park"
    capture = blank_lines_apart(
        "Home | News | Contact us",
        *INFO,
        f"{short} Head of the park:",
        TITLE,
        LEAD,
        BODY,
        *FOOTER,
        COPYRIGHT,
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title) == ("Head of the park", TITLE)


def test_the_titles_copies_run_into_a_long_text_say_the_paragraphs_ran_together() -> None:
    # html2text flattens the article's table cell: the alt text, the caption and every
    # paragraph on one line, with nothing to say where one ends.
    run_on = f"{TITLE} {TITLE} {LEAD} {BODY} {BODY}"
    record = newsparse.parse_text(_page(run_on))
    words = len(f"{LEAD} {BODY} {BODY}".split())
    assert record.body == (f"{LEAD} {BODY} {BODY}",)
    assert record.warnings == (
        f"body paragraph of {words} words: paragraphs may have run together",
    )


def test_the_titles_copies_above_a_lead_say_nothing() -> None:
    record = newsparse.parse_text(_page(f"{TITLE} {TITLE}", LEAD, BODY))
    assert (record.body, record.warnings) == ((LEAD, BODY), ())


def test_a_capture_cut_inside_a_sentence_keeps_its_last_paragraph_whole() -> None:
    cut = f"{BODY} Two large producers have already tested"
    record = newsparse.parse_text(_page(LEAD, cut, footer=()).replace(COPYRIGHT, ""))
    assert record.body == (LEAD, cut)
    assert "capture looks truncated: no footer found" in record.warnings


def test_a_capture_cut_after_its_head_takes_the_old_portals_layout_from_its_address() -> None:
    html = (
        "<html><head><title>Solar test laboratory opens - Vice-Presidency for Science and "
        'Technology</title><link rel="canonical" href="https://en.isti.ir/index.aspx?'
        'siteid=30&amp;pageid=2865&amp;newsview=38127"></head><body>'
    )
    record = newsparse.parse_html(html)
    assert (record.layout, record.news_code) == ("old-portal", 38127)


def test_a_flattened_cells_info_items_footer_and_copyright_are_read() -> None:
    # html2text runs the article's table cell together: the info items and the kicker on
    # one line, the footer's labels after the last sentence, the footer's cells before the
    # copyright line.
    capture = blank_lines_apart(
        "Home | News | Contact us",
        "|  Aug 9 2021 - 11:40 347 Study time : 2 minute(s) Head of the park:",
        f"# {TITLE}",
        f"{LEAD} {BODY} News group : NEWS,Technology Parks News code : 71285 Print | Send to "
        "friend keywords solar Semnan",
        "About us | Site map No. 20, Pirouz Alley, Tehran - Tel: +98 21 8619 0000 Last Update : "
        f"Feb 19 2025 {COPYRIGHT}",
    )
    record = newsparse.parse_text(capture)
    assert (record.published, record.views, record.study_minutes) == (
        "2021-08-09T11:40:00+04:30",
        347,
        2,
    )
    assert (record.kicker, record.title, record.body) == (
        "Head of the park",
        TITLE,
        (f"{LEAD} {BODY}",),
    )
    assert (record.categories, record.news_code) == (("NEWS", "Technology Parks"), 71285)
    assert record.publisher == "Vice-Presidency for Science and Technology"


def test_a_right_to_left_footer_rows_last_update_cell_is_no_part_of_the_publisher() -> None:
    name = "معاونت علمی و فناوری ریاست جمهوری"
    for footer in (
        f"کلیه حقوق این سایت متعلق به {name} می‌باشد آخرین بروزرسانی : ۲۷ آبان ۱۴۰۲",
        f"کلیه حقوق این سایت متعلق به {name} می‌باشد| آخرین بروزرسانی : ۲۷ آبان ۱۴۰۲",
        # A text browser's two cells side by side, the copyright's wrapped under it.
        "کلیه حقوق این سایت متعلق به معاونت علمی و   آخرین بروزرسانی : ۲۷ آبان ۱۴۰۲\n"
        "فناوری ریاست جمهوری می‌باشد",
    ):
        capture = _page(LEAD, BODY).replace(COPYRIGHT, footer)
        assert newsparse.parse_text(capture).publisher == name, footer


def test_the_study_time_and_the_news_code_on_one_row_are_both_read() -> None:
    for row in (
        "Study time : 2 minute(s) News code : 71285",
        f"Study time : 2 minute(s) News code : 71285 {TITLE}",
    ):
        capture = blank_lines_apart(
            *INFO[:2], "Head of the park:", TITLE, row, LEAD, BODY, FOOTER[0], COPYRIGHT
        )
        record = newsparse.parse_text(capture)
        assert (record.study_minutes, record.news_code, record.body) == (2, 71285, (LEAD, BODY))


def test_bmns_date_after_a_skip_link_is_the_capture_date() -> None:
    capture = _page(LEAD, BODY).replace(
        "Home | News | Contact us", "Skip to main content Wednesday 11 December 2019"
    )
    assert newsparse.parse_text(capture).captured_on == "2019-12-11"


def test_a_long_title_printed_twice_is_no_sign_the_paste_was_wrapped() -> None:
    # A paste holds a paragraph a line; a title past 120 characters twice over, no sentence
    # ending it, looked like lines a tool broke off at the width of the longest paragraph.
    title = (
        f"{TITLE} with support from the national fund for returning researchers and its partners"
    )
    paragraphs = [
        f"{LEAD} The laboratory cost 42 billion rials.",
        BODY,
        f"{BODY.replace('Tehran', 'Isfahan')} {LEAD.replace('Monday', 'Sunday')}",
    ]
    capture = "\n".join(
        (
            "Home",
            *(line.strip(" *") for line in INFO),
            "Head of the park:",
            title,
            title,
            *paragraphs,
            *(line.strip(" *") for line in FOOTER),
            COPYRIGHT,
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.body) == (title, tuple(paragraphs))


def test_the_titles_copies_run_on_through_a_share_bar_say_the_paragraphs_ran_together() -> None:
    run_on = (
        f"{TITLE} {TITLE} Share this story: Telegram WhatsApp X LinkedIn Print | Email to a "
        f"friend {LEAD} {BODY} {BODY}"
    )
    record = newsparse.parse_text(_page(run_on))
    assert record.title == TITLE
    assert [w.split(":")[1] for w in record.warnings] == [" paragraphs may have run together"]


def test_a_lead_opening_with_a_short_title_is_no_run_on() -> None:
    # A lead may open with a short title's words; a long title printed once and run into
    # more than a lead is a copy (a caption) the tool ran the text on to.
    text = f"{LEAD} {BODY} {BODY}"
    assert not copies_run_on([Line(f"Winter school {text}")], "Winter school", 60)
    assert copies_run_on([Line(f"{TITLE} {text}")], TITLE, 60)
    assert copies_run_on([Line(f"Winter school Winter school {text}")], "Winter school", 60)


def test_an_alt_text_run_into_the_titles_copy_under_it_is_no_wrapped_title() -> None:
    # lynx prints an image's lower-case alt text run into its caption, a copy of the title,
    # under the title with no end punctuation: no sentence broken across the two lines.
    record = newsparse.parse_text(_page(f"solar panels {TITLE}", LEAD, BODY))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_an_escaped_star_in_italic_text_is_the_pages_own() -> None:
    assert unmark("*\\* Leila Hosseini heads the foundation's office.*") == (
        "* Leila Hosseini heads the foundation's office."
    )
    assert unmark("grades \\*A\\* and \\_B\\_ are *new*") == "grades *A* and _B_ are new"


def test_pandocs_italic_footnote_under_the_text_keeps_its_star() -> None:
    note = "* Dr. Karimi teaches solar engineering at Semnan University."
    menu = "[Home](https://en.isti.ir/) | [News](https://en.isti.ir/News)\n\n"
    capture = menu + _page(LEAD, BODY, f"*\\{note}*").replace("  * ", "- ")
    record = newsparse.parse_text(capture)
    assert record.body == (LEAD, BODY, note)


def test_a_gallery_rows_image_cell_leaves_no_wall_before_its_caption() -> None:
    assert unmark("![](/Gallery/6127/4.jpg)| The three prize winners") == (
        "The three prize winners"
    )
