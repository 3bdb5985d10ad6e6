"""What stands in a long report's text and is, or is not, the article's: a table of figures
over a paragraph that leaves a word at a column's edge, a figure's numbered caption, a
gallery's alt texts side by side, the text html2text ran into a table's head, a side column
beside the kicker, a menu set apart by dashes, a Persian translator's credit, and a box of
bare dates over the article's info bullets."""

from __future__ import annotations

from textwrap import fill

import newsparse
from conftest import COPYRIGHT, LINEAR_LIMIT, blank_lines_apart, cpu_growth
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.charts import chart_alt
from newsparse.grammar.rules_chrome import menu_run_together
from newsparse.readers.line_starts import starts_anew
from newsparse.readers.text import text_lines

TITLE = "Grant schemes reach 1,318 young researchers in the Iranian year 1394"
LEAD = (
    "The National Elites Foundation paid 304 billion rials to young researchers through its "
    "grant schemes this year, nine percent more than a year earlier."
)
SECOND = (
    "The schemes cover doctoral students, post-doctoral researchers and young faculty "
    "members, and panels drawn from 64 universities assess the applications."
)
INFO = ("  * Jan 17 2018 - 10:05", "  * 112", "  * Study time : 2 minute(s)")
FOOTER = ("  * News group : NEWS,Elites", "  * News code : 31840", COPYRIGHT)


def _current(*body: str, title: str = TITLE) -> newsparse.Record:
    """A text capture of the current layout: info bullets, kicker, title twice, the body."""
    return newsparse.parse_text(blank_lines_apart(*INFO, "Elites:", title, title, *body, *FOOTER))


def test_a_table_of_figures_over_a_paragraph_at_a_columns_edge_is_read_row_by_row() -> None:
    # The paragraph's wrapped lines happen to start a word where the table's last column
    # starts: no side column stands beside the table.
    table = "\n".join(
        [
            "            Scheme          Grantees Budget (billion rials)",
            "   Doctoral research grant  642      96.3",
            "   Post-doctoral fellowship 388      124.2",
            "   Young faculty award      288      83.5",
            "   Total                    1,318    304.0",
        ]
    )
    words = [
        "   The report on the grants found: engineering 41 percent, basic sciences",
        "   24 percent, medical sciences 21 percent, humanities 9 percent and",
        "   agriculture 5 percent.",
    ]
    paragraph = "\n".join(words)
    # (lynx's width: the paragraphs wrapped at 74 columns, three in.)
    lead, second = (
        fill(text, 74, initial_indent="   ", subsequent_indent="   ") for text in (LEAD, SECOND)
    )
    record = _current(lead, table, paragraph, second)
    rows = (
        "Scheme Grantees Budget (billion rials)",
        "Doctoral research grant 642 96.3",
        "Post-doctoral fellowship 388 124.2",
        "Young faculty award 288 83.5",
        "Total 1,318 304.0",
    )
    joined = " ".join(line.strip() for line in words)
    assert record.body == (LEAD, *rows, joined, SECOND)


def test_a_figures_numbered_caption_is_no_charts_alt_text() -> None:
    assert not chart_alt("Chart 1: Revenue of park companies from 2019 to 2023")
    assert not chart_alt("نمودار ۱: روند درآمد شرکت‌های پارک‌ها از ۱۳۹۸ تا ۱۴۰۲")
    assert chart_alt("Chart 1: 2017 38, 2018 51, 2019 64")
    caption = "Figure 2: Exports of the park's companies from 2019 to 2023"
    assert _current(LEAD, caption, SECOND).body == (LEAD, caption, SECOND)


