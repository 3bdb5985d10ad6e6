"""The kicker and the body below the title: the body without the title's copies, the
byline, or the kicker printed again (where a kicker may stand is in `kicker`)."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.bar_lines import without_buttons
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.copies import bracketed_copy, captions_apart, copy_run_on, copy_start
from newsparse.grammar.credit_words import is_credited
from newsparse.grammar.gallery_copies import without_broken_copies
from newsparse.grammar.kicker import (
    kicker_above,
    kicker_again_below,
    kicker_cell,
    kicker_ended,
    kicker_opening_lead,
    kicker_over_bullets,
    kicker_run_into_copies,
    kicker_shaped,
    kicker_wrapped,
    title_under_kicker,
    without_short_title,
)
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.person_box import without_person_box
from newsparse.grammar.run_on_captions import caption_apart
from newsparse.grammar.shapes import (
    cut_in_a_word,
    doubled,
    kicker_ending,
    norm,
    prose,
    strip_kicker,
)
from newsparse.grammar.title import TOP_LINES
from newsparse.grammar.under_bullets import (
    SENTENCE_ENDS,
    byline_with_post,
    kicker_and_text_under_bullets,
    kicker_opens_body,
    post_over,
    untitled,
)

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
_ALT_WORDS: Final = 12
# The alt text of an author's photo that names no one.
_PHOTO_ALTS: Final = frozenset({"photo", "image", "picture", "portrait", "عکس", "تصویر"})
# A caption's words at most, a line or two.
_CAPTION_WORDS: Final = 30

# The title's copies stand at most this many lines apart (alt text between them).
_COPIES_APART: Final = 2


def kicker_and_body(
    pre: list[Line], post: list[Line], title: str | None, *, cut: bool = False
) -> tuple[str | None, list[Line]]:
    """The kicker (without its ending) and the body, given the title; `cut` where the
    capture ends inside the body (its last line may stop mid-sentence)."""
    if title is None:
        return untitled(post)
    key = norm(title)
    at = _title_at(post, key)
    if at is None and not _stands_in(pre, key):
        post, at = copy_run_on(post, title)
    lead_above = any(prose(line.text) or _lead_over(line, title) for line in post[: at or 0])
    if at is not None and lead_above and _stands_in(pre, key):
        at = None  # a copy below the lead (a gallery's caption): the title stands above
    kicker: Line | None = None
    if at is not None:
        # An app's title over the page's kicker and title: the page's copy stands under it.
        if (
            at + 2 < len(post)
            and kicker_ending(post[at + 1].text)
            and norm(post[at + 2].text) == key
        ):
            at += 2
        above = at - 1
        while above >= 0 and key in norm(post[above].text):  # alt text and caption run together
            # Right under the bullets, where the kicker stands, lynx ran it into them too.
            # Lower down, a kicker's end says a tool joined it to the title (a narrow cell).
            run_into = kicker_run_into_copies(post[above], title, ended=above > 0)
            if run_into is not None:
                kicker = run_into
                break
            above -= 1
        if kicker is None:
            line = post[above] if above >= 0 else None
            shaped = line is not None and kicker_shaped(line) and not _lead_over(line, title)
            kicker = (kicker_wrapped(post, above) or line) if shaped else None
        if kicker is not None and not kicker_ending(kicker.text):
            # A side column's lines between a kicker it cut off and the title's copy; the
            # kicker over the title above the bullets, over a copy's alt text.
            kicker = kicker_ended(post[:above]) or kicker_above(pre, key) or kicker
        kicker = kicker or kicker_above(pre, key) or kicker_over_bullets(pre, above)
        body = post[_last_copy(post, at, key) + 1 :]
        if kicker is None and above >= 0 and _lead_over(post[above], title):
            body = [post[above], *body]  # the lead set above the image
    else:
        kicker, body = kicker_and_text_under_bullets(pre, post, key)
    text = without_short_title(strip_kicker(kicker_cell(kicker.text)), title) if kicker else None
    body = _without_copies(body, title, text)
    if text is None and (again := kicker_again_below(pre, key, body)) is not None:
        return again, body[1:]
    text = text or kicker_opening_lead(pre, key, body)
    # A capture cut inside the body stops mid-sentence: its last line holds no caption.
    whole = body[:-1] if cut else body
    parts = [part for line in whole for part in caption_apart(line) if norm(part.text) != key]
    body = parts + body[len(whole) :]
    # Right under the info block, the page above it, the title stands where the page printed
    # no kicker: a phrase under it is the text's subheading, not the kicker printed again
    # (which a capture cut above the title, a reader view, still holds).
    if text is None and kicker_opens_body(body, bare=at is not None and (at > 0 or not pre)):
        # Only the kicker printed again under the title is left (a reader view, a capture
        # cut above the title): it is the kicker still, not the lead.
        return strip_kicker(body[0].text), body[1:]
    return text, body


def _lead_over(line: Line, title: str) -> bool:
    """Whether a line over the title's copy is the lead the page set above its image: a
    sentence longer than the title, no kicker."""
    return line.text.endswith(".") and len(line.text.split()) > len(title.split())


# A paragraph between the title and a run of its copies makes them a gallery's.
_TEXT_BETWEEN: Final = 1


def _title_at(post: list[Line], key: str) -> int | None:
    """Where the title stands among the top lines below the info block: the first of its
    copies printed together (heading, caption), not a list's item that reads as the title
    (a slider of top stories above the article), bulleted or not."""
    runs: list[list[int]] = []
    for i, line in enumerate(post[: TOP_LINES + 1]):
        if norm(line.text) != key:
            continue
        if runs and i - runs[-1][-1] <= _COPIES_APART:
            runs[-1].append(i)
        else:
            runs.append([i])
    if not runs:
        return title_under_kicker(post, key, TOP_LINES + 1)
    best = max(runs, key=lambda run: (sum(not post[i].bullet for i in run), len(run)))
    first = runs[0][0]
    if first and kicker_ending(post[first - 1].text) and not kicker_ending(post[best[0] - 1].text):
        return first  # under its kicker, the title; its copies further down, a picture's
    if sum(_lead_over(line, key) for line in post[first + 1 : best[0]]) >= _TEXT_BETWEEN:
        return first  # the text under the title, a gallery's copies (alt texts) below it
    return best[0]


def _last_copy(post: list[Line], at: int, key: str) -> int:
    """The last of the title's copies printed together from line `at` on: what stands
    between two of them (an image's alt text) is no body."""
    last, i = at, at + 1
    # (a gallery prints a copy with each picture, and other pictures' alt texts between)
    while i < min(len(post), last + _COPIES_APART + 1):
        between = post[last + 1 : i]
        if norm(post[i].text) == key and all(len(b.text.split()) <= _ALT_WORDS for b in between):
            last = i
        i += 1
    return last


def _stands_in(lines: list[Line], key: str) -> bool:
    return any(norm(line.text) == key for line in lines)


def _without_copies(body: list[Line], title: str, kicker: str | None) -> list[Line]:
    """The body less what stands under the title but is not text: the title's copies
    (captions, headings, alt text run together with them), the kicker printed again, a
    byline; and less every other copy of the title."""
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
        run_together = key in first and len(rest.split()) <= _ALT_WORDS and not lead
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
        kept and (at := copy_start(kept[0].text, title)) is not None and kept[0].text[at:] != title
    ):
        # (A table's wall may stand between: `<title> |  Three doctoral students ...`; or
        # the share bar set beside the picture: `<title> Facebook Twitter Researchers ...`.)
        rest = kept[0].text[at + len(title) :].lstrip(_AROUND_COPIES)
        kept[0] = Line(without_buttons(rest), kept[0].bullet)
    return _once(without_person_box([line for line in kept if line.text]))


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
    short = len(rest.split()) <= _ALT_WORDS or rest[:1].isupper()
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
