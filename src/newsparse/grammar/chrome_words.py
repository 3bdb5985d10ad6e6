"""Chrome words: the toolbar words, tag lists and form widgets around an article.

Like `labels`, patterns are matched on `Line.key`; a new chrome word is one more entry.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar.lines import lazy_pattern

# Whole lines that are page chrome: the banner's image texts, toolbar links, the
# headings of empty footer blocks, and the lone `:` lines the CMS leaves behind.
# A language switch's words.
LANGUAGE_SWITCH: Final = ("English", "فارسی")
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
        # A box's link to its archive, under its items.
        "آرشیو اخبار",
        "Tags",
        "Share",
        # elinks's mark of a <video>'s <source> element.
        "Source",
        # A share bar's networks (`Facebook   Twitter   Telegram`).
        *"Facebook Twitter Telegram WhatsApp LinkedIn Instagram Email".split(),
        "تلگرام",
        "واتساپ",
        "توییتر",
        "فیسبوک",
        "اینستاگرام",
        "لینکدین",
        "ایتا",
        "سروش",
        "روبیکا",
        "بله",
        "اشتراک گذاری",
        "اشتراک\u200cگذاری",
        "[IMG]",
        "[image]",
        "[INLINE]",
        "[LINK]",
        "[BUTTON]",
        # lynx's mark of a form's button, before the button's word (`(BUTTON) Login`).
        "(BUTTON)",
        "Search",
        "جستجو",
        # A mobile page's button that opens its menu.
        "Menu",
        "منو",
        *LANGUAGE_SWITCH,
        "Accept",
        "Accept all",
        "Decline",
        "Got it",
        "پذیرفتن",
        "access deny",
        "access denied",
        "چاپ",
        "چاپ خبر",
        "نسخه چاپی",
        "Print version",
        "PDF",
        "PDF version",
        "نسخه PDF",
        "ارسال به دوست",
        "ارسال به دوستان",
        "ارسال به ایمیل",
        "ارسال با ایمیل",
        "ذخیره",
        "Save",
        "کپی لینک",
        "Copy link",
        # The heading of a box of links to other sites.
        "Links",
        "پیوندها",
        *("Partners", "Our partners", "همکاران", "شرکای ما"),
        "Back",
        "Back to top",
        # A newsletter box's heading, left alone where a tool drops the box's form.
        *("Newsletter", "Our newsletter", "خبرنامه"),
        # A feedback widget's answers, under its question.
        *("Yes", "No", "خیر"),
        "بازگشت",
        "بازگشت به بالا",
        "کلید واژه ها",
        "کلیدواژه ها",
        "تصاویر",
        "نظرات",
        "ارسال نظر",
        "ارسال دیدگاه",
        "دیدگاه شما",
        "نظر شما",
        # A login box's heading, fields and button.
        "ورود",
        "ورود به سامانه",
        "ورود کاربران",
        "ورود اعضا",
        "نام کاربری",
        "رمز عبور",
        "▲ Back to top",
        "Login",
        "Log in",
        "Members login",
        "Member login",
        "Members' login",
        "Member's login",
        "User login",
        "ورود اعضا",
        "Sign in",
        "Register",
        "Sign up",
        "ثبت نام",
        "ثبت‌نام",
        "Username",
        "Password",
        "Forgot password?",
        "Forgot your password?",
        "Remember me",
        "فراموشی رمز عبور",
        "رمز عبور را فراموش کرده اید؟",
        "مرا به خاطر بسپار",
        ":",
        "*",
        "-",
        "|",
    )
)
# The headings of a tag list (`keywords Fund Loans ...`, `برچسب‌ها : آب یزد`): the line they
# open, holding no sentence, is the tags.
TAG_HEADINGS: Final = tuple(
    "keywords|tags|topics in this story|کلید واژه ها|کلیدواژه ها|کلیدواژه‌ها|کلمات کلیدی"
    "|واژه های کلیدی|واژه‌های کلیدی|برچسب ها|برچسب‌ها".split("|")
)
_TAG_HEADING_COLON: Final = lazy_pattern(
    rf"\s*(?:{'|'.join(map(re.escape, TAG_HEADINGS))})\s*[:：]", re.IGNORECASE
)


# The words of a poll box's buttons.
POLL_BUTTONS: Final = ("result", "vote", "submit", "نتایج", "نتیجه", "رای", "رأی", "ثبت نظر")


def opens_with_tag_heading(key: str) -> bool:
    """Whether a line opens with a tag list's heading and its colon (`برچسب‌ها :`)."""
    return _TAG_HEADING_COLON().match(key) is not None


# A toolbar line holding several chrome words: `Print        Send to Friend`. links
# prints an icon as `[IMG]` run into its word (`[IMG]Print`): a separator too.
CHROME_SEPARATORS: Final = re.compile(r"\s{2,}|\s*[|/•·]\s*|\[img\]")
# The separators' characters as spaces, and the words chrome texts are made of: a line
# holding any other word between separators and spaces is not chrome.
CHROME_SEPARATORS_AS_SPACES: Final = str.maketrans("|/•·", "    ")
CHROME_TOKENS: Final = frozenset(token for words in CHROME_WORDS for token in words.split())


