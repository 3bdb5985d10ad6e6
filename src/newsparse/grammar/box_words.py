"""The words of the boxes a CMS and its plugins set in and around an article: sign-up boxes
for a channel, an app or a newsletter and their buttons; the headings of headline lists
(`Most viewed`) and of boxes over items (a photo report's), what their items show, and the
pager under them. Bars of buttons are in `bar_words`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse.grammar import labels as L
from newsparse.grammar.appeals import is_appeal
from newsparse.grammar.dates import holds_date
from newsparse.grammar.lines import Line, lazy_pattern
from newsparse.grammar.listing_headings import LISTING_HEADINGS, heading_key, named_box
from newsparse.grammar.player_words import readings_strip

# A promotion is a sentence or two at most.
PROMO_WORDS: Final = 25


# What a sign-up box asks of the reader: its opening verb in English, its closing one in
# Persian (`... به کانال ما بپیوندید`); and the channels a Persian box names.
_INVITES: Final = (
    "follow",
    "join",
    "subscribe",
    "sign up",
    "get",
    "install",
    "download",
    "enter your email",
)
_INVITE_OPENINGS: Final = frozenset(invite.split()[0] for invite in _INVITES)
INVITE_VERBS: Final = rf"(?:{'|'.join(_INVITES)})\b"
INVITE_VERBS_FA: Final = r"(?:بپیوندید|عضو شوید|دنبال کنید|مشترک شوید|نصب کنید|دریافت کنید|بخوانید)"
_CHANNEL_WORDS_FA: Final = ("کانال", "خبرنامه", "تلگرام", "ایتا", "اینستاگرام", "پیام")
# The reader's own inbox or phone (`رایانامه‌تان`, `ایمیل خود`), where a box sends the news.
_INBOX_WORDS_FA: Final = ("رایانامه", "ایمیل", "گوشی", "تلفن همراه", "صندوق نامه", "صندوق پستی")
_YOUR_INBOX_FA: Final = rf"(?:{'|'.join(_INBOX_WORDS_FA)})[\s\u200c]?(?:تان|خود)"
# A box inviting the reader to a channel, an app or a newsletter of the site's own
# (`Follow ... on our Telegram channel:`, `به کانال تلگرام ما بپیوندید`): no article says so.
PROMO: Final = lazy_pattern(
    INVITE_VERBS + r".{0,120}?"
    r"\b(?:our|your)\b.{0,40}?\b(?:telegram|instagram|whatsapp|channel|app|inbox|newsletter"
    r"|phone)\b"
    # Or a network's handle after its name (`Follow the council on Bale: @biodc`).
    r"|follow\b[^.!?]{0,40}?\bon\s+(?:telegram|bale|eitaa|rubika|instagram|x|twitter|linkedin)"
    r"\s*[:：]?\s*@\w+\s*$"
    # The reader's own words are not needed where the box says no sentence of its own.
    r"|(?:subscribe|sign up|install|download)\b[^.!?]{0,60}?\b(?:newsletter|app)\b[^.!?]*$"
    # (Or the news it sends: `Subscribe to get the latest news.`)
    r"|(?:subscribe|sign up)\b[^.!?]{0,40}?\blatest\s+(?:news|stories|updates)\b\s*[.!]?\s*$"
    # (`ما را در پیام‌رسان‌ها دنبال کنید`: follow us on the messengers, a box's heading.)
    rf"|\s*ما\s+را\s+(?:در|از\s+طریق)\s.{{0,60}}?{INVITE_VERBS_FA}\s*[.!:]?\s*$"
    # (`کانال ما را در بله، ایتا و روبیکا دنبال کنید`: the networks between.)
    rf"|.{{0,80}}?(?:{'|'.join(_CHANNEL_WORDS_FA)}).{{0,40}}?\sما\s.{{0,40}}?"
    + INVITE_VERBS_FA
    + rf"|.{{0,100}}?{_YOUR_INBOX_FA}.{{0,40}}?"
    + INVITE_VERBS_FA
    + r"\s*[.!:]?\s*$"
    # The box's heading alone (`عضویت در خبرنامه`, `Subscribe to our newsletter`).
    r"|\s*(?:(?:عضویت|اشتراک)\s+در\s+خبرنامه|subscribe\s+to\s+(?:our\s+|the\s+)?newsletter)"
    r"\s*[:：]?\s*$",
    re.IGNORECASE,
)


# A banner's cry before its invitation (`New! Download our app: ...`).
_NEW: Final = lazy_pattern(r"^\s*(?:new|جدید)\s*[!:：]\s*", re.IGNORECASE)


def is_promo(key: str) -> bool:
    """Whether a line is a box inviting the reader to the site's channel, app or
    newsletter (the cheap tests first: most lines open with no such verb), its button run
    on after it or not (lynx's `... (BUTTON) Subscribe`)."""
    head = key.split("(BUTTON)", 1)[0]
    # (Or after its button, where lynx sets it first: `(BUTTON) + Follow ... We will tell`.)
    key = _NEW().sub("", head if head.strip() else key.replace("(BUTTON)", " "), count=1)
    words = key.split()
    if not words or len(words) > PROMO_WORDS:
        return False
    if is_appeal(key):
        return True  # the app's stores, whatever the words (`the ISTI app is now on Bazaar`)
    if words[0].casefold() not in _INVITE_OPENINGS and not any(
        word in key for word in (*_CHANNEL_WORDS_FA, *_INBOX_WORDS_FA)
    ):
        return False
    return PROMO().match(key) is not None


def beside_promo(lines: Sequence[Line], index: int) -> bool:
    """Whether a line is the heading or the button of a box inviting the reader, right
    above or under its invitation: a few words ending no sentence and labelling nothing (a
    newsletter's name, `Morning Molecule`; its button, `Count me in`); or a ticker's
    heading over its readings."""
    key = lines[index].key.replace("(BUTTON)", " ")
    words = key.split()
    # Or its question over it (`Like what you are reading?`).
    if key.rstrip().endswith(("?", "؟")) and 0 < len(words) <= _BOX_QUESTION_WORDS:
        return index + 1 < len(lines) and is_promo(lines[index + 1].key)
    if not words or len(words) > _BOX_NAME_WORDS or key.rstrip().endswith((".", "!", "?", "؟")):
        return False
    if ":" in key or "：" in key:
        return False  # a labelled line (`Source: ...`) names no box
    if index + 1 < len(lines) and readings_strip(lines[index + 1].key):
        return True  # a ticker's heading over its readings (`نرخ ارز و سکه`)
    return any(is_promo(lines[at].key) for at in (index - 1, index + 1) if 0 <= at < len(lines))


_BOX_NAME_WORDS: Final = 4
_BOX_QUESTION_WORDS: Final = 6

# A box's buttons (`Subscribe`, `Not now`, `عضویت`), chrome only under the box.
BUTTONS: Final = frozenset(
    word.casefold()
    for word in (
        "Subscribe",
        "Join",
        "OK",
        "Install",
        "Install Not now",
        "Get the app",
        "Get the app Not now",
        "Open the app",
        "Open in the app",
        "Open the app Stay in browser",
        "Stay in browser",
        "Yes, send it",
        "نصب",
        "نصب بعدا",
        "نصب بعداً",
        "Continue in browser",
        "Not now",
        "Maybe later",
        "شاید بعدا",
        "شاید بعداً",
        "Apply now",
        "Vote",
        "Results",
        "View results",
        "عضویت",
        "ثبت نام",
        "عضو می‌شوم",
    )
)

# Headings of boxes set in an article that its own subheading may read as too (a photo
# report's kicker, `See also` over the article's links): a box's only over dated or
# counted items.
READ_MORE_HEADINGS: Final = frozenset(
    (
        "see also",
        "also read",
        "read also",
        "read more",
        "بیشتر بخوانید",
        "همچنین بخوانید",
        "در همین زمینه",
        "در همین زمینه بخوانید",
        "در این زمینه بخوانید",
        # Have you read ...? (a box of the section's earlier news, over dated items).
        "پیش از این خوانده اید؟",
        "did you read?",
    )
)
BOX_HEADINGS_OVER_ITEMS: Final = frozenset(
    ("گزارش تصویری", "گزارش های تصویری", "photo report", "photo reports", *READ_MORE_HEADINGS)
)
# An item's count of pictures (`(22 photos)`, `(۲۴ تصویر)`, `تعداد تصاویر : 24`) or of
# views in brackets (`(211)`, `[۲۴۷ بازدید]`, `(بازدید: 96)`), at its line's end.
_PICTURES: Final = r"(?:photos?|pictures?|images?|تصویر|عکس)"
_PICTURES_LABELLED: Final = r"تعداد تصاویر\s*[:：]\s*\d+"
ITEM_COUNT: Final = lazy_pattern(
    rf"(?:[(\[]\s*\d[\d,]*\s*{_PICTURES}?\s*[)\]]"
    rf"|[(\[]\s*{L.VIEWS_COUNT}\s*[)\]]|{_PICTURES_LABELLED})\s*$",
    re.IGNORECASE,
)

# An item's count of pictures alone, at its line's end.
PICTURE_COUNT: Final = lazy_pattern(
    rf"\s(?:[(\[]\s*\d[\d,]*\s*{_PICTURES}\s*[)\]]|{_PICTURES_LABELLED})\s*$", re.IGNORECASE
)


def photos_end(key: str) -> re.Match[str] | None:
    """A photo report's item: its date, then the count of its pictures (`... 1397/10/18 -
    تعداد تصاویر : 24`); the count, where the line is one."""
    counted = PICTURE_COUNT().search(key)
    return counted if counted is not None and holds_date(key[: counted.start()]) else None


# A media box's item: its length at its end (`Episode 12: A lab at dawn 24:10`, `(3:45)`).
_DURATION_END: Final = lazy_pattern(r"\s[(\[]?\d{1,2}:[0-5]\d(?::[0-5]\d)?[)\]]?\s*$")


def duration_end(key: str) -> re.Match[str] | None:
    """A podcast's or a video's item: its headline, then its length; a colon may stand
    inside the headline (`Episode 12: ...`), none at its end (a programme's `Opening: 9:00`)."""
    found = _DURATION_END().search(key)
    head = key[: found.start()].rstrip() if found is not None else ""
    if any(c in head for c in ".!?؟") or head.endswith((":", "：")):
        return None
    return found if len(head.split()) >= _MEDIA_HEADLINE_WORDS else None


_MEDIA_HEADLINE_WORDS: Final = 4


def is_item(key: str) -> bool:
    """Whether a line holds what a box's item shows: a date, or a count at its end."""
    return holds_date(key) or ITEM_COUNT().search(key) is not None


# A news ticker's label before the headline it shows (`Latest: Call for ... is out`,
# `خبر فوری: ...`): one line, above the article, of another news item; or alone over its
# headlines, each an item of a list (`News:` / `• Provincial offices open files ...`).
_TICKER_LABELS: Final = (
    r"\s*(?:latest|latest news|breaking|breaking news|news ticker|just in|خبر فوری|فوری"
    r"|آخرین خبر|آخرین اخبار|تازه ترین|تازه‌ترین)\s*[:：]"
)
_TICKER: Final = lazy_pattern(_TICKER_LABELS + r"\s*\S", re.IGNORECASE)
_TICKER_ALONE: Final = lazy_pattern(rf"(?:{_TICKER_LABELS}|\s*(?:news|اخبار)\s*[:：])\s*", re.I)

# A ticker's headline and the kicker a tool wrapped onto its line fit in this many characters.
TICKER_MAX: Final = 250


def is_ticker(key: str) -> bool:
    """Whether a line is a news ticker's: its label, then another item's headline."""
    return len(key) <= TICKER_MAX and _TICKER().match(key) is not None


def is_ticker_label(key: str) -> bool:
    """Whether a line is a news ticker's label alone, its headlines listed under it."""
    return _TICKER_ALONE().fullmatch(key) is not None


# A ticker's headlines on one line, set apart by a dot (`... students · Young inventors
# honoured ... · Call for ... opens`): three headlines at least, each a few words and no
# sentence.
_DOTS: Final = "·•◆●■"
_HEADLINE_DOTS: Final = lazy_pattern(rf"\s+[{_DOTS}]\s+")
_RUN_HEADLINES: Final = 3
_HEADLINE_WORDS: Final = range(3, 21)


def is_headline_run(key: str) -> bool:
    """Whether a line is a ticker's headlines run together, a dot between each two."""
    if not any(dot in key for dot in _DOTS):
        return False
    parts = _HEADLINE_DOTS().split(key.strip())
    return len(parts) >= _RUN_HEADLINES and all(
        len(part.split()) in _HEADLINE_WORDS and part[-1:] not in ".:;" for part in parts
    )


def is_listing_heading(key: str, headings: frozenset[str] = LISTING_HEADINGS) -> bool:
    """Whether a line key is the heading of a headline list (`Most viewed`, `آخرین اخبار`),
    or one of other `headings`."""
    if len(key) > 40:
        return False
    folded = heading_key(key)
    return folded in headings or (headings is LISTING_HEADINGS and named_box(key))


def is_pager(key: str) -> bool:
    """A gallery's or a list's pager: its pages' numbers from 1 on (`1 2 3 4`, `۱ ۲ ۳`, lynx's
    `[20]۱ [21]۲ [22]۳`), between its `previous` and `next` (`۱ ۲ ۳ ۴ بعدی`)."""
    words = (_LINK_NUMBER.sub("", key) if "[" in key else key).split()
    count = len(words)
    while words and words[0].casefold().rstrip(":：") in _PAGER_WORDS:
        words = words[1:]
    while words and words[-1].casefold() in _PAGER_WORDS:
        words = words[:-1]
    if not words:
        return count > 1  # its buttons alone (`Prev | Next`)
    if len(words) == 3 and words[1].casefold() in ("of", "/", "از"):
        # A gallery's counter (`1 of 4`, `« Previous 1 / 3 Next »`).
        first, last = words[0], words[2]
        return first.isdecimal() and last.isdecimal() and 0 < int(first) <= int(last)
    # Two pages, where the pager's words say it is one (`قبلی ۱ ۲ بعدی`).
    least = _PAGER_PAGES - (len(words) < count)
    return len(words) >= least and all(
        word.isdecimal() and int(word) == page for page, word in enumerate(words, start=1)
    )


_PAGER_PAGES: Final = 3
# What a pager ends with, but for its last page's number.
PAGER_ENDS: Final = ("»", "›", ">", "next", "Next", "بعدی", "بعد")
_PAGER_WORDS: Final = frozenset(
    {"next", "previous", "prev", "»", "«", "›", "‹", ">", "<", "|", "بعدی", "قبلی", "بعد", "قبل"}
    | {"pages", "page", "صفحه", "صفحات"}
)
_LINK_NUMBER: Final = re.compile(r"\[\d+\]")
