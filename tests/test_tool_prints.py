"""How the tools print what the grammar reads: a long heading pandoc prints twice unwrapped,
a word it cuts at a grid cell's wall, a combining mark w3m gives no column, a row of tags
under a one-line news group list, a paste's paragraph over a table, a table of facts, a
table's caption marks."""

from __future__ import annotations

import random
from itertools import pairwise

import newsparse
from newsparse.readers.markdown_tables import data_table_rows
from newsparse.readers.text import text_lines
from test_read_text import texts, wrap

FA_PARAGRAPHS = (
    "رئیس پارک علم و فناوری در این مراسم گفت که حمایت از شرکت‌های نوپا در اولویت "
    "برنامه‌های سال آینده قرار دارد و تسهیلات تازه به طرح‌های فناورانه پرداخت می‌شود.",
    "در حال حاضر بیش از صد واحد فناور در پارک مستقر هستند و بیشتر آن‌ها را دانش‌آموختگان "
    "دانشگاه‌های استان تاسیس کرده‌اند و محصولات خود را به کشورهای همسایه صادر می‌کنند.",
    "مهلت ثبت‌نام متقاضیان دوره بعدی تا پایان ماه آینده ادامه دارد و نتایج داوری طرح‌ها "
    "در پایگاه اینترنتی پارک اعلام خواهد شد تا متقاضیان از وضعیت پرونده خود آگاه شوند.",
)


def test_a_long_heading_pandoc_prints_twice_unwrapped_leaves_its_wraps_found() -> None:
    title = (
        "۲۴۲ شرکت نوپا از مراکز نوآوری پارک علم و فناوری یزد فارغ‌التحصیل شدند، تولید کیت‌های "
        "تشخیصی با نانوفناوری در پارک پردیس آغاز شد و شتاب‌دهنده مواد پیشرفته در اصفهان "
        "افتتاح شد"
    )
    raw = [title, "", title, ""]
    for paragraph in FA_PARAGRAPHS:
        raw += [*wrap(paragraph, 72), ""]
    assert texts(text_lines("\n".join(raw))) == [title, title, *FA_PARAGRAPHS]


def test_a_letter_pandoc_cut_off_a_word_at_a_grid_cells_wall_is_the_words_end() -> None:
    # pandoc chops a heading it does not wrap at the cell's width: `شدن` / `د، ...`; the
    # whole word stands nowhere else, but `د` is no word.
    head = "۱۲۹ شرکت نوپا از مراکز نوآوری پارک علم و فناوری پردیس فارغ التحصیل شدن"
    title = head + "د، امضای تفاهم نامه همکاری میان بنیاد ملی نخبگان و دانشگاهی در روسیه"
    width = len(head)
    rows = [title[i : i + width] for i in range(0, len(title), width)]
    rows += ["", *wrap(FA_PARAGRAPHS[0], width)]
    border = "+" + "-" * (width + 2) + "+"
    grid = [border, *(f"| {row:<{width}} |" for row in rows), border]
    assert texts(text_lines("\n".join(grid))) == [
        title.replace("شدند، ", "شدند، "),
        FA_PARAGRAPHS[0],
    ]


def _columns(text: str) -> int:
    return len(text) - text.count("\u064b")


