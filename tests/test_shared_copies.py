"""Copies a user keeps of an article besides the page: a read-later app's export with the day
it saved the page, a clipper's note, an e-mail of the article; and what a page embeds that a
copy keeps: a post signed with its author's handle, a video's fallback and download buttons,
a photographer's credit for a whole report."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.copies import joined_copies
from newsparse.grammar.lines import Line
from newsparse.readers.text import text_lines
from test_read_text import texts
from test_rich_bodies import BODY, LEAD, TITLE, page

URL = "https://en.isti.ir/News/Registration-opens-prototype-plan/96502"
FA_TEXT = (
    "نسخه نخست نرم‌افزار نگاره که نسخه‌های خطی را می‌خواند در اختیار سه کتابخانه بزرگ کشور "
    "قرار گرفته و کتابداران تاکنون حدود ۱۲ هزار برگ را با آن بازخوانی کرده‌اند."
)


def test_a_read_later_apps_day_saved_is_the_capture_date_and_no_kicker() -> None:
    record = newsparse.parse_text(blank_lines_apart(TITLE, URL, "Saved on Oct 21 2024", LEAD, BODY))
    assert (record.captured_on, record.news_code) == ("2024-10-21", 96502)
    assert (record.kicker, record.title, record.body) == (None, TITLE, (LEAD, BODY))


def test_a_clippers_source_line_gives_the_news_code_and_its_clip_day_the_capture_date() -> None:
    record = newsparse.parse_text(
        blank_lines_apart(TITLE, f"Source: {URL}", "Clipped: 2024-10-22 21:14", LEAD, BODY)
    )
    assert (record.captured_on, record.news_code, record.title) == ("2024-10-22", 96502, TITLE)
    assert record.body == (LEAD, BODY)


def test_an_emailed_article_takes_its_subject_for_the_title_and_drops_the_signature() -> None:
    mail = blank_lines_apart(
        "From: Reza Ahmadi <reza@example.com>",
        f"Subject: Fwd: {TITLE}",
        URL,
        LEAD,
        BODY,
        "Sent from my iPhone",
    )
    record = newsparse.parse_text(mail)
    assert (record.title, record.news_code, record.body) == (TITLE, 96502, (LEAD, BODY))


def test_a_post_signed_with_its_authors_handle_and_its_day_is_no_body() -> None:
    post = "Proud to see our prototypes on the stand today. Forty teams and counting! #startups"
    record = newsparse.parse_text(
        page(
            "Sunday, May 12, 2019-",
            "Prototype support;",
            TITLE,
            TITLE,
            LEAD,
            f"{post} — @prototype_plan",
            "May 3, 2019",
            BODY,
            "11:05 - 06/05/2019 / Number : 96502 / Show Count : 212",
            COPYRIGHT,
        )
    )
    assert record.body == (LEAD, BODY)
    assert record.published == "2019-05-06T11:05:00+04:30"


def test_a_videos_fallback_and_its_download_buttons_are_no_body() -> None:
    record = newsparse.parse_text(
        page(
            "Mar 5 2024 - 10:30\n1,427",
            TITLE,
            LEAD,
            "Flash Player is required to play this video.",
            "Duration : 03:26",
            "Download : High quality (720p, 41 MB) | Low quality (360p, 13 MB)",
            "  • دانلود با کیفیت بالا (720p - ۴۸ مگابایت)",
            BODY,
        )
    )
    assert record.body == (LEAD, BODY)


def test_a_credit_for_all_of_a_reports_pictures_leaves_its_last_caption_in_the_text() -> None:
    caption = "Visitors at the stand of the laboratory equipment makers on the first day"
    record = newsparse.parse_text(
        page("Mar 5 2024 - 10:30\n1,427", TITLE, LEAD, BODY, caption, "Photos: Hamed Niknam")
    )
    assert record.body == (LEAD, BODY, caption)


def test_a_galleys_captions_run_together_with_their_credits_are_no_body() -> None:
    # lynx prints a gallery as one paragraph: each picture's alt text (the title) before its
    # caption, each caption ending with its photographer's credit.
    gallery = " ".join(
        f"{TITLE} {caption} Photo: Reza Ahmadi"
        for caption in (
            "A visitor tries the new water filter at the stand.",
            "Engineers explain how their membrane removes arsenic.",
            "The medicine and health hall on the opening morning.",
            "A buyer examines a roll of nanofibre filter media.",
        )
    )
    record = newsparse.parse_text(page("Mar 5 2024 - 10:30\n1,427", TITLE, LEAD, BODY, gallery))
    assert record.body == (LEAD, BODY)


def test_the_persian_comment_count_that_says_there_are_n_comments_is_read() -> None:
    record = newsparse.parse_text(
        blank_lines_apart(
            "۱۴۰۳/۰۸/۰۱ - ۱۴:۱۵",
            "جشنواره فناوری‌های فرهنگی با حضور ۴۰ شرکت خلاق در تهران آغاز شد",
            "جشنواره امسال در سه بخش برگزار می‌شود و شرکت‌های خلاق محصولات خود را عرضه می‌کنند.",
            "  • کد خبر : ۷۱۰۱۲",
            "۲ نظر برای این مطلب وجود دارد",
        )
    )
    assert record.comment_count == 2


def test_a_row_of_links_opening_with_home_closes_no_text_and_is_chrome() -> None:
    record = newsparse.parse_text(
        blank_lines_apart(
            "۱۴۰۳/۰۸/۰۱ - ۱۴:۱۵\n۲۳۰",
            "نرم‌افزار نگاره نسخه‌های خطی را می‌خواند",
            FA_TEXT,
            "صفحه اصلی | آرشیو اخبار | پیوندها | RSS",
            "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
        )
    )
    assert record.body == (FA_TEXT,)


def test_a_persian_kicker_printed_again_under_the_title_is_the_kicker() -> None:
    kicker = "طرح ملی توسعه کشت گیاهان دارویی"
    title = "قرارداد کشت ۱۲ گونه گیاه دارویی بومی در ۸ هزار هکتار از اراضی کم‌آب امضا شد"
    lead = (
        "به گزارش روابط عمومی ستاد، این قرارداد روز گذشته با حضور نمایندگان ده شرکت "
        "دانش‌بنیان و پنج استان امضا شد و اجرای آن از فصل کشت آینده آغاز می‌شود."
    )
    record = newsparse.parse_text(
        blank_lines_apart(
            kicker,
            title,
            "9 اردیبهشت 1404 - 09:45",
            "356",
            "زمان مطالعه : 4 دقیقه",
            "کد خبر : 79214",
            title,
            kicker,
            lead,
            "  • گروه خبری : اخبار,اخبار ستادها",
        )
    )
    assert (record.kicker, record.title, record.body) == (kicker, title, (lead,))


def test_an_email_with_no_subject_line_keeps_its_lines() -> None:
    raw = "\n".join(["From: a reader", "", TITLE, LEAD])
    assert texts(text_lines(raw))[-2:] == [TITLE, LEAD]


def test_a_copy_broken_alike_twice_is_joined_and_a_copy_doubled_stays_two() -> None:
    title = "264 startups graduate from the incubators of the Isfahan science town, 127 from"
    first, _, second = title.partition(" of the ")
    second = f"of the {second}"
    whole = Line(title)
    # Both copies of the title broken at the same place: each pair of pieces is one copy.
    broken = [Line(first), Line(second), Line(first), Line(second)]
    assert [line.text for line in joined_copies(broken, [whole, *broken])] == [title, title]
    # The title twice, and a gallery's line holding both copies run together: two copies.
    twice = [Line(title), Line(title)]
    run_together = Line(f"{title} {title}")
    assert [line.text for line in joined_copies(twice, [*twice, run_together])] == [title, title]
