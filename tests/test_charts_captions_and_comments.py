"""A chart's alt text whose heading names its year, a table's numbered caption over its
box in a layout cell, the label's line of a capture date a header cell wrapped after its
weekday, and a comment's heading over a commenter set apart from the date by a dash."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.charts import chart_alt
from newsparse.readers.table_captions import numbered_caption

TITLE = "Foundation awarded 1,150 research grants in 2019"
INFO = "  • Dec 9 2019 - 10:20\n  • 212\n  • Study time : 2 minute(s)"
LEAD = (
    "The National Foundation of Elites awarded 1,150 research grants to young researchers "
    "in 2019, according to the foundation's annual report released this week."
)
LAST = "Each grant covers up to two years of research costs and lets the holder hire help."
FOOTER = "  • News group : NEWS,Grants\n  • News code : 1488"


def test_a_charts_alt_text_whose_heading_names_its_year_is_no_body() -> None:
    alt = "Grants by field, 2019: Engineering 420, Medical sciences 310, Basic sciences 270"
    assert chart_alt(alt)
    # A sentence naming a year and figures ends as a sentence does: the article's own.
    assert not chart_alt("In 2019 the grants went to: Engineering 420, Medicine 310, Basic 270.")
    # Nor is a reference's volume, issue and page.
    assert not chart_alt("Nature Nanotechnology, 2019: vol 14, issue 3, page 212")
    caption = "Chart 1: Research grants awarded by the foundation in 2019, by field"
    record = newsparse.parse_text(
        blank_lines_apart(INFO, TITLE, LEAD, alt, caption, LAST, FOOTER, COPYRIGHT)
    )
    assert record.body == (LEAD, caption, LAST)


# A boxed table in a layout cell, a side column beside the lines above it (w3m).
IN_A_CELL = "\n".join(
    (
        "Tuesday, October 8, 2019-",
        "Home Page > news",
        "Latest News         News > Researchers filed 1,046 patent applications abroad",
        "Tehran hosts a        Print        Send to Friend",
        "workshop on lithium Patent support office reports;",
        "battery recycling",
        "07/10/2019          Researchers filed 1,046 patent applications abroad",
        "Nine startups join",
        "the aerospace       The patent support office of the Vice-Presidency for",
        "accelerator         Science and Technology says Iranian researchers and",
        "06/10/2019          companies filed 1,046 patent applications with foreign",
        "New cleanroom opens patent offices in 2018, and that 431 of them were granted",
        "at Pardis           by the end of August 2019.",
        "Technology Park",
        "03/10/2019          The office pays up to 70% of the filing and translation",
        "Links               costs for applications that pass its technical review. Most",
        "Iran Nanotechnology of the applications went to the European and US patent",
        "Innovation Council  offices.",
        "Iran National",
        "Science Foundation     Table 1 - Foreign patent applications by field, 2018",
        "                    ┌────────────────┬──────────────┬─────────┬───────────────┐",
        "                    │     Field      │ Applications │ Granted │ Success rate  │",
        "                    │                │              │         │      (%)      │",
        "                    ├────────────────┼──────────────┼─────────┼───────────────┤",
        "                    │ Nanotechnology │ 412          │ 187     │ 45%           │",
        "                    └────────────────┴──────────────┴─────────┴───────────────┘",
        "",
        "                    └────────────────┴──────────────┴─────────┴───────────────┘",
        "",
        "                    Nanotechnology had both the largest number of applications",
        "                    and the highest success rate, which the office puts down to",
        "                    the prior-art searches that the nanotechnology council has",
        "",
        "10:40 - 08/10/2019    /    Number : 31877    /    Show Count : 143",
        "",
        "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
    )
)


def test_a_tables_numbered_caption_is_a_line_of_its_own_over_its_head() -> None:
    caption = "Table 1 - Foreign patent applications by field, 2018"
    assert numbered_caption(caption)
    assert numbered_caption("جدول ۱: توزیع بودجه ترویج علم استان‌ها")
    assert not numbered_caption("Tables of figures are printed at the end of the report")
    body = newsparse.parse_text(IN_A_CELL).body
    assert body[2:5] == (
        caption,
        "Field Applications Granted Success rate (%)",
        "Nanotechnology 412 187 45%",
    )


def test_a_capture_date_a_header_cell_wrapped_after_its_weekday() -> None:
    # html2text wraps the header row's cell: the label and the weekday, then the date.
    top = "![Council](/img/banner.jpg)| Today : Sunday\nDec 29 2024  \n---|---  "
    record = newsparse.parse_text(blank_lines_apart(top, INFO, TITLE, LEAD, FOOTER, COPYRIGHT))
    assert record.captured_on == "2024-12-29"
    assert record.published == "2019-12-09T10:20:00+03:30"


def test_comments_heading_over_a_commenter_set_apart_from_the_date_by_a_dash() -> None:
    comments = (
        "Comments (2)",
        "Hamid N. - 14/08/2019 - 10:02 Good work. Are these filters also available? Like 4",
        "Send comment",
    )
    capture = blank_lines_apart(INFO, TITLE, LEAD, LAST, FOOTER, *comments, COPYRIGHT)
    record = newsparse.parse_text(capture)
    assert record.comment_count == 2
    assert record.body == (LEAD, LAST)
