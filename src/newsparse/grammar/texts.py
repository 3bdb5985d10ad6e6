"""The article's text lines in a range: sentences a line break cut joined again, the items
of a list a copy left unbulleted kept apart, menus dropped; and a kicker a side column cut
off from its title."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.bare_items import heads_items, named_item
from newsparse.grammar.blocks import Block
from newsparse.grammar.broken_lines import (
    ITEM_WORDS,
    JOINING_WORDS,
    LOWERCASE,
    OPEN_ENDINGS,
    SENTENCE_STOPS,
    goes_on,
)
from newsparse.grammar.chrome import menu_lines
from newsparse.grammar.dates import date_shaped
from newsparse.grammar.extent import date_in_prose, listing_above, text_below
from newsparse.grammar.figures import figures_row
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.shapes import SENTENCE_BREAK, kicker_ending, norm
from newsparse.grammar.state import Kind, LineState

# A headline of a list the body ran into is at most this many words.
_HEADLINE_WORDS: Final = 30
# A paragraph holds at least this many words (more than a headline).
_PROSE_WORDS: Final = _HEADLINE_WORDS
# A sentence of this many words is prose, though short for a paragraph.
_SENTENCE_WORDS: Final = 15
# The lines after a side column where the article's text opens with the title's copy.
_COPY_REACH: Final = 4
# The article's head above a side column: kicker, title, its copies, a lead or two.
_HEAD_LINES: Final = 8


def kicker_over_listing(state: LineState, start: int) -> list[Line]:
    """The kicker a side column printed after it cut off from its title: a line ending
    as a kicker does right above the headline lists (stacked, a link to an archive or a
    form between them) that end where the article's text starts."""
    heading = _stacked_listings_above(state, start)
    above = heading - 1
    if heading == start or above < 0 or state.kinds[above] is not Kind.TEXT:
        return []
    # The title may stand under the kicker there too, printed again below the list (its
    # caption run on after it).
    key = norm(state.lines[above].text)
    top = [i for i in range(start, len(state.lines)) if state.kinds[i] is Kind.TEXT]
    copies = [norm(state.lines[i].text) for i in top[:_COPY_REACH]]
    if not any(copy.startswith(key) for copy in copies):
        head = _head_over_listing(state, above)
        if head:
            return head
    elif _plain_text(state, above - 1):
        above -= 1
    line = state.lines[above]
    return [line] if kicker_ending(line.text) and not line.bullet else []


def _head_over_listing(state: LineState, last: int) -> list[Line]:
    """The article's head a side column printed in the middle of it cut off from its
    text: the plain lines from the last boundary down to line `last`, when they hold the
    title (the breadcrumb's, a line printed twice, or the line under a kicker's ending)
    and no copy of it stands below."""
    first = last
    while first > 0 and _plain_text(state, first - 1) and last - first < _HEAD_LINES:
        first -= 1
    lines = state.lines[first : last + 1]
    keys = [norm(line.text) for line in lines]
    crumb = state.fields.breadcrumb_title
    titled = (
        (crumb is not None and norm(crumb) in keys)
        or len(set(keys)) < len(keys)
        or (len(lines) == 2 and kicker_ending(lines[0].text) and not kicker_ending(lines[1].text))
    )
    top = first == 0 or state.kinds[first - 1] is not Kind.TEXT
    return list(lines) if titled and top else []


def _stacked_listings_above(state: LineState, start: int) -> int:
    """The heading of the highest of the headline lists stacked right above line `start`,
    or `start` when none stands there."""
    heading = listing_above(state, start)
    if heading == start and start > 0 and state.kinds[start - 1] is Kind.LISTING_HEADING:
        heading = start - 1  # a list's heading over items the article's text took in
    while heading < start:
        above = heading - 1
        while above >= 0 and (state.kinds[above] is Kind.CHROME or _link_alone(state, above)):
            above -= 1
        higher = listing_above(state, above + 1)
        if higher > above:
            return heading
        heading = higher
    return heading


