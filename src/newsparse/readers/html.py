"""HTML captures to normalized lines, plus what only the markup tells (URL, language hint).

Block elements and list items become lines and `<br>` breaks them, as a browser lays
the page out; what a reader never sees (scripts, styles, templates, hidden elements,
comments) is left out. The lines then go to the same grammar as text captures.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from newsparse.errors import CaptureError
from newsparse.grammar.lines import Line, clean, make_line
from newsparse.readers.html_head import PageMeta, page_meta
from newsparse.readers.html_paragraphs import (
    cell_paragraphs,
    folded_text,
    in_data_cell,
    item_paragraphs,
    opens_item,
)
from newsparse.readers.region import HTML_ABOVE, HTML_BELOW, article_region

_BLOCK_TAGS: Final = frozenset(
    """address article aside blockquote body caption center dd details dialog dir div dl dt
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li
    main menu nav ol p pre section summary table tbody td tfoot th thead tr ul""".split()
)
_SKIPPED_TAGS: Final = frozenset(
    """script style noscript template svg math head title iframe object embed canvas
    audio video select datalist textarea input img picture map area""".split()
)
# Elements a parser closes by itself, so an unclosed one adds no depth.
_SELF_CLOSING: Final = frozenset(
    """area base br col embed hr img input link meta source track wbr p li dt dd tr td th
    option optgroup thead tbody tfoot colgroup rb rt rp""".split()
)
# Line breaks are marked in the text with NUL, which the HTML parser never leaves in text.
_BREAK: Final = "\x00"
# What goes before and after an element that breaks the line: a list item is a bullet,
# as the text tools mark it. The root's own edges (html, body) are the text's edges.
_BREAKS: Final[dict[str, tuple[str, str]]] = {
    **dict.fromkeys(_BLOCK_TAGS - {"html", "body"}, (_BREAK, _BREAK)),
    "li": (_BREAK + "• ", _BREAK),
    # A row's cells stand on one line, as the text browsers print them; a cell's own
    # blocks still break it.
    "td": (" ", " "),
    "th": (" ", " "),
    "br": (_BREAK, _BREAK),
    "button": (_BREAK, _BREAK),
}
_BREAKS_EMPTY: Final = frozenset({"br", "hr", "li"})
_TAG: Final = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)[^<>]*?(/?)>")
MAX_DEPTH: Final = 5_000
_NOSCRIPT: Final = re.compile(r"<noscript\b.*?</noscript\s*>", re.IGNORECASE | re.DOTALL)
_NOSCRIPT_TAG: Final = re.compile(r"<(/?)noscript\b", re.IGNORECASE)
_BODY_TAG: Final = re.compile(r"<body\b", re.IGNORECASE)
# The Wayback Machine's toolbar and its print line, kept in pages saved from the archive.
_ARCHIVE_CHROME: Final = "#wm-ipp-base, #wm-ipp, #wm-ipp-print, #wm-ipp-inside, #donato"
_PRE_TAG: Final = re.compile(r"<pre[\s>]", re.IGNORECASE)
_HIDDEN_STYLE: Final = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def html_lines(html: str) -> tuple[list[Line], PageMeta]:
    """Normalized lines of an HTML document, and its metadata; CaptureError if it nests
    deeper than any page does (lexbor's tree building slows down sharply with depth)."""
    if html.count("<") > MAX_DEPTH and _nesting_depth(html) > MAX_DEPTH:
        raise CaptureError(f"HTML nested more than {MAX_DEPTH} elements deep")
    tree = LexborHTMLParser(_noscript_read(html))
    meta = page_meta(tree)  # before the layout edits the tree
    root = tree.body if tree.body is not None else tree.root
    if root is None or _hidden(root):
        return [], meta
    _lay_out(root, html)
    # A newline inside a block is white space; a line break is a _BREAK.
    text = (root.text(deep=True) or "").replace("\n", " ")
    # Most breaks stand next to another, or to white space between blocks: no line there.
    blocks = [block for block in text.split(_BREAK) if block and not block.isspace()]
    blocks = article_region(blocks, "\n".join(blocks), above=HTML_ABOVE, below=HTML_BELOW)
    return _typed_lists([line for block in blocks if (line := _line(block))]), meta


def _noscript_read(html: str) -> str:
    """The page with its `<noscript>` blocks in the body read as blocks, as the text browsers
    print them (a page whose script fills the text in keeps it there); lexbor, scripts on,
    reads them as raw text. In the head, where a block would end it, they go."""
    body = _BODY_TAG.search(html)
    at = body.start() if body is not None else 0
    # (An element of no known name, which closes no `<p>` around it as a `<div>` would.)
    return _NOSCRIPT.sub("", html[:at]) + _NOSCRIPT_TAG.sub(r"<\1x-noscript", html[at:])


def _line(block: str) -> Line | None:
    """A block's line: a list item opens with the bullet the layout put there; a paragraph
    opening with `*` or `-` (a footnote, a dash) keeps it as text (`_typed_lists` reads a
    run of such dashes as a list)."""
    text = clean(block)
    if text[:1] == "•":
        return make_line(text)
    return Line(text) if text else None


def _typed_lists(lines: list[Line]) -> list[Line]:
    """Lines opening with a typed dash (`- water reuse`), two or more in a row, as list
    items: an editor's list typed with dashes and `<br>`s, its dashes the bullets the text
    tools take them for. One such line alone stays as it is (a dash, an aside)."""
    dashed = [line.text[:2] in _TYPED_DASHES for line in lines]
    beside = [False, *dashed, False]  # (the lines above and below line `at`: at, at + 2)
    return [
        (make_line(line.text) or line) if dashed[at] and (beside[at] or beside[at + 2]) else line
        for at, line in enumerate(lines)
    ]


_TYPED_DASHES: Final = ("- ", "\u2013 ")


def _nesting_depth(html: str) -> int:
    """The deepest nesting of elements, counted over the tags (an upper bound, in one pass)."""
    depth = deepest = 0
    for found in _TAG.finditer(html):
        closing, name, self_closed = found.groups()
        if name.lower() in _SELF_CLOSING or self_closed:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def _lay_out(root: LexborNode, html: str) -> None:
    """Edit the tree so that its bare text, taken in C, holds the page's line breaks.

    Python touches each element once, from a flat list lexbor builds (no stack, no
    recursion); text nodes, comments and inline markup are left to lexbor. What is taken
    out is unlinked, not destroyed (`recursive=False`): a match nested in one already
    taken out stays valid memory, and taking it out again does nothing.
    """
    # Each selector is a walk of the whole tree: one the markup cannot match is not run.
    if _PRE_TAG.search(html):
        _flatten_preformatted(root)
    if "wm-ipp" in html or "donato" in html:
        for node in root.css(_ARCHIVE_CHROME):
            node.decompose(recursive=False)
    for node in root.css("[hidden], [style]"):
        if _hidden(node) and not folded_text(node):
            node.decompose(recursive=False)
    # One selector, one walk: lexbor walks the tree once per selector of a list.
    items, cells = item_paragraphs(html), cell_paragraphs(html)
    for node in root.css("*"):
        tag = node.tag
        if tag in ("input", "button") and (label := _button_label(node)):
            node.replace_with(f" [{label}] ")
        elif tag in _SKIPPED_TAGS:
            node.decompose(recursive=False)
        elif tag in _BREAKS and (node.child is not None or tag in _BREAKS_EMPTY):
            # (An empty block shows nothing and breaks no line: a chart's bar in its row.)
            before, after = _BREAKS[tag]
            if before == " " and node.css_first("br") is not None:
                # A cell whose own lines break stands apart (a footer's links beside the
                # copyright and address): its last line is not the next cell's first.
                before, after = _BREAK, _BREAK
            if tag == "p" and items and opens_item(node):
                before = ""  # `<li><p>1,204</p></li>`: the item's bullet on its line
            elif tag == "p" and cells and in_data_cell(node):
                before, after = " ", " "
            node.insert_before(before)
            node.insert_after(after)


def _button_label(node: LexborNode) -> str:
    """A form button's label, which the layout sets in brackets as w3m prints it: it tells a
    box's form from the article's text, as it does in the text tools' captures."""
    attributes = node.attributes
    if node.tag == "button":
        # A `<button>` a form sends (`<form><input><button>Go</button></form>`), its label
        # its words alone: one holding a menu's or a player's markup is left as it is.
        if next(node.iter(), None) is not None or not _in_form(node):
            return ""
        return " ".join((node.text(deep=True) or "").split())
    if (attributes.get("type") or "").lower() not in ("submit", "button", "reset"):
        return ""
    return " ".join((attributes.get("value") or "").split())


def _in_form(node: LexborNode) -> bool:
    """Whether an element stands inside a `<form>`."""
    parent = node.parent
    while parent is not None:
        if parent.tag == "form":
            return True
        parent = parent.parent
    return False


def _flatten_preformatted(root: LexborNode) -> None:
    """A `<pre>` breaks lines where its text does, nowhere else: its text replaces its content."""
    # Before anything is removed: a <pre> shows all its text, hidden markup and all.
    for pre in root.css("pre:not(pre pre)"):
        text = (pre.text(deep=True) or "").replace("\n", _BREAK)
        for child in list(pre.iter(include_text=True)):
            child.decompose(recursive=False)
        pre.insert_child(text)


def _hidden(node: LexborNode) -> bool:
    attributes = node.attributes
    if not attributes:
        return False
    return "hidden" in attributes or bool(_HIDDEN_STYLE.search(attributes.get("style") or ""))
