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
# Where a list was joined as cut at the edge, until the capture's words say cut or wrapped.
CUT_MARK: Final = "\u2060"


def inner_words(raw: list[str]) -> Words:
    """The words the capture holds, those it only ever holds at the start of a line, where
    the rest of a cut word would stand (or as a letter alone ending one, a piece too), and
    those only at the end of one."""
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
            # (A letter alone closing a cell's line is a piece itself: `Medical s` / `ciences`.)
            lone = bool(tokens) and len(tokens[-1]) == 1 and tokens[-1].isalpha()
            not_first.update(starts[1:-1] if lone else starts[1:])
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


def piece(before: str, after: str, words: Words) -> bool:
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


def cut_run(texts: list[str], words: Words) -> bool:
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
        or _lone_letter(before, after, words)
    )


# The words of one letter the languages have: any other letter standing alone is a piece.
_ONE_LETTER_WORDS: Final = frozenset({"a", "i", "o", "و"})


def _lone_letter(before: str, after: str, words: Words) -> bool:
    """Whether a line opens with a letter standing alone that is no word, found nowhere but
    at line starts, after a line ending in a letter: the last letter of a word cut at the
    wall, whole nowhere else in the capture (`شدن` / `د، ...`). A letter before a period
    is an abbreviation's (`e.g.`)."""
    halves = _halves(before, after)
    return (
        halves is not None
        and len(halves[1]) == 1
        and halves[1] not in _ONE_LETTER_WORDS
        and halves[1] in words[1]
        and after[1:2] != "."
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


# An address w3m cut where it breaks a long one: after its scheme's colon or a slash.
_CUT_ADDRESS: Final = lazy_pattern(r"\bhttps?:(?://\S*/)?$")
# An address's path ending a line, and a line going on with it: lynx breaks a long one
# before a hyphen or a slash (`.../method-description-and` / `-validation-2018.aspx`).
_ADDRESS_END: Final = lazy_pattern(r"(?:^|\s)\S*[^\W\d_]/\S*[\w/]$")
_ADDRESS_GOES_ON: Final = lazy_pattern(r"[-_/]\w")
# An address's query or path a tool broke where it met the line's end, inside a word or
# after `=` (`...register?inst` / `itution-type=...&lang`, `.../Grants-2025/ap` /
# `plication-form-and-eligibility,`).
_ADDRESS_TAIL: Final = lazy_pattern(r"(?:^|\s)(?P<address>https?://(?P<path>[^/\s]+/)?\S*)$")
_QUERY_REST: Final = lazy_pattern(r"[=&]?[a-z0-9]\S*?[=&]\S*|[=&][a-z0-9]\S*")
_SLUG_REST: Final = lazy_pattern(r"[a-z]\S*?(?:-[a-z0-9]+-|/|%[0-9A-Fa-f]{2})\S*")


def lines_joined(block: list[str]) -> str:
    """A paragraph's wrapped lines joined with a space, but for an address a tool cut at a
    line's end (`https://doi.org/10.5555/` / `srep.2022.40117`), joined whole, and a line
    w3m wrapped after an opening bracket (`wheat (` / `Triticum aestivum)`)."""
    opened = any(line.endswith("(") for line in block[:-1])
    if len(block) < 2 or not (opened or any("http" in line for line in block[:-1])):
        return " ".join(block)
    joined = block[0]
    for line in block[1:]:
        cut = (
            (_CUT_ADDRESS().search(joined) is not None and line[:1] not in ' ([«"“')
            or (_ADDRESS_END().search(joined) is not None and _ADDRESS_GOES_ON().match(line))
            or _address_rest(joined, line)
        )
        joined += line if cut or (joined.endswith("(") and line[:1] != " ") else f" {line}"
    return joined


def _address_rest(above: str, line: str) -> bool:
    """Whether a line opens with the rest of an address broken at the end of the text above:
    a query's rest (its `=` or `&`, or one ending the address), or a path's, where the address
    has a path and the rest holds a slug's hyphens, a slash or an escape; not a sentence's
    next word (`https://isti.ir` / `state-of-the-art`, `.../news` / `50%`)."""
    tail = _ADDRESS_TAIL().search(above)
    if tail is None:
        return False
    rest = line.split(" ", 1)[0]
    if tail["address"].endswith(("=", "&", "?")) or _QUERY_REST().fullmatch(rest):
        return rest[:1].isalnum() or rest[:1] in "=&"
    return tail["path"] is not None and _SLUG_REST().fullmatch(rest) is not None


def cut_marks_read(block: str, words: Words) -> str:
    """A block with each join marked as a cut made one: no space where the piece after it
    only ever opens a line (the rest of a cut word, `rces,`), else a space (a word the
    capture holds inside its lines too, `for`: a wrap at a space)."""
    parts = block.split(CUT_MARK)
    joined = parts[0]
    for part in parts[1:]:
        piece = WORD().match(part)
        cut = piece is None or piece[0].casefold() in words[1]
        cut = cut or _address_rest(joined, part)
        joined += part if cut else f" {part}"
    return joined
