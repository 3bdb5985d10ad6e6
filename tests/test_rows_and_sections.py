"""A header row holding the site's name, the date and a language link; share bars of icon
letters; a tag list with no colon under a wrapped paragraph; a subheading over a credited
picture; a headline list's count right above the article's date; a paste's title over its
lead with no blank line; the short title beside the title it was cut from."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.bar_words import is_box_line
from newsparse.grammar.top_cells import weekday_dashed_end
from newsparse.readers.widths import wrap_width

TITLE = "Tabriz incubator opens its doors to twenty-five student teams from four faculties"
LEAD = (
    "The University of Tabriz opened a technology incubator on its main campus on Wednesday, "
    "giving twenty-five student teams desks, a workshop and a year of free mentoring."
)
BODY = (
    "Teams of two to five students may apply with a working prototype, and a panel of "
    "professors and investors chooses new teams twice a year."
)
INFO = ("  * Nov 5 2025 - 16:40", "  * 175", "  * Study time : 1 minute(s)")
FOOTER = ("  * News group : NEWS,Universities", "  * News code : 4410")


def _page(*article: str, above: tuple[str, ...] = ()) -> str:
    return blank_lines_apart(
        *above, *INFO, "Start-up week:", TITLE, *article, *FOOTER, COPYRIGHT,
    )  # fmt: skip


def test_a_header_row_of_the_sites_name_its_date_and_a_language_link_dates_the_capture() -> None:
    row = "National Foundation of Elites Sunday 15 December 2019 فارسی"
    found = weekday_dashed_end(row)
    assert found is not None
    assert found["date"] == "Sunday 15 December 2019"
    record = newsparse.parse_text(_page(LEAD, BODY, above=(row, "Home | News | Contact us")))
    assert record.captured_on == "2019-12-15"
    # Words that are no chrome after the date: a headline's, no header row.
    assert (
        weekday_dashed_end("National Foundation of Elites Sunday 15 December 2019 awards") is None
    )


def test_a_share_bar_of_icon_letters_under_its_label_is_no_body() -> None:
    assert is_box_line("Share f t in Telegram")
    assert is_box_line("Share: f t in")
    assert not is_box_line("Share the results with the team")
    record = newsparse.parse_text(_page(LEAD, BODY, "Share f t in Telegram"))
    assert record.body == (LEAD, BODY)


def test_a_tag_list_with_no_colon_opens_its_own_line_under_a_wrapped_paragraph() -> None:
    capture = "\n".join(
        [
            "   * Nov 5 2025 - 16:40",
            "   * 175",
            "   * Study time : 1 minute(s)",
            "",
            "   Start-up week:",
            "",
            f"   {TITLE}",
            "",
            "   Tehran Technology Week runs until Saturday at the International",
            "   Exhibition Centre, with some 300 companies showing their products.",
            "   keywords [9]science parks, [10]start-ups, [11]Tehran Technology Week",
            "   Share [12]f [13]t [14]in [15]Telegram",
            "     * News group : NEWS,Universities",
            "     * News code : 4410",
            "",
            f"   {COPYRIGHT}",
        ]
    )
    record = newsparse.parse_text(capture + "\n")
    assert record.body == (
        "Tehran Technology Week runs until Saturday at the International Exhibition Centre, "
        "with some 300 companies showing their products.",
    )


SECTIONS = (
    "Why the fair was held",
    "The park's director said many factory managers still do not know that the part "
    "they import is made by a small company a few kilometres away.",
    "He added that every company must hold at least one formal meeting with an "
    "industrial buyer during the four days of the fair.",
    "Sections of the fair",
    "A general view of the main hall on the opening day (Photo: Mohammad Karimi)",
    "The stands were set out in five sections, from oil and gas equipment to industrial "
    "software and advanced materials for the region's factories.",
    "Voices of the companies",
    "The head of a pump maker said it had tried for years to get a meeting with the "
    "purchasing manager of a refinery, and got one on the first day.",
)


def test_a_subheading_over_a_credited_picture_in_a_sectioned_text_is_body() -> None:
    record = newsparse.parse_text(_page(LEAD, *SECTIONS))
    assert "Sections of the fair" in record.body
    assert not any("Photo:" in paragraph for paragraph in record.body)


def test_an_alt_text_the_caption_opens_with_is_no_subheading() -> None:
    sections = list(SECTIONS)
    sections[3:5] = [
        "The main hall",
        "The main hall on the opening day (Photo: Mohammad Karimi)",
    ]
    record = newsparse.parse_text(_page(LEAD, *sections))
    assert "The main hall" not in record.body
    assert "Voices of the companies" in record.body


def test_a_headline_lists_count_right_above_the_articles_date_is_the_items() -> None:
    capture = "\n".join(
        [
            "Latest news",
            "",
            "     * Drone makers show 60 products at the Kish fair",
            "       Nov 5 2025 - 11:10",
            "       • 148",
            # lynx runs the last item's date onto its headline, the line being short.
            "     * Elites Foundation names winners of the Alborz award Nov 3 2025 - 09:00",
            "       • 377",
            "",
            *INFO,
            "",
            "   Start-up week:",
            "",
            f"   {TITLE}",
            "",
            f"   {LEAD}",
            "",
            f"   {BODY}",
            "",
            *FOOTER,
            "",
            COPYRIGHT,
        ]
    )
    record = newsparse.parse_text(capture + "\n")
    assert (record.views, record.published) == (175, "2025-11-05T16:40:00+03:30")


def test_a_pastes_title_over_its_lead_is_no_wrap_beside_a_sentence_twice_its_length() -> None:
    # Two lines near one length, each with a line under it, and a whole sentence on one line
    # past twice that length: no tool wrapped this.
    lead = (
        "The University of Tabriz opened a technology incubator on its main campus on "
        "Wednesday for student teams."
    )
    body = (
        "Teams of two to five students may apply with a working prototype or a tested idea, "
        "and a panel of professors and investors from the science park chooses new teams "
        "twice a year, in spring and autumn."
    )
    raw = [
        "Today : Saturday Nov 8 2025",
        "Home",
        "Tabriz incubator opens doors to twenty-five teams",
        "Nov 5 2025 - 16:40",
        "175",
        "Study time : 1 minute(s)",
        "Start-up week:",
        "Tabriz incubator opens its doors to twenty-five teams",
        lead,
        "",
        body,
        "",
    ]
    assert wrap_width(raw) is None
    record = newsparse.parse_text("\n".join([*raw, *FOOTER, COPYRIGHT]) + "\n")
    assert record.title == "Tabriz incubator opens its doors to twenty-five teams"
    # A tool's wrap at the same width, over many lines, is still one.
    wrapped = [LEAD[:50], LEAD[50:100], LEAD[100:], "", BODY[:52], BODY[52:104], BODY[104:]]
    assert wrap_width(wrapped) is not None


def test_the_short_title_cut_from_the_title_is_no_rival_to_it() -> None:
    title = (
        "Biotechnology council and three medical universities agree to share clinical trial "
        "data so that domestic producers can register their medicines sooner"
    )
    short = "Biotechnology council three medical universities agree share cli"
    # The head's `<title>` holds the short title, as the CMS's often does.
    html = f"""<html><head><title>{short}</title></head><body>
<p>{short}</p>
<ul><li>Nov 5 2025 - 16:40</li><li>175</li><li>Study time : 1 minute(s)</li></ul>
<p>Agreement:</p><h2>{title}</h2>
<figure><img src="a.jpg"><figcaption>{title}</figcaption></figure><p>{LEAD}</p><p>{BODY}</p>
<ul><li>News group : NEWS,Universities</li><li>News code : 4410</li></ul>
<p>{COPYRIGHT}</p></body></html>"""
    record = newsparse.parse_html(html)
    assert (record.title, record.warnings) == (title, ())
