"""A gallery's copies of the title broken over lines: its images' alt texts side by side in
narrow cells, each wrapped onto lines of its own, or run together on one line."""

from __future__ import annotations

from collections import Counter
from typing import Final

from newsparse.grammar.lines import Line
from newsparse.grammar.shapes import norm


def without_broken_copies(lines: list[Line], key: str) -> list[Line]:
    """The lines less the title's copies: a gallery whose images' alt text is the title
    prints it again and again, run together, and a narrow cell wraps them onto lines of
    their own (its cells side by side): a run of lines holding the title's words, each as
    many times over, and no other word (or all but the copies' last word, which a tool set
    on the captions' line)."""
    title = Counter(key.split())
    kept: list[Line] = []
    at = 0
    while at < len(lines):
        end = _copies_end(lines, at, key, title)
        if end is None:
            kept.append(lines[at])
            at += 1
        else:
            at = end
    return kept


def _copies_end(lines: list[Line], at: int, key: str, title: Counter[str]) -> int | None:
    """Where a run of the title's copies broken over lines from `at` ends, if one starts."""
    if not norm(lines[at].text).replace(key, "").strip(" []|"):
        return at + 1  # copies run together with nothing between (`[title] [title]`)
    seen: Counter[str] = Counter()
    found = last = None
    for end in range(at, min(len(lines), at + _BROKEN_LINES)):
        words = norm(lines[end].text).translate(_BRACKETS).split()
        if not words or any(word not in title for word in words):
            break
        seen.update(words)
        times, last = seen[words[0]] // title[words[0]], end + 1
        # (One copy on one line is the title's words in another order: a sentence's own.)
        whole = times and all(seen[word] == times * count for word, count in title.items())
        found = end + 1 if whole and (end > at or times > 1) else found
    # (Or copies side by side less their last word, which a tool set on the credits' line:
    # `... گشایش  ... گشایش` / `یافت (عکس: ...)  یافت (عکس: ...)`.)
    times = seen[key.split()[0]] // title[key.split()[0]] if seen else 0
    short = {word for word, count in title.items() if seen[word] < times * count}
    tail = times > 1 and short <= set(key.split()[-1:]) and seen[key.split()[-1]] == 0
    return found or (last if tail else None)


# The most lines a title's copies wrap onto: a word or two a line in the narrowest cell.
_BROKEN_LINES: Final = 16
# What a tool prints around copies of the title run together (pandoc's alt text brackets).
_BRACKETS: Final = str.maketrans("[]|", "   ")
