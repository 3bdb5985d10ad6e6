"""How a tool wraps the news group's comma list: cut inside a name at the capture's edge,
a name's rest wrapped under the list, the list's end at the next label, and each name and
comma on a line of its own."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import bar_words as BW
from newsparse.grammar import labels as L
from newsparse.grammar.lines import lazy_pattern, match_key, split_bullet
from newsparse.readers.indents import indent_of, width_at
from newsparse.readers.row_ends import LINK_NUMBER
from newsparse.readers.widths import Measure

# What a list item opens with before its text, whichever tool marked it.
MARKERS: Final = " •*-+"
# A line opening with a short label of its own (`Share :`, `اشتراک‌گذاری :`), known or not:
# no category name holds a colon set apart so.
ANY_LABEL: Final = lazy_pattern(r"[^\s:：,،]+(?:[ \u200c][^\s:：,،]+){0,2} ?[:：] ")
# The most words of a category name's rest wrapped under the list, left of its item.
_NAME_REST_WORDS: Final = 3


def news_group_item(text: str) -> re.Match[str] | None:
    """The news group label a line opens with, after a list marker if it has one."""
    return L.news_group_label(match_key(text.lstrip(MARKERS)))


def cut_in_list(
    block: list[str],
    previous: str,
    line: str,
    widths: dict[int, int],
    width: int | None,
    measure: Measure,
) -> bool:
    """Whether a news group list was cut inside a word at the edge: the line above filled
    the width up to a letter, with no space to wrap at, and this one goes on in lower case
    (category names open with a capital)."""
    stripped = line.strip()
    if not (stripped[:1].islower() and previous[-1:].isalpha()):
        return False  # most lines, asked cheaply
    edge = width_at(widths, indent_of(previous), width)
    label = news_group_item(block[0])
    # The list's words on the line above, with no space to wrap at (`Technology ,Photonics`
    # had one: `and Quantum` below it was wrapped there, not cut).
    words = block[0].lstrip(MARKERS)[label.end() :] if label and len(block) == 1 else previous
    token = words.strip()
    # A token that would have fitted on a line of its own, the line hanging under the item's
    # text, was wrapped there whole (`Technology,Knowledge-based` / `companies`: a name with
    # a space in it); pandoc's grid cell chops at its wall (`Reso` / `urces`).
    hanging = indent_of(line) > indent_of(previous)
    fits = edge is not None and measure(token + stripped.split()[0]) <= edge - indent_of(line)
    # A cell's padded line shows its wall (pandoc's grid); a token set back left of the
    # list's text, the next line back at it, was too long for the indent, not cut there.
    if line.endswith(" "):
        edge = measure(line) - 1
    set_back = len(block) > 1 and hanging
    return (
        edge is not None
        and not set_back
        and measure(previous) >= edge - 1
        and label is not None
        and " " not in token
        and not (hanging and fits)
    )


def name_rest(block: list[str], previous_raw: str, line: str) -> bool:
    """Whether a line left of a news group item may be the rest of a name the edge cut: the
    list wrapped to this indent before, not after a comma, and the line is a word or three
    with no label or link bar (`Energy`, not `About us | Contact` or `Share:`)."""
    stripped = line.strip()
    return (
        len(block) > 1
        and indent_of(previous_raw) == indent_of(line)
        and not previous_raw.rstrip().endswith(",")
        and len(stripped.split()) <= _NAME_REST_WORDS
        and "|" not in stripped
        and not stripped.endswith((":", "："))
    )


def fits_above(block: list[str], stripped: str, measure: Measure, edge: int | None = None) -> bool:
    """Whether a line's first word would have fitted on the list's line above, within the
    list's widest line, or well within the capture's edge where the list is one line: the
    tool did not wrap the list there, so the line is a cell or box of its own (a row of
    tags under the list, with no heading)."""
    last = block[-1]
    # A name goes on after its `&`, and after its comma unless a one-line list ended short
    # of the edge (`گروه خبری : یادداشت,فرهنگ و جامعه,` over an AMP page's link).
    if last.endswith("&") or (last.endswith((",", "،")) and len(block) > 1):
        return False
    room = max(map(measure, block)) if len(block) > 1 else None
    if room is None and edge is not None:
        # Where a list item's marker or links' numbers stand, the width is the tools' guess
        # (elinks counts no numbers); a bare line wraps at the edge its paragraphs show.
        guessed = block[0][:1] in MARKERS or LINK_NUMBER().search(block[0])
        room = edge - (_EDGE_SLACK if guessed else _BARE_SLACK)
    word = stripped.split()[0]
    return room is not None and measure(last) + 1 + measure(word) <= room


def list_edge(
    block: list[str], above: str, margin: int, widths: dict[int, int], width: int | None
) -> int | None:
    """The edge a one-line news group list would have wrapped at: the capture's, where the
    list stands at the text's margin with names after its label (a list centred in a cell,
    or under a label of its own line, wraps at the cell's)."""
    label = news_group_item(block[0]) if len(block) == 1 else None
    if label is None or indent_of(above) > margin:
        return None
    listed = block[0].lstrip(MARKERS)[label.end() :].strip()
    return width_at(widths, indent_of(above), width) if listed else None


# A one-line list ended this far short of the edge, at least, before a word that would fit:
# the tools' widths are measured a few columns apart (lynx indents its list items).
_EDGE_SLACK: Final = 8
_BARE_SLACK: Final = 2


def category_list_ends(first: str, stripped: str) -> bool:
    """Whether a line after a news group list opens with a label of its own (`Share :`), or
    is a share bar (`اشتراک گذاری در تلگرام`), which no category name is, however full the
    line above."""
    if has_colon(stripped):
        ends = ANY_LABEL().match(stripped) is not None
    else:
        ends = BW.SHARE_BAR().fullmatch(match_key(stripped)) is not None
    return ends and news_group_item(first) is not None


def has_colon(text: str) -> bool:
    """Whether a text holds a colon, ASCII or full-width."""
    return ":" in text or "：" in text


def commas_joined(raw: list[str]) -> list[str]:
    """The lines with a comma alone on its line joined to the names either side of it: a
    tool that sets each inline element on a line of its own (BeautifulSoup's text) prints a
    comma list so (`NEWS` / `,` / `Slider`)."""
    if not any(line.strip() in _COMMAS for line in raw):
        return raw
    joined: list[str] = []
    glue = False
    for line in raw:
        if line.strip() in _COMMAS and joined and joined[-1].strip():
            joined[-1] = joined[-1].rstrip() + line.strip()
            glue = True
        elif glue and line.strip() and not _opens_item(line.strip()):
            joined[-1] = f"{joined[-1]}{line.strip()}"
            glue = False
        else:
            joined.append(line)
            glue = False
    return joined


_COMMAS: Final = (",", "،")


def _opens_item(stripped: str) -> bool:
    """Whether a line opens an item or a label of its own (`* News code : 74530`): the
    comma above it ended the list (`Resources ,`, the space-comma the page prints)."""
    bullet, rest = split_bullet(stripped)
    return bool(bullet) or L.opens_with_label(match_key(rest))


def tag_links(first: str, stripped: str) -> bool:
    """Whether a line holds numbered links where the news group list above it holds none:
    a row of tags under the list, not its wrapped end (under the label alone, the names)."""
    label = news_group_item(first)
    named = label is None or bool(first.lstrip(MARKERS)[label.end() :].strip())
    return named and LINK_NUMBER().search(stripped) is not None and not LINK_NUMBER().search(first)
