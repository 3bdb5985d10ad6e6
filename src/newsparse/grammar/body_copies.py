"""The body less what stands under the title but is not text: the title's copies (captions,
headings, alt text run together with them or with the lead), the kicker printed again, a
byline; and a picture's caption printed twice, once."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.bar_lines import without_buttons
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.copies import bracketed_copy, captions_apart, copy_start
from newsparse.grammar.credit_words import is_credited
from newsparse.grammar.gallery_copies import without_broken_copies
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.person_box import without_person_box
from newsparse.grammar.shapes import cut_in_a_word, doubled, norm, strip_kicker
from newsparse.grammar.under_bullets import SENTENCE_ENDS, byline_with_post, post_over

# What a tool prints around copies of the title run together (pandoc's alt text brackets).
_AROUND_COPIES: Final = " []|"
_MARKED_BYLINE: Final = lazy_pattern(r"(\S[^*]{2,40}? \*) (?=\S)")
# Copies of the title run on after a paragraph: a gallery's, not a sentence quoting it.
_GALLERY_COPIES: Final = 2
# A title of this many words run on after a sentence is a copy, not the sentence's words.
_COPY_WORDS: Final = 6
# Lines under the title where its copies, a byline or the kicker again may stand.
_UNDER_TITLE: Final = 5
# The most words alt text adds to a title copy it ran together with.
ALT_WORDS: Final = 12
# The alt text of an author's photo that names no one.
_PHOTO_ALTS: Final = frozenset({"photo", "image", "picture", "portrait", "عکس", "تصویر"})
# A caption's words at most, a line or two.
_CAPTION_WORDS: Final = 30


def without_copies(
    body: list[Line], title: str, kicker: str | None, *, paragraphs: bool = False
) -> list[Line]:
    """The body less what stands under the title but is not text: the title's copies
    (captions, headings, alt text run together with them), the kicker printed again, a
    byline; and less every other copy of the title. Where the lines are the page's
    `paragraphs`, each whole (HTML), a lead that opens with the title's words keeps them: in
    a text capture, a tool may have run a caption's copy into the lead."""
    key, kicker_key = norm(title), norm(kicker) if kicker else None
    kept = list(body)
    for _ in range(_UNDER_TITLE):
        if not kept:
            break
        first = norm(kept[0].text)
        again = kicker_key is not None and norm(strip_kicker(kept[0].text)) == kicker_key
        # Alt text run together with the caption and heading: little else on the line. A
        # short lead run on after a copy (no blank line between) ends as a sentence does.
        rest = first.replace(key, " ")
        lead = first.startswith(key) and rest.rstrip().endswith(SENTENCE_ENDS)
        run_together = key in first and len(rest.split()) <= ALT_WORDS and not lead
        byline = len(kept) > 1 and is_byline(_said_once(kept[0].text), loose=True)
        byline = byline or (len(kept) > 1 and byline_with_post(kept[0], kept[1]))
        # An author's box: its photo's alt text a word (`photo`), their name and post under it.
        photo = len(kept) > 2 and first in _PHOTO_ALTS and is_byline(kept[1].text, loose=True)
        # (A copy cut inside a word: a capture cut in the title, the head's the whole.)
        cut = cut_in_a_word(first, key)
        if first == key or again or run_together or byline or photo or cut:
            kept.pop(0)
            if byline and len(kept) > 1 and post_over(kept):
                kept.pop(0)  # the author's post under the name (`عضو هیئت علمی ...`)
        elif len(kept) > 2 and is_byline(kept[1].text) and kept[0].text.endswith(SENTENCE_ENDS):
            del kept[1]  # a byline under the lead set under the title (a deck)
        elif bracketed := bracketed_copy(kept, key):
            del kept[:bracketed]
        elif (marked := _MARKED_BYLINE().match(kept[0].text)) and is_byline(marked[1]):
            # An opinion piece's byline with its footnote mark run into the lead (html2text
            # runs a table cell's lines together): `Dr. Hamid Tavakoli * Iran has ...`.
            kept[0] = Line(kept[0].text[marked.end() :], kept[0].bullet)
        else:
            break
    kept = without_broken_copies(kept, key)
    kept = [part for line in kept for part in captions_apart(line, title)]
    # A gallery's images each print the title as alt text before their caption: opening
    # several lines, the title is theirs, whatever the captions say.
    gallery = sum(line.text.startswith(title) for line in body) > _GALLERY_COPIES
    # Or set after their captions, the next image's alt text run on after each caption.
    after = sum(line.text.endswith(title) for line in body) > _GALLERY_COPIES
    stripped = [
        _without_leading_copy(
            _without_trailing_copies(line, title, gallery=after), title, gallery=gallery
        )
        for line in kept
    ]
    # A credited caption the copy was run onto is a picture's, as on its own line.
    pairs = zip(kept, stripped, strict=True)
    kept = [new for old, new in pairs if new == old or not is_credited(new.text)]
    # Caption copies that filled a hard-wrapped line, with the lead right below them (links,
    # elinks, sometimes with no space between copies), read as one wrapped paragraph: the
    # lead starts after the copies.
    # (Or after a picture's alt text of a few words: `<alt> <title> <lead>`.)
    while (
        kept
        and (at := copy_start(kept[0].text, title)) is not None
        and kept[0].text[at:] != title
        and not (paragraphs and _opening_sentence(kept[0].text, title, at))
    ):
        # (A table's wall may stand between: `<title> |  Three doctoral students ...`; or
        # the share bar set beside the picture: `<title> Facebook Twitter Researchers ...`.)
        rest = kept[0].text[at + len(title) :].lstrip(_AROUND_COPIES)
        kept[0] = Line(without_buttons(rest), kept[0].bullet)
    return _once(without_person_box([line for line in kept if line.text]))


