"""The Persian edition: labels in either letter form, any digits, marks kept, legible `show`."""

from __future__ import annotations

import io
from collections.abc import Callable

import pytest
from rich.cells import cell_len
from rich.console import Console

import newsparse
from newsparse.cli.output import plain_view, rich_view
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.label_lines import label_lines
from newsparse.grammar.lines import make_line, match_key
from newsparse.grammar.rules import classify
from newsparse.grammar.shapes import is_short_form
from newsparse.grammar.state import Kind
from newsparse.readers.text import text_lines

ZWNJ, RLM, LRM = "\u200c", "\u200f", "\u200e"
TITLE = "راه\u200cاندازی نخستین مرکز نوآوری فناوری\u200cهای کشاورزی در کرمان"
PUBLISHER = "معاونت علمی و فناوری ریاست جمهوری"
BODY = "این مرکز با حضور ۱۲ شرکت دانش\u200cبنیان کار خود را آغاز کرد."


def capture(*info: str, footer: tuple[str, ...] = ()) -> str:
    """A small text capture: the title, the given info lines, one paragraph, a footer."""
    return "\n".join((TITLE, *info, "", BODY, "", *footer)) + "\n"


def test_persian_labels_read_the_same_in_arabic_yeh_and_kaf() -> None:
    record = newsparse.parse_text(
        capture(
            "زمان مطالعه : 3 دقيقه",
            "كد خبر : 456",
            footer=("گروه خبري : اخبار,پارك\u200cهاي علم و فناوري",),
        )
    )
    assert (record.study_minutes, record.news_code) == (3, 456)
    # The names are kept as written, with their Arabic letters and ZWNJ.
    assert record.categories == ("اخبار", "پارك\u200cهاي علم و فناوري")
    assert record.language == "fa"


def test_rtl_and_ltr_marks_around_labels_are_ignored() -> None:
    record = newsparse.parse_text(
        capture(
            f"{RLM}زمان مطالعه{RLM} : ۲ دقیقه",
            f"{LRM}کد خبر :{RLM} ۷۹۸۰۱{RLM}",
            footer=(
                f"{RLM}گروه خبری{RLM} : اخبار",
                f"{RLM}تعداد نظرات : ۴",
                f"{RLM}کلیه حقوق این سایت متعلق به {PUBLISHER} می\u200cباشد.{RLM}",
            ),
        )
    )
    assert (record.study_minutes, record.news_code) == (2, 79801)
    assert record.categories == ("اخبار",)
    assert record.comment_count == 4
    assert record.publisher == PUBLISHER
    # The capture prints a two-line body for a two-minute read; its title, printed once,
    # stands right over the study time, which confirms it.
    assert record.warnings == (
        "body looks short: 12 words for a study time of 2 minutes",
        "no publication date found",
    )


@pytest.mark.parametrize(
    ("line", "views"),
    [
        ("تعداد بازدید : ۱٬۲۰۴", 1204),  # Arabic thousands separator U+066C
        ("بازدید : ٨٧", 87),  # Arabic-Indic digits
        ("۱,۲۰۴ بازدید", 1204),
        ("Views : 1,204", 1204),
    ],
)
def test_view_counts_in_any_digits_and_separators(line: str, views: int) -> None:
    record = newsparse.parse_text(capture("1402/06/24 - 10:00", line, "کد خبر : 1"))
    assert record.views == views


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("تعداد نظرات : ۳", 3),
        ("نظرات (٢)", 2),
        ("۵ دیدگاه", 5),
        ("0 نظر", 0),
        ("برای این خبر ۲ نظر ثبت شده است", 2),
    ],
)
def test_persian_comment_counts(line: str, count: int) -> None:
    record = newsparse.parse_text(capture("کد خبر : 1", footer=(line, "نام خواننده", "متن نظر")))
    assert record.comment_count == count
    assert record.body == (BODY,)


