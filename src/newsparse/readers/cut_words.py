"""Words a tool cut in two (pandoc's grid cells, lynx's comma lists) made whole again, where
the capture holds the whole word elsewhere and the piece only at the start of a line."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Final

from newsparse.grammar.lines import lazy_pattern

WORD: Final = lazy_pattern(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PUNCTUATION: Final = "\"'“”‘’«»()[]{}.,;:!?؟،؛*"
# The words a capture holds; those it holds only at the start of a line, where the rest
# of a cut word stands; and those only at the end of one, where its first piece does.
Words = tuple[frozenset[str], frozenset[str], frozenset[str]]


def inner_words(raw: list[str]) -> Words:
    """The words the capture holds, those it only ever holds at the start of a line, where
    the rest of a cut word would stand, and those only at the end of one."""
    seen: set[str] = set()
    not_first: set[str] = set()
    not_last: set[str] = set()
    for line in raw:
        # A grid table's row holds a line of each cell: each starts and ends at a wall.
        for cell in line.split("|") if "|" in line else (line,):
            words = [word.casefold() for word in WORD().findall(cell)]
            seen.update(words)
            # Only a word that opens a token stands where a cut word's rest could: the `s`
            # of `minute(s)` or `Iran's` does not.
            tokens = cell.split()
            starts = [match[0].casefold() for token in tokens if (match := WORD().match(token))]
            not_first.update(starts[1:])
            # Likewise only a whole word ends where a cut word's first piece could (`t` of
            # `don't` does not).
            not_last.update(
                bare.casefold()
                for token in tokens[:-1]
                if WORD().fullmatch(bare := token.strip(_PUNCTUATION))
            )
    return frozenset(seen), frozenset(seen - not_first), frozenset(seen - not_last)


def mended_blocks(blocks: Iterable[str], words: Words) -> Iterator[str]:
    """pandoc cuts long words in grid cells (`Innovation and P` / `rosperity Fund`), and the
    two pieces may land in two blocks: a piece found only at line starts, whose join with
    the word before is a word the capture holds, is the end of that word."""
    pending: str | None = None
    for block in blocks:
        if pending is not None and is_cut(pending, block, words):
            pending += block
        elif pending is not None:
            yield mended(pending, words)
            pending = block
        else:
            pending = block
    if pending is not None:
        yield mended(pending, words)


def may_be_cut(block: str) -> bool:
    """Whether a block holds a word that opens in lower case right after a letter: the
    only place a cut word's end can be. Most blocks hold none, and need no words counted."""
    parts = block.split(" ")
    return any(after[:1].islower() and before[-1:].isalpha() for before, after in pairwise(parts))


def mended(block: str, words: Words) -> str:
    parts = block.split(" ")
    mended = [parts[0]]
    for part in parts[1:]:
        if is_cut(mended[-1], part, words):
            mended[-1] += part
        else:
            mended.append(part)
    return " ".join(mended)


def is_cut(before: str, after: str, words: Words) -> bool:
    """Whether `after` opens with the rest of a word `before` ends with a piece of (or
    with the minutes of a time cut at its colon, `... - ۱۱` / `:۱۵ ...`)."""
    if after[:1] == ":" and _MINUTES().match(after) and _HOUR_END().search(before):
        return True
    seen, line_starts, _ = words
    halves = _halves(before, after)
    return halves is not None and halves[1] in line_starts and "".join(halves) in seen


_HOUR_END: Final = lazy_pattern(r"[-–]\s*\d{1,2}$")
_MINUTES: Final = lazy_pattern(r":\d{2}(?!\d)")


def _halves(before: str, after: str) -> tuple[str, str] | None:
    """The word a line ends with and the word the next line opens with, casefolded, where a
    cut may fall between them: right after a letter, before lower case or a script without
    case (Persian); a capital opens a new word."""
    tail = WORD().findall(before[-40:])[-1:] if before[-1:].isalpha() else []
    piece = WORD().match(after)
    if not tail or piece is None:
        return None
    # A capital opens a new word, but in a word all in capitals (`N` / `EWS`).
    if piece[0][:1].isupper() and not (piece[0].isupper() and tail[0].isupper()):
        return None
    return tail[0].casefold(), piece[0].casefold()


