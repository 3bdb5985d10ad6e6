"""A chart's alt text as the text tools print it: its name, its labels and their figures
(`Bar chart. 2014: 5.1%; 2015: 5.4%`, `Pie chart: stayed in Iran 582, left 58`); no text of
the article, which sets the figures it means in its sentences or a table."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsparse.grammar.lines import Line, cut, lazy_pattern

# A chart's alt text: what it is, then three labels or more with their figures (`Bar chart.
# 2014: 5.1%; 2015: 5.4%; 2016: 5.7%`).
_CHART_DATA: Final = lazy_pattern(
    r"(?:(?:(?:bar|line|pie|column|area)\s+)?(?:chart|graph)|نمودار(?:\s+\S+)?)?\s*[.:：]?"
    r"(?:\s*[^:;؛]{1,30}[:：]\s*[\d۰-۹][\d۰-۹.,٫٬%٪]*\s*[;؛]?){3,}\s*",
    re.IGNORECASE,
)
# Or its name, then its labels and figures set apart by commas (`Bar chart of exports in
# million dollars: 2017 38, 2018 51, 2019 64`, `نمودار صادرات: فروردین ۸۵، اردیبهشت ۹۷، ...`).
_CHART_LIST: Final = lazy_pattern(
    r"(?:(?:(?:bar|line|pie|column|area)\s+)?(?:chart|graph)\b|نمودار)[^:：]{0,80}[:：]"
    r"(?:\s*[^,،;؛:：]{1,30}?\s[\d۰-۹][\d۰-۹.٫٬%٪]*\s*[,،;؛]?){2,}\s*",
    re.IGNORECASE,
)


def chart_alt(key: str) -> bool:
    """Whether a line is a chart's alt text: its labels and figures, as a tool prints it."""
    if ";" in key and _CHART_DATA().fullmatch(key):
        return True
    opens = key[:5].casefold() in _CHART_OPENINGS or "chart" in key[:16].casefold()
    return opens and len(key) <= _CHART_MAX and _CHART_LIST().fullmatch(key) is not None


_CHART_OPENINGS: Final = frozenset(
    ("bar c", "line ", "pie c", "colum", "area ", "chart", "graph", "نمودا")
)
_CHART_MAX: Final = 400


# A figure's own caption a tool ran on after the chart's alt text (`... 2020 93 Figure 1:
# Nano exports from 2017 to 2020`): numbered, labelled, a line of its own.
_CAPTION_AFTER: Final = lazy_pattern(
    r"\s(?=(?:figure|fig\.|chart|graph|شکل|نمودار)\s*[\d۰-۹]{1,2}\s*[:：.])", re.IGNORECASE
)


def split_after_chart_alt(line: Line) -> Iterator[Line]:
    """A chart's alt text and the figure's caption a tool ran on after it, apart."""
    found = _CAPTION_AFTER().search(line.key, 1) if len(line.key) <= _CHART_MAX * 2 else None
    if found is None or not chart_alt(line.key[: found.start()]):
        yield line
        return
    yield from cut(line, found.start())