def _link_alone(state: LineState, index: int) -> bool:
    """A box's link of a word or two (`آرشیو اخبار`, `More news`), or its heading."""
    return state.kinds[index] is Kind.TEXT and len(state.lines[index].text.split()) <= 2


def header_over_listing(state: LineState, start: int, below: list[Line]) -> list[Line]:
    """The kicker and title a side column printed after them cut off from the info block
    below: right above the headline list that ends where the block starts, a line the
    title's copy under the block repeats, and a line ending as a kicker does above it."""
    heading = listing_above(state, start)
    above = heading - 1
    if heading == start or not below or not _plain_text(state, above):
        return []
    title = state.lines[above]
    if norm(title.text) != norm(below[0].text):
        return []
    kicker = state.lines[above - 1] if _plain_text(state, above - 1) else None
    return [kicker, title] if kicker is not None and kicker_ending(kicker.text) else [title]


def _plain_text(state: LineState, index: int) -> bool:
    return index >= 0 and state.kinds[index] is Kind.TEXT and not state.lines[index].bullet


def texts(
    state: LineState,
    begin: int,
    end: int,
    blocks: list[Block],
    *,
    drop_menus: bool = False,
    block_above: bool = False,
    to_prose: bool = False,
) -> list[Line]:
    """The text lines in a range, with sentences broken across lines joined again; with
    `drop_menus`, without menu items (and above an info block, all that stands above them;
    with `to_prose`, all that stands above the last menu before the first paragraph, as
    a bulleted list of the body's own, below it, is body)."""
    menus = set(menu_lines(state, begin, end)) if drop_menus else set()
    if menus and block_above:
        begin, menus = max(menus) + 1, set()
    if menus and to_prose:
        prose = next((i for i in range(begin, end) if _prose(state, i)), end)
        begin = max((i + 1 for i in menus if i < prose), default=begin)
        menus = set()
    # A date line among the article's paragraphs (an event's `Date: Sunday, 12 May 2024`).
    dates = {b.start for b in blocks if begin <= b.start < end and date_in_prose(b)}
    found: list[Line] = []
    # Lines after one ending in a colon are the items of a list the copy lost the bullets
    # of, each on its own line, however much they read like a sentence broken in two.
    listed = False
    widest = max(
        (len(state.lines[i].text) for i in range(begin, end) if state.kinds[i] is Kind.TEXT),
        default=0,
    )
    for i in range(begin, end):
        if (state.kinds[i] is not Kind.TEXT and i not in dates) or i in menus:
            continue
        line = state.lines[i]
        opens_item = bool(found) and (
            found[-1].text.endswith((":", "："))
            or (state.kinds[i - 1] is Kind.TEXT and heads_items(state, i - 1, end))
        )
        # An item may open with a figure (`10 to 50 micrograms per litre: ...`), or with a
        # capital where it names something in a list begun (`UV-visible spectrophotometers
        # ...`) or a label (`Tier one: researchers ...`; a title under its kicker is none).
        following = state.lines[i + 1] if i + 1 < end else None
        named = bool(found) and named_item(found[-1], line, following, widest, listed=listed)
        listed = (listed or opens_item) and (
            line.text[:1] in LOWERCASE or line.text[:1].isdigit() or named
        )
        if (
            found
            and not listed
            and state.kinds[i - 1] is Kind.TEXT
            and _broken_sentence(found[-1], line, following)
        ):
            found[-1] = Line(f"{found[-1].text} {line.text}", found[-1].bullet)
        else:
            found.append(line)
    # A body that runs into a headline list ends before the headline above its first date.
    listing_below = any(b.start == end and b.listing for b in blocks)
    if found and listing_below and len(found[-1].text.split()) <= _HEADLINE_WORDS:
        found.pop()
    return found


def _prose(state: LineState, index: int) -> bool:
    """A paragraph: a text line of more words than any menu item or headline has, or a
    sentence, unlisted, of more words than a menu item (a short lead)."""
    if state.kinds[index] is not Kind.TEXT:
        return False
    line = state.lines[index]
    words = len(line.text.split())
    # (A paragraph may end in a colon, over the list or table it opens.)
    sentence = (
        not line.bullet
        and line.text.endswith((".", "!", "؟", "?", ":"))
        and words >= _SENTENCE_WORDS
    )
    return words >= _PROSE_WORDS or sentence