# What text browsers print for a form: `[ ] [Search]`, `(BUTTON) Search`, `_ [ جستجو ]`.
FORM_WIDGETS: Final = re.compile(
    # One underscore a turn: `_+` inside the repeat would try every split of a long box,
    # exponential in its length on a line that is no widget after all.
    r"(?:\s*(?:\[[^\]\[]{0,30}\]|\((?:BUTTON|RADIO|CHECKBOX|SUBMIT)\)|_|search|go))+\s*",
    re.IGNORECASE,
)


# The words of the labels of a form's fields (send to friend, the comment form).
FORM_LABEL_WORDS: Final = frozenset(
    word.casefold()
    for word in (
        "name",
        "email",
        "e-mail",
        "mail",
        "message",
        "subject",
        "comment",
        "website",
        "phone",
        "captcha",
        "نام",
        "ایمیل",
        "پست",
        "پیام",
        "متن",
        "نظر",
        "موضوع",
        "تلفن",
    )
)


def is_form_label(label: str) -> bool:
    """Whether a field's label names what a form asks for (`Friend's email`, `نام شما`)."""
    return any(word in FORM_LABEL_WORDS for word in label.casefold().split())


def is_form_widget(text: str) -> bool:
    """Whether a line is nothing but a form's fields and buttons (a paste keeps the search
    box's label and its button only: `Search Go`)."""
    if text.lstrip()[:1] not in "[(_":
        return " ".join(text.casefold().split()) in {"search go", "جستجو برو"}
    if FORM_WIDGETS.fullmatch(text) is not None or field_with_button(text):
        return True
    # A box's button and its link beside it (`[ Login ] Forgot password?`).
    button = _BUTTON_AND_LINK.fullmatch(text)
    return button is not None and button[1].casefold() in CHROME_WORDS


_BUTTON_AND_LINK: Final = re.compile(r"\s*\[[^\]\[]{1,30}\]\s+(\S.{0,40}?)\s*")


def field_with_button(text: str) -> bool:
    """Whether a line is lynx's text field with its button beside it (`_________ Join`)."""
    return _FIELD_AND_BUTTON.fullmatch(text) is not None


# lynx's text field and the button after it, its word or two bare (`_________ Join`).
_FIELD_AND_BUTTON: Final = re.compile(
    r"\s*_{3,}\s+[^\W\d_][\w\u200c-]{0,14}(?:\s[^\W\d_][\w\u200c-]{0,14})?\s*"
)


# A form's box as a tool draws it: a run of underscores, an empty bracket (`[    ]`,
# `[ ]`), either after the link number elinks gives it (`[2]____`).
FIELD_BOX: Final = lazy_pattern(r"(?:\[\d+\])?(?:_+|\[[ _]*\])")
# Each field's label in a row of fields is a word or three (`Username`, `رمز عبور`).
_FIELD_LABEL_WORDS: Final = 3


def is_field_row(text: str) -> bool:
    """Whether a line is a form's row of labelled boxes with no colon between
    (`Username ____ Password ____ [ ] Remember me`, `نام کاربری _ رمز عبور _`)."""
    if ("_" not in text and "[" not in text) or "](" in text:
        return False
    labels = FIELD_BOX().split(text)
    return (
        len(labels) > 1
        and any(label.strip() for label in labels)
        and all(len(label.split()) <= _FIELD_LABEL_WORDS for label in labels)
    )


# A menu's first and last items, the ends of a menu a tool printed on one line.
MENU_FIRST: Final = ("home ", "صفحه اصلی ", "صفحه نخست ", "خانه ")
MENU_LAST: Final = (" contact us", " contact", " تماس با ما")


# The most words a tag list's line holds; the fewest hashtags a line of them holds.
_TAG_LIST_WORDS: Final = 40
_HASHTAGS: Final = 2


def tag_list(key: str) -> bool:
    """A tag list run onto its heading's line (`keywords Fund Loans Guarantees ...`), or a
    line of hashtags alone (`#پهپاد #استارتاپ`)."""
    words = key.split()
    if len(words) >= _HASHTAGS and all(word[:1] == "#" and len(word) > 1 for word in words):
        return True
    folded = key.lstrip().casefold()
    heading = next((h for h in TAG_HEADINGS if folded.startswith(h)), None)
    if heading is None:
        return False
    rest = folded[len(heading) :]
    return (
        rest[:1] in (" ", ":", "：")
        and not any(stop in rest for stop in ".!?؟")
        and len(rest.split()) <= _TAG_LIST_WORDS
    )


# An icon font's ligatures, the glyph's name in lower case, printed alone on a line where
# the font draws a picture (Material Icons: `folder` over the news group, `chat`).
ICON_LIGATURES: Final = frozenset(
    """event today calendar_today date_range schedule access_time query_builder watch_later
    visibility remove_red_eye tag label folder folder_open local_offer chat forum comment
    share print home search menu close arrow_upward arrow_back arrow_forward expand_more
    expand_less person mail email bookmark""".split()
)
