"""Where a text tool's line ends a row of its own, whatever room the next word would find
on it: a toolbar, a date alone, the old portal's footer row ending in its count or its
capture date, a whole copyright line; and a row of cells wrapped between a label and its
value, which goes on."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsparse.grammar import chrome_words as C
from newsparse.grammar import labels as L
from newsparse.grammar.bar_words import one_button
from newsparse.grammar.dates import DATE, DATE_TIME
from newsparse.grammar.figures import figures_row
from newsparse.grammar.lines import PERSIAN_LETTER, lazy_pattern, match_key
from newsparse.grammar.player_words import player_line
from newsparse.grammar.rule_support import dated_end
from newsparse.grammar.rules_chrome import toolbar_row
from newsparse.grammar.rules_footer import copyright_line
from newsparse.grammar.shapes import kicker_ending

# lynx and elinks number each link, right before its text: `[12]Title`. A number set
# apart (`help.[1] He`, `[1] Figures from`) or before a sentence's mark (`period[1].`) is
# the page's own footnote mark: no link's text opens with one.
# A link's number a tool wrapped at a line's end stands between two words once the lines are
# joined (`the [19] Biotechnology`).
LINK_NUMBER: Final = lazy_pattern(r"\[\d+\](?=[^\s.,;:!?؛،)])|(?<=[^\W\d_] )\[\d+\] (?=[^\W\d_])")
# A rating widget's label, opening its row (`Rate this news: [ ] [ ] [ ]`, `امتیاز دهید:`).
_RATING: Final = lazy_pattern(
    r"(?:rate this|(?:your |average )?rating|(?:به این \S+ )?امتیاز)", re.I
)
# Cells a text browser set apart with spaces. Non-breaking spaces (pandoc keeps them) are
# the page's own and hold words together, so they are no sign of layout.
_LAID_OUT: Final = lazy_pattern(r"\S {3,}\S")
_CELL_GAP: Final = lazy_pattern(r" {3,}")
# A row ending in the toolbar holds another cell before the toolbar's two.
_TOOLBAR_CELLS: Final = 3
# The words a copyright line ends with: `All rights reserved`, `... می‌باشد`, `... است`.
_COPYRIGHT_ENDINGS: Final = ("reserved", "باشد", "است")
# The longest toolbar row (`[6][IMG][7]Print    [8][IMG][9]Send to Friend`).
_TOOLBAR_MAX: Final = 80
# A labelled count ending a line (`Show Count : 211`): the footer row it ends is complete.
_COUNT_AT_END: Final = lazy_pattern(rf"(?:{L.VIEWS}){L.COLON}\s*\d[\d,]*\s*$", re.IGNORECASE)
# A date with its time, and the view count a "Most visited" list puts after it.
_DATE_ALONE: Final = lazy_pattern(rf"(?:{DATE_TIME})(?:\s+\d[\d,]*)?", re.IGNORECASE)
# A headline and its date: words, then a date ending the line.
_DATED_ITEM: Final = lazy_pattern(rf"\w\s+(?:{DATE})\s*$", re.IGNORECASE)
_DATED_TAIL: Final = 40
# The old portal's capture date, a date and a dash alone on their line.
_DASHED_DATE: Final = lazy_pattern(rf"(?:{DATE})\s*[-–]", re.IGNORECASE)


# A study time ending a line: `... 1,086 Study time : 1 minute(s)`.
_STUDY_TIME_AT_END: Final = lazy_pattern(rf"{L.STUDY_TIME_VALUE}\s*$", re.IGNORECASE)


# A menu's links, each with its number: three at least, three words at most each.
_MENU_LINKS: Final = 3
_LINK_MENU: Final = lazy_pattern(r"(?:\[\d+\][^\[\]\s|©]+(?: [^\[\]\s|©]+){0,2}\s*[|·•-]?\s*){3,}")


def _dated_headline(line: str) -> bool:
    """A headline ending in its date and time (a ticker's item, a box's); a paragraph's line
    wrapped after a date has no time there."""
    key = match_key(line.strip())
    end = dated_end(key) if key[-1:].isdigit() else None
    return end is not None and end.start() > 0 and ":" in key[end.start() :]


def _link_menu(line: str) -> bool:
    return line.count("[") >= _MENU_LINKS and _LINK_MENU().fullmatch(line.strip()) is not None


def ends_row(previous: str, stripped: str) -> bool:
    """Whether the line above ends a row of its own, or the next line is one."""
    if _whole_copyright(previous) or _toolbar(previous.strip()) or _toolbar(stripped):
        return True
    if _RATING().match(stripped) and one_button(match_key(stripped)):
        return True  # a rating's stars and votes, under a caption filling the line
    if _ends_in_toolbar(previous.strip()) or (" | " in previous and _menu_row(previous, stripped)):
        return True
    if stripped[:1].isupper() and ":" in previous and player_line(previous):
        # A media player's clock, its label and buttons (`▶ Hear this story · 3:41`), over a
        # line opening as a heading does (its own words go on in lower case).
        return True
    if kicker_ending(stripped) and (
        ("[" not in stripped and _link_menu(previous)) or _dated_headline(previous)
    ):
        return True  # a menu of numbered links (elinks, lynx), or a dated headline, over the kicker
    if previous.lstrip().startswith(_AD_LABELS) and _AD_SLOT().match(previous):
        # An advertisement's label and its image's alt text: a slot of its own. A sentence
        # may open with the word (`Advertisement of the tender was published on`).
        return True
    if (
        previous[-1:].isdigit()
        and _COUNT_AT_END().search(previous)
        and not stripped.startswith(("/", "|"))
    ):
        return True  # the old portal's footer row ends with its count, whatever follows
    if _date_alone(previous) or (_date_alone(stripped) and not _opens_date(previous, stripped)):
        return True
    if ("minute" in previous or "دقیقه" in previous) and _STUDY_TIME_AT_END().search(previous):
        return True  # a row of the info block's cells ends with its study time
    if (figures_row(previous) or figures_row(stripped)) and previous[-1:] not in ",،":
        return True  # a table's row ends with its figures (`... Technology 34 212`), no comma
    # The old portal's capture date (`Wednesday, April 17, 2019-`) is a line.
    return (
        _dashed_date(stripped)
        or _dashed_date(previous.strip())
        or _scripts_apart(previous, stripped)
    )


def _scripts_apart(previous: str, stripped: str) -> bool:
    """Whether a copyright line in Latin letters only has a line in Persian letters only
    under it (`All rights reserved for National Foundation of Elites` over the foundation's
    address): the publisher's name goes on in its own letters."""
    return (
        _LATIN().search(stripped) is None
        and PERSIAN_LETTER.search(stripped) is not None
        and PERSIAN_LETTER.search(previous) is None
        and copyright_line(match_key(previous.strip())) is not None
    )


