"""Label tables: the info block's and footer's labels and the site family, English and Persian.

Patterns are matched on `Line.key` (ASCII digits, Persian yeh and keheh), so a Persian
label here is written with Persian letters only. A new label is one more alternative.
The words of the chrome around the article are in `chrome_words`.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern


def _any(*labels: str) -> str:
    """One regex alternative group for several literal labels; a space matches any run of
    spaces or ZWNJ, as Persian typists use either between a word and its suffix."""
    escaped = (re.escape(label).replace(r"\ ", r"[\s\u200c]*") for label in labels)
    return "(?:" + "|".join(escaped) + ")"


# `:` is sometimes set apart by spaces, sometimes a full-width or Arabic colon.
COLON: Final = r"\s*[:：]\s*"
NUMBER: Final = r"(?:\d{1,3}(?:,\d{3})+|\d+)"

TODAY_LABELS: Final = ("Today", "امروز")
TODAY: Final = _any(*TODAY_LABELS)
STUDY_TIME_LABELS: Final = ("Study time", "زمان مطالعه", "مدت زمان مطالعه")
STUDY_TIME: Final = _any(*STUDY_TIME_LABELS)
# `minute (s)`: a narrow cell wrapped the label before its `(s)`.
MINUTES: Final = _any("minute(s)", "minute (s)", "minutes", "minute", "mins", "min", "دقیقه")
LESS_THAN_A_MINUTE: Final = _any("Less than one minute", "Less than a minute", "کمتر از یک دقیقه")
# A study time and its value: `Study time : 2 minute(s)`, `Study time : Less than one minute`.
STUDY_TIME_VALUE: Final = (
    # (A table's label cell may stand with no colon beside its value: `زمان مطالعه  ۴ دقیقه`.)
    rf"(?P<study>{STUDY_TIME})(?:{COLON}|\s+)"
    rf"(?:(?P<minutes>\d+)\s*{MINUTES}|(?P<less>{LESS_THAN_A_MINUTE}))"
)
PUBLISHED_LABELS: Final = (
    "Publish Date",
    "Published",
    "Date",
    "تاریخ انتشار",
    "تاریخ خبر",
    "تاریخ",
)
PUBLISHED: Final = _any(*PUBLISHED_LABELS)
# bmn pages label the news code `Code :` alone (`کد :` on bmn.ir).
NEWS_CODE_LABELS: Final = ("News code", "News ID", "Code", "کد خبر", "کد مطلب", "شناسه خبر", "کد")
NEWS_CODE: Final = _any(*NEWS_CODE_LABELS)
NEWS_GROUP_LABELS: Final = (
    "News group",
    "News groups",
    "گروه خبری",
    "گروه های خبری",
    "گروه‌های خبری",
)
NEWS_GROUP: Final = _any(*NEWS_GROUP_LABELS)
VIEWS_LABELS: Final = (
    "Show Count",
    "Visit count",
    "Views",
    "Visits",
    "تعداد بازدید",
    "تعداد نمایش",
    "بازدید",
)
VIEWS: Final = _any(*VIEWS_LABELS)
# A view count after its label (`Show Count : 142`), or labelled either side (`312 views`).
COUNT_AFTER_LABEL: Final = rf"(?:{VIEWS}){COLON}\d[\d,]*"
VIEWS_COUNT: Final = rf"(?:{COUNT_AFTER_LABEL}|\d[\d,]*\s*(?:{VIEWS}))"
# The labels only the sister sites' layout (bmn) shows, case folded.
SISTER_LABELS: Final = frozenset({"code", "visit count", "کد"})
OLD_PORTAL_NUMBER: Final = _any("Number", "شماره")
COMMENTS: Final = _any("comment(s)", "comments", "comment", "نظر", "دیدگاه")
COMMENT_COUNT_FORMS: Final = (
    rf"There (?:are|is) (?P<n>\d+) {COMMENTS} for this (?:article|news|page)",
    rf"(?:{_any('تعداد نظرات', 'نظرات', 'تعداد دیدگاه ها', 'دیدگاه ها')}){COLON}(?P<n>\d+)",
    rf"(?P<n>\d+) {_any('نظر', 'دیدگاه')}",
    rf"{_any('نظرات', 'نظرات کاربران', 'نظرات بینندگان', 'نظرات خوانندگان', 'دیدگاه ها')}"
    r"\s*\((?P<n>\d+)\)",
    # `برای این خبر 2 نظر ثبت شده است`: for this news N comments are posted.
    rf"برای این {_any('خبر', 'مطلب', 'گزارش', 'یادداشت')} (?P<n>\d+) {_any('نظر', 'دیدگاه')}"
    r" (?:ثبت شده(?: است)?|وجود دارد)",
    # `2 نظر برای این خبر ثبت شده است`: the same, the count first (or `... وجود دارد`,
    # there are).
    rf"(?P<n>\d+) {_any('نظر', 'دیدگاه')} برای این {_any('خبر', 'مطلب', 'گزارش', 'یادداشت')}"
    r" (?:ثبت شده(?: است)?|وجود دارد)",
)
# A narrow dump wraps the footer's address line onto the copyright line it follows.
# A cell's credit line may follow it too (`Powered by Aryanic`).
# The CMS maker's credit or the address after a Persian copyright line (`طراحی و تولید:
# آریانیک`, `نشانی : تهران، ...`).
# The labels of a footer's address cell (matched case-insensitively).
ADDRESS_LABELS_FA: Final = r"نشانی|آدرس|تلفن"
ADDRESS_LABELS: Final = rf"address|tel|phone|fax|e-?mail|{ADDRESS_LABELS_FA}"
_CREDIT_AFTER: Final = (
    r"(?:\s+طراحی\s+و\s+(?:تولید|اجرا|پیاده[\s\u200c]*سازی)\s*[:：]\s*\S.{0,40}"
    rf"|\s+(?:{ADDRESS_LABELS_FA})\s*[:：].*)?"
)
_ADDRESS_AFTER: Final = (
    rf"(?:\s+(?:{ADDRESS_LABELS})\s*[:：].*"
    # An address with no label, a wrapped line run on (`No. 21, Shahid Kalantari St.`).
    r"|\s+(?:No\.\s*\d+|P\.\s*O\.\s*Box)\b.*"
    r"|\s+(?:Powered|Designed|Developed)\s+by\s+\S.{0,40})?"
)
COPYRIGHT_FORMS: Final = (
    # (A cell's credit line a narrow dump set between: `... Council.  Designed by Aryanic`.)
    r"Copyright\s*(?:©|\(c\)|&copy;)?\s*(?:\d{4}\s*)?(?P<name>.+?)[.,]?\s*"
    r"(?:(?:Powered|Designed|Developed)\s+by\s+\S{1,40}\s+)?All rights reserved\.?"
    + _ADDRESS_AFTER,
    r"(?:©\s*)?(?:کلیه|تمامی?)\s+حقوق.*?متعلق\s+به\s+(?P<name>.+?)\s+(?:می[\s\u200c]*باشد|است)\.?"
    + _CREDIT_AFTER,
    # `تمامی حقوق برای بنیاد ملی نخبگان محفوظ است`: all rights for <name> are reserved.
    r"(?:©\s*)?(?:کلیه|تمامی?)\s+حقوق\s+(?:این\s+\S+\s+)?برای\s+(?P<name>.+?)\s+محفوظ\s+"
    r"(?:است|می[\s\u200c]*باشد)\.?" + _CREDIT_AFTER,
    # bmn: `All rights reserved for National Foundation of Elites`.
    r"(?:©\s*)?All rights reserved (?:for|to|by) (?P<name>.+?)\.?" + _ADDRESS_AFTER,
)
# The words a copyright line opens with, case folded.
COPYRIGHT_OPENINGS: Final = ("copyright", "©", "کلیه", "تمامی", "تمام حقوق", "all rights")
BREADCRUMB_HOME: Final = _any("Home Page", "Home", "صفحه اصلی", "صفحه نخست", "خانه")
BREADCRUMB_NEWS: Final = _any("News", "اخبار", "خبر")
LAST_UPDATE_LABELS: Final = ("Last Update", "Last Updated", "آخرین به روز رسانی", "آخرین بروزرسانی")
LAST_UPDATE: Final = _any(*LAST_UPDATE_LABELS)
CAPTCHA_LABELS: Final = (
    "Enter the text inside the security image",
    "Enter the security code",
    "کد امنیتی",
    "متن داخل تصویر امنیتی را وارد کنید",
)
CAPTCHA: Final = _any(*CAPTCHA_LABELS)

# A line that opens like this is a labelled line of the page, never the wrapped end of
# the line above it. It may open with an RLM, which the key holds as a space.
LABELS_BEFORE_A_COLON: Final = (
    TODAY,
    STUDY_TIME,
    PUBLISHED,
    NEWS_CODE,
    NEWS_GROUP,
    VIEWS,
    LAST_UPDATE,
)
_LABEL_START: Final = lazy_pattern(
    r"\s*(?:"
    + "|".join(
        (
            rf"(?:{'|'.join(LABELS_BEFORE_A_COLON)}){COLON}",
            r"There (?:are|is) \d+ ",
            # A copyright line, not the word opening a wrapped line of a sentence.
            r"Copyright\s*(?:©|\(c\)|&copy;|\d{4}|[A-Z])",
            CAPTCHA,
        )
    )
    + ")",
    re.IGNORECASE,
)
# IGNORECASE also takes dotted and dotless I for i, the long s for s and the Kelvin sign
# for k: the quick checks on a line's opening fold them the same way.
_CASE_FOLD: Final = str.maketrans("\u0130\u0131\u017f\u212a", "iisk")
_NEWS_GROUP_START: Final = lazy_pattern(rf"\s*(?P<label>{NEWS_GROUP}){COLON}", re.IGNORECASE)
_NEWS_GROUP_OPENINGS: Final = frozenset(
    label[:4].translate(_CASE_FOLD).lower() for label in NEWS_GROUP_LABELS
)
# The first words of those labels, case folded: a line opening with none of them (most
# lines) needs no look at the long pattern, which is then never compiled.
_OPENING_LABELS: Final = (
    *TODAY_LABELS,
    *STUDY_TIME_LABELS,
    *PUBLISHED_LABELS,
    *NEWS_CODE_LABELS,
    *NEWS_GROUP_LABELS,
    *VIEWS_LABELS,
    *LAST_UPDATE_LABELS,
    "There",
    "Copyright",
    *CAPTCHA_LABELS,
)
_OPENING_WORDS: Final = tuple(
    sorted({label.split()[0].translate(_CASE_FOLD).lower() for label in _OPENING_LABELS})
)
_OPENING_MAX: Final = max(map(len, _OPENING_WORDS))


def news_group_label(key: str) -> re.Match[str] | None:
    """The news group label (`News group :`) a line key opens with, if it does; its
    `label` group is the label's text."""
    if key.lstrip()[:4].translate(_CASE_FOLD).lower() not in _NEWS_GROUP_OPENINGS:
        return None
    return _NEWS_GROUP_START().match(key)


