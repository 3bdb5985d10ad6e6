"""Boxes and notices worded in ways earlier pages did not word them: a player's fallback with
an apostrophe, an app's banner and its buttons, a newsletter by its name and what it sends,
an editor's pick, a login box's fields run on before the kicker."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart

TITLE = "Greenhouse sensor from Karaj warns growers of frost an hour ahead"
KICKER = "Smart farming:"
LEAD = (
    "A knowledge-based company in the Karaj science park has built a small sensor that "
    "warns greenhouse growers by text message an hour before frost reaches their plants."
)
BODY = (
    "The sensor reads the air and the leaves every minute and learns each greenhouse's own "
    "pattern over its first week, the company's manager said on Monday."
)
INFO = ("  * Jan 8 2024 - 09:20", "  * 244", "  * Study time : 2 minute(s)")
FOOTER = ("  * News group : NEWS,Agriculture", "  * News code : 91120")


def _page(*article: str, kicker: str = KICKER) -> str:
    return blank_lines_apart(
        "Home | News | Contact us", *INFO, kicker, TITLE, *article, *FOOTER, COPYRIGHT
    )


def test_a_players_fallback_written_with_an_apostrophe_is_no_body() -> None:
    for fallback in (
        "Sorry, your browser doesn't support embedded videos.",
        "Your browser doesn’t support the video tag.",
    ):
        assert newsparse.parse_text(_page(fallback, LEAD, BODY)).body == (LEAD, BODY), fallback


def test_an_apps_banner_and_its_buttons_are_no_body_and_no_title() -> None:
    banner = ("The Foundation is now in your pocket. Follow its calls on the go.", "Open the app")
    record = newsparse.parse_text(blank_lines_apart(*banner, "Stay in browser", _page(LEAD, BODY)))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))
    store = "اپلیکیشن معاونت را از کافه‌بازار نصب کنید و خبرها را بی‌درنگ دریافت کنید."
    assert newsparse.parse_text(_page(LEAD, BODY, store, "نصب بعدا")).body == (LEAD, BODY)


def test_a_newsletter_named_over_what_it_sends_is_no_body() -> None:
    boxes = (
        ("Morning Molecule", "Three short stories from our labs, in your inbox every Sunday."),
        ("خبرنامه هفتگی", "هر هفته تازه‌ترین خبرها را در صندوق نامه خود بخوانید."),
    )
    for box in boxes:
        record = newsparse.parse_text(_page(LEAD, BODY, *box, "Yes, send it"))
        assert record.body == (LEAD, BODY), box


def test_an_editors_pick_over_its_headline_is_no_body() -> None:
    pick = ("Editor's pick", "Joint call with the space agency draws 140 proposals")
    assert newsparse.parse_text(_page(LEAD, BODY, *pick)).body == (LEAD, BODY)


def test_a_login_boxs_fields_run_on_before_the_kicker_are_no_kicker() -> None:
    kicker = "Smart farming in the greenhouses of Alborz:"
    for fields in ("Username _ Password _ Login", "Username ____ Password ____ Sign in"):
        record = newsparse.parse_text(_page(LEAD, BODY, kicker=f"{fields} {kicker}"))
        assert record.kicker == "Smart farming in the greenhouses of Alborz", fields


def test_feedback_widgets_worded_their_own_way_are_no_body() -> None:
    for widget in (
        "Was this helpful? Yes | No",
        "Rate this news : 1 2 3 4 5 Average : 4.2 (17 votes)",
        "Report an error | Back to top",
    ):
        assert newsparse.parse_text(_page(LEAD, BODY, widget)).body == (LEAD, BODY), widget


def test_a_read_aloud_label_and_a_newsletters_invitation_and_button_are_no_body() -> None:
    for label in ("Hear this story read aloud", "شنیدن این خبر"):
        assert newsparse.parse_text(_page(label, LEAD, BODY)).body == (LEAD, BODY), label
    box = (
        "Never miss a breakthrough",
        "Leave your e-mail and we will send you the week's best stories every Saturday.",
        "Count me in",
    )
    assert newsparse.parse_text(_page(LEAD, BODY, *box)).body == (LEAD, BODY)