def test_a_gallerys_alt_texts_side_by_side_in_a_narrow_cell_are_the_titles_copies() -> None:
    title = "Students of Tabriz show a solar water pump at the fair"
    # Three pictures side by side, each cell wrapping the title on its own lines.
    cells = [
        "Students of Tabriz  Students of Tabriz  Students of Tabriz",
        "show a solar water  show a solar water  show a solar water",
        "pump at the fair    pump at the fair    pump at the fair",
    ]
    # Or two cells whose lines a tool wrapped apart: the same words, twice over.
    uneven = [
        "Students of Tabriz show Students of Tabriz",
        "a solar water pump at the show a solar water",
        "fair pump at the fair",
    ]
    for gallery in (cells, uneven):
        record = _current(LEAD, "\n".join(gallery), SECOND, title=title)
        assert record.body == (LEAD, SECOND)


def test_html2texts_paragraphs_run_into_a_tables_head_say_they_ran_together() -> None:
    # html2text flattens the layout table's cell: its paragraphs and the nested table's head
    # come out on one line, the rule under the head below it.
    text = f"{LEAD} {SECOND}"
    lines = [
        *INFO,
        "",
        "Elites:",
        "",
        f"# {TITLE}",
        "",
        f"![{TITLE}](/files/grants.jpg) {text} | Scheme| Grantees| Budget",
        "---|---|---",
        "Doctoral research grant| 642| 96.3",
        "Young faculty award| 288| 83.5",
        "",
        *FOOTER,
    ]
    record = newsparse.parse_text("\n".join(lines))
    assert record.body[0] == text
    words = len(text.split())
    assert f"body paragraph of {words} words: paragraphs may have run together" in record.warnings


def test_a_side_column_beside_the_articles_head_is_read_before_the_kicker() -> None:
    # The old portal's side column stands beside the breadcrumb and the kicker only.
    left = [
        "  Home Page > news",
        f"  News > {TITLE}",
        "  Print Send to Friend",
        "  Research grants;",
        "",
    ]
    right = ["Links", "  * Sharif University", "  * National Elites Foundation", "  * INSF", ""]
    head = [f"{a:<90}{b}" for a, b in zip(left, right, strict=True)]
    body = ["", TITLE, "", f"  {LEAD}", "", f"  {SECOND}", ""]
    footer = ["  15:20 - 14/01/2018 / Number : 34588 / Show Count : 97", "", COPYRIGHT]
    text = "\n".join([*head, *body, *footer])
    lines = [line.text for line in text_lines(text)]
    assert lines[:5] == [
        "Links",
        "Sharif University",
        "National Elites Foundation",
        "INSF",
        "Home Page > news",
    ]
    assert lines[lines.index("Research grants;") + 1] == TITLE
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title, record.body) == ("Research grants", TITLE, (LEAD, SECOND))


def test_a_menu_set_apart_by_dashes_is_no_title() -> None:
    lines = [
        "Sunday 14 August 2016",
        "National Elites Foundation",
        "Home - About the Foundation - Programs - Links",
        "Grants for young researchers:",
        TITLE,
        LEAD,
        SECOND,
        "Publish date : 2016/08/14",
        "Code : 412",
        "Visit count: 165",
        "All rights reserved for National Foundation of Elites",
    ]
    record = newsparse.parse_text(blank_lines_apart(*lines))
    assert (record.kicker, record.title) == ("Grants for young researchers", TITLE)


def test_a_persian_translators_and_editors_credit_is_a_byline() -> None:
    assert is_byline("ترجمه و تنظیم: نگار احمدی")
    assert is_byline("تهیه و تنظیم: علی رضایی")


