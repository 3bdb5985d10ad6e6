"""The words and shapes of the bars of buttons a CMS and its plugins set in and around an
article: share bars and toolbars under a label of any wording or none, a site's visit
counter, a media player's clock; and where such a bar stands in a line a tool ran it into."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.player_words import (
    MEDIA_PLAYER,
    VISIT_COUNTER,
    map_widget,
    player_line,
    readings_strip,
)

# A file's size in brackets, its format or quality before it (`(720p, 41 MB)`, `(۴۸ مگابایت)`).
_SIZE: Final = (
    r"\((?:(?:mp4|mp3|pdf|zip|\d{3,4}p)\s*[,\-–]\s*)?[\d۰-۹]+(?:[.٫][\d۰-۹]+)?"
    r" ?(?:مگابایت|کیلوبایت|[kmg]b)\)"
)
# A rating's stars as the tools print a form's radio buttons (`( ) ( ) (*)`, `[ ] [ ]`).
_STARS: Final = r"(?: ?(?:\([ *]?\)|\[[ xX*]?\]|[☆★]))*"
# A toolbar's buttons, each a word or a few (`Print`, `Email to a friend`, `Larger text`,
# `Copy short link`, an accessibility bar's `Dark / light contrast`).
_TOOLS: Final = (
    r"printer[- ]friendly(?: version)?|printable(?: version| page)?|print(?: this page| version)?"
    r"|pdf(?: version)?"
    r"|send(?: to (?:a )?friends?| (?:by|via) e-?mail)?|e-?mail to (?:a )?(?:friend|colleague)|save"
    # (The old portal's link back to the list it came from: `Print | Email | Save | Back`.)
    r"|(?:go )?back|بازگشت"
    r"|bookmark(?: this(?: page| news| article)?)?|add to favou?rites"
    # A screen reader's name for the bar, after its buttons (`Twitter` `Share this page`).
    r"|share this (?:page|news|article|story|post)"
    r"|copy (?:short )?(?:link|url)|short (?:link|url)(?:\s*[:：]\s*https?://\S+)?"
    r"|font size|text size"
    r"|(?:larger|smaller|bigger)(?: text| letters)?"
    r"|a\+\s*a\s*a-|a\+|a-|(?:high |(?:dark\s*/\s*light )?)contrast|gr[ae]yscale"
    r"|jump to (?:the )?(?:news|content|article|main content)"
    # A link to the comments with their count (`Comments (2)`, `نظرات (۲)`).
    r"|comments? \(\d+\)|نظرات \([\d۰-۹]+\)"
    # A survey's or a notice's buttons (`Take part No, thanks`, `Start the survey Maybe later`).
    r"|take part|no,? thanks|maybe later|not now|remind me later|start the survey"
    # A mobile page's expander, its arrow after it (`Read more ▾`, `ادامه مطلب ▼`, `ادامه خبر ›`).
    r"|(?:read more|continue reading|read (?:the )?full (?:article|story|news|text)|show more"
    r"|show (?:the )?full (?:text|story|article)"
    # (Before it, an AMP page's link to the rest: `ادامه مطلب را در نسخه کامل بخوانید`.)
    r"|ادامه (?:مطلب|خبر) را در نسخه (?:کامل|اصلی) بخوانید|(?:read|view) (?:the )?full version"
    r"|(?:(?:مشاهده|نمایش|خواندن) )?ادامه (?:مطلب|خبر)|نمایش بیشتر)(?:\s*[▾▼⌄↓+›‹»«→←])?"
    r"|skip to (?:the )?(?:main )?content"
    r"|download(?: the)? audio(?: file)?"
    # A video's or a file's download buttons, their sizes or lengths after them (`Download HD
    # (48 MB)`, `Download video 04:12`); a bare `Download` may be an app's tab the text names.
    r"|download(?: (?:hd|sd|video|file|pdf|mp4|mp3)(?: \(\d+(?:\.\d+)? ?[kmg]b\))?"
    r"| \(\d+(?:\.\d+)? ?[kmg]b\))(?: \d{1,2}:\d{2}(?::\d{2})?)?"
    # (`Download (MP4, 48 MB)`, `Download low quality (12 MB)`.)
    r"|download(?: (?:low|high|hd|sd) quality)? \((?:(?:mp4|mp3|pdf|zip), )?\d+(?:\.\d+)? ?[kmg]b\)"
    # (`Download : High quality (720p, 41 MB) | Low quality (360p, 13 MB)`.)
    rf"|(?:download )?(?:(?:low|high|medium|hd|sd) quality|\d{{3,4}}p) {_SIZE}"
    # A rating widget's stars and what it says of the votes (`Rate this news 1 2 3 4 5`).
    r"|(?:rate this (?:news|article|story|item|post) ?:?|(?:your )?rating ?:?)(?: [1-5]){3,5}"
    r"(?: average ?:? [\d.]+(?: ?/ ?5)?)?(?: \(\d+ votes?\))?"
    # (Or its stars as a tool printed them, then its score and votes: `Rating : * * * 3 / 5 (9
    # votes)`, `[*][*][*][][] 3 / 5`.)
    r"|(?:average |your )?rating ?[:：]?[^\d]{0,60}?\d(?:\.\d)? ?/ ?5(?: \([\d,]+ votes?\))?"
    r"|rate this (?:news|article|story|item|post) ?:"  # its numbers on lines of their own
    rf"{_STARS}(?: ?\([\d,]+ votes?\))?"
    # (Its label alone where a tool set its linked numbers apart: `امتیاز دهید :`.)
    r"|(?:(?:به این (?:خبر|مطلب) )?امتیاز ب?دهید|امتیاز(?: شما)?)"
    r" ?(?:[:：]?(?: [1-5۱-۵]){3,5}|[:：])"
    rf"{_STARS}(?: ?\([\d۰-۹٬,]+ ?(?:رأی|رای)\))?"
    r"(?: امتیاز شما ثبت شد)?"
    r"|نسخه (?:چاپی|pdf|قابل چاپ)|چاپ(?: خبر)?|ارسال به دوست(?:ان)?"
    r"|افزودن به علاقه[\s\u200c]?مندی[\s\u200c]?ها"
    r"|(?:کپی )?لینک کوتاه(?:\s*[:：]\s*https?://\S+)?|کپی لینک"
    r"|ذخیره(?: pdf)?|ارسال (?:به|با) ایمیل"
    # The bar's share button alone, with no networks after it (`چاپ | اشتراک‌گذاری`).
    r"|اشتراک[\s\u200c]?گذاری(?!\s*(?:[:：]|در\s))"
    # A network's own button (`اشتراک در تلگرام`, `Share on Telegram`).
    r"|(?:اشتراک|ارسال|انتشار) در (?:تلگرام|ایتا|بله|واتس[\s\u200c]?اپ|توییتر|توئیتر|فیسبوک"
    r"|اینستاگرام|لینکدین|سروش|روبیکا|ایکس|گوگل پلاس)"
    r"|share (?:on|via|to) (?:facebook|twitter|telegram|whatsapp|linkedin|x|eitaa)"
    r"|tweet(?: this)?|pin it"  # (AMP's share buttons by their verbs)
    r"|(?:دریافت|دانلود) (?:فایل )?صوتی(?: خبر)?"
    r"|(?:دریافت|دانلود)(?: فیلم| ویدیو| فایل)?(?: با)? کیفیت (?:بالا|پایین|hd|sd)"
    rf"(?: {_SIZE})?"
    r"|(?:دریافت|دانلود) (?:فیلم|ویدیو)"
    # A Persian font-size bar (`اندازه متن: بزرگ متوسط کوچک`, `افزایش اندازه متن`, `+ -`).
    r"|(?:(?:افزایش|کاهش)\s)?اندازه\s(?:قلم|متن|فونت)|(?:بزرگ|کوچک)(?:[\s\u200c]?تر)?|متوسط"
    r"|عادی|\+|-"
)
# The networks a share bar names.
_NETWORKS: Final = (
    r"facebook|twitter|telegram|whatsapp|linkedin|instagram|(?:e-?)?mail|x|eitaa|bale|rubika"
    r"|google\+|google plus"
    r"|soroush(?: plus)?|igap|تلگرام"
    r"|واتس[\s\u200c]?اپ|توییتر|توئیتر|فیسبوک|اینستاگرام|لینکدین|ایتا|بله|سروش(?:[\s\u200c]*پلاس)?"
    r"|روبیکا|ایمیل|ایکس"
)
# The letters an icon font's buttons print after a share label (`Share f t in Telegram`):
# tried last, so a network's name is taken whole.
_ICON_LETTERS: Final = r"f|t|in|g\+|p|w|tg"
# A button's count of shares beside it (`Facebook 14`, `X (31)`, `Shares: 23`): after a
# network, and bare before another button or the line's end (a paragraph run on after a
# bar may open with a figure: `... Email 12 Iranian firms signed`).
_COUNT: Final = r"[\d۰-۹][\d۰-۹,٬]*(?![\w\u200c])"
_NETWORK_COUNT: Final = (
    rf"(?:\s*\({_COUNT}\)"
    rf"|\s+{_COUNT}(?=\s*(?:[,|/•·]|$|(?:{_NETWORKS}|{_TOOLS})(?![\w\u200c]))))?"
)
# A share bar's label (`Share this story:`, `اشتراک‌گذاری در:`, `اشتراک:`).
_SHARE_LABEL: Final = (
    r"\s*(?:shared\s+[\d,]+\s+times?"
    r"|shares?(?:\s+(?:on|this(?:\s+(?:news|article|page|story|post))?))?"
    r"(?:\s+(?:on\s+)?social\s+(?:media|networks?))?"
    r"|اشتراک(?:[\s\u200c]*گذاری)?(?:\s+در)?(?:\s+شبکه[\s\u200c]*(?:های|ها)\s+اجتماعی)?"
    r"|(?:این\s+(?:مطلب|خبر|یادداشت)\s+را\s+)?(?:با\s+دوستان\s+)?به\s+اشتراک\s+بگذارید)\s*(?:[:：·|•]\s*)?"
)
# A share bar under the article (`Share: Facebook Twitter Telegram`, `اشتراک گذاری : تلگرام`).
SHARE_BAR: Final = lazy_pattern(
    _SHARE_LABEL +
    # Each button and the gap after it taken whole (an atomic group): the gap's spaces
    # could otherwise be shared out in two ways, and a line that is no bar after all
    # would try every way, exponential in its length. The group keeps the first button
    # that matches, so the toolbar's come first (`Email to a friend` before `Email`).
    rf"(?:{_COUNT}\s*$"
    rf"|(?>(?:{_TOOLS}|(?:{_NETWORKS}){_NETWORK_COUNT}|{_ICON_LETTERS})\s*[,|/•·:：]?\s*)+)",
    re.IGNORECASE,
)
# A toolbar of two buttons or more, with no share bar before it.
TOOLBAR: Final = lazy_pattern(rf"\s*(?>(?:{_TOOLS})\s*[,|/•·:：-]?\s*){{2,}}", re.IGNORECASE)
# A bar of buttons, networks and tools alike, under a label of its own wording or none
# (`Pass it on: Telegram X Printer-friendly A+ A-`, `Spread the word Facebook Twitter Print`,
# `هم‌رسانی: ایتا بله نسخه چاپی`). The label is tried shortest first: none at all if the
# line is buttons only.
# (A button's name ends its word, but for a capital opening the next with no space between,
# as a screen reader's text set right after it: `TwitterShare this page`.)
_BUTTON: Final = rf"(?:{_TOOLS}|{_NETWORKS})(?!(?-i:[a-z0-9_])|[^\W\d_A-Z]|\u200c)"
_BUTTONS: Final = rf"(?>{_BUTTON}\s*[,|/•·:：-]?\s*){{2,}}"
# Buttons alone, networks and tools, opening a line (`Print Email Telegram Twitter`), each
# network's count of shares after it (`Facebook 12 X 31 LinkedIn 5`).
BUTTONS_RUN: Final = lazy_pattern(
    rf"\s*(?>(?:(?:{_NETWORKS}){_NETWORK_COUNT}(?![\w\u200c])|{_BUTTON})\s*[,|/•·:：-]?\s*){{2,}}",
    re.IGNORECASE,
)
BUTTON_BAR: Final = lazy_pattern(
    r"\s*(?:(?P<label>[^\W\d_][\w\u200c'’-]*(?:\s+[^\W\d_][\w\u200c'’-]*){0,3}?)"
    rf"\s*(?P<colon>[:：])?\s*)??(?P<buttons>{_BUTTONS})",
    re.IGNORECASE,
)
_ONE_BUTTON: Final = lazy_pattern(rf"(?>{_BUTTON})", re.IGNORECASE)
_ICON_LETTER: Final = lazy_pattern(_ICON_LETTERS, re.IGNORECASE)
_SHARE_LABEL_ALONE: Final = lazy_pattern(_SHARE_LABEL, re.IGNORECASE)
# A bar's last button, within the last characters of the line.
_BAR_END: Final = lazy_pattern(
    rf"(?:(?<![\w\u200c])|(?-i:(?<=[a-z])(?=[A-Z])))(?>{_BUTTON})(?:\s*\(?{_COUNT}\)?)?[\s,|/•·:：-]*$",
    re.IGNORECASE,
)
_BAR_END_CHARS: Final = 60
# A label with no colon stands over this many buttons at least.
_BARE_LABEL_BUTTONS: Final = 3


# A share bar under a label of its own wording, its networks right after the label's colon
# (`Send this on: Telegram WhatsApp X | Printable page Bigger font`, `پخش کنید: تلگرام بله`):
# the networks say what the bar is, whatever its other buttons are called.
_NETWORKS_AFTER_LABEL: Final = lazy_pattern(
    r"\s*[^\W\d_][\w\u200c'’-]*(?:\s+[^\W\d_][\w\u200c'’-]*){0,3}\s*[:：]\s*"
    rf"(?>(?:{_NETWORKS})(?![\w\u200c])\s*[,|/•·]?\s*){{2,}}",
    re.IGNORECASE,
)
# A font-size or print button's words (`Make text larger`, `Printable page`, `حروف درشت`).
_TOOL_WORDS: Final = frozenset(
    (
        *"print printable printer font text larger smaller bigger zoom".split(),
        *"چاپ چاپی قلم حروف نوشته درشت ریز بزرگ کوچک کاغذی".split(),
        "بزرگ\u200cتر",
        "کوچک\u200cتر",
    )
)
_ROW_SEPARATORS: Final = lazy_pattern(r"\s*[|·•]\s*")
# A button's wording is a few words; a bar has two buttons or more.
_BUTTON_WORDS: Final = 4
_ROW_WORDS: Final = 20


def _share_row(key: str) -> bool:
    """Whether a short line ending as no sentence does is a bar of buttons in wording of its
    own: a share bar whose networks follow its label, or buttons between bars that each name
    a font or print tool."""
    found = _NETWORKS_AFTER_LABEL().match(key)
    if found is not None:
        # Its other buttons, if any: a toolbar's, one of them naming its tool.
        rest = key[found.end() :].casefold().split()
        return not rest or any(word in _TOOL_WORDS for word in rest)
    parts = _ROW_SEPARATORS().split(key.strip())
    return len(parts) >= 2 and all(_tool(part) for part in parts)


def _tool(part: str) -> bool:
    """Whether a button's wording names a font or print tool, or is a network or a known
    button."""
    words = part.casefold().split()
    return 0 < len(words) <= _BUTTON_WORDS and any(word in _TOOL_WORDS for word in words)


def one_button(key: str) -> bool:
    """Whether a line is one button of a bar (a rating's `Rate this news 1 2 3 4 5`)."""
    return _ONE_BUTTON().fullmatch(key.strip()) is not None


def _button_bar(key: str) -> bool:
    """Whether a line is a bar of two buttons or more, under a label of its own or none."""
    bar = BUTTON_BAR().fullmatch(key)
    if bar is None:
        return BUTTONS_RUN().fullmatch(key) is not None
    if bar["label"] and not bar["colon"]:
        # (An icon font's letters before them are buttons too: `f in X Telegram`.)
        icons = all(_ICON_LETTER().fullmatch(word) for word in bar["label"].split())
        return icons or len(_ONE_BUTTON().findall(bar["buttons"])) >= _BARE_LABEL_BUTTONS
    return True


def is_box_line(key: str) -> bool:
    """Whether a line is a share bar, a toolbar, a visit counter or a media player's clock,
    or several of them between bars (`Listen 03:12 | Share on: X · Telegram | Text size A+`)."""
    if key.rstrip().endswith((".", "!", "?", "؟")):
        return False  # a sentence (most lines asked): no bar ends so
    if key.lstrip()[:1] == "[":
        key = _LINK_MARKS().sub("", key)  # a link's number, an icon (`[IMG][12] Download`)
    key = key.replace("(BUTTON) ", "")  # lynx's mark before a button (`(BUTTON) Copy link`)
    if _one_box(key) or player_line(key) or readings_strip(key) or map_widget(key):
        return True
    parts = key.split(" | ")
    return len(parts) > 1 and all(part.strip() and _one_box(part) for part in parts)


def bar_after_text(key: str) -> int | None:
    """Where a bar of buttons under a label of its own wording starts, run on after the
    paragraph before it (`... after Tehran. Pass it on: Telegram X Printer-friendly A+ A-`):
    after the sentence whose end leaves a bar and nothing else; None where no bar ends the
    line."""
    words = key.casefold().split()
    last = words[-1].strip(",|/•·:：-") if words else ""
    if (
        last not in _TOOL_WORDS
        and _BAR_END().search(key, max(0, len(key) - _BAR_END_CHARS)) is None
    ):
        return None
    for end in SENTENCE_ENDS().finditer(key):
        tail = key[end.end() :]
        if len(tail.split()) <= _ROW_WORDS and is_box_line(tail):
            return end.end()
    return None


def bar_at_end(key: str, start: int = 0) -> int | None:
    """Where a bar of two buttons or more, and nothing else, ends the line, after `start` (a
    comma list the bar ran on after): at the earliest word that leaves buttons only."""
    if _BAR_END().search(key, max(start, len(key) - _BAR_END_CHARS)) is None:
        return None
    words = [found.start() for found in _WORD_STARTS().finditer(key, start)]
    for at in words[max(0, len(words) - _ROW_WORDS) : -1]:
        if _BUTTONS_ONLY().fullmatch(key, at) is not None:
            return at
    return None


_BUTTONS_ONLY: Final = lazy_pattern(_BUTTONS, re.IGNORECASE)
_LINK_MARKS: Final = lazy_pattern(r"\s*(?:\[(?:img|\d+)\]\s*)+", re.IGNORECASE)
_WORD_STARTS: Final = lazy_pattern(r"(?<![^\s,،|])[^\s,،|]")


# Where a sentence ends and the next starts, inside a line.
SENTENCE_ENDS: Final = lazy_pattern(r"(?<=[.!?؟»”\"]) +(?=\S)")


def _one_box(key: str) -> bool:
    # A tool that sets each inline element on a line of its own (BeautifulSoup's text, a
    # paste of buttons laid out as blocks) leaves a bar's label and each button alone.
    if _ONE_BUTTON().fullmatch(key.strip()) or _SHARE_LABEL_ALONE().fullmatch(key):
        return True
    if any(
        pattern().fullmatch(key) is not None
        for pattern in (SHARE_BAR, TOOLBAR, VISIT_COUNTER, MEDIA_PLAYER)
    ):
        return True
    # A bar is a few words, and ends with a button; most lines asked are longer, or end
    # otherwise (`Make text larger | Make text smaller` ends with a tool's word).
    if len(key.split()) > _ROW_WORDS:
        return False
    if _BAR_END().search(key, max(0, len(key) - _BAR_END_CHARS)) is not None:
        return _button_bar(key) or _share_row(key)
    return any(bar in key for bar in "|·•") and _share_row(key)
