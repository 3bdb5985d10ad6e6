"""A figure's caption a tool ran on after a paragraph (lynx prints a `<figure>` inline),
set apart from it: the paragraph ends as a sentence does, the caption after it."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.chrome_words import opens_with_tag_heading
from newsparse.grammar.credit_words import NEXT_SENTENCE, PARAGRAPH_ENDS, is_credited
from newsparse.grammar.lines import Line, lazy_pattern

# The fewest words of a sentence before a caption run on after it, and of the caption (`1.`
# is no sentence).
_SENTENCE_BEFORE_WORDS: Final = 6
_RUN_ON_CAPTION_WORDS: Final = 6
_SOURCE_LINK: Final = lazy_pattern(r"(?i)://|\bdoi\b|\bwww\.")
_LEADING_ON: Final = frozenset(
    "as is are was the a an of to by and or with for that که و از به با".split()
)


def caption_apart(line: Line) -> list[Line]:
    """A paragraph and an image's caption a tool ran on after it, apart (lynx prints a
    `<figure>` inline: `... on the spot. A producer of vaccines shows its cold room`): a
    paragraph ends as a sentence does, and a line that ends otherwise after a whole sentence
    holds a caption after that sentence."""
    text = line.text.rstrip()
    # (The tags may end with a share bar's label: `... Tags: seed bank, drought Share:`.)
    tags = text.endswith((":", "：")) and not line.bullet
    if text.endswith(PARAGRAPH_ENDS) and not tags:
        return [line]
    breaks = list(NEXT_SENTENCE().finditer(text))
    if not breaks:
        return [line]
    last = breaks[-1]
    head, tail = text[: last.end()].rstrip(), text[last.end() :]
    if len(head.split()) < _SENTENCE_BEFORE_WORDS:
        return [line]
    if opens_with_tag_heading(tail):
        # A tag list a tool ran on after the text (html2text's table cell): chrome.
        return [Line(head, line.bullet)]
    if len(tail.split()) < _RUN_ON_CAPTION_WORDS or tags:
        return [line]
    if is_credited(tail):
        return [Line(head, line.bullet)]  # a caption with its credit: the picture's
    if _SOURCE_LINK().search(tail) or tail.split()[-1].casefold() in _LEADING_ON:
        # A reference's journal and its address, a sentence going on below (`... is
        # computed as` / an equation): a caption holds neither.
        return [line]
    return [Line(head, line.bullet), Line(tail)]