def test_a_box_of_bare_dates_makes_no_item_of_the_articles_dated_bullets() -> None:
    # A box of headlines with bare dates, then a most-viewed box whose item holds its count:
    # the bullets under it, a date with its time and a count, are the article's.
    lines = [
        "آخرین اخبار",
        "",
        "  • نمایشگاه فناوری نانو در مشهد گشایش یافت",
        "    ۱۴۰۲/۱۰/۲۳",
        "  • ۲۰۰ طرح دانشجویی از صندوق نوآوری وام گرفتند",
        "    ۱۴۰۲/۱۰/۲۲",
        "",
        "پربازدیدترین‌ها",
        "",
        "  • فراخوان جایزه فناوری ملی منتشر شد ۲٬۳۱۰",
        "",
        "  • ۱۴۰۲/۱۰/۲۴ - ۰۹:۳۰",
        "  • ۸۵۶",
        "",
        "گزارش عملکرد پارک‌ها:",
        "",
        "درآمد شرکت‌های مستقر در پارک‌های علم و فناوری ۳۸ درصد افزایش یافت",
        "",
        "  • زمان مطالعه : ۳ دقیقه",
        "  • کد خبر : ۷۱۹۰۴",
        "",
        "درآمد شرکت‌های مستقر در پارک‌های علم و فناوری ۳۸ درصد افزایش یافت",
        "",
        "درآمد ۶٬۱۲۰ شرکت مستقر در ۵۸ پارک علم و فناوری کشور در نه ماه نخست سال به ۱۸۴ "
        "هزار میلیارد ریال رسید که نسبت به دوره مشابه سال گذشته ۳۸ درصد بیشتر است.",
        "",
        "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
    ]
    record = newsparse.parse_text("\n".join(lines))
    assert (record.published, record.views) == ("2024-01-14T09:30:00+03:30", 856)


def test_a_poll_beside_a_boxed_table_of_figures_is_a_column_of_its_own() -> None:
    # w3m prints the side column's poll beside the table the article's cell holds.
    poll = [
        "Poll",
        "Which service of the parks do",
        "you use most?",
        "( ) Labs",
        "( ) Office space",
    ]
    poll += ["[Vote]", "", "", ""]
    table = [
        "┌─────────────────────────┬───────┬──────────┐",
        "│ Field                   │ Teams │ Invested │",
        "├─────────────────────────┼───────┼──────────┤",
        "│ Artificial intelligence │ 22    │ 48       │",
        "├─────────────────────────┼───────┼──────────┤",
        "│ Health technology       │ 19    │ 35       │",
        "├─────────────────────────┼───────┼──────────┤",
        "│ Energy                  │ 14    │ 21       │",
        "└─────────────────────────┴───────┴──────────┘",
    ]
    rows = [f"{left:<31}{right}" for left, right in zip(poll, table, strict=True)]
    lines = [line.text for line in text_lines("\n".join([*rows, "", " " * 31 + SECOND]))]
    asked = ["Poll", "Which service of the parks do you use most?", "( ) Labs", "( ) Office space"]
    figures = ["Field Teams Invested", "Artificial intelligence 22 48", "Health technology 19 35"]
    assert lines == [*asked, *figures, "Energy 14 21", SECOND]


def test_a_boxed_list_beside_the_article_is_a_column_of_its_own() -> None:
    # w3m draws the side column's box of headlines beside the article's lines.
    box = [
        "┌─────────────────────────┐",
        "│News archive             │",
        "├─────────────────────────┤",
        "│Tehran hosts regional    │",
        "│nanotechnology olympiad  │",
        "│07/01/2018               │",
        "└─────────────────────────┘",
    ]
    words = (LEAD + " " + SECOND).split()
    text = [" ".join(words[at : at + 8]) for at in range(0, 56, 8)]
    rows = [f"{left}  {right}" for left, right in zip(box, text, strict=True)]
    lines = [line.text for line in text_lines("\n".join(rows))]
    assert lines == [
        "News archive",
        "Tehran hosts regional nanotechnology olympiad 07/01/2018",
        LEAD,
        SECOND,
    ]


def test_a_simple_tables_column_of_signed_figures_is_no_side_column() -> None:
    # pandoc sets a column's figures right of its rule's start (`+41` under `Change (%)`).
    table = [
        "  Sector                    Companies   Revenue   Change (%)",
        "  ------------------------- ----------- --------- ------------",
        "  Information technology    148         92.5        +41",
        "  Nanotechnology            63          71.3        +52",
        "  Medical equipment         87          58.9        +29",
        "  Electronics               72          44.2        +33",
        "  Total                     412         286.4       +38",
    ]
    lines = [line.text for line in text_lines("\n".join(table))]
    assert lines[1:] == [
        "Information technology 148 92.5 +41",
        "Nanotechnology 63 71.3 +52",
        "Medical equipment 87 58.9 +29",
        "Electronics 72 44.2 +33",
        "Total 412 286.4 +38",
    ]


