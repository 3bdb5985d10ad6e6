"""What stands right under the info bullets where the title is printed above them (the
Persian pages' order): the kicker the page printed there, or a picture's alt text; an
author's post under a byline; and the kicker printed again where the body opens."""

from __future__ import annotations

from typing import Final

from newsparse.grammar.bylines import is_byline
from newsparse.grammar.kicker import kicker_above, kicker_shaped
from newsparse.grammar.lines import Line
from newsparse.grammar.shapes import kicker_after_bullets, kicker_ending, norm, strip_kicker

# A kicker (or the kicker printed again under the title) is a phrase of a few words (a
# lead may end in a colon too); the lead under it holds at least a sentence's words.
PHRASE_WORDS: Final = 12
LEAD_WORDS: Final = 15
# An author's post names an office and its body (`Head of the Office for Elite Affairs in
# Industry, National Foundation of Elites`): a kicker's words and a few more.
_POST_WORDS: Final = 16
SENTENCE_ENDS: Final = (".", "!", "?", "؟", "»", '"', "”")

# The most words of an image's alt text a text tool prints between the bullets and the lead.
_IMAGE_NAME_WORDS: Final = 6


def kicker_and_text_under_bullets(
    pre: list[Line], post: list[Line], key: str
) -> tuple[Line | None, list[Line]]:
    """The kicker and the text where the title stands above the bullets or nowhere below
    them: the kicker above the title, or the first line under the bullets."""
    above_title = kicker_above(pre, key)
    in_pre = any(norm(line.text) == key for line in pre)
    first_is_kicker = bool(post) and (
        kicker_after_bullets(post) if not in_pre else kicker_under_bullets(post, above_title)
    )
    kicker, body = (post[0], post[1:]) if first_is_kicker else (above_title, post)
    return kicker, body[1:] if in_pre and image_name(body) else body


def untitled(post: list[Line]) -> tuple[str | None, list[Line]]:
    """The kicker and the text of a capture that shows no title (one starting at the info
    block): a kicker's phrase right under the bullets is the kicker still, and a byline
    under it no text."""
    if not post or not kicker_under_bullets(post, None):
        return None, post
    body = post[2:] if len(post) > 1 and is_byline(post[1].text) else post[1:]
    return strip_kicker(post[0].text), body


def image_name(body: list[Line]) -> bool:
    """Whether the body opens with a phrase of a few words over the lead, under the bullets
    of a title printed above them, in a text with no other such phrase: the text tools print
    the picture's alt text there (the page sets its picture first). A text set out under
    subheadings may open with one."""
    if len(body) < 2 or not _phrase(body[0]) or is_byline(body[0].text):
        return False
    return len(body[1].text.split()) >= LEAD_WORDS and not any(map(_phrase, body[2:]))


def _phrase(line: Line) -> bool:
    """Whether a line is a phrase of a few words ending no sentence (a subheading, alt text)."""
    return (
        not line.bullet
        and len(line.text.split()) <= _IMAGE_NAME_WORDS
        and not line.text.endswith((*SENTENCE_ENDS, ":", ";", "؛", "*"))
    )


def kicker_under_bullets(post: list[Line], above_title: Line | None) -> bool:
    """Whether the first line under the bullets is the kicker of a title printed above them
    (and there only): a short phrase ending as a kicker does, where none stands above it."""
    first = post[0]
    return (
        above_title is None
        and len(post) > 1
        and not first.bullet
        and kicker_ending(first.text)
        and kicker_shaped(first)
        and len(first.text.split()) <= PHRASE_WORDS
    )


def affiliation(line: Line, lead: Line) -> bool:
    """Whether a line under a byline is the author's post: a phrase ending no sentence, the
    lead under it."""
    words = len(line.text.split())
    return (
        not line.bullet
        and words <= _POST_WORDS
        and not line.text.endswith((*SENTENCE_ENDS, ":"))
        and len(lead.text.split()) >= LEAD_WORDS
    )


def post_over(lines: list[Line]) -> bool:
    """Whether the first line is the author's post under an author box's name: the lead a
    line to three below it (the title's copy, a picture's alt text or a translator's credit
    between); not the name printed again (the photo's alt text, then the name under it)."""
    if is_byline(lines[0].text, loose=True):
        return False
    below = (line for line in lines[1:4] if len(line.text.split()) >= LEAD_WORDS)
    return affiliation(lines[0], next(below, lines[1]))


def byline_with_post(line: Line, lead: Line) -> bool:
    """Whether a line under the title is a byline with the author's post after a comma
    (`دکتر علیرضا فتحی، عضو هیئت علمی دانشگاه صنعتی شریف`, `Dr. Kaveh Moradi, head of ...`),
    the lead under it."""
    for comma in ("، ", ", "):
        name, found, post = line.text.partition(comma)
        if found:
            return is_byline(_alt_text_off(name), loose=True) and affiliation(Line(post), lead)
    return False


def _alt_text_off(name: str) -> str:
    """A name less the photo's alt text a tool printed before the caption, the name in a
    shorter form (`علیرضا فتحی دکتر علیرضا فتحی`)."""
    words = name.split()
    for count in range(1, len(words) // 2 + 1):
        if words[:count] == words[-count:]:
            return " ".join(words[count:])
    return name


def kicker_opens_body(body: list[Line], *, bare: bool = False) -> bool:
    """Whether the body opens with a short line ending as a kicker does, a paragraph under it;
    with `bare` (under the title's copies, where the CMS prints the kicker again), a phrase
    with no ending at all (`Head of the international office`) is one too."""
    if len(body) < 2 or body[0].bullet or body[1].bullet:
        return False
    first = body[0].text
    phrase = bare and not first.endswith((*SENTENCE_ENDS, "*", ":")) and not is_byline(first)
    return (
        (kicker_ending(first) or phrase)
        and len(first.split()) <= PHRASE_WORDS
        and len(body[1].text.split()) >= LEAD_WORDS
    )
