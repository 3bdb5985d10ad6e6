"""The article's date and view count said again under its title in other words, a lead
whose first sentence is the title's words, and a quoted title's speaker a tool wrapped onto
a line of its own after a dash."""

from __future__ import annotations

import pytest

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.info_again import info_again
from newsparse.readers.wraps import joined_blocks

TITLE = "Elite Foundation opens second round of postdoctoral grants in industry"
INFO = "  • Jan 11 2025 - 09:45\n  • 347\n  • Study time : Less than one minute"
LEAD = (
    "The National Foundation of Elites has opened the second round of its industrial "
    "postdoctoral programme, which places young doctors in knowledge-based companies."
)
LAST = "Applicants must have received their doctorate within the past three years."
FOOTER = "  • News group : NEWS,Grants\n  • News code : 1488"


def test_a_date_and_a_count_in_words_of_their_own_are_the_info_said_again() -> None:
    assert info_again("Saturday, 11 January 2025, 09:45 | Seen 347 times")
    assert info_again("8 Feb 2020 · 233 visits · Print · Email · Share: Telegram Twitter")
    assert info_again("8 Feb 2020 * 233 visits * Print * Email")  # html2text's bullets
    assert info_again("Sunday 14 July 2019 Visits: 88")
    # A sentence holding a date and a count is the text's.
    assert not info_again("The fair opened on 8 Feb 2020 with 233 visits.")
    assert not info_again("On 8 Feb 2020 the hall had 233 visits from schools")
    # A date and a bare figure: a headline list's item, which its own rules read.
    assert not info_again("Oct 3 2024 - 11:05 | 96")
    # A date alone, a count alone: no info said again.
    assert not info_again("Saturday, 11 January 2025")
    assert not info_again("Seen 347 times")


def test_the_info_said_again_under_the_title_is_no_body() -> None:
    again = "Saturday, 11 January 2025, 09:45 | Seen 347 times"
    record = newsparse.parse_text(
        blank_lines_apart(
            INFO, "Postdoctoral grants:", TITLE, TITLE, again, LEAD, LAST, FOOTER, COPYRIGHT
        )
    )
    assert (record.title, record.body, record.views) == (TITLE, (LEAD, LAST), 347)
    assert record.warnings == ()


PORTAL_FOOTER = "10:40 - 14/07/2019    /    Number : 41236    /    Show Count : 88"


def test_the_old_portals_date_said_again_under_its_title_leaves_the_kicker_above_it() -> None:
    """The line says the footer line's day and count: the title's lines above it are the
    article's, and no boundary cuts them off."""
    lines = (
        "Tuesday, July 16, 2019-",
        "Home Page > news",
        f"News > {TITLE}",
        "Print        Send to Friend",
        "Postdoctoral grants;",
        TITLE,
        "Sunday 14 July 2019 Visits: 88",
        LEAD,
        LAST,
        PORTAL_FOOTER,
        COPYRIGHT,
    )
    record = newsparse.parse_text(blank_lines_apart(*lines))
    assert (record.kicker, record.title, record.body) == (
        "Postdoctoral grants",
        TITLE,
        (LEAD, LAST),
    )
    assert (record.published, record.views, record.news_code) == (
        "2019-07-14T10:40:00+04:30",
        88,
        41236,
    )
    # Another day's line is another block: the text stands under it, the title from the
    # breadcrumb alone.
    other = newsparse.parse_text(
        blank_lines_apart(*lines).replace("Sunday 14 July 2019", "Friday 12 July 2019")
    )
    assert other.kicker is None


