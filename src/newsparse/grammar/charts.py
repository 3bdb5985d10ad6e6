"""A chart's alt text as the text tools print it: its name, its labels and their figures
(`Bar chart. 2014: 5.1%; 2015: 5.4%`, `Pie chart: stayed in Iran 582, left 58`); no text of
the article, which sets the figures it means in its sentences or a table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsparse.grammar.lines import Line, cut, lazy_pattern

# A chart's alt text: what it is, then three labels or more with their figures (`Bar chart.
# 2014: 5.1%; 2015: 5.4%; 2016: 5.7%`), a name after what it is ending on a semicolon
# (`نمودار میله‌ای درآمد؛ ۱۴۰۰: ۵۲٫۷، ...`: a sentence's clause may end so, `...; Tehran: 30`).
# Named, its labels and figures may be set apart by commas (`Chart: exports in million
# dollars, 1397: 46, 1398: 63, 1399: 92`).
_CHART_DATA: Final = lazy_pattern(
    r"(?P<kind>(?:(?:bar|line|pie|column|area)\s+)?(?:chart|graph)|نمودار(?:\s+\S+)?)?\s*[.:：]?"
    r"(?:(?<=[:：])[^:;؛,،]{1,80}[,،]|(?(kind)[^:;؛,،]{1,80}[;؛]|(?!)))?"
    r"(?:\s*[^:;؛]{1,30}[:：]\s*[\d۰-۹][\d۰-۹.,٫٬%٪]*\s*[;؛]?){3,}\s*",
    re.IGNORECASE,
)
# Or its name, then its labels and figures set apart by commas (`Bar chart of exports in
# million dollars: 2017 38, 2018 51, 2019 64`, `نمودار صادرات: فروردین ۸۵، اردیبهشت ۹۷، ...`),
# the name after the chart's own colon too (`Chart: grants by field, 2024: Medicine 412, ...`),
# or no name, after a full stop (`Bar chart. Medicine 81%, Engineering 66%, ...`);
# a figure may hold a thousands' comma and name its unit (`2017 3,000`, `own savings 46 percent`).
_FIGURE: Final = r"[\d۰-۹]+(?:[.,٫٬][\d۰-۹]+)*\s?(?:[%٪]|percent|درصد)?"
# A label and its figure; in a named chart's list, its comma may be left out.
_ITEM: Final = rf"\s*[^,،;؛:：]{{1,30}}?\s{_FIGURE}\s*"
# Or its figure first, its value in words (`۱۳۹۷ دو میلیون دلار`); in a named chart's list,
# the first figure may name its unit (`فروردین ۲ قرارداد، اردیبهشت ۴، ...`).
_ITEMS: Final = (
    rf"(?:(?:{_ITEM}(?:[^\s,،;؛:：\d۰-۹]{{1,15}}\s*)?|\s*[\d۰-۹]{{2,4}}\s[^,،;؛:：\d۰-۹]{{1,30}}?)"
    r"[,،;؛]?)"
)
_CHART_LIST: Final = lazy_pattern(
    rf"(?:(?:(?:bar|line|pie|column|area)\s+)?(?:chart|graph)\b|نمودار)"
    rf"(?:(?:[:：]\s)?[^:：]{{0,80}}[:：]|\.)"
    rf"{_ITEMS}{{2,}}\s*",
    re.IGNORECASE,
)
# Or, unnamed, a heading of a few words and three labels or more with their figures, each
# set apart by its comma (`Number of biosimilars made in Iran: 2016 12, 2017 15, 2018 19`);
# the heading may name its year (`Grants by field, 2019: Engineering 420, ...`).
_FIGURES_LIST: Final = lazy_pattern(
    rf"[^:：\d۰-۹]{{3,60}}(?:[\d۰-۹]{{4}})?[:：](?:{_ITEM}[,،;؛]){{2,}}{_ITEM}"
)


def chart_alt(key: str) -> bool:
    """Whether a line is a chart's alt text: its labels and figures, as a tool prints it."""
    if len(key) > _CHART_MAX or key.endswith("."):
        return False
    if key.startswith("[") and key.endswith("]"):
        key = key[1:-1]  # pandoc's, as it sets an image's alt text
    numbered = _NUMBERED().match(key)
    if numbered and len(_SEPARATORS().findall(key)) < 2 and _WORD().search(key, numbered.end()):
        return False  # a figure's numbered caption (`Chart 1: Exports from 2019 to 2023`)
    opens = key[:5].casefold() in _CHART_OPENINGS or "chart" in key[:16].casefold()
    if (";" in key or opens) and _CHART_DATA().fullmatch(key):
        return True
    if opens and _CHART_LIST().fullmatch(key) is not None:
        return True
    key = _UNIT_AT_END().sub("", key)  # the last figure's unit (`39 million dollars`)
    figures_end = key[-1:].isdigit() or key.endswith(("%", "٪", "percent", "درصد"))
    # (A reference's volume and pages are no chart's labels: `Nature, 2019: vol 14, ...`.)
    cited = _CITED().search(key) is not None
    return figures_end and not cited and _FIGURES_LIST().fullmatch(key) is not None


