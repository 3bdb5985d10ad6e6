"""The grammar's choices pinned one behaviour at a time: which lines make a menu, which line is
the kicker, which is the title and what confirms it, which dates are the article's."""

from __future__ import annotations

import pytest

import newsparse
from conftest import COPYRIGHT
from test_evidence import BODY, LEAD, page

# Longer than a menu item.
TITLE = "Park companies doubled their exports to neighbouring countries"
UNCONFIRMED = "title uncertain: found neither in a copy on the page nor in the HTML head"
MORE = (
    "The park will also open a trade office in Yerevan next spring, its director said, "
    "so that companies can meet buyers without travelling."
)


def bare(*lines: str) -> str:
    """A capture with no info block: the lines and the site's copyright line."""
    return "\n\n".join((*lines, COPYRIGHT)) + "\n"


@pytest.mark.parametrize("end", [".", ":", ";", "؛", "?", "؟", "!"])
def test_short_lines_ending_a_sentence_are_text_not_a_menu(end: str) -> None:
    said = (f"Exports doubled{end}", f"Jobs grew{end}", f"Loans fell{end}", f"Prices held{end}")
    record = newsparse.parse_text(bare("Park companies doubled exports", LEAD, *said))
    assert record.body == (LEAD, *said)


def test_four_short_lines_in_a_row_are_a_menu() -> None:
    item = "Technology Parks and Incubators Directory"[:40]
    assert (len(item), len(item.split())) == (40, 5)
    record = newsparse.parse_text(bare("Home", item, "About us", "Contact us", TITLE, LEAD))
    assert (record.title, record.body) == (TITLE, (LEAD,))


def test_a_menu_item_may_have_six_words() -> None:
    item = "Laws and rules of the park"
    assert len(item.split()) == 6
    record = newsparse.parse_text(bare("Home", item, "About us", "Contact us", TITLE, LEAD))
    assert (record.title, record.body) == (TITLE, (LEAD,))


def test_three_short_lines_above_a_long_title_are_no_menu_with_it() -> None:
    title = "Park companies doubled their exports to neighbouring countries this year"
    record = newsparse.parse_text(bare("Home", "News", "About us", title, LEAD))
    assert title in (record.title, *record.body)


def test_a_line_of_seven_short_words_is_no_menu_item() -> None:
    record = newsparse.parse_text(
        bare("Home", "News", "We sell to all of them now", "Contact us", TITLE, LEAD)
    )
    assert "We sell to all of them now" in (record.title, *record.body)


