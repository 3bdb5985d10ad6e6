"""What stands between the article's text and the site's footer, and in the footer's rows:
a tag box, a related list over bmn's labels, a visit counter or an address run on with the
copyright line; and above the article, a notice run into a short kicker, a byline run into
the info table's dated cell."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.rules_footer import copyright_line

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


def _page(*between: str, copyright_line: str = COPYRIGHT) -> str:
    return blank_lines_apart(
        "Home | News | Contact us",
        *INFO,
        "Head of the park:",
        TITLE,
        TITLE,
        LEAD,
        BODY,
        *between,
        *FOOTER,
        copyright_line,
    )


def test_a_tag_boxs_heading_and_its_tags_are_no_body() -> None:
    tags = ("Tags", "perovskite", "solar energy", "Isfahan Science and Technology Town")
    assert newsparse.parse_text(_page(*tags)).body == (LEAD, BODY)


def test_a_visit_counter_after_the_copyright_leaves_the_publisher() -> None:
    for row in (
        f"Last Update : Aug 10 2021 {COPYRIGHT} Visits today : 4,812 Total visits : 12,480,337",
        f"{COPYRIGHT} | Visits today : 4,812",
    ):
        record = newsparse.parse_text(_page(copyright_line=row))
        assert (record.publisher, record.warnings) == (
            "Vice-Presidency for Science and Technology",
            (),
        )


def test_an_address_run_on_before_the_copyright_leaves_the_publisher() -> None:
    row = f"Address: No. 21, Tehran Tel: 021-84191000 {COPYRIGHT}"
    record = newsparse.parse_text(_page(copyright_line=row))
    assert record.publisher == "Vice-Presidency for Science and Technology"


def test_bmns_labels_under_a_related_list_close_the_text_above_them() -> None:
    """The site's footer below holds as many words as a short article, in short lines."""
    footer = (
        "Useful links",
        "Vice-Presidency for Science and Technology",
        "Ministry of Science, Research and Technology",
        "Iran National Innovation Fund",
        "Phone: +98 21 8212 0000",
        "Fax: +98 21 8212 0099",
        "Email: info@bmn.ir",
        "Social networks",
        "Visitors today : 1,046",
        "Total visitors : 3,204,518",
    )
    text = blank_lines_apart(
        "Wednesday 11 December 2019",
        "Home | Programs | Contact us",
        "Robotics league:",
        TITLE,
        f"{LEAD} {BODY}",
        f"{BODY} {LEAD}",
        "The league's next round will be held in Isfahan in the spring, the foundation said.",
        "Related News",
        "First National Elites Robotics League opens in Tehran 2018/12/10",
        "Elite students meet foundation board on research grants 2019/11/27",
        "Publish date : 2019/12/08",
        "Code : 1286",
        "Visit count: 243",
        *footer,
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title, len(record.body)) == ("Robotics league", TITLE, 3)


def test_a_notice_run_into_a_short_kicker_leaves_the_kicker() -> None:
    top = "Please enable JavaScript in your browser to use all features of this site. Opinion:"
    text = _page().replace("Head of the park:", top)
    assert newsparse.parse_text(text).kicker == "Opinion"


