"""A pull quote: a sentence of the text set again among its paragraphs, in large type and
often in quotes, sometimes cut short or with a few words left out."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import Line

# A pull quote repeats a sentence of the text, this many words, a few paragraphs from it.
_QUOTE_WORDS: Final = 8
_FRAGMENT_WORDS: Final = 4
# A short sentence alone, said again word for word in the paragraph beside it, is one too.
_SENTENCE_WORDS: Final = 5
_QUOTE_MAX_WORDS: Final = 60
_QUOTE_REACH: Final = 8
_QUOTES: Final = "\"'“”«»‘’ "
_CLOSING: Final = ".,;:!?؟،"
# A sentence set apart (a title's words, a signature's post, are none) is a quote of text
# further off: a table's rows may stand between.
_SENTENCE_REACH: Final = 12
_SENTENCE_ENDS: Final = (".", "!", "?", "؟", "…", *_QUOTES.strip())
# A sentence set in quotes is a quote of text anywhere in a long read's screens around it,
# its words in their order with a few left out (`makes it normal, and affordable, to do`).
_QUOTED_REACH: Final = 30
_LEFT_OUT_WORDS: Final = 6
# A sentence in no quotes with a few words left out quotes the paragraph beside it only.
_SHORTENED_REACH: Final = 1
# A word, a ZWNJ inside a Persian one keeping it whole (`یک‌سوم`), as a reader counts it.
_WORD: Final = re.compile(r"\w+(?:\u200c\w+)*")


def without_pull_quotes(body: list[Line]) -> list[Line]:
    """The body less the lines that repeat, in quotes or not, words a paragraph near them
    holds (a pull quote set among the paragraphs it quotes)."""
    texts = [line.text.casefold() for line in body]
    cache: dict[int, list[str]] = {}  # each paragraph's words, split once
    kept = []
    for at, line in enumerate(body):
        # Its closing mark may differ (`... is safe."` of `... is safe," he said`).
        quote = line.text.strip(_QUOTES).rstrip(_CLOSING).strip(_QUOTES).casefold()
        words = len(quote.split())
        sentence = line.text.endswith(_SENTENCE_ENDS)
        quoted = sentence and line.text[:1] in _QUOTES and words >= _QUOTE_WORDS
        # (A long sentence set apart, word for word, quotes text as far off as a quoted one.)
        far = sentence and words >= _QUOTE_WORDS
        reach = _QUOTED_REACH if far else _SENTENCE_REACH if sentence else _QUOTE_REACH
        near = [*range(max(0, at - reach), at), *range(at + 1, min(len(body), at + 1 + reach))]
        # A few words in quotes, or opening in lower case, are no subheading: a quote's.
        fragment = line.text[:1].islower() or line.text[:1] in _QUOTES
        least = _FRAGMENT_WORDS if fragment else _SENTENCE_WORDS if sentence else _QUOTE_WORDS
        repeated = least <= words <= _QUOTE_MAX_WORDS and any(
            len(texts[i]) > len(quote)
            and (
                quote in texts[i]
                or (
                    (quoted or (sentence and abs(i - at) <= _SHORTENED_REACH))
                    and _words_in_order(quote, _words(texts, i, cache))
                )
                or (quoted and _in_pieces(_WORD.findall(quote), _words(texts, i, cache)))
                or (quoted and _elided(quote, texts[i]))
            )
            for i in near
        )
        if not repeated:
            kept.append(_without_quote_run_on(line, texts, at, cache))
    return kept


# A quoted sentence (or phrase) ending a paragraph after a sentence of its own: a pull quote a
# tool ran on after the paragraph above it (lynx sets a `<div>` under a `<p>` with no blank line).
_QUOTE_AT_END: Final = re.compile(r"(?<=[.!?؟])[\"”»]?\s+([\"“«][^\"“”«»]{20,400}[.!?؟]?[\"”»])$")


def _without_quote_run_on(
    line: Line, texts: list[str], at: int, cache: dict[int, list[str]]
) -> Line:
    """A paragraph less the pull quote run on after it, where it or a paragraph above holds
    the quote's words."""
    found = _QUOTE_AT_END.search(line.text, max(0, len(line.text) - 410))
    if found is None:
        return line
    quote = found[1].strip(_QUOTES).rstrip(_CLOSING).strip(_QUOTES).casefold()
    head = line.text[: found.start()].casefold()  # the paragraph it quotes, it may be
    # (A few words in quotes, no sentence: the paragraph's own words, word for word.)
    phrase = len(quote.split()) >= _FRAGMENT_WORDS and quote in head
    if len(quote.split()) < _QUOTE_WORDS or found[1][-2:-1] not in ".!?؟":
        return Line(line.text[: found.start()].rstrip(), line.bullet) if phrase else line
    # (Above it only: the paragraph it quotes may end with the same sentence.)
    near = range(max(0, at - _QUOTED_REACH), at)
    quoted = quote in head or _words_in_order(quote, _WORD.findall(head))
    if not quoted and not any(
        quote in texts[i] or _words_in_order(quote, _words(texts, i, cache)) for i in near
    ):
        return line
    return Line(line.text[: found.start()].rstrip(), line.bullet)