def test_a_kicker_loses_only_its_colon() -> None:
    record = newsparse.parse_text(
        page(
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            "On the TEDPIX:",
            "Park companies doubled their exports",
            "Park companies doubled their exports",
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.title) == (
        "On the TEDPIX",
        "Park companies doubled their exports",
    )


def test_a_byline_above_the_title_is_no_kicker() -> None:
    record = newsparse.parse_text(
        page(
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            "Parviz Karami *",
            "Park companies doubled their exports",
            "Park companies doubled their exports",
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.title) == (None, "Park companies doubled their exports")
    assert record.body == (LEAD, BODY)


@pytest.mark.parametrize("button", ["Menu", "منو"])
def test_a_mobile_pages_menu_button_over_the_title_is_no_kicker(button: str) -> None:
    title = "Sharif team builds a low-cost ventilator that runs on its own battery."
    html = (
        "<html><head><link rel='canonical' href='https://en.isti.ir/News/Ventilator/5120'>"
        "</head><body><ul><li><a href='/'>Home</a></li><li><a href='/News'>News</a></li></ul>"
        f"<header><button>{button}</button></header><article><h1>{title}</h1>"
        "<div><span>Jul 8 2020 - 10:40</span> <span>1,204</span></div>"
        f"<p>{LEAD}</p><p>{BODY}</p><ul><li>News group : NEWS,Health</li></ul></article>"
        f"<p>{COPYRIGHT}</p></body></html>"
    )
    record = newsparse.parse_html(html)
    assert (record.kicker, record.title) == (None, title)


def test_a_kicker_may_run_to_250_characters() -> None:
    kicker = (
        "The managing director of the technology park, at the ceremony held on Tuesday for "
        "the companies that exported for the first time this year, in the presence of the "
        "governor and the heads of the universities of the province, said of the results:"
    )
    kicker = kicker[:-1].ljust(249, ".")[:249] + ":"
    assert len(kicker) == 250
    record = newsparse.parse_text(
        page(
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            kicker,
            "Park companies doubled their exports",
            "Park companies doubled their exports",
            LEAD,
            BODY,
        )
    )
    assert record.kicker == kicker[:-1]
    assert record.title == "Park companies doubled their exports"


def test_the_short_title_of_64_characters_confirms_the_title() -> None:
    short = "Park companies doubled exports to Armenia, Iraq, and Afghanistan"
    title = (
        "Park companies doubled exports to Armenia, Iraq and Afghanistan in the first half "
        "of the year"
    )
    assert len(short) == 64
    record = newsparse.parse_text(page(short, "  • Sep 5 2023 - 11:30", "  • 347", title, LEAD))
    assert record.title == title
    assert UNCONFIRMED not in record.warnings


def test_a_line_without_words_above_the_bullets_confirms_nothing() -> None:
    record = newsparse.parse_text(
        page("———", "  • Sep 5 2023 - 11:30", "  • 347", "Park companies doubled exports", LEAD)
    )
    assert record.title == "Park companies doubled exports"
    assert UNCONFIRMED in record.warnings


def test_a_heading_sharing_the_titles_first_word_is_not_its_short_form() -> None:
    record = newsparse.parse_text(
        page(
            "Park news", "  • Sep 5 2023 - 11:30", "  • 347", "Park companies doubled exports", LEAD
        )
    )
    assert record.title == "Park companies doubled exports"
    assert UNCONFIRMED in record.warnings


def test_a_title_copy_run_together_with_alt_text_confirms_the_title() -> None:
    title = "Park companies doubled their exports"
    alt = "Photo: the export hall of the park in Tehran"
    record = newsparse.parse_text(
        page("  • Sep 5 2023 - 11:30", "  • 347", title, f"{alt} {title}", LEAD, BODY)
    )
    assert record.title == title
    assert record.warnings == ()
    assert record.body == (LEAD, BODY)


def test_alt_text_of_80_characters_beside_a_title_copy_still_confirms_it() -> None:
    title = "Park companies doubled their exports"
    alt = "Photos: the managing director of the park with the heads of exporting companies"
    assert len(f"{alt} ") == 80
    record = newsparse.parse_text(
        page("  • Sep 5 2023 - 11:30", "  • 347", title, f"{alt} {title}", LEAD, BODY)
    )
    assert record.title == title
    assert UNCONFIRMED not in record.warnings


def test_a_line_over_sixty_characters_is_never_a_bare_kicker() -> None:
    title = "Park companies doubled their exports to neighbouring countries"
    said = (
        "The managing director of the park, asked why exports doubled in a single year, "
        "gave three reasons at the ceremony held on Tuesday:"
    )
    assert len(title) > 60
    record = newsparse.parse_text(page("  • Sep 5 2023 - 11:30", "  • 347", title, said, LEAD))
    assert (record.kicker, record.title) == (None, title)


def test_a_bare_kicker_may_run_to_sixty_characters() -> None:
    kicker = "At the ceremony of the Vice-Presidency for Science in Tehran"
    title = (
        "Park companies doubled their exports to neighbouring countries and opened an office "
        "in Yerevan"
    )
    assert len(kicker) == 60
    record = newsparse.parse_text(
        page("  • Sep 5 2023 - 11:30", "  • 347", kicker, title, LEAD, BODY)
    )
    assert (record.kicker, record.title) == (kicker, title)


def test_the_date_bullets_under_the_title_belong_to_the_study_time_above_it() -> None:
    record = newsparse.parse_text(
        page(
            "  • Study time : 2 minute(s)",
            "Park companies doubled their exports",
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            LEAD,
            BODY,
            MORE,
            "Related",
            "Nano filters for hospitals in Tabriz",
            "  • Aug 30 2023 - 14:40",
            "  • 655",
            "Solar panels from Yazd reach Armenia",
            "  • Sep 3 2023 - 09:15",
            "  • 812",
        )
    )
    assert (record.published, record.views) == ("2023-09-05T11:30:00+03:30", 347)


def test_the_date_bullets_above_the_title_belong_to_the_study_time_below_it() -> None:
    record = newsparse.parse_text(
        page(
            "Nano filters for hospitals in Tabriz",
            "  • Aug 30 2023 - 14:40",
            "  • 655",
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            "Park companies doubled their exports",
            "  • Study time : 2 minute(s)",
            LEAD,
            BODY,
        )
    )
    assert (record.published, record.views) == ("2023-09-05T11:30:00+03:30", 347)
    assert record.title == "Park companies doubled their exports"


def test_a_headline_dates_behind_a_notice_are_not_the_articles() -> None:
    record = newsparse.parse_text(
        page(
            "Nano filters for hospitals in Tabriz",
            "  • Aug 30 2023 - 14:40",
            "  • 655",
            "Solar panels from Yazd reach Armenia",
            "  • Sep 3 2023 - 09:15",
            "  • 812",
            "Please enable JavaScript to use all features of this site.",
            "Park companies doubled their exports",
            "  • Study time : 2 minute(s)",
            LEAD,
            BODY,
        )
    )
    assert (record.published, record.views) == (None, None)


def test_every_menu_of_a_page_without_info_block_is_dropped() -> None:
    record = newsparse.parse_text(
        bare(
            "Home",
            "News",
            "About us",
            "Contact us",
            TITLE,
            LEAD,
            BODY,
            "Exports",
            "Armenia",
            "Medical equipment",
            "Technology parks",
        )
    )
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_bare_kicker_stands_over_a_title_only_a_fifth_longer_when_the_lead_follows() -> None:
    kicker = "Vice-president of the foundation for science affairs"
    title = 'Deputy head of the foundation calls the new grants "an investment, not a gift"'
    assert 1.2 * len(kicker) < len(title) <= 1.5 * len(kicker)
    record = newsparse.parse_text(
        page("  • Sep 5 2023 - 11:30", "  • 347", kicker, title, LEAD, BODY)
    )
    assert (record.kicker, record.title, record.body[0]) == (kicker, title, LEAD)


def test_a_short_line_over_a_sentence_is_the_title_not_a_kicker() -> None:
    title = "Park exports doubled in a year"
    said = "The park's exports doubled last year, its director said on Tuesday."
    record = newsparse.parse_text(page("  • Sep 5 2023 - 11:30", "  • 347", title, said, LEAD))
    assert (record.kicker, record.title, record.body) == (None, title, (said, LEAD))


@pytest.mark.parametrize(
    "fields",
    [
        ("Your name :      [          ]", "Your email :     [          ]", "[Send]"),
        ("Your name :", "Friend's email :", "Message :", "Send"),
        ("نام :", "ایمیل :", "ارسال"),
    ],
)
def test_a_forms_fields_and_its_button_are_not_body(fields: tuple[str, ...]) -> None:
    capture = page("  • Sep 5 2023 - 11:30", "  • 347", TITLE, LEAD, "\n".join(fields))
    assert newsparse.parse_text(capture).body == (LEAD,)


def test_short_lines_ending_in_a_colon_that_name_no_field_are_body() -> None:
    said = ("Targets:", "Exports:", "Jobs:")
    capture = page("  • Sep 5 2023 - 11:30", "  • 347", TITLE, LEAD, "\n\n".join(said))
    assert newsparse.parse_text(capture).body == (LEAD, *said)


def test_a_kicker_run_into_the_title_is_split_where_a_copy_runs_into_the_lead() -> None:
    kicker = "Head of the park announced"
    record = newsparse.parse_text(
        page(f"{kicker}; {TITLE}", "  • Sep 5 2023 - 11:30", "  • 347", f"{TITLE} {LEAD}", BODY)
    )
    assert (record.kicker, record.title, record.body) == (kicker, TITLE, (LEAD, BODY))


def test_a_bare_count_above_the_date_and_study_time_is_the_view_count() -> None:
    record = newsparse.parse_text(
        page(TITLE, "347", "Sep 5 2023 - 11:30", "Study time : 2 minute(s)", LEAD, BODY)
    )
    assert (record.views, record.published, record.body) == (
        347,
        "2023-09-05T11:30:00+03:30",
        (LEAD, BODY),
    )


def test_a_bare_number_above_a_headlines_date_alone_is_no_view_count() -> None:
    record = newsparse.parse_text(
        page(
            "Most viewed",
            "Solar panels reach Armenia",
            "812",
            "Sep 3 2023 - 09:15",
            "Nano filters for hospitals in Tabriz",
            "  • Sep 5 2023 - 11:30",
            "  • Study time : 2 minute(s)",
            TITLE,
            LEAD,
        )
    )
    assert (record.views, record.published, record.title) == (
        None,
        "2023-09-05T11:30:00+03:30",
        TITLE,
    )


def test_a_bare_kicker_right_after_a_bulleted_menu_is_no_menu_item() -> None:
    kicker = "Winners of the Young Inventors Award"
    menu = "  • Home\n  • About the Foundation\n  • News\n  • Contact us"
    closing = "Publish date : 2020/01/14\nCode : 412\nVisit count: 233"
    capture = "\n\n".join(
        (
            menu,
            kicker,
            TITLE,
            LEAD,
            BODY,
            closing,
            "All rights reserved for National Foundation of Elites",
        )
    )
    record = newsparse.parse_text(capture + "\n")
    assert (record.kicker, record.title, record.body) == (kicker, TITLE, (LEAD, BODY))


@pytest.mark.parametrize(
    "fallback",
    [
        "Your browser does not support the video tag. ",
        "برای دیدن این فیلم افزونه فلش را نصب کنید.\n\n",
    ],
)
def test_a_videos_fallback_text_is_dropped_and_its_caption_kept(fallback: str) -> None:
    caption = "Video: the winners show their prototype at the award ceremony."
    record = newsparse.parse_text(
        page("  • Sep 5 2023 - 11:30", "  • 347", TITLE, LEAD, f"{fallback}{caption}", BODY)
    )
    assert record.body == (LEAD, caption, BODY)


def test_a_tag_list_run_onto_its_heading_is_no_body() -> None:
    tags = "keywords Fund Loans Guarantees Venture Start-ups Banks Investment Provinces"
    record = newsparse.parse_text(page("  • Sep 5 2023 - 11:30", "  • 347", TITLE, LEAD, tags))
    assert record.body == (LEAD,)


def test_a_paragraph_opening_with_the_word_tags_is_body() -> None:
    said = "Tags on each device tell the buyer where its parts were made."
    record = newsparse.parse_text(page("  • Sep 5 2023 - 11:30", "  • 347", TITLE, LEAD, said))
    assert record.body == (LEAD, said)


def test_an_icons_name_before_an_info_item_is_no_part_of_it() -> None:
    record = newsparse.parse_text(
        page(
            "  • calendar Sep 5 2023 - 11:30",
            "  • eye 347",
            "  • clock Study time : 2 minute(s)",
            TITLE,
            LEAD,
        )
    )
    assert (record.published, record.views, record.study_minutes) == (
        "2023-09-05T11:30:00+03:30",
        347,
        2,
    )


def test_the_title_as_a_gallerys_first_caption_below_the_lead_is_a_copy() -> None:
    gallery = ("Pictures of the fair", TITLE, "Visitors at the stand of a water company")
    record = newsparse.parse_text(
        page(
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            "Head of the park:",
            TITLE,
            "  • Study time : 1 minute(s)",
            f"{LEAD} {BODY}",
            MORE,
            *gallery,
        )
    )
    assert (record.kicker, record.title) == ("Head of the park", TITLE)
    assert record.body == (f"{LEAD} {BODY}", MORE, gallery[0], gallery[2])


def test_a_line_above_a_kicker_and_its_title_is_never_the_title() -> None:
    menu = "Home About the Foundation Support programs News Contact"
    record = newsparse.parse_text(
        page("  • Sep 5 2023 - 11:30", "  • 347", menu, "Head of the park:", TITLE, LEAD, BODY)
    )
    assert (record.kicker, record.title) == ("Head of the park", TITLE)


def test_a_bare_kicker_a_paste_left_under_a_bare_menu_is_no_menu_item() -> None:
    kicker = "Winners of the Young Inventors Award"
    menu = "Home\nAbout the Foundation\nNews\nContact us"
    closing = "Publish date : 2020/01/14\nCode : 412\nVisit count: 233"
    rights = "All rights reserved for National Foundation of Elites"
    capture = "\n\n".join((f"{menu}\n{kicker}", TITLE, LEAD, BODY, closing, rights))
    record = newsparse.parse_text(capture + "\n")
    assert (record.kicker, record.title, record.body) == (kicker, TITLE, (LEAD, BODY))


# A paste's top: no bullets, a bare view count, a kicker and the title.
TOP = ("Today : Sunday Dec 10 2023", "Dec 3 2023 - 08:30", "1,204", "Head of the park:", TITLE)


def test_lines_in_lower_case_under_a_short_heading_are_list_items_a_paste_unbulleted() -> None:
    items = ("owners keep the right to refuse", "fees are published in advance")
    wrapped = ("The park will also open a trade office", "in Yerevan next spring.")
    capture = "\n".join((*TOP, LEAD, "What the pilot taught us", *items, *wrapped, COPYRIGHT))
    record = newsparse.parse_text(capture + "\n")
    assert record.body == (LEAD, "What the pilot taught us", *items, " ".join(wrapped))


def test_a_heading_of_seven_words_over_lines_in_lower_case_heads_their_list() -> None:
    heading = "Support the park gives to its new tenants"
    items = ("office space free for a year", "loans for their first prototypes")
    capture = "\n".join((*TOP, LEAD, heading, *items, COPYRIGHT))
    record = newsparse.parse_text(capture + "\n")
    assert record.body == (LEAD, heading, *items)


def test_one_line_in_lower_case_under_a_short_line_is_its_broken_end() -> None:
    capture = "\n".join((*TOP, LEAD, "What the pilot taught", "us in the end.", COPYRIGHT))
    record = newsparse.parse_text(capture + "\n")
    assert record.body == (LEAD, "What the pilot taught us in the end.")


BMN_CLOSING = "Publish date : 2020/01/28\nCode : 1421\nVisit count: 207"
BMN_RIGHTS = "All rights reserved for National Foundation of Elites"


def test_bmn_capture_date_under_the_sites_name_and_a_list_above_its_footer() -> None:
    related = "Related news\n  • Summer schools open in six cities\n    2019/11/18"
    capture = "\n\n".join(
        (
            "National Elites Foundation\nMonday 3 February 2020",
            "  • Home\n  • Programs\n  • Contact us",
            "Head of the park:",
            TITLE,
            TITLE,
            LEAD,
            BODY,
            related,
            BMN_CLOSING,
            BMN_RIGHTS,
        )
    )
    record = newsparse.parse_text(capture + "\n")
    assert record.captured_on == "2020-02-03"
    assert (record.kicker, record.title, record.body) == ("Head of the park", TITLE, (LEAD, BODY))
    assert (record.published, record.news_code, record.views) == ("2020-01-28", 1421, 207)


def test_a_word_alone_above_the_title_and_its_bullets_is_the_kicker() -> None:
    info = "  • زمان مطالعه : ۱ دقیقه\n  • کد خبر : ۹۷۳۱۰"
    title = "نمایشگاه فناوری نانو با ۴۰ قرارداد به کار خود پایان داد"
    lead = "به گزارش ستاد توسعه فناوری نانو، ۱۸۶ شرکت محصولات خود را در این نمایشگاه عرضه کردند."
    capture = "\n\n".join(("چاپ | بازگشت\nگزارش\n" + title, info, title, lead, COPYRIGHT))
    record = newsparse.parse_text(capture + "\n")
    assert (record.kicker, record.title, record.body) == ("گزارش", title, (lead,))
    assert not any(w.startswith("title uncertain") for w in record.warnings)


def test_the_last_of_a_bare_menu_above_the_title_is_no_kicker() -> None:
    info = "  • Nov 14 2023 - 11:20\n  • 347"
    capture = "\n\n".join(("Home\nNews\nContact us\n" + TITLE, info, TITLE, LEAD, COPYRIGHT))
    record = newsparse.parse_text(capture + "\n")
    assert (record.kicker, record.title) == (None, TITLE)


def test_a_print_bar_above_the_title_is_no_kicker() -> None:
    info = "  • Nov 14 2023 - 11:20\n  • 347"
    capture = "\n\n".join(
        ("ISTI Print close\n━━━━━━━━━━━━━━━━", TITLE, info, TITLE, LEAD, COPYRIGHT)
    )
    record = newsparse.parse_text(capture + "\n")
    assert (record.kicker, record.title) == (None, TITLE)


def test_a_kicker_naming_a_speaker_and_its_verb_without_a_colon_is_the_kicker() -> None:
    title = "Elite students from twelve provinces will spend the summer in laboratories."
    capture = "\n".join(
        (*TOP[:3], "Deputy for Science and Research of the Foundation announced", title, LEAD)
    )
    record = newsparse.parse_text(f"{capture}\n{COPYRIGHT}\n")
    kicker = "Deputy for Science and Research of the Foundation announced"
    assert (record.kicker, record.title, record.body) == (kicker, title, (LEAD,))


def test_a_title_saying_what_was_announced_is_no_kicker() -> None:
    title = "Winners of the national award for young inventors announced"
    capture = "\n".join((*TOP[:3], title, LEAD, BODY))
    record = newsparse.parse_text(f"{capture}\n{COPYRIGHT}\n")
    assert (record.kicker, record.title, record.body) == (None, title, (LEAD, BODY))


def test_a_box_of_links_a_paste_left_above_the_kicker_and_title_is_chrome() -> None:
    title = "Why do young researchers stay, and why do some of them leave?"
    kicker = "A member of the foundation's scientific board writes:"
    links = (
        "Links",
        "Vice-Presidency for Science and Technology",
        "Innovation and Prosperity Fund",
    )
    capture = "\n".join(
        ("Monday 19 March 2018", "\n\n", *links, kicker, title, LEAD, BMN_CLOSING, BMN_RIGHTS)
    )
    record = newsparse.parse_text(capture + "\n")
    assert (record.kicker, record.title, record.body) == (kicker[:-1], title, (LEAD,))


def test_a_kicker_printed_again_under_the_title_is_the_kicker_when_none_stands_above() -> None:
    title = "Why do graduates of the elite programs stay, and what would bring more back?"
    kicker = "A member of the foundation's scientific council writes:"
    capture = "\n".join(("en.bmn.ir", title, "Dr. Farhad Nazari *", "2–3 minutes", "", kicker))
    record = newsparse.parse_text(f"{capture}\n{LEAD}\n\n{BODY}\n\n{BMN_CLOSING}\n{BMN_RIGHTS}\n")
    assert (record.kicker, record.title, record.body) == (kicker[:-1], title, (LEAD, BODY))


def test_a_kicker_right_above_the_bullets_with_the_titles_copy_below_them_is_the_kicker() -> None:
    kicker = "«رئیس مرکز تعاملات بین‌المللی علم و فناوری»:"
    title = "«بسته حمایت از صادرات شرکت‌های دانش‌بنیان تا پایان سال ۱۴۰۲ تمدید می‌شود»"
    bullets = "    ۱۴۰۲/۰۶/۲۶ - ۰۹:۴۵\n    ۶۴۸\n    زمان مطالعه : ۲ دقیقه\n    کد خبر : ۸۴۲۱۷"
    lead = "به گزارش مرکز تعاملات، بسته حمایت از صادرات شرکت‌های دانش‌بنیان تا پایان سال تمدید شد."
    capture = "\n".join(("isti.ir", title, "2–3 minutes", "", kicker, "", bullets, "", title, lead))
    record = newsparse.parse_text(capture + "\n")
    assert (record.kicker, record.title, record.body) == (kicker[:-1], title, (lead,))
