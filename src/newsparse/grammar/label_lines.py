"""Labelled lines the saving tools broke apart or ran together, put back as the page shows them.

A `<dt>`/`<dd>` pair leaves a label alone on its line with its value on the next one;
inscriptis runs the news code on into the news group line; a capture whose tool did not
wrap to one width leaves a wrapped copyright line in two. The rules then read one
labelled line each, whichever way the capture came. Bars of buttons run into text are
split in `bar_lines`, in the order `_SPLITS` gives.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Final

from newsparse.grammar import bar_words as BW
from newsparse.grammar import box_words as B
from newsparse.grammar import chrome_words as C
from newsparse.grammar import labels as L
from newsparse.grammar.bar_lines import (
    split_after_button,
    split_after_news_code,
    split_after_share_bar,
    split_after_toolbar,
)
from newsparse.grammar.charts import split_after_chart_alt
from newsparse.grammar.copyright_rows import (
    copyright_goes_on,
    name_wrapped,
    opens_as_copyright,
    split_before_copyright,
)
from newsparse.grammar.dates import DATE, date_shaped
from newsparse.grammar.footer_lines import (
    COMMENT_COUNT,
    split_after_comment_count,
    split_after_portal_row,
    split_before_portal_footer,
    split_labelled_runs,
)
from newsparse.grammar.inline_chrome import split_before_credited_caption
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.notice_lines import split_after_notice, split_before_closed_comments
from newsparse.grammar.player_words import split_after_player
from newsparse.grammar.rule_support import dated_end
from newsparse.grammar.rules_breadcrumb import kickers_after_title, split_before_breadcrumb
from newsparse.grammar.rules_chrome import menu_run_together
from newsparse.grammar.rules_footer import copyright_line

_COLONS: Final = (":", "：")
# A label and its colon with nothing after them.
# (The old portal's row a narrow cell wrapped leaves its bar before it: `/    Number :`.)
_BARE_LABEL: Final = lazy_pattern(
    rf"\s*(?:/\s*)?(?:{'|'.join((*L.LABELS_BEFORE_A_COLON, L.OLD_PORTAL_NUMBER))}){L.COLON}",
    re.IGNORECASE,
)
# The old portal's row ending with its number's label (`15:17 - 21/07/2019 / Number :`).
_ROW_LABEL_END: Final = lazy_pattern(rf".*\s/\s*(?:{L.OLD_PORTAL_NUMBER}){L.COLON}", re.IGNORECASE)
# A label further on in a news group line: the category list ends before it.
_LABEL_INSIDE: Final = lazy_pattern(
    rf"(?<=[\s,])(?:{'|'.join([*L.LABELS_BEFORE_A_COLON, *map(re.escape, C.TAG_HEADINGS)])})"
    rf"{L.COLON}",
    re.IGNORECASE,
)


def label_lines(lines: Sequence[Line]) -> list[Line]:
    """The lines with each label and its value on one line, and one label to a line."""
    found: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and (
            _value_on_next_line(line, following) or copyright_goes_on(line, following)
        ):
            line = Line(f"{line.text} {following.text}", line.bullet)
            index += 1
        below = lines[index + 1 : index + _COPY_REACH]
        parts = kickers_after_title(list(_split_dated_copy(line, below)), below)
        for split in _SPLITS:
            parts = [piece for part in parts for piece in split(part)]
        after = lines[index + 1] if index + 1 < len(lines) else None
        if parts and after is not None and name_wrapped(parts[-1], after):
            parts[-1] = Line(f"{parts[-1].text} {after.text}", parts[-1].bullet)
            index += 1
        found.extend(parts)
        index += 1
    return found


def _value_on_next_line(line: Line, following: Line) -> bool:
    """A label alone on its line (`News code :`), a copyright line wrapped before its end, or
    the comment count a narrow cell wrapped (`There are 0` / `comment(s) for this article`)."""
    key = line.key
    if key.lstrip()[:1] in "Tt" and COMMENT_COUNT().match(key) is None:
        return COMMENT_COUNT().match(f"{key} {following.key}") is not None
    if key.endswith(_COLONS):
        # Or the old portal's row a narrow cell wrapped after its label (`... / Number :`).
        bare = _BARE_LABEL().fullmatch(key) is not None or (
            following.key.lstrip()[:1].isdigit() and _ROW_LABEL_END().fullmatch(key) is not None
        )
        return bare and not L.opens_with_label(following.key)
    if not opens_as_copyright(key):
        return False
    return copyright_line(key) is None and copyright_line(f"{key} {following.key}") is not None


# The title's copy stands at most this many lines below the line it was run into.
_COPY_REACH: Final = 7


def _split_dated_copy(line: Line, below: Sequence[Line]) -> tuple[Line, ...]:
    """A title copy and the article's date that a tool ran onto one line (w3m sets table
    rows side by side): the copy stands again below, whole, so the line is two."""
    if not line.text[-1:].isdigit() or line.bullet:
        return (line,)
    found = dated_end(line.key)
    if found is None:
        return (line,)
    text = line.text[: found.start()].strip()
    if not any(copy.text == text for copy in below):
        return (line,)
    return Line(text), Line(line.text[found.start() :].strip())


def _split_after_news_group(line: Line) -> Iterator[Line]:
    """A news group line, and the labelled line or the bar a tool ran on into it, apart."""
    label = L.news_group_label(line.key) if "," in line.key else None
    inside = _LABEL_INSIDE().search(line.key, label.end()) if label else None
    start = inside.start() if inside is not None else None
    if label is not None and start is None:
        # A bar of buttons the tool ran on after the last name (`سلامت تلگرام توییتر`).
        start = BW.bar_at_end(line.key, label.end())
    if start is None:
        yield line
        return
    yield Line(_without_buttons(line.text[:start], label), line.bullet)
    yield Line(line.text[start:].strip())


def _without_buttons(head: str, label: re.Match[str] | None) -> str:
    """The list less the buttons and bar label it ran on into before a bar (`... اسلایدر
    چاپ خبر اشتراک گذاری :`), each a chrome text, the list's names left whole."""
    words = head.split()
    end = len(words)
    while end and (n := next((n for n in (3, 2, 1) if _chrome(words[end - n : end])), 0)):
        end -= n
    kept = " ".join(words[:end])
    return kept if label is not None and len(kept) > label.end() else head.rstrip()