def test_english_and_persian_labels_mixed_on_one_page() -> None:
    record = newsparse.parse_text(
        capture(
            "Sep 15 2023 - 10:00",
            "Study time : 4 minute(s)",
            "زمان مطالعه : 9 دقیقه",  # the first value read wins
            "کد خبر : 71690",
            footer=("گروه خبری : اخبار",),
        )
    )
    assert (record.study_minutes, record.news_code) == (4, 71690)
    assert record.published == "2023-09-15T10:00:00+03:30"
    assert record.language == "fa"  # two Persian labels against one English


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("تاریخ انتشار : ۱۴۰۲/۰۶/۲۴ - ۱۰:۰۰", "2023-09-15T10:00:00+03:30"),
        ("تاریخ خبر : شنبه ۲۵ شهریور ۱۴۰۲", "2023-09-16"),
        ("Publish Date : Sep 15 2023 - 10:00", "2023-09-15T10:00:00+03:30"),
    ],
)
def test_a_labelled_publication_date(line: str, published: str) -> None:
    record = newsparse.parse_text(capture(line, "کد خبر : 1"))
    assert record.published == published
    assert record.body == (BODY,)


def test_a_date_label_without_a_date_is_text() -> None:
    record = newsparse.parse_text(capture("کد خبر : 1", footer=("تاریخ انتشار : نامشخص",)))
    assert record.published is None
    assert record.body == (BODY, "تاریخ انتشار : نامشخص")


def test_a_kicker_ending_in_the_persian_semicolon_loses_it() -> None:
    text = "\n".join(("۱۴۰۲/۰۶/۲۴ - ۱۰:۰۰", "کد خبر : ۱۲", "معاون علمی خبر داد؛", TITLE, "", BODY))
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title) == ("معاون علمی خبر داد", TITLE)


def test_the_record_keeps_zwnj_yeh_keheh_and_marks_exactly_as_written() -> None:
    arabic_title = "نمايشگاه توانمندي\u200cهاي شركت\u200cهاي دانش\u200cبنيان"
    body = f"ريزجلبك اسپيرولينا (Spirulina){RLM} در بوشهر كشت مي\u200cشود."
    text = "\n".join((arabic_title, "كد خبر : ٥٢٠٧٣", "", body))
    record = newsparse.parse_text(text)
    assert record.title == arabic_title
    assert record.body == (body,)
    assert record.news_code == 52073


def test_match_key_maps_one_character_to_one() -> None:
    shown = f"{RLM}كد خبر{RLM} : ٥٢٠٧٣ ي ۱٬۲۰۴ ٫ ، {ZWNJ}"
    key = match_key(shown)
    assert key == f" کد خبر  : 52073 ی 1,204 . , {ZWNJ}"
    assert len(key) == len(shown)


def wrap_by(measure: Callable[[str], int], text: str, width: int) -> list[str]:
    """Greedy wrapping, counting a line's length with `measure`, as a tool does."""
    lines = [""]
    for word in text.split():
        candidate = f"{lines[-1]} {word}" if lines[-1] else word
        if lines[-1] and measure(candidate) > width:
            lines.append(word)
        else:
            lines[-1] = candidate
    return lines


def columns(text: str) -> int:
    """Terminal columns: ZWNJ takes none (pandoc counts so)."""
    return len(text) - text.count(ZWNJ)


# Words with and without ZWNJ, so that the two ways of counting wrap differently.
PARAGRAPH = " ".join(
    [
        "شرکت\u200cهای دانش\u200cبنیان مستقر در پارک\u200cهای علم و فناوری",
        "امسال بیش از دو هزار میلیارد ریال فروش داشته\u200cاند و سهم صادرات",
        "آن\u200cها به\u200cطور پیوسته افزایش یافته است؛ بسیاری از این",
        "شرکت\u200cها در حوزه\u200cهای نرم\u200cافزار، تجهیزات پزشکی و",
        "کشاورزی هوشمند فعالیت می\u200cکنند و برای گسترش بازار خود",
        "به حمایت\u200cهای بیشتری در زمینه گواهی\u200cنامه\u200cهای بین\u200cالمللی نیاز دارند.",
    ]
    * 2
)


@pytest.mark.parametrize("measure", [len, columns], ids=["characters", "columns"])
def test_persian_paragraph_wrapped_either_way_is_joined_again(
    measure: Callable[[str], int],
) -> None:
    wrapped = wrap_by(measure, PARAGRAPH, 60)
    assert len(wrapped) > 6
    assert [line.text for line in text_lines("\n".join(wrapped))] == [PARAGRAPH]


