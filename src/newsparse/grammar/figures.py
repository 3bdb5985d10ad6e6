"""A row of a table of figures printed as a line: a few words naming the row, then two
figures or more (`Iranian Research Organization for Science and Technology 34 212`). No
sentence ends so, and a date's day and year (`Monday Oct 9 2023`) are no figures."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.dates import DATE_TIME
from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.shapes import SENTENCE_BREAK

# Each figure ends on a digit or `%` (`2017, 164` is a sentence's words).
_FIGURES_AT_END: Final = lazy_pattern(r"(?:\s(?:\d[\d,.٬٫]*\d|\d)[%٪]?){2,}$")
_DATE_AT_END: Final = lazy_pattern(rf"(?:{DATE_TIME})\s*$", re.IGNORECASE)
# A row's name is a few words; a sentence wrapped to end on two figures runs longer.
_ROW_WORDS: Final = 14


def figures_row(line: str) -> bool:
    """Whether a line is a row of a table of figures."""
    return (
        (line[-1:].isdigit() or line[-1:] in "%٪")
        and len(line.split()) <= _ROW_WORDS
        and _FIGURES_AT_END().search(line) is not None
        and _DATE_AT_END().search(line) is None
        and SENTENCE_BREAK.search(line) is None  # prose
    )
