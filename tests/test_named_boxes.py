"""Boxes named for what they hold, under the article's text: an events calendar, a job board,
a note on the writer; and a newsletter's promise worded anew. Their lines, sentences and
dates and all, are the box's, whether the footer or bmn's labels follow."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart

TITLE = "Young inventors from Zanjan build a solar dryer for apricots"
KICKER = "Rural technology"
LEAD = (
    "Three students from the University of Zanjan have built a solar dryer that dries "
    "apricots in two days instead of a week, their supervisor said on Sunday."
)
BODY = (
    "The dryer is made of local wood and a sheet of polycarbonate, and a small fan run by "
    "its own solar panel keeps the air moving over the trays."
)
INFO = ("  * Jan 8 2024 - 09:20", "  * 244", "  * Study time : 1 minute(s)")
FOOTER = ("  * News group : NEWS,Agriculture", "  * News code : 91120")
CALENDAR = (
    "Coming up at the park",
    "  * Jan 28 2024 — Open day for start-ups in farming, Zanjan",
    "  * Feb 4 2024 — Deadline for the rural innovation prize",
)
JOBS = (
    "Careers board",
    "  * Research assistant, food lab, apply by Feb 1",
    "  * Embedded engineer, Zanjan park, full time",
    "See every vacancy",
)
BIO = (
    "About the writer",
    "Sara Moradi covers farming and rural start-ups for the news service. Write to her "
    "through the contact page.",
)


def _current(*tail: str) -> str:
    return blank_lines_apart(
        "Home | News | Contact us", *INFO, KICKER, TITLE, LEAD, BODY, *tail, *FOOTER, COPYRIGHT
    )


def _bmn(*tail: str) -> str:
    return blank_lines_apart(
        "Sunday 14 January 2024",
        KICKER,
        TITLE,
        LEAD,
        BODY,
        *tail,
        "Publish date : 2024/01/08",
        "Code : 1387",
        "Visit count: 254",
        "All rights reserved for National Foundation of Elites",
    )


def test_an_events_calendar_and_a_job_board_under_the_text_are_no_body() -> None:
    for tail in (CALENDAR, JOBS, (*CALENDAR, *JOBS), BIO):
        record = newsparse.parse_text(_current(*tail))
        assert (record.title, record.body) == (TITLE, (LEAD, BODY)), tail


def test_named_boxes_between_bmns_text_and_its_labels_are_no_body() -> None:
    for tail in (CALENDAR, JOBS, (*CALENDAR, *JOBS), BIO):
        record = newsparse.parse_text(_bmn(*tail))
        assert (record.kicker, record.title, record.body) == (KICKER, TITLE, (LEAD, BODY)), tail


def test_a_newsletter_promising_the_readers_inbox_is_no_body() -> None:
    for box in (
        (
            "The Sunday Letter brings the week's five best stories straight to your inbox. "
            "No spam, one click to leave.",
            "Count me in",
        ),
        ("Stay in the loop", "Drop us your e-mail and get a digest of the week every Thursday."),
    ):
        record = newsparse.parse_text(_current(*box))
        assert record.body == (LEAD, BODY), box


def test_a_subheading_naming_no_box_keeps_the_text_under_it() -> None:
    section = ("Coming up next for the team", "The students now plan a larger dryer for figs.")
    record = newsparse.parse_text(_current(*section))
    assert record.body == (LEAD, BODY, *section)


def test_a_named_box_over_bmns_article_leaves_its_text_above_the_labels() -> None:
    # A side column printed first: the calendar stands over the kicker, the text under it.
    record = newsparse.parse_text(_bmn().replace(KICKER, "\n\n".join((*CALENDAR, KICKER)), 1))
    assert (record.kicker, record.title, record.body) == (KICKER, TITLE, (LEAD, BODY))


def test_the_writers_photo_over_a_named_box_is_the_boxs() -> None:
    """The photo's alt text (the writer's name) prints over the heading, the name under it."""
    bio = ("Sara Moradi", "About the writer", "Sara Moradi", "Reporter on farming and start-ups")
    for page in (_current(*bio), _bmn(*bio)):
        record = newsparse.parse_text(page)
        assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_box_on_the_person_the_text_names_under_it_is_no_body() -> None:
    """An interview's box on its guest: the photo's alt text and the name, the post under it."""
    lead = f"{LEAD} Sara Moradi led the team."
    more = (
        "Farmers in four villages tried the first dryers during the last harvest.",
        "They found that the fruit kept its colour better than fruit dried in the open sun.",
        "The park has offered the team a workshop and a loan to build fifty more dryers.",
        "A cooperative in Tarom has already ordered twenty of them for next summer.",
        "The students hope to sell a smaller model to families who dry fruit at home.",
    )
    post = "Lecturer in agricultural engineering, University of Zanjan; head of the team"
    box = ("Sara Moradi", "Sara Moradi", post)
    for page in (_current(*more, *box), _bmn(*more, *box)):
        # (The title and its caption's copy, as the CMS prints them.)
        page = page.replace(LEAD, lead).replace(TITLE, f"{TITLE}\n\n{TITLE}", 1)
        record = newsparse.parse_text(page)
        assert (record.title, record.body, record.warnings) == (TITLE, (lead, BODY, *more), ())


def test_a_statements_signature_stays_body() -> None:
    """A name and a post with no photo over them sign the text, named in it or not."""
    signature = ("Sara Moradi", "Lecturer in agricultural engineering, University of Zanjan")
    for lead in (LEAD, f"{LEAD} Sara Moradi led the team."):
        record = newsparse.parse_text(_current(*signature).replace(LEAD, lead))
        assert record.body == (lead, BODY, *signature)
