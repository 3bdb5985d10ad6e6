"""Text captures (copy-paste, text browsers, markdown, pandoc, inscriptis) to normalized lines.

Everything that is particular to one saving tool is undone here: lynx and elinks link
numbers and reference lists, markdown markers, the tools' hard wraps. What is left is
the same stream of lines whichever tool saved the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from typing import Final

from newsparse.lines import Line, make_line, split_bullet

# Text tools wrap at 72-80 columns; copy-paste and inscriptis never wrap. A capture with
# more than a few lines longer than this was not hard-wrapped.
_WRAP_MAX: Final = 120
_WRAP_MIN: Final = 40

_REFERENCE_HEADING: Final = re.compile(r"^\s*(?:References|Visible links:?|Hidden links:?)\s*$")
_REFERENCE_ITEM: Final = re.compile(r"^\s*\d+\.\s+\S+\s*$")
_LINK_NUMBER: Final = re.compile(r"\[\d+\]")

_HYPHEN_BREAK: Final = re.compile(r"\w-$")
_MD_HEADING: Final = re.compile(r"^\s*#{1,6}\s+|\s+#+\s*$")
_MD_QUOTE: Final = re.compile(r"^\s*(?:>\s?)+")
_MD_RULE: Final = re.compile(r"^\s*(?:[-*_=]\s*){3,}$")
_MD_IMAGE: Final = re.compile(r"!\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_LINK: Final = re.compile(r"\[([^\]]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")
_MD_LINK_START: Final = re.compile(r"\]\(")
_MD_STRONG: Final = re.compile(r"\*\*|__")
_MD_EMPHASIS: Final = re.compile(r"(?<![\w*])[_*](?=\S)([^_*\n]+?)(?<=\S)[_*](?![\w*])")
_MD_ESCAPE: Final = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~\"'])")


def text_lines(text: str) -> list[Line]:
    """Normalized lines of a text capture."""
    raw = text.splitlines()
    references = _references_start(raw)
    if references is not None:
        raw = raw[:references]
    markdown = _looks_like_markdown(raw)
    lines: list[Line] = []
    for block in _blocks(raw):
        if references is not None:
            block = _LINK_NUMBER.sub("", block)
        if markdown:
            block = _unmark(block)
        block = _unbracket(block)
        line = make_line(block)
        if line is not None:
            lines.append(line)
    return lines


def _references_start(raw: list[str]) -> int | None:
    """Where the numbered link list lynx and elinks append begins, if there is one."""
    for index, line in enumerate(raw):
        if _REFERENCE_HEADING.match(line) and _followed_by_references(raw, index + 1):
            return index
    return None


def _unbracket(block: str) -> str:
    """A whole line in brackets is an image: pandoc shows its alt text or caption so, and
    w3m a file name when the alt text is empty (a single word, dropped)."""
    stripped = block.strip()
    if not (stripped.startswith("[") and stripped.endswith("]")) or "[" in stripped[1:-1]:
        return block
    inner = stripped[1:-1].strip()
    return inner if " " in inner else ""


def _followed_by_references(raw: list[str], start: int) -> bool:
    for line in raw[start:]:
        if line.strip() and not _REFERENCE_HEADING.match(line):
            return _REFERENCE_ITEM.match(line) is not None
    return False


def _looks_like_markdown(raw: list[str]) -> bool:
    """html2text output: links written `[text](url)`, or `#` headings."""
    return any(_MD_LINK_START.search(line) or line.startswith("# ") for line in raw)


def _unmark(block: str) -> str:
    """Markdown inline and block markers down to the plain text a reader sees."""
    if _MD_RULE.match(block):
        return ""
    block = _MD_QUOTE.sub("", _MD_HEADING.sub("", block))
    block = _MD_LINK.sub(r"\1", _MD_IMAGE.sub(r"\1", block))
    block = _MD_STRONG.sub("", block)
    block = _MD_EMPHASIS.sub(r"\1", block)
    return _MD_ESCAPE.sub(r"\1", block)


def _wrap_width(raw: list[str]) -> int | None:
    """The column a tool hard-wrapped the capture at, or None if it was not wrapped.

    Only lines followed by a line at the same indentation are measured: headings the
    tools leave unwrapped stand alone, and centered ones change indentation.
    """
    lengths = [len(line.rstrip()) for line in raw if " " in line.strip()]
    too_long = sum(1 for length in lengths if length > _WRAP_MAX)
    if not lengths or too_long > max(1, len(lengths) // 50):
        return None
    measured = [
        len(line.rstrip())
        for line, following in pairwise(raw)
        if line.strip() and following.strip() and _indent(line) == _indent(following)
    ]
    width = max((length for length in measured if length <= _WRAP_MAX), default=0)
    near = sum(1 for length in measured if width - 15 <= length <= width)
    return width if width >= _WRAP_MIN and near >= 2 else None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _blocks(raw: list[str]) -> Iterator[str]:
    """Raw lines grouped into blocks: a wrapped paragraph's lines are joined again."""
    width = _wrap_width(raw)
    block: list[str] = []
    previous = ""
    for line in raw:
        stripped = line.strip()
        if not stripped:
            yield from _flush(block)
            previous = ""
            continue
        if block and not _continues(previous, stripped, width):
            yield from _flush(block)
        if block and _HYPHEN_BREAK.search(block[-1]) and stripped[:1].isalpha():
            # Wrapped after the hyphen of a compound word: `Knowledge-` / `based`.
            block[-1] += stripped
        else:
            block.append(stripped)
        previous = line.rstrip()
    yield from _flush(block)


def _continues(previous: str, stripped: str, width: int | None) -> bool:
    """Whether a line was only wrapped onto the next one: its next word would not fit."""
    if width is None or split_bullet(stripped)[0]:
        return False
    first_word = stripped.split(" ", 1)[0]
    return len(previous) + 1 + len(first_word) > width


def _flush(block: list[str]) -> Iterator[str]:
    if block:
        yield " ".join(block)
        block.clear()
