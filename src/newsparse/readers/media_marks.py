"""What a text tool prints inside a block besides the page's text: its marks for images,
videos and embedded frames, its marks of a superscript or a subscript, and two blocks it set
with nothing or a space between them."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Final

from newsparse.grammar.bar_words import one_button
from newsparse.grammar.box_words import PAGER_ENDS, is_pager
from newsparse.grammar.lines import lazy_pattern, match_key
from newsparse.readers.links import icon_names_dropped

# (An image in a link of its own, its number after it: `[IMG][12] Download the report`.)
_EMPTY_IMAGE: Final = lazy_pattern(r"(?:(?<=\s)|(?<=\])|^)(?:\[\] *|\[IMG\](?:\[\d+\])? )(?=\S|$)")
# elinks's line for a media element: `Video: [7]inventors.mp4` (its link number gone).
_MEDIA_FILE: Final = lazy_pattern(r"(?:Video|Audio): (?:\[\d+\])?[\w.%-]+\.\w{2,4}")
_EMBED: Final = lazy_pattern(
    r"embed\([^()\s]*\)|IFrame|\[IFRAME\]|IFRAME: \S+|Object: [\w.+-]+/[\w.+-]+"
    # (lynx's, its address broken at the line's end where no rule joins it again.)
    r"|IFRAME: https?://\S+ \S+"
)


_CAPTION_MARKS: Final = ("CAPTION: ", ": ")
# w3m, lynx, links and elinks print a `<sup>` after a caret (`Tavakoli^1`, `^2 Department`,
# `sun^[2]`), pandoc a run of marks in brackets (`x^(1,2)`): a browser shows the mark alone.
# A power or an ion's charge the same (`10^-12`, `K^+`).
# An isotope's mass the same (`^177Lu`, `^99mTc`, pandoc's `^(99m)Tc`); a footnote's star or
# dagger (`meantime^*`, `^(*)`). pandoc brackets the marks it prints, so a mark in two
# brackets is the page's bracketed one (`<sup>(*)</sup>`: `^((*))`); w3m and lynx print that
# `^(*)` too, which is read as pandoc's (the capture seldom says which tool printed it).
_MARK: Final = r"\d{1,3}(?:,\d{1,3})*|\[\d{1,3}\]|\d{1,3}m|[*†‡]{1,3}"
_SUPERSCRIPT: Final = lazy_pattern(
    rf"\^(?:\(\(({_MARK})\)\)|\(({_MARK})\)"
    r"|(\d{1,3}(?:,\d{1,3})*\b| ?\[\d{1,3}\]|[-+−]\d{1,3}\b|\d?[-+−](?!\w)|\d{1,3}m?(?=[A-Z])"
    r"|[*†‡]{1,3}))"
)
_WRAPPED_NOTE: Final = lazy_pattern(r"(?<=[^\s^]) \^\[(?=\d{1,3}\](?:\s|$))")
# w3m, lynx and elinks print a `<sub>` in brackets (`CO[2]`), links after an underscore
# (`H_2O`): in a chemical formula, a browser shows its digits.
# (w3m may wrap a line before the bracket: `H` / `[2]O`, `Al2O` / `[3])`.)
_SUBSCRIPT: Final = lazy_pattern(
    r"(?<=[A-Za-z])(?:\[(\d{1,2})\]|_(\d{1,2}))(?=[A-Za-z()\]\s,.;:+/-]|$)"
    r"|(?<=[A-Z]) \[(\d{1,2})\](?=[A-Z),.;:])"
)
# A variable's index: `c[i]`, `c_i`, pandoc's `c_(i)` (no `a` or `I`, which are words).
# A quantity's label the same (`E[max]`, `E_(max)`, `λ[max]`).
_INDEX: Final = lazy_pattern(
    r"(?<![\w\[])([b-zA-HJ-Zα-ω])"
    r"(?:\[([a-z]|[a-z]{3})\]|_\(?([a-z]{1,3}|\d{1,2})\)?)(?=[\s,.;:)=+−-]|$)"
)
# pandoc prints a `<sub>` or a `<sup>` of digits and signs in Unicode's small figures.
# (Their minus may stand for a hyphen or a minus sign: the hyphen, which pages type more.)
_SUBSCRIPT_DIGITS: Final = str.maketrans("₀₁₂₃₄₅₆₇₈₉₊₋", "0123456789+-")
_SUPERSCRIPT_DIGITS: Final = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻", "0123456789+-")
_SUPERSCRIPTS: Final = lazy_pattern("[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+")
_PANDOC_LINE: Final = lazy_pattern(r"\s*(?:-   \S|-{3,}(?: +-{3,})+\s*$|\+[-=]{3,}[-=+]*\+\s*$)")
_FORMULA: Final = lazy_pattern(r"(?:[A-Z][a-z]?|\d+|\[\d{1,2}\]|_\d{1,2})+")
_SYMBOL: Final = lazy_pattern(r"[A-Z][a-z]?")
_FORMULA_REACH: Final = 40
_ELEMENTS: Final = frozenset(
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As "
    "Se Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd "
    "Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am "
    "Cm Bk Cf".split()
)


def marks_read(blocks: Iterable[str], raw: list[str]) -> Iterator[str]:
    """The blocks, two a tool set with nothing between them apart, with its marks of
    subscripts and superscripts read (pandoc's small figures where `raw` is pandoc's)."""
    pandoc = printed_by_pandoc(raw)
    for joined in blocks:
        for block in glued_apart(joined, pandoc=pandoc):
            yield subscripts_read(block, pandoc=pandoc)


def printed_by_pandoc(raw: list[str]) -> bool:
    """Whether a capture shows pandoc's plain text: its list items (`-   `), a simple
    table's rule or a grid table's border. The other tools print no small figures of their
    own: where they show some, the page typed them."""
    return any(_PANDOC_LINE().match(line) for line in raw)


def subscripts_read(block: str, *, pandoc: bool = False) -> str:
    """A block with a tool's marks of a formula's subscripts read as digits (`CO[2]` as
    `CO2`), a variable's index as its letter (`c[i]` as `ci`), and, where `pandoc` printed
    it, its subscript and superscript characters as a browser shows the marks (`H₂O`,
    `10⁻¹²`); a footnote's mark after a word (`sun[2]`) stays."""
    if pandoc and not block.isascii():
        block = _SUPERSCRIPTS().sub(_superscript_read, block.translate(_SUBSCRIPT_DIGITS))
    if "[" not in block and "_" not in block:
        return block
    return _INDEX().sub(_index, _SUBSCRIPT().sub(_formula_digits, block))


