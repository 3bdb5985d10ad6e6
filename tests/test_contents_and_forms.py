"""A long read's table of contents under its title is body, not a menu; and a search box's
button, a print bar's `Back` and a picture's alt text run into its credit are chrome, however
the saving tool printed them."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import blank_lines_apart
from newsparse.readers.html import html_lines
from newsparse.readers.media_marks import glued_apart
from newsparse.readers.text import text_lines

KICKER = "A guide for applicants:"
TITLE = "How the new study grants work: eligibility, deadlines and payments"
LEAD = (
    "From this spring, the foundation will replace its three separate awards for graduate "
    "students with a single study grant, and this guide explains who can apply."
)
WHO = (
    "The grant is open to master's and doctoral students at Iranian universities who ranked "
    "among the top one percent in the national entrance examination."
)
HOW = (
    "All applications are made online through the foundation's portal, and incomplete forms "
    "are not reviewed by the committee."
)
PAID = "Payments are made every three months into the student's bank account."
ENTRIES = ("Who can apply", "How to apply", "How the money is paid")
BMN_FOOTER = (
    "Publish date : 2020/01/13",
    "Code : 1537",
    "Visit count: 318",
    "All rights reserved for National Foundation of Elites",
)


def _bmn_page(*between: str) -> str:
    return blank_lines_apart(
        "Wednesday 15 January 2020",
        "Home | About | News | Contact",
        KICKER,
        TITLE,
        *between,
        LEAD,
        ENTRIES[0],
        WHO,
        ENTRIES[1],
        HOW,
        ENTRIES[2],
        PAID,
        *BMN_FOOTER,
    )


def test_a_contents_list_whose_entries_head_the_sections_is_body() -> None:
    contents = ("On this page", *(f"  * {entry}" for entry in ENTRIES))
    record = newsparse.parse_text(_bmn_page(*contents))
    assert (record.kicker, record.title) == ("A guide for applicants", TITLE)
    assert record.body == ("On this page", *ENTRIES, LEAD, ENTRIES[0], WHO, ENTRIES[1], HOW,
                           ENTRIES[2], PAID)  # fmt: skip
    # Numbered entries name the same sections (`1. Who can apply`).
    numbered = tuple(f" {n}. {entry}" for n, entry in enumerate(ENTRIES, 1))
    assert newsparse.parse_text(_bmn_page(*numbered)).title == TITLE


def test_a_bulleted_list_under_the_title_naming_no_section_is_still_read_as_before() -> None:
    # Only one entry stands again below: no evidence of a contents list.
    items = ("  * Who can apply", "  * Grants", "  * Calls", "  * Contact")
    record = newsparse.parse_text(_bmn_page(*items))
    assert "Grants" not in record.body
    assert record.body[-1] == PAID


OLD_PORTAL = (
    "Home Page > news",
    "News > Low-cost seismograph network to cover Kerman province",
    "[icon_print] Print | [icon_mail] Email | [icon_save] Save | Back",
    "Low-cost seismograph network to cover Kerman province",
    "The Institute of Geophysics and a company from Kerman have agreed to install sixty "
    "low-cost seismographs across the province by the end of the year.",
    "Each station is built around a locally designed sensor board and a small solar panel.",
    "09:05 - 11/02/2019 / Number : 45102 / Show Count : 87",
    "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
)


def test_a_print_bars_back_link_is_no_kicker() -> None:
    record = newsparse.parse_text(blank_lines_apart(*OLD_PORTAL))
    assert (record.kicker, record.title) == (None, OLD_PORTAL[3])
    bar = OLD_PORTAL[2].replace("Back", "بازگشت")
    record = newsparse.parse_text(blank_lines_apart(*OLD_PORTAL[:2], bar, *OLD_PORTAL[3:]))
    assert record.kicker is None


def test_a_print_bar_a_tool_wrapped_into_the_titles_line_is_no_kicker() -> None:
    # elinks wraps the bar in a narrow column: its last buttons open the title's line.
    wrapped = ("Print | Email |", f"Save | Back {OLD_PORTAL[3]}")
    record = newsparse.parse_text(blank_lines_apart(*OLD_PORTAL[:2], *wrapped, *OLD_PORTAL[3:]))
    assert (record.kicker, record.title) == (None, OLD_PORTAL[3])


CURRENT_TITLE = "Can farm drones replace crop-dusting planes in Golestan?"
CURRENT_LEAD = (
    "Sixty spraying drones built by a technology company in Gorgan have worked on wheat and "
    "rice fields across Golestan this autumn, and farmers ask if the planes are needed."
)


def _search_form_page(form: str) -> str:
    return f"""<html><body>
