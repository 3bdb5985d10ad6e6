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
    joined = _LINK().sub(r"\1", "\n".join(_paragraphs(kept)))
    joined = _SUBSTITUTION().sub(_substituted, joined)
    joined = _STRONG().sub(r"\1", joined)
    return _ESCAPE().sub(r"\1", joined).split("\n")


def _paragraphs(lines: list[str]) -> list[str]:
    """Each paragraph and list item on one line: in reStructuredText, lines with no blank
    line between are one paragraph, and an item's lines stand indented under its text."""
    joined: list[str] = []
    start = ""  # the first line of the paragraph or item the last line belongs to
    for line in lines:
        stripped = line.strip()
        opens = not stripped or _ITEM().match(line) or _in_grid(stripped)
        deeper = len(line) - len(stripped) >= len(start) - len(start.lstrip())
        if joined and joined[-1].strip() and not opens and deeper and not _in_grid(start.strip()):
            joined[-1] += f" {stripped}"
            continue
        joined.append(line)
        start = line
    return joined


def _in_grid(stripped: str) -> bool:
    """A grid table's border or row (`+----+`, `| cell |`)."""
    return stripped.startswith(("+-", "+=", "| "))


def _substituted(found: re.Match[str]) -> str:
    """An image reference reads as its text, a name of one word (`|image1|`) as nothing."""
    text = found[1]
    return text if " " in text.strip() or "\n" in text else ""
