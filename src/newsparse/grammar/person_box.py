"""A box on the person an article is about, under its text (an interview's): the photo's
alt text and their name under it, and their post under them."""

from __future__ import annotations

import re
from typing import Final, NamedTuple

from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.names import WRITTEN_TITLES
from newsparse.grammar.under_bullets import SENTENCE_ENDS

# A name is a few words; a post under it a phrase, a line or two at most.
_NAME_WORDS: Final = (2, 5)
_POST_WORDS: Final = 30
_ENDS: Final = (*SENTENCE_ENDS, ":", "：", ";", "؛")


def without_person_box(body: list[Line]) -> list[Line]:
    """The body less a box on the person it is about at its end (`Navid Sharifi` / `Navid
    Sharifi` / `Founder and managing director, Arta Pump Monitoring; PhD ...`): the photo's
    alt text and the name under it, a name the text names before, and a phrase under them
    ending no sentence. A statement's signature (a name and a post, no photo) is the text's.
    Or a box on its writer: their name, and a line under it opening with it that says what
    they write or who they are (`Kamran Ebadi` / `Kamran Ebadi covers industry ...`), the
    photo's alt text over them; the text above stays."""
    # (Several writers, a box each: the line on each opens with the name, whatever it says;
    # a writer the text above names is a section on them, a profile's.)
    boxes: list[_Box] = []
    while (end := len(body) - sum(b.size for b in boxes)) > _WRITER_BOX and (
        box := _writer_box(body[:end])
    ):
        boxes.append(box)
    size = sum(box.size for box in boxes)
    above = " ".join(line.text for line in body[: len(body) - size])
    unnamed = not any(box.name in above for box in boxes)
    # (Else the last box must say what its writer writes or who they are.)
    if boxes and ((len(boxes) > 1 and unnamed) or boxes[0].says) and size < len(body):
        return body[:-size]
    if len(body) < 4 or not _phrase(body[-1], 1, _POST_WORDS):
        return body
    name = body[-2].text
    if body[-3].text != name or not _phrase(body[-2], *_NAME_WORDS) or not _named(name):
        return body
    if not any(name in line.text for line in body[:-3]):
        return body
    return body[:-3]


def _named(text: str) -> bool:
    """Whether a phrase reads as a person's name: no figure, no word in lower case."""
    return not any(c.isdigit() for c in text) and not any(w[:1].islower() for w in text.split())


def _phrase(line: Line, least: int, most: int) -> bool:
    """Whether a line is a phrase of so many words, no list item, ending no sentence."""
    words = len(line.text.split())
    return not line.bullet and least <= words <= most and not line.text.endswith(_ENDS)


# A box on the writer: their name and a line on them; the photo's alt text may stand over it.
_WRITER_BOX: Final = 2
# What a line on a writer says they do (a section's subheading naming a founder says none).
_WRITES: Final = re.compile(
    r"\b(?:covers|writes|reports|edits|is (?:a|an|the) (?:\w+ )?(?:reporter|journalist|editor"
    r"|correspondent|writer|columnist))\b|خبرنگار|نویسنده|دبیر سرویس"
)


_WHO: Final = lazy_pattern(
    r"(?:is|was) (?:a|an|the) |(?:teaches|directs|chairs) "
    r"|(?:عضو|استاد|دانشیار|استادیار|پژوهشگر) "
)


class _Box(NamedTuple):
    """A box on a writer: its lines, their name, and whether the line on them says what they
    write or who they are."""

    size: int
    name: str
    says: bool


def _writer_box(body: list[Line]) -> _Box | None:
    """The box on the writer ending the body: none if it ends otherwise."""
    line, about = body[-2], body[-1].text.removeprefix("* ")  # (a footnote's mark on it)
    # (The photo's alt text run into the name: `Ali RostamiAli Rostami`, `[Ali Rostami]Ali ...`.)
    text = line.text.replace("[", "").replace("]", " ").strip()
    half = len(text) // 2
    glued = text[:half].strip() == text[half:].strip()
    name = Line(text[:half].strip(), line.bullet) if glued else line
    if not _phrase(name, *_NAME_WORDS) or not _named(name.text):
        return None
    # (The line may name them without their title: `دکتر مهدی صادقی` / `مهدی صادقی ...`.)
    named = _NAME_TITLE().sub("", name.text)
    if not about.startswith((f"{name.text} ", f"{named} ")) or len(about.split()) > _POST_WORDS:
        return None
    # (Or says who they are, `Mehran Azizi is a senior researcher in ...`, `... teaches ...`:
    # a column's box; not `leads`, a caption's verb, `Sara Ahmadi leads a tour of ...`.)
    at = len(name.text if about.startswith(f"{name.text} ") else named) + 1
    size = _WRITER_BOX + (body[-3].text in (name.text, named))
    text = " ".join(line.text for line in body[:-size])
    says = _WRITES.search(about) is not None or (
        _WHO().match(about, at) is not None and named not in text
    )
    return _Box(size, named, says)


_NAME_TITLE: Final = lazy_pattern(rf"(?:{'|'.join(map(re.escape, sorted(WRITTEN_TITLES)))})\s+")
