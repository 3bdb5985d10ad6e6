"""What stands under the info bullets when the title stands above them, or when a capture
starts there: the kicker, a byline, a picture's alt text; and what stands around them that
is no article's (a most-viewed box's lone date, a printed page's line, a fund's name)."""

from __future__ import annotations

import newsparse

TITLE = "Why small satellites matter for the next five years of the country's space sector."
LEAD = (
    "Ten years ago, building a satellite meant a large government project that took a "
    "decade. Today a group of graduate students can assemble one in less than two years."
)
SECOND = (
    "Cheaper electronics, open designs and shared launches have lowered the cost of "
    "entering space for small countries and small companies alike."
)
FOOTER = [
    "  • News group : NEWS,Opinion",
    "  • News code : 61208",
    "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
]


def _opinion(*, title: bool = True) -> str:
    top = ["Today : Sunday Jun 16 2019", "", TITLE, ""] if title else []
    return "\n".join(
        [
            *top,
            "  • Jun 9 2019 - 18:05",
            "  • 1,204",
            "  • Study time : 1 minute(s)",
            "",
            "Opinion;",
            "",
            "Dr. Maryam Tavakoli *",
            "",
            LEAD,
            "",
            SECOND,
            "",
            *FOOTER,
        ]
    )


def test_the_kicker_under_the_bullets_of_a_title_printed_above_them_is_no_text() -> None:
    record = newsparse.parse_text(_opinion())
    assert (record.kicker, record.title, record.body) == ("Opinion", TITLE, (LEAD, SECOND))
    # Printed once, the title has no copy to confirm it.
    assert record.warnings == (
        "title uncertain: found neither in a copy on the page nor in the HTML head",
    )


def test_a_capture_starting_at_the_bullets_takes_neither_byline_nor_lead_for_the_title() -> None:
    record = newsparse.parse_text(_opinion(title=False))
    assert (record.kicker, record.title) == ("Opinion", None)
    assert record.body == (LEAD, SECOND)
    assert "no title found" in record.warnings


FA_TITLE = "پژوهشگران دانشگاه صنعتی شریف نخستین باتری سدیمی کشور را ساختند"
FA_LEAD = (
    "به گزارش مرکز ارتباطات معاونت علمی، گروهی از پژوهشگران دانشکده مهندسی مواد دانشگاه "
    "صنعتی شریف نمونه آزمایشگاهی باتری یون سدیمی را ساختند و آزمودند."
)
FA_SECOND = (
    "مجری طرح گفت سدیم برخلاف لیتیم در کشور به فراوانی یافت می‌شود و هزینه ساخت این "
    "باتری‌ها را تا یک سوم کاهش می‌دهد."
)
FA_FOOTER = [
    "  • گروه خبری : اخبار,فناوری",
    "کلیه حقوق این سایت متعلق به معاونت علمی، فناوری و اقتصاد دانش‌بنیان ریاست جمهوری می‌باشد",
]


# The text under the title and the footer, a blank line before each block.
FA_TEXT = ("", FA_LEAD, "", FA_SECOND, "", *FA_FOOTER)


def _persian(under: list[str], more: list[str] | None = None) -> str:
    return "\n".join(
        [
            "مرکز ارتباطات؛",
            FA_TITLE,
            "  • ۱۴۰۲/۰۸/۲۱ - ۱۱:۲۰",
            "  • ۵۳۸",
            "  • زمان مطالعه : ۲ دقیقه",
            "  • کد خبر : ۷۱۹۰۲",
            "",
            *under,
            FA_LEAD,
            "",
            *(more or []),
            FA_SECOND,
            "",
            *FA_FOOTER,
        ]
    )


def test_a_pictures_alt_text_under_the_bullets_is_no_text() -> None:
    record = newsparse.parse_text(_persian(["باتری یون سدیمی", ""]))
    assert (record.kicker, record.title) == ("مرکز ارتباطات", FA_TITLE)
    assert record.body == (FA_LEAD, FA_SECOND)


def test_a_text_set_out_under_subheadings_may_open_with_one() -> None:
    record = newsparse.parse_text(_persian(["ساخت نمونه", ""], ["هزینه ساخت", ""]))
    assert record.body == ("ساخت نمونه", FA_LEAD, "هزینه ساخت", FA_SECOND)