def opens_with_label(key: str) -> bool:
    """Whether a line key opens with a label (`News code :`, `There are 2 comments`)."""
    opening = key.lstrip()[:_OPENING_MAX].translate(_CASE_FOLD).lower()
    return opening.startswith(_OPENING_WORDS) and _LABEL_START().match(key) is not None


def info_strip(key: str) -> bool:
    """Whether a line is the info block set on one line, its parts apart by dots or bars
    (`Jul 10 2019 - 11:20 · 347 · Study time : 2 minute(s)`): a line of its own."""
    return _INFO_STRIP().match(key) is not None


# What parts an info strip's parts: a dot or a bar, or a star standing alone.
_PART: Final = r"(?:[·•|]|(?<!\S)\*(?!\S))"
_INFO_STRIP: Final = lazy_pattern(
    rf".{{0,40}}?{_PART}\s*[\d۰-۹,٬]+\s*{_PART}\s*(?:{'|'.join(STUDY_TIME_LABELS)})\s*[:：]",
    re.IGNORECASE,
)


# The site family: the hosts of the site, its subsites and the sister sites on the same CMS,
# and the names their copyright lines give. A copyright line alone marks a capture of the
# site only when its publisher is one of these.
SITE_HOSTS: Final = ("isti.ir", "bmn.ir", "insf.org", "insa.ir", "vpst.ir")
SITE_PUBLISHERS: Final = lazy_pattern(
    r"vice[\s-]*presiden(?:cy|t)\s+for\s+science"
    r"|science\s+and\s+technology\s+(?:vice[\s-]*presidency|department)"
    r"|(?:national\s+)?(?:foundation\s+of\s+elites|elites?\s+foundation)"
    r"|iran\s+national\s+science\s+foundation|national\s+science\s+foundation"
    r"|innovation\s+and\s+prosperity\s+fund|biotechnology\s+development\s+council"
    # The Vice-Presidency's Persian name, whole where it is (`معاونت علمی، فناوری و اقتصاد
    # دانش‌بنیان ریاست جمهوری`), so that a line of the name alone reads as the name.
    r"|معاونت\s+علمی(?:[\s،,]+(?:و\s+)?فناوری(?:\s+و\s+اقتصاد\s+دانش[\s\u200c]*بنیان)?)?"
    r"(?:\s+ریاست\s+جمهوری)?"
    r"|بنیاد\s+ملی\s+نخبگان|صندوق\s+حمایت\s+از\s+پژوهشگران"
    r"|صندوق\s+نوآوری\s+و\s+شکوفایی|ستاد\s+توسعه",
    re.IGNORECASE,
)


