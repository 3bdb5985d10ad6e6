"""The evidence for and against a line being the title, one small rule each.

Each rule looks at one candidate among the lines near the info block and gives its weight
(from `weights`) or 0. For: the HTML head says the same, the CMS printed it two or three
times, it stands between a kicker and the kicker printed again, the old portal's breadcrumb
ends with it, the page's order puts it there, the URL slug agrees. Against: it ends like a
kicker, it is a byline, it is a paragraph, it is alt text, caption and heading run together.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from newsparse.grammar import weights as W
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.shapes import (
    COPY_MIN,
    SENTENCE_BREAK,
    doubled,
    is_cut,
    is_short_form,
    kicker_ending,
    lead_like,
    link_row,
    norm,
    one_spaced,
)
from newsparse.grammar.title_hints import Context

_WORD: Final = re.compile(r"\w+")
_ALT_CHARS: Final = 80
# How many lines apart the title's copies stand at most.
_COPY_REACH: Final = 2
# What ends a title the old portal's breadcrumb cut short (`... to the textile...`).
_CUT_MARKS: Final = ".… "


def _head(text: str, ctx: Context) -> int:
    key = norm(text)
    if key in ctx.heads:
        return W.TITLE_HEAD_EXACT
    if len(key) >= COPY_MIN and any(h.startswith(key) or key.startswith(h) for h in ctx.heads):
        return W.TITLE_HEAD_PART
    return 0


def _copies(text: str, ctx: Context) -> int:
    key = norm(text)
    if _framed(text, ctx) == 0 and _frames(key, ctx):
        return 0  # a kicker printed again under the title, not a title's copy
    # The CMS prints the title's copies close together (heading, caption, the copy below
    # the bullets); a paragraph said twice further down is no title.
    # Around the copy with most copies near it: a headline list may print the title once
    # higher up (a slider of top stories).
    ats = [i for i, line in enumerate(ctx.nearby) if line == key] or [0]
    arounds = [slice(max(0, at - _COPY_REACH), at + _COPY_REACH + 1) for at in ats]
    around = max(arounds, key=lambda near: ctx.nearby[near].count(key))
    # A candidate no line prints whole (the breadcrumb's title) has no copy to count.
    exact = max(0, ctx.nearby[around].count(key) - 1)
    if not exact and text == ctx.positional and not lead_like(text):
        # A gallery under the lead may open with the title as its first caption (a
        # subheading said twice in the body is no title: it is not where titles stand).
        exact = min(1, sum(line == key for line in ctx.nearby) - 1)
    # A copy run together with alt text on a line that holds little else, not a phrase
    # of a paragraph: it keeps the title's case (a title ending in a bare kicker's words
    # has them in lower case), and a tool prints it once.
    cased = one_spaced(text)
    inside = sum(
        cased in line
        and line != cased
        # The kicker with its ending, printed again bare under the title, is no copy; nor a
        # kicker naming what a box's item names (`با همکاری ... و <item>؛`). Copies run
        # together are, whatever the line ends in (a table cell's lines run into one).
        and not (
            kicker_ending(line)
            and line.count(cased) < 2
            and (line[:-1].rstrip() == cased or not line.startswith(cased))
        )
        and _run_into(cased, line)
        and not _printed_twice(norm(line), ctx)
        for line in ctx.cased[around]
    )
    # A copy a tool ran into the lead (html2text: a caption, then the text): a sentence
    # ends with the title, another opens after it.
    inside += sum(_opens_lead(cased, line) for line in ctx.cased[around])
    inside = inside if len(key) >= COPY_MIN else 0
    return W.TITLE_COPY * min(exact + inside, W.TITLE_MAX_COPIES)


def _opens_lead(title: str, line: str) -> bool:
    """Whether a line opens with the title, ending a question or a quote, or ending on a
    word and followed by a capital, and goes on past alt text's length (`Can labs ...?
    Detergent makers ...`). A sentence ending in a period is a pull quote's, as likely."""
    after = line[len(title) + 1 : len(title) + 2]
    # (A name of a few words opens a sentence as well: `University of Tehran Chancellor`.)
    capital = after.isupper() and title[-1:].isalnum() and len(title.split()) >= _LEAD_TITLE_WORDS
    return (
        len(line) - len(title) > _ALT_CHARS
        and line.startswith(f"{title} ")
        and line.count(title) == 1
        and (title.endswith(_TITLE_STOPS) or capital)
    )


# What a title may end with that ends a sentence run on after it; not a period, which a
# pull quote repeating the text's first sentence of a paragraph ends with too.
_TITLE_STOPS: Final = ("?", "!", "؟", "»", "”", '"')
_LEAD_TITLE_WORDS: Final = 6


def _printed_twice(key: str, ctx: Context) -> bool:
    """Whether a normalized line stands whole twice nearby: a title's copies, never alt
    text run into a title (which a tool prints once), though the title may end with a
    shorter line's words (a bare kicker `Biosimilar medicines` above `... 24 biosimilar
    medicines"`)."""
    return ctx.nearby.count(key) >= 2