def test_a_label_line_opening_with_an_rlm_is_not_joined_to_the_line_above() -> None:
    wrapped = wrap_by(len, PARAGRAPH, 60)
    lines = text_lines("\n".join([*wrapped, f"{RLM}کد خبر : ۱۲"]))
    assert [line.text for line in lines] == [PARAGRAPH, f"{RLM}کد خبر : ۱۲"]


@pytest.fixture
def persian_record() -> newsparse.Record:
    return newsparse.parse_text(
        capture(
            "۱۴۰۲/۰۶/۲۴ - ۱۰:۰۰",
            "کد خبر : ۱۲",
            footer=("گروه خبری : پارک\u200cهای علم و فناوری,اخبار",),
        )
    )


def test_show_keeps_persian_in_logical_order_with_its_zwnj(
    persian_record: newsparse.Record,
) -> None:
    # Terminals that do bidi reorder each line themselves; text reordered here would
    # come out reversed on them, so the view keeps the order the capture has.
    view = plain_view(persian_record)
    # The capture prints its title once: the row is marked as doubted.
    assert f"title ?      {TITLE}\n" in view
    assert f"categories   پارک{ZWNJ}های علم و فناوری\n" in view
    assert f"\n{BODY}\n" in view


def test_rich_show_wraps_persian_between_words_and_keeps_the_table_aligned(
    persian_record: newsparse.Record,
) -> None:
    out = io.StringIO()
    rich_view(Console(file=out, width=50, color_system=None), persian_record)
    lines = out.getvalue().splitlines()
    rows = [line for line in lines if line.startswith(("│", "┌", "└"))]
    # ZWNJ takes no column, so every row of the table is as wide as the others.
    assert {cell_len(row) for row in rows} == {50}
    title_rows = [row for row in rows if "│ title " in row or row.startswith("│             │")][:2]
    cells = [row.split("│")[2].strip() for row in title_rows]
    # The title wrapped onto two rows at a space, each word whole and in order.
    assert " ".join(cells) == TITLE


def test_a_name_inside_an_attribution_is_no_short_title_of_it() -> None:
    lead = "به گزارش روابط عمومی پارک فناوری پردیس، معاون فناوری پارک در این مراسم گفت"
    assert not is_short_form("پارک فناوری پردیس", lead)
    assert is_short_form(
        "رونمایی نسخه 2.0 پلتفرم DataHub", "رونمایی از نسخه 2.0 پلتفرم DataHub در پارک"
    )


def test_a_most_viewed_items_date_and_count_set_apart_by_a_dash_are_a_list_not_the_title() -> None:
    title = "۶۴ دانشجوی نخبه استان فارس در طرح «همیار پژوهش» پذیرفته شدند"
    lead = "شصت و چهار دانشجوی نخبه دانشگاه‌های استان فارس در دوره جدید این طرح پذیرفته شدند."
    capture = "\n".join(
        (
            "سه‌شنبه 14 آبان 1398",
            "پربازدیدترین‌ها",
            "  • برگزیدگان جایزه شهید چمران در آیینی معرفی شدند",
            "    ۱۳۹۸/۰۸/۰۴ - ۱۲۸۰ بازدید",
            "  • نشست هم‌اندیشی نخبگان حوزه آب در شیراز برگزار شد",
            "    ۱۳۹۸/۰۸/۰۸ - ۵۱۲ بازدید",
            "",
            "رئیس بنیاد نخبگان استان فارس خبر داد:",
            title,
            title,
            lead,
            "تاریخ انتشار : ۱۳۹۸/۰۸/۱۱",
            "کد خبر : ۳۱۸۷",
            "تمامی حقوق برای بنیاد ملی نخبگان محفوظ است",
        )
    )
    record = newsparse.parse_text(capture + "\n")
    assert (record.kicker, record.title, record.body) == (
        "رئیس بنیاد نخبگان استان فارس خبر داد",
        title,
        (lead,),
    )