<ul><li><a href="/">Home</a></li><li><a href="/News">News</a></li>
<li><a href="/Events">Events</a></li><li><a href="/Contact">Contact us</a></li></ul>
{form}
<h2>{CURRENT_TITLE}</h2>
<ul class="info"><li>Nov 20 2024 - 9:05</li><li>218</li><li>Study time : 2 minute(s)</li></ul>
<div class="kicker">Drones</div>
<h1>{CURRENT_TITLE}</h1>
<p>{CURRENT_LEAD}</p>
<ul><li>News group : NEWS,Technology</li><li>News code : 95263</li></ul>
<p>Copyright © Vice-Presidency for Science and Technology. All rights reserved</p>
</body></html>"""


def test_a_search_forms_button_is_no_kicker_in_html() -> None:
    field = '<input type="text" name="q">'
    for button in ('<button type="submit">Go</button>', '<input type="submit" value="Go">'):
        form = f'<form action="/Search">{field}{button}</form>'
        record = newsparse.parse_html(_search_form_page(form))
        assert (record.kicker, record.title, record.body) == (
            "Drones",
            CURRENT_TITLE,
            (CURRENT_LEAD,),
        ), button


def test_a_forms_button_is_bracketed_and_one_outside_a_form_is_read_as_its_words() -> None:
    form = '<form><input type="text"><button type="submit">Go</button></form>'
    tabs = '<div class="tabs"><button>Latest</button></div>'
    texts = [line.text for line in html_lines(_search_form_page(form + tabs))[0]]
    assert "[Go]" in texts
    assert "Latest" in texts
    assert "[Latest]" not in texts


def test_lynxs_text_field_keeps_the_button_beside_it_on_a_form_line() -> None:
    lines = text_lines("Home\n\n   ____________________ Go\n\nQuestions and answers\n")
    assert [line.text for line in lines] == [
        "Home",
        "____________________ Go",
        "Questions and answers",
    ]
    # Strong marks are still read as such.
    assert [line.text for line in text_lines("A __bold__ word.\n")] == ["A bold word."]


def test_pandocs_alt_text_run_into_a_credit_is_set_apart() -> None:
    assert glued_apart("[Team wins the national robotics league]Photo: Amir Sadeghi") == [
        "[Team wins the national robotics league]",
        "Photo: Amir Sadeghi",
    ]
    # A link's text before its target, and a lynx link number, are no alt text.
    assert glued_apart("[Read the guide](https://bmn.ir/x) today") == [
        "[Read the guide](https://bmn.ir/x) today"
    ]
    assert glued_apart("[12]Foundation news") == ["[12]Foundation news"]
    assert glued_apart("[bold red]Alert here") == ["[bold red]Alert here"]
    # pandoc sets the caption a space after the brackets too; other tools' brackets so set
    # are the page's (`[Updated on 12 May] The ministry ...`).
    spaced = "[Team wins the national robotics league] Members of the team at the final"
    assert glued_apart(spaced, pandoc=True) == [
        "[Team wins the national robotics league]",
        "Members of the team at the final",
    ]
    assert glued_apart(spaced) == [spaced]


def test_lynxs_newsletter_box_with_its_button_beside_the_field_is_no_article() -> None:
    box = (
        "Newsletter",
        "Enter your email address to receive our weekly news.",
        "   _____________________ Subscribe",
    )
    record = newsparse.parse_text(
        blank_lines_apart(
            "Wednesday 15 January 2020",
            "Home | About | News | Contact",
            *box,
            "Grant review",
            TITLE,
            LEAD,
            WHO,
            *BMN_FOOTER,
        )
    )
    # The line under a field shown with its button is no second button: the kicker.
    assert (record.kicker, record.title, record.body) == ("Grant review", TITLE, (LEAD, WHO))


def test_share_icons_links_run_together_are_no_form_field() -> None:
    # html2text's `[__](...)` icons, their link texts run together, are strong marks only.
    lines = text_lines(f"{LEAD}\n[__](https://t.me/x)[__](https://wa.me/x)[__](https://x.com/x)\n")
    assert [line.text for line in lines] == [LEAD]


def test_a_login_boxs_button_and_link_are_no_body() -> None:
    box = ("Members login", "Username : ____", "Password : ____", "[ Login ] Forgot password?")
    # A narrow column sets the box between the paragraphs.
    page = (*OLD_PORTAL[:5], *box, *OLD_PORTAL[5:])
    assert newsparse.parse_text(blank_lines_apart(*page)).body == OLD_PORTAL[4:6]


def test_a_word_processors_hard_wrapped_paste_keeps_bmns_copyright_apart() -> None:
    # 72 columns, CRLF: the copyright under a headline list's last item opens its own line.
    lines = (
        "Publish date : 2020/01/12",
        "Code : 312",
        "Visit count: 208",
        "Related news",
        "•\tElite students meet foreign alumni in Tehran 2020/01/05",
        "•\tFoundation honours winners of the national science olympiads 2019/12/28",
        "All rights reserved for National Foundation of Elites",
    )
    text = (*textwrap.wrap(LEAD, 72), "", *textwrap.wrap(WHO, 72), "", *textwrap.wrap(HOW, 72))
    head = ("Wednesday 15 January 2020", "", KICKER, "", TITLE, "", *text, "")
    record = newsparse.parse_text("\r\n".join((*head, *lines)) + "\r\n")
    assert record.publisher == "National Foundation of Elites"
    assert record.warnings == ()
    # A sentence quoting a copyright line goes on across the wrap.
    quoted = (
        "Software by a fellow of the lab may carry the line “Copyright © the author.",
        "All rights reserved” and no more.",
    )
    read = text_lines("\n".join((*textwrap.wrap(LEAD, 72), "", *quoted, "")))
    assert read[-1].text == " ".join(quoted)
