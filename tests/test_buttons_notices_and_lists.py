"""Share bars with counts before a print button or in brackets, a player's notices and
captions, credits in a row and before a paragraph, a kicker printed again round the
title's copies, a paste's bare list whose items open with a capital, the short title cut
past 64 characters, and markdown that kept a layout as raw HTML."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.bar_words import is_box_line
from newsparse.grammar.player_words import player_line
from newsparse.grammar.shapes import is_short_form

TITLE = "Iranian researchers unveil a robot arm that sorts blood samples by itself"
INFO = "  • May 27 2024 - 10:30\n  • 1,204\n  • Study time : 2 minute(s)"
# A short text's info block: a minute's reading or less.
SHORT_INFO = "  • May 27 2024 - 10:30\n  • 1,204\n  • Study time : Less than one minute"
LEAD = (
    "A team at Amirkabir University of Technology has built a robot arm that picks up test "
    "tubes of blood and places them in the right analyser."
)
LAST = "The hospital plans to install two more arms in its central laboratory next year."
FOOTER = "  • News group : NEWS,Health\n  • News code : 71902"


def _page(*middle: str) -> str:
    return blank_lines_apart(INFO, TITLE, TITLE, LEAD, *middle, LAST, FOOTER, COPYRIGHT)


def test_share_counts_before_a_print_button_or_in_brackets_are_a_bar() -> None:
    for bar in (
        "Share : Facebook 14 X 9 Telegram 52 WhatsApp 27 Print version",
        "X (31) LinkedIn (18) Telegram (44) | Print version",
        "Share : Facebook (6) Twitter (3) LinkedIn (2) Google+ (0)",
        "Shared 57 times · Telegram · LinkedIn · Printable version",
        "اشتراک‌گذاری : تلگرام ۳۱ ایتا ۱۲ واتس‌اپ ۸ نسخه چاپی",
    ):
        assert is_box_line(bar), bar
    # A figure opening the paragraph a tool ran on after a bar is still the text's.
    assert not is_box_line("Email 12 Iranian firms signed the export deal in Baghdad")
    assert is_box_line("X (31) LinkedIn (18) Telegram (44)")
    record = newsparse.parse_text(
        _page("Shared 57 times · Telegram · LinkedIn · Printable version")
    )
    assert record.body == (LEAD, LAST)


def test_a_players_caption_with_its_length_in_brackets_is_text() -> None:
    caption = "Listen to the full interview (18:42)"
    assert not player_line(caption)
    assert not is_box_line(caption)
    # The page's story read aloud is the player's own label, length and all; so is a bare
    # label with its length.
    for label in ("Listen to this story (podcast, 2:40)", "Listen (3:10)", "Audio (2:40)"):
        assert is_box_line(label), label
    record = newsparse.parse_text(_page(caption, "Download audio (MP3, 17.1 MB)"))
    assert record.body == (LEAD, caption, "Download audio (MP3, 17.1 MB)", LAST)


def test_a_players_notices_are_no_text_whole_and_after_the_posters_alt_text() -> None:
    record = newsparse.parse_text(_page("To watch this video, please enable JavaScript."))
    assert record.body == (LEAD, LAST)
    # w3m prints the poster's alt text (the title) and the fallback right under the lead.
    text = blank_lines_apart(
        INFO,
        TITLE,
        TITLE,
        f"{LEAD}\n{TITLE} Your browser does not support the video tag.",
        "Night test of the arm, filmed in the laboratory (duration 3:48)",
        LAST,
        FOOTER,
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert record.title == TITLE
    assert record.body == (
        LEAD,
        "Night test of the arm, filmed in the laboratory (duration 3:48)",
        LAST,
    )
    # lynx's frame mark, its address and the notice under it stay one notice.
    frame = (
        "IFRAME: https://www.aparat.com/video/embed/xy77/frame "
        "Your browser does not support frames."
    )
    assert newsparse.parse_text(_page(frame)).body == (LEAD, LAST)


def test_credits_alone_in_a_row_are_a_gallerys_not_the_lines_caption() -> None:
    credits = "(عکس: مریم صالحی)\t(عکس: مریم صالحی)\t(عکس: مریم صالحی)"
    lead = (
        "رئیس ستاد توسعه فرهنگ علم گفت: نخستین جشنواره عکس علمی دانش‌آموزان کشور با دریافت "
        "۴۲۰ اثر از ۲۶ استان به مرحله داوری رسید."
    )
    record = newsparse.parse_text(_page(lead, credits))
    assert record.body == (LEAD, lead, LAST)


def test_a_credit_opening_the_paragraph_a_tool_ran_on_after_it_is_cut_off() -> None:
    run_on = (
        "Photo: Hamid Forootan The arm follows a barcode on each tube with a camera designed at "
        "the university, and the whole system cost about 9 billion rials, its makers said."
    )
    record = newsparse.parse_text(_page(run_on))
    assert record.body == (LEAD, run_on.removeprefix("Photo: Hamid Forootan "), LAST)
    # A sentence naming a photo, its title's words in capitals, is the text's whole.
    sentence = (
        "Her best photo: Dawn At Anzali Lagoon won praise from the judges, who said that few "
        "photographers catch the light over the water so well at that age."
    )
    assert newsparse.parse_text(_page(sentence)).body == (LEAD, sentence, LAST)
    # A caption and its credit before it go too (html2text runs a picture's cell so).
    text = run_on.removeprefix("Photo: Hamid Forootan ")
    captioned = f"The arm at work in the laboratory Photo: NEF public relations {text}"
    record = newsparse.parse_text(
        blank_lines_apart(INFO, TITLE, TITLE, LEAD, captioned, FOOTER, COPYRIGHT)
    )
    assert record.body == (LEAD, text)


def test_a_kicker_printed_again_round_the_titles_copies_is_the_kicker() -> None:
    kicker = "Can a robot sort a hospital's blood samples faster than its staff?"
    long_title = (
        "Iranian researchers unveil a robot arm that sorts 600 blood samples an hour, a speed "
        "the team says could cut waiting times in the busiest hospital laboratories of Tehran "
        "by half within a year."
    )
    text = blank_lines_apart(
        SHORT_INFO, kicker, long_title, long_title, kicker, LEAD, LAST, FOOTER, COPYRIGHT
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title) == (kicker, long_title)
    assert record.body == (LEAD, LAST)
    assert record.warnings == ()


def test_a_pastes_bare_list_items_opening_with_a_capital_stay_apart() -> None:
    lines = [
        "The laboratory bought three kinds of instruments last year:",
        "benchtop centrifuges for the blood bank",
        "UV-visible spectrophotometers for teaching laboratories",
        "automated PCR workstations for clinical testing",
    ]
    # A paste sets each block on a line of its own, no blank line between.
    paste = "\n".join(
        [
            "May 27 2024 - 10:30",
            "1,204",
            "Study time : 2 minute(s)",
            TITLE,
            TITLE,
            LEAD,
            *lines,
            LAST,
            "News group : NEWS,Health",
            "News code : 71902",
            COPYRIGHT,
        ]
    )
    record = newsparse.parse_text(paste)
    assert record.body == (LEAD, *lines, LAST)
    # A paragraph a tool wrapped under the list is one paragraph again, however long a line
    # of chrome on the page is.
    wrapped = (
        "Water research at the University of Tehran and wetlands\n"
        "research in Gilan will share the instruments, the laboratory's\n"
        "head and two provincial officials said."
    )
    text = blank_lines_apart(
        INFO,
        TITLE,
        TITLE,
        f"{lines[0]}\n{lines[1]}",
        wrapped,
        "Share : " + " · ".join(["Facebook", "Telegram", "WhatsApp", "LinkedIn"] * 8),
        FOOTER,
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert record.body[-1] == wrapped.replace("\n", " ")
    # Under a line ending in a colon, a short line opening with a capital is an item only
    # where it is labelled (`Tier one: ...`) or a bare list has begun.
    text = blank_lines_apart(
        INFO,
        "Head of the council:\nIranian researchers unveil a robot arm\n"
        "that sorts blood samples by itself",
        LEAD,
        LAST,
        FOOTER,
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert record.kicker == "Head of the council"
    assert record.title == TITLE


def test_the_short_title_cut_a_few_past_64_characters_confirms_the_title() -> None:
    title = (
        "INSF opens its 2024 call for joint research proposals with partner foundations in "
        "five countries."
    )
    short = "INSF opens 2024 call joint research proposals partner foundations five"
    assert len(short) > 64
    assert is_short_form(short, title)
    # The title's own words, a word run into them, are no short form of that line.
    own = "Young researchers' grant to cover lab costs for 1,200 PhD students"
    assert not is_short_form(own, f"{own} laboratory")
    assert not is_short_form(own.replace("'", "’"), f"{own} laboratory")
    text = blank_lines_apart(
        short, SHORT_INFO, "Research grants", title, LEAD, LAST, FOOTER, COPYRIGHT
    )
    record = newsparse.parse_text(text)
    assert record.title == title
    assert record.warnings == ()


def test_markdown_that_kept_a_layout_table_as_raw_html_is_read_as_its_text() -> None:
    # pandoc's gfm writes a layout table it cannot draw as raw HTML, markdown outside it.
    text = "\n".join(
        [
            "Please enable JavaScript in your browser to use all features of this",
            "site.",
            "",
            '<table class="layout" width="100%">',
            "<tbody>",
            '<tr class="odd">',
            '<td class="main"><ul>',
            "<li>May 27 2024 - 10:30</li>",
            "<li>1,204</li>",
            "<li>Study time : 2 minute(s)</li>",
            "</ul>",
            '<div class="kicker">',
            "Medical equipment:",
            "</div>",
            "<h1",
            'id="iranian-researchers">Iranian researchers unveil a robot arm that sorts',
            "blood samples by itself</h1>",
            *textwrap.wrap(f"<p>{LEAD}</p>", 72),
            *textwrap.wrap(f"<p>{LAST}</p>", 72),
            "<ul>",
            "<li>News group : NEWS,Health</li>",
            "<li>News code : 71902</li>",
            "</ul></td>",
            "</tr>",
            "</tbody>",
            "</table>",
            "",
            COPYRIGHT,
        ]
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title, record.news_code) == ("Medical equipment", TITLE, 71902)
    assert record.body == (LEAD, LAST)
    # A writer may keep the tags in capitals.
    record = newsparse.parse_text(text.replace("<p>", "<P>").replace("</p>", "</P>"))
    assert record.body == (LEAD, LAST)


def test_pandocs_heading_id_broken_in_a_grid_cell_is_no_text() -> None:
    text = blank_lines_apart(
        INFO,
        f"## {TITLE} {{#iranian-researchers-unveil-a-robot-arm-1. 5-tesla .newstitle}}",
        "![](/images/News/41276.jpg)\\",
        LEAD,
        LAST,
        FOOTER,
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert record.title == TITLE
    assert record.body == (LEAD, LAST)
    # Words in braces in the text are no heading's id.
    braced = "See the notes {#ref-1 in the} appendix for the figures of each hospital."
    assert newsparse.parse_text(_page(braced)).body == (LEAD, braced, LAST)