def texts_below(state: LineState, begin: int, blocks: list[Block]) -> list[Line]:
    """The article's text lines below its info block, which ends at line `begin`."""
    return texts(state, *text_below(state, begin, blocks), blocks)


# Quote marks that open and close a quote.
_QUOTE_PAIRS: Final = (("«", "»"), ("“", "”"))


def _quote_goes_on(text: str, following: str) -> bool:
    """Whether a line opens a quote it does not close, and the next line closes it."""
    return any(
        text.count(a) > text.count(b) and following.count(b) > following.count(a)
        for a, b in _QUOTE_PAIRS
    )


# The shortest line whose copy on the next line shows it is no sentence broken there.
_COPY_HELD: Final = 20


def _broken_sentence(line: Line, following: Line, after: Line | None = None) -> bool:
    """A line break inside a sentence (a `<br>`, a copy-paste wrap): the line stops without
    punctuation and the next one goes on in lower case, or is a list item's last words, a
    date (which `settle_wrapped_dates` left as text); or a link's text a tool set on a line
    of its own, between the words before it and the lower-case words after it."""
    if following.bullet or line.text.endswith(SENTENCE_STOPS) or figures_row(line.text):
        return False  # (a table's row ends on its figures: `... (درصد) 72 18` / `pH بهینه ...`)
    if _quote_goes_on(line.text, following.text):
        return True  # a quote the line opens, the next one closes (`«ما ...` / `... ببیند.»`)
    if figures_row(following.text) and ", " not in following.text:
        return False  # a table's head over its first row (`... Share` / `under 500 1,240 18%`)
    if _EQUATION().fullmatch(line.text):
        return False  # an equation set apart, the text going on under it (`where σ is ...`)
    if len(line.text) >= _COPY_HELD and line.text in following.text:
        return False  # a copy over one an alt text runs into (`data centre <title>`)
    if (
        not line.bullet
        and following.text.endswith(";")
        and after is not None
        and after.text[:1] in LOWERCASE
        and line.text.rpartition(" ")[2].casefold() not in JOINING_WORDS
    ):
        return False  # a list's items a paste left bare, each ending on `;`, under its lead-in
    if following.text[:1] in LOWERCASE or (line.bullet and date_shaped(following.key)):
        return True
    words = line.text.split()
    if not line.bullet and goes_on(words, following.text.split(), after):
        return True
    last = line.text[-1:]
    if last.isalpha() and last.lower() == last.upper() and SENTENCE_BREAK.search(line.text):
        # A script with no capitals (`... ایده‌های شما` / `چگونه ... شود.`): a paragraph's
        # line, a sentence ended inside it, stops on a letter and a short line ends it.
        ends = following.text.endswith(SENTENCE_STOPS)
        return ends and len(words) >= _PROSE_WORDS and len(following.text.split()) <= ITEM_WORDS
    # `... the` / `Quantum Accelerator call` / `drew 74 ...`: no sentence ends on an article.
    if len(words) < _BROKEN_WORDS or words[-1] not in OPEN_ENDINGS:
        return False
    if len(following.text.split()) > _LINK_WORDS and SENTENCE_BREAK.search(line.text):
        # A paragraph's line, a sentence ended inside it, goes on at a long line: what was
        # cut after the article was no link (a title may end on any word).
        return True
    return (
        after is not None
        and not after.bullet
        and after.text[:1] in LOWERCASE
        and not following.text.endswith(SENTENCE_STOPS)
    )


# An equation on a line of its own: a few terms either side of its sign.
_EQUATION: Final = lazy_pattern(r"(?:\S+ ){0,6}?\S*(?:=|→|⇌|≈)\S*(?: \S+){0,8}")


# The fewest words of a line broken after an article (a menu's `Sign in` is no broken
# sentence), the most of a link's text.
_BROKEN_WORDS: Final = 6
_LINK_WORDS: Final = 6
