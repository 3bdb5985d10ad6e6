"""Two writers credited after `By`, and a pull quote of a few words run on after the
paragraph it repeats."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.bylines import is_byline

TITLE = "Technology fairs should count signed contracts, not visitors"
LEAD = (
    "Organisers of Iran's technology fairs like to close each event with a number of "
    "visitors, and this year's exhibition in Tehran reported a record."
)
SECOND = (
    "Our analysis of three past editions suggests that the figure tells little about "
    "the contracts the companies signed there."
)
INFO = ("  * Jan 17 2018 - 10:05", "  * 112", "  * Study time : 2 minute(s)")
FOOTER = ("  * News group : NEWS,Notes", "  * News code : 31840", COPYRIGHT)


def test_two_writers_credited_after_by_are_a_byline() -> None:
    assert is_byline("By Hamed Tavakoli and Leila Sadri")
    assert not is_byline("By land and sea")
    record = newsparse.parse_text(
        blank_lines_apart(
            *INFO, "Analysis:", TITLE, "By Hamed Tavakoli and Leila Sadri", LEAD, SECOND, *FOOTER
        )
    )
    assert (record.title, record.body) == (TITLE, (LEAD, SECOND))


def test_a_few_quoted_words_run_on_after_the_paragraph_they_repeat_are_a_pull_quote() -> None:
    # lynx sets the pull quote's block under the paragraph with no blank line between.
    paragraph = (
        "مشکل اصلی کیفیت پژوهش نیست؛ پژوهشگر نمی‌داند نتیجه کار او به چه کسی فروخته خواهد شد."
    )
    quote = "«مشکل اصلی کیفیت پژوهش نیست»"
    record = newsparse.parse_text(
        blank_lines_apart(
            *INFO, "Analysis:", TITLE, TITLE, LEAD, f"{paragraph} {quote}", SECOND, *FOOTER
        )
    )
    assert record.body == (LEAD, paragraph, SECOND)
    # A quoted phrase the paragraph does not hold stays (a name it gives, a slogan).
    slogan = "«دانش برای همه، همه برای دانش»"
    record = newsparse.parse_text(
        blank_lines_apart(
            *INFO, "Analysis:", TITLE, TITLE, LEAD, f"{paragraph} {slogan}", SECOND, *FOOTER
        )
    )
    assert record.body == (LEAD, f"{paragraph} {slogan}", SECOND)
