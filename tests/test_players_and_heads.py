"""Chrome in new words (a read-aloud player naming its minutes, a privacy banner saying what
it keeps, a mobile page's expander), the info block set on one line under a title a tool
wrapped, and the date an HTML head states for a capture cut before the article."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.dates import head_date
from newsparse.grammar.lines import Line
from newsparse.grammar.notice_lines import split_after_notice
from newsparse.grammar.player_words import player_line

TITLE = "Iranian researchers build a diamond-based magnetic sensor that works at room temperature"
LEAD = (
    "A team at a university laboratory in Tehran has built a compact magnetic field sensor "
    "from synthetic diamond that needs no cooling, the programme's office said."
)
BODY = (
    "The sensor could be used in medical imaging and in the search for minerals, and the team "
    "hopes to offer a first product to hospitals within two years."
)
INFO = ("  * Jul 10 2019 - 11:20", "  * 347", "  * Study time : 2 minute(s)")
FOOTER = ("  * News group : NEWS,Quantum", "  * News code : 3188")


def _page(*article: str, above: tuple[str, ...] = ()) -> str:
    return blank_lines_apart(
        "Home | News | Contact us", *above, *INFO, "Quantum technology:", TITLE, *article,
        *FOOTER, COPYRIGHT,
    )  # fmt: skip


def test_a_player_naming_its_minutes_among_its_buttons_is_no_body() -> None:
    for player in (
        "🔊 Hear this story · 2 min · Play · Download MP3",
        "Listen to this report | 3 minutes | Play",
        "▶ این خبر را بشنوید · ۲ دقیقه · پخش",
    ):
        assert player_line(player), player
        assert newsparse.parse_text(_page(player, LEAD, BODY)).body == (LEAD, BODY), player
    # A heading naming minutes, with no buttons' marks, is the text's.
    assert not player_line("Hear the minister speak for five minutes")
    assert not player_line("Listen to the 5 minutes that changed the lab")


def test_a_privacy_banner_saying_what_it_keeps_in_the_browser_is_chrome() -> None:
    banner = (
        "Heads-up: we keep a note of your visit in your browser (language, font size, nothing "
        "else). Carry on browsing and we'll assume that is all right with you."
    )
    record = newsparse.parse_text(
        _page(LEAD, BODY, above=(banner, "Got it · Read the small print"))
    )
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_mobile_pages_expander_in_persian_is_no_body() -> None:
    for button in ("مشاهده ادامه خبر", "نمایش ادامه مطلب", "ادامه خبر"):
        assert newsparse.parse_text(_page(LEAD, BODY, button)).body == (LEAD, BODY), button


def test_an_info_strip_under_a_wrapped_title_is_not_its_wrapped_end() -> None:
    # w3m at phone width: the short title above the strip is wrapped, no blank line between.
    text = "\n".join(
        (
            "Home | News | Contact us",
            "",
            "Iranian researchers build diamond-based magnetic sensor works room",
            "temperature",
            "Jul 10 2019 - 11:20 · 347 · Study time : 2 minute(s)",
            "Quantum technology:",
            "",
            TITLE,
            "",
            LEAD,
            "",
            BODY,
            "",
            *FOOTER,
            "",
            COPYRIGHT,
        )
    )
    record = newsparse.parse_text(text)
    assert (record.published, record.views, record.study_minutes) == (
        "2019-07-10T11:20:00+04:30",
        347,
        2,
    )
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_heads_date_is_read_at_tehrans_offset_of_that_moment() -> None:
    assert head_date("2024-10-02T14:05:00+03:30") == "2024-10-02T14:05:00+03:30"
    assert head_date("2019-07-02T06:50:00Z") == "2019-07-02T11:20:00+04:30"
    assert head_date("2024-10-02") == "2024-10-02"
    assert head_date("yesterday") is None


def test_an_html_capture_cut_before_the_article_takes_the_date_its_head_states() -> None:
    head = (
        '<html lang="en"><head><title>Quantum dots for cheaper imaging | Iran National Science '
        'Foundation</title><link rel="canonical" href="https://en.insf.org/News/Quantum/4471">'
        "{}</head><body><div>Today : Monday Oct 7 2024</div><nav><ul><li>Home</li><li>About"
    )
    json_ld = (
        '<script type="application/ld+json">{"@type":"NewsArticle",'
        '"datePublished":"2024-10-02T14:05:00+03:30"}</script>'
    )
    meta = '<meta property="article:published_time" content="2024-10-02T10:35:00Z">'
    for tag in (json_ld, meta):
        record = newsparse.parse_html(head.format(tag))
        assert record.published == "2024-10-02T14:05:00+03:30", tag
        assert "no publication date found" not in record.warnings
        assert "no body found" in record.warnings
    record = newsparse.parse_html(head.format(""))
    assert record.published is None
    assert "no publication date found" in record.warnings


def test_a_privacy_banners_button_and_the_kicker_a_wrap_ran_on_are_apart() -> None:
    # w3m at 60 columns runs bmn's kicker on after the banner's `OK`.
    text = "\n".join(
        (
            "Sunday 9 February 2020",
            "",
            "This site uses cookies to improve your experience. OK",
            "Deputy for International Affairs:",
            "",
            *textwrap.wrap(TITLE, 60),
            "",
            *textwrap.wrap(LEAD, 60),
            "",
            *textwrap.wrap(BODY, 60),
            "",
            "Publish date : 2020/02/05",
            "Code : 1342",
            "Visit count: 187",
            "",
            "All rights reserved for National Foundation of Elites",
        )
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title) == ("Deputy for International Affairs", TITLE)
    # A banner of two sentences and its button, all chrome, is not cut after its first.
    banner = Line("This site uses cookies to count visits. By browsing you accept our cookies. OK")
    assert [line.text for line in split_after_notice(banner)] == [banner.text]
