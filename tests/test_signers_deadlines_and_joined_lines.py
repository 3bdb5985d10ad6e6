"""A statement's signer closing the text, bmn's labels under a text holding a deadline's
date, a kicker a paste joined to the title's line, and a page's address whose id lynx cut
at the line's end."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.names import is_signature
from newsparse.readers.wrappers import printed_url

TITLE = "Isfahan firm ships its first laboratory centrifuges to Armenia"
INFO = "  • Nov 3 2024 - 11:25\n  • 341\n  • Study time : 2 minute(s)"
LEAD = (
    "A knowledge-based company in the Isfahan Science and Technology Town has shipped its "
    "first batch of 120 refrigerated centrifuges to a distributor in Yerevan."
)
LAST = (
    '"We did not want to sell a box; we wanted to sell a service," the company said in a '
    "statement to the press."
)
FOOTER = "  • News group : NEWS,Knowledge-based Companies\n  • News code : 95412"


def test_a_statements_signer_closing_the_text_is_body_not_a_row_of_tags() -> None:
    signer = "Reza Moradi, Managing Director, Isfahan"
    assert is_signature(signer)
    assert is_signature("Dr. Mina Rahimi, Head of the Office of Awards")
    assert is_signature("رضا مرادی، مدیرعامل شرکت")
    # Tags name things each on its own, with no comma after a name.
    assert not is_signature("centrifuge export Armenia")
    assert not is_signature("Nanotechnology, Water, Isfahan")
    assert not is_signature("Stem Cells, Nanotechnology, Genetics")
    assert not is_signature("Tehran University, Iran")
    assert not is_signature("Reza Moradi")
    record = newsparse.parse_text(
        blank_lines_apart(INFO, TITLE, LEAD, LAST, signer, FOOTER, COPYRIGHT)
    )
    assert record.body == (LEAD, LAST, signer)
    # A row of tags there is still no body.
    tags = "centrifuge export Armenia laboratory"
    record = newsparse.parse_text(
        blank_lines_apart(INFO, TITLE, LEAD, LAST, tags, FOOTER, COPYRIGHT)
    )
    assert record.body == (LEAD, LAST)


BMN_TEXT = (
    "The National Foundation of Elites has invited researchers under 40 to apply for this "
    "year's Alborz award, which goes to work in the basic sciences that has found use.",
    "Applicants must hold a doctorate and must have published their main result within the "
    "last five years.",
    "Deadline",
    "Apr 30 2020",
    "Files should be uploaded through the foundation's portal.",
    "Narges Kamali, Head of the Office of Awards, Tehran",
)


def test_bmns_labels_close_a_text_holding_a_deadlines_date_over_unbulleted_links() -> None:
    # A paste keeps no bullets: the links box under bmn's labels reads as short text.
    capture = blank_lines_apart(
        "Sunday 16 February 2020",
        "Home\nPrograms\nContact us",
        "Call for applications:",
        "Young researchers invited to apply for the 2020 Alborz award",
        *BMN_TEXT,
        "Publish date : 2020/02/12",
        "Code : 1843",
        "Visit count: 207",
        "Links",
        "Vice-Presidency for Science and Technology\nIran National Science Foundation",
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(capture)
    assert record.title == "Young researchers invited to apply for the 2020 Alborz award"
    assert record.kicker == "Call for applications"
    assert record.published == "2020-02-12"
    assert record.body == BMN_TEXT


PERSIAN_KICKER = (
    "دبیر ستاد توسعه فناوری‌های نرم و هویت‌ساز در نشست خبری با اصحاب رسانه از داوری "
    "طرح‌های رسیده به دبیرخانه خبر داد"
)
PERSIAN_TITLE = "پنجاه طرح فرهنگی به مرحله نهایی رسید"
PERSIAN_BODY = (
    "از میان ۳۱۲ طرح رسیده به فراخوان امسال، پنجاه طرح به مرحله نهایی راه یافتند.",
    "داوری نهایی در دی‌ماه و در تهران برگزار خواهد شد.",
)


def test_a_long_kicker_a_paste_joined_to_the_titles_line_is_the_kicker() -> None:
    # A paste of the old portal keeps no blank line in the chrome above the text: the
    # kicker's line and the title's run on, and the breadcrumb names the title.
    capture = "\n".join(
        (
            "چهارشنبه 27 شهريور 1398-",
            "صفحه اصلی\nدرباره ستاد\nاخبار\nتماس با ما",
            "سرخط خبرها",
            "نمایشگاه اسباب‌بازی‌های ایرانی در تبریز گشایش یافت 25/09/2019",
            "کارگاه بازی‌سازی برای دانشجویان برگزار شد 21/09/2019",
            "ورود اعضا\naccess deny",
            "\tصفحه اصلی > اخبار",
            f"اخبار > {PERSIAN_TITLE}",
            "چاپ        ارسال به دوست",
            f"{PERSIAN_KICKER}:\n{PERSIAN_TITLE}\n",
            *(f"{paragraph}\n" for paragraph in PERSIAN_BODY),
            "14:05 - 16/09/2019    /    Number : 4521    /    Show Count : 97",
            "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
        )
    )
    record = newsparse.parse_text(capture)
    assert record.title == PERSIAN_TITLE
    assert record.kicker == PERSIAN_KICKER
    assert record.body == PERSIAN_BODY


def test_a_page_address_whose_id_lynx_cut_at_the_lines_end_is_joined() -> None:
    url = "https://en.isti.ir/Biotechnology/Can-a-national-gene-bank-keep-pace/94577"
    cut = ["   News URL :", f"   {url[:-2]}", "   77", "", "   Today : Wednesday Nov 20 2024"]
    assert printed_url(cut) == url
    # A count under a short address is none of its id.
    short = ["   News URL :", "   https://en.isti.ir/News/945", "   77"]
    assert printed_url(short) == "https://en.isti.ir/News/945"
    footer = FOOTER.replace("95412", "94577")
    record = newsparse.parse_text(
        blank_lines_apart("\n".join(cut), INFO, TITLE, LEAD, LAST, footer, COPYRIGHT)
    )
    assert record.news_code == 94577
    assert not [warning for warning in record.warnings if warning.startswith("news code")]
