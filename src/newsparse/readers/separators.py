"""The lines a tool draws between blocks: rules (`-----`, `=====`, `<hr>`) and a table's
borders (`---|---`, w3m's box-drawing characters). They bound blocks and are never text."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.lines import lazy_pattern

# w3m draws a rule (`<hr>`) and a table's borders with box-drawing characters.
_BOX_DRAWING: Final = "".join(map(chr, range(0x2500, 0x2580)))
_SEPARATOR_CHARS: Final = frozenset("-=_*+|:~" + _BOX_DRAWING)

# A rule or border: only rule characters and spaces, three rule characters in a row. Two
# searches, not one pattern with a run inside runs of the same characters: that backtracks.
_NOT_RULE: Final = lazy_pattern(r"[^\s\-=_*+|:~\u2500-\u257f]")
_RULE_RUN: Final = lazy_pattern(r"[\-=_*+|:~\u2500-\u257f]{3}")


def is_separator(stripped: str) -> bool:
    """Whether a stripped line is a table border or a rule (it opens with a rule character)."""
    return (
        stripped[0] in _SEPARATOR_CHARS
        and _NOT_RULE().search(stripped) is None
        and _RULE_RUN().search(stripped) is not None
    )


def rule_characters_only(stripped: str) -> bool:
    """A lone `-` or `:` (pandoc leaves one under a table): never the end of a paragraph."""
    return stripped[0] in _SEPARATOR_CHARS and not stripped.strip("".join(_SEPARATOR_CHARS) + " ")