def test_an_interviewers_credit_over_the_titles_copy_is_no_kicker() -> None:
    capture = "\n".join(
        [
            "دبیر شبکه آزمایشگاه‌ها در گفت‌وگو با ایستی:",
            FA_TITLE,
            "  • ۱۴۰۳/۰۸/۰۵ - ۱۰:۳۰",
            "  • ۳۴۷",
            "  • زمان مطالعه : ۲ دقیقه",
            "گفت‌وگو از: نرگس طاهری",
            FA_TITLE,
            *FA_TEXT,
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.kicker == "دبیر شبکه آزمایشگاه‌ها در گفت‌وگو با ایستی"
    assert record.body == (FA_LEAD, FA_SECOND)


def test_a_lone_date_among_headlines_is_no_publication_date() -> None:
    # The old portal's capture cut before its footer line, which holds the article's date.
    capture = "\n".join(
        [
            "Tuesday, May 22, 2018-",
            "Latest News",
            "Tehran hosts regional workshop on technology transfer",
            "13/05/2018",
            "Knowledge-based firms showcase medical equipment in Mashhad",
            "12/05/2018",
            "Home Page > news",
            "News > Iranian researchers build a nanofiber filter for arsenic in well water",
            "Nanotechnology Initiative Council;",
            "Iranian researchers build a nanofiber filter for arsenic in well water",
            "Iranian researchers build a nanofiber filter for arsenic in well water",
            LEAD,
            SECOND,
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.published is None
    assert "no publication date found" in record.warnings
    assert not any(w.startswith("info block uncertain") for w in record.warnings)


def test_a_line_only_a_printed_page_shows_is_no_text() -> None:
    capture = _opinion().replace("Dr. Maryam Tavakoli *", "Printed from en.isti.ir")
    assert newsparse.parse_text(capture).body == (LEAD, SECOND)


def test_a_list_item_naming_a_fund_is_the_articles_text() -> None:
    items = [
        "Five investors took part in the round:",
        "the Innovation and Prosperity Fund, as co-lead",
        "a venture fund backed by the Isfahan science park",
        "a group of angel investors from the Pardis Technology Park network",
    ]
    capture = _opinion().replace(SECOND, "\n".join(items))
    assert newsparse.parse_text(capture).body == (LEAD, *items)


def test_w3ms_image_name_run_into_the_titles_copy_is_no_title() -> None:
    capture = "\n".join(
        [
            "رونق تولید",
            "با حمایت ستاد توسعه فناوری‌های هوایی؛",
            "",
            FA_TITLE,
            "",
            "  • ۱۴۰۳/۰۷/۲۶ - ۱۰:۳۰",
            "  • ۳۱۸",
            "  • زمان مطالعه : ۳ دقیقه",
            "  • کد خبر : ۷۱۹۴۲",
            "",
            f"[71942]{FA_TITLE}",
            *FA_TEXT,
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title) == ("با حمایت ستاد توسعه فناوری‌های هوایی", FA_TITLE)
    assert record.body == (FA_LEAD, FA_SECOND)


def test_the_date_under_the_short_title_after_a_most_viewed_box_is_the_articles() -> None:
    # A paste: the box's items each on a line with their dates, then the article's short
    # title over its date and count, the kicker, the title, the study time and code.
    paragraphs = (f"{FA_LEAD} {FA_SECOND}", f"{FA_SECOND} {FA_LEAD}")
    capture = "\n".join(
        [
            "امروز : یکشنبه ۱۶ اردیبهشت ۱۴۰۳",
            "پربازدیدترین اخبار",
            "صادرات داروهای زیستی دانش‌بنیان به ۱۲ کشور رسید ۱۴۰۳/۰۲/۱۲ - ۰۹:۱۵ ۹۴۳",
            "نمایشگاه فناوری‌های نوظهور هفته آینده برپا می‌شود ۱۴۰۳/۰۲/۱۳ - ۱۳:۴۰ ۷۲۱",
            "پژوهشگران دانشگاه صنعتی شریف نخستین باتری سدیمی کشور ساختند",
            "۱۴۰۳/۰۲/۱۵ - ۱۰:۳۰",
            "۴۳۸",
            "مرکز ارتباطات؛",
            FA_TITLE,
            "زمان مطالعه : ۲ دقیقه",
            "کد خبر : ۷۱۹۲۵",
            *paragraphs,
            *FA_FOOTER,
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.published, record.views) == ("2024-05-04T10:30:00+03:30", 438)
    assert record.body == paragraphs


def test_a_persian_printed_pages_line_and_a_videos_download_bar_are_no_text() -> None:
    chrome = [
        "نسخه چاپی این خبر از نشانی isti.ir قابل دریافت است",
        "Download (MP4, 48 MB) | Download low quality (12 MB)",
    ]
    capture = _opinion().replace("Dr. Maryam Tavakoli *", "\n".join(chrome))
    assert newsparse.parse_text(capture).body == (LEAD, SECOND)


def test_a_kicker_opening_with_a_doctors_name_is_no_byline() -> None:
    capture = _opinion().replace("Opinion;", "Dr. Kazemi Ashtiani research grant")
    capture = capture.replace("Dr. Maryam Tavakoli *", TITLE)
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title) == ("Dr. Kazemi Ashtiani research grant", TITLE)


BMN_TOP = ["Saturday 8 February 2020", "", "", "", "Home", "Programs", "Contact Us", "فارسی"]
BMN_FOOTER = [
    "Publish date : 2020/02/05",
    "Code : 2214",
    "Visit count: 312",
    "All rights reserved for National Foundation of Elites",
]


def test_a_photographers_credit_under_the_title_leaves_the_title() -> None:
    title = "Exhibition by young elites asks visitors “How did we measure the sky?”"
    capture = "\n".join(
        [
            *BMN_TOP,
            "At the National Museum of Science and Technology:",
            title,
            "Photo: Sara Ahmadi / BMN",
            LEAD,
            SECOND,
            *BMN_FOOTER,
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title) == (
        "At the National Museum of Science and Technology",
        title,
    )
    assert record.body == (LEAD, SECOND)


def test_a_newsletter_boxs_heading_is_no_kicker() -> None:
    capture = _persian([]).replace("مرکز ارتباطات؛\n", "عضویت در خبرنامه\n[ ] عضویت\n")
    assert newsparse.parse_text(capture).kicker is None


def test_a_glossary_under_a_key_terms_heading_is_the_articles_text() -> None:
    glossary = [
        "واژه‌های کلیدی",
        "کیوبیت",
        "واحد پایه اطلاعات کوانتومی که می‌تواند هم‌زمان در برهم‌نهی دو حالت باشد.",
    ]
    capture = _persian([], glossary)
    assert newsparse.parse_text(capture).body == (FA_LEAD, *glossary, FA_SECOND)


def test_a_reader_views_name_and_reading_time_around_the_title_mark_the_site() -> None:
    capture = "\n".join(
        ["Vice-Presidency for Science and Technology", TITLE, "2–3 minutes", "", LEAD, "", SECOND]
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.body) == (TITLE, (LEAD, SECOND))


def test_a_read_later_exports_address_and_saved_day_are_no_text() -> None:
    address = "https://en.isti.ir/News/Small-satellites-next-five-years/61208"
    capture = "\n".join([TITLE, address, "Saved June 16, 2019", "", LEAD, "", SECOND])
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.news_code) == (None, TITLE, 61208)
    assert record.body == (LEAD, SECOND)


def test_two_authors_a_translators_credit_and_an_authors_post_are_no_text() -> None:
    for credits in (
        ["Prof. Reza Kazemi and Eng. Leila Noori"],
        ["Eng. Kaveh Tehrani", "Translated by: Sara Jafari"],
    ):
        capture = _opinion().replace("Dr. Maryam Tavakoli *", "\n".join(credits))
        assert newsparse.parse_text(capture).body == (LEAD, SECOND)
    author = ["دکتر فرهاد صدری", "عضو هیئت علمی پژوهشگاه ملی مهندسی ژنتیک", ""]
    record = newsparse.parse_text(_persian(author))
    assert record.body == (FA_LEAD, FA_SECOND)


def test_a_related_storys_card_inside_the_text_is_no_text() -> None:
    card = [
        "Related news",
        "Space technology:",
        "Iranian-made cubesat completes its first year in orbit",
        "  • Feb 11 2025 - 09:15",
        "  • 763",
    ]
    after = (SECOND.replace("Cheaper", "Smaller"), LEAD.replace("Ten", "Twenty"))
    capture = _opinion().replace(f"{SECOND}\n", "\n".join([SECOND, *card, "", *after, ""]))
    record = newsparse.parse_text(capture)
    assert record.body == (LEAD, SECOND, *after)
    assert record.published == "2019-06-09T18:05:00+04:30"


def test_the_previous_and_next_stories_under_the_text_are_no_text() -> None:
    neighbours = [
        "Previous news Iran's seed bank puts 14,000 wheat varieties online Oct 26 2024 - 13:20",
        "Next news Greenhouse sensors cut water use by a quarter. Oct 29 2024 - 10:50",
    ]
    capture = _opinion().replace("  • News group", "\n".join([*neighbours, "  • News group"]))
    assert newsparse.parse_text(capture).body == (LEAD, SECOND)


def test_an_authors_name_and_post_on_one_line_after_a_comma_are_no_text() -> None:
    # The photo's alt text (the name alone) may be printed before the caption, run on.
    for byline in (
        "دکتر فرهاد صدری، عضو هیئت علمی پژوهشگاه ملی مهندسی ژنتیک",
        "فرهاد صدری دکتر فرهاد صدری، عضو هیئت علمی پژوهشگاه ملی مهندسی ژنتیک",
    ):
        record = newsparse.parse_text(_persian([byline, ""]))
        assert record.body == (FA_LEAD, FA_SECOND), byline
    capture = _opinion().replace("Dr. Maryam Tavakoli *", "Dr. Kaveh Moradi, head of the park")
    assert newsparse.parse_text(capture).body == (LEAD, SECOND)
