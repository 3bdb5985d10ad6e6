"""The paragraphs html2text runs together in a layout table's cells.

html2text prints a layout table's first row before the rule under it (`---|---`), and a
one-column table's rows after its rule (`---`), a cell's `<p>`s run into one paragraph with
nothing between them but a space, or none (`... for laser optics.The laboratory ...`). A
first cell above the row's first wall it may leave unwrapped, where the capture's other
paragraphs wrap: its long lines are that cell's runs. Or it wraps that cell, and its one
paragraph there is the run. Such runs are found here, so that the grammar can say the
body's paragraphs ran together.
"""

from __future__ import annotations

import re
from itertools import islice, pairwise
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.shapes import words_of
from newsparse.grammar.under_bullets import SENTENCE_ENDS
from newsparse.readers.markdown_tables import MD_TABLE_RULE, RULE_MARK

# A paragraph html2text printed in a layout table's row: this many wrapped lines at least.
_CELL_RUN_LINES: Final = 3
# The words of such a paragraph's opening the body's paragraphs are matched on.
_OPENING_WORDS: Final = 6
# The sentences after its first whose openings are matched too.
_NEXT_SENTENCES: Final = 3
_NOT_PROSE: Final = lazy_pattern(r"\s*(?:[*+-]\s|#|!?\[[^\]]*\]\([^)]*\)\s*$|\|\s*$)")


def cell_openings(raw: list[str]) -> tuple[str, ...]:
    """The openings of paragraphs html2text printed in a layout table's row: between the
    first row's first wall and the rule under it, or under a one-column table's rule from
    the next row's wall on (no rule follows it). There it runs a cell's paragraphs into one
    (`... for laser optics. The laboratory will ...`), and nothing shows where they part."""
    openings: list[str] = []
    last_rule, one_column = -1, False
    for at, line in enumerate(raw):
        if "---" not in line:
            continue
        if RULE_MARK in line.replace(" ", "") and MD_TABLE_RULE().fullmatch(line) is not None:
            start = _row_start(raw, at, line.strip().strip("|").count("|"))
            openings += _run_openings(raw[start:at]) if start is not None else []
            if start is not None and start == at - 1:
                openings += _head_run_opening(raw[start])
            if start is not None and last_rule < 0:
                openings += _unwrapped_openings(raw, start, _rows_under(raw, at))
            last_rule, one_column = at, False
        elif not line.strip().strip("-"):
            last_rule, one_column = at, True  # a one-column layout table's rule
    # (Under a one-column rule: a table of data's rows have a rule of their columns.)
    walled = (
        at
        for at in range(last_rule + 1, len(raw))
        if "|" in raw[at] and _LINK_TARGET().sub("", raw[at]).count("|") == 1
    )
    if one_column and (wall := next(walled, None)) is not None:
        openings += _run_openings(raw[wall:])
    elif one_column and last_rule + 1 < len(raw):
        # (Or the row right under the rule, the cell's text: nothing walls a lone cell.)
        below = raw[last_rule + 1 :]
        cell = below[: next((i for i, x in enumerate(below) if not x.strip()), None)]
        # (Its last line ends in a hard break, the cell's end, not a `<br>` in its text.)
        openings += _run_openings([*cell[:-1], cell[-1].rstrip()] if cell else [])
    return tuple(openings)


def _unwrapped_openings(raw: list[str], row_start: int, data: bool) -> list[str]:
    """The openings of the first table's first cell's runs of prose, above its first wall:
    html2text can leave that cell's text unwrapped, so there it stands as lines far longer
    than the capture's wrapped paragraphs, each a cell's paragraphs run together. Or it
    wraps it, and the one wrapped paragraph there of two sentences or more, no other one
    wrapped and kept apart, is the run (unless rows walled as the rule is follow it: a
    table of data, its head the first row)."""
    if not any(_WRAPPED_AT <= len(x) <= _WRAP_WIDTH and y[:1].isalpha() for x, y in pairwise(raw)):
        return []  # no paragraph the capture wrapped: it wraps none
    # (The first wall's line holds the cell's last text before it.)
    above = [*raw[:row_start], raw[row_start].partition(" | ")[0]]
    ends = (*SENTENCE_ENDS, ":")  # (a paragraph over a list)
    wrapped = [
        run for run in _prose_runs(above) if len(run) > 1 and run[-1].rstrip().endswith(ends)
    ]
    longs = [x for x in above if len(x) > _WRAP_WIDTH and "](" not in x]
    if len(wrapped) == 1 and not data and (openings := _run_openings(wrapped[0])):
        # The one paragraph above wrapped, of two sentences or more (a line it left whole
        # holds the first wall: it wraps no such line): html2text ran the cell's into one.
        return openings
    if wrapped:
        return []  # a paragraph above it wrapped and kept apart: the article's are not run on
    kept = sum(x.rstrip().endswith(SENTENCE_ENDS) for x in longs)
    if kept >= _KEPT_APART:
        return []
    return [
        " ".join(words_of(x)[:_OPENING_WORDS])
        for x in longs
        if _NOT_PROSE().match(x) is None and _SENTENCE_GAP().search(x)
    ]


