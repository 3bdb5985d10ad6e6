"""The title's copies as the page printed them, where a tool joined or broke their lines.

The CMS prints the title two or three times (heading, image caption, alt text). A tool
that wraps a narrow column joins lines it only sees as wrapped: the kicker with the title
under it, a copy with the lead under it. Another breaks a copy in two. Each copy is made a
line of its own again, by what the other copies say.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Final

from newsparse.grammar.credit_words import is_credited
from newsparse.grammar.kicker import KICKER_MAX, RUN_IN_KICKER_MAX
from newsparse.grammar.lines import Line
from newsparse.grammar.shapes import COPY_MIN, doubled, norm, prose
from newsparse.grammar.title import TOP_LINES
from newsparse.grammar.under_bullets import SENTENCE_ENDS

# The lines below the info block the title's copies stand among.
_COPY_REACH: Final = 8
# The longest kicker and title run together: longer lines are paragraphs.
_RUN_MAX: Final = 600
# Where a kicker ends inside a line: its `:` `;` `؛` and the space after it.
_KICKER_ENDS: Final = (": ", "; ", "؛ ")


def joined_copies(lines: list[Line], near: list[Line]) -> list[Line]:
    """Two lines that together are a line standing whole nearby (a title copy a tool broke
    in two, pandoc inside a table cell) made one again; a line that is one standing nearby
    twice over (an image's alt text and its caption, run together) made two."""
    seen = Counter(norm(line.text) for line in near)
    whole = set(seen)
    joined: list[Line] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        at += 1
        # (A line standing twice over is two copies, though a line nearby holds them run
        # together; two pieces of a copy a tool broke alike each time are one.)
        doubled_copy = (
            joined and norm(joined[-1].text) == norm(line.text) and seen[norm(line.text)] > 1
        )
        if joined and not doubled_copy and norm(f"{joined[-1].text} {line.text}") in whole:
            joined[-1] = Line(f"{joined[-1].text} {line.text}", joined[-1].bullet)
        elif joined and at < len(lines) and _three_pieces(joined[-1], line, lines[at], whole):
            # (Three pieces: a narrow cell wrapped the copy twice.)
            text = f"{joined[-1].text} {line.text} {lines[at].text}"
            joined[-1] = Line(text, joined[-1].bullet)
            at += 1
        elif len(line.text) > COPY_MIN and (copy := doubled(line.text)) and norm(copy) in whole:
            joined.extend((Line(copy, line.bullet), Line(copy)))
        else:
            joined.append(line)
    return joined


def _three_pieces(first: Line, second: Line, third: Line, whole: set[str]) -> bool:
    """Whether three lines together are a line standing whole nearby."""
    return norm(f"{first.text} {second.text} {third.text}") in whole


def split_copies(above: list[Line], below: list[Line]) -> tuple[list[Line], list[Line]]:
    """The kicker and title a tool ran together (`<kicker>؛ <title>`) split in two, where
    a line further on is the same title, or opens with it run into the lead (`<title>
    <lead>`): the lead is split off too."""
    lines = [*above, *below]
    # Where the kicker and the title's copies stand: the lines round the info block.
    reach = min(len(lines), len(above) + _COPY_REACH)
    for at, line in enumerate(lines[:reach]):
        for title in _titles_after_kicker(line.text):
            later = next(
                (i for i in range(at + 1, reach) if _opens_with(lines[i].text, title)),
                None,
            )
            if later is None:
                continue
            kicker = line.text[: len(line.text) - len(title)].rstrip()
            rest = lines[later].text[len(title) :].strip()
            split = [
                *lines[:at],
                Line(kicker, line.bullet),
                Line(title),
                *lines[at + 1 : later],
                Line(title),
                *([Line(rest)] if rest else []),
                *lines[later + 1 :],
            ]
            cut = len(above) + (1 if at < len(above) else 0)
            return split[:cut], split[cut:]
    return above, below


# The words a breadcrumb cut short may lack of the title.
_CUT_WORDS: Final = 4


def split_at(lines: list[Line], crumb: str) -> list[Line]:
    """The kicker and the title a tool ran together split in two where the old portal's
    breadcrumb names the title (`News > Vice-President on ...`, maybe cut short)."""
    opening = crumb.rstrip(".… ")
    if len(opening) < COPY_MIN:
        return lines
    for at, line in enumerate(lines[:_COPY_REACH]):
        for ending in _KICKER_ENDS:
            run = f"{ending}{opening}"
            found = line.text.find(run, 0, RUN_IN_KICKER_MAX + len(run))
            if found <= 0:
                continue
            head, tail = line.text[: found + 1], line.text[found + len(ending) :]
            # The title alone after the kicker: a title run on into the text is a cell a
            # tool flattened, which `run_into` tells.
            if len(tail.split()) <= len(crumb.split()) + _CUT_WORDS:
                return [*lines[:at], Line(head, line.bullet), Line(tail), *lines[at + 1 :]]
    return lines


def _titles_after_kicker(text: str) -> list[str]:
    """The texts after the first kicker ending of each kind inside a line, long enough for
    a title (a kicker holds no `:` of its own before the one that ends it)."""
    if len(text) > _RUN_MAX:
        return []
    found = []
    for ending in _KICKER_ENDS:
        start = text.find(ending)
        if start > 0 and len(text) - start - len(ending) >= COPY_MIN:
            found.append(text[start + len(ending) :])
    return found


def _opens_with(text: str, title: str, *, alt: bool = False) -> bool:
    """Whether a line is the title, or the title run into more words (`<title> <lead>`);
    with `alt`, after a picture's alt text of a few words too."""
    at = copy_start(text, title) if alt else (0 if text.startswith(title) else None)
    return at is not None and text[at + len(title) : at + len(title) + 1] in ("", " ")


# The words of a picture's alt text a tool printed before the title's copy, at most; a
# sentence's or a kicker's end is no alt text's.
_ALT_BEFORE_WORDS: Final = 3
_NO_ALT_ENDS: Final = (".", "!", "?", "؟", ":", ";", "؛")


def copy_start(text: str, title: str) -> int | None:
    """Where the title's copy opening a line starts: at the start, or after the few words
    of a picture's alt text (`<alt> <title> <lead>`, a table cell html2text flattened),
    where the title is a long one."""
    if text.startswith(title):
        return 0
    at = text.find(f" {title}")
    if at <= 0 or len(title.split()) < _ONE_COPY_WORDS:
        return None
    alt = text[:at]
    if len(alt.split()) > _ALT_BEFORE_WORDS or alt.rstrip().endswith(_NO_ALT_ENDS):
        return None
    return at + 1


def copy_run_on(post: list[Line], title: str) -> tuple[list[Line], int | None]:
    """The lines with the title's only copy below the block set apart from the caption a
    tool ran on after it (`<title> <caption>`), where only short lines stand above it (a
    side column's, printed between the kicker and the copy); and where the copy stands."""
    for at, line in enumerate(post[:TOP_LINES]):
        run_in = _kicker_run_into(line.text, title)
        if run_in is not None and not line.bullet:
            # The kicker, the title and the text after it on one line (html2text runs a
            # table cell's lines together).
            kicker, after = run_in
            tail = [Line(after)] if after else []
            return [*post[:at], Line(kicker), Line(title), *tail, *post[at + 1 :]], at + 1
        if line.text.startswith(f"{title} ") and not line.bullet:
            rest = Line(line.text[len(title) :].strip())
            return [*post[:at], Line(title), rest, *post[at + 1 :]], at
        if prose(line.text):
            break
    return post, None


def run_into(post: list[Line], title: str | None, words: int = 0) -> bool:
    """Whether a title stands run in after its kicker on one of the first lines below, with
    more than `words` words after it."""
    if not title:
        return False
    return any(
        (run := _kicker_run_into(line.text, title)) and len(run[1].split()) > words
        for line in post[:TOP_LINES]
    )


# The words a text run on after the title's copies holds there: more than most leads.
COPIES_RUN_ON_WORDS: Final = 60


def copies_run_on(lines: Sequence[Line], title: str | None, words: int) -> bool:
    """Whether a line opens with the title's copies (alt text, caption) and runs on past
    them with more than `words` words."""
    if not title:
        return False
    return any(
        _opens_with(line.text, title, alt=True)
        # A short title may open the lead as its first words: printed once, a long one only.
        and (len(title.split()) >= _ONE_COPY_WORDS or line.text.count(title) > 1)
        and len(line.text[line.text.rfind(title) + len(title) :].split()) > words
        for line in lines
    )


def _kicker_run_into(text: str, title: str) -> tuple[str, str] | None:
    """The kicker, with its ending, and the text after the title, where a line opens with a
    kicker run into the title and goes on after it."""
    for ending in _KICKER_ENDS:
        # (After a semicolon the title says where the kicker ends, however long: `<kicker>;
        # <title> <lead>`; a colon may end a lead's words quoting the title, `... said: <title>`.)
        most = RUN_IN_KICKER_MAX if ending == ": " else KICKER_MAX
        at = text.find(f"{ending}{title} ", 0, most + len(ending) + len(title))
        if at > 0:
            return text[: at + 1], text[at + len(ending) + len(title) :].strip()
        # (Or the title ends the line, after a kicker as long as any: a paste joins the
        # kicker's line and the title's; a lead's words quoting the title go on after it.)
        at = len(text) - len(ending) - len(title)
        if 0 < at <= KICKER_MAX and text.endswith(f"{ending}{title}"):
            return text[: at + 1], ""
    return None


def kicker_run_on(body: list[Line], kicker: str | None) -> list[Line] | None:
    """The body less the kicker printed again that opens its first line, run into the lead
    (html2text runs a table cell's lines together); None where it does not open so."""
    if not kicker or not body:
        return None
    text = body[0].text
    for ending in _KICKER_ENDS:
        if text.startswith(f"{kicker}{ending}") and len(text) > len(kicker) + len(ending):
            return [Line(text[len(kicker) + len(ending) :], body[0].bullet), *body[1:]]
    return None


# The fewest words of a title a lead cannot open with by chance.
_ONE_COPY_WORDS: Final = 6


def captions_apart(line: Line, title: str) -> list[Line]:
    """A gallery's alt texts and captions a tool ran into one paragraph (`<title> caption
    <title> caption ...`): each caption a line of its own, the title's copies left out. A
    paragraph they ran on after keeps its text before them."""
    text = line.text
    if _copy_ends(text, title):
        return [Line(text[: -len(title)].rstrip(), line.bullet)]
    if (first := _gallery_run_on(text, title)) is not None:
        rest = captions_apart(Line(text[first + 1 :], line.bullet), title)
        return [Line(text[:first], line.bullet), *rest]
    if not text.startswith(title) or text.count(title) < 2:
        return [line]
    # A caption carrying its photographer's credit labels a picture, as on its own line.
    parts = [part.strip() for part in text.split(title)]
    return [Line(part, line.bullet) for part in parts if part and not is_credited(part)]


# Alt text in brackets runs over at most this many lines, and opens as the title does.
_BRACKET_LINES: Final = 6
_BRACKET_OPENING_WORDS: Final = 6


def bracketed_copy(lines: list[Line], key: str) -> int:
    """How many lines an image's alt text takes that pandoc printed in brackets and the
    reader could not join again (`[Title ... ,` / `... in` / `Kerman]`), when it is a copy
    of the title; 0 when the first line opens no such run."""
    if not lines[0].text.startswith("[") or "]" in lines[0].text:
        return 0
    for end, line in enumerate(lines[:_BRACKET_LINES], start=1):
        if line.text.endswith("]"):
            inner = norm(" ".join(x.text for x in lines[:end]).strip("[]"))
            opening = " ".join(key.split()[:_BRACKET_OPENING_WORDS])
            return end if key in inner or inner.startswith(opening) else 0
    return 0


def _copy_ends(text: str, title: str) -> bool:
    """Whether a paragraph ends on the title's copy a tool ran on after its last sentence
    (a video's poster's alt text, `... to find the flames. <title>`)."""
    if len(title.split()) < _ONE_COPY_WORDS or not text.endswith(f" {title}"):
        return False
    return text[: -len(title)].rstrip().endswith(SENTENCE_ENDS)


def _gallery_run_on(text: str, title: str) -> int | None:
    """Where a gallery's pictures a tool ran on after a paragraph's last sentence start, each
    the title (its alt text) and a caption, the first closed by its credit (`... آزاد است.
    <title> بازدید ... (عکس: ...)`)."""
    first = text.find(f" {title}")
    end = first + 1 + len(title)
    if first <= 0 or text.startswith(title) or text[end : end + 1].isalnum():
        return None  # (a line opening with the title is the gallery's own, or the lead's)
    # (Its first picture's caption closes with its credit: a sentence naming the title, none.)
    credited = is_credited(text[end:].strip())
    return first if credited and text[:first].endswith(SENTENCE_ENDS) else None
