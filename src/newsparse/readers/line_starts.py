"""Which line of a text capture opens a block of its own, never the wrapped end of the
line above: a label, a list item, a row of cells, a byline, a copyright line; and how far
the news group's list runs when a tool wrapped it."""

from __future__ import annotations

import re
from typing import Final

from newsparse.grammar import box_words as B
from newsparse.grammar import chrome_words as C
from newsparse.grammar import labels as L
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.downloads import is_download_link
from newsparse.grammar.footer_lines import PORTAL_FOOTER_AFTER
from newsparse.grammar.lines import lazy_pattern, match_key, split_bullet
from newsparse.grammar.names import ENGLISH_TITLES
from newsparse.grammar.notice_words import reader_widget
from newsparse.grammar.rules_footer import is_comment_count
from newsparse.grammar.story_pagers import story_pager
from newsparse.readers.news_group_wraps import ANY_LABEL, tag_links
from newsparse.readers.row_ends import ends_row, laid_out

# A Persian copyright line opens anew (`کلیه حقوق ...`), and bmn's (`All rights reserved for
# ...`): no sentence wraps before those words. Others may (`the line “Copyright` / `© 2019
# the author ...”`, `... Company name.` / `All rights reserved" at the top ...`).
_COPYRIGHT_START: Final = lazy_pattern(
    r"\s*(?:(?:کلیه|تمامی?)\s+حقوق\s|All rights reserved (?:for|to) [A-Z])"
)


def category_list_goes_on(first: str, stripped: str) -> bool:
    """Whether a line goes on with the news group list `first` opens, in a wrapped capture:
    the list runs to the next labelled, listed, copyright or blank line, as tools narrow
    or centre the footer cell and wrap it well short of the capture's width, or to a bar
    of buttons (`[16]چاپ [17]ارسال به دوست`)."""
    return (
        L.news_group_label(match_key(split_bullet(first)[1])) is not None
        and not starts_anew(stripped)
        and not ends_row(first, stripped)
        and not match_key(stripped)[:9].casefold().startswith(L.COPYRIGHT_OPENINGS)
        and not ANY_LABEL().match(stripped)
        and not is_comment_count(match_key(stripped))
        # The comment form's heading under the list (`ارسال نظر`), a tag box's heading and
        # its tags, or links where the list holds none (`[8]باتری [9]انرژی خورشیدی`).
        and " ".join(match_key(stripped).casefold().split()) not in C.CHROME_WORDS
        and not stripped.casefold().startswith(_TAG_STARTS)
        and not stripped.startswith("#")  # hashtags
        and not tag_links(first, stripped)
    )


_TAG_STARTS: Final = tuple(f"{heading} " for heading in C.TAG_HEADINGS)
# A contact block's line, typed with `<br>`s (`Tel: 021 ...`, `تلفن: ...`, `رایانامه: ...`).
_CONTACT_LABEL: Final = lazy_pattern(
    r"(?:tel|phone|fax|e-?mail|address|website|تلفن|دورنگار|نمابر|نشانی|رایانامه|ایمیل"
    r"|پست الکترونیک|وبگاه)\s*[:：]\s*\S",
    re.IGNORECASE,
)

_SALUTATION: Final = lazy_pattern(r"Dear (?:[\w.'-]+ ){0,3}[\w.'-]+,")
_NAME_AND_POST: Final = lazy_pattern(
    rf"(?:{'|'.join(ENGLISH_TITLES)})\. (?:[A-Z][\w'-]+ ){{1,3}}[–-] [A-Z]"
)
_TIME_SLOT: Final = lazy_pattern(
    r"[\d۰-۹]{1,2}[:.][\d۰-۹]{2}\s?[–-]\s?[\d۰-۹]{1,2}[:.][\d۰-۹]{2}\s"
)


def starts_anew(stripped: str) -> bool:
    """Whether a line can never be the wrapped end of the one above: it is laid out in
    cells, opens with a list marker or a label, or is a byline."""
    return (
        # The last words of a paragraph with the old portal's footer row html2text ran on
        # after them (`Tehran. 23:59 - 31/12/2019    /    Number : 407`) go on with it.
        (laid_out(stripped) and not ("/" in stripped and PORTAL_FOOTER_AFTER().search(stripped)))
        or split_bullet(stripped)[0]
        # A markdown image opening a line is a figure of its own (`![](x.jpg)Caption`), and
        # lynx's button a form's or a box's (`(BUTTON) ×`).
        or stripped.startswith(("![", "(BUTTON)"))
        # html2text writes an icon before a label as an empty emphasis (`__News group :`).
        or L.opens_with_label(match_key(stripped.lstrip("_")))
        or L.info_strip(stripped)
        or B.is_listing_heading(match_key(stripped))
        or C.opens_with_tag_heading(stripped)
        # Or its heading with no colon, its tags in a comma list or links (`keywords
        # [9]science parks, [10]start-ups`).
        or (("," in stripped or "[" in stripped) and C.tag_list(stripped))
        or _COPYRIGHT_START().match(stripped) is not None
        or _CONTACT_LABEL().match(stripped) is not None
        # A letter's salutation (`Dear colleagues,`), a programme's time slot (`09:00–10:30
        # Registration`), a board's member and their post (`Dr. Omid Tavakoli – Member`).
        or _SALUTATION().fullmatch(stripped) is not None
        or _TIME_SLOT().match(stripped) is not None
        or _NAME_AND_POST().match(stripped) is not None
        or C.is_form_widget(stripped)
        # An opinion piece's byline with its footnote mark (`Parviz Karami *`).
        or (stripped.endswith(" *") and is_byline(stripped))
        # A file's download link, under its player or picture: a box of its own; so is a
        # gallery's count of its pictures, or the links to the stories before and after.
        or is_download_link(stripped)
        or story_pager(match_key(stripped))
        # A reader's feedback widget (`Was this news helpful? Yes No`) under the text; not a
        # footnote's mark alone (`(1)`), which goes on with its sentence, nor one answer's
        # word in lower case (`... fast track says` / `yes`), a sentence's end.
        or (
            reader_widget(match_key(stripped).strip())
            and any(c.isalpha() for c in stripped)
            and not (stripped.islower() and " " not in stripped)
        )
    )
