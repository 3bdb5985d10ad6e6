"""Furniture a page sets inside its article: a promotion's box (an advertisement, a sponsor's
card, an event's promo), the date it was last changed, a press release's note on who sent
it; what a page shows before its script has run (a count not filled in, `Loading...`, the
text in `<noscript>`); a series' box of its parts; and a sister site's page that is no news
page, whose rights line is all it shares with one."""

from __future__ import annotations

import pytest

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.info_again import updated_line

TITLE = "Domestic enzyme for DNA testing kits passes quality checks"
INFO = "  • Feb 12 2025 - 8:40\n  • 298\n  • Study time : 1 minute(s)"
LEAD = (
    "A domestic Taq DNA polymerase, the heat-resistant enzyme at the heart of every PCR "
    "test, has passed the quality checks of the Food and Drug Administration."
)
MIDDLE = (
    "The enzyme is produced in bacteria that carry its gene and is purified in three "
    "chromatography steps, the council said."
)
LAST = "Two kit makers have already signed contracts with the producer for next year."
FOOTER = "  • News group : NEWS,Medical biotechnology\n  • News code : 96307"


def _parsed(*between: str) -> newsparse.Record:
    return newsparse.parse_text(
        blank_lines_apart(INFO, "Molecular diagnostics;", TITLE, LEAD, *between, LAST, FOOTER)
        + f"\n\n{COPYRIGHT}\n"
    )


@pytest.mark.parametrize(
    "box",
    [
        # A sponsor's box under its label, down to its call to act.
        (
            "Sponsored",
            "Cold-chain storage for research samples",
            "BioFreeze offers minus-80 freezers with remote alarms. Learn more",
        ),
        # An event's promo, down to its date.
        (
            "Event · National Conference on Molecular Diagnostics",
            "Mar 4 2025 - 9:00 · Shahid Beheshti University, Tehran",
        ),
        # A product's card: its name, its price, its button.
        ("AgriSense soil sensor kit", "4,900,000 Rials", "Order now"),
        # An advertisement's label and its banner's alt text, its end wrapped under it.
        ("Advertisement Pardis Technology Park: furnished laboratories for", "start-ups"),
        ("محتوای حمایت‌شده", "دوره آموزشی طراحی مدارهای الکترونیک", "برای اطلاعات بیشتر کلیک کنید."),
    ],
)
def test_a_promotions_box_between_paragraphs_is_no_body(box: tuple[str, ...]) -> None:
    record = _parsed(*box[:1], *box[1:], MIDDLE)
    assert record.body == (LEAD, MIDDLE, LAST)


@pytest.mark.parametrize(
    "lines",
    [
        ("Key figures", "Purity of 99 percent in every batch"),
        # Sentences ending in a call's words, or opening with a label's: the text's.
        ("Students in all provinces can register now.",),
        ("The kits will be sold to hospitals first.", "Pharmacies can order now."),
        ("Advertisement spending by drug makers rose 20 percent last year.",),
        ("Advertising-free journals are gaining ground among researchers.",),
        ("Sponsored: the first trials were paid for by the council.",),
        ("Sponsored by the council, the trials ran for two years in three laboratories.",),
        ("Event - the launch drew 300 guests.", "It was held on Mar 4 2025 in Tehran."),
    ],
)
def test_short_lines_with_no_promotions_label_or_button_stay_the_articles(
    lines: tuple[str, ...],
) -> None:
    assert _parsed(*lines, MIDDLE).body == (LEAD, *lines, MIDDLE, LAST)


def test_an_update_line_is_no_body_and_no_date_of_the_article() -> None:
    assert updated_line("Updated: Aug 5 2021 - 10:20")
    assert updated_line("Last modified : 2019/12/09")
    assert updated_line("آخرین ویرایش : 1403/08/29 - 08:45")  # a key's digits are Latin
    assert not updated_line("The list was updated on Aug 5 2021.")
    record = _parsed("Updated: Feb 13 2025 - 10:20", MIDDLE)
    assert (record.body, record.published) == ((LEAD, MIDDLE, LAST), "2025-02-12T08:40:00+03:30")


def test_a_press_releases_note_on_who_sent_it_keeps_its_heading() -> None:
    about = "About the Iran National Science Foundation"
    note = (
        "The Iran National Science Foundation was established in 2003 to fund basic and "
        "applied research by Iranian scientists at universities and institutes."
    )
    assert _parsed(MIDDLE, about, note).body == (LEAD, MIDDLE, about, note, LAST)
    # The name alone between paragraphs is a side column's link: no heading over a note.
    name = "Iran National Science Foundation"
    assert _parsed(MIDDLE, name, note).body == (LEAD, MIDDLE, note, LAST)


