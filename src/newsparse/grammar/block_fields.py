"""The record's fields the info blocks give: the article's block and its companions (the
date bullets above the title when the study time and news code stand below it), and what
only a label can say, from any block; with a warning where the date is from elsewhere."""

from __future__ import annotations

from typing import Final

from newsparse.grammar import weights as W
from newsparse.grammar.blocks import Block, first_footer
from newsparse.grammar.extent import date_in_prose
from newsparse.grammar.list_items import companions
from newsparse.grammar.state import LineState

OUTSIDE: Final = "published date uncertain: taken from outside the info block"


def take_block(state: LineState, block: Block | None, blocks: list[Block]) -> list[str]:
    """The fields of the article's block and of its companions (the date bullets above the
    title when the study time and news code stand below it); what only a label can say,
    from any block."""
    fields = state.fields
    # A date between the article's paragraphs (an event's `Date:` line) is the text's.
    others = [b for b in blocks if b is not block and not b.listing and not date_in_prose(b)]
    near = sorted(
        (b for b in others if block is not None and companions(state, block, b)),
        key=lambda b: abs(b.start - block.start) if block is not None else 0,
    )
    warnings: list[str] = []
    if block is not None:
        dating = next((b for b in near if b.date), None) if block.date is None else None
        fields.published = block.date or (dating.date if dating else None)
        if dating is not None and dating.start > block.end and dating.words_before >= W.PROSE_WORDS:
            # A date under the text, the count and study time over it: no date of their block.
            warnings.append(OUTSIDE)
        # No views is a count too: `0` is the view count, not its absence.
        own = block.first("views")
        fields.views = (
            own
            if own is not None
            else next((v for b in near if (v := b.first("views")) is not None), None)
        )
        if block.listing:
            warnings.append("info block uncertain: its date stands among short headlines")
    if fields.published is None:  # under the footer's labels, only bmn's labelled date
        labelled = [b for b in others if b.date and b.labelled_date]
        dated = labelled or [b for b in others if b.date is not None and not b.in_footer]
        if dated:
            fields.published = dated[0].date
            if not labelled:
                warnings.append(OUTSIDE)
    if fields.views is None:
        # A labelled count before the footer's labels: under them stand the lists of other
        # news (`۴۵۶ بازدید` in `آخرین اخبار`).
        footer = first_footer(state.kinds, 0)
        fields.views = next(
            (
                i.views
                for b in others
                if b.start < footer
                for i in b.infos
                if i.labelled_views and i.views is not None
            ),
            None,
        )
    ordered = [*([block] if block else []), *others]
    fields.study_minutes = next(
        (v for b in ordered if (v := b.first("study_minutes")) is not None), None
    )
    fields.news_code = next((v for b in ordered if (v := b.first("news_code")) is not None), None)
    return warnings
