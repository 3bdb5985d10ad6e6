"""News genres whose body lines read like the page's own fields: an event's `Date:` and
`Time:` lines, a press release's end mark, a paragraph as long as a whole article. The
page's fields come from its info block and footer only; these lines are body."""

from __future__ import annotations

import pytest

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.readers.text import text_lines

TITLE = "Tehran Deep-Tech Forum to bring 300 start-ups and 40 investment funds together"
LEAD = (
    "The third Tehran Deep-Tech Forum will open next Sunday with 300 start-ups and 40 "
    "investment funds, the secretary of the forum told reporters on Monday."
)
MORE = (
    "According to the public relations office of the Vice-Presidency, the secretary said "
    "that the forum will give hardware start-ups a day of their own for the first time."
)
EVENT = (
    "Date: Sunday, 12 May 2024",
    "Time: 10:00",
    "Venue: Pardis Technology Park, Conference Hall 2",
)
AFTER = (
    "Last year's forum drew 2,100 participants and led to 27 investment agreements worth a "
    "total of 1,900 billion rials, the secretary added."
)
FOOTER = (
    "  • News group : NEWS,Events",
    "  • News code : 98412",
    "There are 0 comment(s) for this article",
    COPYRIGHT,
)


def current(*lines: str) -> str:
    """A current-layout capture: the info bullets, kicker, title twice, the lines, footer."""
    head = "  • May 6 2024 - 11:40\n  • 487\n  • Study time : 2 minute(s)"
    return blank_lines_apart(
        head, "Secretary of the forum announced:", TITLE, TITLE, *lines, *FOOTER
    )


def test_an_events_date_and_time_lines_are_body_and_the_article_goes_on_under_them() -> None:
    record = newsparse.parse_text(current(LEAD, MORE, *EVENT, AFTER))
    assert record.published == "2024-05-06T11:40:00+03:30"
    assert record.body == (LEAD, MORE, *EVENT, AFTER)
    assert record.warnings == ()


def test_an_events_date_line_is_no_rival_of_bmns_footer_block() -> None:
    # bmn sets its block under the body: the event's date stands in the text above it.
    record = newsparse.parse_text(
        blank_lines_apart(
            "Monday 6 May 2024",
            "Interview with the secretary of the forum:",
            TITLE,
            LEAD,
            MORE,
            *EVENT,
            AFTER,
            "Publish date : 2024/05/04",
            "Code : 1347",
            "Visit count: 318",
            "All rights reserved for National Foundation of Elites",
        )
    )
    assert (record.kicker, record.title) == ("Interview with the secretary of the forum", TITLE)
    assert record.published == "2024-05-04"
    assert record.body == (LEAD, MORE, *EVENT, AFTER)
    assert record.warnings == ()


def test_a_press_releases_end_marks_are_body_not_bullets_or_punctuation() -> None:
    contact = "Media contact: Maryam Ahmadi, +98 21 8896 4410"
    record = newsparse.parse_text(current(LEAD, MORE, contact, "- Ends -", "###"))
    assert record.body == (LEAD, MORE, contact, "- Ends -", "###")


def test_a_paragraph_longer_than_any_an_editor_writes_is_said_to_be_run_together() -> None:
    # html2text runs a table cell's paragraphs into one line: nothing splits them again.
    run_together = " ".join([LEAD, MORE, AFTER] * 5)
    record = newsparse.parse_text(current(run_together))
    assert record.body == (run_together,)
    words = len(run_together.split())
    assert words > 300
    assert record.warnings == (
        f"body paragraph of {words} words: paragraphs may have run together",
    )


def test_a_long_paragraph_an_editor_wrote_gives_no_warning() -> None:
    long = " ".join([LEAD, MORE, AFTER] * 3)
    assert len(long.split()) < 300
    assert newsparse.parse_text(current(long)).warnings == ()


