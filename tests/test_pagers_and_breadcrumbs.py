"""A story's links to the ones before and after it and a gallery's picture count, a feedback
widget under a wrapped line, a speaker's name as kicker, a chart's title over a subheading,
a date set under the text, and a breadcrumb that names home, the news and the title."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.story_pagers import story_pager

TITLE = "Pardis park shows forty start-ups to investors at its summer demo day"
LEAD = (
    "Forty start-ups from the accelerators of Pardis Technology Park showed their products "
    "to investors and managers of knowledge-based companies on Saturday."
)
BODY = (
    "Each team had seven minutes on stage and a booth in the exhibition hall, and medical "
    "devices and farm sensors made up most of the products shown."
)
INFO = ("  * Jul 13 2019 - 18:20", "  * 512", "  * Study time : 1 minute(s)")
FOOTER = ("  * News group : NEWS,Parks", "  * News code : 8377")


def _page(*article: str, kicker: str = "Photo report:") -> str:
    return blank_lines_apart(*INFO, kicker, TITLE, *article, *FOOTER, COPYRIGHT)


def test_a_storys_previous_and_next_links_and_a_picture_count_are_no_body() -> None:
    for line in (
        "« Previous photo report | Next photo report »",
        "‹ Previous infographic Next infographic ›",
        "« Previous: Elite foundation opens a new office in Tabriz",
        "Next: Call for the national olympiad medallists' camp »",
        "خبر قبلی خبر بعدی",
        "اینفوگرافیک قبلی | اینفوگرافیک بعدی",
        "6 pictures",
        "۴ تصویر",
    ):
        assert story_pager(line), line
        assert newsparse.parse_text(_page(LEAD, line, BODY)).body == (LEAD, BODY), line
    # The text's own words: no arrow, no pair of links.
    assert not story_pager("Next: the team will test the probe on farms in Fars.")
    assert not story_pager("Previous studies found the same result")
    assert not story_pager("6 pictures of the hall were taken by visitors")


def test_a_picture_count_and_a_feedback_widget_open_lines_of_their_own_in_a_wrapped_capture() -> (
    None
):
    capture = "\n".join(
        [
            *INFO,
            "",
            "   Photo report:",
            "",
            f"   {TITLE}",
            "",
            "   Forty start-ups from the accelerators of Pardis Technology Park showed",
            "   their products to investors on Saturday, in the park's convention hall.",
            "   6 pictures",
            "",
            "   Download high-resolution pictures (ZIP, 48 MB)",
            "   Was this news helpful? Yes No",
            *FOOTER,
            "",
            f"   {COPYRIGHT}",
        ]
    )
    record = newsparse.parse_text(capture + "\n")
    assert record.body == (
        "Forty start-ups from the accelerators of Pardis Technology Park showed their products "
        "to investors on Saturday, in the park's convention hall.",
        "Download high-resolution pictures (ZIP, 48 MB)",
    )


def test_a_speakers_name_ending_as_a_kicker_does_is_the_kicker_no_byline() -> None:
    assert not is_byline("Dr. Mahnaz Rostami:")
    assert is_byline("Dr. Mahnaz Rostami")
    record = newsparse.parse_text(_page(LEAD, BODY, kicker="Dr. Mahnaz Rostami:"))
    assert (record.kicker, record.title) == ("Dr. Mahnaz Rostami", TITLE)


def test_a_subheading_under_a_charts_title_is_no_part_of_its_alt_text() -> None:
    record = newsparse.parse_text(
        _page(
            LEAD,
            "Engineering 612 33%",
            "Bar chart: INSF grants by field in 1395",
            "Young researchers",
            BODY,
        )
    )
    assert "Young researchers" in record.body


def test_a_date_set_under_the_text_with_the_count_and_study_time_over_it_is_doubted() -> None:
    record = newsparse.parse_text(
        blank_lines_apart(
            "  * 1,204",
            "  * Study time : 1 minute(s)",
            "Photo report:",
            TITLE,
            LEAD,
            BODY,
            "Jul 13 2019 - 18:20",
            *FOOTER,
            COPYRIGHT,
        )
    )
    assert record.published == "2019-07-13T18:20:00+04:30"
    assert "published date uncertain: taken from outside the info block" in record.warnings


def test_a_breadcrumb_naming_home_the_news_and_the_title_confirms_a_title_printed_once() -> None:
    title = "رئیس پارک فناوری پردیس: «۱۲۰ شرکت تا پایان سال در پارک مستقر می‌شوند»"
    lead = (
        "رئیس پارک فناوری پردیس از آماده شدن ساختمان‌های تازه پارک خبر داد و گفت تا پایان "
        "امسال ۱۲۰ شرکت فناور در این ساختمان‌ها مستقر خواهند شد."
    )
    capture = blank_lines_apart(
        "يكشنبه 20 آذر 1390-",
        f"صفحه اصلی > اخبار > {title}",
        "چاپ        ارسال به دوست",
        title,
        lead,
        "08:15 - 06/12/2011    /    شماره : 2291    /    تعداد بازدید : 87",
        "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می باشد",
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.warnings) == (title, ())
