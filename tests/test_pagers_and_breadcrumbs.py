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


def test_a_breadcrumbs_title_wrapped_onto_the_toolbars_line_leaves_the_kicker_there() -> None:
    # html2text wrapped the old portal's `News > <title>` row, and ran the toolbar and the
    # kicker on after the title's last words (`<end> چاپ ارسال به دوست <kicker>؛`).
    title = "صادرات محصولات شرکت‌های فناور پارک در سال 1397 به 84 میلیون دلار رسید"
    kicker = "در گزارش عملکرد سالانه پارک اعلام شد"
    lead = (
        "پارک علم و فناوری استان اعلام کرد صادرات محصولات شرکت‌های مستقر در این پارک در "
        "سال گذشته به 84 میلیون دلار رسیده که نسبت به سال پیش از آن رشد 21 درصدی دارد."
    )
    after = "رئیس پارک گفت هدف امسال رساندن صادرات به 100 میلیون دلار است."
    capture = "\n".join(
        [
            "دوشنبه 15 مهر 1398-",
            "",
            "صفحه اصلی > اخبار  اخبار > صادرات محصولات شرکت‌های فناور پارک در سال 1397 به 84",
            f"میلیون دلار رسید چاپ        ارسال به دوست {kicker}؛",
            "",
            f"## {title}",
            "",
            lead,
            "",
            after,
            "",
            "10:42 - 05/10/2019    /    Number : 41276    /    Show Count : 143",
            "",
            COPYRIGHT,
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.kicker, record.body) == (title, kicker, (lead, after))
    assert record.warnings == ()


def test_a_title_copy_whose_time_a_tool_wrapped_at_its_colon_is_the_titles_copy() -> None:
    # pandoc wrapped the heading inside its time (`10:` / `30: Tehran ...`) and joined the
    # lines with a space: the copy the breadcrumb holds whole is the title, and this one
    # its copy, not the body's first paragraph.
    title = "14 May 2018, 10:30: Tehran surgeons switch on the first home-made cochlear implant"
    lead = (
        "Surgeons at a Tehran hospital this morning switched on the first cochlear implant "
        "designed and made in Iran, fitted two weeks ago in a seven-year-old girl."
    )
    after = "Ten more implants are to be fitted by the end of the summer in a clinical trial."
    capture = blank_lines_apart(
        "Tuesday, May 22, 2018-",
        "Home Page > news",
        f"News > {title}",
        "Print        Send to Friend",
        "Medical technology;",
        title.replace("10:30", "10: 30"),
        lead,
        after,
        "15:17 - 14/05/2018    /    Number : 34312    /    Show Count : 65",
        COPYRIGHT,
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.kicker, record.body) == (
        title,
        "Medical technology",
        (lead, after),
    )
    assert record.warnings == ()


def test_the_toolbars_first_button_run_on_after_the_breadcrumbs_title_is_no_part_of_it() -> None:
    # html2text ran the print bar on after `News > <title>` and wrapped it between its
    # buttons; the kicker, the title's copy and the lead follow on the bar's line.
    title = "Nanotechnology filters clean arsenic from village wells"
    lead = (
        "A knowledge-based company in Zahedan has installed filters coated with iron oxide "
        "nanoparticles on the wells of twelve villages."
    )
    after = "The company plans to equip forty more villages of the province next year."
    capture = "\n".join(
        [
            "Monday, July 15, 2019-",
            "",
            "[Home Page](index.aspx?siteid=30) > [news](index.aspx?siteid=30&pageid=2184)",
            f"News > {title} Print",
            f"Send to Friend Safe water for Sistan villages; {title} {lead}",
            "",
            after,
            "",
            "10:42 - 14/07/2019    /    Number : 38120    /    Show Count : 96",
            "",
            COPYRIGHT,
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.kicker) == (title, "Safe water for Sistan villages")
    assert record.body == (lead, after)


def test_a_long_kicker_run_into_the_title_and_the_lead_on_one_line_is_the_kicker() -> None:
    # (Longer than a kicker run in with no ending may be: the title right after its `;`
    # says where it ends.)
    kicker = (
        "Astronomy group at the Institute for Research in Fundamental Sciences publishes its "
        "largest study so far, after a decade of work on archival data"
    )
    title = "Iranian astronomers map the dark-matter halo of a nearby dwarf galaxy"
    lead = "A team of astronomers has produced the most detailed map so far of the halo."
    after = "The study took the group almost four years to complete."
    capture = blank_lines_apart(
        "Monday, July 15, 2019-",
        "Home Page > news",
        f"News > {title}",
        "Print        Send to Friend",
        f"{kicker}; {title} {lead}",
        after,
        "10:42 - 14/07/2019    /    Number : 38121    /    Show Count : 96",
        COPYRIGHT,
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.kicker, record.body) == (title, kicker, (lead, after))


def test_a_lead_quoting_the_title_after_a_colon_is_no_kicker_run_in() -> None:
    # (A colon may end a lead's own words before it quotes the title: only a semicolon's
    # kicker is taken however long.)
    title = "Students must learn to build what the country imports"
    lead = (
        "At the closing session of the third national festival of student inventors in "
        "Tehran on Thursday, the head of the foundation's office for young researchers "
        f"summed up the results: {title} and universities must help them do it."
    )
    capture = blank_lines_apart(
        "Monday, July 15, 2019-",
        "Home Page > news",
        f"News > {title}",
        "Print        Send to Friend",
        lead,
        "The festival drew 420 entries from 61 universities this year.",
        "10:42 - 14/07/2019    /    Number : 38122    /    Show Count : 96",
        COPYRIGHT,
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.kicker, record.body[0]) == (title, None, lead)