def test_a_headline_lists_dashed_date_over_its_count_is_no_capture_date() -> None:
    # The old portal's side column printed first: its items' dates end in a dash, as the
    # capture date does, but a count stands under each.
    record = newsparse.parse_text(
        blank_lines_apart(
            "پربازدیدترین‌ها",
            "سهم شرکت‌های دانش‌بنیان از صادرات دو برابر شد",
            "۱۳۹۸/۰۶/۱۰ -\nبازدید : ۱۲۳۰",
            "چهارشنبه 20 شهريور 1398-",
            "صفحه اصلی > اخبار",
            "مدیرکل دفتر توسعه صادرات:",
            "آیا شرکت‌های دانش‌بنیان برای بازار عراق آماده‌اند؟",
            "آیا شرکت‌های دانش‌بنیان برای بازار عراق آماده‌اند؟",
            "نمایشگاه بغداد برای شرکت‌ها دستاوردهای خوبی داشت و هفت شرکت قرارداد بستند.",
            "11:20 - 08/09/2019 / Number : 31875 / Show Count : 187",
            "Copyright © معاونت علمی و فناوری ریاست جمهوری. All rights reserved",
        )
    )
    assert record.captured_on == "2019-09-11"
    assert record.published == "2019-09-08T11:20:00+04:30"


def test_a_grid_cell_cut_after_a_compounds_hyphen_is_one_word_again() -> None:
    # pandoc cuts a long heading in a grid cell at the wall, here right after a hyphen.
    cell = [
        "Tehran Deep-",
        "Tech Forum to bring 300 start-ups",
        " and 40 investment funds together",
    ]
    border = "+" + "-" * 35 + "+"
    grid = "\n".join([border, *(f"| {line:<33} |" for line in cell), border])
    assert [line.text for line in text_lines(grid)] == [
        "Tehran Deep-Tech Forum to bring 300 start-ups and 40 investment funds together"
    ]


def test_an_events_date_is_not_the_publication_date_of_a_page_that_shows_none() -> None:
    # The Persian layout seen shows no date of its own: study time and news code only.
    record = newsparse.parse_text(
        blank_lines_apart(
            "دبیرخانه ستاد اعلام کرد؛",
            "فراخوان پذیرش طرح‌های فناورانه کاهش مصرف آب منتشر شد",
            "  • زمان مطالعه : 2 دقیقه\n  • کد خبر : 71905",
            "فراخوان پذیرش طرح‌های فناورانه کاهش مصرف آب منتشر شد",
            "ستاد توسعه فناوری‌های آب فراخوان پذیرش طرح‌های فناورانه کاهش مصرف آب در بخش "
            "کشاورزی را منتشر کرد و شرکت‌های دانش‌بنیان می‌توانند تا پایان آذر طرح‌های خود را "
            "از طریق سامانه ستاد ارسال کنند و نتایج داوری در دی ماه اعلام می‌شود.",
            "نشست معرفی فراخوان نیز به صورت حضوری برگزار می‌شود:",
            "تاریخ: سه‌شنبه ۱۵ آبان ۱۴۰۳",
            "ساعت: ۱۰ تا ۱۲",
            "به هر طرح برگزیده تا ده میلیارد ریال تسهیلات بلاعوض و وام کم‌بهره داده می‌شود و "
            "داوری طرح‌ها را گروهی از استادان دانشگاه و فعالان بخش کشاورزی انجام می‌دهند.",
            "  • گروه خبری : اخبار,فراخوان ها",
            COPYRIGHT,
        )
    )
    assert record.published is None
    assert "no publication date found" in record.warnings
    assert "تاریخ: سه‌شنبه ۱۵ آبان ۱۴۰۳" in record.body