def test_a_poll_whose_first_option_runs_on_after_its_question_is_chrome() -> None:
    poll = [
        "Poll",
        "Which grant helped you most? [ ] Research grant",
        "[ ] Travel grant",
        "[ Vote ]",
    ]
    record = _current(LEAD, *poll, SECOND)
    assert record.body == (LEAD, SECOND)


def test_a_short_menu_of_capitalized_items_is_no_kicker() -> None:
    lines = [
        "Wednesday 20 January 2021",
        "Home About Programs",
        TITLE,
        LEAD,
        SECOND,
        "Publish date : 2021/01/17",
        "Code : 2271",
        "Visit count: 96",
        "All rights reserved for National Foundation of Elites",
    ]
    record = newsparse.parse_text(blank_lines_apart(*lines))
    assert (record.kicker, record.title, record.body) == (None, TITLE, (LEAD, SECOND))


def test_a_polls_fields_beside_a_walled_table_are_a_column_of_their_own() -> None:
    # links draws the table with `+` and `|`, the poll's fields as `[ ]`.
    table = [
        "+--------------------------+",
        "|Grant   |People|Rials (bn)|",
        "|--------+------+----------|",
        "|Research|412   |96.5      |",
        "|--------+------+----------|",
        "|Post-doc|288   |74        |",
        "|--------+------+----------|",
        "|Travel  |35    |12.3      |",
        "|--------+------+----------|",
        "|Total   |735   |182.8     |",
        "+--------------------------+",
    ]
    poll = ["Poll", "Which grant helped you most?", "[ ] Research grant", "[ ] Travel grant"]
    poll += ["[ Vote ] View results"] + [""] * 6
    rows = [
        f"   {left}                  {right}".rstrip()
        for left, right in zip(table, poll, strict=True)
    ]
    record = _current(LEAD, "\n".join(rows), SECOND)
    figures = ("Research 412 96.5", "Post-doc 288 74", "Travel 35 12.3", "Total 735 182.8")
    assert record.body == (LEAD, "Grant People Rials (bn)", *figures, SECOND)


def test_a_caption_with_no_credit_over_a_gallerys_credited_captions_stays() -> None:
    caption = "The new laboratory block seen from the park's main square"
    gallery = [
        "Guests visit the biotechnology laboratories (Photo: Reza Kamali)",
        "A drone is prepared in the new testing hall (Photo: Reza Kamali)",
    ]
    assert _current(LEAD, caption, *gallery, SECOND).body == (LEAD, caption, SECOND)
    # A gallery's row of credited captions on one line, likewise.
    row = "A balloon launch near Semnan [Photo: Hamed Soltani] Team members [Photo: Hamed Soltani]"
    assert _current(LEAD, caption, row, SECOND).body == (LEAD, caption, SECOND)


def test_an_html_capture_prints_no_alt_text_over_a_credited_caption() -> None:
    caption = "Highlights of the final round of the rescue-robot contest"
    html = (
        f"<html><body><ul><li>Jan 17 2018 - 10:05</li><li>112</li><li>Study time : 2 minute(s)</li>"
        f"</ul><p>Elites:</p><h1>{TITLE}</h1><p>{LEAD}</p><p>{caption}</p><figure><img src='a.jpg'>"
        "<figcaption>Teams line up their robots. Photo: Elham Rostami</figcaption></figure>"
        f"<p>{SECOND}</p><ul><li>News group : NEWS,Elites</li><li>News code : 31840</li></ul>"
        f"<p>{COPYRIGHT}</p></body></html>"
    )
    assert newsparse.parse_html(html).body == (LEAD, caption, SECOND)