def _superscript_read(run: re.Match[str]) -> str:
    # `¹`, `²` and `³` are keys of their own, which a page's text may hold (`m²`): one of
    # them alone is left as written.
    return run[0] if run[0] in ("¹", "²", "³") else run[0].translate(_SUPERSCRIPT_DIGITS)


def _superscript_mark(mark: re.Match[str]) -> str:
    return f"({mark[1]})" if mark[1] else (mark[2] or mark[3]).lstrip()


def _index(mark: re.Match[str]) -> str:
    return mark[1] + (mark[2] or mark[3])


def _formula_digits(mark: re.Match[str]) -> str:
    # (A formula is a few symbols long: only the words just before the mark are read.)
    before = mark.string[max(0, mark.start() - _FORMULA_REACH) : mark.start()]
    formula = re.split(r"[^\w\[\]]", before)[-1]
    symbols = _SYMBOL().findall(formula)
    if _FORMULA().fullmatch(formula) and all(symbol in _ELEMENTS for symbol in symbols):
        return mark[1] or mark[2] or mark[3]
    return mark[0]


def without_media_marks(block: str) -> str | None:
    """A block without a tool's marks of images and media, and of a superscript; None where
    it is only one."""
    block = _unbracket(icon_names_dropped(block) if "] " in block else block)
    if "^" in block:
        # A footnote's mark w3m wrapped onto a line of its own goes with the word before it.
        block = _WRAPPED_NOTE().sub("^[", block)
        block = _SUPERSCRIPT().sub(_superscript_mark, block)
    if block.startswith(_CAPTION_MARKS):
        block = block.split(" ", 1)[1]  # lynx's and pandoc's mark of a table's caption
    if block.startswith(("Video: ", "Audio: ")) and _MEDIA_FILE().fullmatch(block):
        return None  # elinks names a <video> or <audio> element's file so
    if block[:1] in "eIO[" and _EMBED().fullmatch(block):
        # w3m names an <embed>'s file so, links and lynx mark an <iframe>, elinks an <object>
        return None
    if "[]" in block or "[IMG]" in block:
        # pandoc's empty images (icons) before an item's text, or before each cell's;
        # links's and elinks's mark of an image before its caption.
        block = _EMPTY_IMAGE().sub("", block)
    return block