# A first line shorter than this share of the cell is short: prose fills its first lines
# but where the next word is longer than the rest of the width.
_SHORT_SHARE: Final = 0.75


def _tokens_laid_from_the_end(cell: list[str], width: int) -> list[str]:
    """A token longer than the cell (a comma list with no space after its commas) made
    whole: pandoc lays it from its end, its last piece filling the cell and its first alone
    on the line above (`Festi` / `vals,Universities,Youth`), one space short of the wall."""
    texts = [line[1:].rstrip() if line[:1] == " " else line.rstrip() for line in cell]
    out: list[str] = []
    for line, text in zip(cell, texts, strict=True):
        above = out[-1].strip() if out else ""
        # A rule's dashes are no token (a nested table's rule wrapped in the cell).
        token = " " not in text and any(char.isalnum() for char in text)
        if len(text) >= width - 1 and token and above and " " not in above:
            out[-1] = f" {above}{text}"
        else:
            out.append(line)
    return out


def unbroken_cell(cell: list[str], width: int, words: Words) -> list[str]:
    """A grid cell's lines with the runs pandoc cut at the wall inside words (a long heading,
    which it does not wrap: `Delegation from Vi` / `etnam visits ... an` / `d the park`) made
    one line: lines filled to the wall in a row, one of which, or the line after or before
    them, goes on with the rest of a cut word."""
    cell = _tokens_laid_from_the_end(_laid_from_the_end(cell, width, words), width)
    texts = [line[1:].rstrip() if line[:1] == " " else line.rstrip() for line in cell]
    # pandoc fills a cell to one or two spaces short of its right wall, one more where a
    # cut fell on a space.
    full = [len(text) >= width - 2 for text in texts]
    out: list[str] = []
    index = 0
    while index < len(texts):
        end = index
        # A run starts on a full line after one that is not.
        while end < len(texts) and full[end] and (end > index or not index or not full[index - 1]):
            end += 1
        run = texts[max(0, index - 1) : end + 1]
        # A paragraph's first line stopping short inside a word, the rest of it opening a
        # full line: the first piece of a cut heading (prose fills its first lines).
        short_start = (
            index > 0
            and len(texts[index - 1]) < width * _SHORT_SHARE
            and (index == 1 or not texts[index - 2].strip())
            and _piece(texts[index - 1], texts[index], words)
            # Laid from its end, a heading leaves room on its first line; prose does not.
            and _room_for(texts[index], texts[index - 1], width)
        )
        # Cut by characters: a piece opens with the space pandoc cut before (` the third`).
        spaced = end > index and any(map(_after_cut_space, texts[index : end + 1]))
        if end > index and (short_start or spaced or _cut_run(run, words)):
            opens = spaced and _after_cut_space(texts[index]) and bool(texts[index - 1].strip())
            start = (
                index - 1
                if index and (opens or _piece(texts[index - 1], texts[index], words))
                else index
            )
            last = (
                end + 1
                if end < len(texts)
                and (
                    texts[end][:1].isalpha()
                    or texts[end][:1] == "\u200c"
                    or _after_cut_space(texts[end])
                )
                else end
            )
            if start < index:
                out.pop()
            joined = texts[start]
            for before, after in pairwise(texts[start:last]):
                # Filled to one space short of the wall (a cut on a space leaves two), with no
                # space where the next line goes on: a cut.
                cut = _piece(before, after, words) or (
                    spaced and len(before) >= width - 1 and after[:1] != " "
                )
                joined += after if cut else " " + after.lstrip()
            out.append(" " + joined)
            index = last
            continue
        out.append(cell[index])
        index += 1
    return out


