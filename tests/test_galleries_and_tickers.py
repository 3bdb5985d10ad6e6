"""What a photo report, a ticker and a narrow cell set around the article: a gallery's pager
and its credits, headlines run onto one line, a footnote's mark after a link's number, the
old portal's footer row wrapped at its labels."""

from __future__ import annotations

import textwrap

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from test_persian import BODY as PERSIAN_LEAD
from test_rich_bodies import BODY, LEAD, TITLE, page

INFO = "  • Nov 8 2023 - 11:45\n  • 436\n  • Study time : 1 minute(s)"
KICKER = "Photo report:"
CAPTION = "The festival's hall of student projects, where sixty teams set up their posters"


def test_a_gallerys_pager_with_its_next_link_is_no_body() -> None:
    for pager in ("۱ ۲ ۳ ۴ بعدی", "« Previous 1 2 3 Next »"):
        record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, pager, CAPTION, BODY))
        assert record.body == (LEAD, CAPTION, BODY), pager


def test_a_pager_run_onto_the_last_caption_is_cut_from_it() -> None:
    caption = "Winners of the school quiz receive their prizes on the main stage"
    text = page(INFO, KICKER, TITLE, LEAD, BODY, f"{caption} [6]1 [7]2 [8]3 [9]4 [10]Next")
    record = newsparse.parse_text(f"{text}\n\nReferences\n\n   6. https://en.isti.ir/\n")
    assert record.body == (LEAD, BODY, caption)


def test_a_ratings_numbers_stay_with_its_words() -> None:
    record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, BODY, "Rate this news 1 2 3 4 5"))
    assert record.body == (LEAD, BODY)


def test_a_rating_widget_that_names_the_readers_rating_is_no_body() -> None:
    for widget in ("امتیاز شما : ۱ ۲ ۳ ۴ ۵", "Your rating: 1 2 3 4 5", "امتیاز دهید : 1 2 3 4 5"):
        record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, BODY, widget))
        assert record.body == (LEAD, BODY), widget


def test_a_persian_ratings_label_over_its_numbers_is_no_body() -> None:
    # lynx links each number: the label and the numbers stand apart.
    record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, BODY, "امتیاز دهید :\n1 2 3 4 5"))
    assert record.body == (LEAD, BODY)


def test_a_lone_credit_is_its_own_picture_where_captions_carry_theirs_inline() -> None:
    credited = "Girls from a Karaj high school test an air filter. Photo: Reza Ahmadi"
    record = newsparse.parse_text(
        page(INFO, KICKER, TITLE, LEAD, credited, CAPTION, "Photo: Reza Ahmadi", BODY)
    )
    assert record.body == (LEAD, CAPTION, BODY)
    # A page whose captions stand over their credits: the caption is the credit's.
    record = newsparse.parse_text(
        page(INFO, KICKER, TITLE, LEAD, CAPTION, "Photo: Reza Ahmadi", BODY)
    )
    assert record.body == (LEAD, BODY)


def test_a_tickers_headlines_on_one_line_are_no_title() -> None:
    ticker = (
        "Foundation grants travel credit to top master's students · Young inventors honoured"
        " at a festival · Call for the Allameh Tabatabaei award opens"
    )
    record = newsparse.parse_text(
        blank_lines_apart(
            "Sunday 9 February 2020",
            ticker,
            "Home | About NEF | News | Contact",
            "Dr. Sattari announced:",
            TITLE,
            LEAD,
            BODY,
            "Publish date : 2020/02/03",
            "Code : 1187",
            "Visit count: 243",
            "All rights reserved for National Foundation of Elites",
        )
    )
    assert (record.kicker, record.title, record.body) == (
        "Dr. Sattari announced",
        TITLE,
        (LEAD, BODY),
    )


def test_a_footnotes_mark_after_a_word_is_kept_where_links_are_numbered() -> None:
    marked = f"{BODY[:-1]}[1]."
    text = page(INFO, KICKER, TITLE, f"[12]{LEAD}", marked)
    record = newsparse.parse_text(f"{text}\n\nReferences\n\n  12. https://en.isti.ir/\n")
    assert record.body == (LEAD, marked)


