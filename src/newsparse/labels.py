"""Label tables: every visible word the grammar keys on, English and Persian, in one place.

Patterns are matched on `Line.key` (ASCII digits, Persian yeh and keheh), so a Persian
label here is written with Persian letters only. A new label is one more alternative.
"""

from __future__ import annotations

import re
from typing import Final


def _any(*labels: str) -> str:
    """One regex alternative group for several literal labels; a space matches any run of
    spaces or ZWNJ, as Persian typists use either between a word and its suffix."""
    escaped = (re.escape(label).replace(r"\ ", r"[\s\u200c]*") for label in labels)
    return "(?:" + "|".join(escaped) + ")"


# `:` is sometimes set apart by spaces, sometimes a full-width or Arabic colon.
COLON: Final = r"\s*[:：]\s*"
NUMBER: Final = r"\d{1,3}(?:,\d{3})+|\d+"

TODAY: Final = _any("Today", "امروز")
STUDY_TIME: Final = _any("Study time", "زمان مطالعه", "مدت زمان مطالعه")
MINUTES: Final = _any("minute(s)", "minutes", "minute", "mins", "min", "دقیقه")
LESS_THAN_A_MINUTE: Final = _any("Less than one minute", "Less than a minute", "کمتر از یک دقیقه")
PUBLISHED: Final = _any("Publish Date", "Published", "Date", "تاریخ انتشار", "تاریخ خبر", "تاریخ")
NEWS_CODE: Final = _any("News code", "News ID", "کد خبر", "شناسه خبر")
NEWS_GROUP: Final = _any("News group", "News groups", "گروه خبری", "گروه های خبری", "گروه‌های خبری")
VIEWS: Final = _any("Show Count", "Views", "Visits", "تعداد بازدید", "بازدید")
OLD_PORTAL_NUMBER: Final = _any("Number", "شماره")
COMMENTS: Final = _any("comment(s)", "comments", "comment", "نظر", "دیدگاه")
COMMENT_COUNT_FORMS: Final = (
    rf"There (?:are|is) (?P<n>\d+) {COMMENTS} for this (?:article|news|page)",
    rf"(?:{_any('تعداد نظرات', 'نظرات', 'تعداد دیدگاه ها', 'دیدگاه ها')}){COLON}(?P<n>\d+)",
    rf"(?P<n>\d+) {_any('نظر', 'دیدگاه')}",
    rf"{_any('نظرات', 'دیدگاه ها')}\s*\((?P<n>\d+)\)",
)
COPYRIGHT_FORMS: Final = (
    r"Copyright\s*(?:©|\(c\)|&copy;)?\s*(?:\d{4}\s*)?(?P<name>.+?)[.,]?\s*All rights reserved\.?",
    r"(?:©\s*)?(?:کلیه|تمامی)\s+حقوق.*?متعلق\s+به\s+(?P<name>.+?)\s+(?:می[\s\u200c]*باشد|است)\.?",
)
BREADCRUMB_HOME: Final = _any("Home Page", "Home", "صفحه اصلی", "خانه")
BREADCRUMB_NEWS: Final = _any("News", "اخبار", "خبر")
LAST_UPDATE: Final = _any("Last Update", "Last Updated", "آخرین به روز رسانی", "آخرین بروزرسانی")
CAPTCHA: Final = _any(
    "Enter the text inside the security image",
    "Enter the security code",
    "کد امنیتی",
    "متن داخل تصویر امنیتی را وارد کنید",
)

# A line that opens like this is a labelled line of the page, never the wrapped end of
# the line above it. It may open with an RLM, which the key holds as a space.
LABEL_START: Final = re.compile(
    r"\s*(?:"
    + "|".join(
        (
            rf"(?:{TODAY}|{STUDY_TIME}|{PUBLISHED}|{NEWS_CODE}|{NEWS_GROUP}|{VIEWS}|{LAST_UPDATE}){COLON}",
            r"There (?:are|is) \d+ ",
            r"Copyright\b",
            CAPTCHA,
        )
    )
    + ")",
    re.IGNORECASE,
)

# Whole lines that are page chrome: the banner's image texts, toolbar links, the
# headings of empty footer blocks, and the lone `:` lines the CMS leaves behind.
CHROME_WORDS: Final = frozenset(
    word.casefold()
    for word in (
        "leader",
        "system",
        "close",
        "رونق تولید",
        "Print",
        "Send to Friend",
        "keywords",
        "Pictures",
        "comment",
        "comments",
        "Send comment",
        "Tags",
        "Share",
        "[IMG]",
        "[image]",
        "[INLINE]",
        "[LINK]",
        "[BUTTON]",
        "چاپ",
        "ارسال به دوست",
        "کلید واژه ها",
        "کلیدواژه ها",
        "تصاویر",
        "نظرات",
        "ارسال نظر",
        ":",
        "*",
        "-",
        "|",
    )
)
# A toolbar line holding several chrome words: `Print        Send to Friend`.
CHROME_SEPARATORS: Final = re.compile(r"\s{2,}|\s*[|/•·]\s*")
# The separators' characters as spaces, and the words chrome texts are made of: a line
# holding any other word between separators and spaces is not chrome.
CHROME_SEPARATORS_AS_SPACES: Final = str.maketrans("|/•·", "    ")
CHROME_TOKENS: Final = frozenset(token for words in CHROME_WORDS for token in words.split())
