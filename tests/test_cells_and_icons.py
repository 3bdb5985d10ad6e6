"""html2text's layout-table row running a cell's paragraphs together; a row of labelled cells
a narrow table wrapped; a print button's cell beside the news group; two menus side by side
over the article; comments under their counted heading; bmn's row of labels under a title
printed once; an icon font's ligatures; a Persian paragraph wrapped once; the copyright's
`تمام حقوق` form."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.readers.cell_runs import cell_openings
from newsparse.readers.footer_cells import button_cells_after, wrapped_label_rows

TITLE = "Shiraz park opens a shared laboratory for testing water filters"
LEAD = (
    "Shiraz Science and Technology Park opened a shared laboratory on Sunday where young "
    "companies can test the water filters they make against the national standard."
)
BODY = (
    "The laboratory was fitted with a grant from the park and will charge companies a third "
    "of what private laboratories ask for the same tests."
)
INFO = ("  * Nov 5 2025 - 16:40", "  * 175", "  * Study time : 1 minute(s)")
FOOTER = ("  * News group : NEWS,Science Parks", "  * News code : 4410")
RUN_TOGETHER = "body paragraph of 50 words: paragraphs may have run together"


def _wrapped(text: str, width: int = 78) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _html2text_row(*cell: str) -> str:
    """A page whose article html2text printed in a layout table's first row, after a side
    column's cell, the rule under the row."""
    return "\n".join(
        [
            "### Most viewed",
            "",
            "  * [Tabriz incubator admits its first teams](/News/x/4398) Nov 2 2025 - 10:10 940",
            "",
            "|  Shiraz park opens shared laboratory testing water filters",
            "",
            *INFO,
            "",
            "Water and environment:",
            "",
            f"# {TITLE}",
            "",
            *cell,
            "",
            *FOOTER,
            "---|---",
            "",
            COPYRIGHT,
            "",
        ]
    )


def test_html2texts_first_row_running_a_cells_paragraphs_together_says_so() -> None:
    ran = _wrapped(f"{LEAD} {BODY}")
    assert cell_openings(_html2text_row(*ran).splitlines())[0] == (
        "shiraz science and technology park opened"
    )
    record = newsparse.parse_text(_html2text_row(*ran))
    assert record.body == (f"{LEAD} {BODY}",)
    assert record.warnings == (RUN_TOGETHER,)


def test_a_one_column_tables_row_running_a_cells_paragraphs_together_says_so() -> None:
    # The side column's cell under the table's rule, the article's cell after its wall.
    capture = "\n".join(
        [
            "  ",
            "---  ",
            "  ",
            "### Most viewed",
            "",
            "[Tabriz incubator admits its first teams](/News/x/4398)  ",
            "Nov 2 2025 - 10:10  ",
            "940 |  Shiraz park opens shared laboratory testing water filters",
            "",
            *INFO,
            "",
            "Water and environment:",
            "",
            f"## {TITLE}",
            "",
            *_wrapped(f"{LEAD} {BODY}"),
            "",
            *FOOTER,
            "",
            COPYRIGHT,
            "",
        ]
    )
    assert cell_openings(capture.splitlines())[0] == "shiraz science and technology park opened"
    assert newsparse.parse_text(capture).warnings == (RUN_TOGETHER,)


def test_a_cells_paragraphs_html2text_kept_apart_say_nothing() -> None:
    # Three paragraphs a blank line apart: the cell's paragraphs were kept apart.
    third = "Results will be sent to the companies within ten working days of each test."
    kept = [*_wrapped(LEAD), "", *_wrapped(BODY), "", third]
    assert cell_openings(_html2text_row(*kept).splitlines()) == ()
    assert newsparse.parse_text(_html2text_row(*kept)).warnings == ()
    # Or a line's hard break, two spaces at its end, for each `<br>` between them.
    broken = [f"{line}  " for line in _wrapped(f"{LEAD} {BODY}")]
    assert cell_openings(_html2text_row(*broken).splitlines()) == ()


def test_a_row_of_labelled_cells_a_narrow_table_wrapped_is_read_cell_by_cell() -> None:
    row = [
        "   • News group : NEWS,Science      • News code :   There are 0 comment(s)",
        "   Parks,Slider                     18734           for this article",
    ]
    assert wrapped_label_rows(row) == [
        "   • News group : NEWS,Science Parks,Slider",
        "   • News code : 18734",
        "   There are 0 comment(s) for this article",
    ]
    # Not a second row of labels and dates under the first (an info table beside a column).
    info = [
        "   Study time : 2 minute(s)     News code : 71843",
        "   Nov 5 2025 - 16:40           Views : 642",
    ]
    assert wrapped_label_rows(info) == info


def test_a_print_buttons_cell_beside_a_wrapped_news_group_cuts_no_name() -> None:
    raw = [
        "   News group : NEWS,Science Parks,Vice-Presidency    Print",
        "   Centres and Councils",
        "",
    ]
    assert button_cells_after(raw) == [
        "   News group : NEWS,Science Parks,Vice-Presidency Centres and Councils",
        "   Print",
        "",
    ]
    capture = blank_lines_apart(*INFO, "Water and environment:", TITLE, LEAD, BODY)
    record = newsparse.parse_text(capture + "\n".join(raw) + f"\n{COPYRIGHT}\n")
    assert record.categories == ("NEWS", "Science Parks", "Vice-Presidency Centres and Councils")