def test_the_old_portals_footer_line_wrapped_before_its_dash_keeps_its_time() -> None:
    # html2text runs the article's cell together and wraps the footer line at its dash,
    # right after a press release's end mark.
    record = newsparse.parse_text(
        "\n".join(
            [
                "Sunday, September 22, 2019-",
                "",
                "Secretariat of the competition announced;",
                "",
                "Team Alborz wins the national rescue robot competition",
                "",
                f"{LEAD} {MORE} {AFTER} Media contact: Maryam Hosseini ### 11:10",
                "- 18/09/2019    /    Number : 35210    /    Show Count : 143  ",
                "",
                COPYRIGHT,
            ]
        )
    )
    assert (record.published, record.news_code, record.views) == (
        "2019-09-18T11:10:00+04:30",
        35210,
        143,
    )


@pytest.mark.parametrize(
    "header",
    [
        # A bare weekday and date with the header's chrome after it.
        "Monday 6 May 2024 English Login",
        # The label opening a wide header row, its banner texts after the date.
        "Today : Monday May 6 2024 FA EN Vice-Presidency for Science and Technology "
        "Biotechnology Development Council Home About the Council News Events Write to us",
        # A search box between the date and the top bar's links.
        "Monday 6 May 2024 ____________________ (BUTTON) Go",
        # lynx's language links after it, the numbers that parted them dropped.
        "Monday 6 May 2024 ____________________ (BUTTON) Go فارسیEnglish",
        # The old portal's dated cell after the site's name its logo links to, the menu
        # run on after it.
        "Vice-Presidency for Science and Technology 06/05/2024 - Home Page About Us News "
        "Science Parks Knowledge-based Companies Contact Us",
        "|   [Vice-Presidency for Science and Technology]     06/05/2024 -       |",
        # The label ending a long line of banner texts run together before it.
        "Biotechnology Development Council Biotechnology Development Council Vice-Presidency "
        "for Science and Technology Today : Monday May 6 2024",
    ],
)
def test_the_capture_date_opens_a_header_row_with_chrome_after_it(header: str) -> None:
    record = newsparse.parse_text(f"{header}\n\n{current(LEAD, MORE)}")
    assert record.captured_on == "2024-05-06"


def test_bmns_capture_date_under_a_side_column_printed_first_is_read() -> None:
    record = newsparse.parse_text(
        blank_lines_apart(
            "Foundation headlines",
            "  • Provincial offices extend working hours | 2019/12/07 | 131 visits",
            "  • Mentors' meeting held in Shiraz (2019/12/05)",
            "Wednesday 11 December 2019",
            "Deputy for education of the foundation explained:",
            TITLE,
            LEAD,
            MORE,
            "Publish date : 2019/12/08",
            "Code : 1487",
            "Visit count: 203",
            "All rights reserved for National Foundation of Elites",
        )
    )
    assert (record.captured_on, record.published) == ("2019-12-11", "2019-12-08")
    assert record.body == (LEAD, MORE)


def test_a_call_s_table_of_dates_under_its_head_is_body() -> None:
    # Each row ends with a date as a headline list's item does; the head names the column.
    rows = ("Registration opens 2024/05/20", "Proposals due 2024/06/15", "Results 2024/07/01")
    record = newsparse.parse_text(current(LEAD, "Timetable", "Stage Date", *rows, AFTER))
    assert record.body == (LEAD, "Timetable", "Stage Date", *rows, AFTER)


def test_a_video_s_download_button_with_its_length_is_chrome() -> None:
    record = newsparse.parse_text(current("Download video 04:12", LEAD, MORE))
    assert record.body == (LEAD, MORE)


def test_a_gallery_s_lead_over_the_images_and_their_captions_is_body() -> None:
    # Each image's alt text is the title, printed above its caption; the title stands
    # above the bullets, so a copy below the lead is the gallery's.
    captions = ("Visitors at the nanotechnology hall", "A coating line on show")
    gallery = [part for caption in captions for part in (TITLE, caption)]
    page = blank_lines_apart(
        "Forum 2024:",
        TITLE,
        "  • May 6 2024 - 11:40\n  • 487\n  • Study time : 1 minute(s)",
        LEAD,
        AFTER,
        *gallery,
        *FOOTER,
    )
    record = newsparse.parse_text(page)
    assert record.body == (LEAD, AFTER, *captions)