def _chrome(words: list[str]) -> bool:
    text = " ".join(words).rstrip(" :").casefold()
    return bool(words) and (not text or text in C.CHROME_WORDS)


# The words every banner name holds: most lines hold none, and need no search.
_BANNER_WORDS: Final = ("presidency", "foundation", "معاونت", "بنیاد")


def _names_site(key: str) -> bool:
    folded = key.casefold()
    return any(word in folded for word in _BANNER_WORDS)


_TODAY_LABEL: Final = rf"\s*(?:{L.TODAY}){L.COLON}"
_TODAY_START: Final = lazy_pattern(_TODAY_LABEL, re.IGNORECASE)
_TODAY_DATE: Final = lazy_pattern(rf"{_TODAY_LABEL}{DATE}(?=\s)", re.IGNORECASE)


def _split_after_banner(line: Line) -> Iterator[Line]:
    """The capture date and the top bar a tool ran on after it; the site's name on its
    banner and the capture date beside it in the header's row (`Vice-Presidency for Science
    and Technology Today : Saturday Jan 20 2024`, and bmn's date before its name): apart."""
    key = line.key
    today = _TODAY_DATE().match(key) if "oday" in key[:12] or "امروز" in key[:12] else None
    if today is not None and key[today.end() :].strip():
        # The capture date, and the top bar's links and login form a tool ran on after it.
        yield Line(line.text[: today.end()].strip(), line.bullet)
        yield Line(line.text[today.end() :].strip())
        return
    banner = L.BANNER_NAME().match(key) if key.lstrip()[:1].isalpha() else None
    if banner is not None and _TODAY_START().match(key, banner.end()) is not None:
        yield Line(line.text[: banner.end()].strip(), line.bullet)
        yield Line(line.text[banner.end() :].strip())
        return
    # bmn's header row: the capture date, then the banner (`Wednesday 11 December 2019
    # National Foundation of Elites`).
    named = key[-1:].isalpha() and key[:1].isalnum() and _names_site(key)
    after = L.BANNER_NAME().search(key) if named else None
    if after is not None and after.end() == len(key.rstrip()) and date_shaped(key[: after.start()]):
        yield Line(line.text[: after.start()].strip(), line.bullet)
        yield Line(line.text[after.start() :].strip())
        return
    yield line


