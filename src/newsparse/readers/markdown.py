"""html2text's markdown down to the plain text a reader sees: links, images, emphasis, headings."""

from __future__ import annotations

import html
import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.readers.raw_html import raw_blocks

_MD_HEADING: Final = lazy_pattern(r"^\s*#{1,6}\s+|\s+#+\s*$")

_MD_QUOTE: Final = lazy_pattern(r"^\s*(?:>\s?)+")

_MD_RULE: Final = lazy_pattern(r"^\s*(?:[-*_=]\s*){3,}$")

# Link targets may hold parentheses, escaped or not: `[Print](javascript:window.print\(\))`, and
# spaces, which html2text leaves in the file names of a page saved complete
# (`./Twelve start-ups_files/logo.png`).
_MD_TARGET: Final = (
    r"\((?:(?:\\.|\([^()\n]*\)|[^()\s\\])(?:\\.|\([^()\n]*\)|[^()\\\n])*)?(?:\s+\"[^\"]*\")?\)"
)

# `html2text --reference-links` writes `[Home][3]`, the target in a list at the end.
_MD_REFERENCE: Final = r"\[[^\]\n]+\]"
_MD_IMAGE: Final = lazy_pattern(rf"!\[([^\]]*)\](?:{_MD_TARGET}|{_MD_REFERENCE})")

_MD_LINK: Final = lazy_pattern(rf"\[([^\]]*)\](?:{_MD_TARGET}|{_MD_REFERENCE})")
# A reference's target: `   [3]: https://en.isti.ir/News`.
_MD_DEFINITION: Final = lazy_pattern(r"[ \t]*\[[^\]\n]+\]:[ \t]+\S+(?:[ \t]+\"[^\"\n]*\")?[ \t]*")

MD_LINK_START: Final = "]("
_MD_LINK_TARGET: Final = lazy_pattern(r"\]\([^\s)]")

_MD_STRONG: Final = lazy_pattern(r"\*\*|_{2,}")


def strong_unmarked(block: str) -> str:
    """A block without its marks of strong text (`**`, `__`, `___` less its italic `_`); a
    long run of underscores standing apart is a form's field as lynx prints it
    (`____________ Go`)."""
    return _MD_STRONG().sub(_strong_mark, block)


