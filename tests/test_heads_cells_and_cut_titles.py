"""A title's copy a tool ran into the lead, an article's head set over a box of headlines,
bmn's capture date in a header row's cell, a kicker over a side column's list, a URL's id
before its slug, a capture cut inside the title, and a copyright line a narrow dump wrapped."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser as HTMLParser

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.kicker import kicker_ended
from newsparse.grammar.lines import Line
from newsparse.grammar.top_cells import date_round_chrome, weekday_before_chrome
from newsparse.readers.html_head import page_meta

TITLE = "Can Iranian labs make their own enzymes for the detergent industry?"
INFO = "  * Feb 14 2024 - 11:40\n  * 254"
LEAD = (
    "Detergent makers in Iran import most of the enzymes that remove protein and starch "
    "stains, and a round table asked whether domestic laboratories could take over part of "
    "that market within three years."
)
LAST = "Participants agreed to meet again in the summer to review progress."
FOOTER = "  * News group : News,Industry\n  * News code : 8841"
UNCONFIRMED = "title uncertain: found neither in a copy on the page nor in the HTML head"


def test_a_titles_copy_a_tool_ran_into_the_lead_is_a_copy() -> None:
    # html2text sets the picture's caption, the title's copy, on the lead's first line.
    lead_run_in = f"![](/files/8841.jpg){TITLE} {LEAD}"
    record = newsparse.parse_text(
        blank_lines_apart(INFO, f"## {TITLE}", lead_run_in, LAST, FOOTER, COPYRIGHT)
    )
    assert record.title == TITLE
    assert record.body == (LEAD, LAST)
    assert UNCONFIRMED not in record.warnings


def test_a_pull_quote_opening_its_paragraph_is_no_titles_copy() -> None:
    title = "Should basic research grants be judged by citations?"
    quote = "A citation count tells us who is fashionable, not who is right."
    paragraph = (
        f"{quote} The councils that fund basic science should read the work itself, as the "
        "best of them already do, and ask what it settled."
    )
    record = newsparse.parse_text(
        blank_lines_apart(INFO, "Viewpoint:", title, LEAD, quote, paragraph, FOOTER, COPYRIGHT)
    )
    assert record.title == title
    assert not [warning for warning in record.warnings if warning.startswith("title uncertain")]


BMN_TEXT = (
    "The National Foundation of Elites has opened a call for research grants in robotics "
    "for doctoral students and researchers under 35 who hold the foundation's membership.",
    "Each selected project will receive up to 600 million rials over two years, together "
    "with access to the laboratories of three universities.",
)
BMN_TITLE = "National Foundation of Elites opens a grant call for young robotics researchers"


def test_an_articles_head_over_a_box_of_headlines_under_it_is_kept() -> None:
    # bmn's box of latest news, its items dated with bmn's own labels, between the title
    # and the text; the labels under the text close the article.
    capture = blank_lines_apart(
        "Monday 9 March 2020",
        "Support for young researchers:",
        BMN_TITLE,
        "Latest News",
        "Elite students meet the head of the foundation in Isfahan",
        "Publish date : 2020/03/02 Visit count: 97",
        "Winners of the Allameh Tabatabai award announced",
        "Publish date : 2020/02/26 Visit count: 301",
        *BMN_TEXT,
        "Publish date : 2020/03/04",
        "Code : 231",
        "Visit count: 188",
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(capture)
    assert record.kicker == "Support for young researchers"
    assert record.title == BMN_TITLE
    assert record.body == BMN_TEXT
    assert record.published == "2020-03-04"
    assert record.views == 188


def test_bmns_capture_date_in_a_header_rows_cell_beside_the_menu() -> None:
    menu = "Home About the Foundation Programs News Contact فارسی"
    # html2text walls the row's cells; w3m and links read a wrapped cell's year after them.
    walled = "Wednesday 11 December 2019 | Home | About the Foundation | Programs | Contact | فارسی"
    assert weekday_before_chrome(walled) is not None
    assert date_round_chrome(f"Wednesday 11 December {menu} 2019") is not None
    assert date_round_chrome("Wednesday 11 December Home 2019") is not None
    # A headline with a year at its end is no such row, nor is one opening with `Home`.
    assert date_round_chrome("Wednesday 11 December students won medals in 2019") is None
    assert date_round_chrome("Sunday 5 May Home Appliances Expo 2019") is None
    for top in (walled, f"Wednesday 11 December {menu} 2019"):
        capture = blank_lines_apart(
            top,
            "Elite grants;",
            BMN_TITLE,
            *BMN_TEXT,
            "Publish date : 2019/12/08",
            "Code : 141",
            "Visit count: 120",
            "All rights reserved for National Foundation of Elites",
        )
        assert newsparse.parse_text(capture).captured_on == "2019-12-11", top


PORTAL_TITLE = "Seed bank in Karaj stores samples of 1,800 native plant species"


def test_a_kicker_over_a_side_columns_list_printed_before_the_title() -> None:
    # A side column whose heading a text browser set under the kicker, its items and a
    # newsletter box between the kicker and the title.
    capture = "\n".join(
        (
            "Sunday, July 14, 2019-",
            "",
            "                       Home Page > news",
            f"                       News > {PORTAL_TITLE}",
            "                       Print        Send to Friend",
            "                       Head of the national plant gene bank;",
            "Most Visited",
            "  • Technology fund opens new credit line for medical equipment makers",
            "  • Nano-coated textiles reach twelve export markets",
            "",
            blank_lines_apart("Newsletter", "Email :", PORTAL_TITLE, LEAD, LAST),
            "10:25 - 09/07/2019    /    Number : 41276    /    Show Count : 143",
            "",
            COPYRIGHT,
        )
    )
    record = newsparse.parse_text(capture)
    assert record.kicker == "Head of the national plant gene bank"
    assert record.title == PORTAL_TITLE
    assert record.body == (LEAD, LAST)
    # The list's own heading, ending as a kicker does, is none.
    column = [Line("Most viewed:"), Line("Iran wins gold", True), Line("New lab opens", True)]
    assert kicker_ended(column) is None


HEAD_TITLE = "Elite students win two gold medals and a bronze in rescue and soccer leagues"


def _head(url: str) -> str:
    return (
        f"<html><head><title>{HEAD_TITLE}</title>"
        f'<meta property="og:title" content="{HEAD_TITLE}">'
        f'<meta property="og:url" content="{url}"></head><body>'
    )


def test_a_urls_id_before_its_slug_is_the_news_code() -> None:
    url = "https://en.bmn.ir/en-US/bmn/4385/page/News/1432/elite-students-win-medals"
    html = _head(url) + '<div class="date">Monday 14 October 2019</div>'
    assert newsparse.parse_html(html).news_code == 1432


def test_a_capture_cut_inside_the_titles_word_takes_the_heads_title() -> None:
    url = "https://en.bmn.ir/en-US/BMN/News/1432"
    html = (
        _head(url) + '<div class="date">Monday 14 October 2019</div>'
        '<div class="kicker">RoboCup Asia-Pacific 2019:</div><h1>Elite students win two gold me'
    )
    record = newsparse.parse_html(html)
    assert record.title == HEAD_TITLE
    assert record.body == ()
    assert "title uncertain: taken from the HTML head, not found on the page" in record.warnings


def test_a_copyright_line_a_narrow_dump_wrapped_names_the_whole_publisher() -> None:
    for wrapped, publisher in (
        ("All rights reserved for National\nFoundation of Elites", "National Foundation of Elites"),
        (
            "Copyright © Vice-Presidency for\nScience and Technology. All rights\nreserved",
            "Vice-Presidency for Science and Technology",
        ),
    ):
        capture = blank_lines_apart(INFO, TITLE, LEAD, LAST, FOOTER, wrapped)
        record = newsparse.parse_text(capture)
        assert record.publisher == publisher
        assert record.body == (LEAD, LAST)
        assert not [w for w in record.warnings if w.startswith("capture looks truncated")]


def test_a_canonical_link_wget_made_relative_gives_way_to_og_url() -> None:
    url = "https://isti.ir/news/72418"
    html = (
        '<html><head><link rel="canonical" href="72418.html">'
        f'<meta property="og:url" content="{url}"></head><body></body></html>'
    )
    record = newsparse.parse_html(html.replace("<body></body>", "<body><p>x</p></body>"))
    assert record.url == url
    assert record.news_code == 72418
    # A canonical link that is whole is the URL still, whatever `og:url` says.
    whole = html.replace('href="72418.html"', 'href="https://isti.ir/news/72419"')
    assert newsparse.parse_html(whole.replace("<body></body>", "<body><p>x</p></body>")).url == (
        "https://isti.ir/news/72419"
    )
    # Nor does a relative link give way to an `og:url` naming another page (the home page).
    home = html.replace(url, "https://isti.ir/").replace('href="72418.html"', 'href="/news/72418"')
    assert page_meta(HTMLParser(home)).url == "/news/72418"


def test_bmns_capture_date_a_header_cell_wrapped_in_two_beside_the_menu() -> None:
    # elinks: the weekday and day over the month and year, the menu's cells beside them.
    top = (
        "Wednesday 11  Home About the Programs News Contact فارسی\nDecember 2019         Foundation"
    )
    capture = blank_lines_apart(
        top,
        "Elite grants;",
        BMN_TITLE,
        *BMN_TEXT,
        "Publish date : 2019/12/08",
        "Code : 141",
        "Visit count: 120",
        "All rights reserved for National Foundation of Elites",
    )
    assert newsparse.parse_text(capture).captured_on == "2019-12-11"
    # A headline's day and a year under it are none.
    headline = "Monday 11 students won medals in Tabriz\nDecember 2019 was a good month for them"
    assert newsparse.parse_text(capture.replace(top, headline)).captured_on is None
