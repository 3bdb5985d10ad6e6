"""Footer rows whose cells a text browser printed side by side, read cell by cell: the
copyright cell beside the links cell, and a label cell a narrow column wrapped.

A footer row of two cells (the site's links; the copyright line and the address) is printed
side by side, the copyright cell's lines wrapped within it:

    About the foundation All rights reserved for National Foundation of
    Programs             Elites
    Contact              No. 8, Shahid Arabali St., North Kargar Ave.,

Too few lines for columns to be found, read line by line it cuts the publisher's name
(`National Foundation of`). The copyright line's opening sets the cell's left edge: the
lines below that hold text starting right at it, and none across it, go on with the cell.
"""

from __future__ import annotations

from typing import Final

from newsparse.grammar import bar_words as BW
from newsparse.grammar import labels as L
from newsparse.grammar.dates import holds_date
from newsparse.grammar.lines import lazy_pattern, match_key, split_bullet

# The copyright line's opening beside a links cell of a few words.
_OPENING: Final = lazy_pattern(
    r"(?<= )(?:Copyright\b|©|All rights reserved\b|کلیه حقوق|تمامی? حقوق)"
)
_LINKS_WORDS: Final = 4


def copyright_cells_apart(raw: list[str]) -> list[str]:
    """The lines, a footer row's links cell and its copyright cell beside it one after the
    other (the links first, as the row's first cell)."""
    read: list[str] = []
    index = 0
    while index < len(raw):
        line = raw[index]
        found = (
            _OPENING().search(line) if ("©" in line or "right" in line or "حقوق" in line) else None
        )
        at = found.start() if found is not None else 0
        links = line[:at].strip()
        if (
            not links
            or len(links.split()) > _LINKS_WORDS
            or "|" in links[:1]
            or _OPENING().search(f" {links}") is not None
        ):
            read.append(line)
            index += 1
            continue
        end = index + 1
        while end < len(raw) and _goes_on(raw[end], at):
            end += 1
        if end == index + 1:
            read.append(line)
            index += 1
            continue
        rows = raw[index:end]
        read.extend(row[:at].rstrip() for row in rows if row[:at].strip())
        read.append("")
        indent = " " * (len(line) - len(line.lstrip()))
        read.extend(f"{indent}{row[at:].rstrip()}" for row in rows)
        index = end
    return read


def _goes_on(line: str, at: int) -> bool:
    """Whether a line holds the cell's text starting right at column `at`, and nothing left
    of it or a cell two spaces apart (a line of text has one space between its words)."""
    left = line[:at]
    cell = not left.strip() or left.endswith("  ")
    return len(line) > at and line[at] != " " and cell


# A label cell and its value cell set apart by two spaces or more.
_LABEL_GAP: Final = lazy_pattern(r"(?<=\S) {2,}(?=\S)")


def label_cells_read(raw: list[str]) -> list[str]:
    """The lines, a two-cell row whose label a narrow cell wrapped (`News     NEWS,Slider` /
    `group :  Startups`) written as one labelled line (`News group : NEWS,Slider Startups`),
    the value's lines under it too, and a colon w3m set on a third line (`News` / `group` /
    `:`); and a label's first word a row of cells left on the line above (lynx: `...,Startups,
    NEWS News` / `code : 95310`) moved down to the rest of its label."""
    raw = button_cells_after(_label_heads_down(wrapped_label_rows(raw)))
    read: list[str] = []
    index = 0
    while index < len(raw):
        found = _label_row(raw, index) if index + 1 < len(raw) else None
        if found is None:
            read.append(raw[index])
            index += 1
            continue
        joined, index = found
        read.append(joined)
    return read