def test_a_date_and_a_count_set_apart_by_a_dash_are_info_items() -> None:
    line = make_line("۱۳۹۸/۰۸/۰۴ - ۱۲۸۰ بازدید")
    assert line is not None
    state = classify(label_lines([line]))
    assert state.kinds == [Kind.INFO]
    assert (state.info[0].date is not None, state.info[0].views) == (True, 1280)


def test_bmn_irs_persian_footer_labels_give_the_code_date_and_views() -> None:
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "سه شنبه 17 بهمن 1402",
                TITLE,
                BODY,
                "تاریخ انتشار : 1402/11/15",
                "کد : 4871",
                "تعداد بازدید: 312",
                "کلیه حقوق این سایت متعلق به بنیاد ملی نخبگان می‌باشد.",
            )
        )
    )
    assert (record.layout, record.news_code, record.published, record.views) == (
        "bmn",
        4871,
        "2024-02-04",
        312,
    )
    assert (record.title, record.body) == (TITLE, (BODY,))


def test_a_bare_view_count_right_above_the_study_time_of_a_page_with_no_date() -> None:
    record = newsparse.parse_text(
        "\n".join((TITLE, "287", "زمان مطالعه : 3 دقیقه", "کد خبر : 71934", "", BODY, ""))
    )
    assert (record.views, record.study_minutes, record.news_code) == (287, 3, 71934)


def test_an_icons_title_before_each_info_item_is_no_part_of_it() -> None:
    # html2text prints an SVG's `<title>` before the value it marks.
    record = newsparse.parse_text(
        capture(
            "  * تاریخ انتشار ۱۴۰۲/۰۸/۰۷ - ۰۹:۱۵",
            "  * بازدید ۱,۲۰۴",
            "  * زمان مطالعه زمان مطالعه : ۴ دقیقه",
            "  * کد خبر : ۷۲۰۱۱",
        )
    )
    assert (record.published, record.views, record.study_minutes, record.news_code) == (
        "2023-10-29T09:15:00+03:30",
        1204,
        4,
        72011,
    )


def test_a_share_bar_run_on_after_the_news_groups_last_name_is_no_part_of_it() -> None:
    record = newsparse.parse_text(
        capture(
            "کد خبر : 1",
            footer=("گروه خبری : اخبار,فناوری‌های نو,سلامت تلگرام توییتر نسخه چاپی",),
        )
    )
    assert record.categories == ("اخبار", "فناوری‌های نو", "سلامت")


def test_bmn_irs_capture_date_before_its_top_bar_gives_the_date_and_the_layout() -> None:
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "چهارشنبه 7 اسفند 1398 English ورود به سامانه سینا",
                "بنیاد ملی نخبگان",
                TITLE,
                BODY,
                "تاریخ انتشار : ۱۳۹۸/۱۲/۰۳",
                "کد خبر : ۴۸۲۱",
                "تعداد بازدید : ۲۷۴",
                "کلیه حقوق این سایت متعلق به بنیاد ملی نخبگان می‌باشد. نشانی : تهران، خیابان "
                "پاسداران - تلفن : ۲۲۸۰۰۰۰۰",
            )
        )
    )
    assert (record.captured_on, record.layout, record.publisher) == (
        "2020-02-26",
        "bmn",
        "بنیاد ملی نخبگان",
    )


def test_a_link_to_the_mobile_version_above_the_bullets_is_no_title() -> None:
    record = newsparse.parse_text(
        capture("کد خبر : 1", footer=()).replace(TITLE, f"{TITLE}\nنسخه موبایل این صفحه را ببینید")
    )
    assert record.title == TITLE


def test_bmn_irs_capture_date_before_the_site_name_its_logo_links_to() -> None:
    # html2text runs the logo's link and the site's name onto the date's line.
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "چهارشنبه 7 اسفند 1398 [![](/images/logo.png)](/) بنیاد ملی نخبگان",
                TITLE,
                BODY,
                "Publish date : 1398/12/05",
                "Code : 4821",
                "All rights reserved for National Foundation of Elites نشانی: تهران، خیابان "
                "کارگر شمالی - تلفن: ۸۲۰۹۶۰۰۰",
            )
        )
    )
    assert (record.captured_on, record.publisher) == (
        "2020-02-26",
        "National Foundation of Elites",
    )