def _laid_from_the_end(cell: list[str], width: int, words: Words) -> list[str]:
    """A cell's lines with each paragraph pandoc laid out from its end made one line: a short
    first line, then lines filled to the wall to the paragraph's end (a long heading it cut,
    `Head of ... Town:` / `"Knowledge-based ... filters"`). Wrapped prose fills its first
    lines and seldom its last; a heading's pieces join where a word was cut, else a space."""
    out: list[str] = []
    start = 0
    while start < len(cell):
        end = start
        while end < len(cell) and cell[end].strip():
            end += 1
        block = [
            line[1:].rstrip() if line[:1] == " " else line.rstrip() for line in cell[start:end]
        ]
        if (
            len(block) >= _FROM_THE_END_LINES
            and block[0]
            and (len(block[0]) < width * _SHORT_SHARE or _room_for(block[1], block[0], width))
            and all(len(text) >= width - 1 for text in block[1:])
        ):
            joined = block[0]
            for before, after in pairwise(block):
                joined += after if _piece(before, after, words) else " " + after.lstrip()
            out.append(" " + joined)
        else:
            out.extend(cell[start:end])
        out.extend(cell[end : end + 1])
        start = end + 1
    return out


def _room_for(line: str, above: str, width: int) -> bool:
    """Whether the first word of a line would have fitted on the line above: wrapped prose
    never leaves room so (`... reach 38` / `2 million ...` is a cut)."""
    words = line.split()
    return bool(words) and len(above) + 1 + len(words[0]) <= width - 1


# The fewest lines of a paragraph laid out from its end: a short one and a full one.
_FROM_THE_END_LINES: Final = 2


def _after_cut_space(text: str) -> bool:
    """Whether a cell's line opens with the one space a cut by characters fell on (a list
    item's wrapped lines are indented by more)."""
    return text[:1] == " " and text[1:2] not in (" ", "")


def _piece(before: str, after: str, words: Words) -> bool:
    """Whether a line goes on with the rest of a word the line above ends with: it opens
    in lower case, right after a letter, with a piece found nowhere but at line starts,
    and the line above ends in a word that makes one with it or stands nowhere but at line
    ends (`Vi` / `etnam`, not `of` / `diagnostic`)."""
    if _joins(before, after, words):
        return True
    if before[-1:].isalpha() and after[:1] == "-" and after[1:2].isalpha():
        return True  # cut before a compound's hyphen: `Vice` / `-President`
    if before[-1:] == "-" and before[-2:-1].isalpha() and after[:1].isalpha():
        return True  # or after it: `Tehran Deep-` / `Tech Forum`
    if before[-1:].isdigit() and after[:1].isdigit():
        return True  # a number cut in two: `reach 38` / `2 million`
    _, line_starts, line_ends = words
    halves = _halves(before, after)
    return halves is not None and halves[1] in line_starts and halves[0] in line_ends


def _cut_run(texts: list[str], words: Words) -> bool:
    """Whether a line goes on with the rest of a word cut at the wall: a piece found nowhere
    but at line starts, which with the end of the line above makes a word the capture holds
    (`an` / `d`, `Biotechn` / `ology`). Wrapped prose never does; one such cut shows that
    pandoc cut the whole run by its width."""
    return any(_joins(before, text, words) for before, text in pairwise(texts) if text)


def _joins(before: str, after: str, words: Words) -> bool:
    """Whether the words either side of a line break are one word the tool cut: the join
    is a word the capture holds, or the cut fell at a zero-width non-joiner."""
    return (
        is_cut(before, after, words)
        or _at_joiner(before, after)
        or _ends_a_word(before, after, words)
    )


def _at_joiner(before: str, after: str) -> bool:
    """Whether a line was cut at a zero-width non-joiner, which stands inside a word only
    (`انرژی` / `‌های`)."""
    return (before[-1:] == "\u200c" and after[:1].isalpha()) or (
        after[:1] == "\u200c" and before[-1:].isalpha()
    )


def _ends_a_word(before: str, after: str, words: Words) -> bool:
    """Whether a line ends with a piece found nowhere but at line ends, which with the
    next line's first word makes a word the capture holds (`and t` / `he park`)."""
    seen, _, line_ends = words
    halves = _halves(before, after)
    return halves is not None and halves[0] in line_ends and "".join(halves) in seen