def _label_row(raw: list[str], index: int) -> tuple[str, int] | None:
    """The labelled line a label's cell wrapped from `index` on makes, and the index past
    its rows; None if no label's cell starts there."""
    first, second = raw[index], raw[index + 1]
    third = raw[index + 2] if index + 2 < len(raw) else ""
    colon_below = ":" not in second and third.strip()[:1] == ":"
    if not second.strip() or (":" not in second and not colon_below):
        return None
    # The value cell's edge, where either line sets it apart (elinks leaves one space
    # after a label's first word, and the colon below it).
    gap = _LABEL_GAP().search(first) or _LABEL_GAP().search(second)
    if gap is None and not colon_below:
        return _label_rest_below(first, second, index)
    if gap is None or len(first) <= gap.end() or first[gap.end() - 1] != " ":
        return None
    at, indent = gap.end(), len(first) - len(first.lstrip())
    rows = [second, third] if colon_below else [second]
    if any(len(row) - len(row.lstrip()) != indent for row in rows):
        return None
    if first[:at].rstrip().endswith(":") or any(split_bullet(row[:at])[0] for row in rows):
        return None  # a whole label over the next row's
    label = " ".join(row[:at].strip() for row in (first, *rows))
    # A row's value, if any, stands in the value cell, nothing across its edge.
    if any(row[at:].strip() and (row[at - 1] != " " or row[at] == " ") for row in rows):
        return None
    if ":" not in label[-3:]:
        return None
    bare = split_bullet(label)[1]  # (an info list's item: `• News` / `group :`)
    whole = L.opens_with_label(split_bullet(first.strip())[1])  # a label whole on one line
    if whole or not L.opens_with_label(match_key(bare)):
        return None
    end = index + 1 + len(rows)
    # The value's own lines under the label's, the label's cell empty beside them.
    while end < len(raw) and not raw[end][:at].strip() and _goes_on(raw[end], at):
        rows.append(raw[end])
        end += 1
    value = " ".join(row[at:].strip() for row in (first, *rows) if row[at:].strip())
    return f"{first[:indent]}{label} {value}".rstrip(), end


def _label_rest_below(first: str, second: str, index: int) -> tuple[str, int] | None:
    """A label's first word and its value on one line, the label's rest alone under it,
    one space apart (w3m: `• News 95342` / `code :`), as one labelled line."""
    rest = second.strip()
    indent = len(first) - len(first.lstrip())
    if (
        not rest.endswith(":")
        or len(rest.split()) > _REST_WORDS
        or len(second) - len(second.lstrip()) > indent
    ):
        return None
    bullet, text = split_bullet(first.strip())
    head, _, value = text.partition(" ")
    label = f"{head} {rest}"
    if not value or L.opens_with_label(match_key(text)) or not L.opens_with_label(match_key(label)):
        return None
    # (A value as a footer's: a code's figures, a group's list; not a sentence's words,
    # `News travelled fast.` / `Code:`.)
    if not (value.isdecimal() or ("," in value and not value.endswith("."))):
        return None
    mark = first.strip()[: len(first.strip()) - len(text)] if bullet else ""
    return f"{first[:indent]}{mark}{label} {value}", index + 2


# A label's rest under its first word: a word or two and the colon (`code :`, `خبری :`).
_REST_WORDS: Final = 3