def _elided(quote: str, text: str) -> bool:
    """Whether a quote that marks what it leaves out (`It ... does not say`) holds pieces of
    a paragraph's text, in their order, however much each mark stands for."""
    pieces = [_WORD.findall(piece) for piece in _ELISION.split(quote)]
    if len(pieces) < 2 or any(len(piece) < _ELIDED_WORDS for piece in pieces):
        return False
    # Each piece's words, word for word, after the last piece's.
    words, at = _WORD.findall(text), 0
    for piece in pieces:
        at = next((i for i in range(at, len(words)) if words[i : i + len(piece)] == piece), -1)
        if at < 0:
            return False
        at += len(piece)
    return True


_ELISION: Final = re.compile(r"\s*(?:\.\.\.|…)\s*")
_ELIDED_WORDS: Final = 3  # a piece's fewest words


def _words(texts: list[str], index: int, cache: dict[int, list[str]]) -> list[str]:
    if index not in cache:
        cache[index] = _WORD.findall(texts[index])
    return cache[index]


def _words_in_order(quote: str, found: list[str]) -> bool:
    """Whether a text's words hold a quote's in their order, a few of its own between."""
    wanted = _WORD.findall(quote)
    span = len(wanted) + _LEFT_OUT_WORDS
    for start in (i for i, word in enumerate(found) if word == wanted[0]):
        at = 0
        for word in found[start : start + span]:
            if word == wanted[at]:
                at += 1
                if at == len(wanted):
                    return True
    return False


# A quote cut from its sentence in a few pieces, a clause between them left out (`Forty
# young teams, most of them graduates of three universities, will be able to rent ...`).
_PIECES: Final = 3
_PIECE_WORDS: Final = 3
_LEFT_OUT_CLAUSES: Final = 20  # the words left out between the pieces, in all


def _in_pieces(wanted: list[str], found: list[str]) -> bool:
    """Whether a text's words hold a quote's in their order, in three pieces or fewer of
    three words or more each, a few clauses' words left out between them."""
    return bool(wanted) and any(
        _pieces_from(wanted, found, begin, _PIECES, _LEFT_OUT_CLAUSES)
        for begin, word in enumerate(found)
        if word == wanted[0]
    )


def _pieces_from(wanted: list[str], found: list[str], begin: int, pieces: int, left: int) -> bool:
    """Whether the quote's words open a piece at the text's word `begin` and the rest follow
    in `pieces - 1` pieces more, at most `left` words left out between them."""
    length = 0
    while length < len(wanted) and begin + length < len(found):
        if found[begin + length] != wanted[length]:
            break
        length += 1
    if length < _PIECE_WORDS:
        return False
    rest, after = wanted[length:], begin + length
    if not rest:
        return True
    # (Each next piece opens within the words still allowed to be left out: the search is
    # bounded, however often the quote's words recur in the text.)
    return pieces > 1 and any(
        _pieces_from(rest, found, at, pieces - 1, left - (at - after))
        for at in range(after + 1, min(len(found), after + left + 1))
        if found[at] == rest[0]
    )