def test_the_old_portals_footer_row_wrapped_at_its_labels_gives_its_fields() -> None:
    # links prints the row in its narrow cell, wrapped as the cell's width allows.
    wrapped = [f"   {line}" for text in (LEAD, BODY) for line in [*textwrap.wrap(text, 46), ""]]
    record = newsparse.parse_text(
        "\n".join(
            [
                "   Home Page > news",
                "",
                "   Solar water pumps reach a thousand farms",
                "",
                *wrapped,
                "                      10:05 -",
                "                      14/07/2019    /    Number",
                "                      : 35871    /    Show",
                "                      Count : 143",
                COPYRIGHT,
            ]
        )
    )
    assert (record.published, record.news_code, record.views) == (
        "2019-07-14T10:05:00+04:30",
        35871,
        143,
    )


def test_the_print_bars_last_button_run_into_the_kicker_is_no_kicker() -> None:
    # html2text wraps the old portal's row (`News > <title>   Print` / `Send to Friend
    # <kicker>;`) and runs the kicker on after the bar's last button.
    title = "Nanofibre air filters from Semnan enter the car market"
    record = newsparse.parse_text(
        blank_lines_apart(
            "[Home Page](index.aspx?siteid=30) > [news](index.aspx?siteid=30&pageid=2347)\n"
            f"News > {title}   Print\nSend to Friend Nanotechnology products;",
            f"## {title}",
            LEAD,
            BODY,
            "10:42 - 09/09/2019 / Number : 34688 / Show Count : 97",
            COPYRIGHT,
        )
    )
    assert (record.kicker, record.title, record.body) == (
        "Nanotechnology products",
        title,
        (LEAD, BODY),
    )


def test_a_quoted_paragraph_wrapped_line_by_line_is_one_paragraph() -> None:
    # html2text wraps a blockquote at 78 columns and opens each of its lines with `> `.
    quote = (
        "We would rather fund a modest project that will still be running in five years than"
        " an ambitious one that leaves with its author, and we say so to every applicant."
    )
    quoted = "\n".join(f"> {line}" for line in textwrap.wrap(quote, 76))
    filler = "\n".join(textwrap.wrap(f"{LEAD} {BODY} {LEAD}", 78))
    heading = "What the board said"
    record = newsparse.parse_text(
        page(INFO, KICKER, f"## {TITLE}", filler, f"### {heading}", quoted)
    )
    assert record.body == (f"{LEAD} {BODY} {LEAD}", heading, quote)


def test_a_long_kicker_a_tool_joined_to_the_title_is_the_kicker() -> None:
    # A narrow cell (links at 50 columns) prints the kicker and the title under it as one
    # wrapped paragraph; the title's copy stands below.
    kicker = (
        "Professor of civil engineering at Isfahan University of Technology, explaining the"
        " results of a three-year project funded by the Water Technologies Headquarters"
    )
    title = "Iranian researchers map the groundwater of the central plateau with low-cost sensors"
    record = newsparse.parse_text(
        "\n".join(
            [
                "Home Page > news",
                f"News > {title}",
                "",
                *textwrap.wrap(f"{kicker}; {title}", 60),
                "",
                *textwrap.wrap(title, 60),
                "",
                *textwrap.wrap(f"{LEAD} {BODY}", 60),
                "",
                *textwrap.wrap(f"{BODY} {LEAD}", 60),
                "",
                "10:05 - 14/07/2019 / Number : 35871 / Show Count : 143",
                COPYRIGHT,
            ]
        )
    )
    assert (record.kicker, record.title) == (kicker, title)
    assert record.body == (f"{LEAD} {BODY}", f"{BODY} {LEAD}")


def test_a_tables_rows_of_dates_are_the_texts_not_a_headline_list() -> None:
    rows = ("Investors' meeting 25/06/2019 17/09/2019", "Closing 26/06/2019 18/09/2019")
    record = newsparse.parse_text(
        blank_lines_apart(
            "Home Page > news",
            "News > Technology exhibition in Mashhad postponed to September",
            "New dates announced;",
            "Technology exhibition in Mashhad postponed to September",
            LEAD,
            "Programme Old date New date",
            *rows,
            BODY,
            "10:40 - 28/05/2019 / Number : 35120 / Show Count : 143",
            COPYRIGHT,
        )
    )
    assert (record.kicker, record.body) == (
        "New dates announced",
        (LEAD, "Programme Old date New date", *rows, BODY),
    )