def test_the_old_portals_persian_labels_give_the_code_and_the_views() -> None:
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "صفحه اصلی > اخبار ",
                TITLE,
                BODY,
                "۰۹:۰۵ - ۱۳۹۷/۱۱/۱۶    /    شماره : ۴۱۲۳۸    /    تعداد نمایش : ۱,۲۰۴",
                f"کلیه حقوق این سایت متعلق به {PUBLISHER} می‌باشد.",
            )
        )
    )
    assert (record.published, record.news_code, record.views) == (
        "2019-02-05T09:05:00+03:30",
        41238,
        1204,
    )


def test_a_news_code_under_the_byline_ends_none_of_the_text() -> None:
    # The date and counts stand above the kicker; the code under the title and byline.
    record = newsparse.parse_text(
        "\n".join(
            (
                "  • ۱۴۰۱/۰۲/۱۱ - ۱۴:۱۰",
                "  • ۱٬۲۰۴",
                "  • زمان مطالعه : ۴ دقیقه",
                "یادداشت",
                TITLE,
                "دکتر مهسا رضایی *",
                "کد خبر : ۲۳۱۷۰",
                "",
                BODY,
                "",
                "  • گروه خبری : یادداشت",
            )
        )
    )
    assert (record.news_code, record.body) == (23170, (BODY,))


def test_a_kicker_above_the_title_over_the_bullets_may_end_with_the_speakers_verb() -> None:
    # No colon: the kicker names who speaks, and ends with the verb that says so.
    record = newsparse.parse_text(
        "\n".join(
            (
                "معاون فناوری‌های نوظهور خبر داد",
                TITLE,
                "  • زمان مطالعه : ۲ دقیقه",
                "  • کد خبر : ۷۱۹۰۴",
                TITLE,
                "",
                BODY,
            )
        )
    )
    assert (record.kicker, record.title) == ("معاون فناوری‌های نوظهور خبر داد", TITLE)


@pytest.mark.parametrize(
    ("line", "byline"),
    [("زهرا کریمی", True), ("دکتر مریم احمدی", True), ("این طرح از امروز آغاز شد", False)],
)
def test_a_persian_name_right_under_the_title_reads_as_its_byline(line: str, byline: bool) -> None:
    # Persian writes no capitals: two or three words of its letters, and no more, name one.
    assert is_byline(line, loose=True) is byline


def test_the_comments_heading_closes_bmns_persian_article_as_their_count_does() -> None:
    page = "\n\n".join(
        [
            "در نشست خبری اعلام شد:",
            TITLE,
            BODY,
            "نظرات کاربران",
            "دکتر سمیرا کاظمی ۱۴۰۲/۰۸/۱۰ - ۱۰:۲۳",
            "خبر بسیار خوبی است. امیدوارم دسترسی به داده‌ها برای همه پژوهشگران آسان شود.",
            "ناشناس ۱۴۰۲/۰۸/۱۱ - ۲۱:۰۵",
            "آیا دانشجویان کارشناسی ارشد هم می‌توانند در این فراخوان شرکت کنند؟",
            "تاریخ انتشار : ۱۴۰۲/۰۸/۰۹",
            "کد خبر : ۹۲۱۷",
            "تعداد بازدید : ۴۱۸",
            "کلیه حقوق مادی و معنوی این پایگاه متعلق به بنیاد ملی نخبگان می‌باشد",
        ]
    )
    record = newsparse.parse_text(page)
    assert (record.title, record.body, record.views) == (TITLE, (BODY,), 418)


def _isti_page(*top: str) -> str:
    """A Persian page of the current layout from its top lines (short title, bullets,
    kicker, title) to its footer."""
    footer = (
        "گروه خبری : اخبار,فناوری نانو",
        "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری می‌باشد",
    )
    return "\n\n".join((*top, BODY, *footer)) + "\n"


