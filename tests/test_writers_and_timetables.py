"""Two writers under the title and their boxes under the text, credits set apart by a
semicolon, a timetable's dated items, a question for a kicker, a table's caption wrapped
over its head, a sentence's last word alone on its line, numbers typed in brackets, a
clitic pandoc cut off its word, the layout a cut capture's address names, and a heading a
`<br>` set apart that lynx prints under a full line or under a typed list."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.kicker import kicker_above
from newsparse.grammar.lines import Line
from newsparse.grammar.rule_support import timetable_date
from newsparse.grammar.shapes import norm
from newsparse.grammar.site import address_host
from newsparse.readers.cut_words import inner_words
from newsparse.readers.grid_cells import unbroken_cell
from newsparse.readers.line_starts import starts_anew
from newsparse.readers.ordered import ordered_items_marked
from newsparse.readers.set_apart import line_of_its_own, under_typed_item
from newsparse.readers.table_captions import wrapped_captions_joined

TITLE = "A Shiraz laboratory builds a desalination membrane from graphene oxide"
INFO = "  • Oct 8 2024 - 09:15\n  • 642\n  • Study time : 2 minute(s)"
LEAD = (
    "Researchers at Shiraz University have made a membrane of graphene oxide sheets that "
    "removes salt from brackish water with a third less energy than the membranes in use."
)
LAST = "The team will test a pilot unit at a farm near Lar next spring."
FOOTER = "  • News group : NEWS,Water\n  • News code : 81402"


def _page(*middle: str, under_title: str = "", after: tuple[str, ...] = ()) -> str:
    head = (TITLE, under_title) if under_title else (TITLE,)
    return blank_lines_apart(INFO, *head, LEAD, *middle, LAST, *after, FOOTER, COPYRIGHT)


def test_two_writers_under_the_title_and_their_boxes_under_the_text_are_no_body() -> None:
    assert is_byline("Leila Sadeghi and Omid Rahmani", loose=True)
    assert not is_byline("Leila Sadeghi and Omid Rahmani")
    # Names only: two words or three each, no phrase that pairs two places or fields.
    assert not is_byline("Iran and Turkey", loose=True)
    assert not is_byline("Science and Technology Park", loose=True)
    assert not is_byline("Climate Change and Public Health", loose=True)
    assert not is_byline("Sharif University and Tehran University", loose=True)
    boxes = (
        "Leila Sadeghi",
        "Leila Sadeghi is a lecturer in chemical engineering at Shiraz University.",
        "Omid Rahmani",
        "Omid Rahmani is a researcher at the national water research institute.",
    )
    record = newsparse.parse_text(_page(under_title="Leila Sadeghi and Omid Rahmani", after=boxes))
    assert record.title == TITLE
    assert record.body == (LEAD, LAST)


def test_credits_set_apart_by_a_semicolon_are_a_byline() -> None:
    credit = "Interview by Sara Karimi; translated by Navid Jafari"
    assert is_byline(credit)
    assert is_byline("گفت‌وگو: مریم احمدی؛ ترجمه: علی نوری")
    # A kicker's semicolon sets no credits apart.
    assert not is_byline("Energy storage; batteries")
    record = newsparse.parse_text(_page(under_title=credit))
    assert record.body == (LEAD, LAST)


def test_a_timetables_items_dated_after_a_label_and_a_word_of_time_are_text() -> None:
    items = (
        "  • applications: Jan 15 2025 to Feb 28 2025",
        "  • interviews of the shortlisted teams: until Apr 30 2025",
        "  • results announced: Jul 2025",
    )
    assert timetable_date(" Jan 15 2025 to", " Feb 28 2025")
    assert timetable_date(" until", " Apr 30 2025")
    # A headline's words may end so too; its time and count say it is a box's item.
    assert not timetable_date(" sanctions must end by", " Sep 3 2023 - 09:15 412")
    assert not timetable_date(" a year on from", " Oct 26 2024")
    record = newsparse.parse_text(_page("The timetable of the call:", "\n".join(items)))
    assert record.body == (
        LEAD,
        "The timetable of the call:",
        "applications: Jan 15 2025 to Feb 28 2025",
        "interviews of the shortlisted teams: until Apr 30 2025",
        "results announced: Jul 2025",
        LAST,
    )


def test_a_question_between_the_date_bullets_and_the_title_is_the_kicker() -> None:
    kicker = "چرا پهپادهای کشاورزی هنوز به مزرعه‌ها نرسیده‌اند؟"
    title = "مدیر پارک فناوری: «نخستین پهپاد سم‌پاش بومی تا پاییز به بازار می‌آید»"
    lead = (
        "به گزارش مرکز ارتباطات معاونت علمی، نخستین پهپاد سم‌پاش ساخت یک شرکت دانش‌بنیان "
        "آزمون‌های میدانی را در مزرعه‌های گندم استان فارس با موفقیت گذراند."
    )
    rest = "این پهپاد می‌تواند در هر پرواز ده لیتر سم را روی دو هکتار زمین بپاشد."
    text = blank_lines_apart(
        "  • ۱۴۰۳/۰۷/۱۷ - ۱۰:۴۵\n  • ۸۳۱",
        kicker,
        title,
        "زمان مطالعه : ۲ دقیقه کد خبر : ۸۰۲۱۴",
        title,
        lead,
        rest,
        "گروه خبری : اخبار,کشاورزی",
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title) == (kicker, title)
    assert record.body == (lead, rest)
    # A question of a few words over the title is a search's or a box's call.
    pre = [Line("Looking for something?", False), Line(title, False)]
    assert kicker_above(pre, norm(title)) is None


def test_a_tables_caption_wrapped_over_a_head_of_words_is_one_line() -> None:
    raw = [
        "   Table 1: Sales of the park's companies by field, 1402",
        "                     (billion rials)",
        "              Field               Companies Sales Share (%)",
        "Medical equipment                 118       9,420   41.2",
        "Software and services             204       7,115   31.1",
        "Advanced materials                 61       6,340   27.7",
    ]
    joined = wrapped_captions_joined(raw)
    assert joined[0].strip() == (
        "Table 1: Sales of the park's companies by field, 1402 (billion rials)"
    )
    assert joined[1] == ""
    assert joined[2:] == raw[2:]


def test_a_sentences_last_word_alone_in_lower_case_is_no_widgets_button() -> None:
    assert not starts_anew("yes")
    assert starts_anew("Was this news helpful? Yes No")
    assert starts_anew("was this article helpful? yes no")


def test_numbers_typed_in_brackets_stay_though_set_in_past_the_text() -> None:
    margin = " " * 32
    raw = [
        "Latest news                     The call is open to teams of researchers from",
        "Grants approved                 universities and companies across the country.",
        "",
        f"{margin}Steps for applicants:",
        f"{margin}1) register in the grant system",
        f"{margin}2) upload the proposal and a letter",
        f"{margin}3) present the project to the panel",
    ]
    assert ordered_items_marked(raw) == raw
    # A tool's numbers before an ordered list's items, set in so, are its markers.
    numbered = [line.replace(") ", ". ") for line in raw]
    assert ordered_items_marked(numbered) != numbered


def test_a_clitic_pandoc_cut_off_its_word_in_a_cell_goes_back_on_it() -> None:
    # pandoc lays a long heading out from its end in a grid cell, cutting where it falls.
    cell = [
        " Can a Zinc-Air B",
        " attery Built in Arak Keep Isfahan",
        " ’s Water Pumps Running in August?",
    ]
    grid = [f"|{line:<35}|" for line in cell]
    copy = "| [Can a Zinc-Air Battery Built in Arak Keep Isfahan’s Water Pumps |"
    assert unbroken_cell(cell, 33, inner_words([*grid, copy])) == [
        " Can a Zinc-Air Battery Built in Arak Keep Isfahan’s Water Pumps Running in August?"
    ]


def _cut_page(canonical: str, top: str) -> str:
    return (
        "<html><head><title>Students build satellites</title>"
        f'<link rel="canonical" href="{canonical}">'
        '<meta property="og:title" content="Students build satellites"></head>'
        f"<body><div>{top}</div><ul><li><a href='/'>Home</a></li>"
        "<li><a href='/News'>News</a></li></ul>"
    )


def test_a_capture_cut_before_the_article_takes_its_layout_from_its_address() -> None:
    bmn = newsparse.parse_html(
        _cut_page("https://en.bmn.ir/en-US/BMN/4/page/1/News/Students/1587", "")
    )
    assert (bmn.layout, bmn.news_code) == ("bmn", 1587)
    # bmn's capture line's shape on a page of another host: that host's current layout.
    isti = newsparse.parse_html(
        _cut_page("https://isti.ir/News/Students/71842", "پنجشنبه ۲۷ اردیبهشت ۱۴۰۳")
    )
    assert (isti.layout, isti.news_code) == ("current", 71842)
    # An archive's copy of the page names the page's own address inside its own.
    assert address_host("https://archive.ph/2020/http://en.bmn.ir/en-US/BMN/News/1") == (
        "en.bmn.ir"
    )
    assert address_host("en.bmn.ir/News/12") == "en.bmn.ir"


def test_a_heading_a_br_set_apart_under_a_full_line_stands_alone() -> None:
    full = "   and researchers at universities may apply from the beginning of next month."
    assert line_of_its_own(full.strip(), "   Priority areas", "   The first call covers", 80, len)
    # A short line over a blank one may be a box's button (`Make a gift`).
    assert not line_of_its_own(full.strip(), "   Make a gift", "", 80, len)
    # A paragraph's wrapped end: it ends a sentence, or goes on under a name's title.
    assert not line_of_its_own(full.strip(), "   Priority areas remain.", "", 80, len)
    assert not line_of_its_own("the deputy, Dr.", "   Hamid Karimi", "", 80, len)
    assert not line_of_its_own("the deputy said", "   Hamid Karimi", "", 80, len)
    assert not line_of_its_own("in the Pardis park. Photo: A.", "Karimi", "", 80, len)
    assert not line_of_its_own("Copyright © Elites Foundation.", "All rights reserved", "", 80, len)
    # A credit, a label: no heading; nor a line a tool wrapped a few columns early.
    assert not line_of_its_own(full.strip(), "   Photo: Navid Ahmadi", "", 80, len)
    wrapped = "   The devices use micro-electromechanical sensors of several"
    assert not line_of_its_own(full.strip(), wrapped, "   kinds found in phones", 80, len)
    lead = (
        "Iran's space agency and the science foundation will fund small satellite projects "
        "together, the two bodies announced on Sunday after signing a memorandum in Tehran. "
        "Researchers at universities and at knowledge-based companies may apply for the grants "
        "from the beginning of next month."
    )
    lines = textwrap.wrap(lead, 73)
    assert len(lines[-1]) + len(" Priority") > 73  # the heading's first word would not fit
    text = "\n".join(
        [
            "   • Oct 8 2024 - 09:15",
            "   • 642",
            "",
            f"   {TITLE}",
            "",
            *(f"   {line}" for line in lines),
            "   Priority areas",
            "   The first call covers imaging payloads for farms and water management.",
            "",
            "   • News group : NEWS,Space",
            "   • News code : 81402",
            "",
            f"   {COPYRIGHT}",
        ]
    )
    record = newsparse.parse_text(text)
    assert record.body == (
        lead,
        "Priority areas",
        "The first call covers imaging payloads for farms and water management.",
    )


def test_the_text_going_on_under_a_typed_list_is_no_items_wrapped_end() -> None:
    item = "3) present the project to the panel if it is shortlisted"
    assert under_typed_item(item, item, "Proposals will be received until 31/07/2019.")
    # The item's wrapped end: in lower case, or after a word a sentence goes on after.
    assert not under_typed_item(item, item, "and its budget is approved.")
    assert not under_typed_item("3) register with the", "3) register with the", "Foundation")
    # The first item alone is no list yet.
    first = "1) present the project to the panel if it is shortlisted"
    assert not under_typed_item(first, first, "Proposals will be received.")
    # Nor under an item ending on a word a list of names goes on after.
    partners = "2) the partners of the fund, set up by the ministry last year, are"
    assert not under_typed_item(partners, partners, "Sharif University of Technology.")
    lead = (
        "Iran's space agency and the science foundation will fund small satellite projects "
        "together, the two bodies announced on Sunday after signing a memorandum in Tehran. "
        "Researchers at universities and at knowledge-based companies may apply for the grants "
        "from the beginning of next month."
    )
    steps = [
        "Steps for applicants:",
        "1) register in the grant system of the foundation",
        "2) upload the proposal and a letter from the host university",
        "3) present the project to the joint panel if the proposal is shortlisted",
        "Proposals will be received until the end of next month.",
    ]
    # lynx prints the `<br>` lines of the text with no blank line, the last item full.
    text = "\n".join(
        [
            "   • Oct 8 2024 - 09:15",
            "   • 642",
            "",
            f"   {TITLE}",
            "",
            *(f"   {line}" for line in textwrap.wrap(lead, 73)),
            "",
            *(f"   {line}" for line in steps),
            "",
            "   • News group : NEWS,Space",
            "   • News code : 81402",
            "",
            f"   {COPYRIGHT}",
        ]
    )
    assert newsparse.parse_text(text).body == (lead, *steps)