def test_the_persian_info_said_again_under_the_bullets_leaves_the_text_below_it() -> None:
    title = "ماهواره‌بر کوچک دانشجویی در آزمون زمینی موفق شد"
    lead = (
        "گروهی از دانشجویان دانشگاه صنعتی امیرکبیر موتور سوخت جامد یک ماهواره‌بر کوچک را "
        "با موفقیت در آزمون زمینی روشن کردند."
    )
    second = "به گزارش روابط عمومی ستاد، این آزمون روز پنجشنبه در نزدیکی سمنان انجام شد."
    record = newsparse.parse_text(
        blank_lines_apart(
            "با حمایت ستاد توسعه فناوری‌های فضایی؛",
            title,
            "  • 1403/10/22 - 11:30\n  • ۵۱۲\n  • زمان مطالعه : 3 دقیقه\n  • کد خبر : 71935",
            "شنبه ۲۲ دی ۱۴۰۳ ساعت ۱۱:۳۰ - بازدید: ۵۱۲",
            lead,
            second,
            "  • گروه خبری : اخبار,فضایی",
            "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
        )
    )
    assert (record.title, record.body, record.views) == (title, (lead, second), 512)
    # Another count is another block's: the text stops at it, as any other block's.
    other = newsparse.parse_text(
        blank_lines_apart(
            title,
            "  • 1403/10/22 - 11:30\n  • ۵۱۲\n  • زمان مطالعه : 3 دقیقه\n  • کد خبر : 71935",
            "شنبه ۲۲ دی ۱۴۰۳ ساعت ۱۱:۳۰ - بازدید: ۹۰۰",
            lead,
            second,
            "  • گروه خبری : اخبار,فضایی",
        )
    )
    assert other.body == ()


PERIOD_TITLE = "Iranian researchers build a low-cost sensor that detects lead in tap water."
STRIP = (
    "The paper strip, developed by a team at Sharif University of Technology, turns from "
    "yellow to deep red within three minutes."
)


def _html(lead: str) -> bytes:
    return f"""<html><head><title>{PERIOD_TITLE}</title></head><body>
<ul><li>Oct 3 2024 - 11:05</li><li>96</li><li>Study time : 1 minute(s)</li></ul>
<div>Nanosensors</div><h1>{PERIOD_TITLE}</h1>
<div class="photo"><img src="/a.jpg" alt=""><p>{PERIOD_TITLE}</p></div>
<p>{lead}</p><p>{LAST}</p>
<ul><li>News group : NEWS,Nanotechnology</li><li>News code : 93977</li></ul>
<p>{COPYRIGHT}</p></body></html>""".encode()


@pytest.mark.parametrize(
    "rest",
    [
        STRIP,
        f"{STRIP} {STRIP} {STRIP}",  # a lead of any length
        "“The strip works in three minutes,” its maker said.",
    ],
)
def test_an_html_lead_opening_with_the_titles_sentence_keeps_it(rest: str) -> None:
    lead = f"{PERIOD_TITLE} {rest}"
    record = newsparse.parse_bytes(_html(lead))
    assert (record.title, record.body) == (PERIOD_TITLE, (lead, LAST))


def test_a_text_copy_runs_a_captions_title_into_the_lead_and_loses_it() -> None:
    """A text capture cannot tell a caption's copy a tool ran into the lead from a lead
    that opens with the title's words: the copy, as links prints a caption over the text."""
    lines = (
        INFO,
        "Nanosensors",
        PERIOD_TITLE,
        PERIOD_TITLE,
        f"{PERIOD_TITLE}\n{STRIP}",
        LAST,
        FOOTER,
        COPYRIGHT,
    )
    record = newsparse.parse_text(blank_lines_apart(*lines))
    assert (record.title, record.body) == (PERIOD_TITLE, (STRIP, LAST))


def test_a_quoted_titles_speaker_after_a_dash_is_the_wrapped_lines_end() -> None:
    """pandoc wraps a quoted title before the dash that sets off its speaker: the dash
    opens no list item there."""
    cell = ["“We Train Elites, Not Emigrants”", "– Foundation Head at Youth Forum"]
    assert list(joined_blocks(cell, 33, 0, hard_breaks=False)) == [
        "“We Train Elites, Not Emigrants” – Foundation Head at Youth Forum"
    ]
    # Under a line that ends without a quote or a letter, a dash opens an item; so it does
    # under a straight quote or an apostrophe, which may open a quote or end a word.
    for above in ("The fields are:", 'He called it a "national priority"', "the students’"):
        lines = [above, "– Water management and reuse"]
        assert len(list(joined_blocks(lines, len(above), 0, hard_breaks=False))) == 2
