"""The words of the boxes a page sets around its article that no bar of buttons names: a
site's visit counter, a media player's clock, speed, label and buttons, a weather strip's
or a market ticker's readings, and a map widget's buttons and credit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from newsparse.grammar.lines import Line, lazy_pattern

# A site's visit counter (`بازدید امروز : ۴۱۲ بازدید کل : ۱۸۶۲۰۳`, `Visits today: 412`): a figure
# or two with their labels (`|` between them), or its heading (`آمار بازدید`).
VISIT_COUNTER: Final = lazy_pattern(
    r"(?>\s*(?:(?:تعداد[\s\u200c]*)?بازدید(?:[\s\u200c]*(?:کنندگان|ها))?[\s\u200c]*"
    r"(?:امروز|دیروز|کل|این ماه)|کل[\s\u200c]*بازدید(?:[\s\u200c]*ها)?|آمار بازدید|کاربران آنلاین"
    # Under its heading a counter may name its figures bare (`امروز: ۱۹۲۴`, `مجموع: ۷۴۶۵۰۲`).
    r"|(?:امروز|دیروز|مجموع)(?=\s*[:：]\s*\d)"
    r"|visits? (?:today|yesterday)|total visits|online users|site statistics)\s*[:：]?\s*"
    r"[\d۰-۹,٬]*\s*[|•·]?)+\s*",
    re.IGNORECASE,
)
# A player's speed button (`1.25x`, `Speed 1x`).
_SPEED: Final = r"(?:speed\s*[:：]?\s*|سرعت\s*[:：]?\s*)?\d(?:\.\d{1,2})?\s*[x×](?:\s*speed)?"
# Its buttons after its clock (`تمام صفحه`, `Speed 1x`, `Download audio`, `Voice: automatic`).
_PLAYER_BUTTONS: Final = (
    r"(?:(?:full\s*screen|mute|unmute|settings|تمام[\s\u200c]*صفحه|بی[\s\u200c]*صدا|تنظیمات"
    rf"|{_SPEED}|download(?: the)? audio(?: file)?|پخش|توقف|voice\s*[:：]\s*automatic"
    r"|(?:دانلود|دریافت)(?: فایل)? صوتی)\s*){0,4}"
)
# A media player's line: its label, if any, its clock and its buttons after it (`Listen to this
# report 00:00 / 01:12`, `پخش 00:00 / 04:12 تمام صفحه`).
MEDIA_PLAYER: Final = lazy_pattern(
    rf"[^\d:]{{0,60}}\b\d{{1,2}}:\d{{2}}\s*/\s*\d{{1,2}}:\d{{2}}\s*{_PLAYER_BUTTONS}"
    # Or its speed alone, or its label with the minutes it runs (`Listen · 3 min`).
    rf"|\s*{_SPEED}\s*|\s*(?:listen|بشنوید)\s*[·•|:-]?\s*\d{{1,2}}\s*(?:min(?:utes?)?|دقیقه)\s*"
    # Or its length alone after a label that says to listen (`Listen to this report 03:12`;
    # in brackets, a caption's: `Listen to the full interview (18:42)`).
    rf"|\s*(?:listen|play|audio|hear|بشنوید|پخش)[^\d:(]{{0,50}}\b\d{{1,2}}:\d{{2}}\s*{_PLAYER_BUTTONS}"
    # Or a video's length under its label (`Duration : 04:37`, `▶ پخش مدت: ۰۳:۴۵ تمام صفحه`).
    r"|\s*(?:▶\s*)?(?:(?:play|پخش)\s*)?(?:duration|length|running time"
    r"|مدت(?: زمان)?(?: ویدیو| فیلم)?)\s*[:：]?\s*"
    rf"\d{{1,2}}:\d{{2}}(?::\d{{2}})?\s*{_PLAYER_BUTTONS}"
    # Or its label (its kind and length after it: `(podcast, 2:40)`) and its button, each
    # alone (pandoc sets them apart: `Listen to this report` / `Play`).
    r"|\s*(?:[▶►⏵]\s*)?(?:(?:listen to|hear) (?:this|the) (?:report|news|article|story)"
    r"(?: read aloud)?"
    r"(?: \((?:(?:podcast|audio), )?\d{1,2}:\d{2}\))?|play|pause"
    r"|(?:نسخه[\s\u200c]*ی?\s+صوتی\s+)?این (?:خبر|گزارش) را بشنوید|شنیدن این (?:خبر|گزارش)|پخش"
    r"|توقف)\s*",
    re.IGNORECASE,
)


# A player's line in other words than the label above names: a word for listening and the
# clip's length or its file's size (`▶ Hear this story Narrated by a synthetic voice · 3:41
# Download the audio`, `🔈 Listen (MP3, 2.1 MB)`, `▶ نسخه شنیداری این خبر | ۰۲:۱۸`).
_LISTENING: Final = lazy_pattern(
    r"\b(?:listen|hear|narrated|audio|read aloud)\b|شنیدن|بشنوید|شنیداری|صوتی", re.IGNORECASE
)
_LENGTH_OR_SIZE: Final = lazy_pattern(
    r"(?<![\d۰-۹:])[\d۰-۹]{1,2}:[\d۰-۹]{2}(?![\d۰-۹])"
    r"|\b(?:mp3|ogg|m4a)\b[^)]{0,12}?\b\d+(?:\.\d+)?\s*mb\b",
    re.IGNORECASE,
)
_BRACKETED_LENGTH: Final = lazy_pattern(r"\((?:[^()]*,\s*)?[\d۰-۹]{1,2}:[\d۰-۹]{2}\)\s*$")
# A caption's words before its length at least; a player's label is a word or two (`Listen
# (3:10)`, `Audio (2:40)`).
_CAPTION_WORDS: Final = 4
# Or its minutes, among its buttons set apart by dots or bars (`🔊 Hear this story · 2 min ·
# Play`): a heading naming minutes has no such marks.
_MINUTES: Final = lazy_pattern(r"(?<![\d۰-۹])[\d۰-۹]{1,2}\s*(?:mins?\b|minutes?\b|دقیقه)")
_BUTTON_MARKS: Final = ("·", "•", "|")
# A player's line is a few words: a sentence naming a time at a colon runs longer.
_PLAYER_WORDS: Final = 14


def player_line(key: str) -> bool:
    """Whether a line is a media player's, however labelled: a few words, no sentence,
    a word for listening and the clip's length or size."""
    if key.rstrip().endswith((".", "!", "?", "؟")):
        return False  # a sentence naming a clock (`Listen to the recording at 10:30.`)
    bracketed = _BRACKETED_LENGTH().search(key)
    if bracketed is not None and len(key[: bracketed.start()].split()) >= _CAPTION_WORDS:
        return False  # a caption, the clip's length after it (`... interview (18:42)`)
    words = key.split()
    return (
        0 < len(words) <= _PLAYER_WORDS
        and (
            _LENGTH_OR_SIZE().search(key) is not None
            or (_MINUTES().search(key) is not None and any(m in key for m in _BUTTON_MARKS))
        )
        and _LISTENING().search(key) is not None
    )