def _split_around_capture_date(line: Line) -> Iterator[Line]:
    """The capture date of a header's row (`شنبه 25 شهریور 1402-`, a weekday, a date, a dash
    right after it), apart from the menu before it and the notice after it that a tool ran
    onto its line."""
    key = line.key
    found = _DASH_AFTER_YEAR().search(key)
    dated = _DASHED_DATE().search(key) if found is not None else None
    if dated is None and key[-1:].isdigit():
        # bmn's date, with no dash, after a skip link (`Skip to main content Wednesday 11
        # December 2019`).
        dated = _DATE_AT_END().search(key)
        dated = dated if dated is not None and BW.is_box_line(key[: dated.start()]) else None
    if dated is None and key[:1].isalpha():
        # bmn's date before its menu, one table row (`Monday 2 April 2018 Home | ... | Contact`).
        dated = _DATE_AT_START().match(key)
        dated = dated if dated is not None and menu_run_together(key[dated.end() :]) else None
    if dated is None or dated["weekday"] is None or not (dated.start() or key[dated.end() :]):
        yield line
        return
    start, end = dated.start("date"), dated.end()
    before = line.text[:start].strip()
    if before:
        yield Line(before, line.bullet)
    yield Line(line.text[start:end].strip(), line.bullet and not before)
    if line.text[end:].strip():
        yield Line(line.text[end:].strip())


# A year and the dash right after it (most lines hold none, and need no date search); a
# date whose dash follows it so, a word or the line's end after.
_DASH_AFTER_YEAR: Final = lazy_pattern(r"\d{4}[-–](?:\s|$)")
_DASHED_DATE: Final = lazy_pattern(rf"(?:^|(?<=\s))(?P<date>{DATE})[-–](?=\s|$)", re.IGNORECASE)
_DATE_AT_END: Final = lazy_pattern(rf"(?<=\s)(?P<date>{DATE})$", re.IGNORECASE)
_DATE_AT_START: Final = lazy_pattern(rf"(?P<date>{DATE})(?=\s)", re.IGNORECASE)


def _split_before_photo_item(line: Line) -> Iterator[Line]:
    """A photo report's item in a table's last cell, the cells html2text printed before it
    on its row (the title beside the box), and the box's heading run on before the item
    (`گزارش تصویری <headline> 1397/10/18 - تعداد تصاویر : 24`), apart."""
    head, bar, last = line.key.rpartition(" | ")
    if not (bar and head.strip() and B.photos_end(last)):
        yield line
        return
    yield Line(line.text[: len(head)].strip(), line.bullet)
    cell = line.text[len(head) + len(bar) :].strip()
    words = cell.split()
    for count in range(_BOX_HEADING_WORDS, 0, -1):
        heading = " ".join(words[:count])
        if len(words) > count + 1 and B.is_listing_heading(heading, B.BOX_HEADINGS_OVER_ITEMS):
            yield Line(heading)
            yield Line(" ".join(words[count:]))
            return
    yield Line(cell)


# A box's heading is a few words.
_BOX_HEADING_WORDS: Final = 3


# What a tool ran into one line, split apart in this order (a line a split yields may hold
# what the next one splits off).
_SPLITS: Final[tuple[Callable[[Line], Iterable[Line]], ...]] = (
    split_labelled_runs,
    _split_around_capture_date,
    _split_after_news_group,
    split_after_notice,
    split_before_closed_comments,
    split_before_portal_footer,
    split_before_breadcrumb,
    split_after_share_bar,
    split_after_toolbar,
    split_after_player,
    split_after_portal_row,
    split_after_button,
    split_after_news_code,
    split_after_comment_count,
    split_before_copyright,
    _split_after_banner,
    _split_before_photo_item,
    split_before_credited_caption,
    split_after_chart_alt,
)