def _w3m_wrapped(text: str) -> list[str]:
    """Greedy wrapping at 79 columns as w3m counts them: a combining mark none, a ZWNJ one."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if _columns(candidate) > 79 and current:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current]


def test_w3m_gives_a_combining_mark_no_column_and_a_zwnj_one() -> None:
    # Paragraphs where one line runs to 80 characters with a tanwin in it, and another
    # stops at 78 before `و`: counted by characters, `و` would have fitted there.
    words = "شرکت‌ها می‌شود پژوهش‌ها شرکت پارک فناوری آزمایشگاه نمونه سامانه دستگاه".split()
    rng = random.Random(5)
    while True:
        paragraphs = [
            " ".join(
                rng.choice(("و", "از", "در"))
                if (r := rng.random()) < 0.3
                else "معمولاً"
                if r < 0.33
                else rng.choice(words)
                for _ in range(60)
            )
            + "."
            for _ in range(2)
        ]
        raw = [line for paragraph in paragraphs for line in [*_w3m_wrapped(paragraph), ""]]
        marked = any(len(line) == 80 for line in raw)
        if marked and any(len(a) == 78 and b[:2] == "و " for a, b in pairwise(raw)):
            break
    assert texts(text_lines("\n".join(raw))) == paragraphs


def test_a_row_of_tags_under_a_one_line_news_group_list_is_none_of_its_names() -> None:
    capture = "\n".join(
        [
            *wrap(FA_PARAGRAPHS[0] + " " + FA_PARAGRAPHS[1], 79),
            "",
            *wrap(FA_PARAGRAPHS[2], 79),
            "",
            "گروه خبری : اخبار,اخبار معاونت ها و مراکز,اسلایدر,اخبار",
            "باتری بازیافت یزد",
            "",
            "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
        ]
    )
    assert "گروه خبری : اخبار,اخبار معاونت ها و مراکز,اسلایدر,اخبار" in texts(text_lines(capture))


PARAGRAPH = (
    "Knowledge-based firms exported goods and services worth 121.8 million dollars in the "
    "spring of 2019, up 18 percent on the same season last year. The four leading sectors were:"
)
TITLE_EN = "Exporters of knowledge-based goods get their loans in forty days instead of five months"
ROWS = ("Sector Firms Exports", "Medical equipment 112 41.5", "Pharmaceuticals 64 38.2")


def test_a_pastes_paragraph_over_a_table_is_no_wrapped_line() -> None:
    # Short lines of headlines, close in length, do not make the paste a wrapped capture.
    headlines = [
        "Tehran hosts regional meeting on parks",
        "Stem cell network trains 300 researchers",
        "Two Iranian satellites pass final tests",
        "Science museum opens a hall for children",
    ]
    capture = [*headlines, PARAGRAPH, *(row.replace(" ", "\t", 1) for row in ROWS)]
    assert texts(text_lines("\n".join(capture)))[len(headlines) :][:2] == [
        PARAGRAPH,
        ROWS[0],
    ]


def test_an_old_portal_text_ending_in_a_colon_over_its_table_is_the_body() -> None:
    # A paste: the right column's headlines and dates first, each on a line.
    capture = "\n".join(
        [
            "Monday, November 4, 2019-",
            "Home | About | News | Contact | فارسی",
            "Most visited",
            "Tehran hosts regional meeting on parks",
            "15/07/2019",
            "Stem cell network trains 300 researchers",
            "09/07/2019",
            "Two Iranian satellites pass final tests",
            "02/07/2019",
            "Newsletter",
            "Email :",
            "Home Page > news ",
            "News > Knowledge-based exports reach 121.8 million dollars in spring",
            "  Print        Send to Friend",
            "Export figures;",
            "Knowledge-based exports reach 121.8 million dollars in spring",
            PARAGRAPH,
            *(row.replace(" ", "\t", 1) for row in ROWS),
            "10:42 - 16/07/2019 / Number : 4417 / Show Count : 143",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.body) == ("Export figures", (PARAGRAPH, *ROWS))


FACTS = [
    ("Programme", "Returning Researchers Grant, round two"),
    ("Eligible applicants", "PhD holders who returned within the past three years"),
    ("Grant per person", "1.2 billion rials"),
    ("Duration", "24 months"),
    ("Places available", "150"),
    ("Application deadline", "2020/04/19"),
]


def test_a_table_of_facts_a_text_browser_prints_is_read_by_rows() -> None:
    capture = "\n".join(
        [
            "The main terms of the new round are as follows:",
            "",
            *(f"{label:<21}{value}" for label, value in FACTS),
            "",
            *wrap(PARAGRAPH.replace(" The four leading sectors were:", ""), 79),
        ]
    )
    rows = [f"{label} {value}" for label, value in FACTS]
    assert texts(text_lines(capture))[1 : 1 + len(rows)] == rows


def test_html2texts_table_of_a_label_and_a_long_value_is_read_by_rows() -> None:
    table = [f"{label}| {value}  " for label, value in FACTS]
    rows = data_table_rows([table[0], "---|---  ", *table[1:]])
    assert [row.rstrip() for row in rows if row.strip("-| ")] == [
        f"{label} {value}" for label, value in FACTS
    ]


def test_a_tables_rows_under_a_caption_row_spanning_its_columns_are_lines_of_words() -> None:
    # html2text rules a head of one cell with one column's dashes, the rows under it two.
    caption = "**Savings on imports by group of medicines (million dollars)**  "
    rows = data_table_rows(["Text above.", "", caption, "---  ", "Cancer| 205  ", "Other| 50  "])
    expected = ["Text above.", "", caption.rstrip(), "---", "Cancer 205", "Other 50"]
    assert [row.rstrip() for row in rows] == expected


def test_a_tables_head_naming_its_columns_at_length_is_read_with_its_rows() -> None:
    head = "Age at first export| Companies| Median sales after 3 years (billion rials)  "
    rows = data_table_rows(
        [head, "---|---|---  ", "Under 2 years| 41| 38  ", "Over 5 years| 52| 17  "]
    )
    assert [row.rstrip() for row in rows if row.strip("-| ")] == [
        "Age at first export Companies Median sales after 3 years (billion rials)",
        "Under 2 years 41 38",
        "Over 5 years 52 17",
    ]


def test_a_tables_caption_html2text_ran_into_its_head_is_a_line_of_its_own() -> None:
    caption = "Planned phases of the Chabahar launch site"
    rows = data_table_rows(
        [
            f"{caption} Phase| Facility| Target year  ",
            "---|---|---  ",
            "1| Sounding rocket pad| 2024  ",
            "2| Assembly hall| 2025  ",
        ]
    )
    assert [row.rstrip() for row in rows if row.strip("-| ")] == [
        caption,
        "Phase Facility Target year",
        "1 Sounding rocket pad 2024",
        "2 Assembly hall 2025",
    ]


def test_pandocs_empty_image_before_a_gallerys_caption_is_no_text() -> None:
    caption = "Fellows and visitors crowd the aisles of the hall during the morning session."
    assert texts(text_lines(f"{PARAGRAPH}\n\n  []   {caption}\n")) == [PARAGRAPH, caption]


def test_the_marks_before_a_tables_caption_are_no_text() -> None:
    caption = "Table 1. Exports by destination, first eleven months (million dollars)"
    for marked in (f"   CAPTION: {caption}", f"  : {caption}"):
        assert texts(text_lines(f"{PARAGRAPH}\n\n{marked}\n")) == [PARAGRAPH, caption]


def test_a_name_wrapped_whole_under_a_news_group_item_is_no_cut_word() -> None:
    # w3m wraps at the space in `Knowledge-based companies`: the token above would have
    # fitted on a line of its own, and the line hangs under the item's text.
    capture = "\n".join(
        [
            *wrap(" ".join([PARAGRAPH.replace(" The four leading sectors were:", "")] * 4), 79),
            "",
            "  • News group : NEWS,Slider,AI,Technology,Nanotechnology,Space,Knowledge-based",
            "    companies",
            "  • News code : 96214",
        ]
    )
    listed = "NEWS,Slider,AI,Technology,Nanotechnology,Space,Knowledge-based companies"
    assert f"News group : {listed}" in texts(text_lines(capture))


def test_markdownifys_head_title_with_a_dash_over_bmns_capture_date() -> None:
    title = "۴۰ پژوهشگر جوان حوزه رایانش کوانتومی جایزه بنیاد را در آیین پایانی طرح گرفتند"
    capture = "\n".join(
        [
            f"بنیاد ملی نخبگان - {title}",
            "",
            "چهارشنبه 7 اسفند 1398",
            "",
            "  ",
            "  ",
            "",
            "[![لوگو](/Portals/0/logo-bmn.png)](/fa-IR)بنیاد ملی نخبگان",
            "",
            "### پیوندها",
            "",
            "* [معاونت علمی و فناوری](https://isti.ir)",
            "* [سامانه سینا](https://sinaweb.bmn.ir)",
            "",
            "در آیین پایانی طرح اعلام شد؛",
            "",
            title,
            "=" * 40,
            "",
            FA_PARAGRAPHS[0],
            "",
            FA_PARAGRAPHS[1],
            "",
            "Publish date : 2020/02/22",
            "Code : 4821",
            "All rights reserved for National Foundation of Elites",
        ]
    )
    assert newsparse.parse_text(capture).captured_on == "2020-02-26"


def test_an_office_programs_list_item_holding_a_paragraph_keeps_its_bullet() -> None:
    page = (
        "<html><body><p>Today : Friday Nov 22 2024</p><ul>"
        '<li><p style="margin-bottom: 0cm"><font size="2">Nov 20 2024 - 09:05</font></p></li>'
        '<li><p style="margin-bottom: 0cm"><font size="2">1,204</font></p></li>'
        "<li><p>Study time : 2 minute(s)</p></li></ul>"
        f"<p>Loans for knowledge-based exporters:</p><p>{TITLE_EN}</p><p>{TITLE_EN}</p>"
        f"<p>{PARAGRAPH}</p><p>{PARAGRAPH.replace('four', 'five')}</p>"
        "<ul><li><p>News group : NEWS,Slider</p></li><li><p>News code : 95122</p></li></ul>"
        "</body></html>"
    )
    record = newsparse.parse_html(page)
    assert (record.views, record.published) == (1204, "2024-11-20T09:05:00+03:30")


def test_the_old_portals_row_with_the_next_cells_links_run_on_is_its_footer() -> None:
    row = (
        "<table><tr><td>10:42 - 17/09/2019&nbsp;&nbsp;&nbsp; / Number : 5127&nbsp;&nbsp;&nbsp;"
        " / Show Count : 143</td><td><a>خوراک اخبار</a> | <a>بازگشت به بالا</a></td></tr></table>"
    )
    page = (
        "<html><body><p>Home Page &gt; news</p><p>News &gt; " + TITLE_EN + "</p>"
        f"<p>Loans for knowledge-based exporters;</p><p>{TITLE_EN}</p><p>{PARAGRAPH}</p>"
        f"<p>{PARAGRAPH.replace('four', 'five')}</p>{row}"
        "<p>Copyright © Vice-Presidency for Science and Technology. All rights reserved</p>"
        "</body></html>"
    )
    record = newsparse.parse_html(page)
    assert (record.news_code, record.views) == (5127, 143)
    assert record.published == "2019-09-17T10:42:00+04:30"


def test_a_menu_of_numbered_links_wraps_into_no_kicker_under_it() -> None:
    # elinks prints the menu's links at the block's width, the kicker right under them.
    title = "How the foundation pairs young researchers with industry mentors"
    lead = wrap("The foundation has published a handbook for mentors. " * 6, 77, "   ")
    capture = [
        "   [1]Home [2]About the Foundation [3]Programs [4]News [5]Contact [6]فارسی",
        "   Handbook for mentors published;",
        "",
        f"   {title}",
        "",
        *lead,
    ]
    found = texts(text_lines("\n".join(capture)))
    assert found[1:3] == ["Handbook for mentors published;", title]


def test_a_tickers_dated_headline_wraps_into_no_kicker_under_it() -> None:
    # w3m at 80 columns: the ticker's item fills its line, the kicker right under it.
    ticker = "Registration for the national water festival is extended Jul 10 2021 - 09:10"
    lead = wrap("The council has tested the first hydrogen station of the country. " * 4, 80)
    kicker = "Secretary of the energy technologies council:"
    capture = [*wrap(ticker, 80), kicker, "", "A hydrogen station opens", "", *lead]
    found = texts(text_lines("\n".join(capture)))
    assert found[:2] == [ticker, kicker]