_LATIN: Final = lazy_pattern(r"[A-Za-z]")


# The label an advertisement slot prints before its image.
_AD_LABELS: Final = ("Advertisement", "تبلیغات", "آگهی")
# The label alone, or before its image's alt text (a name, a link's number): `آگهی` opens a
# tender's notice (`آگهی مناقصه ...`) as often as it labels a slot.
_AD_SLOT: Final = lazy_pattern(r"\s*(?:(?:Advertisement|آگهی)(?:\s*$|\s+[A-Z\[])|تبلیغات(?:\s|$))")


def _dashed_date(stripped: str) -> bool:
    return stripped[-1:] in ("-", "–") and _DASHED_DATE().fullmatch(match_key(stripped)) is not None


def _ends_in_toolbar(stripped: str) -> bool:
    """Whether a row of cells ends with the toolbar's (`Home Page > news   Print   Send to
    Friend`, html2text running a table row's cells onto one line)."""
    if not laid_out(stripped):
        return False
    cells = _CELL_GAP().split(stripped)
    return len(cells) >= _TOOLBAR_CELLS and _toolbar("    ".join(cells[-2:]))


def gaps_closed(stripped: str) -> str:
    """A line with each run of spaces between its cells made one (no-break spaces kept)."""
    return _CELL_GAP().sub(" ", stripped) if "   " in stripped else stripped


def laid_out(stripped: str) -> bool:
    """Whether a line holds cells set apart by runs of spaces."""
    return "   " in stripped and _LAID_OUT().search(stripped) is not None


# A table's head names at least this many columns.
_HEAD_CELLS: Final = 3
_WORD_START: Final = lazy_pattern(r"(?<!\S)\S")


def heads_table(line: str, below: str, *, announced: bool = False) -> bool:
    """Whether a line is the head of the table row below it: the row's cells, set apart by
    runs of spaces, each start where one of the line's words does (`Year Exports ($
    million) Companies` over `2020 74    6`). lynx prints a head as wide as its columns, one
    space apart, so it never looks laid out itself."""
    if announced and figures_row(below.strip()) and not figures_row(line.strip()):
        return True  # announced, over a row of figures one space apart (lynx's wide table)
    # (Under a line ending in `:`, two spaces set the row's cells apart: lynx's narrow table.)
    spaced = laid_out(below.strip()) or (announced and "  " in below.strip())
    if not spaced or laid_out(line.strip()):
        return False
    # A bar's walls standing as cells (the old portal's `10:42 - ...    /    Number : ...`)
    # part items of one line, not a table's columns.
    if any(cell in _WALLS for cell in _CELL_GAP().split(below.strip())):
        return False
    cells = [found.end() for found in _CELL_START().finditer(below)]
    words = {found.start() for found in _WORD_START().finditer(line)}
    # Under a line ending in `:` (`... the following figures:`), two cells make a row too.
    least = _HEAD_CELLS - 1 if announced else _HEAD_CELLS
    return len(cells) >= least and all(start in words for start in cells)


_CELL_START: Final = lazy_pattern(r"^ *(?=\S)| {2,}(?=\S)")
_WALLS: Final = frozenset({"/", "|", "-", "•", "·"})


