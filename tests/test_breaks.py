"""Lines a tool broke where the page did not, and lines the page set apart that a tool ran
together: each paragraph as the page wrote it."""

from __future__ import annotations

import newsparse
from test_galleries_and_tickers import INFO, KICKER
from test_rich_bodies import BODY, LEAD, TITLE, page


def test_a_line_broken_after_an_article_goes_on_whatever_case_follows() -> None:
    # lynx broke a line one column early: the next word opens with a capital (a name), and
    # the line above it ends on `a`, where no sentence ends.
    broken = (
        "Officials said the firms had to pass the same quality tests that\n"
        "foreign suppliers face. Eight of the twelve devices now carry a\n"
        "European conformity mark, and the other four are waiting for the\n"
        "results of laboratory checks in Germany."
    )
    record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, broken, BODY))
    assert record.body == (LEAD, " ".join(broken.split("\n")), BODY)
