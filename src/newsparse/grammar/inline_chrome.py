"""What a CMS sets inside the article's text that is not the article's: an ad slot's label,
a figure's caption with its photo credit (or one a tool ran on after a paragraph); a social
network's post embedded in the text is in `embedded_posts`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsparse.grammar.charts import chart_alt
from newsparse.grammar.embedded_posts import signed_post, view_on
from newsparse.grammar.lines import Line, cut, lazy_pattern
from newsparse.grammar.shapes import kicker_ending
from newsparse.grammar.state import FOOTER_KINDS, Kind, LineState

# An ad slot's label alone (lynx prints the slot's `<ins>` as `[INS: :INS]`). A related
# story's line (`Read more: <headline>`) and a video's caption (`Video: ...`) stay the
# article's: the page sets them in its text, as earlier pages had them.
# A picture's credit (`Photo: ISTI / Reza Moradi`, `(عکس: ایستی)`, `[Photo: ...]`, `عکاس: ...`),
# alone or ending its caption.
_CREDIT_NAMES: Final = (
    r"(?:photos?|photographs?|photographer|images?|credits?|عکس(?:[\s\u200c]?ها)?|عکاس|تصاویر"
    r"|تصویر)"
)
# (A name's initials keep their stops: `Photo: BIODC / A. Karimi`.)
_CREDIT_SOURCE: Final = rf"[(\[]?{_CREDIT_NAMES}\s*[:：]\s*(?:[^.!?؟:]|(?<=\b[A-Z])\.){{2,60}}"
_CREDITED_TEXT: Final = rf".{{4,300}}?\s{_CREDIT_SOURCE}"
_INLINE: Final = lazy_pattern(
    r"\s*(?:\[INS:\s*:INS\]\s*)?(?:advertisement|sponsored|تبلیغات|آگهی)"
    # The slot's image as a tool prints it (`[IMG]`, `[12][IMG]`, `[banner-88]`, `[]`).
    r"(?:\s*\[[^\]\[]{0,30}\])*\s*"
    # A figure's caption ending with its credit (`... in Bushehr port. Photo: ISTI / Reza
    # Moradi`): the credit says it labels a picture; or the credit alone, under its caption.
    rf"|{_CREDITED_TEXT}|\s*{_CREDIT_SOURCE}",
    re.IGNORECASE,
)
# A caption is a line or two of words; its credit alone names the picture's source.
_CAPTION_WORDS: Final = 30
# The next cell's text run on after a credit alone: more words than most captions hold.
_TEXT_WORDS: Final = 20
_ALT_WORDS: Final = 10
_ALT_ENDS: Final = (".", "!", "?", "؟", ":")
_CREDITED: Final = lazy_pattern(_CREDITED_TEXT, re.IGNORECASE)
_CREDIT: Final = lazy_pattern(rf"\s*{_CREDIT_SOURCE}", re.IGNORECASE)
_CREDIT_AT: Final = lazy_pattern(rf"(?<=\s){_CREDIT_SOURCE}\s*$", re.IGNORECASE)
# A caption's words and its photographer after them (`... Photo: Reza Ahmadi`, `... (عکس: ...)`).
_CREDIT_WORDS: Final = ("hoto", "HOTO", "عکس", "عکاس")
# A photographer named after the credit's label, as a caption's words go on to it.
_NAMED_CREDIT: Final = r"(?:photo|photographer|عکس|عکاس)\s*[:：]\s*[^\W\d_][^.!?؟:()]{1,59}"
_INLINE_CREDIT: Final = lazy_pattern(rf".{{10,300}}?\s\(?{_NAMED_CREDIT}\)?", re.IGNORECASE)
# A caption of a line or two closed by its credit in brackets, then the paragraph a tool ran
# on after it, opening a sentence (`... at the Geneva fair (Photo: Reza Nouri) Two young ...`).
_CAPTION_BEFORE: Final = lazy_pattern(
    rf"[^.!?؟()|]{{10,250}}?\s\({_NAMED_CREDIT}\)(?:\s+\|)?(?=\s+[\"“«]?[A-Z\u0600-\u06ff])",
    re.IGNORECASE,
)
# Or one that opens with its credit, in brackets or before a slash (`(Photo: Kerman Park) The
# control box.`, `Photo: Reza Nikpour / The students check ...`).
_CREDIT_FIRST: Final = lazy_pattern(
    rf"(?:\({_CREDIT_NAMES}\s*[:：][^()]{{2,60}}\)|{_CREDIT_NAMES}\s*[:：][^()/|]{{2,60}}\s[/|])"
    r"\s+[^()]{1,300}",
    re.IGNORECASE,
)
_REPORT_CREDIT: Final = lazy_pattern(
    r"\s*\(?(?:photos|photographs|images|عکس[\s\u200c]?ها|تصاویر)\s*[:：]", re.IGNORECASE
)


def inline_chrome_rule(state: LineState, index: int) -> Kind | None:
    """An ad slot's label, a credited caption, an embedded post's link or signature."""
    key = state.lines[index].key
    if _INLINE().fullmatch(key) or view_on(key) or signed_post(key):
        return Kind.CHROME
    if (key[:1] == "(" or _CREDIT().match(key)) and _CREDIT_FIRST().fullmatch(key):
        return Kind.CHROME
    return None


def split_before_credited_caption(line: Line) -> Iterator[Line]:
    """A paragraph and the credited caption a tool ran on after it, apart (lynx prints a
    `<figure>` inline: `... a closer look. Radiologists review images. Photo: S. Ahmadi`): a
    caption is a line or two, its last sentence before the credit. A caption whose credit
    closes in brackets, run on before a paragraph (html2text flattens a cell), is apart too."""
    if "hoto" not in line.key and "عکس" not in line.key:
        yield line
        return
    leading = _CAPTION_BEFORE().match(line.key)
    if leading is not None and len(line.key[leading.end() :].split()) > _ALT_WORDS:
        yield from cut(line, leading.end())
        return
    # A credit alone in its cell, html2text's wall, then the next cell's text (`Photo: BDC /
    # Reza Moradi | An Iranian biotechnology company has begun ...`).
    # (A caption after its credit is a few words: the text is a sentence, and longer.)
    alone, wall, rest = line.key.partition(" | ")
    sentence = rest.rstrip().endswith((".", "!", "?", "؟")) and len(rest.split()) > _TEXT_WORDS
    if wall and _CREDIT().fullmatch(alone) and sentence:
        yield from cut(line, len(alone), len(alone) + len(wall))
        return
    found = _CREDITED().fullmatch(line.key)
    credit = _CREDIT_AT().search(line.key) if found is not None else None
    # Two captions with no space between (`... of Tabriz.The group's ...`): it is the second's.
    glued = _GLUED().search(line.key, 0, credit.start()) if credit is not None else None
    if glued is not None:
        yield from cut(line, glued.start())
        return
    if credit is None or len(line.key[: credit.start()].split()) <= _CAPTION_WORDS:
        yield line
        return
    first = _first_of_captions(line.key, credit.start())
    breaks = [m.end() for m in NEXT_SENTENCE().finditer(line.key, 0, first)]
    if breaks and breaks[-1] == first:
        breaks.pop()  # the credit a sentence of its own, after its caption's
    if not breaks:
        yield line
        return
    yield from cut(line, breaks[-1])


# A credit's label inside a line, after a space.
_CREDIT_LABEL: Final = lazy_pattern(rf"(?<=\s)[(\[]?{_CREDIT_NAMES}\s*[:：]", re.IGNORECASE)


def _first_of_captions(key: str, last: int) -> int:
    """Where the first credit stands of the captions that run on up to the last one, at
    `last`: each caption a line or two of words before its credit."""
    first = last
    for found in reversed(list(_CREDIT_LABEL().finditer(key, 0, last))):
        if len(key[found.start() : first].split()) > _CAPTION_WORDS:
            break
        first = found.start()
    return first


def is_credited(text: str) -> bool:
    """Whether a line is a picture's caption with its credit (before or after it), or the
    credit alone."""
    return any(found().fullmatch(text) for found in (_CREDITED, _CREDIT, _CREDIT_FIRST))


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
        any(word in line.key for word in _CREDIT_WORDS) and _INLINE_CREDIT().fullmatch(line.key)
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
        if _CREDIT().fullmatch(lines[index].key):
            # A report's credit for all its pictures (`Photos: ...`), or a credit closing the
            # text, credits the report: the line above it is no caption of its own.
            whole = _REPORT_CREDIT().match(lines[index].key) is not None or _closes(state, index)
            caption = words <= _CAPTION_WORDS and not (titled or whole or inline)
        else:
            # The picture's alt text a tool printed over its credited caption (no list item).
            caption = (
                alts
                and words <= _ALT_WORDS
                and not titled
                and not lines[above].bullet
                # (Not a list's last item, unless the caption opens with its words.)
                and not (_last_item(state, above) and not lines[index].key.startswith(key))
                and not key.endswith(_ALT_ENDS)
                and ":" not in key  # a related story's line (`Also read: ...`)
                and _CREDITED().fullmatch(lines[index].key) is not None
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
            and not line.key.endswith(_ALT_ENDS)
            and _paragraph(lines[at - 1].text)
            and _paragraph(lines[at + 1].text)
        )
    return found >= _SUBHEADINGS


def _last_item(state: LineState, index: int) -> bool:
    """Whether a line ends a list a paste printed with no bullets: text over it, ending no
    sentence, on the lines a list's other items take at least."""
    return index >= _ITEMS_ABOVE and all(
        state.kinds[i] is Kind.TEXT and not state.lines[i].key.endswith(_ALT_ENDS)
        for i in range(index - _ITEMS_ABOVE, index)
    )