def test_a_footer_rows_next_cell_is_no_part_of_the_last_category() -> None:
    html = (
        "<html><body><ul><li>Nov 5 2025 - 16:40</li><li>175</li>"
        "<li>Study time : 1 minute(s)</li></ul>"
        f"<p>Water and environment:</p><h1>{TITLE}</h1><p>{LEAD}</p><p>{BODY}</p>"
        "<table><tr><td>&bull; News group : NEWS,Science Parks</td>"
        "<td>&bull; News code : 4410</td><td><a href='/print/4410'>Print</a></td></tr></table>"
        f"<p>{COPYRIGHT}</p></body></html>"
    )
    record = newsparse.parse_html(html)
    assert record.categories == ("NEWS", "Science Parks")
    assert record.news_code == 4410


def test_two_menus_side_by_side_are_read_before_the_article_under_them() -> None:
    capture = "\n".join(
        [
            "National Foundation of Elites               Monday 2 September 2019       فارسی",
            "",
            "Programmes                                     Services",
            "Grants and Awards                              Online Registration",
            "Elite Soldiers                                 Track Your File",
            "Faculty Recruitment Support                    Forms",
            "",
            "Publish date : 2019/08/14",
            "Returning scientists and their laboratories;",
            "",
            TITLE,
            "",
            *_wrapped(LEAD),
            "",
            "Code : 411",
            "Visit count: 1489",
            "",
            "All rights reserved for National Foundation of Elites",
            "",
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.kicker == "Returning scientists and their laboratories"
    assert record.title == TITLE
    assert record.body == (LEAD,)


def test_comments_under_their_counted_heading_are_counted_and_no_body() -> None:
    comments = ("Comments (2)", "Reza: A good place to start.", "Leila M.: Is it open to all?")
    record = newsparse.parse_text(
        blank_lines_apart(*INFO, "Water and environment:", TITLE, LEAD, BODY, *comments)
        + blank_lines_apart(*FOOTER, COPYRIGHT)
    )
    assert record.body == (LEAD, BODY)
    assert record.comment_count == 2


def test_bmns_row_of_labels_under_a_title_printed_once_confirms_no_title() -> None:
    capture = blank_lines_apart(
        "Home · Programmes · Contact us",
        TITLE,
        "Publish date : 2016/01/05 | Code : 87 | Visit count: 1,204",
        LEAD,
        BODY,
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(capture)
    assert record.title == TITLE
    assert record.warnings == (
        "title uncertain: found neither in a copy on the page nor in the HTML head",
    )


def test_an_icon_fonts_ligatures_are_no_part_of_the_info_block_or_the_body() -> None:
    capture = blank_lines_apart(
        "  * event Nov 5 2025 - 16:40",
        "  * visibility 1,204",
        "  * schedule Study time : 1 minute(s)",
        "Water and environment:",
        TITLE,
        LEAD,
        BODY,
        "  * folder",
        "News group : NEWS,Science Parks",
        "  * tag News code : 4410",
        "chat",
        COPYRIGHT,
    )
    record = newsparse.parse_text(capture)
    assert (record.published, record.views, record.study_minutes) == (
        "2025-11-05T16:40:00+03:30",
        1204,
        1,
    )
    assert record.news_code == 4410
    assert record.body == (LEAD, BODY)
    assert record.warnings == ()


PERSIAN_TITLE = "برگزاری دومین همایش ملی زیست‌فناوری دارویی در دانشگاه تهران"


def test_a_persian_paragraph_wrapped_once_on_a_conjunction_is_one_paragraph() -> None:
    first = "دومین همایش ملی زیست‌فناوری دارویی با حمایت ستاد توسعه زیست‌فناوری روزهای ۱۲ و"
    second = "۱۳ بهمن‌ماه در تالار علامه امینی دانشگاه تهران برگزار می‌شود."
    capture = blank_lines_apart(
        "  * ۱۴۰۲/۱۱/۰۳ - ۱۰:۰۰",
        "  * ۲۱۵",
        "  * زمان مطالعه : کمتر از یک دقیقه",
        "زیست‌فناوری:",
        PERSIAN_TITLE,
        f"{first}\n{second}",
        "گروه خبری : اخبار",
        "کد خبر : ۷۱۸۰۲",
        "تمام حقوق این وب‌سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
    )
    record = newsparse.parse_text(capture)
    assert record.body == (f"{first} {second}",)
    # (`تمام حقوق`, as `کلیه حقوق` and `تمامی حقوق`, opens the copyright line.)
    assert record.publisher == "معاونت علمی و فناوری ریاست جمهوری"
    assert record.warnings == ()


def _headed(head: str) -> str:
    return (
        f"<html><head>{head}</head><body><ul><li>Nov 5 2025 - 16:40</li><li>175</li>"
        "<li>Study time : 1 minute(s)</li></ul>"
        f"<p>Water and environment:</p><h1>{TITLE}</h1><img alt='{TITLE}' src='/a.jpg'>"
        f"<p>{LEAD}</p><p>{BODY}</p><ul><li>News group : NEWS,Science Parks</li>"
        f"<li>News code : 4410</li></ul><p>{COPYRIGHT}</p></body></html>"
    )


def test_a_head_naming_another_title_than_the_page_prints_names_the_rival() -> None:
    other = "Fars province to build three water treatment plants with park companies"
    record = newsparse.parse_html(_headed(f'<meta property="og:title" content="{other}">'))
    assert record.title == TITLE
    assert record.warnings == (f"title uncertain: two candidates, {TITLE!r} and {other!r}",)
    # The head agreeing in one of its statements (the site's name kept in `<title>`), or
    # stating the CMS's short title, names no rival.
    for head in (
        f'<meta property="og:title" content="{other}"><title>ISTI - {TITLE}</title>',
        '<meta property="og:title" content="Shiraz park opens shared laboratory testing water'
        ' filters">',
    ):
        assert newsparse.parse_html(_headed(head)).warnings == ()
