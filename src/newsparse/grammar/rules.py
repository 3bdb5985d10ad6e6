"""One rule per kind of line, all with the same signature, tried in `RULES` order.

A rule looks at line `index` of the shared `LineState`; when the line is of its kind it
stores what the line says (`state.fields`, or `state.info` for an info line, which only the
article's block may give the record) and returns the kind, otherwise None. Lines no rule
claims are `Kind.TEXT`: title, kicker, body or trailing comments, which the article's
evidence sorts out (`locate`, `title`, `body`). Next to each rule `RULES` names the cheap
facts (a digit, a colon, a `>`) a line must hold for the rule to apply, so most lines skip
most rules. The rules themselves live in `rules_top`, `rules_info`, `rules_footer` and
`rules_chrome`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse.grammar.inline_chrome import inline_chrome_rule
from newsparse.grammar.lines import Line
from newsparse.grammar.rules_breadcrumb import breadcrumb_rule
from newsparse.grammar.rules_chrome import (
    chrome_rule,
    listing_heading_rule,
    listing_item_rule,
    notice_rule,
)
from newsparse.grammar.rules_footer import (
    comment_count_rule,
    comments_heading_rule,
    copyright_rule,
    footer_chrome_rule,
    news_group_rule,
)
from newsparse.grammar.rules_forms import form_field_rule
from newsparse.grammar.rules_info import info_rule
from newsparse.grammar.rules_top import capture_date_rule
from newsparse.grammar.state import (
    ANGLE,
    COLON,
    EVERY_LINE,
    SHORT_WITH_DIGIT,
    Kind,
    LineState,
    Rule,
    line_facts,
)

# The rules in the order they are tried, each with the facts a line must hold one of
# for the rule to apply.
RULES: Final[tuple[tuple[Rule, int], ...]] = (
    (capture_date_rule, SHORT_WITH_DIGIT),  # a date has digits
    (breadcrumb_rule, ANGLE),
    (info_rule, SHORT_WITH_DIGIT | COLON),  # numbers, or `Study time : Less than a minute`
    (news_group_rule, COLON),
    (comment_count_rule, SHORT_WITH_DIGIT),
    (listing_item_rule, SHORT_WITH_DIGIT),
    (copyright_rule, EVERY_LINE),
    (comments_heading_rule, EVERY_LINE),
    (footer_chrome_rule, EVERY_LINE),
    (form_field_rule, EVERY_LINE),
    (notice_rule, EVERY_LINE),
    (inline_chrome_rule, EVERY_LINE),
    (listing_heading_rule, EVERY_LINE),
    (chrome_rule, EVERY_LINE),
)


def classify(lines: Sequence[Line]) -> LineState:
    """Give every line its kind, reading the fields on the way."""
    state = LineState(lines)
    for index, line in enumerate(lines):
        ahead = state.ahead.pop(index, None) if state.ahead else None
        state.add(ahead or _kind(state, index, line_facts(line.key)))
    return state


def _kind(state: LineState, index: int, facts: int) -> Kind:
    """The kind the first rule that applies gives line `index`, else TEXT."""
    for rule, needs in RULES:
        if needs & facts:
            kind = rule(state, index)
            if kind is not None:
                return kind
    return Kind.TEXT