# An image's one-word name a tool ran into the text after it, with no space between; the
# CMS names a news image by its news code (`[71942]گرده‌افشانی ...`), a gallery's by the code
# and a number (`[5127_3]`). (A link's number is gone by then where the capture lists them.)
_IMAGE_NAME_RUN_ON: Final = lazy_pattern(r"\[(?:[A-Za-z][\w.-]*|\d{3,}(?:[_-]\d+)?)\](?=[^\W\d_])")


def _unbracket(block: str) -> str:
    """A whole line in brackets is an image: pandoc shows its alt text or caption so, and
    w3m a file name when the alt text is empty (a single word, dropped). w3m sets an image's
    one-word name right before the text after it (`[header]چهارشنبه 27 ...`): dropped too."""
    if block.startswith("[") and (named := _IMAGE_NAME_RUN_ON().match(block)):
        block = block[named.end() :]
    stripped = block.strip()
    if not (stripped.startswith("[") and stripped.endswith("]")) or "[" in stripped[1:-1]:
        return block
    inner = stripped[1:-1].strip()
    return inner if " " in inner else ""


# Two blocks a tool set with nothing between (lynx and links know no `<figcaption>`):
# a lowercase word runs into a capitalized one (`...from a distanceSamples of ...`); not a
# script's name in a link's target (`javascript:setFont\(1\)`).
_GLUED: Final = lazy_pattern(r"(?<![\w/@.=:-])[a-z]{3,}(?=[A-Z][a-z]{2,}(?![\w/@=\\(]))")


def glued_apart(block: str, *, pandoc: bool = False) -> list[str]:
    """A block cut where a tool ran two blocks together with no space between, or ran a
    gallery's pager onto its last caption (`... در سمنان ۱ ۲ ۳ ۴ بعدی`); where `pandoc`
    printed it, its image's alt text in brackets and the caption a space after it too."""
    parts: list[str] = []
    start = 0
    run_on = _ALT_SPACED_RUN_ON() if pandoc else _ALT_RUN_ON()
    alt = run_on.match(block) if block.startswith("[") else None
    if alt is not None and len(alt[0].split()) >= _ALT_RUN_ON_WORDS:
        # pandoc's image, its alt text in brackets, then the caption right after it
        # (`[Rover wins the league]Photo: Amir Sadeghi`); a word or two in brackets is a
        # label or markup the page typed (`[bold red]Alert`).
        parts.append(alt[0])
        start = alt.end()
    for glued in _GLUED().finditer(block, start):
        parts.append(block[start : glued.end()])
        start = glued.end()
    last = block[start:]
    ends = last.rstrip()
    pager = (
        _PAGER_RUN_ON().search(last) if ends[-1:].isdigit() or ends.endswith(PAGER_ENDS) else None
    )
    if (
        pager is not None
        and pager.start() > 0
        and not is_pager(match_key(last))  # `« Previous 1 2 3 Next »`: the pager whole
        and is_pager(match_key(pager.group()))
        and not one_button(match_key(last))  # a rating's `1 2 3 4 5`
    ):
        parts += [last[: pager.start()], last[pager.start() :]]
    else:
        parts.append(last)
    return [part.strip() for part in parts if part.strip()]


# An image's alt text of a few words in brackets, a capitalized word right after it.
_ALT_RUN_ON_WORDS: Final = 3
_ALT_TEXT: Final = r"\[[^\[\]]{0,300}? [^\[\]]{0,300}?\]"
_ALT_RUN_ON: Final = lazy_pattern(rf"{_ALT_TEXT}(?=[A-Z\u0600-\u06FF])")
# pandoc may set a space between them.
_ALT_SPACED_RUN_ON: Final = lazy_pattern(rf"{_ALT_TEXT}(?= ?[A-Z\u0600-\u06FF])")
# A pager's pages (lynx numbers each: `[6]۱ [7]۲`) and its `next` at a block's end.
_PAGER_RUN_ON: Final = lazy_pattern(
    r"(?<=\s)(?:\[\d+\])?[1۱](?:\s+(?:\[\d+\])?[\d۰-۹]{1,2}){2,}(?:\s+(?:\[\d+\])?\S{1,8}){0,2}\s*$"
)