def _opening_sentence(text: str, title: str, at: int) -> bool:
    """Whether a paragraph's first sentence is the title's words (a title ending in a period,
    said again as the lead opens), nothing standing before them and the lead going on."""
    rest = text[at + len(title) :].lstrip()
    return at == 0 and title.endswith(".") and bool(rest) and not rest[:1].islower()


def _once(lines: list[Line]) -> list[Line]:
    """The lines with a picture's caption printed twice (its alt text the same words) once:
    two lines alike one after the other, or one line holding the same words twice over."""
    kept: list[Line] = []
    for line in lines:
        again = doubled(line.text) if not line.bullet else None
        # A paragraph a text repeats at length is its own; so is a table's row of figures
        # alone (`۱۴۰۰ ۱۴۰۱ ۱۴۰۰ ۱۴۰۱`, the years under two merged heads).
        if again and not doubled(again) and any(c.isalpha() for c in again):
            line = Line(again, line.bullet)
        if not (kept and kept[-1].text == line.text and not line.bullet):
            kept.append(line)
    return kept


def _without_leading_copy(line: Line, title: str, *, gallery: bool = False) -> Line:
    """A caption less the image's alt text, the title, a tool printed on its line before it
    (`<title> <caption>`): a caption does not end as a sentence does, and a paragraph that
    opens with a long title's words goes on to one; in a gallery, each caption."""
    text = line.text
    if not text.startswith(title) or len(title.split()) < _COPY_WORDS:
        return line
    rest = text[len(title) :]
    # links runs a credit alone on after the alt text with no space (`...TabrizPhoto: ...`).
    if rest[:1] != " " and not is_credited(rest):
        return line
    rest = rest.strip()
    # (A long caption opens anew, in capitals, after the title's words: no sentence goes on so.)
    short = len(rest.split()) <= ALT_WORDS or rest[:1].isupper()
    if not gallery and (rest.endswith(SENTENCE_ENDS) or not short):
        return line
    return Line(rest, line.bullet)


def _without_trailing_copies(line: Line, title: str, *, gallery: bool = False) -> Line:
    """A paragraph less the gallery's alt texts (the title again and again) a tool wrapped
    on after its last sentence; in a `gallery` whose images' alt text follows each caption,
    after a caption too."""
    text, copies = line.text.rstrip(), 0
    while text.endswith(title) and len(text) > len(title):
        text, copies = text[: -len(title)].rstrip(_AROUND_COPIES), copies + 1
    # One copy of a title of some length after a whole sentence: a hidden copy a text
    # browser prints (it applies no style sheet), or a caption run on.
    enough = copies >= _GALLERY_COPIES or (copies and len(title.split()) >= _COPY_WORDS)
    # Or after a caption of a line or two, with no sentence's end: one picture's caption run
    # on into the next, which repeats the title (a gallery's rows, wrapped at the edge).
    caption = enough and 0 < len(text.split()) <= _CAPTION_WORDS and not line.bullet
    ended = text.endswith(SENTENCE_ENDS) or gallery or caption
    if not (enough or (copies and gallery)) or not ended:
        return line
    return Line(text, line.bullet)


def _said_once(text: str) -> str:
    """A line said twice run together said once: an author's photo prints the name as its
    alt text and again as its caption (`Dr. Leila Farahani Dr. Leila Farahani`)."""
    half = text[: len(text) // 2]
    return half if len(text) % 2 and text == f"{half} {half}" else text