def test_a_list_of_dates_a_line_each_is_not_joined_as_wraps() -> None:
    # w3m prints a paragraph broken by `<br>`: each date opens a line that the one above
    # had room for, though not with the words after it.
    dates = (
        "2019/12/15: registration opens on the Sina system",
        "2020/01/10: last day for registration and uploading documents",
        "2020/02/05: results of the first review",
    )
    text = f"{LEAD} {BODY} Applicants must have been hired after 2017/03/21. The dates are:"
    wrapped = "\n".join(textwrap.wrap(text, 78))
    record = newsparse.parse_text(page(INFO, KICKER, TITLE, wrapped, "\n".join(dates)))
    assert record.body == (text, *dates)


def test_the_line_under_the_kicker_is_the_title_not_the_leads_short_title() -> None:
    # The title printed once, above the info block, holds the lead's words in its order, as
    # the CMS's short title holds the title's: under a kicker, it is the title.
    kicker = "با حمایت ستاد توسعه فناوری‌های فضایی"
    title = "ثبت‌نام دومین رویداد ملی استارتاپی فناوری‌های فضایی آغاز شد"
    lead = (
        "ثبت‌نام در دومین رویداد ملی استارتاپی فناوری‌های فضایی از امروز آغاز شد و تیم‌های"
        " دانشجویی و شرکت‌های نوپا می‌توانند طرح‌های خود را ارسال کنند."
    )
    record = newsparse.parse_text(
        page(f"{kicker}؛", title, "  • 12 مرداد 1400 - 10:15\n  • ۶۱۲\n  • کد خبر : 72418", lead)
    )
    assert (record.kicker, record.title, record.body) == (kicker, title, (lead,))


def test_a_countdown_and_its_button_are_no_body() -> None:
    record = newsparse.parse_text(
        page(
            INFO,
            KICKER,
            TITLE,
            LEAD,
            BODY,
            "تا پایان مهلت ثبت‌نام",
            "۱۱ روز ۱۳ ساعت ۴۲ دقیقه",
            "ثبت‌نام در رویداد",
            "در حال بارگذاری ...",
        )
    )
    assert record.body == (LEAD, BODY)


BMN_FOOTER = (
    "Publish date : 2022/06/12",
    "Code : 1875",
    "Visit count: 231",
    "All rights reserved for National Foundation of Elites",
)


def test_a_links_boxs_items_above_the_kicker_are_no_title() -> None:
    # bmn prints its title once: a links box's bulleted items above the kicker are chrome.
    title = "Shahid Chamran grants go to 46 young faculty members in engineering"
    record = newsparse.parse_text(
        blank_lines_apart(
            "Wednesday 15 June 2022",
            "  • Iran National Science Foundation",
            "  • Ministry of Science, Research and Technology",
            "Awards",
            title,
            LEAD,
            BODY,
            *BMN_FOOTER,
        )
    )
    assert (record.kicker, record.title, record.body) == ("Awards", title, (LEAD, BODY))


def test_a_row_of_links_with_bars_between_is_no_title() -> None:
    title = "۲۴۰ برگزیده المپیادهای علمی امسال از تسهیلات بنیاد بهره‌مند می‌شوند"
    record = newsparse.parse_text(
        blank_lines_apart(
            "چهارشنبه 7 اسفند 1398",
            "سامانه سکو | جوایز و حمایت‌ها | بنیادهای استانی",
            "معاون برنامه‌ریزی و نظارت بنیاد اعلام کرد:",
            title,
            PERSIAN_LEAD,
            *BMN_FOOTER,
        )
    )
    assert (record.title, record.body) == (title, (PERSIAN_LEAD,))