def _figure_ends(*texts: str) -> bool:
    """Whether each line ends in a figure (`... 37 15%`): a table's rows, no alt text."""
    return all(text.rstrip("%٪")[-1:].isdigit() for text in texts)


def _gallery_below(state: LineState, index: int) -> bool:
    """Whether two credited captions or more start at line `index`, on it or under it."""
    lines = state.lines
    if len(_CREDIT_LABEL().findall(lines[index].key)) > 1:
        return True  # (a gallery's row of captions on one line)
    return index + 1 < len(lines) and _CREDITED().fullmatch(lines[index + 1].key) is not None


def _closes(state: LineState, index: int) -> bool:
    """Whether no text follows line `index` before the footer or the capture's end."""
    after = next((kind for kind in state.kinds[index + 1 :] if kind is not Kind.CHROME), None)
    return after is None or after in FOOTER_KINDS


# A sentence's end, then a word opening in capitals or in Persian.
_GLUED: Final = lazy_pattern(r"(?<=[a-z]{2}\.)(?=[A-Z][a-z])")
# (A name's title ends no sentence: `... producer Dr. Omid Tavakoli`.)
NEXT_SENTENCE: Final = lazy_pattern(
    r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bProf)(?<!\bEng)[.!?؟][\"”»]?\s+(?=[A-Z\u0600-\u06FF])"
)
# What ends a paragraph (a footnote's mark after it: `... purchases. [1]`).
PARAGRAPH_ENDS: Final = (".", "!", "?", "؟", "»", '"', "”", ":", ";", "؛", ")", "…", "*", "]")
