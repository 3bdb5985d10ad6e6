"""Text captures (copy-paste, text browsers, markdown, pandoc, inscriptis) to normalized lines.

Everything that is particular to one saving tool is undone here: lynx and elinks link
numbers and reference lists, markdown markers, the tools' hard wraps. What is left is
the same stream of lines whichever tool saved the page.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby, pairwise
from typing import Final

from newsparse.grammar.lines import Line, lazy_pattern, make_line, split_bullet
from newsparse.readers import cut_words as CW
from newsparse.readers.asciidoc import asciidoc_lines, looks_like_asciidoc
from newsparse.readers.boxes import boxed_tables_read
from newsparse.readers.bullet_cells import bullet_cells_read
from newsparse.readers.cells import headings_apart, rows_read_by_cell
from newsparse.readers.centred import uncentred
from newsparse.readers.column_sides import fields_blanked
from newsparse.readers.column_widths import head_width, own_wrap, tail_width
from newsparse.readers.columns import Stretch, stretches
from newsparse.readers.data_tables import captions_over_tables
from newsparse.readers.debian_html2text import read_debian_html2text
from newsparse.readers.flat_rows import flat_rows_read
from newsparse.readers.footer_cells import copyright_cells_apart, label_cells_read
from newsparse.readers.grid_cells import (
    GRID_BORDER,
    grid_blocks,
    grid_cell_text,
    grid_line,
    unbroken_cell,
)
from newsparse.readers.indents import indent_of, left_margin, stretch_margin
from newsparse.readers.justified import justified_width, unjustified
from newsparse.readers.links import (
    drop_link_elements,
    inline_targets_dropped,
    numbered_links,
    references_start,
    without_trailing_urls,
)
from newsparse.readers.markdown import (
    figures_apart,
    is_fence,
    looks_like_markdown,
    marked_up,
    pandoc_marked,
    strong_unmarked,
    unmark,
    without_fences,
    without_link_definitions,
)
from newsparse.readers.markdown_tables import data_table_rows
from newsparse.readers.media_marks import marks_read, without_media_marks
from newsparse.readers.news_group_wraps import MARKERS, commas_joined, news_group_item
from newsparse.readers.notes import (
    STAR,
    dedented_note,
    keep_footnote_marks,
    margin_notes,
    marked_notes,
)
from newsparse.readers.ordered import ordered_items_marked, typed_items_apart
from newsparse.readers.raw_html import without_raw_tags
from newsparse.readers.region import article_region
from newsparse.readers.row_ends import KEPT_DASH, LINK_NUMBER
from newsparse.readers.rst import looks_like_rst, rst_cell, rst_lines
from newsparse.readers.table_captions import wrapped_captions_joined
from newsparse.readers.tabs import tab_cells
from newsparse.readers.terminal_columns import columns_of
from newsparse.readers.widths import (
    Measure,
    column_width,
    hard_wrapped,
    page_edge,
    tool_measure,
    wrap_width,
)
from newsparse.readers.wrappers import without_wrapping
from newsparse.readers.wraps import joined_blocks

# Columns inside a column: three columns need two cuts; the bound keeps the work linear.
_MAX_NESTING: Final = 3


def text_lines(text: str) -> list[Line]:
    """Normalized lines of a text capture."""
    raw = without_wrapping(text.splitlines())
    raw = flat_rows_read(commas_joined(read_debian_html2text(raw)))
    raw = captions_over_tables(tab_cells(inline_targets_dropped(drop_link_elements(raw))))
    raw = wrapped_captions_joined(raw)
    if looks_like_rst(raw):
        raw = rst_lines(raw)
    elif looks_like_asciidoc(text):
        raw = asciidoc_lines(raw)
    references = references_start(raw)
    raw = raw[:references] if references is not None else without_trailing_urls(raw)
    numbered = references is not None or numbered_links(raw)
    raw = label_cells_read(copyright_cells_apart(boxed_tables_read(fields_blanked(raw))))
    # Raw lines hold no line break: a substring of the joined text lies within one line.
    joined = "\n".join(raw)
    markdown = looks_like_markdown(raw, joined)
    hard_breaks, smart = markdown and marked_up(joined), markdown and pandoc_marked(joined)
    if markdown and raw != (bare := without_raw_tags(raw)):
        # A tag the writer wrapped (`<span` / `class="today">...`) goes before the region is cut.
        raw, joined = bare, "\n".join(bare)
    # Words cut at a line's edge are mended from the words of the whole page, chrome included.
    whole, raw = raw, article_region(raw, joined)
    if markdown:
        raw = data_table_rows(without_fences(without_link_definitions(raw)))
    raw = typed_items_apart(ordered_items_marked(rows_read_by_cell(raw), markdown))
    raw = margin_notes(marked_notes(dedented_note(_wrapped_dashes(raw))))
    lines: list[Line] = []
    starred: list[int] = []  # lines that were items marked `* `
    words: CW.Words | None = None
    justified = justified_width(raw)
    if justified is not None:
        raw = unjustified(raw, justified)
    if not markdown:
        raw = uncentred(raw)
    found = _blocks(raw, hard_breaks, justified, whole=whole)
    if markdown:
        found = (part for joined in found for part in figures_apart(joined))
    if numbered and references is None:
        # (With no list to tell them by, a number opening a link after a space goes before a
        # formula's subscripts are read: `OK [7]Privacy` is no `K₇`.)
        found = (_LINK_OPENS().sub("", block) for block in found)
    found = marks_read(found, raw)
    for block in found:
        if CW.CUT_MARK in block:
            words = words or CW.inner_words(whole)
            block = CW.cut_marks_read(block, words)
        if numbered:
            block = LINK_NUMBER().sub("", block)
        # Notes on a second and third writer open with their stars (`** Name is ...`): no
        # strong text and no list's item opens so.
        if stars := _NOTE_STARS().match(block):
            block = block[stars.end() + 1 :]
        if markdown:
            # A paragraph set in italics whole (`_* The figures are ..._`, pandoc's
            # `*\* ...*`) opens with a footnote's star, no list marker.
            noted = block.startswith(("_* ", "*\\* "))
            block = unmark(block, smart_dashes=smart)
            if noted and block.startswith("* "):
                block = f"{STAR}{block[1:]}"
        elif "**" in block or "__" in block:
            block = strong_unmarked(block)
        if stars:
            block = f"{STAR * len(stars[0])} {block}"
        kept = without_media_marks(block)
        if kept is None:
            continue
        block = kept
        listed = block.lstrip(MARKERS)
        label = news_group_item(block) if "," in block else None
        if label is not None and CW.may_be_cut(listed[label.end() :]):
            # lynx cuts a comma list with no space in it at the edge, inside a name.
            words = words or CW.inner_words(whole)
            block = CW.mended(block, words)
        line = make_line(block)
        if line is not None and (KEPT_DASH in line.text or STAR in line.text):
            line = Line(line.text.replace(KEPT_DASH, "-").replace(STAR, "*"), line.bullet)
        if line is not None:
            if line.bullet and block.lstrip().startswith("* "):
                starred.append(len(lines))
            lines.append(line)
    if starred:
        keep_footnote_marks(lines, starred)
    return lines


# Lines either side of a dash whose widest shows how wide the tool wrapped there; a
# list's next dash stands so many lines off at most (an item wrapped over two lines).
_NEAR: Final = 8
_ITEM_LINES: Final = 3
_NOTE_STARS: Final = lazy_pattern(r"\*{2,3}(?= \S)")
_LINK_OPENS: Final = lazy_pattern(r"(?<= )\[\d+\](?=[^\s.,;:!?؛،)])")


def _wrapped_dashes(raw: list[str]) -> list[str]:
    """The lines with a dash a tool wrapped to a line's start (`... years»` / `- Afshin`)
    kept as text, in a capture whose lists are never marked `- ` (items under one another,
    or pandoc's `-   `): right under a line of text, not a list's item, it goes on with it."""
    starts = [i for i, line in enumerate(raw) if line.lstrip().startswith("- ")]
    if not starts or any(b - a == 1 for a, b in pairwise(starts)):
        return raw
    if any(line.lstrip().startswith("-   ") for line in raw):
        return raw
    lines = list(raw)
    for i in starts:
        above = raw[i - 1].strip() if i else ""
        if above and not split_bullet(above)[0] and not _typed_item(raw, i, starts):
            lines[i] = raw[i].replace("- ", f"{KEPT_DASH} ", 1)
    return lines


def _typed_item(raw: list[str], at: int, starts: list[int]) -> bool:
    """Whether the dash opening line `at` was typed there, a list's marker: a list shows
    (a lead-in's colon above, or another dash a few lines off), and the dash and its first
    word would have fit on the line above, short of the widest line of its paragraph; a
    tool wrapping there would have set them on it (`... near Mashhad` / `- the leak ...`)."""
    above = raw[at - 1].rstrip()
    if not above.endswith(":") and not any(0 < abs(i - at) <= _ITEM_LINES for i in starts):
        return False  # (a quote's author under it: `«...»` / `- Francis Bacon`)
    first, last = at, at
    while first > 0 and at - first < _NEAR and raw[first - 1].strip():
        first -= 1
    while last + 1 < len(raw) and last - at < _NEAR and raw[last + 1].strip():
        last += 1
    # (Not an address or a word no tool can break, which runs past the width.)
    # (Zero-width characters, a ZWNJ, take no column.)
    lines = (line.rstrip() for line in raw[first : last + 1] if " " in line.strip())
    width = max(map(columns_of, lines), default=0)
    word = raw[at].split()[1] if len(raw[at].split()) > 1 else ""
    return columns_of(above) + len(word) + 3 <= width


def _blocks(
    raw: list[str],
    hard_breaks: bool = False,
    width: int | None = None,
    *,
    whole: list[str] | None = None,
) -> Iterator[str]:
    """Raw lines grouped into blocks: a wrapped paragraph's lines are joined again, and
    each cell of a grid table, and each of columns printed side by side, is read on its own."""
    outside = [line for line in raw if not grid_line(line)]
    no_grid = len(outside) == len(raw)
    measure, raw_width = tool_measure(raw)
    if width is None:
        width = raw_width if no_grid else wrap_width(outside, measure)
    margin = left_margin(raw)
    if no_grid:
        yield from _read(raw, width, margin, hard_breaks, measure)
        return
    inner: CW.Words | None = None
    for in_grid, group in groupby(raw, key=grid_line):
        run = list(group)
        if in_grid and GRID_BORDER().fullmatch(run[0].strip()):
            inner = inner or CW.inner_words(whole or raw)
            yield from CW.mended_blocks(_grid_blocks(run, inner), inner)
        else:
            yield from _read(run, width, margin, hard_breaks, measure)


def _read(
    raw: list[str],
    width: int | None,
    margin: int,
    hard_breaks: bool,
    measure: Measure,
    nesting: int = 0,
) -> Iterator[str]:
    """Lines joined into blocks, each of the columns a stretch is laid out in read on its
    own: a column's wraps are joined at the column's own width."""
    raw = bullet_cells_read(raw)
    found = list(stretches(raw)) if nesting < _MAX_NESTING else [Stretch(raw, [raw])]
    for number, stretch in enumerate(found):
        if len(stretch.columns) == 1:
            after = found[number + 1] if number + 1 < len(found) else None
            own = head_width(stretch.lines, after, width, measure)
            at, at_margin = own if own is not None else (width, margin)
            if own is None and found[1:]:
                # (Its own margin: the page's may be a column's, most lines laid out in it.)
                at_margin = stretch_margin(stretch.lines, margin)
            if at is not None and nesting == 0 and number == 0 and after is not None:
                # Measured on a page laid out in columns, the width may be a column's: a
                # line of the page's head above them running past it shows the page's.
                at = max(at, page_edge(stretch.lines, measure))
            lines = headings_apart(stretch.lines) if found[1:] else stretch.lines
            tail = tail_width(lines, found[number - 1], measure) if number and own is None else None
            if tail is not None:
                tail_at, tail_margin, cut = tail
                yield from joined_blocks(lines[:cut], tail_at, tail_margin, hard_breaks, measure)
                lines = lines[cut:]
            yield from joined_blocks(lines, at, at_margin, hard_breaks, measure)
            continue
        wrapped = width is not None or hard_wrapped(stretch.lines)
        for column in stretch.columns:
            own_width = column_width(column, measure) if wrapped else own_wrap(column, measure)
            own_margin = left_margin(column)
            # A row of cells wrapped within them stands alone in its column, not in the page.
            items = typed_items_apart(ordered_items_marked(column))
            cells = rows_read_by_cell(boxed_tables_read(items))
            yield from _read(cells, own_width, own_margin, hard_breaks, measure, nesting + 1)


def _grid_blocks(run: list[str], words: CW.Words) -> Iterator[str]:
    """A grid table row by row, and each row cell by cell, left to right."""
    start = indent_of(run[0])
    walls = [start + i for i, char in enumerate(run[0].strip()) if char == "+"]
    row: list[str] = []
    rows: list[list[list[str]]] = []
    for line in [*run[1:], run[0]]:
        if not GRID_BORDER().fullmatch(line.strip()):
            row.append(line)
            continue
        cells: list[list[str]] = []
        for number, (left, right) in enumerate(pairwise(walls)):
            # The cell's text starts one space in from its left wall and is wrapped one
            # space short of its right wall.
            cell = [grid_cell_text(text, number, walls) for text in row]
            # (A table's caption pandoc sets under it, inside the cell too.)
            cell = captions_over_tables(rst_cell(["" if is_fence(text) else text for text in cell]))
            width = right - left - 2
            cell = typed_items_apart(unbroken_cell(cell, width, words))
            lines = margin_notes(ordered_items_marked(cell))
            cells.append(list(_blocks(lines, width=width)))
        rows.append(cells)
        row.clear()
    yield from grid_blocks(rows)
