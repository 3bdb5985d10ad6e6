"""A mobile page's info line with each icon's alt text before its item, and a side box of
the most shared headlines with their counts."""

from __future__ import annotations

import pytest

import newsparse
from conftest import COPYRIGHT, blank_lines_apart

TITLE = "Handheld sensor tells pure saffron from dyed threads in thirty seconds."
LEAD = (
    "Researchers at Ferdowsi University of Mashhad have built a pocket-sized optical sensor "
    "that checks a pinch of saffron for synthetic dyes in about thirty seconds."
)
BODY = (
    "A knowledge-based company in Mashhad Science and Technology Park will start selling "
    "the sensor to exporters this autumn, the park said."
)


@pytest.mark.parametrize(
    "info",
    [
        "date Jul 2 2019 - 14:05 views 1,204 study time Study time : Less than one minute",
        # pandoc sets each image's alt text in brackets.
        "[date] Jul 2 2019 - 14:05 [views] 1,204 [study time] Study time : Less than one minute",
    ],
)
def test_each_info_items_icon_title_is_no_part_of_the_item(info: str) -> None:
    text = blank_lines_apart(
        "Today : Saturday Jul 6 2019",
        info,
        "Food safety;",
        TITLE,
        LEAD,
        BODY,
        "News group : NEWS,Agriculture",
        "News code : 58841",
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert (record.published, record.views, record.study_minutes) == (
        "2019-07-02T14:05:00+04:30",
        1204,
        0,
    )
    assert record.body == (LEAD, BODY)


def test_a_most_shared_box_before_the_article_is_no_kicker_or_body() -> None:
    box = (
        "Most shared this week",
        "Elite students invited to national olympiad of inventions",
        "Shared 214 times",
        "New housing loan rules for elite researchers",
        "Shared 131 times",
    )
    text = blank_lines_apart(
        "Sunday 16 February 2020",
        *box,
        "Shahid Chamran grant;",
        TITLE,
        LEAD,
        BODY,
        "Publish date : 2020/02/11",
        "Code : 1873",
        "Visit count: 412",
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title, record.body) == (
        "Shahid Chamran grant",
        TITLE,
        (LEAD, BODY),
    )


def test_a_pasted_most_shared_box_and_survey_before_the_kicker_are_no_title() -> None:
    """A paste keeps no widget: the share counts and the survey's words tell the boxes."""
    text = "\n".join(
        (
            "Sunday 16 February 2020",
            "Most shared this week",
            "Elite students invited to national olympiad of inventions",
            "Shared 214 times",
            "New housing loan rules for elite researchers",
            "Shared 131 times",
            "Survey",
            "Which support programme has helped you most this year?",
            "Research grants",
            "Housing loans",
            "See results",
            "Shahid Chamran grant;",
            TITLE,
            LEAD,
            BODY,
            "Publish date : 2020/02/11",
            "Code : 1873",
            "Visit count: 412",
            "All rights reserved for National Foundation of Elites",
        )
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title, record.body) == (
        "Shahid Chamran grant",
        TITLE,
        (LEAD, BODY),
    )


def test_a_share_bar_a_wrap_ran_on_after_the_info_lines_news_code_is_no_part_of_it() -> None:
    # w3m joins the share bar's line to the long info line it takes for wrapped.
    info = "۱۴۰۲/۱۰/۲۵ - ۰۹:۳۰ · ۴۱۲ بازدید · زمان مطالعه : ۱ دقیقه · کد خبر : ۹۸۴۴۱"
    text = blank_lines_apart(
        "امروز : دوشنبه ۲ بهمن ۱۴۰۲",
        "با حمایت صندوق نوآوری و شکوفایی؛",
        "بذرپاشی هوایی با پهپاد بومی در دشت‌های سیستان آغاز شد",
        f"{info} اشتراک‌گذاری: تلگرام واتس‌اپ ایتا کپی لینک",
        "یک شرکت دانش‌بنیان در زاهدان با پهپادی که در داخل ساخته، بذرپاشی گیاهان مرتعی را "
        "در دویست هکتار از اراضی دشت سیستان آغاز کرده است.",
        "گروه خبری : اخبار,فناوری",
        "تمامی حقوق این سایت متعلق به معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست جمهوری است.",
    )
    record = newsparse.parse_text(text)
    assert (record.published, record.views, record.study_minutes, record.news_code) == (
        "2024-01-15T09:30:00+03:30",
        412,
        1,
        98441,
    )
    assert record.warnings == ()