_NUMBERED: Final = lazy_pattern(
    r"(?:figure|fig\.|chart|graph|شکل|نمودار)\s*[\d۰-۹]{1,2}\s*[:：.]", re.IGNORECASE
)
_SEPARATORS: Final = lazy_pattern(r"[,،;؛]")
_CITED: Final = lazy_pattern(r"\b(?:vol|volume|issue|no|pp?|pages?)\.?\s[\d۰-۹]", re.IGNORECASE)
_WORD: Final = lazy_pattern(r"[^\W\d_]{3,}")


_UNIT_AT_END: Final = lazy_pattern(
    r"(?<=[\d۰-۹])\s(?:(?:thousand|million|billion)\s)?(?:dollars|rials|tonnes|tons|units)$"
)


_CHART_OPENINGS: Final = frozenset(
    ("bar c", "line ", "pie c", "colum", "area ", "chart", "graph", "نمودا")
)
_CHART_MAX: Final = 400


# A figure's own caption a tool ran on after the chart's alt text (`... 2020 93 Figure 1:
# Nano exports from 2017 to 2020`): numbered, labelled, a line of its own; links and elinks
# may leave out the space (`... Humanities 170Figure 1: ...`).
_CAPTION_AFTER: Final = lazy_pattern(
    r"(?:\s|(?<=[\d۰-۹%٪]))(?=(?:figure|fig\.|chart|graph|شکل|نمودار)\s*[\d۰-۹]{1,2}\s*[:：.])",
    re.IGNORECASE,
)


# Or an unnumbered one, opening in capitals after the last figure (`... 2022 37 Knowledge-based
# firms working for the space programme, 2018 to 2022`).
_CAPITAL_AFTER_FIGURE: Final = lazy_pattern(r"(?:(?<=[\d%])|(?<=percent)) (?=[A-Z])")


def split_after_chart_alt(line: Line) -> Iterator[Line]:
    """A chart's alt text and the figure's caption a tool ran on after it, apart."""
    key = line.key
    if (":" not in key and "：" not in key) or len(key) > _CHART_MAX * 2:
        yield line
        return
    if key.startswith("[") and (end := key.find("] ")) > 0 and chart_alt(key[1:end]):
        yield from cut(line, end + 1)
        return
    found = _CAPTION_AFTER().search(key, 1)
    # (An infographic's alt text, kept where a tool prints it, ends where its caption opens;
    # the paragraph above may run into it, lynx's.)
    alt = key[: found.start()] if found is not None else ""
    named = found is not None and _named_caption(key, found.end())
    opening = _INFOGRAPHIC_AFTER().search(alt) if named and ("." in alt or "؟" in alt) else None
    if opening is not None and _infographic_alt(alt[opening.end() :]):
        before, rest = cut(line, opening.start())
        yield before
        yield from split_after_chart_alt(rest)
        return
    if found is not None and (chart_alt(alt) or (named and _infographic_alt(alt))):
        yield from cut(line, found.start())
        return
    for found in _CAPITAL_AFTER_FIGURE().finditer(key):
        if chart_alt(key[: found.start()]):
            yield from cut(line, found.start())
            return
    # Persian has no capitals: the longest run of labels and figures is the alt text.
    persian = list(_PERSIAN_AFTER_FIGURE().finditer(key))
    for found in reversed(persian if persian and not chart_alt(key) else []):
        if chart_alt(key[: found.start()]):
            yield from cut(line, found.start())
            return
    yield line


def _infographic_alt(text: str) -> bool:
    """An infographic's alt text: named so, then labels and their figures (three at least)."""
    return (
        _INFOGRAPHIC().match(text) is not None
        and (":" in text or "：" in text)
        and len(_FIGURES().findall(text)) >= _INFOGRAPHIC_FIGURES
    )


def _named_caption(key: str, at: int) -> bool:
    """Whether the numbered caption at `at` is named as a caption is, in capitals (`Chart 1:`,
    not a sentence's `chart 2: shows ...`) or in Persian."""
    return key[at : at + 1].isupper() or "\u0600" <= key[at : at + 1] <= "\u06ff"


_FIGURES: Final = lazy_pattern(r"[\d۰-۹]+")
_INFOGRAPHIC_FIGURES: Final = 3
_INFOGRAPHIC_WORD: Final = r"(?:infographics?|اینفوگرافی(?:ک)?)\b"
_INFOGRAPHIC: Final = lazy_pattern(rf"\s*{_INFOGRAPHIC_WORD}", re.IGNORECASE)
_INFOGRAPHIC_AFTER: Final = lazy_pattern(rf"(?<=[.!?؟»])\s+(?={_INFOGRAPHIC_WORD})", re.IGNORECASE)
_PERSIAN_AFTER_FIGURE: Final = lazy_pattern(
    r"(?:(?<=[\d۰-۹٪])|(?<=درصد)) (?!درصد)(?=[\u0621-\u064a\u067e-\u06cc])"
)