def test_a_count_the_script_never_filled_in_leaves_the_old_portals_row_a_row() -> None:
    record = newsparse.parse_text(
        blank_lines_apart(
            "Saturday, June 8, 2019-",
            "Home Page > news",
            f"News > {TITLE}",
            "Export of biotechnology products;",
            TITLE,
            LEAD,
            MIDDLE,
            "09:45 - 08/06/2019    /    Number : 36120    /    Show Count : ...",
            COPYRIGHT,
        )
    )
    assert (record.published, record.news_code, record.views) == (
        "2019-06-08T09:45:00+04:30",
        36120,
        None,
    )
    assert (record.layout, record.body) == ("old-portal", (LEAD, MIDDLE))


def test_a_loading_placeholder_under_the_title_leaves_the_title_above_it() -> None:
    lines = (
        "سه‌شنبه ۱۵ آبان ۱۴۰۳",
        "معاون آموزشی بنیاد ملی نخبگان:",
        "ثبت‌نام طرح شهید احمدی روشن برای دانشجویان نخبه آغاز شد",
        "در حال بارگذاری تصاویر...",
        "معاون آموزشی بنیاد ملی نخبگان از آغاز ثبت‌نام دانشجویان نخبه در طرح شهید احمدی "
        "روشن برای سال تحصیلی جاری خبر داد.",
        "تاریخ انتشار : ۱۴۰۳/۰۸/۱۴",
        "کد خبر : ۵۱۲",
        "تعداد بازدید : --",
        "کلیه حقوق این سایت متعلق به بنیاد ملی نخبگان می‌باشد",
    )
    record = newsparse.parse_text(blank_lines_apart(*lines))
    assert (record.kicker, record.title) == (lines[1].rstrip(":"), lines[2])
    assert (record.body, record.news_code, record.views) == ((lines[4],), 512, None)


def test_the_text_a_page_keeps_in_noscript_is_read_as_the_text_browsers_print_it() -> None:
    page = f"""<html><head><title>{TITLE}</title>
<noscript><link rel="stylesheet" href="/nojs.css"></noscript>
<meta property="og:title" content="{TITLE}"></head><body>
<noscript><div>Please enable JavaScript to use all parts of this site.</div></noscript>
<ul><li>Feb 12 2025 - 8:40</li><li>298</li><li>Study time : 1 minute(s)</li></ul>
<h1>{TITLE}</h1><div class="skeleton">Loading...</div>
<noscript><p>{LEAD}</p><p>{LAST}</p></noscript>
<ul><li>News group : NEWS,Medical biotechnology</li><li>News code : 96307</li></ul>
<p>{COPYRIGHT}</p></body></html>"""
    record = newsparse.parse_bytes(page.encode())
    assert (record.title, record.body, record.warnings) == (TITLE, (LEAD, LAST), ())
    # Inside a paragraph, it leaves the paragraph whole.
    inline = page.replace(
        f"<p>{LAST}</p>", "<p>Two kit makers <noscript>(see chart)</noscript> signed.</p>"
    )
    assert newsparse.parse_bytes(inline.encode()).body[-1] == "Two kit makers (see chart) signed."


def test_a_series_box_of_its_other_parts_is_no_body() -> None:
    box = (
        "In this series",
        "Part 1: Biosimilars win back hospital shelves Oct 27 2024",
        "Part 2: Vaccine makers look beyond the domestic market Nov 10 2024",
    )
    record = newsparse.parse_text(
        blank_lines_apart(INFO, TITLE, "\n".join(box), LEAD, MIDDLE, LAST, FOOTER, COPYRIGHT)
    )
    assert record.body == (LEAD, MIDDLE, LAST)


def test_a_sister_sites_contact_page_is_no_news_page() -> None:
    """Its rights line and a box of headlines with dates are all it shares with a news
    page: no label of an article's, no address naming a news item."""
    page = blank_lines_apart(
        "Monday 28 October 2024",
        "Latest news",
        "  • Housing loans for top graduates doubled\n    2024/10/26",
        "  • Program for returning scientists admits 35 researchers\n    2024/10/22",
        "  • Winter camp for olympiad medalists announced\n    2024/10/19",
        "Contact us",
        "Address: No. 41, Shahid Dastgerdi Ave., Tehran, Iran",
        "Phone: +98 21 8888 0000",
        "All rights reserved for National Foundation of Elites",
    )
    with pytest.raises(newsparse.NotACapture):
        newsparse.parse_text(page)
