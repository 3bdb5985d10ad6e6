"""AsciiDoc (`pandoc -t asciidoc`) down to the lines a reader sees: headings lose their `=`
marks, links and images read as their text, roles and delimiters of blocks go."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# What only AsciiDoc writes: a link or an image macro, a `==` heading, a role's mark.
_MARKS: Final = lazy_pattern(r"^(?:={2,6} \S|image::?\S|link:\S|\[\.[\w-]+\]#)|\blink:/", re.M)
_MARKS_SEEN: Final = 3
# A block's delimiter or attribute line, alone: no text of the page.
_DELIMITER: Final = lazy_pattern(
    r"\s*(?:_{4,}|={4,}|-{4,}|\.{4,}|\*{4,}|\+{4,}|'''|\+|[|!]===|[|!]"
    r"|\[\[[^\]]*\]\]|\[[.#%][^\]]*\])\s*"
)
_HEADING: Final = lazy_pattern(r"={1,6} (?=\S)")
_CELL: Final = lazy_pattern(r"\s*[a-z]?[|!](?!===)")
# `link:/News[NEWS]`, `https://t.me/...[text]`, `image::/a.jpg[alt]`, the text over lines.
_MACRO: Final = lazy_pattern(
    r"(?:link:|image::?|https?://|javascript:|mailto:)[^\s\[\]]*\[([^\]]*)\]", re.DOTALL
)
# An image's attributes after its alt text (`[Title,width=300]`).
_ATTRIBUTES: Final = lazy_pattern(r",\s*\w+=\S*$")
_ROLE: Final = lazy_pattern(r"\[[.#][\w-]+\]#([^#]{0,200})#")
_STRONG: Final = lazy_pattern(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")


def looks_like_asciidoc(joined: str) -> bool:
    """Whether a capture is AsciiDoc: it holds its link or image macros and headings."""
    if "link:" not in joined and "image:" not in joined:
        return False
    marks = _MARKS().finditer(joined)
    return sum(1 for _ in zip(range(_MARKS_SEEN), marks, strict=False)) >= _MARKS_SEEN


def asciidoc_lines(raw: list[str]) -> list[str]:
    """The lines without AsciiDoc's marks: each heading a block of its own."""
    kept: list[str] = []
    for line in raw:
        if _DELIMITER().fullmatch(line):
            kept.append("")
        elif heading := _HEADING().match(line):
            kept.extend(("", line[heading.end() :], ""))
        else:
            # A table's cell opens a block of its own (`|`, `a|`, a nested table's `!`);
            # a hard line break (` +`) or a cell's wall ends its line.
            cell = _CELL().match(line)
            if cell is not None:
                kept.append("")
                line = line[cell.end() :]
            broken = line.endswith((" +", " |"))
            kept.extend((line[:-2], "") if broken else (line,))
    joined = "\n".join(kept)
    # An image inside a link reads as its alt text, then the link as that.
    for _ in range(2):
        joined = _MACRO().sub(_macro_text, joined)
    joined = _STRONG().sub(r"\1", _ROLE().sub(r"\1", joined))
    return joined.split("\n")


def _macro_text(found: re.Match[str]) -> str:
    """A link's text; an image's alt text, a name of one word (`[image]`, `[logo]`) none."""
    text = found[1]
    if not found[0].startswith("image:"):
        return text
    text = _ATTRIBUTES().sub("", text)
    return text if " " in text.strip() else ""
