"""The words of the notices a site shows above or around its pages (scripts turned off,
cookies, an old browser, a mobile version's link, a player's fallback text): never a title,
never body, though a player's fallback stands in the article; and a reader's feedback widget."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern
from newsparse.grammar.player_words import SYNTHETIC_VOICE

# A notice bar's label (`Service notice`, `اطلاعیه`).
_NOTICE_LABEL: Final = r"(?:(?:service|maintenance|site|important)\s+)?notice"
_NOTICE_LABEL_FA: Final = r"(?:اطلاعیه|اطلاع[\s\u200c]*رسانی)"
# Notices every site shows above or around its pages; never a title, never body.
NOTICE: Final = lazy_pattern(
    r"(?:[^,.]{0,40},)?\s*(?:please\s+)?(?:enable|turn\s+on|activate)\s+(?:the\s+)?javascript"
    r"|.*javascript\s+(?:is\s+)?(?:disabled|required|is\s+turned\s+off)"
    r"|.*\b(?:we|this\s+(?:site|website))\s+uses?\s+(?:\w+\s+){0,3}cookies"
    r"|\s*(?:accept|allow)\s+(?:all\s+)?cookies"
    # A privacy notice in other words (`We respect your privacy: this website records ...`,
    # `By staying on the site you agree to this.`).
    r"|\s*we\s+respect\s+your\s+privacy\b"
    r"|.{0,60}\b(?:keeps?|stores?|saves?|puts?)\s+(?:a\s+|some\s+)?(?:\w+\s+){0,5}(?:in|on)\s+"
    r"your\s+(?:browser|device|computer)\b.{0,200}"
    r"|.{0,120}\bby\s+(?:staying\s+on|using|continuing\s+to\s+use|browsing)\s+(?:the|this|our)\s+"
    r"(?:site|website|portal)\b[^.]{0,20}\byou\s+(?:agree|accept|consent)\b"
    r"|\s*skip\s+to\s+(?:the\s+)?(?:main\s+)?content"
    r"|.*your\s+browser\s+(?:is\s+)?(?:out\s*(?:of\s*)?dated?|not\s+supported"
    r"|(?:does\s+not|doesn['’]t)\s+support)"
    r"|.*(?:جاوا\s*اسکریپت|javascript).*(?:فعال|غیرفعال)"
    r"|.*(?:از\s+)?کوکی[\s\u200c]*(?:ها)?\s.*(?:استفاده|می[\s\u200c]*پذیر)"
    r"|.*مرورگر\s+شما\s.*(?:قدیمی|پشتیبانی)"
    # (`To watch this video, please use a newer browser.`)
    r"|.*\b(?:use|update\s+to|upgrade\s+to|switch\s+to)\s+(?:a\s+)?(?:newer|modern|more\s+recent"
    r"|up[\s-]to[\s-]date)\s+(?:web\s+)?browser\b.{0,20}"
    r"|\s*(?:please\s+)?(?:update|upgrade)\s+your\s+(?:web\s+)?browser\b.{0,60}"
    r"|.*مرورگر\s+(?:خود|تان)\s+را\s+(?:به[\s\u200c]*روز|ارتقا).{0,30}"
    r"|.*از\s+(?:یک\s+)?مرورگر\s+(?:جدیدتر|به[\s\u200c]*روزتر|تازه[\s\u200c]*تر)\s+استفاده.{0,20}"
    # A video player's fallback (`Flash Player is required to play this video.`).
    r"|.*\b(?:adobe\s+)?flash(?:\s+player)?\s+(?:is\s+)?(?:required|needed)\b.*"
    r"|\s*(?:please\s+)?(?:install|get|download|update)\s+(?:the\s+)?(?:latest\s+)?"
    r"(?:adobe\s+)?flash(?:\s+player)?\b.*"
    r"|.*(?:افزونه|پلاگین|نرم[\s\u200c]*افزار)\s+(?:فلش|flash)\b.*"
    # What such a notice says next (`Some parts of this page may not work.`).
    r"|\s*(?:some\s+)?(?:parts|features|functions|sections)\s+of\s+(?:this|the)\s+"
    r"(?:page|site|website)\s+(?:may|might|will)\s+not\s+(?:work|function|be\s+shown|display)"
    r"|\s*(?:برخی|بعضی)(?:\s+از)?\s+(?:بخش|امکانات|قسمت)[^.]{0,30}ممکن\s+است.{0,30}(?:نکند|نشود|نشوند)"
    r"|\s*(?:loading|در\s+حال\s+(?:بارگذاری|بارگیری))\s*(?:\.\.\.|…)?\s*"
    # A link to the page's mobile version (`نسخه موبایل این صفحه را ببینید`).
    r"|.{0,30}\b(?:mobile\s+version|نسخه\s+(?:موبایل|همراه))\b.{0,40}"
    # A site's notice bar: its label, then the notice (`Notice Registration for ...`).
    rf"|\s*{_NOTICE_LABEL}(?:\s*[:：]\s*\S|\s+(?-i:[A-Z]))|\s*{_NOTICE_LABEL_FA}\s*[:：]\s*\S"
    # A print version's notice (`Printer-friendly page: menus, pictures and boxes are left out`).
    r"|\s*printer[\s-]friendly\s+(?:page|version)\b[^.]{0,100}"
    # A print bar's QR code and its alt text (`Print QR code: scan to read ...`).
    r"|(?:\S+\s+){0,2}\[?qr[\s-]*code\b"
    # A line only a printed page shows, naming the site (`Printed from en.isti.ir`).
    r"|\s*(?:printed\s+from|چاپ\s+شده\s+از)\s+(?:https?://)?[\w.-]+\.[a-z]{2,}/?\s*$"
    r"|\s*نسخه\s+چاپی\s+(?:این\s+)?(?:خبر|مطلب).{0,30}\b[\w-]+\.(?:ir|org|com)\b.{0,30}$",
    re.IGNORECASE,
)
# A media player's fallback text: the article's own video or audio stands there.
_MEDIA_FALLBACK: Final = lazy_pattern(
    r".*(?:does\s+not|doesn['’]t)\s+support\s+(?:the\s+)?(?:html5\s+|embedded\s+)?"
    r"(?:video|audio|iframe|frame)"
    r"|.*مرورگر\s+شما\s.*(?:ویدیو|ویدئو|فیلم|صوت)"
    # A notice that says what it takes to play the video (`برای پخش ویدیو، جاوااسکریپت ...`).
    r"|.*(?:to\s+(?:play|watch|view)\s+(?:the\s+|this\s+)?(?:video|audio|clip)"
    r"|برای\s+(?:پخش|تماشای|مشاهده|دیدن)\s+(?:این\s+)?(?:ویدیو|ویدئو|فیلم|صوت|کلیپ))",
    re.IGNORECASE,
)


# A placeholder a script leaves until it has loaded (`Loading comments...`).
_LOADING: Final = lazy_pattern(
    r"\s*(?:loading|در\s+حال\s+(?:بارگذاری|بارگیری))(?:(?:\s+\S+){0,3}?\s*(?:\.{2,}|…))?\s*",
    re.IGNORECASE,
)


def media_fallback(key: str) -> bool:
    """Whether a notice is a video's or an audio's fallback text, set in the article, or
    what a script shows there until it loads (`در حال بارگذاری تصاویر...`)."""
    return _MEDIA_FALLBACK().match(key) is not None or _LOADING().fullmatch(key) is not None


# The longest notice line; a longer line is text that happens to mention these words. A
# notice bar says what it is (`Service notice: ...`), and may say more.
NOTICE_MAX: Final = 160
LABELLED_NOTICE_MAX: Final = 320
LABELLED_NOTICE: Final = lazy_pattern(
    rf"\s*{_NOTICE_LABEL}\s*[:：]\s*\S|\s*{_NOTICE_LABEL_FA}\s*[:：]"
    # Or a privacy banner, saying at length what it keeps in the reader's browser.
    r"|.{0,60}\b(?:cookies?|your\s+privacy|in\s+your\s+browser)\b",
    re.IGNORECASE,
)


# A notice that the page takes no comments, in English (`Comments are closed for this news.`).
CLOSED_COMMENTS: Final = (
    r"(?:comments are|commenting is) (?:closed|disabled|turned off)"
    r"(?: (?:for|on) this (?:news|article|story|page|report|item))?\.?"
)


# A reader's feedback widget: a rating's stars and votes, its question and its count, a link
# to report an error, a link back to the page's top, a poll's count.
FEEDBACK: Final = lazy_pattern(
    r"[^☆★✩⭐]{0,40}(?:[☆★✩⭐]\s*){3,}.{0,40}"
    # (A survey's label may open it, and its answers stand apart: `Yes / No`.)
    r"|(?:(?:quick |short )?survey\s*[:：]\s*)?"
    r"(?:(?:was|is) this (?:(?:news|article|story|page|report) )?(?:helpful|useful)\?"
    r"|آیا این (?:خبر|مطلب|گزارش) (?:برای شما |برایتان )?مفید بود[؟?]"
    # Its answers, each with its count (`Yes (21) No (2)`, `بله (۱۴) خیر (۲)`).
    r"|\s*(?:[/|]\s*)?(?:\(BUTTON\)\s*)?(?:yes|no|بله|خیر)\b(?:\s*\(\d+\))?|\s*\(\d+\)"
    r"|\s*[👍👎]\ufe0f?"  # (or a thumb each way)
    r"|\s*\d+ (?:people|readers|users) found (?:it|this|this news) (?:helpful|useful))+"
    r"|(?:report an? (?:error|mistake)|found an? (?:error|mistake)\??)(?: in this \w+)?"
    r"(?:\W+tell us)?"
    # (Beside the link back to the top, one bar: `Report an error | Back to top`.)
    r"(?:\s*[|/·•]\s*(?:[↑▲^]\s*)?back to (?:the )?top)?"
    r"|گزارش (?:خطا|اشکال)(?: در این (?:خبر|مطلب))?"
    r"|(?:[↑▲^]\s*)?(?:back to|return(?: to)?) (?:the )?top(?: of (?:the )?page)?(?:\s*[↑▲^])?"
    r"|بازگشت به (?:بالا|بالای صفحه)"
    # A notice that the page takes no comments (`Comments are closed for this news.`).
    rf"|{CLOSED_COMMENTS}"
    r"|(?:امکان )?(?:ارسال )?(?:نظر|دیدگاه)(?: برای این (?:خبر|مطلب))? (?:بسته|غیرفعال)(?: شده)?"
    r"(?: است)?\.?"
    # A poll's count of its votes (`Votes so far: 1,306`, `تعداد آرا : ۱۲۰`).
    r"|(?:votes so far|total votes|number of votes|(?:تعداد|مجموع) آرا[ء]?)\s*[:：]\s*[\d۰-۹,٬]+",
    re.IGNORECASE,
)


# A read-aloud player's note on its voice (`Voice generated automatically`), its clock and
# buttons before it or not: the player's, no notice bounding the article.
_VOICE_NOTE: Final = lazy_pattern(
    r".{0,80}\b(?:voice|audio|narration|reading)\s+(?:is\s+|was\s+)?(?:generated|produced)"
    r"\s+(?:automatically|by\s+(?:a\s+)?(?:machine|computer|ai))\b.{0,60}"
    rf"|\s*voiced\s+by\s+{SYNTHETIC_VOICE}\b.{{0,40}}"
    # (After the player's clock and buttons, ending the line: `... 03:07 1.25x Voiced by ...`.)
    rf"|.{{0,80}}?\d:\d\d\b.{{0,30}}?\bvoiced\s+by\s+{SYNTHETIC_VOICE}"
    r"(?:\s+(?:narrator|voice|reader))?\s*"
    r"|.{0,40}\bpowered\s+by\s+(?:an?\s+)?(?:\w+\s+)?text[\s-]to[\s-]speech\b.{0,20}",
    re.IGNORECASE,
)


def reader_widget(key: str) -> bool:
    """Whether a line is a reader's feedback widget or a read-aloud player's voice note."""
    return FEEDBACK().fullmatch(key) is not None or _VOICE_NOTE().fullmatch(key) is not None


# A note that the story is the other edition's (`Translated from our Persian edition.`,
# `Read this story in Persian`, `نسخه فارسی این خبر`): the site's, not the text, and no
# boundary of it (it stands between the title and the lead).
_OTHER_EDITION: Final = lazy_pattern(
    r".{0,40}\b(?:translated|(?:an?\s+)?english\s+version\s+of\s+a\s+\w+)\s+"
    r"(?:from|first\s+published\s+on|published\s+on)\s+our\s+(?:persian|farsi|english)\s+"
    r"(?:edition|site|website|service)\b"
    r"|\s*(?:read|see)\s+this\s+(?:story|report|article|news)\s+in\s+(?:persian|farsi|english)\b"
    r"|.{0,20}نسخه\s+(?:فارسی|انگلیسی)\s+این\s+(?:خبر|گزارش|مطلب)\b",
    re.IGNORECASE,
)


def other_edition(key: str) -> bool:
    """Whether a line notes that the story is the other edition's, or links to it."""
    return _OTHER_EDITION().match(key) is not None


# A player's clock alone on its line (`02:58`, `1:04:12`).
LONE_CLOCK: Final = lazy_pattern(r"\s*[\d۰-۹]{1,2}(?::[\d۰-۹]{2}){1,2}\s*")