# The names a banner shows alone on its line (the site's, and its sister's).
BANNER_NAME: Final = lazy_pattern(
    # w3m writes the logo's alt text in brackets before it (`[logo]`).
    r"(?:\[[^\]]{1,20}\]\s*)?"
    # The Vice-Presidency's longer name too (`... for Science, Technology and Knowledge-Based
    # Economy`, `معاونت علمی، فناوری و اقتصاد دانش‌بنیان`).
    r"(?:(?:the\s+)?vice[\s-]*presidency\s+for\s+science(?:\s+and|,)\s+technology"
    r"(?:\s+and\s+knowledge[\s-]*based\s+economy)?"
    r"|(?:the\s+)?(?:national\s+)?foundation\s+of\s+elites"
    r"|معاونت\s+علمی(?:\s+و|[،,])\s+فناوری(?:\s+و\s+اقتصاد\s+دانش[\s\u200c]*بنیان)?"
    r"(?:\s+ریاست\s+جمهوری)?|بنیاد\s+ملی\s+نخبگان)",
    re.IGNORECASE,
)
# The centres' and sister sites' own names, where their subsites' banners show them (a
# kicker may be one alone, so they are no banner's line by themselves).
CENTRE_NAME: Final = (
    r"(?:the\s+)?biotechnology\s+development\s+council"
    r"|(?:iran\s+)?national\s+science\s+foundation|innovation\s+and\s+prosperity\s+fund"
    r"|صندوق\s+حمایت\s+از\s+پژوهشگران(?:\s+و\s+فناوران(?:\s+کشور)?)?"
    r"|صندوق\s+نوآوری\s+و\s+شکوفایی"
)