def test_a_kicker_ending_in_a_quote_between_the_date_and_the_title_is_the_kicker() -> None:
    kicker = "رونمایی از دستیار صوتی «آوا»"
    record = newsparse.parse_text(
        _isti_page(
            "راه‌اندازی نخستین مرکز نوآوری فناوری‌های کشاورزی کرمان",
            "  • ۱۴۰۱/۱۰/۲۴ - ۱۶:۰۵\n  • ۱۰۳۸",
            kicker,
            TITLE,
            "زمان مطالعه : ۲ دقیقه\nکد خبر : ۷۹۳۳۰",
        )
    )
    assert (record.kicker, record.title, record.body) == (kicker, TITLE, (BODY,))


def test_the_kicker_over_the_title_is_preferred_to_an_alt_text_over_its_copy() -> None:
    kicker = "کاربرد فناوری در کشاورزی؛"
    record = newsparse.parse_text(
        _isti_page(
            kicker,
            TITLE,
            "  • ۱۴۰۲/۰۹/۱۴ - ۱۱:۲۰\n  • ۳۵۶\n  • کد خبر : ۸۲۴۱۵",
            "مرکز نوآوری کرمان",
            TITLE,
        )
    )
    assert (record.kicker, record.title, record.body) == (kicker[:-1], TITLE, (BODY,))


PORTAL_ROW = "۱۱:۳۰ - ۱۳۹۸/۰۳/۰۴    /    شماره : ۲۲۸۴۵    /    تعداد بازدید : ۱۷۳"
PORTAL_TITLE = "بازدید دانش‌آموزان المپیادی از آزمایشگاه‌های شبکه نانو"
PORTAL_LEAD = (
    "جمعی از دانش‌آموزان راه‌یافته به مرحله نهایی المپیاد علوم و فناوری نانو از "
    "آزمایشگاه‌ها بازدید کردند."
)


def _portal_page(*gallery: str, row: str = PORTAL_ROW) -> str:
    top = ("يکشنبه 5 خرداد 1398-", "صفحه اصلی > اخبار", f"اخبار > {PORTAL_TITLE}", "گزارش تصویری؛")
    rights = "Copyright © ستاد ویژه توسعه فناوری نانو. All rights reserved"
    return "\n".join((*top, PORTAL_TITLE, "", PORTAL_LEAD, "", *gallery, row, "", rights)) + "\n"


def test_a_credited_caption_run_on_before_the_titles_copy_is_no_body() -> None:
    # lynx prints each picture's alt text (the title) and its caption on lines of one block.
    gallery = (
        PORTAL_TITLE,
        "دانش‌آموزان در کنار میکروسکوپ الکترونی روبشی (عکس: سارا موسوی)",
        PORTAL_TITLE,
    )
    record = newsparse.parse_text(_portal_page(*gallery))
    assert (record.title, record.body, record.news_code) == (PORTAL_TITLE, (PORTAL_LEAD,), 22845)


def test_the_old_portals_persian_row_run_on_after_a_caption_gives_its_fields() -> None:
    caption = "پرسش و پاسخ در پایان بازدید (عکس: سارا موسوی)"
    record = newsparse.parse_text(_portal_page(row=f"{caption} {PORTAL_ROW}"))
    assert (record.news_code, record.views, record.body) == (22845, 173, (PORTAL_LEAD,))


def test_the_persian_old_portal_row_with_its_news_code_label_run_on_after_the_text() -> None:
    # html2text runs the cell's paragraphs and the row onto one line; the row may name the
    # code `کد خبر` where the English portal says `Number`.
    sentences = [BODY, "کارگاه‌ها در شش استان برگزار می‌شود.", "مهلت ثبت‌نام تا پایان ماه است."]
    text = " ".join(sentences)
    row = "11:40 - ۱۳۹۸/۰۶/۲۴ / کد خبر : 34512 / تعداد بازدید : ۲۱۸"
    page = "\n\n".join(
        (
            "شنبه 30 شهريور 1398-",
            f"## {TITLE}",
            TITLE,  # the picture's alt text
            f"{text} {row}",
            f"کلیه حقوق متعلق به {PUBLISHER} می‌باشد",
        )
    )
    record = newsparse.parse_text(page)
    assert (record.news_code, record.published, record.views) == (
        34512,
        "2019-09-15T11:40:00+04:30",
        218,
    )
    assert record.body == (text,)
    assert record.warnings == (
        f"body paragraph of {len(text.split())} words: paragraphs may have run together",
    )