def _run_into(key: str, line: str) -> bool:
    """Whether a line is copies of `key` run together, or `key` with alt text beside it."""
    return line.count(key) > 1 or len(line) - len(key) <= _ALT_CHARS


def _framed(text: str, ctx: Context) -> int:
    """Between a kicker and the kicker printed again under the title and its copies."""
    key = norm(text)
    at = ctx.nearby.index(key) if key in ctx.nearby else -1
    # The title's copies stand together between the two prints of the kicker.
    end = _copies_end(ctx.nearby, at)
    framed = at > 0 and end < len(ctx.nearby) and ctx.nearby[at - 1] == ctx.nearby[end]
    # Framed again two lines on, it is one of a gallery's captions, each under the title.
    framed = framed and not _gallery(ctx.nearby, end)
    # The frame stands on one side of the info block: a short title above the bullets and
    # the title's copy below them frame no kicker.
    one_side = at - 1 >= ctx.above or end < ctx.above
    return W.TITLE_FRAMED if framed and one_side else 0


def _frames(key: str, ctx: Context) -> bool:
    """Whether a line is printed again right past a longer line and its copies (a title)."""
    at = ctx.nearby.index(key) if key in ctx.nearby else -1
    end = _copies_end(ctx.nearby, at + 1)
    # Round a line ending like a kicker (a long one), the line is the title printed again.
    return (
        at >= 0
        and end < len(ctx.nearby)
        and ctx.nearby[end] == key
        and len(ctx.nearby[at + 1]) > len(key)
        and not kicker_ending(ctx.nearby[at + 1])
        and not _gallery(ctx.nearby, end)
    )


def _copies_end(nearby: tuple[str, ...], at: int) -> int:
    """Where the run of copies of the line at `at` ends (the CMS prints a title three
    times at most), or `at` itself where there is no such line."""
    if not 0 <= at < len(nearby):
        return at
    end = at + 1
    while end < min(len(nearby), at + W.TITLE_MAX_COPIES + 1) and nearby[end] == nearby[at]:
        end += 1
    return end


def _gallery(nearby: tuple[str, ...], at: int) -> bool:
    """Whether the line at `at`, printed two lines above, is printed again two lines on: a
    gallery's title over each caption, not a kicker printed again under the title."""
    return at + 2 < len(nearby) and nearby[at + 2] == nearby[at]


def _short_title(text: str, ctx: Context) -> int:
    return W.TITLE_SHORT_FORM if any(is_short_form(s, text) for s in ctx.shorts) else 0


def _breadcrumb(text: str, ctx: Context) -> int:
    crumb = ctx.hints.breadcrumb
    if not crumb:
        return 0
    if is_cut(crumb):
        # The old portal cuts a long title in its breadcrumb (`News > ... to the textile...`).
        opening = norm(crumb.rstrip(_CUT_MARKS))
        return W.TITLE_BREADCRUMB if norm(text).startswith(opening) and not is_cut(text) else 0
    return W.TITLE_BREADCRUMB if norm(crumb) == norm(text) else 0


def _position(text: str, ctx: Context) -> int:
    return W.TITLE_POSITION if text == ctx.positional else 0


def _after_kicker(text: str, ctx: Context) -> int:
    at = ctx.candidates.index(text)
    above = ctx.candidates[at - 1] if at > 0 else ""
    # A title ending in `;` has its copies right under it; a kicker is printed once there.
    framed = kicker_ending(above) and not kicker_ending(text) and not _adjacent_copy(above, ctx)
    # Not sentences ended by full stops: the lead, where a capture starts under the title
    # (a title may ask a question before its statement).
    sentences = text.endswith(".") and _FULL_STOP_BREAK.search(text) is not None
    return W.TITLE_AFTER_KICKER if framed and not sentences else 0