@lru_cache(maxsize=4)  # each line is asked as the next one and again as the line above
def _menu_row(previous: str, stripped: str) -> bool:
    """Whether a line is a menu's row of links set apart by bars (`[2]Home | [3]About |
    [4]News`), and the next line the kicker under it (`Postdoctoral program;`), or a line
    opening in capitals (the kicker's first line, its ending on the next)."""
    kicker = stripped.endswith((";", ":", "؛")) or stripped[:1].isupper()
    # (Not a footer's row whose copyright the next line goes on with: `... | RSS Copyright ©`.)
    if not kicker or ":" in previous or "|" in stripped or "©" in previous:
        return False
    items = [item.split() for item in LINK_NUMBER().sub("", previous).split(" | ")]
    return len(items) >= _MENU_ITEMS and all(0 < len(words) <= _MENU_ITEM_WORDS for words in items)


_MENU_ITEMS: Final = 3
_MENU_ITEM_WORDS: Final = 3


def _toolbar(stripped: str) -> bool:
    """Whether a line is a toolbar (`[6][IMG][7]Print    [8][IMG][9]Send to Friend`), a row
    of its own, whatever room its last word or the next line's first word takes."""
    if len(stripped) > _TOOLBAR_MAX:
        return False
    # Most lines open with a word no chrome text holds: done before the regex.
    head = stripped.split(None, 1)[0].casefold()
    if head[:1] not in "[|/•·" and head not in C.CHROME_TOKENS:
        return False
    return toolbar_row(match_key(LINK_NUMBER().sub("", stripped)))


def label_wrapped_from_value(previous: str, stripped: str) -> bool:
    """Whether a row of cells was wrapped between a label and its number: the number and
    the cells after it were set apart by non-breaking spaces, and wrapped as one word
    (`15:17 - 14/05/2018    /    Number :` / `40123    /    Show Count : 65`)."""
    return match_key(stripped[:1]).isdigit() and laid_out(previous.strip()) and laid_out(stripped)


def _opens_date(previous: str, stripped: str) -> bool:
    """Whether a line ends with the opening of the date below it: a label's colon
    (`Today :`), or its weekday (`Today : Monday` / `Jul 12 2021`)."""
    return previous.endswith(":") or _date_alone(f"{previous.rsplit(None, 1)[-1]} {stripped}")


def headline_dated(item: str, stripped: str) -> bool:
    """Whether a list item ends with its headline's date and the line under it is text:
    a box's item is done at its date, and inscriptis sets the block after a list (the
    kicker) at the item's indent. Its time or count (`- 08:45 713`, `Visit count: 655`)
    still goes on."""
    return (
        item[-1:].isdigit()
        and not stripped[:1].isdigit()
        and not stripped.startswith(("-", "(", "[", "·"))
        and not L.opens_with_label(match_key(stripped))
        and _DATED_ITEM().search(item, max(0, len(item) - _DATED_TAIL)) is not None
    )


def _date_alone(line: str) -> bool:
    """Whether a line holds a date and nothing else (its time, a view count): in a list
    of headlines in a narrow column, a headline may end near the edge, and the date under
    it, near the edge too, is followed by the next headline."""
    stripped = line.strip()
    return stripped[-1:].isdigit() and _DATE_ALONE().fullmatch(match_key(stripped)) is not None


def _whole_copyright(line: str) -> bool:
    """A copyright line that is complete: whatever follows (a cookie notice) is not its end."""
    if not line.rstrip().rstrip(".").casefold().endswith(_COPYRIGHT_ENDINGS):
        return False  # most lines: the cheap test first
    key = match_key(line.strip()).rstrip(".")
    return key.casefold().endswith(_COPYRIGHT_ENDINGS) and copyright_line(key) is not None


_DATE_TIME_ANYWHERE: Final = lazy_pattern(DATE_TIME, re.IGNORECASE)


# A dash a tool wrapped to a line's start, kept as text (no list's marker): a printable
# character no news page writes, made a hyphen again once the lines are read.
KEPT_DASH: Final = "\ufe63"  # SMALL HYPHEN-MINUS
_DASHES: Final = ("-", "–", KEPT_DASH)


def date_wrapped_at_dash(above: str, stripped: str) -> bool:
    """Whether a date and its time stand either side of a break at the dash between them:
    `Nov 2 2023 -` / `09:15`, or the old portal's `... Tehran. 23:59 -` / `31/12/2019`,
    or `... ### 11:10` / `- 18/09/2019 / Number : ...` (html2text wraps before the dash)."""
    dash_below = stripped[:1] in _DASHES and stripped[1:2] == " " and stripped[2:3].isdigit()
    if not (
        (dash_below and above[-1:].isdigit()) or (above.endswith(" -") and stripped[:1].isdigit())
    ):
        return False
    cut = len(above)
    joined = f"{above} {stripped.replace(KEPT_DASH, '-', 1)}"
    return any(m.start() < cut < m.end() for m in _DATE_TIME_ANYWHERE().finditer(joined))
