"""The kicker and the body below the title: the body without the title's copies, the
byline, or the kicker printed again (where a kicker may stand is in `kicker`)."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.body_copies import ALT_WORDS, without_copies
from newsparse.grammar.copies import copy_run_on
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
from newsparse.grammar.lines import Line
from newsparse.grammar.run_on_captions import caption_apart
from newsparse.grammar.shapes import kicker_ending, norm, prose, strip_kicker
from newsparse.grammar.title import TOP_LINES
from newsparse.grammar.under_bullets import (
    kicker_and_text_under_bullets,
    kicker_opens_body,
    untitled,
)

# The title's copies stand at most this many lines apart (alt text between them).
_COPIES_APART: Final = 2


def kicker_and_body(
    pre: list[Line],
    post: list[Line],
    title: str | None,
    *,
    cut: bool = False,
    paragraphs: bool = False,
) -> tuple[str | None, list[Line]]:
    """The kicker (without its ending) and the body, given the title; `cut` where the
    capture ends inside the body (its last line may stop mid-sentence); `paragraphs` where
    its lines are the page's paragraphs, each whole (HTML)."""
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
    body = without_copies(body, title, text, paragraphs=paragraphs)
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
        if norm(post[i].text) == key and all(len(b.text.split()) <= ALT_WORDS for b in between):
            last = i
        i += 1
    return last


def _stands_in(lines: list[Line], key: str) -> bool:
    return any(norm(line.text) == key for line in lines)