def _run_openings(row: list[str]) -> list[str]:
    """The openings of a row's runs of prose of two sentences or more, unless the row keeps
    its paragraphs apart."""
    runs = _prose_runs(row)
    # (Paragraphs a blank line apart, or ended by a hard break, two spaces at a line's
    # end for a `<br>`: html2text kept that cell's paragraphs apart.)
    kept = sum(len(run) > 1 and run[-1].rstrip().endswith(SENTENCE_ENDS) for run in runs)
    openings: list[str] = []
    for run in runs if kept < _KEPT_APART else ():
        joined = " ".join(run)
        broken = any(text.endswith("  ") for text in run)
        if len(run) >= _CELL_RUN_LINES and not broken and _SENTENCE_GAP().search(joined):
            # (Not an image's alt text over it, a title's copy the body holds none of.)
            text = _LINK_TARGET().sub("", _MD_IMAGE().sub("", joined))
            openings.append(" ".join(words_of(text)[:_OPENING_WORDS]))
            # (And its next sentences': the grammar may take the run's first words off, a
            # byline or a writer's note html2text ran on before the text.)
            for gap in islice(_SENTENCE_GAP().finditer(text), _NEXT_SENTENCES):
                after = words_of(text[gap.start() + 1 :])[:_OPENING_WORDS]
                openings += [" ".join(after)] if len(after) == _OPENING_WORDS else []
    return openings


def _head_run_opening(row: str) -> list[str]:
    """The opening of the text before a table's head on its one line, with a picture, of
    two sentences or more, html2text left unwrapped (`![...](...) ... of the exports. |
    Sector| Products`, `... open to all. | ![...](...) | ![...](...)`): it ran the layout
    cell's picture, its paragraphs and the nested table's head together."""
    # (Or a cell after the first wall, a picture's credited caption before it: `... (Photo:
    # Farzaneh Karimi) | The drug was developed ... six years. Its makers say ...`.)
    first, wall, rest = _MD_IMAGE().sub("", row).partition(" | ")
    texts = [first] if "![" in row else []
    texts += [rest] if wall and _CREDIT_CLOSES().search(first) else []
    return [
        " ".join(words_of(_LINK_TARGET().sub("", text))[:_OPENING_WORDS])
        for text in map(str.strip, texts)
        if len(text) > _WRAP_WIDTH
        and not _NOT_PROSE().match(text)
        and " | " not in text
        and _SENTENCE_GAP().search(text)
    ]


_CREDIT_CLOSES: Final = lazy_pattern(
    r"\((?:photo|photographer|عکس|عکاس)\s*[:：][^()]{2,60}\)\s*$", re.IGNORECASE
)


def _rows_under(raw: list[str], rule_at: int) -> bool:
    """Whether rows walled as the rule is follow it: a table of data, its head above the
    rule (a layout table's one row stands above it, nothing walled below)."""
    below = next((raw[at] for at in range(rule_at + 1, len(raw)) if raw[at].strip()), "")
    return _LINK_TARGET().sub("", below).count("|") == raw[rule_at].count("|") > 0


def _prose_runs(lines: list[str]) -> list[list[str]]:
    """The runs of lines of prose, blank lines, list items and headings between them (a
    heading's lines html2text wrapped too: a title's copies are no paragraphs kept apart)."""
    runs: list[list[str]] = [[]]
    heading = ended = False  # (a heading's line that ends a sentence is its last)
    for text in lines:
        opens = text.lstrip().startswith("#")
        heading = bool(text.strip()) and (opens or (heading and not ended))
        ended = text.rstrip().endswith(SENTENCE_ENDS)
        if text.strip() and not heading and _NOT_PROSE().match(text) is None:
            runs[-1].append(text)
        elif runs[-1]:
            runs.append([])
    return [run for run in runs if run]


# html2text's width: the lines of a paragraph it wrapped are no longer.
_WRAP_WIDTH: Final = 80
_WRAPPED_AT: Final = 60
# Paragraphs a row shows apart at least where html2text kept its cells' paragraphs apart.
_KEPT_APART: Final = 3


_LINK_TARGET: Final = lazy_pattern(r"\]\([^)]*\)")
_MD_IMAGE: Final = lazy_pattern(r"!\[[^\][]*\]\([^()]*\)")
# Two sentences: a space after the first's end, or none before a capital or a Persian
# letter (html2text glues `</p><p>` together: `... optics.The laboratory`).
_SENTENCE_GAP: Final = lazy_pattern(r"[.!?؟][\"”»]?(?:\s+\S|[^\W\d_a-z])")


def _row_start(raw: list[str], rule_at: int, walls: int) -> int | None:
    """The line of a table's first row its walls begin on, walking up from the rule: where
    as many walls as the rule has stand below (links' brackets aside)."""
    seen = 0
    for at in range(rule_at - 1, -1, -1):
        line = raw[at]
        if MD_TABLE_RULE().fullmatch(line) is not None:
            return None
        seen += _LINK_TARGET().sub("", line).count("|")
        if seen >= walls:
            return at
    return None
