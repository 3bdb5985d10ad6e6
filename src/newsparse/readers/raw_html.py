"""The raw HTML a markdown writer kept for what it cannot write (pandoc's gfm keeps a layout's
tables and blocks so, `markdown_strict` an icon's span): the text a reader sees of it."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.readers.markdown_tables import DATA_CELL_MAX

# Raw HTML a markdown writer kept inline or over several lines (pandoc's gfm: an image
# with its size, a span, a figure).
_INLINE_RAW_TAG: Final = lazy_pattern(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
_IMAGE_TAG: Final = lazy_pattern(r"<img\b[^<>]*>", re.IGNORECASE)
_ELEMENT: Final = lazy_pattern(r"<([a-zA-Z][\w-]*)\b[^<>]*>[^<]*</\1>")
# A row ends at its `</tr>`, and no later than the next row: the search stays linear.
_DATA_ROW: Final = lazy_pattern(r"<tr\b[^<>]*>(?:[^<]|<(?!/?tr\b))*</tr>")
_RAW_BLOCK_INSIDE: Final = lazy_pattern(r"<(?:p|div|table|ul|ol|li|h\d|blockquote)\b")
_RAW_BLOCK_START: Final = lazy_pattern(
    r"\s*</?(?:div|img|span|figure|figcaption|section|p|table|tbody|thead|tr|td|th)\b"
)


# Lines opening with a block's raw tag in a capture that is markdown for all that.
_RAW_BLOCK_LINES: Final = 3
_BLOCK_END: Final = lazy_pattern(
    r"</(?:p|h[1-6]|div|li|ul|ol|blockquote|figure|figcaption)>", re.IGNORECASE
)
# An element kept inline, as `markdown_strict` keeps an icon before an info item
# (`-   <span class="icon-calendar"></span>May 8 2018 - 07:16`).
_RAW_SPAN: Final = lazy_pattern(
    r"<(?:span|i|em|strong|font|img|br)\b[^<>]*>|</(?:span|i|font)>|<img\s"
)


def without_raw_tags(raw: list[str]) -> list[str]:
    """The lines without the raw HTML tags a markdown writer kept, where it kept whole
    blocks so (a tag opens a line): what is left is the text a reader sees."""
    if not any(
        (line[:1] == "<" and _RAW_BLOCK_START().match(line)) or _RAW_SPAN().search(line)
        for line in raw
    ):
        return raw
    # An image is a block of its own; its alt text is no text a reader sees (the HTML
    # reader drops it too), and a caption beside it is.
    joined = _IMAGE_TAG().sub("\n\n", "\n".join(raw))
    # The text of an element wrapped inside its tags was measured with them: it is one line.
    joined = _ELEMENT().sub(_unwrapped, joined)
    joined = _DATA_ROW().sub(_one_row, joined)
    # A block's end tag ends its paragraph, as a reader shows it (`...</p>` / `<p>...`).
    joined = _BLOCK_END().sub("\n\n", joined)
    return _INLINE_RAW_TAG().sub("", joined).split("\n")


def raw_blocks(raw: list[str]) -> bool:
    """Whether a capture kept blocks as raw HTML: several lines open with a block's tag."""
    opening = sum(line[:1] == "<" and _RAW_BLOCK_START().match(line) is not None for line in raw)
    return opening >= _RAW_BLOCK_LINES


def _one_row(found: re.Match[str]) -> str:
    """A table row of short cells on one line, as a reader reads it; a layout table's row
    (paragraphs, nested blocks) as it is."""
    row = found[0]
    cells = _INLINE_RAW_TAG().sub("\n", row).split("\n")
    if _RAW_BLOCK_INSIDE().search(row) or any(len(c.strip()) > DATA_CELL_MAX for c in cells):
        return row
    return " ".join(row.split("\n"))


def _unwrapped(found: re.Match[str]) -> str:
    inner = found[0]
    return inner if "\n\n" in inner else inner.replace("\n", " ")
