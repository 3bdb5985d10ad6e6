"""Justified text (`lynx -justify`) told and undone: the words one space apart again."""

from __future__ import annotations

from collections import Counter
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.readers.indents import indent_of
from newsparse.readers.widths import WRAP_MIN

# `lynx -justify` pads lines to the width with spaces between words: many lines end right
# at it with runs of spaces inside, which would read as cells set apart.
_JUSTIFIED_LINES: Final = 5
_JUSTIFIED_SHARE: Final = 0.5
_SPACES: Final = lazy_pattern(r" +")
# A gap between two columns, wider than a justified line's spaces run.
_GAP_MIN: Final = 4


def justified_width(raw: list[str]) -> int | None:
    """The width a capture's lines were justified to, if they were."""
    lengths = Counter(len(line.rstrip()) for line in raw if len(line.strip()) >= WRAP_MIN)
    if not lengths:
        return None
    width, count = lengths.most_common(1)[0]
    padded = sum(1 for line in raw if len(line.rstrip()) == width and _padded(line.strip()))
    return width if padded >= max(_JUSTIFIED_LINES, _JUSTIFIED_SHARE * count) else None


def _padded(stripped: str) -> bool:
    """A line whose words a tool spread evenly: its runs of spaces differ by one at most,
    and one is two spaces or more (cells set apart leave single spaces beside wide runs)."""
    if "  " not in stripped or "|" in stripped:
        return False
    runs = [len(run) for run in _SPACES().findall(stripped)]
    return max(runs) - min(runs) <= 1


def unjustified(raw: list[str], width: int) -> list[str]:
    """The lines justified to `width` with their words one space apart again."""
    return [_unjustified(line) if len(line.rstrip()) == width else line for line in raw]


def _unjustified(line: str) -> str:
    """A justified line with its words one space apart, but for a gap far wider than its
    others, as between two columns (elinks justifies a right column's line beside a left
    column's search box). The gap and the words left of it stay where they are, so the
    columns stay apart."""
    indent = indent_of(line)
    stripped = line[indent:].rstrip()
    runs = sorted(_SPACES().finditer(stripped), key=lambda run: len(run[0]))
    if len(runs) > 1 and not _padded(stripped):
        gap, other = runs[-1], len(runs[-2][0])
        if len(gap[0]) >= _GAP_MIN and len(gap[0]) > other + 1:
            at = indent + gap.end()
            return line[:at] + " ".join(line[at:].split())
    return line[:indent] + " ".join(stripped.split())
