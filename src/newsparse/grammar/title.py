"""The title by agreement, and the kicker above it.

Each line near the article's info block is a candidate. Evidence for it: the HTML head
says the same (og:title, <title>, JSON-LD headline, <h1>), the CMS printed it two or
three times, the old portal's breadcrumb ends with it, the page's order puts it there,
the URL slug agrees. Evidence against it: it ends like a kicker, it is a byline, it is a
paragraph, it is alt text, caption and heading run together. The rules are in
`title_evidence`, their weights in `weights`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar import weights as W
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.kicker import kicker_shaped, title_twice_after_kicker
from newsparse.grammar.lines import Line
from newsparse.grammar.positional import positional_title
from newsparse.grammar.shapes import (
    cut_in_a_word,
    doubled,
    is_cut,
    is_short_form,
    kicker_ending,
    norm,
    one_spaced,
    time_unwrapped,
    tripled,
)
from newsparse.grammar.title_evidence import CONFIRMING, CONFIRMING_RIVAL, TITLE_EVIDENCE
from newsparse.grammar.title_hints import Context, TitleHints

TOP_LINES: Final = 6
# The longest line taken for a title.
_TITLE_MAX: Final = 400


@dataclass(frozen=True, slots=True)
class TitleChoice:
    """The title chosen, whether evidence beyond position confirms it, and a close rival."""

    title: str | None
    confirmed: bool = False
    rival: str | None = None
    # Taken from the HTML head, found nowhere among the lines.
    from_head: bool = False


def choose_title(pre: list[Line], post: list[Line], hints: TitleHints) -> TitleChoice:
    """The title among the lines above and below the info block, weighed."""
    if not pre and (pushed := _head_pushed_down(post)) is not None:
        post = post[pushed:]
    # List items (menus, headline lists, the body's own lists) are never the title.
    texts = [line.text for line in (*pre, *post[:TOP_LINES]) if not line.bullet]
    texts += [
        half
        for text in texts
        if (half := doubled(text) or tripled(text) or title_twice_after_kicker(text))
    ]
    # The short title stands above the info block, never below it.
    # Not a copy run into a copy, nor a paragraph that opens with the title's words.
    fulls = [
        text for text in texts if not (doubled(text) or tripled(text)) and len(text) <= _TITLE_MAX
    ]
    # A line the head names, or printed twice, is a title, however short.
    heads = tuple(norm(head) for head in hints.head_titles)
    printed = [norm(line.text) for line in (*pre, *post[:TOP_LINES])]
    # Nor is a line right under the kicker the short title, the title stands there; but for
    # the opening of a longer line (the title a narrow column wrapped).
    shorts = {
        line.text
        for at, line in enumerate(pre)
        if any(is_short_form(line.text, t) for t in fulls)
        and (key := norm(line.text)) not in heads
        and printed.count(key) < 2
        and not (
            at
            and kicker_ending(pre[at - 1].text)
            and not any(_wrapped_end(t, line.text) for t in fulls)
        )
    }
    named = {*texts, hints.breadcrumb}
    # Nor the site's name alone (a links box's item a side column printed under the kicker),
    # nor a byline (`Dr. Maryam Tavakoli *`: a capture starting under the title holds one).
    candidates = [
        text
        for text in dict.fromkeys(texts)
        if len(text) <= _TITLE_MAX
        and text not in shorts
        and any(c.isalpha() for c in text)
        and L.BANNER_NAME().fullmatch(text.strip()) is None
        and not is_byline(text)
        # Nor a copy whose time a tool wrapped, where the copy holds it whole.
        and ((whole := time_unwrapped(text)) == text or whole not in named)
    ]
    if hints.breadcrumb and hints.breadcrumb not in candidates and not is_cut(hints.breadcrumb):
        candidates.append(hints.breadcrumb)
    if not candidates:
        return (
            TitleChoice(hints.head_titles[0], from_head=True)
            if hints.head_titles
            else TitleChoice(None)
        )
    cased = tuple(one_spaced(line.text) for line in (*pre, *post[: TOP_LINES * 2]))
    nearby = tuple(map(str.casefold, cased))
    positional = positional_title([line for line in pre if line.text not in shorts], post)
    ctx = Context(
        tuple(candidates), nearby, cased, positional, hints, heads, tuple(shorts), len(pre)
    )
    # Of two weighed the same, one a copy, the head or the short title confirms goes before
    # one only its place puts there (a kicker with no ending above the title).
    scored = sorted(
        ((*_weighed(text, ctx), -order, text) for order, text in enumerate(candidates)),
        reverse=True,
    )
    best, *others = scored
    confirmed = any(rule(best[3], ctx) > 0 for rule in CONFIRMING)
    rival = next(
        (
            text
            for score, _, _, text in others
            if best[0] - score < W.TITLE_CLOSE_CALL
            and not kicker_ending(text)
            and not _with_words_run_in(text, best[3])
            and not _short_title_of(text, best[3])
            and any(rule(text, ctx) > 0 for rule in CONFIRMING_RIVAL)
        ),
        None,
    )
    cut_short = next((head for head in hints.head_titles if cut_in_a_word(best[3], head)), None)
    if (not confirmed and hints.head_titles) or cut_short is not None:
        # Nothing on the page agrees with the head (a capture cut off before the article,
        # or chrome where the article should be), or the page's copy stops inside a word (a
        # capture cut in the title): the head's own title is the better word.
        return TitleChoice(cut_short or hints.head_titles[0], from_head=True)
    if best[0] <= 0 and not confirmed:
        return TitleChoice(ctx.positional)
    # The head's tags for the article naming another title, and none of its statements the
    # page's: the head says the page is another article's.
    stated = hints.stated
    if (
        confirmed
        and rival is None
        and hints.tagged
        and not any(_agrees(h, best[3]) for h in stated)
    ):
        rival = stated[0]
    return TitleChoice(best[3], confirmed, rival if confirmed else None)


def _agrees(head: str, title: str) -> bool:
    """Whether a title the head states is the page's: the same, one holding the other (a
    title the head cut, or whose site name it kept), or the CMS's short title."""
    stated, key = norm(head), norm(title)
    # (A part of `<title>` too, split at a dash the title holds: `Iran - Belarus ...`.)
    part = len(stated) >= _HEAD_PART_MIN and (stated in key or key in stated)
    return stated == key or part or is_short_form(head, title)


