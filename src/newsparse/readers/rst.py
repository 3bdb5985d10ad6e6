"""reStructuredText (`pandoc -t rst`) down to the lines a reader sees: directives and their
options go, a rubric's heading stays, links and image references read as their text."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# `.. container:: lead`, `.. figure:: /images/1.jpg`, `.. |logo| image:: /logo.png`.
_DIRECTIVE: Final = lazy_pattern(
    r"(?P<indent>\s*)\.\. (?:\|[^|]*\|\s+)?(?P<name>[\w-]+)::(?P<arg>.*)"
)
# Directives whose argument is text a reader sees: a heading pandoc could not write as one.
_TEXT_DIRECTIVES: Final = frozenset({"rubric", "title", "topic", "sidebar"})
# An option under a directive: `:name: top`, `:alt: ...`, `:width: 400px`.
_OPTION: Final = lazy_pattern(r"\s*:[\w-]+:(?:\s|$)")
# A link: `` `Home </>`__ ``, `` `Home`_ ``, its text over several lines.
_LINK: Final = lazy_pattern(r"`([^`<]*?)\s*(?:<[^>`]*>)?`__?", re.DOTALL)
# An image's substitution reference: `|leader|`, `|Park companies ... exports|`.
_SUBSTITUTION: Final = lazy_pattern(r"(?<![\w\\])\|(?=\S)([^|]*?)(?<=\S)\|(?![\w|])", re.DOTALL)
_STRONG: Final = lazy_pattern(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ESCAPE: Final = lazy_pattern(r"\\(.)")
# A list item's opening: `-  text`, `*  text`, `#. text`, `1. text`.
_ITEM: Final = lazy_pattern(r"\s*(?:[-*+•]|#\.|\d+[.)])\s+\S")
# Enough directives to tell reStructuredText from text quoting one.
_DIRECTIVES_SEEN: Final = 2


def looks_like_rst(raw: list[str]) -> bool:
    """Whether a capture is reStructuredText: it holds directives (`.. container::`)."""
    seen = 0
    for line in raw:
        if ".. " in line and "::" in line and _DIRECTIVE().fullmatch(line):
            seen += 1
            if seen >= _DIRECTIVES_SEEN:
                return True
    return False


def rst_cell(cell: list[str]) -> list[str]:
    """A grid table's cell read as reStructuredText where it holds a directive: pandoc
    writes a page laid out in a table as one, its directives in the cells."""
    if not any(".. " in line and _DIRECTIVE().fullmatch(line) for line in cell):
        return cell
    return rst_lines(cell)


def rst_lines(raw: list[str]) -> list[str]:
    """The lines without directives, their options, link targets and markup."""
    kept: list[str] = []
    skipping = False  # in a directive's head: its options, until a blank line
    heading: str | None = None  # the indentation of a rubric's wrapped heading
    for line in raw:
        if not line.strip():
            skipping, heading = False, None
            kept.append("")
            continue
        directive = _DIRECTIVE().fullmatch(line)
        if directive is not None:
            skipping = True
            text = directive["arg"].strip()
            if directive["name"] in _TEXT_DIRECTIVES and text:
                heading = directive["indent"]
                kept.extend(("", f"{heading}{text}"))
            else:
                kept.append("")
            continue
        if skipping:
            if heading is not None and not _OPTION().match(line):
                kept[-1] += f" {line.strip()}"
            else:
                heading = None
            continue
        kept.append(line)
    joined = _LINK().sub(r"\1", "\n".join(_paragraphs(kept, _wrap_width(raw))))
    joined = _SUBSTITUTION().sub(_substituted, joined)
    joined = _STRONG().sub(r"\1", joined)
    return _ESCAPE().sub(r"\1", joined).split("\n")


def _paragraphs(lines: list[str], width: int) -> list[str]:
    """Each paragraph and list item on one line: in reStructuredText, lines with no blank
    line between are one paragraph, and an item's lines stand indented under its text. A
    simple table's rows stay lines of their own, its borders go."""
    joined: list[str] = []
    start = ""  # the first line of the paragraph or item the last line belongs to
    lines = _simple_tables_apart(lines)
    last = ""  # the line before, as written
    for line in lines:
        stripped = line.strip()
        opens = not stripped or _ITEM().match(line) or _in_grid(stripped)
        opens = opens or _break_lost(last, stripped, width)
        deeper = len(line) - len(stripped) >= len(start) - len(start.lstrip())
        if joined and joined[-1].strip() and not opens and deeper and not _in_grid(start.strip()):
            joined[-1] += f" {stripped}"
            last = line
            continue
        joined.append(line)
        start = last = line
    return joined


def _wrap_width(raw: list[str]) -> int:
    """The width pandoc wrapped the text at: its longest line of text (a directive, its
    options and a link's target run past it, unbroken)."""
    return max(
        (
            len(line)
            for line in raw
            if "`" not in line and not _OPTION().match(line) and not _DIRECTIVE().fullmatch(line)
        ),
        default=0,
    )


def _break_lost(last: str, stripped: str, width: int) -> bool:
    """Whether a line opens a paragraph of its own though no blank line stands above it
    (pandoc writes a `<br>` between paragraphs as nothing): the line above ends a sentence
    short of the width its next word would have fitted in, or a line is a bold heading."""
    if not last.strip() or not stripped:
        return False
    if _STRONG_LINE().fullmatch(stripped) or _STRONG_LINE().fullmatch(last.strip()):
        return True
    first = stripped.split()[0]
    return last.rstrip().endswith(_SENTENCE_ENDS) and len(last) + 1 + len(first) <= width


_STRONG_LINE: Final = lazy_pattern(r"\*\*[^*]+\*\*")
_SENTENCE_ENDS: Final = (".", "!", "?", "؟", ":", '"', "”", "»")


def _simple_tables_apart(lines: list[str]) -> list[str]:
    """The lines with a simple table's borders (`====  ====`) blank, and a blank line after
    each of its rows: the rows stand right under a border, the table ends at a blank line."""
    apart: list[str] = []
    inside = False
    for line in lines:
        if _SIMPLE_BORDER().fullmatch(line):
            inside = True
            apart.append("")
        elif inside and line.strip():
            apart.extend((line, ""))
        else:
            inside = False
            apart.append(line)
    return apart


# A simple table's border: runs of `=` set apart by spaces.
_SIMPLE_BORDER: Final = lazy_pattern(r"\s*=+(?: +=+)+\s*")


def _in_grid(stripped: str) -> bool:
    """A grid table's border or row (`+----+`, `| cell |`)."""
    return stripped.startswith(("+-", "+=", "| "))


def _substituted(found: re.Match[str]) -> str:
    """An image reference reads as its text, a name of one word (`|image1|`) as nothing."""
    text = found[1]
    return text if " " in text.strip() or "\n" in text else ""
