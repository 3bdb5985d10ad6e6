"""What a page says to the reader around the article in words no earlier page used: a
player's line however labelled, an appeal for a gift or a survey's answers, a store's
button, a note that the story is the other edition's, a box's question over its invitation."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT, blank_lines_apart

TITLE = "Pistachio shells become a membrane that filters Gulf seawater"
KICKER = "Persian Gulf University"
LEAD = (
    "A team at Persian Gulf University in Bushehr has made a filter membrane from the carbon "
    "of burnt pistachio shells, its head said on Monday."
)
BODY = (
    "The membrane lets water through and holds back most of the salt, and it costs a tenth "
    "of the imported ones, according to the team's tests."
)
INFO = ("  * Jan 8 2024 - 09:20", "  * 244", "  * Study time : 1 minute(s)")
FOOTER = ("  * News group : NEWS,Water", "  * News code : 91120")


def _page(*article: str, top: tuple[str, ...] = ()) -> str:
    return blank_lines_apart(
        *top, "Home | News | Contact us", *INFO, KICKER, TITLE, *article, *FOOTER, COPYRIGHT
    )


def test_a_players_line_however_labelled_is_no_body() -> None:
    for player in (
        "▶ Hear this story Narrated by a synthetic voice · 3:41 Download the audio",
        "🎧 Listen to this article 1:02 Pause",
        "🔈 Listen (MP3, 2.1 MB)",
        "▶ نسخه شنیداری این خبر | ۰۲:۱۸",
    ):
        record = newsparse.parse_text(_page(player, LEAD, BODY))
        assert (record.kicker, record.title, record.body) == (KICKER, TITLE, (LEAD, BODY)), player


def test_a_players_line_over_the_titles_copy_in_a_wrapped_capture_is_a_row_of_its_own() -> None:
    # links wraps at its width and sets no blank line between the player and the copy.
    wrapped = textwrap.fill(LEAD, 76, initial_indent="   ", subsequent_indent="   ")
    rows = (
        "   ▶ Hear this story Narrated by a synthetic voice · 3:41 Download the audio",
        f"   {TITLE}",
    )
    text = _page("\n".join(rows), wrapped, BODY)
    record = newsparse.parse_text(text)
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_sentence_naming_a_time_and_listening_stays() -> None:
    sentence = "Listeners can hear the team on the radio at 10:30 on Friday."
    assert newsparse.parse_text(_page(LEAD, sentence, BODY)).body == (LEAD, sentence, BODY)


def test_an_appeal_for_a_gift_a_membership_or_a_survey_is_no_body() -> None:
    for box in (
        (
            "Back open science",
            "Readers like you keep our reports free to all. Make a gift",
        ),
        ("Join the Friends of Science circle: members get our yearbook. Sign me up",),
        ("حامی علم باشید", "با عضویت در باشگاه خوانندگان کنار ما بایستید.", "کمک یک‌باره"),
        ("چند دقیقه وقت دارید؟ در پرسش‌نامه رضایت خوانندگان شرکت کنید.",),
    ):
        assert newsparse.parse_text(_page(LEAD, BODY, *box)).body == (LEAD, BODY), box


def test_an_apps_banner_with_its_stores_buttons_is_no_capture_date() -> None:
    banner = "Elites on the go: grants and calls on your phone. Get it on Google Play"
    text = blank_lines_apart(
        banner,
        "Saturday 14 March 2020",
        KICKER,
        TITLE,
        LEAD,
        BODY,
        "Publish date : 2020/03/09",
        "Code : 1387",
        "Visit count: 402",
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(text)
    assert (record.captured_on, record.title, record.body) == ("2020-03-14", TITLE, (LEAD, BODY))


def test_a_note_that_the_story_is_the_other_editions_is_no_body() -> None:
    for note in (
        "Translated from our Persian edition. The original report appeared on the same day.",
        "This story is an English version of a report first published on our Persian site.",
        "Read this story in Persian",
    ):
        record = newsparse.parse_text(_page(note, LEAD, BODY))
        assert (record.title, record.body) == (TITLE, (LEAD, BODY)), note


def test_a_boxs_question_over_its_invitation_is_no_body() -> None:
    box = (
        "Like what you are reading?",
        "The Sunday Letter brings the week's best stories straight to your inbox.",
    )
    assert newsparse.parse_text(_page(LEAD, BODY, *box)).body == (LEAD, BODY)
    question = "Can the membrane last a year at sea?"
    assert newsparse.parse_text(_page(LEAD, question, BODY)).body == (LEAD, question, BODY)
