"""Where an HTML paragraph stays on the line it stands in: opening a list item (the line of
the item's bullet), or in a data table's short cell (the row's line: office programs save
every cell's text as paragraphs, `<td><p>Amylase</p><p>used in baking</p></td>`, which a
browser shows side by side in the row); and the paragraphs a mobile page folds away under
its `Read more` button, hidden but the article's text all the same."""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from newsparse.grammar.copyright_rows import opens_as_copyright

_ITEM_PARAGRAPH: Final = re.compile(r"<li\b[^>]*>\s*<p[\s>]", re.IGNORECASE)
_CELL_PARAGRAPH: Final = re.compile(r"<t[dh]\b[^>]*>\s*<p[\s>]", re.IGNORECASE)
# A data cell holds a word or a short phrase to a paragraph; a layout table's cell holds
# the page's columns (the article, a box of links), never that little.
_CELL_CHARS: Final = 120
_CELL_TAGS: Final = frozenset({"td", "th"})
_SENTENCE_ENDS: Final = (".", "!", "?", "؟")


def item_paragraphs(html: str) -> bool:
    """Whether the markup opens a list item with a paragraph anywhere."""
    return _ITEM_PARAGRAPH.search(html) is not None


def cell_paragraphs(html: str) -> bool:
    """Whether the markup opens a table's cell with a paragraph anywhere."""
    return _CELL_PARAGRAPH.search(html) is not None


def opens_item(node: LexborNode) -> bool:
    """Whether a paragraph opens a list item, nothing but white space before it."""
    return _before(node) is None and node.parent is not None and node.parent.tag == "li"


def _before(node: LexborNode) -> LexborNode | None:
    """The node before a node, white space skipped."""
    before = node.prev
    while before is not None and before.tag == "-text" and not (before.text_content or "").strip():
        before = before.prev
    return before


def in_data_cell(node: LexborNode) -> bool:
    """Whether a paragraph stands in a short cell of a table holding no other table, with
    no link or list in it: one of the cell's lines, not a block of the page."""
    cell = node.parent
    if cell is None or cell.tag not in _CELL_TAGS:
        return False
    text = cell.text(deep=True) or ""
    if len(text.strip()) > _CELL_CHARS or cell.css_first("a, table, ul, ol, div") is not None:
        return False
    # A phrase names a row's thing or figure; sentences are a layout cell's text.
    lines = [(p.text() or "").strip() for p in cell.css("p")]
    if any(line.endswith(_SENTENCE_ENDS) for line in lines):
        return False
    if any(map(opens_as_copyright, lines)):
        return False  # the footer's copyright over its address: lines of their own
    table = cell.parent
    while table is not None and table.tag != "table":
        table = table.parent
    # (A node's own selector matches the node itself.)
    return table is not None and len(table.css("table")) == 1


# The article's own blocks a folded rest of its text follows.
_TEXT_BLOCKS: Final = frozenset(
    {"p", "table", "ul", "ol", "blockquote", "figure", "h2", "h3", "h4"}
)
_FOLDED_PARAGRAPHS: Final = 2
_PROSE_WORDS: Final = 8


def folded_text(node: LexborNode) -> bool:
    """Whether a hidden element is the rest of the article's text a `Read more` button
    unfolds: paragraphs of prose right after the text's own blocks (not a pop-up's, which
    stands apart from the text)."""
    before = _before(node)
    if before is None or before.tag not in _TEXT_BLOCKS:
        return False
    paragraphs = node.css("p")
    prose = [p for p in paragraphs if len((p.text() or "").split()) >= _PROSE_WORDS]
    return len(prose) >= _FOLDED_PARAGRAPHS