# A weather strip's temperatures (`Tehran 36°C sunny · Tabriz 29°C`) or a market ticker's
# prices with their arrows (`دلار ۵۰٬۴۲۰ ▲ | یورو ۵۳٬۸۹۰ ▼`): two readings at least, on a
# line of a few words.
_READING: Final = lazy_pattern(r"[−-]?[\d۰-۹]{1,3}\s?°|[\d۰-۹][\d۰-۹,٬.]*\s?[▲▼↑↓]")
_TICKER_WORDS: Final = 30


def readings_strip(key: str) -> bool:
    """Whether a line is a weather strip's or a market ticker's: its readings, a few words."""
    if "°" not in key and not any(arrow in key for arrow in "▲▼↑↓"):
        return False
    return len(key.split()) <= _TICKER_WORDS and len(_READING().findall(key)) >= 2


# A map widget's buttons and credit (`View larger map`, `Map data © OpenStreetMap
# contributors`, `نمایش در نقشه بزرگ`), and its caption naming a place on the map.
_MAP_WIDGET: Final = lazy_pattern(
    r"\bopenstreetmap\b|اوپن[\s\u200c]?استریت[\s\u200c]?مپ|\bmap\s+data\s*©|داده[\s\u200c]?های نقشه"
    r"|\b(?:view|show|open)\s+(?:a\s+|the\s+)?larger\s+map\b|نمایش در نقشه(?:ی)? بزرگ"
    r"|\son\s+the\s+map\s*$|\sروی نقشه\s*$",
    re.IGNORECASE,
)
_MAP_WORDS: Final = 12


def map_widget(key: str) -> bool:
    """Whether a line is a map widget's: its buttons, its data's credit, its caption."""
    return len(key.split()) <= _MAP_WORDS and _MAP_WIDGET().search(key) is not None


# A read-aloud player's note on its voice, opening what a tool ran on after the player.
# (The machine that voices it, as `notice_words` reads the note alone too.)
SYNTHETIC_VOICE: Final = r"(?:an?\s+)?(?:automated|synthetic|computer|machine|ai)"
_VOICE_OPENING: Final = lazy_pattern(
    rf"\s*(?:voiced|narrated|read)\s+by\s+{SYNTHETIC_VOICE}\s+(?:narrator|voice|reader)\b\s*",
    re.IGNORECASE,
)
# What a kicker run on after the player ends with (a sentence naming a time and listening
# is the text's: `Listeners can hear the team on the radio at 10:30 on Friday.`).
_RUN_ON_ENDS: Final = (":", ";", "؛")


def split_after_player(line: Line) -> Iterator[Line]:
    """A media player's line (its label, clock, buttons and voice note) and the kicker a
    wrap joined to it, apart (`Listen ... 00:00 / 03:07 1.25x Voiced by a
    synthetic narrator <kicker>:`, `شنیدن خبر پخش ۰۰:۰۰ / ۰۲:۴۱ <kicker>؛`)."""
    found = MEDIA_PLAYER().match(line.key) if ":" in line.key else None
    if found is None or ":" not in found[0]:
        yield line  # (a player's clock, not its label or speed alone)
        return
    voice = _VOICE_OPENING().match(line.key, found.end())
    end = voice.end() if voice else found.end()
    rest = line.text[end:].strip()
    if len(rest.split()) < _RUN_ON_WORDS or not rest.endswith(_RUN_ON_ENDS):
        yield line
        return
    yield Line(line.text[:end].strip(), line.bullet)
    yield Line(rest)


# A kicker's words at least.
_RUN_ON_WORDS: Final = 2