def test_a_gallerys_alt_texts_side_by_side_less_their_last_word_are_the_titles_copies() -> None:
    # links sets each cell's last word on the credits' line: `یافت (عکس: ...)  یافت (عکس: ...)`.
    title = "Students of Tabriz show a solar water pump at the fair"
    halves = [
        "Students of Tabriz show a solar water pump at the",
        "Students of Tabriz show a solar water pump at the",
    ]
    record = _current(
        LEAD,
        " ".join(halves),
        "fair (Photo: Reza Ghasemi) fair (Photo: Reza Ghasemi)",
        SECOND,
        title=title,
    )
    assert record.body == (LEAD, SECOND)


def test_a_letters_salutation_time_slots_and_a_boards_members_open_lines_of_their_own() -> None:
    # lynx prints `<br><br>` as one line break: lines a width's wrap could join.
    text = (
        "   The call sent to universities and research institutes reads as follows and more\n"
        "   Dear colleagues,\n"
        "   The programme of the clinic, to be held on 28 August at the park, is this one:\n"
        "   08:30–09:00 Registration\n"
        "   09:00–10:30 Regulatory paths\n"
        "   The board is made up of these members, each with a vote of their own in it\n"
        "   Dr. Omid Tavakoli – Member, Pasteur Institute of Iran\n"
    )
    lines = [line.text for line in text_lines(text)]
    assert lines == [
        "The call sent to universities and research institutes reads as follows and more",
        "Dear colleagues,",
        "The programme of the clinic, to be held on 28 August at the park, is this one:",
        "08:30–09:00 Registration",
        "09:00–10:30 Regulatory paths",
        "The board is made up of these members, each with a vote of their own in it",
        "Dr. Omid Tavakoli – Member, Pasteur Institute of Iran",
    ]


def test_a_caption_over_a_credited_caption_its_alt_text_opens_stays() -> None:
    # lynx runs the picture's alt text (the title's copy) into its caption: the line above is
    # a caption of its own (a video's), not that picture's alt text.
    caption = "Highlights of the final round of the rescue-robot contest"
    credited = f"{TITLE} Teams line up their robots. Photo: Elham Rostami"
    assert _current(LEAD, caption, credited, SECOND).body == (LEAD, caption, SECOND)


def test_a_login_boxs_heading_with_an_apostrophe_is_chrome() -> None:
    record = _current(LEAD, "Members' login", "Username [ ]", "Password [ ]", SECOND)
    assert record.body == (LEAD, SECOND)


def test_a_headline_opening_with_home_and_an_aside_set_apart_by_dashes_are_no_menus() -> None:
    assert not menu_run_together("Home Office Unveils New Visa Rules")
    assert not menu_run_together("Home – the place – we love")
    assert menu_run_together("Home - About the Foundation - Programs - Links")


def test_a_wrapped_lines_titled_name_with_an_aside_goes_on_with_the_line_above() -> None:
    # A board's member opens a line with their post (`Dr. ... – Member`); an aside does not.
    lines = [
        "   The prize committee was chaired this year by a well-known physicist, its",
        "   Dr. Omid Tavakoli – a physicist who led the national laboratory for ten",
        "   years – and he opened the session with a talk on the history of the prize.",
    ]
    assert [line.text for line in text_lines("\n".join(lines))] == [
        " ".join(x.strip() for x in lines)
    ]


def test_a_salutations_pattern_takes_linear_time() -> None:
    def run(size: int) -> object:
        return starts_anew("Dear " + "a" * size + "!")

    assert cpu_growth(run, 2_000) < LINEAR_LIMIT


def test_a_menus_row_of_links_over_a_kicker_its_width_wrapped_is_a_row_of_its_own() -> None:
    lines = [
        "   [1]Home | [2]News | [3]About the Foundation | [4]Programs | [5]فارسی",
        "   Head of National Foundation of Elites at the Shahid Chamran award",
        "   ceremony:",
    ]
    texts = [line.text for line in text_lines("\n".join(lines))]
    assert (
        texts[-1] == "Head of National Foundation of Elites at the Shahid Chamran award ceremony:"
    )