def test_an_embedded_videos_fallback_is_no_notice_cutting_the_page() -> None:
    title = "Elites Foundation opens 40 research-chair grants to returning PhD graduates"
    caption = "Video: the deputy for scientific affairs explains how the grants are awarded."
    record = newsparse.parse_text(
        blank_lines_apart(
            "Wednesday 10 July 2019",
            "Support for returning scholars:",
            title,
            LEAD,
            "Your browser does not support embedded videos.",
            caption,
            BODY,
            *BMN_FOOTER,
        )
    )
    assert (record.title, record.body) == (title, (LEAD, caption, BODY))


def test_a_charts_alt_text_with_its_data_labels_is_no_body() -> None:
    caption = "Iran's share of the world's nanotechnology papers, 2014-2018 (percent)"
    alt = "Bar chart. 2014: 5.1%; 2015: 5.4%; 2016: 5.7%; 2017: 6.0%; 2018: 6.2%"
    record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, alt, caption, BODY))
    assert record.body == (LEAD, caption, BODY)


def test_a_clippers_labelled_address_under_its_day_and_time_is_the_sites() -> None:
    # OneNote sets the page's title, the day and the time it clipped, then the address.
    title = "Domestically made cochlear implant passes clinical tests."
    record = newsparse.parse_text(
        blank_lines_apart(
            title,
            "Tuesday, July 23, 2019\n10:05 AM",
            "Clipped from: https://en.isti.ir/index.aspx?siteid=30&pageid=2781&newsview=36120",
            title,
            LEAD,
            BODY,
        )
    )
    assert (record.layout, record.news_code, record.kicker, record.title) == (
        "old-portal",
        36120,
        None,
        title,
    )
    assert record.body == (LEAD, BODY)


def test_an_apps_meta_line_and_its_title_over_the_pages_kicker() -> None:
    # Pocket: the app's title, its host and reading time, the address, the day saved; then
    # the page's kicker and title.
    record = newsparse.parse_text(
        blank_lines_apart(
            f"{TITLE}\nen.isti.ir · 2 min read\nhttps://en.isti.ir/News/Prototype-plan/96502"
            "\nSaved on Oct 21 2024 · 2 min",
            "Support plans:",
            TITLE,
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.title, record.captured_on) == (
        "Support plans",
        TITLE,
        "2024-10-21",
    )
    assert record.body == (LEAD, BODY)


def test_a_link_number_wrapped_at_a_lines_end_is_no_text() -> None:
    # w3m with numbered links: the number ends one line, its link's text opens the next.
    paragraph = f"{LEAD} {BODY}"
    lines = textwrap.wrap(paragraph, 72)
    lines[0] += " [19]"
    last = "The winners of the round will be named by the plan's secretariat in May."
    text = page(INFO, KICKER, TITLE, "\n".join(lines), last)
    record = newsparse.parse_text(f"{text}\n\nReferences:\n\n[19] https://en.isti.ir/\n")
    assert record.body == (paragraph, last)


def test_a_gallery_under_the_text_whose_alt_texts_copy_the_title_leaves_the_text() -> None:
    # Two copies printed together below the text outweigh the one over it, but the text
    # under that one says it is the title.
    gallery = (
        TITLE,
        "A team from Tabriz checks its panels before the start (Photo: Mehdi Shafiei)",
        TITLE,
        "The winning car on the second lap (Photo: Mehdi Shafiei)",
    )
    record = newsparse.parse_text(page("Nov 8 2023 - 11:45\n436", TITLE, LEAD, BODY, *gallery))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_gallerys_pager_labelled_or_of_two_pages_is_no_body() -> None:
    for pager in ("Pages: 1 2 3", "قبلی ۱ ۲ بعدی", "« 1 2 »"):
        record = newsparse.parse_text(page(INFO, KICKER, TITLE, LEAD, BODY, pager))
        assert record.body == (LEAD, BODY), pager


def test_pictures_before_the_text_each_with_a_copy_of_the_title_are_no_body() -> None:
    # Each picture's alt text is the title or a few words of its own; captions credited.
    gallery = (
        "Bioreactor hall",
        "Photo: BDC public relations",
        TITLE,
        "Technicians check the seed fermenter before the first run (Photo: Ali Sadeghi)",
        "Quality control lab",
        TITLE,
        "Photo: Ali Sadeghi",
    )
    record = newsparse.parse_text(page(INFO, KICKER, TITLE, *gallery, LEAD, BODY))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))
