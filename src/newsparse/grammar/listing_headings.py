"""The headings of the headline lists a news page sets around its article (`Most viewed`,
`Related news`, `آخرین اخبار`), as the heading sets hold them (casefolded); and those of the
boxes named for what they hold (`Coming up at the Foundation`, `Careers board`)."""

from __future__ import annotations

import re
from typing import Final

# Headings of the headline lists a news page sets around its article.
LISTING_HEADINGS: Final = frozenset(
    heading.casefold()
    for heading in (
        "Most viewed",
        "Most visited",
        "Most read",
        "Most popular",
        "Most shared",
        "Most shared this week",
        "Most commented",
        "Popular news",
        "Related news",
        "Related",
        "Related articles",
        "Latest news",
        "Latest",
        "Recent news",
        "Top news",
        "Top stories",
        "Latest stories",
        "Related stories",
        "Related notes",
        "Related coverage",
        "Related videos",
        "Related photos",
        "More videos",
        "Latest videos",
        "Editor's choice",
        "Editor's pick",
        "Editors' pick",
        "Editor's picks",
        "Editors' picks",
        "Handpicked by the desk",
        "Handpicked for you",
        "Jobs board",
        "Job board",
        "Research jobs board",
        "Trending",
        "Trending now",
        "You may also like",
        "You might also like",
        "You might enjoy these too",
        "You may be interested in",
        "Most read this week",
        "Most visited this week",
        "Headlines",
        "Other news",
        "More news",
        "News archive",
        "In the news",
        "You may have missed",
        "You might have missed",
        "Don't miss",
        "More stories",
        "Recommended",
        "Recommended for you",
        "Previous news",
        "Next news",
        "Previous article",
        "Next article",
        "Upcoming events",
        # A series' box of its other parts, each with its date.
        "In this series",
        "Parts of this report",
        "Parts of this series",
        "Other parts",
        "Other parts of this report",
        "Other parts of this series",
        "Read the series",
        "سایر بخش ها",
        "بخش های این گزارش",
        "بخش های دیگر این گزارش",
        "قسمت های دیگر",
        "پربازدیدترین",
        "پربازدیدترین ها",
        "پربازدیدترین اخبار",
        "پربیننده ترین",
        "پربحث ترین",
        "آخرین اخبار",
        "تازه ترین اخبار",
        "اخبار مرتبط",
        "یادداشت های مرتبط",
        "گزارش های مرتبط",
        "مطالب مرتبط",
        "ویدیوهای مرتبط",
        "ویدئوهای مرتبط",
        "فیلم های مرتبط",
        "تصاویر مرتبط",
        "گزیده اخبار",
        "مطالب پیشنهادی",
        "پیشنهاد سردبیر",
        "اخبار ویژه",
        "سرخط خبرها",
        "سر خط خبرها",
        "اخبار برگزیده",
        "خبر قبلی",
        "خبر بعدی",
        "مطلب قبلی",
        "مطلب بعدی",
        "تازه ها",
        "برگزیده ها",
        "پربیننده ترین ها",
        "شاید بپسندید",
        "شاید دوست داشته باشید",
        "شاید علاقه مند باشید",
    )
)


# Headings of boxes named for what they hold, not in fixed words: an events calendar
# (`Coming up at the Foundation`, `What's on`), a job board (`Openings in the ecosystem`,
# `فرصت‌های شغلی`), a podcast's box (`On the ISTI podcast`), the box on the writer or the
# team under the text (`About the writer`). A heading's folded key, a few words at most.
_NAMED_BOX: Final = re.compile(
    r"(?:coming up at|what's on|what’s on|upcoming events|events? calendar|events? diary"
    r"|careers? board|career opportunities|jobs? board|job openings|job opportunities"
    r"|openings in|current vacancies|about the (?:writers?|authors?|reporter|research team)"
    r"|(?:other|more) (?:articles|stories|reports) (?:by|from) (?:this|the) (?:author|writer)"
    r"|also by (?:this|the) (?:author|writer)"
    r"|(?:on|from) (?:the|our) (?:\w+ ){0,2}podcast)"
    r"(?: (?:at|in|on|from|of)?\s?(?:the |our )?(?:\w+ ?){1,3})?"
    r"|(?:تابلوی )?(?:فرصت های شغلی|آگهی های استخدام)(?: .{1,20})?"
    r"|(?:رویدادهای پیش رو|تقویم رویدادها|درباره نویسندگان|درباره نویسنده|درباره گروه پژوهشی"
    r"|دیگر (?:نوشته|مطلب|یادداشت)(?: های?)? (?:این|همین) نویسنده)(?: .{1,20})?"
)
_NAMED_BOX_WORDS: Final = 6


def named_box(key: str) -> bool:
    """Whether a line is the heading of a box named for what it holds (`Coming up at the
    Foundation`, `Careers board`, `About the writer`): a heading opens as a line does, no
    piece of a sentence a tool wrapped."""
    if key.lstrip()[:1].islower():
        return False
    folded = heading_key(key)
    return len(folded.split()) <= _NAMED_BOX_WORDS and _NAMED_BOX.fullmatch(folded) is not None


_HEADING_END: Final = " :：»«>-–|•*#"


def heading_key(key: str) -> str:
    """A heading's words as the heading sets hold them: casefolded, a ZWNJ as a space,
    without the marks around them."""
    return " ".join(key.strip(_HEADING_END).casefold().replace("\u200c", " ").split())
