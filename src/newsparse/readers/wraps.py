"""A tool's hard wraps undone: which line of a text capture goes on with the one above.

The text tools wrap a paragraph at their width; a line is joined to the one above where
the next word would not have fitted there, unless it starts anew (a label, a list item,
a row of cells, a date alone) or the line above ends a block of its own (a copyright
line, a toolbar, a markdown break).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

from newsparse.grammar import box_words as B
from newsparse.grammar.dates import match_date_time
from newsparse.grammar.figures import figures_row
from newsparse.grammar.footer_lines import portal_row_wrapped
from newsparse.grammar.lines import lazy_pattern, match_key, split_bullet
from newsparse.grammar.rules_breadcrumb import is_breadcrumb
from newsparse.readers.cut_words import CUT_MARK, lines_joined
from newsparse.readers.indents import (
    hanging_under,
    indent_of,
    indent_widths,
    left_of_item,
    set_back,
    width_at,
)
from newsparse.readers.line_starts import category_list_goes_on, starts_anew
from newsparse.readers.markdown import MD_BREAK, open_link
from newsparse.readers.news_group_wraps import (
    category_list_ends,
    cut_in_list,
    fits_above,
    has_colon,
    list_edge,
    name_rest,
    news_group_item,
    tag_links,
)
from newsparse.readers.row_ends import (
    date_wrapped_at_dash,
    ends_row,
    gaps_closed,
    headline_dated,
    heads_table,
    label_wrapped_from_value,
)
from newsparse.readers.run_ons import (
    count_wrapped_in_item,
    date_wrapped_at_slash,
    date_wrapped_in_box,
    runs_on,
)
from newsparse.readers.separators import is_separator, rule_characters_only
from newsparse.readers.set_apart import set_apart
from newsparse.readers.table_captions import numbered_caption
from newsparse.readers.widths import Measure

# An item wraps onto an indented line below only past this long: inscriptis indents blocks.
_HANGING_MIN: Final = 60
_LEADING_LINK_NUMBER: Final = lazy_pattern(r"^\[\d+\]")
# A line indented this far past the margin is centered or set flush right, not wrapped.
_RIGHT_ALIGNED_INDENT: Final = 8
# A number alone (`27.4`, `1,204`), which a no-break space may hold to its unit; no date.
_BARE_NUMBER: Final = lazy_pattern(r"[\d۰-۹][\d۰-۹,.٫٬]*")
_MD_HEADING: Final = lazy_pattern(r"#{1,6}\s+\S")
_TYPED_NUMBER: Final = lazy_pattern(r"[\d۰-۹]{1,2}[.)-] ")
_BOLD_LINE: Final = lazy_pattern(r"\*\*[^*\s](?:[^*]{0,60}[^*\s])?\*\*")


def joined_blocks(
    raw: list[str], width: int | None, margin: int, hard_breaks: bool, measure: Measure = len
) -> Iterator[str]:
    """Lines joined into blocks where a tool only wrapped them.

    In markdown a line ending in two spaces is a `<br>`: what follows starts anew.
    """
    block: list[str] = []
    previous = previous_raw = ""
    widths = indent_widths(raw, width, measure)
    block_start = ""
    for number, line in enumerate(raw):
        stripped = line.strip()
        if not stripped or is_separator(stripped):
            if block:
                yield from _flush(block)
            previous = ""
            continue
        if block and date_wrapped_at_dash(block[-1], stripped):
            # A narrow column wraps a date before its time: `Nov 2 2023 -` / `09:15 1,311`.
            block[-1] += " " + stripped
            previous, previous_raw = line.rstrip(), line
            continue
        if block and date_wrapped_in_box(block[-1], stripped):
            # A narrow box wraps a headline inside its date or before it, in brackets.
            block[-1] += ("" if date_wrapped_at_slash(block[-1], stripped) else " ") + stripped
            previous, previous_raw = line.rstrip(), line
            continue
        # A `<br>` inside a markdown link's text (a title with a break) ends no line.
        linked = hard_breaks and bool(block) and open_link(block)
        if (
            block
            and not linked
            and (
                (hard_breaks and previous_raw.endswith("  ") and MD_BREAK().search(previous_raw))
                or (has_colon(block[0]) and category_list_ends(block[0], stripped))
                # The CMS prints a title two or three times: a line repeating the block's first
                # opens a copy, though the last line be full (a narrow column); a ticker is one.
                or _repeats(stripped, block[0])
                or (
                    numbered_caption(previous)
                    and stripped[:1].isupper()
                    # (Its year or a closing bracket ends it, or the next word had room.)
                    and (
                        previous[-1:].isdigit()
                        or previous.endswith(")")
                        or not _wraps_on(previous, stripped, widths, width, margin, measure)
                    )
                )
                or set_back(block_start, previous_raw, line, margin)
                or (len(block) == 1 and ":" in block[0] and B.is_ticker(match_key(block[0])))
                or (
                    number + 1 < len(raw)
                    and heads_table(
                        line, raw[number + 1], announced=_announces(previous, raw, number)
                    )
                )
                or not (
                    (
                        width is not None
                        and category_list_goes_on(block[0], stripped)
                        and not fits_above(
                            block,
                            stripped,
                            measure,
                            list_edge(block, previous_raw, margin, widths, width),
                        )
                        # Left of a listed item, only a line going on with the list (a
                        # comma, a name's rest after its `&`, or one the edge cut) is its
                        # wrapped end; a menu heading may stand there.
                        and (
                            "," in stripped
                            or previous.endswith("&")
                            or not left_of_item(block_start, line)
                            or (
                                name_rest(block, previous_raw, line)
                                and _wraps_on(previous, stripped, widths, width, margin, measure)
                            )
                        )
                    )
                    # A markdown heading html2text wrapped, its rest right under it (it
                    # sets a blank line under every heading it writes).
                    or (hard_breaks and _MD_HEADING().match(block[0]) and not starts_anew(stripped))
                    or (
                        len(previous) >= _HANGING_MIN
                        and hanging_under(block_start, line)
                        and not headline_dated(previous, stripped)
                        and (not starts_anew(stripped) or count_wrapped_in_item(previous, stripped))
                    )
                    or (
                        # An editor wraps an item to the margin, in lower case; links under
                        # a news group list that holds none are a row of tags.
                        (not left_of_item(block_start, line) or stripped[:1].islower())
                        and not (news_group_item(block[0]) and tag_links(block[0], stripped))
                        and not set_apart(
                            block[0],
                            previous,
                            line,
                            raw[number + 1] if number + 1 < len(raw) else None,
                            width_at(widths, indent_of(previous), width),
                            measure,
                        )
                        # markdown sets no cells apart with spaces: a run of them is the
                        # page's no-break spaces (`Print        [Send to`).
                        and _wraps_on(
                            previous,
                            gaps_closed(stripped) if hard_breaks else stripped,
                            widths,
                            width,
                            margin,
                            measure,
                        )
                    )
                )
            )
        ):
            yield from _flush(block)
        if not block:
            block_start = line
        if block and runs_on(block[-1], stripped, block[0]):
            # A tool broke a word or a date with no space to break at.
            block[-1] += stripped
        elif block and cut_in_list(block, previous, line, widths, width, measure):
            # lynx cuts a comma list with no space in it at the edge: `Resou` / `rces,`
            # (marked: pandoc's cell wraps one at a space as full, `Deputy` / `for`).
            block[-1] += CUT_MARK + stripped
        elif block and block[0][:2] == stripped[:2] == "> ":
            # A quoted paragraph html2text or an e-mail wrapped: each line opens with `> `.
            block.append(stripped.lstrip("> "))
        else:
            block.append(stripped)
        previous, previous_raw = line.rstrip(), line
    yield from _flush(block)


def _repeats(stripped: str, first: str) -> bool:
    """Whether a line repeats the first line of a block (elinks numbers the first link)."""
    if first.startswith("["):
        first = _LEADING_LINK_NUMBER().sub("", first)
    return stripped == first


def _announces(previous: str, raw: list[str], number: int) -> bool:
    """Whether the line above a table's head announces it: it ends on a colon, or ends a
    sentence over two rows of figures (lynx prints the head one space apart, as words)."""
    if previous.endswith(":"):
        return True
    rows = raw[number + 1 : number + 3]
    return previous.endswith(".") and len(rows) == 2 and all(_figures(row.strip()) for row in rows)


def _figures(row: str) -> bool:
    return figures_row(row) or _FIGURES_ONLY().fullmatch(row) is not None


# A row of a table's figures alone (`2018 1,420  1,150`).
_FIGURES_ONLY: Final = lazy_pattern(r"[\d۰-۹][\d۰-۹,.٬٫%]*(?:\s+[\d۰-۹][\d۰-۹,.٬٫%]*)+")


def _wraps_on(
    previous: str,
    stripped: str,
    widths: dict[int, int],
    width: int | None,
    margin: int,
    measure: Measure,
) -> bool:
    """Whether a line was only wrapped onto the next, at the width of its own indent."""
    return _continues(
        previous, stripped, width_at(widths, indent_of(previous), width), margin, measure
    )


def _continues(
    previous: str, stripped: str, width: int | None, margin: int, measure: Measure = len
) -> bool:
    """Whether a line was only wrapped onto the next one: its next word would not fit.

    A line that opens with a label (`News code :`) or a list marker starts anew, and so
    does a line of cells set apart by runs of spaces (`Print        Send to Friend`), but
    for the value of a label that ends the row of cells above; a short line set flush
    right (w3m does so with right-aligned Persian blocks) reaches the edge without being
    full, and a date alone ends its headline, so neither continues.
    """
    if width is None:
        # No width to measure by (a paragraph wrapped once, all else one line a block):
        # a line ending on a word no text ends on was wrapped there.
        # (Not a heading's or a short title's end, `... paid for`, `... health care a`.)
        last = previous.rpartition(" ")[2]
        if last.casefold() not in _DANGLING or len(previous.split()) < _DANGLING_AFTER:
            return False
        opening = stripped[:1]
        persian = last in _DANGLING_FA and not match_date_time(match_key(stripped))
        return (opening.islower() or persian) and not starts_anew(stripped)
    if previous.endswith(":") and label_wrapped_from_value(previous, stripped):
        return True
    if portal_row_wrapped(previous, stripped):
        return True
    if previous.endswith((";", "؛", ".", ":")) and _TYPED_NUMBER().match(stripped):
        return False  # a list's next item typed with its number (`...;` / `4. innovation`)
    if previous.endswith((".", "!", "?", "؟")) and _BOLD_LINE().fullmatch(stripped):
        return False  # a heading in bold html2text set right under a paragraph
    # The cheap test first: most lines that do not continue had room for the next word.
    words = stripped[2:] if stripped[:2] == previous.lstrip()[:2] == "> " else stripped
    first_word, _, rest = words.partition(" ")
    if rest[:2] in ("- ", "+ ", "* "):
        # pandoc breaks no line before a dash that would open the next one as a list item:
        # `23:59 - 05/05/2019` moves down whole though `23:59` fits.
        first_word += " " + rest[0]
    elif first_word[:1].isdigit() and rest and _BARE_NUMBER().fullmatch(first_word):
        # A number and its unit an editor joined with a no-break space move down together.
        first_word += " " + rest.partition(" ")[0]
    # Tools disagree on zero-width characters: full by a count of characters is full.
    by_characters = measure is len or len(previous) + 1 + len(first_word) <= width
    if measure(previous) + 1 + measure(first_word) <= width and by_characters:
        return False
    if indent_of(previous) > margin + _RIGHT_ALIGNED_INDENT or ends_row(previous, stripped):
        return False
    if B.is_listing_heading(match_key(previous.strip())):
        return False  # a box's heading over its first item, in a narrow column
    if stripped.endswith(":") and ">" in previous and is_breadcrumb(match_key(previous.strip())):
        return False  # the kicker under the breadcrumb that ends in the title
    # (A quote's speaker after it: `“We Train Elites, Not Emigrants”` / `– Foundation Head`.)
    quoted = previous[-1:] in _CLOSING_QUOTES
    if _DASH_CLAUSE().match(stripped) and (
        quoted or (not stripped[2].isupper() and previous[-1:].isalnum())
    ):
        # A dash setting off a clause the tool wrapped before (`... readings` / `– with
        # partners in Tabriz`): no item opens in lower case (or, in Persian, which has no
        # case, at all) under a full line cut mid-sentence.
        return not split_bullet(previous.strip())[0]
    return not (rule_characters_only(stripped) or starts_anew(stripped))


_DASH_CLAUSE: Final = lazy_pattern(r"[–—] [^\W\d_]")
_CLOSING_QUOTES: Final = "”»"


# Words a sentence goes on after (`and`, `و`, `در`, `به`: Persian strands no preposition),
# after a sentence's words at least.
_DANGLING_FA: Final = frozenset("و یا در به از با که را برای".split())
_DANGLING: Final = _DANGLING_FA | {"and", "or", "the"}
_DANGLING_AFTER: Final = 8


def _flush(block: list[str]) -> Iterator[str]:
    if block:
        yield lines_joined(block)
        block.clear()