def _strong_mark(mark: re.Match[str]) -> str:
    run, text, start, end = mark[0], mark.string, mark.start(), mark.end()
    apart = (start == 0 or text[start - 1].isspace()) and (end == len(text) or text[end].isspace())
    if len(run) >= _FIELD_WIDTH and apart:
        return run
    # Pairs are strong marks; an odd one left over is an italic's (`___x___`).
    return run[2 * (len(run) // 2) :]


# A form's field is a dozen columns wide at least; share icons' `[__](...)` links run
# together make shorter runs.
_FIELD_WIDTH: Final = 12


# An address the writer printed as it is: `<https://isti.ir/x/kP4q>`.
_MD_AUTOLINK: Final = lazy_pattern(r"<((?:https?|ftp)://[^\s<>]+|mailto:[^\s<>]+)>")

# html2text ends a line with exactly two spaces where the page has a `<br>`.
MD_BREAK: Final = lazy_pattern(r"\S  $")

# html2text puts a space between the end of bold or italic text and the next character,
# even a comma; a space before `,` `;` `:`, a closing quote mark, or a `"` that closes a
# quote was never on the page.
_MD_STRESS_SPACE: Final = lazy_pattern(r"(?<=\S)(\*\*|__|[*_]) (?=[,;:،؛”’»\"])")
# Inside bold or italic text html2text sets a space before an apostrophe the page wrote as a
# character reference (`year&#x27;s` gives `year 's`): no page spaces a contraction so.
_MD_APOSTROPHE_SPACE: Final = lazy_pattern(r"(?<=\w) (?='(?:s|t|re|ve|ll|d|m)\b)")

# The pipes html2text sets at the edges of a table row (one for each empty cell there).
_MD_TABLE_EDGE: Final = lazy_pattern(r"^\s*(?:\|\s*)+|(?:\s*\|)+\s*$")

_MD_EMPHASIS: Final = lazy_pattern(r"(?<![\w*])[_*](?=\S)([^_*\n]+?)(?<=\S)[_*](?![\w*])")
# A block in italics whole, html2text's `_..._`: its text may hold a `*` of its own (an
# author's footnote, `_* Member of ..._`).
_MD_ITALIC_BLOCK: Final = lazy_pattern(r"_(?=\S)([^_\n]+)(?<=\S)_")

_MD_ESCAPE: Final = lazy_pattern(r"\\([\\`*_{}\[\]()#+\-.!>|~\"'])")


# pandoc's markdown: a fenced div's fence (`::: article`, `:::`), and the attributes it
# sets after a link, an image, a span or a heading (`{.active}`, `{width="80"}`, `{#top}`).
_FENCE: Final = lazy_pattern(r"\s*:{3,}(?:\s*\{[^}]*\}|\s+[^\s:][^:]*)?\s*:*\s*")
# An identifier may hold dots (a heading's id made from a title ending with a full stop).
# (An id a grid's cell broke is read with a space in it: `{#...-built-1. 5-tesla-... .title}`.)
_ATTRIBUTE_SET: Final = (
    r"\{(?:\s*(?:#[\w.:-]+(?: [\w:-]*[\d-][\w.:-]*)*|\.[\w-]+|[\w-]+=(?:\"[^\"]*\"|[^\s}]+)))+\s*\}"
)
_ATTRIBUTES: Final = lazy_pattern(_ATTRIBUTE_SET)
# pandoc writes an en dash `--` and an em dash `---` between words.
_SMART_DASH: Final = lazy_pattern(r"(?<=\s)-{2,3}(?=\s|$)")
_DASHES: Final = {"--": "\u2013", "---": "\u2014"}
# A span with attributes: `[Feb 6 2024 - 09:40]{.date}` is its text; it may hold links
# (`[[فارسی](https://bmn.ir/) \| [English](https://en.bmn.ir/)]{.langs}`).
_SPAN: Final = lazy_pattern(
    r"(?<!\])\[((?:[^\[\]]|\[[^\[\]]*\](?:\([^()\s]*\))?)*+)\]" + _ATTRIBUTE_SET
)


# A line of raw HTML pandoc's markdown keeps for what it cannot write (`<div>`, `</div>`).
_RAW_TAG: Final = lazy_pattern(r"\s*</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>\s*")


# An image with no alt text after text on its line: html2text runs a figure on after the
# caption of the one before (`... storage room ![](5.jpg)Members of ...`).
_IMAGE_AFTER_TEXT: Final = lazy_pattern(r"(?<=\S) +(?=!\[\]\([^)\s]*\)\S)")


def figures_apart(block: str) -> list[str]:
    """A block cut before each captioned figure html2text ran on after text."""
    if "![](" not in block[1:]:
        return [block]
    return _IMAGE_AFTER_TEXT().split(block)


def is_fence(line: str) -> bool:
    """Whether a line is a fence of pandoc's divs or a raw HTML tag alone: it sets blocks
    apart, and holds no text."""
    head = line.lstrip()[:1]
    return (head == ":" and _FENCE().fullmatch(line) is not None) or (
        head == "<" and _RAW_TAG().fullmatch(line) is not None
    )


def without_fences(raw: list[str]) -> list[str]:
    """The lines with pandoc's div fences and raw tags blank."""
    if not any(line.lstrip()[:3] in (":::", "<di", "</d") for line in raw):
        return raw
    return ["" if is_fence(line) else line for line in raw]


def looks_like_markdown(raw: list[str], joined: str) -> bool:
    """html2text output: links written `[text](url)`, `#` headings, `**` or `  ` line breaks;
    or a writer's that kept a layout's tables and blocks as raw HTML (pandoc's gfm)."""
    return (
        marked_up(joined)
        or raw_blocks(raw)
        or joined.startswith(("# ", "## "))
        or "\n# " in joined
        or "\n## " in joined
        or any(line.endswith("  ") and line.strip() for line in raw)
    )


def marked_up(joined: str) -> bool:
    """Markdown by its links or bold text: trailing spaces alone may be links's padding."""
    return (
        # A link's target after its text; elinks's radio button is none (`[12]( ) Grants`).
        (MD_LINK_START in joined and _MD_LINK_TARGET().search(joined) is not None)
        or "**" in joined
        or ("]: " in joined and any(map(_MD_DEFINITION().fullmatch, joined.splitlines())))
    )


def without_link_definitions(raw: list[str]) -> list[str]:
    """The lines without the targets of reference-style links, listed at the end."""
    if not any("]:" in line for line in raw):
        return raw
    return [line for line in raw if not ("]:" in line and _MD_DEFINITION().fullmatch(line))]


def pandoc_marked(joined: str) -> bool:
    """Whether pandoc wrote the markdown: its lists' `-   ` items, its fenced divs, its
    attribute sets; html2text and markdownify keep a page's `--` as they find it."""
    return ":::" in joined or "]{" in joined or _PANDOC_ITEM().search(joined) is not None


_PANDOC_ITEM: Final = lazy_pattern(r"(?m)^ *-   \S")


def unmark(block: str, *, smart_dashes: bool = True) -> str:
    """Markdown inline and block markers down to the plain text a reader sees; `--` and
    `---` between words made the dashes pandoc wrote them for (`smart_dashes`)."""
    if _MD_RULE().match(block):
        return ""
    if "{" in block:
        block = _ATTRIBUTES().sub("", _SPAN().sub(r"\1", block))
    if block.endswith("\\"):
        block = block[:-1]  # pandoc's hard line break
    block = _MD_STRESS_SPACE().sub(_stress_closed, _MD_TABLE_EDGE().sub("", block))
    if " '" in block:
        block = _MD_APOSTROPHE_SPACE().sub("", block)
    block = _MD_QUOTE().sub("", _MD_HEADING().sub("", block))
    block = _MD_LINK().sub(_spaced, _MD_IMAGE().sub(_spaced, block))
    if block.endswith("\\") and not block[:-1].strip():
        return ""  # the hard line break after an image: no text
    if block.startswith(("|", " |")):
        # A gallery's row: the image's cell gone, its wall before the caption's cell.
        block = _MD_TABLE_EDGE().sub("", block)
    if "<" in block:
        block = _MD_AUTOLINK().sub(r"\1", block)
    # An escaped star or underscore is the page's own: no mark of emphasis (`*\* Note.*`).
    escaped = "\\*" in block or "\\_" in block
    if escaped:
        block = block.replace("\\*", _STAR_KEPT).replace("\\_", _UNDERSCORE_KEPT)
    block = strong_unmarked(block)
    italic = _MD_ITALIC_BLOCK().fullmatch(block) if block.startswith("_") else None
    block = italic[1] if italic else block
    block = _MD_EMPHASIS().sub(r"\1", block)
    if escaped:
        block = block.replace(_STAR_KEPT, "*").replace(_UNDERSCORE_KEPT, "_")
    if "~" in block or "^" in block:
        block = _SUB_SUPER().sub(r"\2", block)  # pandoc's `TiO~2~`, `m^2^`
    if "`" in block:
        block = _CODE_SPAN().sub(r"\1", block)  # the page's `<code>`, its text
    if smart_dashes and "--" in block:
        # pandoc's markdown writes the page's dashes as its smart punctuation.
        block = _SMART_DASH().sub(lambda found: _DASHES[found[0]], block)
    block = _MD_ESCAPE().sub(r"\1", block)
    # Markdown writers keep `&gt;` and `&amp;` where the page's text had `>` and `&`.
    return html.unescape(block) if "&" in block and ";" in block else block


# Stand-ins for the escaped marks while emphasis is read: characters no page holds.
_STAR_KEPT: Final = "\ue000"
_UNDERSCORE_KEPT: Final = "\ue001"
# A code span: its text between backticks, on one line.
_CODE_SPAN: Final = lazy_pattern(r"`(?=\S)([^`\n]+?)(?<=\S)`")
# pandoc's subscript and superscript, right after a word: a few characters, no space.
_SUB_SUPER: Final = lazy_pattern(r"(?<=\w)([~^])([^\s~^]{1,8})\1")


def _stress_closed(found: re.Match[str]) -> str:
    """The end of bold or italic text, without the space html2text set before the
    punctuation after it; a `"` keeps it where it opens a quote (an even count before)."""
    quote = found.string[found.end() : found.end() + 1] == '"'
    opens = quote and found.string.count('"', 0, found.start()) % 2 == 0
    return found[0] if opens else found[1]


def _spaced(found: re.Match[str]) -> str:
    """A link's or image's text, set apart from a word it was run into (`![a](x)Today`)."""
    text, before, after = (
        found[1],
        found.string[found.start() - 1 : found.start()],
        found.string[found.end() : found.end() + 1],
    )
    return f"{' ' if before.isalnum() else ''}{text}{' ' if after.isalnum() else ''}"


# A link's text with a break in it (a title) runs over at most this many lines.
_LINK_LINES: Final = 4


def open_link(block: list[str]) -> bool:
    """Whether a markdown link is open at the block's end: a `[` or its `](` not yet closed,
    in a block of a few lines (a stray `[` never holds a whole page together)."""
    recent = " ".join(block)
    text_open = recent.count("[") > recent.count("]")
    target_open = recent.rfind("](") > recent.rfind(")")
    return (text_open or target_open) and len(block) <= _LINK_LINES
