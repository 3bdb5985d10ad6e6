"""A figure's caption above its credit alone, or above its alt text's credited caption:
the credit says the line labels a picture; and a chart's alt text, its labels and figures."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.charts import chart_alt
from newsparse.grammar.credit_words import (
    ALT_ENDS,
    ALT_WORDS,
    CAPTION_WORDS,
    CREDIT,
    CREDIT_LABEL,
    CREDIT_WORDS,
    CREDITED,
    INLINE_CREDIT,
    PARAGRAPH_ENDS,
    REPORT_CREDIT,
)
from newsparse.grammar.shapes import kicker_ending
from newsparse.grammar.state import FOOTER_KINDS, Kind, LineState


def _chart_opening(key: str) -> bool:
    """Whether a line may open a chart's alt text a tool wrapped: a label, then figures up
    to where the width cut it (`Hectares sprayed by drone: 2017 3,000;`)."""
    return (":" in key or "：" in key) and (
        key[-1:].isdigit() or key.endswith((",", ";", "،", "؛"))
    )


def settle_captions(state: LineState, *, alts: bool = True) -> None:
    """A figure's caption above its credit alone (`Photo: Young Scholars Club`): the credit
    says the line above labels a picture. `alts` where the capture prints the pictures' alt
    texts (a text tool's, an HTML capture's reader prints none)."""
    kinds, lines = state.kinds, state.lines
    for index, line in enumerate(lines):
        if kinds[index] is not Kind.TEXT:
            continue
        if chart_alt(line.key):
            kinds[index] = Kind.CHROME  # a chart's alt text: its data labels, a tool printed
        elif _chart_opening(line.key) and index + 1 < len(lines) and kinds[index + 1] is Kind.TEXT:
            # Its text a tool wrapped at the width onto a line of its own.
            following = lines[index + 1].key
            # (Its data goes on below it: a subheading under a chart's title holds no figure.)
            figures = any(c.isdigit() for c in following)
            if figures and not chart_alt(following) and chart_alt(f"{line.key} {following}"):
                kinds[index] = kinds[index + 1] = Kind.CHROME
    # A page that sets its captions' credits after their words (`... Photo: Reza Ahmadi`)
    # gives a picture with no words its credit alone: no caption above is that credit's.
    inline = any(
        any(word in line.key for word in CREDIT_WORDS) and INLINE_CREDIT().fullmatch(line.key)
        for line in lines
    )
    for index in range(1, len(lines)):
        above = index - 1
        if kinds[index] is not Kind.CHROME or kinds[above] is not Kind.TEXT:
            continue
        key, words = lines[above].key, len(lines[above].key.split())
        # The title under its kicker, a photographer's credit under it (`Photo: ...`): no
        # caption of a picture.
        titled = above > 0 and kicker_ending(lines[above - 1].text)
        # The title's copy (its picture's alt text) over the credit, the title under the
        # info block and its kicker, or the one the breadcrumb names, is no caption.
        near = range(max(0, above - 2), above)
        titled = titled or any(lines[i].key == key or kinds[i] is Kind.INFO for i in near)
        crumb = state.fields.breadcrumb_title  # the old portal's title in its breadcrumb
        titled = titled or bool(crumb and crumb in lines[above].text)
        if CREDIT().fullmatch(lines[index].key):
            # A report's credit for all its pictures (`Photos: ...`), or a credit closing the
            # text, credits the report: the line above it is no caption of its own.
            whole = REPORT_CREDIT().match(lines[index].key) is not None or _closes(state, index)
            # Credits alone in a row are a gallery's, its pictures with no words of their own.
            row = index + 1 < len(lines) and CREDIT().fullmatch(lines[index + 1].key) is not None
            caption = words <= CAPTION_WORDS and not (titled or whole or inline or row)
        else:
            # The picture's alt text a tool printed over its credited caption (no list item).
            caption = (
                alts
                and words <= ALT_WORDS
                and not titled
                and not lines[above].bullet
                # (Not a list's last item, unless the caption opens with its words.)
                and not (_last_item(state, above) and not lines[index].key.startswith(key))
                and not key.endswith(ALT_ENDS)
                and ":" not in key  # a related story's line (`Also read: ...`)
                and CREDITED().fullmatch(lines[index].key) is not None
                # (Over a gallery's captions, two credited: a caption of its own; over a
                # caption its alt text opens, a title's copy a tool ran into it, too.)
                and not _gallery_below(state, index)
                and not any(
                    lines[index].key.startswith(f"{other.key} ")
                    for other in lines
                    if len(other.key.split()) >= _COPY_WORDS
                )
                and not (above > 0 and _figure_ends(lines[above].text, lines[above - 1].text))
                # A text whose sections open with such lines has one more over the picture,
                # unless the caption opens with its words (`The field unit` over `The field
                # unit at the cement plant. Photo: ...`).
                and not (
                    words <= _HEADING_WORDS
                    and not lines[index].key.startswith(key)
                    and _sectioned(state, above)
                )
            )
        if caption:
            kinds[above] = Kind.CHROME


# A subheading's most words; the fewest other subheadings that make a text sectioned; the
# fewest words of a paragraph around them; a list's other items, at least.
_HEADING_WORDS: Final = 5
_COPY_WORDS: Final = 5  # (a title's copy, a line of its own elsewhere)
_ITEMS_ABOVE: Final = 2
_SUBHEADINGS: Final = 2
_PARAGRAPH_WORDS: Final = 12


def _paragraph(text: str) -> bool:
    return len(text.split()) >= _PARAGRAPH_WORDS and text.endswith(PARAGRAPH_ENDS)


def _sectioned(state: LineState, index: int) -> bool:
    """Whether a text has subheadings besides line `index`: short lines between prose."""
    lines, kinds = state.lines, state.kinds
    found = 0
    for at in range(1, len(lines) - 1):
        line = lines[at]
        found += (
            at != index
            and kinds[at - 1] is kinds[at] is kinds[at + 1] is Kind.TEXT
            and not line.bullet
            and len(line.key.split()) <= _HEADING_WORDS
            and not line.key.endswith(ALT_ENDS)
            and _paragraph(lines[at - 1].text)
            and _paragraph(lines[at + 1].text)
        )
    return found >= _SUBHEADINGS


def _last_item(state: LineState, index: int) -> bool:
    """Whether a line ends a list a paste printed with no bullets: text over it, ending no
    sentence, on the lines a list's other items take at least."""
    return index >= _ITEMS_ABOVE and all(
        state.kinds[i] is Kind.TEXT and not state.lines[i].key.endswith(ALT_ENDS)
        for i in range(index - _ITEMS_ABOVE, index)
    )


def _figure_ends(*texts: str) -> bool:
    """Whether each line ends in a figure (`... 37 15%`): a table's rows, no alt text."""
    return all(text.rstrip("%٪")[-1:].isdigit() for text in texts)


def _gallery_below(state: LineState, index: int) -> bool:
    """Whether two credited captions or more start at line `index`, on it or under it."""
    lines = state.lines
    if len(CREDIT_LABEL().findall(lines[index].key)) > 1:
        return True  # (a gallery's row of captions on one line)
    return index + 1 < len(lines) and CREDITED().fullmatch(lines[index + 1].key) is not None


def _closes(state: LineState, index: int) -> bool:
    """Whether no text follows line `index` before the footer or the capture's end."""
    after = next((kind for kind in state.kinds[index + 1 :] if kind is not Kind.CHROME), None)
    return after is None or after in FOOTER_KINDS