def test_a_byline_run_into_the_info_tables_dated_cell_leaves_the_date() -> None:
    """html2text's table: the byline's cell, its wall, the date's cell."""
    text = blank_lines_apart(
        "Home | News | Contact us",
        "Opinion:",
        TITLE,
        "Dr. Maryam Ahmadi * | Aug 9 2021 - 11:40",
        "347",
        "Study time : 2 minute(s)",
        TITLE,
        LEAD,
        BODY,
        *FOOTER,
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert (str(record.published), record.views) == ("2021-08-09T11:40:00+04:30", 347)


def test_a_visit_counter_beside_the_copyright_cell_is_no_name() -> None:
    row = "All rights reserved for National Foundation of Elites      Today visits : 1284"
    record = newsparse.parse_text(_page(copyright_line=row))
    assert record.publisher == "National Foundation of Elites"


def test_a_row_of_tags_with_no_heading_above_the_news_group_is_no_body() -> None:
    assert newsparse.parse_text(_page("perovskite solar energy Isfahan")).body == (LEAD, BODY)
    # An author's footnote there stays the article's.
    note = "*Head of the Technology Studies Institute"
    assert newsparse.parse_text(_page(note)).body == (LEAD, BODY, note)


def test_the_buttons_the_news_group_ran_on_into_before_a_bar_are_no_category() -> None:
    row = "  * News group : NEWS,Technology Parks Print Share : Telegram WhatsApp"
    text = _page().replace(FOOTER[0], row)
    assert newsparse.parse_text(text).categories == ("NEWS", "Technology Parks")


def test_the_lead_set_above_the_titles_copy_is_no_kicker() -> None:
    """Persian pages print the title above the bullets; the lead may stand above the image
    whose alt text is the title's copy."""
    text = blank_lines_apart(
        "Home | News | Contact us",
        TITLE,
        *INFO,
        LEAD,
        TITLE,
        BODY,
        *FOOTER,
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.body) == (None, (LEAD, BODY))


def test_a_date_under_the_footers_labels_is_no_publication_date() -> None:
    """A page with no date of its own, a side box's lone item under its labels."""
    text = _page().replace("\n\n".join(INFO), "  * Study time : 2 minute(s)")
    text = text.replace(
        COPYRIGHT, f"Latest news\n\nFestival opens in Mashhad\n\nMay 6 2024\n\n{COPYRIGHT}"
    )
    record = newsparse.parse_text(text)
    assert (record.published, record.warnings) == (None, ("no publication date found",))


def test_a_poll_box_with_a_submit_button_is_no_body() -> None:
    poll = ("نظرسنجی", "کدام حوزه فناوری را بیشتر دنبال می‌کنید؟", "هوش مصنوعی", "انرژی", "ثبت نظر")
    text = _page().replace(BODY, "\n\n".join((*poll, BODY)))
    assert newsparse.parse_text(text).body == (LEAD, BODY)


def test_a_links_boxs_item_between_paragraphs_is_no_body() -> None:
    """A side column's links box printed inside the article: the sites' names alone."""
    for name in ("صندوق نوآوری و شکوفایی", "Vice-Presidency for Science and Technology"):
        text = _page().replace(BODY, f"{name}\n\n{BODY}")
        assert newsparse.parse_text(text).body == (LEAD, BODY)


def test_a_cells_credit_a_narrow_dump_set_inside_the_copyright_line_is_no_publisher() -> None:
    council = "Iran Nanotechnology Innovation Council"
    found = copyright_line(f"Copyright © {council}. Designed by Aryanic All rights reserved")
    assert found is not None
    assert found["name"] == council


def test_the_old_portals_row_a_cell_wrapped_after_its_numbers_label_is_read() -> None:
    # `15:17 - 21/07/2019    /    Number :` over `34877    /    Show Count : 143`.
    text = blank_lines_apart(
        "Tuesday, July 23, 2019-",
        "Home Page > news",
        f"News > {TITLE}",
        "Print        Send to Friend",
        "Head of the park;",
        TITLE,
        LEAD,
        BODY,
        "15:17 - 21/07/2019    /    Number :\n34877    /    Show Count : 143",
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
    )
    record = newsparse.parse_text(text)
    assert (record.published, record.news_code, record.views, record.warnings) == (
        "2019-07-21T15:17:00+04:30",
        34877,
        143,
        (),
    )
    assert record.body == (LEAD, BODY)


def test_a_line_of_hashtags_between_the_text_and_the_footer_is_no_body() -> None:
    record = newsparse.parse_text(_page("#solar #Semnan #standards"))
    assert record.body == (LEAD, BODY)
    # Persian ones too, after a sentence that names a tag is the text's.
    text = "The park's channel posts its news under the tags #solar and #Semnan."
    record = newsparse.parse_text(_page(text, "#پهپاد #استارتاپ #کشاورزی‌هوشمند"))
    assert record.body == (LEAD, BODY, text)