_FULL_STOP_BREAK: Final = re.compile(r"\.\s+\S")


def _over_study_time(text: str, ctx: Context) -> int:
    """Right above the study time and the news code that open the info block: the line of
    a few words nearest them (a side column's button printed beside may stand between)."""
    if not ctx.hints.under_title or kicker_ending(text):
        return 0
    lines = ctx.nearby[max(0, ctx.above - _OVER_STUDY_LINES) : ctx.above]
    last = next((line for line in reversed(lines) if len(line.split()) >= _TITLE_WORDS), None)
    return W.TITLE_OVER_STUDY if last == norm(text) else 0


_OVER_STUDY_LINES: Final = 2
_TITLE_WORDS: Final = 3


def _slug(text: str, ctx: Context) -> int:
    words = set(_WORD.findall(text.casefold()))
    slug = ctx.hints.slug_words
    return W.TITLE_SLUG if slug and len(words & slug) >= 0.6 * len(slug) else 0


def _kicker_like(text: str, ctx: Context) -> int:
    # A title may end in `;` too: the CMS prints a title's copies one under the other,
    # while a kicker printed again stands below the title, apart from its first print.
    last = ctx.candidates[-1] if ctx.candidates else None
    if not kicker_ending(text) or text == last:
        return 0
    # (Nor right under a kicker: no kicker stands under another, the title ending in `;`
    # there, `Scale-up funding:` / `Biotech council opens ...;`.)
    at = ctx.candidates.index(text)
    above = ctx.candidates[at - 1] if at > 0 else ""
    if text.endswith((";", "؛")) and above.endswith((":", "：")) and norm(above) != norm(text):
        return 0
    return 0 if _adjacent_copy(text, ctx) else W.TITLE_KICKER_ENDING


def _adjacent_copy(text: str, ctx: Context) -> bool:
    """Whether a copy of the line stands right under it (title copies do, kickers not)."""
    key = norm(text)
    return any(a == b == key for a, b in zip(ctx.nearby, ctx.nearby[1:], strict=False))


def _byline(text: str, ctx: Context) -> int:
    # A row of links (a menu printed on one line) is no heading either.
    return W.TITLE_BYLINE if is_byline(text) else W.TITLE_LINK_ROW if link_row(text) else 0


def _paragraph(text: str, ctx: Context) -> int:
    return W.TITLE_PARAGRAPH if len(SENTENCE_BREAK.findall(text)) >= 2 else 0


# A line run together from copies holds one a third of its length at least.
_RUN_TOGETHER_SHARE: Final = 3


def _run_together(text: str, ctx: Context) -> int:
    key = norm(text)
    if key in ctx.heads:
        return 0  # the HTML head names the whole line the title
    cased = one_spaced(text)
    # A copy run into the line is a good part of it: a name the title holds (a links box's
    # item, `صندوق نوآوری و شکوفایی`) is no copy, nor is the CMS's short title cut from it.
    least = max(COPY_MIN, len(cased) // _RUN_TOGETHER_SHARE)
    inside = not _printed_twice(key, ctx) and any(
        len(other) >= least
        and other != cased
        and other in cased
        and not is_short_form(other, cased)
        for other in map(one_spaced, ctx.candidates)
    )
    return W.TITLE_DOUBLED if inside or doubled(text) else 0


TITLE_EVIDENCE: Final[tuple[Callable[[str, Context], int], ...]] = (
    _head,
    _copies,
    _framed,
    _short_title,
    _breadcrumb,
    _over_study_time,
    _position,
    _after_kicker,
    _slug,
    _kicker_like,
    _byline,
    _paragraph,
    _run_together,
)
CONFIRMING: Final = (
    _head,
    _copies,
    _framed,
    _short_title,
    _breadcrumb,
    _after_kicker,
    _over_study_time,
)
# A rival title must be confirmed by what names a title, not by its place alone.
CONFIRMING_RIVAL: Final = (_head, _copies, _short_title, _breadcrumb)
