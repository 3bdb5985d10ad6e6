"""Every weight the grammar gives a piece of evidence, named once.

Two choices are made by weighing evidence: which info block is the article's (a side
column's headline list shows dates and counts too), and which line is the title. Each
piece of evidence is one small function in `locate` or `title`; its weight is here.
"""

from __future__ import annotations

from typing import Final

# The article's info block.
BLOCK_STUDY_TIME: Final = 4  # only the article shows a study time
BLOCK_NEWS_CODE: Final = 3  # and its news code
BLOCK_PORTAL_FOOTER: Final = 4  # the old portal's `time - date / Number / Show Count` line
BLOCK_LABELLED: Final = 2  # `Publish date :`, `Visit count :`
BLOCK_DATE_WITH_TIME: Final = 2
BLOCK_DATE: Final = 1
BLOCK_VIEWS: Final = 1
BLOCK_NEXT_TO_PROSE: Final = 3  # the article's text runs on beside it
BLOCK_LAST_BEFORE_FOOTER: Final = 1  # nearest the footer labels
BLOCK_NEAR_TITLE: Final = 3  # a copy of the title the HTML head names stands near it
# How far from a block a copy of the head's title counts as near it.
TITLE_NEAR_LINES: Final = 8
BLOCK_LISTING: Final = -6  # a date between short headlines: a headline list
BLOCK_IN_PROSE: Final = -3  # a date alone between paragraphs: the text's (an event's day)
# A block dated otherwise and this close in weight makes the published date a close call.
BLOCK_CLOSE_CALL: Final = 1

# Words of text beside a block that make it the article's, not a headline's.
PROSE_WORDS: Final = 40

# The title.
TITLE_HEAD_EXACT: Final = 6  # og:title, <title>, JSON-LD headline or <h1> says the same
TITLE_HEAD_PART: Final = 3  # one of them starts with it, or it with one of them
TITLE_FRAMED: Final = 3  # between the kicker and the kicker printed again
TITLE_SHORT_FORM: Final = 2  # the CMS's short title above the bullets is cut from it
TITLE_BREADCRUMB: Final = 5  # the old portal's `News > <title>`
TITLE_COPY: Final = 3  # each copy the CMS printed (heading, caption), at most two
TITLE_MAX_COPIES: Final = 2
TITLE_OVER_STUDY: Final = 2  # right above the study time opening the info block (Persian)
TITLE_POSITION: Final = 2  # where the page's order puts the title
TITLE_AFTER_KICKER: Final = 2  # right under a line ending in `:` or `;`, the kicker
TITLE_SLUG: Final = 1  # the URL's slug agrees (slugs are unreliable: only to confirm)
TITLE_KICKER_ENDING: Final = -4  # ends in `:` or `;` with a line after it
TITLE_BYLINE: Final = -4
TITLE_LINK_ROW: Final = -4  # a row of links, bars between (`Sako | Awards | Provinces`)
TITLE_PARAGRAPH: Final = -4  # several sentences: a lead, not a title
TITLE_DOUBLED: Final = -6  # alt text, caption and heading run together on one line

# Two titles confirmed by evidence and this close in weight are a close call.
TITLE_CLOSE_CALL: Final = 3
