"""The title among the lines a picture's credit, a speaker's colon or a short title over 64
characters stand near, and the lines a tool broke or ran on around it: what only the
article has decides, never the line's place alone."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.shapes import is_short_form
from newsparse.readers.text import text_lines
from test_persian import BODY as PERSIAN_BODY
from test_persian import TITLE as PERSIAN_TITLE
from test_rich_bodies import BODY, FOOTER, LEAD, page

SPEAKER_TITLE = "Vice-President at robotics week: “Our young engineers no longer wait for parts”"
KICKER = "Speaking at the closing session of the National Robotics Week"
# The short title a little past 64 characters, holding every word of the title but short ones.
SHORT = "Vice-President robotics week young engineers longer wait parts"
OVER_64 = "Vice-President robotics week young engineers longer wait parts now"


def test_a_title_over_a_photo_credit_is_no_caption() -> None:
    record = newsparse.parse_text(
        page(
            SHORT,
            "Mar 5 2024 - 10:30\n1,427\nStudy time : 2 minute(s)",
            KICKER,
            SPEAKER_TITLE,
            "Photo: Mohammad Javad Karimi",
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.title, record.body) == (KICKER, SPEAKER_TITLE, (LEAD, BODY))


def test_the_titles_copy_over_a_photo_credit_is_the_titles() -> None:
    record = newsparse.parse_text(
        page(
            "Mar 5 2024 - 10:30\n1,427",
            KICKER,
            SPEAKER_TITLE,
            SPEAKER_TITLE,
            "Photo: Mohammad Javad Karimi",
            LEAD,
            BODY,
        )
    )
    assert (record.title, record.body, record.warnings) == (SPEAKER_TITLE, (LEAD, BODY), ())


def test_a_short_title_a_few_characters_past_64_confirms_the_title() -> None:
    title = "Vice-President at robotics week: “Our young engineers no longer wait for parts now”"
    assert len(OVER_64) > 64
    record = newsparse.parse_text(
        page(OVER_64, "Mar 5 2024 - 10:30\n1,427", KICKER, title, LEAD, BODY)
    )
    assert (record.kicker, record.title, record.warnings) == (KICKER, title, ())


def test_a_short_title_past_64_is_no_short_form_of_a_title_run_into_its_lead() -> None:
    # Not cut, it holds every long word of the title: a line that goes on with the lead
    # after the title's words is no title it was cut from.
    title = "Vice-President at robotics week: “Our young engineers no longer wait for parts now”"
    assert is_short_form(OVER_64, title)
    assert not is_short_form(OVER_64, f"{title} {LEAD}")


def test_a_photographers_credit_in_persian_is_no_body() -> None:
    lead = (
        "نشست تخصصی بازی‌های رایانه‌ای در خدمت آموزش روز پنجشنبه "
        "با حضور نمایندگان استودیوها برگزار شد."
    )
    record = newsparse.parse_text(
        page(
            "Mar 5 2024 - 10:30\n1,427",
            f"{KICKER}:",
            SPEAKER_TITLE,
            SPEAKER_TITLE,
            "عکاس: امیرحسین طاهری",
            lead,
            BODY,
        )
    )
    assert (record.title, record.body) == (SPEAKER_TITLE, (lead, BODY))


def test_the_breadcrumbs_title_run_after_its_kicker_over_a_credit_is_no_caption() -> None:
    title = "Dr. Nasrin Ebrahimi: «Our first recombinant insulin will reach pharmacies»"
    kicker = "In an interview with the head of the Biotechnology Development Council;"
    record = newsparse.parse_text(
        blank_lines_apart(
            "Tuesday, May 22, 2018-",
            "Home Page > news",
            f"News > {title}",
            f"{kicker} {title}\nPhoto: Hamed Shafiei",
            LEAD,
            BODY,
            "09:05 - 04/06/2018    /    Number : 36218    /    Show Count : 212",
            COPYRIGHT,
        )
    )
    assert (record.kicker, record.title) == (kicker.rstrip(";"), title)
    assert record.body == (LEAD, BODY)


def test_a_kicker_printed_again_and_run_into_the_lead_is_left_out_and_warned() -> None:
    # html2text runs a table cell's lines together: the kicker's copy opens the lead.
    kicker = "Interview with a battery researcher"
    record = newsparse.parse_text(
        page("Mar 5 2024 - 10:30\n1,427", f"{kicker};", SHORT, f"{kicker}; {LEAD}", BODY)
    )
    assert (record.kicker, record.body[0]) == (kicker, LEAD)
    assert any(w.startswith("body paragraph of") for w in record.warnings)


def test_a_capture_with_no_body_warns_of_no_body_not_of_a_short_one() -> None:
    record = newsparse.parse_text(
        blank_lines_apart("Mar 5 2024 - 10:30", "1,427", "Study time : 4 minute(s)", SHORT)
    )
    assert "no body found" in record.warnings
    assert not any(w.startswith("body looks short") for w in record.warnings)


def test_the_old_portals_row_a_narrow_cell_wrapped_gives_its_news_code() -> None:
    title = "Iranian researchers build a low-cost nanofilter for village wells"
    record = newsparse.parse_text(
        blank_lines_apart(
            "Tuesday, May 22, 2018-",
            "Home Page > news",
            f"News > {title}",
            title,
            LEAD,
            "15:17 -\n14/05/2018\n/    Number :\n34512    /\nShow Count : 65",
            COPYRIGHT,
        )
    )
    assert (record.news_code, record.views, record.body) == (34512, 65, (LEAD,))


def test_markdowns_code_span_is_its_text() -> None:
    line = "The raw measurements are published in a shared file, `flue-gas-2023.csv`, for all."
    record = newsparse.parse_text(
        "\n\n".join(
            [
                "  * Mar 5 2024 - 10:30",
                "  * 1,427",
                f"## {SPEAKER_TITLE}",
                f"**{LEAD}**",
                line,
                *FOOTER,
            ]
        )
    )
    assert record.body[-1] == line.replace("`", "")


PERSIAN_LEAD = (
    "به گزارش مرکز ارتباطات معاونت علمی، نخستین مرکز نوآوری فناوری‌های کشاورزی استان کرمان "
    "روز سه‌شنبه با حضور پژوهشگران و مدیران شرکت‌های دانش‌بنیان گشایش یافت."
)
PERSIAN_FOOTER = (
    "گروه خبری : اخبار,اخبار معاونت ها و مراکز",
    "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
)


def test_a_persian_title_printed_once_over_its_study_time_is_confirmed() -> None:
    # The Persian edition prints the study time and the news code right under the title.
    record = newsparse.parse_text(
        "\n".join(
            (
                "صفحه اصلی",
                "تماس با ما",
                "در آیین گشایش مرکز نوآوری کرمان مطرح شد",
                PERSIAN_TITLE,
                "زمان مطالعه : ۳ دقیقه",
                "کد خبر : ۷۱۹۰۳",
                "۱۴۰۲/۰۸/۲۴ - ۱۰:۱۵",
                "۴۱۶",
                PERSIAN_LEAD,
                PERSIAN_BODY,
                *PERSIAN_FOOTER,
            )
        )
    )
    assert record.title == PERSIAN_TITLE
    assert not any(w.startswith("title uncertain") for w in record.warnings)


def test_a_persian_subheading_naming_the_vice_presidency_stays_body() -> None:
    heading = "سهم معاونت علمی"
    record = newsparse.parse_text(
        blank_lines_apart(
            PERSIAN_TITLE,
            "زمان مطالعه : ۳ دقیقه",
            "کد خبر : ۷۱۹۰۳",
            "۱۴۰۲/۰۸/۲۴ - ۱۰:۱۵",
            PERSIAN_LEAD,
            heading,
            PERSIAN_LEAD.replace("نخستین", "دومین"),
            *PERSIAN_FOOTER,
        )
    )
    assert heading in record.body


def test_the_vice_presidencys_longer_name_in_the_printed_head_title_is_the_banners() -> None:
    # markdownify prints the page's `<title>` first; the capture date stands under it.
    name = "معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست جمهوری"
    record = newsparse.parse_text(
        blank_lines_apart(
            f"{name} | {PERSIAN_TITLE}",
            "شنبه 19 آبان 1403",
            PERSIAN_TITLE,
            "زمان مطالعه : ۳ دقیقه",
            "کد خبر : ۷۱۹۰۳",
            "۱۴۰۳/۰۸/۱۵ - ۱۰:۱۵",
            PERSIAN_LEAD,
            *PERSIAN_FOOTER,
        )
    )
    assert record.captured_on == "2024-11-09"


def test_a_paragraph_over_the_old_portals_row_stays_one_paragraph() -> None:
    # lynx sets the row under the text's last line with no blank line: its walls (`/`) part
    # the row's items, no table's columns under a head.
    lines = [
        "   دبیر ستاد توسعه علوم و فناوری گیاهان دارویی و طب ایرانی نیز گفت ستاد از",
        "   ۱۸ طرح مشابه در مرحله کارآزمایی بالینی حمایت می‌کند و هدف آن است که",
        "   فرآورده‌های طب ایرانی تنها با پشتوانه شواهد علمی به بازار برسند.",
        "   11:40 - 27/11/2019    /    Number : 6215    /    Show Count : 188",
    ]
    texts = [line.text for line in text_lines("\n".join(lines))]
    assert texts[0] == " ".join(line.strip() for line in lines[:3])


def test_a_side_lists_date_wrapped_before_its_time_is_no_capture_date() -> None:
    record = newsparse.parse_text(
        blank_lines_apart(
            "پربازدیدترین‌ها",
            "افتتاح مرکز نوآوری فناوری‌های آب در بندرعباس\n۱۴۰۲/۰۸/۲۰ -\n۰۹:۰۰ | ۸۷۵",
            PERSIAN_TITLE,
            "زمان مطالعه : ۳ دقیقه",
            "کد خبر : ۷۱۹۰۳",
            "۱۴۰۲/۰۸/۲۴ - ۱۰:۱۵",
            PERSIAN_LEAD,
            *PERSIAN_FOOTER,
        )
    )
    assert record.captured_on is None


def test_a_short_title_under_the_info_block_over_a_credited_caption_is_no_alt_text() -> None:
    title = "Inside the lab teaching a paralysed hand to move again"
    record = newsparse.parse_text(
        page(
            "Mar 5 2024 - 10:30\n1,427",
            "Neurotechnology;",
            f"{title}\nA volunteer wears the electrode cap during a session. Photo: Amir Hosseini",
            LEAD,
            BODY,
        )
    )
    assert (record.title, record.body) == (title, (LEAD, BODY))


def test_a_paragraph_ending_in_a_footnotes_mark_is_one_paragraph() -> None:
    # `... purchases. [1]` ends as a sentence does: no caption run on after its last stop.
    paragraph = (
        "Salaries matter, but money came up later than I expected in my conversations. What "
        "came up first was time: time lost waiting for equipment and for approvals. [1]"
    )
    record = newsparse.parse_text(page("Mar 5 2024 - 10:30\n1,427", SHORT, LEAD, paragraph))
    assert record.body == (LEAD, paragraph)


def test_a_tables_last_row_over_a_credited_caption_is_no_alt_text() -> None:
    # The HTML gives no alt text: the line over the caption ends in a figure, as the row
    # over it does.
    rows = ("Where data is kept Groups Share", "Personal computers 131 55%", "Servers 37 15%")
    record = newsparse.parse_text(
        page(
            SHORT,
            "Mar 5 2024 - 10:30\n1,427\nStudy time : 2 minute(s)",
            KICKER,
            SPEAKER_TITLE,
            LEAD,
            *rows,
            "A university server room in Tehran. Photo: ISTI archive",
            BODY,
        )
    )
    assert record.body == (LEAD, *rows, BODY)


def test_a_lists_last_item_over_a_credited_caption_is_no_alt_text() -> None:
    items = ("Public universities, with 61 percent", "Student teams, with 4 percent")
    record = newsparse.parse_text(
        page(
            SHORT,
            "Mar 5 2024 - 10:30\n1,427\nStudy time : 2 minute(s)",
            KICKER,
            SPEAKER_TITLE,
            LEAD,
            *(f"  • {item}" for item in items),
            "One of the GPU halls of the network in Isfahan (Photo: ISTI)",
            BODY,
        )
    )
    assert record.body == (LEAD, *items, BODY)


def test_a_quoted_sentence_further_off_than_a_title_is_a_pull_quote() -> None:
    # Table rows stand between the pull quote and the paragraph it quotes; a line with no
    # sentence's end as far off (a signature's post) is no quote.
    rows = tuple(f"Province {n} {n * 7} {n * 3}%" for n in range(1, 9))
    post = "Secretary of the National Robotics Week"
    opening = f"The {post} said {LEAD[0].lower()}{LEAD[1:]}"
    record = newsparse.parse_text(
        page(
            SHORT,
            "Mar 5 2024 - 10:30\n1,427\nStudy time : 2 minute(s)",
            KICKER,
            SPEAKER_TITLE,
            opening,
            *rows,
            LEAD,
            BODY,
            "Reza Karimi",
            post,
        )
    )
    assert record.body == (opening, *rows, BODY, "Reza Karimi", post)


def test_a_credited_caption_run_on_after_a_paragraph_leaves_the_paragraph() -> None:
    # lynx prints a `<figure>` inline: its caption and credit run on after the text.
    paragraph = (
        "The director said the tool does not replace the radiologist. It sorts the images "
        "that arrive overnight and marks the areas of the lung that need a closer look."
    )
    caption = "Radiologists at a Tehran hospital review images sorted by the software."
    record = newsparse.parse_text(
        page(
            SHORT,
            "Mar 5 2024 - 10:30\n1,427\nStudy time : 2 minute(s)",
            KICKER,
            SPEAKER_TITLE,
            LEAD,
            f"{paragraph} {caption} Photo: Sara Ahmadi / ISTI",
            BODY,
        )
    )
    assert record.body == (LEAD, paragraph, BODY)


def test_an_authors_box_under_the_title_its_photos_alt_a_word_is_no_body() -> None:
    # A text browser prints the photo's alt text (`photo`) over the author's name and post.
    record = newsparse.parse_text(
        page(
            "Mar 5 2024 - 10:30\n1,427\nStudy time : 2 minute(s)",
            "Viewpoint:",
            SPEAKER_TITLE,
            SPEAKER_TITLE,
            "photo\nDr. Elham Rahimi\nHead of the Basic Sciences Committee, INSF",
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.body) == ("Viewpoint", (LEAD, BODY))


def test_a_title_ending_in_a_semicolon_right_under_a_kicker_is_the_title() -> None:
    # Printed once, under a kicker ending in a colon: no kicker stands under another.
    title = "Biotech council opens applications for its 2027 pilot-plant support programme;"
    record = newsparse.parse_text(
        page(
            "Nov 28 2026 - 11:15\n219\nStudy time : 2 minute(s)",
            "Scale-up funding:",
            title,
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.title, record.body) == ("Scale-up funding", title, (LEAD, BODY))
