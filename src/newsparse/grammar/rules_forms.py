"""The rule for a form's rows (send to friend, a comment form, a login or newsletter box):
its fields, their labels, its buttons and its heading; never body."""

from __future__ import annotations

from typing import Final

from newsparse.grammar import box_words as B
from newsparse.grammar import chrome_words as C
from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.state import Kind, LineState

# A form's field: a short label, its colon, then nothing but the field as a tool printed
# it (`[        ]`, `____`, a table wall): `Your name :      [            ]`.
# Each word of the label taken whole (an atomic group): a long run of letters could
# otherwise be cut into four words in every way.
_FIELD: Final = lazy_pattern(r"\s*((?:(?>[^\W\d_][\w'’\u200c-]*)\s?){1,4})\s*[:：]\s*(.*)")
_FIELD_WALLS: Final = " |"
_FIELD_MAX: Final = 80
# A button's text: a word or two (`Send`, `ارسال نظر`).
_BUTTON_WORDS: Final = 2
_BUTTON_MAX: Final = 20


def form_field_rule(state: LineState, index: int) -> Kind | None:
    """A form's field (`Your name :      [        ]`, or a bare `Your email :` next to
    another field), and the button of a word or two below its fields (`Send`): a form's
    rows (send to friend, a comment form), never body, though no label of the page's own.
    Short lines ending in a colon are body as well (`Jobs grew:`): a bare field is told
    by its label's words."""
    lines = state.lines
    text = lines[index].text
    # A button says no `:` (`Announcement:` under a search box is the kicker).
    button = (
        len(text) <= _BUTTON_MAX
        and len(text.split()) <= _BUTTON_WORDS
        and not text.rstrip().endswith((":", "：", ";", "؛"))
    )
    # A list's heading right under a search box (`پربازدیدترین اخبار`) is no button.
    if index and button and not B.is_listing_heading(lines[index].key):
        above = lines[index - 1].text
        # (A field shown with its button beside it has none below.)
        if state.kinds[index - 1] is Kind.CHROME and (
            (C.is_form_widget(above) and not C.field_with_button(above))
            or _form_field(above) is not None
        ):
            return Kind.CHROME
    if ":" not in text:
        return Kind.CHROME if _form_heading(state, index) else None
    field = _form_field(text)
    if field is None:
        return None
    # Its box on the line, or under it (`نام کاربری:` / `[____]`).
    below = lines[index + 1].text if index + 1 < len(lines) else ""
    if field[1] or (below and C.is_form_widget(below)):
        return Kind.CHROME
    # A box's one field under its heading, the field itself lost (`خبرنامه` / `Email :`).
    boxed = index > 0 and state.kinds[index - 1] is Kind.CHROME
    if boxed and C.is_form_label(field[0]) and len(lines[index - 1].text.split()) <= _HEADING_WORDS:
        return Kind.CHROME
    beside = [lines[i].text for i in (index - 1, index + 1) if 0 <= i < len(lines)]
    fields = [found for found in map(_form_field, beside) if found is not None]
    if fields and any(C.is_form_label(name) for name, _ in [field, *fields]):
        return Kind.CHROME
    return None


# A form's heading: a few words (`Send your comment`, `عضویت در خبرنامه`).
_HEADING_WORDS: Final = 4


def _form_field(text: str) -> tuple[str, bool] | None:
    """A form field's label, and whether the line shows the field itself."""
    field = _FIELD().fullmatch(text) if len(text) <= _FIELD_MAX else None
    if field is None:
        return None
    rest = field.group(2).strip(_FIELD_WALLS)
    # (A paste keeps the button beside a field it drops: `پست الکترونیک : عضویت`.)
    if rest and not C.is_form_widget(rest) and rest.casefold() not in B.BUTTONS:
        return None
    return field.group(1), bool(rest) or field.group(2).startswith("|")


def _form_heading(state: LineState, index: int) -> bool:
    """A box's heading a word or two long right over its form's first field, labelled as a
    form's fields are (`Newsletter` / `Email :` / `____`)."""
    lines = state.lines
    if index + 1 >= len(lines) or ":" not in lines[index + 1].text:
        return False
    if len(lines[index].text.split()) > _HEADING_WORDS:
        return False
    field = _form_field(lines[index + 1].text)
    return field is not None and C.is_form_label(field[0])