_HEAD_PART_MIN: Final = 15


# The lines a head pushed down may stand under, at most: a box's few dozen; the longest kicker.
_HEAD_DOWN_MAX: Final = 40
# A paragraph: a sentence this long at least (a calendar's rows, a list's dates are none).
_PARAGRAPH_WORDS: Final = 12
_ENDS: Final = (".", "!", "?", "؟", "»", "”")


def _head_pushed_down(post: list[Line]) -> int | None:
    """Where a kicker stands over the title printed twice, past the top lines and with no
    paragraph above it: a box a text browser printed over a page that opens with no info
    block (bmn's calendar of events) pushed the article's head down."""
    for at in range(TOP_LINES, min(len(post) - 1, _HEAD_DOWN_MAX)):
        kicker, title = post[at - 1], post[at]
        if len(kicker.text.split()) >= _PARAGRAPH_WORDS and kicker.text.endswith(_ENDS):
            return None
        copied = norm(title.text) == norm(post[at + 1].text) and not title.bullet
        shaped = kicker_shaped(kicker) and not kicker.bullet
        if copied and shaped and kicker_ending(kicker.text):
            return at - 1
    return None


def _weighed(text: str, ctx: Context) -> tuple[int, bool]:
    """A candidate's weight of evidence, and whether a copy, the head, the short title or
    the breadcrumb confirms it (not the line above it alone, which a table's lead-in is)."""
    weights = [(rule, rule(text, ctx)) for rule in TITLE_EVIDENCE]
    return sum(w for _, w in weights), any(w > 0 for r, w in weights if r in CONFIRMING_RIVAL)


# The words of a column beside a title's copy a tool may run into it, at most.
_RUN_IN_WORDS: Final = 3


def _short_title_of(text: str, title: str) -> bool:
    """Whether a rival is the CMS's short title of the title: its stop-words dropped or its
    last word cut at 64. (The title's first words alone may be the title, the one chosen
    holding chrome run on after it; or a mark apart, `Tehran' s`: a rival still.)"""
    short, full = norm(text), norm(title)
    return (
        is_short_form(text, title)
        and len(full) - len(short) >= _DROPPED_CHARS
        and not full.startswith(short)
    )


# What the short title drops at the least: a stop-word and its space (`of `), or a cut.
_DROPPED_CHARS: Final = 3


def _with_words_run_in(rival: str, title: str) -> bool:
    """Whether a rival is the title with a few words of a column beside it run in
    (`Nanofiber face Technology Parks masks ...`): the title's copy, no other title."""
    words, wanted = rival.casefold().split(), title.casefold().split()
    if not 0 < len(words) - len(wanted) <= _RUN_IN_WORDS:
        return False
    found = iter(words)
    return all(word in found for word in wanted)


# The words a narrow column wraps off a title's end onto a line of its own, at most.
_WRAPPED_WORDS: Final = 4


def _wrapped_end(full: str, opening: str) -> bool:
    """Whether `full` is `opening` and a few words more: the title whose end a narrow
    column wrapped, `opening` its first line."""
    return full.startswith(opening) and 0 < len(full[len(opening) :].split()) <= _WRAPPED_WORDS
