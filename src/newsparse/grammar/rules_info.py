"""The rule for info lines: date, views, study time and news code, alone or several on a line."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.dates import DATE, SiteDate, match_date_time
from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.rule_support import count, date_or_warning, label_language
from newsparse.grammar.state import LABEL_LINE_MAX, Info, Kind, LineState

# The items an info line is made of; several may share one line.
_DATE_ITEM: Final = "date"
# The names of a study time's value, as `labels.STUDY_TIME_VALUE` gives them.
_STUDY_ITEMS: Final = frozenset(("minutes", "less"))
_INFO_ITEMS: Final = re.compile(
    "|".join(
        (
            L.STUDY_TIME_VALUE,
            rf"(?P<code>{L.NEWS_CODE})(?:{L.COLON}|\s+)(?P<code_n>\d+)",
            # The date's own label; the date after it is the next item.
            rf"(?P<published>{L.PUBLISHED}){L.COLON}",
            rf"(?P<portal>{L.OLD_PORTAL_NUMBER}){L.COLON}(?P<portal_n>\d+)",
            rf"(?P<views>{L.VIEWS}){L.COLON}(?P<views_n>{L.NUMBER})",
            # A count the page's script never filled in (`Show Count : ...`, `Visit count : --`).
            rf"(?P<pending>{L.VIEWS}){L.COLON}(?:\.{{2,}}|…|--?|—)(?!\S)",
            rf"(?P<views_suffixed>{L.NUMBER})\s*(?P<views_suffix>{L.VIEWS})",
            rf"(?P<bare>{L.NUMBER})(?![\d:/.])",
        )
    ),
    re.IGNORECASE,
)
# (An icon an AMP page sets before an item may be an emoji: `👁 431`, `🕒 Study time`.)
# (A star parts them too where it stands alone, as inscriptis prints a cell's bullet.)
_SEPARATORS: Final = re.compile(
    r"(?:[\s•·|/\-–\u2300-\u23ff\u2600-\u27bf\U0001F300-\U0001FAFF]|(?<!\S)\*(?!\S))*"
)
# An icon's name a tool printed before an info item (an SVG's <title>, html2text).
# w3m prints an image with no alt text as its file's name in brackets (`[calendar]`).
# Or an icon font's ligature, the glyph's name in lower case (Material Icons: `event Feb 3
# 2024 - 9:05`, `visibility 1,204`, `schedule Study time : ...`, `tag News code : ...`).
_ICON: Final = lazy_pattern(
    r"\[?(?:calendar|clock|eye|icon|event|today|calendar_today|date_range|schedule"
    r"|access_time|query_builder|watch_later|visibility|remove_red_eye|tag|label|folder"
    r"|local_offer)\]?\s+(?![:：])"
)
_ICON_OPENINGS: Final = frozenset("[ceitdsaqwvrlf")
# (pandoc sets it in brackets: `[date] Jul 2 2019 - 14:05 [views] 1,204`.)
_ICON_TITLE: Final = lazy_pattern(
    rf"\[?(?:(?:{L.PUBLISHED}|date)\]?\s+(?={DATE})|{L.VIEWS}\]?\s+(?=\d)"
    rf"|{L.STUDY_TIME}\]?\s+(?={L.STUDY_TIME}))",
    re.IGNORECASE,
)


def _info_items(key: str) -> list[tuple[str, re.Match[str]]] | None:
    """Split a line key into info items, or None if anything else is on it."""
    items: list[tuple[str, re.Match[str]]] = []
    pos = _SEPARATORS.match(key).end()  # type: ignore[union-attr]
    icon = _ICON().match(key, pos) if key[pos : pos + 1] in _ICON_OPENINGS else None
    # An icon's own title before the item, its label with no colon (`بازدید ۱,۲۰۴`,
    # `Study time Study time : 4 minute(s)`): html2text prints an SVG's `<title>`.
    icon = icon or _ICON_TITLE().match(key, pos)
    pos = icon.end() if icon is not None else pos
    while pos < len(key):
        # (Each item may have its icon's title: `date Jul 2 2019 - 14:05 views 1,204`.)
        opening = key[pos : pos + 1]
        titled = (
            _ICON_TITLE().match(key, pos)
            if items and (opening.isalpha() or opening == "[")
            else None
        )
        pos = titled.end() if titled is not None else pos
        dated = match_date_time(key, pos)
        if dated is not None and dated.end() > pos:
            items.append((_DATE_ITEM, dated))
            end = dated.end()
        else:
            found = _INFO_ITEMS.match(key, pos)
            if found is None or found.end() == pos:
                return None
            items.append((found.lastgroup or "", found))
            end = found.end()
        pos = _SEPARATORS.match(key, end).end()  # type: ignore[union-attr]
    return items


_PORTAL_ROW_THEN_BAR: Final = lazy_pattern(
    rf"(?P<row>.*\bShow\s*Count{L.COLON}{L.NUMBER})\s+\S[^|]*\|.*", re.IGNORECASE
)

# The row's date, then a label the capture was cut after (`/ Number :`, `/ Show Count`).
_PORTAL_ROW_CUT: Final = lazy_pattern(
    rf"(?P<row>\d.*?)\s*/\s*(?:(?:{L.OLD_PORTAL_NUMBER}|{L.VIEWS}|{L.NEWS_CODE})\s*[:：]?"
    # or cut inside a label's word (`/ Show Co`)
    r"|[^\d\s/:：][^\d/:：]{0,12})\s*",
    re.IGNORECASE,
)


def info_rule(state: LineState, index: int) -> Kind | None:
    """Date, views, study time and news code, alone or several on one line. What the line
    says is kept apart (`state.info`): the grammar takes it only from the article's block."""
    line = state.lines[index]
    if len(line.key) > LABEL_LINE_MAX or state.seen(Kind.COPYRIGHT):
        return None
    items = _info_items(line.key)
    cut_row = None
    if items is None and index == len(state.lines) - 1 and "/" in line.key:
        # The old portal's row a capture cut after a label (`16:40 - 31/07/2019 / Number :`):
        # its date still holds.
        cut_row = _PORTAL_ROW_CUT().fullmatch(line.key)
        items = _info_items(cut_row["row"]) if cut_row else None
    if not items and "Count" in line.key and (row := _PORTAL_ROW_THEN_BAR().match(line.key)):
        # The old portal's row with the next cell's links run on after it (a table row's
        # cells on one line): `... / Show Count : 143 خوراک اخبار | بازگشت به بالا`.
        items = _info_items(row["row"])
    if not items:
        return None
    names = {name for name, _ in items}
    # Under the comments, only a labelled line (bmn's `Publish date : ...` below them) or a
    # line with a news code (the old portal's row): a comment's date is bare, and no comment
    # has a code.
    coded = any(name != _DATE_ITEM and (found["code"] or found["portal"]) for name, found in items)
    bare = "bare" in names or not L.opens_with_label(line.key)
    if state.seen(Kind.COMMENT_COUNT) and not coded and bare:
        return None
    # (Figures alone, three or more: a table's row, `2019 1 2 1`, no count.)
    if names <= {"bare"} and (len(items) >= _ROW_FIGURES or not _views_position(state, index)):
        return None
    if "published" in names and _DATE_ITEM not in names:
        return None
    date: SiteDate | None = None
    views: int | None = None
    study: int | None = None
    code: int | None = None
    portal = labelled_views = False
    for name, found in items:
        if name == _DATE_ITEM:
            date = date or date_or_warning(state, found)
        elif found["published"]:
            label_language(state, found["published"])
        elif found["study"]:
            label_language(state, found["study"])
            study = 0 if found["less"] else count(state, "study time", found["minutes"])
        elif found["code"] or found["portal"]:
            label_language(state, found["code"] or found["portal"])
            state.fields.sister_labels += found["code"] is not None and _sister(found["code"])
            portal = portal or bool(found["portal"])
            code = code or count(state, "news code", found["code_n"] or found["portal_n"])
        elif found["pending"]:
            portal = portal or found["pending"] == "Show Count"
            state.fields.sister_labels += _sister(found["pending"])
        elif views is None:
            portal = portal or found["views"] == "Show Count"
            labelled_views = not found["bare"]
            state.fields.sister_labels += bool(found["views"]) and _sister(found["views"])
            digits = found["views_n"] or found["views_suffixed"] or found["bare"]
            views = count(state, "view count", digits)
    state.info[index] = Info(date, "published" in names, views, labelled_views, study, code)
    # The old portal's row however its labels read (`09:15 - 1398/06/12 / کد خبر : 31842 /
    # تعداد بازدید : 142`): its date first, its parts set apart by slashes.
    slashed = items[0][0] == _DATE_ITEM and " / " in line.key and None not in (code, views)
    return Kind.PORTAL_FOOTER if portal or slashed or cut_row else Kind.INFO


def _sister(label: str) -> bool:
    """Whether a label is one only the sister sites' layout uses."""
    return " ".join(label.casefold().split()) in L.SISTER_LABELS


_ROW_FIGURES: Final = 3


def _views_position(state: LineState, index: int) -> bool:
    """A bare number is the view count only among the other info lines: after one, or
    listed before one (the views before the date), before the date and one more, or right
    above a labelled study time."""
    previous = state.info.get(index - 1)
    if previous is not None and previous.views is None:
        return True
    following = state.lines[index + 1 : index + 3]
    if not following or not _info_items(following[0].key):
        return False
    # Unbulleted (a paste), it stands before the article's date and one more info line,
    # not under a dated headline (whose count it is).
    # A page that shows no date sets it right above its labelled study time.
    # (A labelled study time is the article's alone: nothing need follow it.)
    first = [kind for kind, _ in _info_items(following[0].key) or ()]
    return state.lines[index].bullet or (
        not (index and state.kinds[index - 1] in (Kind.LISTING_ITEM, Kind.INFO))
        and (
            not _STUDY_ITEMS.isdisjoint(first)
            or (_DATE_ITEM in first and len(following) == 2 and bool(_info_items(following[1].key)))
        )
    )