def _heads(labels: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """Each label's first word, and the words the rest of a label opening so opens with."""
    heads: dict[str, set[str]] = {}
    for label in labels:
        head, _, rest = label.casefold().partition(" ")
        if rest:
            heads.setdefault(head, set()).add(rest.split()[0])
    return {head: frozenset(rests) for head, rests in heads.items()}


# A footer label's first word, and the words its rest opens with (`news`: `code`, `group`).
_LABEL_HEADS: Final = _heads((*L.NEWS_CODE_LABELS, *L.NEWS_GROUP_LABELS))


# A news group list, and a cell two spaces or more on holding a button or two (`چاپ`,
# elinks's `[10]Print`).
_LIST_THEN_CELL: Final = lazy_pattern(r"(?P<list>.*\S) {3,}(?:\[\d+\])?(?P<cell>\S+(?: \S+)?) *")


def button_cells_after(raw: list[str]) -> list[str]:
    """The lines, a print button's cell set beside a news group list the width wrapped
    (`گروه خبری : اخبار,...,اخبار معاونت   چاپ` / `ها و مراکز`) moved under the list's
    lines: read where it stands, the button cuts a name in two."""
    for index, line in enumerate(raw[:-1]):
        found = _LIST_THEN_CELL().fullmatch(line) if "  " in line.strip() else None
        if found is None or L.news_group_label(match_key(found["list"].strip(" •*-"))) is None:
            continue
        if not BW.is_box_line(match_key(found["cell"])):
            continue
        end = index + 1
        while end < len(raw) and raw[end].strip() and "   " not in raw[end].strip():
            end += 1
        if end == index + 1:
            continue
        # The list's lines joined here: shorn of the cell, its first line no longer shows
        # the width that wrapped it.
        rest = " ".join(row.strip() for row in raw[index + 1 : end])
        indent = " " * (len(line) - len(line.lstrip()))
        return [*raw[:index], f"{found['list']} {rest}", f"{indent}{found['cell']}", *raw[end:]]
    return raw


def _label_heads_down(raw: list[str]) -> list[str]:
    lines = raw
    for index in range(1, len(raw)):
        above, rest = lines[index - 1].rstrip(), lines[index].strip()
        head = above.rsplit(" ", 1)[-1]
        tails = _LABEL_HEADS.get(head.casefold())
        words = rest.split(maxsplit=1)
        if tails is None or " " not in above.strip() or not words:
            continue
        if words[0].casefold() in tails and ":" in rest[: len(words[0]) + 3]:
            lines = lines if lines is not raw else list(raw)  # the caller's list stays
            lines[index - 1] = above[: -len(head)].rstrip()
            lines[index] = lines[index].replace(rest, f"{head} {rest}", 1)
    return lines


# Cells of a row set apart by three spaces or more; two of them open with a label at least.
_CELL_GAP: Final = lazy_pattern(r"\S(?:.*?\S)?(?= {3,}|\s*$)")
_ROW_LABELS: Final = 2
# The most lines a narrow cell wraps a label's value onto.
_VALUE_LINES: Final = 2


def wrapped_label_rows(raw: list[str]) -> list[str]:
    """The lines, a row of labelled cells each wrapped within its width (`• News group :
    NEWS,Science     • News code :` / `Parks,Slider     18734`) read cell by cell, each
    label and its value on a line of its own."""
    read: list[str] = []
    index = 0
    while index < len(raw):
        line = raw[index]
        # (Most lines hold no gap, or open with no label: asked no more.)
        opens = "   " in line.strip() and L.opens_with_label(match_key(line.lstrip(" •*-")))
        cells = list(_CELL_GAP().finditer(line)) if opens else []
        labels = sum(L.opens_with_label(match_key(cell.group().lstrip(" •*-"))) for cell in cells)
        starts = [cell.start() for cell in cells]
        below = raw[index + 1 : index + 1 + _VALUE_LINES]
        rows = _takewhile_within(below, starts) if labels >= _ROW_LABELS else []
        if not rows:
            read.append(line)
            index += 1
            continue
        ends = [*starts[1:], None]
        for start, end in zip(starts, ends, strict=True):
            parts = (row[start:end].strip() for row in (line, *rows))
            read.append(" " * starts[0] + " ".join(part for part in parts if part))
        index += 1 + len(rows)
    return read


def _takewhile_within(rows: list[str], starts: list[int]) -> list[str]:
    """The lines under a row whose text stands within its cells, two of them at least (a
    line of one piece is the next block): each piece starting at a cell's start, no word
    across the next one's."""
    kept: list[str] = []
    for row in rows:
        pieces = list(_CELL_GAP().finditer(row)) if row.strip() else []
        # (Values, not a second row of labels and dates: `Study time : 2` / `Views : 642`.)
        inside = len(pieces) >= _ROW_LABELS and all(
            piece.start() in starts
            and not L.opens_with_label(key := match_key(piece.group()))
            and not holds_date(key)
            and not any(piece.start() < start < piece.end() for start in starts)
            for piece in pieces
        )
        if not inside:
            break
        kept.append(row)
    return kept
