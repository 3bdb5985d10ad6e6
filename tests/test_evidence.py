"""The article found by evidence: its info block among headline lists, its title by agreement,
what marks a capture of the site, and the warnings a doubtful record carries."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.cli.app import app

runner = CliRunner()

LEAD = (
    "Forty companies of the park signed export contracts this year, twice as many as last "
    "year, and most of them sell medical equipment to neighbouring countries."
)
BODY = (
    "The managing director of the park said that the companies received help with "
    "certificates, transport and banking, and that a new support package will open in the "
    "autumn for companies that have never exported before."
)
FOOTER = (
    "  • News group : NEWS,Technology Parks & Incubators",
    "  • News code : 93801",
    "There are 0 comment(s) for this article",
    COPYRIGHT,
)


def page(*lines: str) -> str:
    """A text capture: the lines given, blank lines between them, and the footer."""
    return blank_lines_apart(*lines, *FOOTER)


def test_a_headline_list_before_the_article_gives_it_neither_date_nor_title() -> None:
    record = newsparse.parse_text(
        page(
            "Most viewed",
            "Solar panels from Yazd reach Armenia",
            "  • Sep 3 2023 - 09:15",
            "  • 812",
            "Nano filters for hospitals in Tabriz",
            "  • Aug 30 2023 - 14:40",
            "  • 655",
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            "  • Study time : 2 minute(s)",
            "Managing director of the park announced:",
            "Park companies doubled their exports.",
            LEAD,
            BODY,
        )
    )
    assert record.published == "2023-09-05T11:30:00+03:30"
    assert (record.views, record.study_minutes) == (347, 2)
    assert record.kicker == "Managing director of the park announced"
    assert record.title == "Park companies doubled their exports."
    assert record.body == (LEAD, BODY)


def test_a_menu_and_a_notice_above_the_bullets_are_never_the_title() -> None:
    record = newsparse.parse_text(
        page(
            "  • Home\n  • News\n  • About us\n  • Contact us",
            "Please enable JavaScript to use all features of this site.",
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            "Park companies doubled their exports; the park plans new warehouses abroad",
            LEAD,
            BODY,
        )
    )
    assert record.title == (
        "Park companies doubled their exports; the park plans new warehouses abroad"
    )
    assert record.kicker is None
    assert record.body == (LEAD, BODY)


def test_a_byline_and_the_kicker_printed_again_are_neither_title_nor_body() -> None:
    record = newsparse.parse_text(
        page(
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            "An opinion on exports:",
            "Exporting is a habit, not a campaign",
            "Parviz Karami *",
            "An opinion on exports:",
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.title) == (
        "An opinion on exports",
        "Exporting is a habit, not a campaign",
    )
    assert record.body == (LEAD, BODY)
    assert record.warnings == ()


def test_a_long_title_ending_in_a_period_is_the_title() -> None:
    title = (
        "The Vice-Presidency for Science and Technology and six universities signed a "
        "memorandum to create joint laboratories for vaccines, diagnostic kits and biological "
        "medicines for rare diseases, with the first call for proposals open until March."
    )
    assert len(title) > 200
    record = newsparse.parse_text(
        page("  • Sep 5 2023 - 11:30", "  • 347", "At the ceremony:", title, title, LEAD, BODY)
    )
    assert (record.kicker, record.title, record.body) == ("At the ceremony", title, (LEAD, BODY))


def test_an_unconfirmed_title_is_said_so() -> None:
    record = newsparse.parse_text(
        page("  • Sep 5 2023 - 11:30", "  • 347", "Park companies doubled exports", LEAD, BODY)
    )
    assert record.title == "Park companies doubled exports"
    assert record.warnings == (
        "title uncertain: found neither in a copy on the page nor in the HTML head",
    )


def test_two_confirmed_titles_close_in_weight_are_a_close_call() -> None:
    record = newsparse.parse_text(
        page(
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            "Park companies doubled their exports this year",
            "Park companies doubled their exports this year",
            "A second heading printed twice by the page",
            "A second heading printed twice by the page",
            LEAD,
        )
    )
    assert any(w.startswith("title uncertain: two candidates") for w in record.warnings)


def test_a_body_far_shorter_than_its_study_time_is_said_so() -> None:
    record = newsparse.parse_text(
        page(
            "  • Sep 5 2023 - 11:30",
            "  • Study time : 6 minute(s)",
            "At the ceremony:",
            "Park companies doubled exports",
            LEAD,
        )
    )
    words = len(LEAD.split())
    assert f"body looks short: {words} words for a study time of 6 minutes" in record.warnings


def test_a_date_taken_from_outside_the_info_block_is_said_so() -> None:
    record = newsparse.parse_text(
        page(
            "  • Study time : 2 minute(s)",
            "At the ceremony:",
            "Park companies doubled exports",
            LEAD,
            BODY,
            "Related",
            "Nano filters for hospitals in Tabriz, a report from the park's own laboratories",
            "  • Aug 30 2023 - 14:40",
        )
    )
    assert record.published == "2023-08-30T14:40:00+03:30"
    assert "published date uncertain: taken from outside the info block" in record.warnings


def test_a_list_items_date_barely_outweighing_the_old_portal_footer_is_said_so() -> None:
    # A text browser ran the side column's second item into the article's text: the first
    # item's block and the footer line weigh nearly the same.
    record = newsparse.parse_text(
        "\n\n".join(
            (
                "Tuesday, July 16, 2019-",
                "Home Page > news",
                "News > Arak park signs a deal for a rail parts testing centre",
                "At the signing ceremony it was announced;",
                "Most viewed",
                "Start-ups present their products at a fair in Almaty",
                "12:10 - 02/07/2019",
                "Show Count : 412",
                "Call for proposals on packaging",
                "Arak park signs a deal for a rail parts testing centre",
                LEAD,
                "09:30 - 27/06/2019 testing, which takes up to six months.",
                "Show Count : 377",
                "According to the park, the centre will cost about 40 billion rials.",
                "10:42 - 09/07/2019 / Number : 36782 / Show Count : 148",
                COPYRIGHT,
            )
        )
    )
    assert "info block uncertain: a block with another date scores nearly as high" in (
        record.warnings
    )


@pytest.mark.parametrize(
    "footer",
    [
        "Copyright © 2024 Jane's Garden. All rights reserved.",
        "Copyright © 2024 Jane's Garden. All rights reserved.\n\nMonday, June 3, 2024",
    ],
)
def test_another_sites_page_with_a_copyright_line_is_no_capture(footer: str) -> None:
    text = f"Home | About\n\nRoses in winter\n\nHow to keep roses alive in the cold.\n\n{footer}\n"
    with pytest.raises(newsparse.NotACapture):
        newsparse.parse_text(text)


def test_a_copyright_of_the_site_family_alone_marks_a_capture() -> None:
    text = f"Park companies doubled exports\n\n{LEAD}\n\n{COPYRIGHT}\n"
    record = newsparse.parse_text(text)
    assert (record.title, record.body) == ("Park companies doubled exports", (LEAD,))


def test_a_lone_date_of_another_site_is_no_capture() -> None:
    text = "Roses in winter\n\n  • Sep 5 2023\n\nHow to keep roses alive.\n"
    with pytest.raises(newsparse.NotACapture):
        newsparse.parse_text(text)


TRUNCATED = (
    "<!DOCTYPE html><html lang='en'><head>"
    "<title>Solar desalination start-up wins award - Vice-Presidency for Science and Technology"
    "</title><link rel='canonical' href='https://en.isti.ir/News/Solar-desalination/93801'>"
    "<meta property='og:site_name' content='Vice-Presidency for Science and Technology'>"
    "</head><body><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
)


def test_an_html_capture_cut_before_the_article_gives_what_its_head_holds(
    tmp_path: Path,
) -> None:
    capture = tmp_path / "cut.html"
    capture.write_text(TRUNCATED, encoding="utf-8")
    result = runner.invoke(app, ["parse", str(capture)])
    assert result.exit_code == 0, result.stderr
    record = newsparse.parse_path(capture)
    assert record.url == "https://en.isti.ir/News/Solar-desalination/93801"
    assert record.news_code == 93801
    assert record.title == "Solar desalination start-up wins award"
    assert record.body == ()
    assert record.warnings == (
        "title uncertain: taken from the HTML head, not found on the page",
        "no body found",
        "no publication date found",
        "capture looks truncated: no footer found",
    )


def test_the_site_home_page_is_no_capture_though_its_host_is_the_sites() -> None:
    home = "<html><head><link rel='canonical' href='https://en.isti.ir/'></head><body>"
    with pytest.raises(newsparse.NotACapture):
        newsparse.parse_html(home + "<p>Home</p><p>Menu</p></body></html>")


def test_the_html_head_confirms_a_title_printed_once() -> None:
    html = (
        "<html><head><meta property='og:title' content='Park companies doubled exports'>"
        "</head><body><ul><li>Sep 5 2023 - 11:30</li><li>347</li></ul>"
        f"<p>Park companies doubled exports</p><p>{LEAD}</p>"
        f"<ul><li>News code : 93801</li></ul><p>{COPYRIGHT}</p></body></html>"
    )
    record = newsparse.parse_html(html)
    assert record.title == "Park companies doubled exports"
    assert record.warnings == ()


def test_check_fails_a_capture_that_lost_its_body(tmp_path: Path) -> None:
    capture = tmp_path / "nobody.txt"
    capture.write_text(
        page("  • Sep 5 2023 - 11:30", "  • 347", "At the ceremony:", "Park companies doubled"),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["check", str(capture)])  # no golden: the required fields
    assert result.exit_code == 1
    assert "body: required, but the capture has none" in result.stdout


def test_show_marks_the_fields_a_warning_doubts(tmp_path: Path) -> None:
    capture = tmp_path / "page.txt"
    capture.write_text(
        page("  • Sep 5 2023 - 11:30", "  • 347", "Park companies doubled exports", LEAD, BODY),
        encoding="utf-8",
    )
    result = runner.invoke(app, ["show", str(capture)])
    assert "title ?      Park companies doubled exports" in result.stdout
    assert "published    2023-09-05T11:30:00+03:30" in result.stdout


def test_a_kicker_run_into_the_title_copies_under_the_bullets_is_the_kicker() -> None:
    title = "Sixty young inventors receive the foundation's badge"
    record = newsparse.parse_text(
        page(
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            f"At a ceremony of the Foundation {title} {title}",
            title,
            LEAD,
        )
    )
    assert (record.kicker, record.title, record.body) == (
        "At a ceremony of the Foundation",
        title,
        (LEAD,),
    )


def test_alt_text_run_into_the_title_copies_below_a_kicker_is_no_kicker() -> None:
    title = "Sixty young inventors receive the foundation's badge"
    record = newsparse.parse_text(
        page(
            "  • Sep 5 2023 - 11:30",
            "  • 347",
            "At a ceremony of the Foundation:",
            f"Winners on the stage {title} {title}",
            title,
            LEAD,
        )
    )
    assert (record.kicker, record.title, record.body) == (
        "At a ceremony of the Foundation",
        title,
        (LEAD,),
    )


def test_a_short_lead_run_on_after_a_title_copy_is_the_lead() -> None:
    title = "Solar dryers made in Kerman reach the farms of three provinces"
    lead = "Most of these companies were founded by local graduates."
    capture = "\n\n".join(
        (
            "  • Sep 15 2023 - 10:00",
            "  • Study time : 1 minute(s)",
            title,
            # A copy of the title and the lead as one block: no blank line between them.
            f"{title} {lead}",
            BODY,
            *FOOTER,
        )
    )
    record = newsparse.parse_text(capture)
    assert record.title == title
    assert record.body == (lead, BODY)


def test_alt_text_run_on_after_a_title_copy_is_no_body() -> None:
    title = "Solar dryers made in Kerman reach the farms of three provinces"
    capture = "\n\n".join(
        (
            "  • Sep 15 2023 - 10:00",
            "  • Study time : 1 minute(s)",
            title,
            f"{title} solar dryer on a farm near Kerman",
            LEAD,
            BODY,
            *FOOTER,
        )
    )
    assert newsparse.parse_text(capture).body == (LEAD, BODY)


def test_a_browsers_reader_view_is_read_with_its_host_and_reading_time_as_chrome() -> None:
    title = "Can the new network of science parks turn research into products that sell abroad?"
    capture = "\n".join(
        ("en.isti.ir", "1–2 minutes", "", "Deputy for Science Parks explained;", title)
    )
    record = newsparse.parse_text(f"{capture}\n{LEAD}\n\n{BODY}\n")
    assert (record.kicker, record.title, record.body) == (
        "Deputy for Science Parks explained",
        title,
        (LEAD, BODY),
    )


def test_another_sites_reader_view_is_no_capture() -> None:
    capture = "\n".join(("example.org", "Growing tomatoes on a balcony", "1–2 minutes", "", LEAD))
    with pytest.raises(newsparse.NotACapture):
        newsparse.parse_text(capture + "\n")


TITLE = "Park companies doubled their exports to neighbouring countries"
# The info bullets and the title printed twice under them, as the CMS prints them.
BULLETS_AND_TITLE = ("  • Jun 14 2022 - 11:35", "  • 1386", TITLE, TITLE)


def test_a_pasted_lists_last_item_above_the_kicker_is_no_article_date() -> None:
    # A paste drops the headlines' bullets: the third item, shaped as the two before it,
    # is the list's, though the article's study time and code stand below the title.
    items = [
        f"{headline}\n{date}\n{count}"
        for headline, date, count in (
            ("Exhibition of knowledge-based companies opens in Mashhad", "1402/07/10", "214"),
            ("Two science parks sign a memorandum of cooperation", "1402/07/08", "187"),
            ("Food industry innovation centre opens in Tabriz", "1402/07/05", "302"),
        )
    ]
    record = newsparse.parse_text(
        page(
            "Latest news",
            *items,
            "The head of the park announced:",
            TITLE,
            "Study time : 1 minute(s)",
            TITLE,
            LEAD,
            BODY,
        )
    )
    assert (record.published, record.views) == (None, None)
    assert record.title == TITLE
    assert "no publication date found" in record.warnings


def test_a_lists_unbulleted_date_and_count_run_into_the_articles_bullets_stay_the_lists() -> None:
    capture = "\n".join(
        (
            "The head of the park announced:",
            TITLE,
            "",
            "Latest news",
            "",
            "  • Exhibition of knowledge-based companies opens in Mashhad",
            "    1402/07/10",
            "    214",
            "  • Two science parks sign a memorandum of cooperation",
            "    1402/07/08",
            "    187",
            "  • Food industry innovation centre opens in Tabriz",
            "    1402/07/05",
            "    302",
            "  • Study time : 1 minute(s)",
            "  • News code : 93801",
            "",
            TITLE,
            "",
            LEAD,
            "",
            BODY,
            "",
            "  • News group : NEWS,Technology Parks & Incubators",
            COPYRIGHT,
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.published, record.views) == (None, None)
    assert (record.kicker, record.title) == ("The head of the park announced", TITLE)
    assert record.body == (LEAD, BODY)


@pytest.mark.parametrize(
    "bar",
    [
        "Share: Facebook Twitter Telegram",
        "Share Twitter Telegram Print Comments (2)",
        "این مطلب را به اشتراک بگذارید",
        # A screen reader's name for the bar, set right after its last button.
        "Telegram WhatsApp TwitterShare this page",
    ],
)
def test_a_share_bar_under_the_body_is_chrome(bar: str) -> None:
    record = newsparse.parse_text(page(*BULLETS_AND_TITLE, LEAD, BODY, bar))
    assert record.body == (LEAD, BODY)


def test_a_name_opening_a_networks_name_in_the_body_stays() -> None:
    line = "Twitterati and Telegram channels spread the news of the prize within hours."
    record = newsparse.parse_text(page(*BULLETS_AND_TITLE, LEAD, line, BODY))
    assert record.body == (LEAD, line, BODY)


def test_a_related_list_of_dated_headlines_inside_the_body_is_left_out_and_the_body_goes_on() -> (
    None
):
    short = "Several guests asked for samples to be sent to Almaty and Tashkent the same week."
    record = newsparse.parse_text(
        page(
            *BULLETS_AND_TITLE,
            LEAD,
            "Related news",
            "Semnan park companies sign export contracts Sep 30 2021 - 12:15",
            "Central Asian markets open to Iranian medical equipment Aug 14 2021 - 09:40",
            short,
            BODY,
        )
    )
    assert record.body == (LEAD, short, BODY)


def test_a_bmn_capture_date_under_a_login_bar_and_a_menu_is_read() -> None:
    capture = "\n".join(
        (
            "Login | Register | فارسی",
            "  • Home",
            "  • About the Foundation",
            "  • News",
            "Sunday 16 February 2020",
            "",
            "A note by a member of the council:",
            "What brings young researchers back home?",
            LEAD,
            "Publish date : 2020/02/09",
            "Code : 1342",
            "Visit count: 377",
            "All rights reserved for National Foundation of Elites",
        )
    )
    record = newsparse.parse_text(capture)
    assert record.captured_on == "2020-02-16"
    assert record.title == "What brings young researchers back home?"


def test_elinks_mark_of_a_videos_source_is_chrome() -> None:
    record = newsparse.parse_text(page(*BULLETS_AND_TITLE, LEAD, "Source", BODY))
    assert record.body == (LEAD, BODY)


def test_an_old_portal_capture_date_pasted_after_the_cell_beside_it_is_read() -> None:
    capture = "\n".join(
        (
            "بازدید کل : 2840117\tشنبه 30 شهريور 1398-",
            "صفحه اصلی > اخبار",
            f"اخبار > {TITLE}",
            "At the park;",
            TITLE,
            TITLE,
            LEAD,
            "10:42 - 21/09/2019 / Number : 36218 / Show Count : 241",
            COPYRIGHT,
        )
    )
    assert newsparse.parse_text(capture).captured_on == "2019-09-21"


def test_a_bmn_capture_cut_before_its_footer_says_what_it_lacks() -> None:
    html = (
        '<html><head><link rel="canonical" href="https://en.bmn.ir/en-US/News/Top-graduates/512">'
        "</head><body><p>Wednesday 11 December 2019</p><br><br><br>"
        "<p>Deputy of the foundation:</p><h1>Top graduates to receive research grants</h1>"
        f"<p>{LEAD}</p><p>{BODY[:60]}"
    )
    record = newsparse.parse_html(html)
    assert (record.layout, record.news_code, record.published) == ("bmn", 512, None)
    assert "no publication date found" in record.warnings
    assert "capture looks truncated: no footer found" in record.warnings


def test_the_kicker_printed_again_under_the_titles_copies_is_the_kicker_with_none_above() -> None:
    # A paste that starts at the title keeps only the kicker's second print, a bare phrase.
    record = newsparse.parse_text(
        page(TITLE, TITLE, "Head of the international office of the park", LEAD, BODY)
    )
    assert (record.kicker, record.title) == ("Head of the international office of the park", TITLE)
    assert record.body == (LEAD, BODY)


def test_a_capture_cut_before_its_footer_with_the_sites_banner_and_capture_date_is_read() -> None:
    capture = "\n".join(
        (
            "National Foundation of Elites",
            "",
            "Wednesday 11 December 2019",
            "",
            "",
            "",
            "A member of the advisory board writes:",
            "",
            "What young researchers need is patience",
            "",
            LEAD,
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.captured_on, record.title) == (
        "2019-12-11",
        "What young researchers need is patience",
    )
    assert "capture looks truncated: no footer found" in record.warnings


def test_a_bmn_capture_cut_after_its_labelled_date_is_read() -> None:
    capture = "\n\n".join(
        (
            "Wednesday 11 December 2019",
            "A member of the advisory board writes:",
            "What young researchers need is patience",
            LEAD,
            "Publish date : 2019/12/09",
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.layout, record.published, record.body) == ("bmn", "2019-12-09", (LEAD,))
    assert "capture looks truncated: no footer found" in record.warnings


def test_a_labelled_date_alone_does_not_make_a_page_a_capture() -> None:
    with pytest.raises(newsparse.NotACapture):
        newsparse.parse_text(f"Some title of a page\n\n{LEAD}\n\nPublish date : 2019/12/09\n")


def test_the_sites_name_atop_a_page_alone_does_not_make_it_a_capture() -> None:
    with pytest.raises(newsparse.NotACapture):
        newsparse.parse_text(f"National Foundation of Elites\n\nSome title of a page\n\n{LEAD}\n")


def test_a_short_title_above_the_bullets_and_the_title_below_frame_no_kicker() -> None:
    # Short title (the whole title) above the bullets; kicker, title, kicker again below.
    kicker = 'Sattari in the programme "Tomorrow"'
    record = newsparse.parse_text(
        page(TITLE, "  • Apr 20 2020 - 8:04", "  • 992", kicker, TITLE, kicker, LEAD, BODY)
    )
    assert (record.kicker, record.title) == (kicker, TITLE)
    assert record.body == (LEAD, BODY)


def test_a_paragraph_opening_with_the_titles_words_makes_the_title_no_short_form() -> None:
    kicker = "Managing director of the park announced"
    title = "Park companies doubled their exports to neighbouring countries"
    # html2text runs a table cell's caption, lead and paragraphs into one long block.
    more = "Half of the exporters were founded in the last five years, the director added."
    after = "Exporters may apply for the package from September on the park's website."
    run_together = f"{title} {LEAD} {BODY} {more}"
    capture = page(
        "  • Sep 15 2023 - 10:00",
        "  • 512",
        f"{kicker};",
        f"# {title}",
        "  • Study time : 3 minute(s)",
        "  • News code : 93801",
        run_together,
        "### Help for exporters",
        after,
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title) == (kicker, title)
    assert record.body == (f"{LEAD} {BODY} {more}", "Help for exporters", after)


def test_a_lists_items_back_to_its_heading_give_the_article_no_date() -> None:
    capture = page(
        "Latest news",
        "Technology diplomacy office opens in Almaty",
        "Oct 5 2023 - 18:30",
        "Second round of the AI challenge announced",
        "Oct 5 2023 - 09:00",
        "Knowledge-based companies can now borrow against their patents",
        "  • Study time : 2 minute(s)",
        LEAD,
        BODY,
    )
    record = newsparse.parse_text(capture)
    assert record.title == "Knowledge-based companies can now borrow against their patents"
    assert record.published is None
    assert "no publication date found" in record.warnings


def test_a_side_column_printed_after_an_interviews_short_question_is_left_out() -> None:
    question = "How do you choose the teams you admit?"
    capture = page(
        "  • Sep 15 2023 - 10:00",
        "  • Study time : 2 minute(s)",
        TITLE,
        LEAD,
        question,
        "Most viewed",
        "  • Nanotechnology exports rose by a third",
        "Nov 2 2023 - 09:15 1,311",
        "  • Pardis park hosts a week of medical devices",
        "Nov 5 2023 - 10:05 742",
        BODY,
    )
    assert newsparse.parse_text(capture).body == (LEAD, question, BODY)


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        (
            "All rights reserved for National Foundation of Elites Address: No. 9, Tehran",
            "National Foundation of Elites",
        ),
        (
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved Tel: +98",
            "Vice-Presidency for Science and Technology",
        ),
    ],
)
def test_an_address_a_narrow_dump_wrapped_onto_the_copyright_line_is_no_publisher(
    line: str, publisher: str
) -> None:
    capture = page("  • Sep 15 2023 - 10:00", "  • 512", TITLE, LEAD, BODY).replace(COPYRIGHT, line)
    assert newsparse.parse_text(capture).publisher == publisher


def test_the_articles_bulleted_block_under_its_title_after_a_lists_items_is_the_articles() -> None:
    capture = page(
        "Most viewed",
        "  • Solar panels from Yazd reach Armenia",
        "Sep 3 2023 - 09:15",
        "812",
        "  • Nano filters for hospitals in Tabriz",
        "Aug 30 2023 - 14:40",
        "655",
        TITLE,
        "  • Sep 5 2023 - 11:30",
        "  • 347",
        TITLE,
        "  • Study time : 2 minute(s)",
        LEAD,
        BODY,
    )
    record = newsparse.parse_text(capture)
    assert (record.published, record.views) == ("2023-09-05T11:30:00+03:30", 347)
    assert not [w for w in record.warnings if "date" in w or "info block" in w]


def test_an_old_portals_kicker_and_title_above_its_side_column_give_the_kicker() -> None:
    capture = "\n\n".join(
        (
            "Monday, June 11, 2018-",
            f"News > {TITLE}",
            "At the park;",
            TITLE,
            "Latest News",
            "Nanotechnology week opens in Tehran",
            "10/06/2018",
            "Stem cell bank reaches ten thousand samples",
            "07/06/2018",
            TITLE,
            LEAD,
            BODY,
            "10:25 - 06/06/2018 / Number : 35108 / Show Count : 187",
            COPYRIGHT,
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == ("At the park", TITLE, (LEAD, BODY))


def test_no_views_yet_is_a_view_count_of_zero() -> None:
    info = ("  • Sep 15 2023 - 10:00", "  • 0", "  • Study time : 1 minute(s)")
    record = newsparse.parse_text(page(TITLE, *info, TITLE, LEAD))
    assert (record.views, record.warnings) == (0, ())


def test_an_old_portal_capture_date_beside_an_images_alt_text_is_read() -> None:
    capture = "\n\n".join(
        (
            "banner         Wednesday, January 1, 2020-",
            f"News > {TITLE}",
            "At the park;",
            TITLE,
            LEAD,
            "23:59 - 31/12/2019 / Number : 407 / Show Count : 9",
            COPYRIGHT,
        )
    )
    assert newsparse.parse_text(capture).captured_on == "2020-01-01"


def test_the_comment_count_sentence_run_into_a_line_of_cells_is_read() -> None:
    capture = page("  • Sep 15 2023 - 10:00", "  • 512", TITLE, TITLE, LEAD).replace(
        "There are 0 comment(s) for this article",
        "keywords There are 3 comment(s) for this article Enter the text inside the",
    )
    assert newsparse.parse_text(capture).comment_count == 3


def test_a_phrase_ending_in_a_quote_between_the_short_title_and_the_title_is_the_kicker() -> None:
    title = "Report shows the share of joint research of universities and industry has doubled"
    kicker = "With the fifth edition of the report “Science at a glance”"
    capture = page(
        "Report shows share joint research universities industry doubled",
        kicker,
        title,
        "  • Sep 15 2023 - 10:00",
        "  • 347",
        "  • Study time : 1 minute(s)",
        title,
        LEAD,
        BODY,
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == (kicker, title, (LEAD, BODY))


def test_a_gallerys_alt_texts_the_title_again_and_again_are_no_body() -> None:
    info = ("  • Sep 15 2023 - 10:00", "  • 347", "  • Study time : 1 minute(s)")
    copies = " ".join([TITLE] * 4)
    record = newsparse.parse_text(page(*info, TITLE, TITLE, LEAD, copies, BODY))
    assert record.body == (LEAD, BODY)
    record = newsparse.parse_text(page(*info, TITLE, TITLE, f"{LEAD} {copies}", BODY))
    assert record.body == (LEAD, BODY)


BMN_FOOTER = (
    "Publish date : 1398/12/04",
    "Code : 2871",
    "Visit count: 311",
    "All rights reserved for National Foundation of Elites",
)


def test_a_bmn_pages_banner_and_undated_related_list_frame_no_title() -> None:
    kicker = "در نشست تخصصی مالکیت فکری ویژه اعضای بنیاد مطرح شد"
    title = "نخبگان پیش از انتشار مقاله، اختراع خود را ثبت کنند"
    lead = (
        "معاون حمایت از نخبگان بنیاد ملی نخبگان از دانشجویان و پژوهشگران برگزیده خواست پیش از "
        "ارسال مقاله یا ارائه در همایش‌ها، اختراع خود را در مرجع ثبت مالکیت صنعتی به ثبت برسانند."
    )
    capture = "\n\n".join(
        (
            "سه‌شنبه ۶ اسفند ۱۳۹۸",
            "[logo]بنیاد ملی نخبگان",
            "پیوندها",
            kicker,
            title,
            lead,
            "اخبار مرتبط",
            "برگزاری کارگاه نگارش ادعانامه اختراع برای اعضای بنیاد",
            "مهلت ثبت‌نام جایزه شهید چمران تمدید شد",
            *BMN_FOOTER,
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == (kicker, title, (lead,))


def test_an_opinion_byline_run_into_the_lead_is_no_body() -> None:
    info = ("  • Sep 15 2023 - 10:00", "  • 347", "  • Study time : 1 minute(s)")
    record = newsparse.parse_text(page(*info, TITLE, TITLE, f"Dr. Hamid Tavakoli * {LEAD}", BODY))
    assert record.body == (LEAD, BODY)


def test_a_phrase_ending_in_a_quote_above_a_title_and_its_byline_is_the_kicker() -> None:
    kicker = 'Why the new grant matters: "return is a decision, not a slogan"'
    title = "National Foundation of Elites opens a grant for young researchers who come home"
    capture = "\n\n".join(
        (
            "Wednesday 11 December 2019",
            kicker,
            title,
            "Dr. Parisa Moradi *",
            LEAD,
            BODY,
            "Publish date : 2019/12/08",
            "Code : 218",
            "Visit count: 165",
            "All rights reserved for National Foundation of Elites",
        )
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == (kicker, title, (LEAD, BODY))


def test_a_phrase_ending_in_a_quote_above_a_title_ending_in_a_period_is_the_kicker() -> None:
    kicker = 'Why the new grant matters: "return is a decision"'
    title = "National Foundation of Elites opens a grant for young researchers who come home."
    capture = page(
        "  • Sep 15 2023 - 10:00",
        "  • 347",
        "  • Study time : 1 minute(s)",
        kicker,
        title,
        "Dr. Parisa Moradi *",
        LEAD,
        BODY,
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == (kicker, title, (LEAD, BODY))


def test_a_side_column_printed_between_two_short_questions_of_an_interview_is_left_out() -> None:
    question = "Tell us about the support package:"
    capture = page(
        "  • Sep 15 2023 - 10:00",
        "  • Study time : 2 minute(s)",
        TITLE,
        LEAD,
        "Most viewed",
        "  • Nanotechnology exports rose by a third",
        "Nov 2 2023 - 09:15 1,311",
        "  • Pardis park hosts a week of medical devices",
        "Nov 5 2023 - 10:05 742",
        question,
        BODY,
    )
    assert newsparse.parse_text(capture).body == (LEAD, question, BODY)


def test_a_lists_items_end_where_the_articles_bulleted_info_starts_under_them() -> None:
    title = (
        "Tabriz hosts the tenth exhibition of agricultural technologies achievements, and the "
        "park plans to open 284 new branches in Yazd and Shiraz by the end of the year, "
        "according to the managing director of the Iran Nanotechnology Innovation Council"
    )
    capture = page(
        "  • Support package of the Biotechnology Development Council for medical equipment "
        "companies doubles in the new year Jan 22 2022 - 04:46 2033",
        "Most viewed\nSharif University of Technology opens a new accelerator in Rasht\n"
        "Nov 23 2021 - 00:27\n136\nWater treatment companies double their support\n"
        "Dec 21 2021 - 01:34\n164",
        "  • Dec 25 2021 - 17:25\n  • 161",
        "At the closing ceremony in Tehran;",
        title,
        title,
        LEAD,
        BODY,
    )
    record = newsparse.parse_text(capture)
    assert (record.published, record.views) == ("2021-12-25T17:25:00+03:30", 161)
    assert (record.kicker, record.title) == ("At the closing ceremony in Tehran", title)


def test_a_hidden_copy_of_the_title_run_on_after_the_last_sentence_is_no_body() -> None:
    info = ("  • Sep 15 2023 - 10:00", "  • 347", "  • Study time : 2 minute (s)")
    record = newsparse.parse_text(page(*info, TITLE, TITLE, LEAD, f"{BODY} {TITLE}"))
    assert (record.study_minutes, record.body) == (2, (LEAD, BODY))


@pytest.mark.parametrize("above", [(), ("_____________ [ Search ]",)])
def test_a_lists_last_item_printed_apart_from_its_date_is_no_info_block(
    above: tuple[str, ...],
) -> None:
    # A text browser ran two items into their dates and printed the last one's on a line of
    # its own: the page's only undated info block is the article's, and it shows no date.
    record = newsparse.parse_text(
        page(
            *above,
            "Most viewed",
            "  • Solar panels from Yazd reach Armenia Sep 3 2023 - 09:15",
            "    812",
            "  • Nano filters for hospitals in Tabriz Aug 30 2023 - 14:40",
            "    655",
            "  • Armenian delegation visits Pardis park",
            "    Aug 28 2023 - 10:00",
            "    433",
            "Home Page > news",
            "Managing director of the park announced:",
            "Park companies doubled their exports to neighbouring countries",
            "  • Study time : 2 minute(s)",
            "  • News code : 71954",
            LEAD,
            BODY,
        )
    )
    assert (record.published, record.views, record.news_code) == (None, None, 71954)
    assert record.title == "Park companies doubled their exports to neighbouring countries"
    assert "no publication date found" in record.warnings


def test_a_lists_last_item_with_the_article_run_on_after_it_gives_no_date() -> None:
    # The article's own info block is printed where no rule reads it; the list's last item,
    # alike the one above it, is not the article's for the prose below it.
    lines = [
        "Most viewed",
        "Iranian start-up develops smart irrigation sensor",
        "Jan 3 2024 - 11:30",
        "1,312",
        "Nano filters for hospitals in Tabriz",
        "Dec 30 2023 - 09:45",
        "1,104",
        "First batch of domestic insulin pens delivered to pharmacies",
        "Dec 27 2023 - 15:10",
        "987",
        "With the support of the park:",
        "Park companies doubled their exports to neighbouring countries",
        "Park companies doubled their exports to neighbouring countries",
        LEAD,
        BODY,
    ]
    record = newsparse.parse_text(page(*lines))
    assert (record.published, record.views) == (None, None)
    assert "no publication date found" in record.warnings


def test_the_articles_block_under_its_title_after_a_list_keeps_its_date() -> None:
    # The title right under the list's last item is printed again below its block.
    title = "Park companies doubled their exports to neighbouring countries"
    lines = [
        "Most viewed",
        "Iranian start-up develops smart irrigation sensor",
        "Jan 3 2024 - 11:30",
        "1,312",
        title,
        "Dec 27 2023 - 15:10",
        "987",
        title,
        LEAD,
        BODY,
    ]
    record = newsparse.parse_text(page(*lines))
    assert (record.published, record.views) == ("2023-12-27T15:10:00+03:30", 987)


def test_a_lists_labelled_items_after_the_article_are_not_its_block() -> None:
    # bmn's most-visited box prints `Visit count:` under each item, as the footer does.
    record = newsparse.parse_text(
        "\n".join(
            [
                "Park companies doubled their exports to neighbouring countries",
                LEAD,
                BODY,
                "Publish date : 2019/11/26",
                "Code : 1289",
                "Visit count: 412",
                "Most Visited",
                "Military service rules for elites updated",
                "2019/10/14",
                "Visit count: 3021",
                "Housing loan program for young faculty members",
                "2019/09/22",
                "Visit count: 2544",
                "Events",
                f"2019/12/18 - Meeting of provincial offices, Mashhad. {LEAD} {BODY}",
                "All rights reserved for National Foundation of Elites",
            ]
        )
    )
    assert (record.published, record.views) == ("2019-11-26", 412)


def test_a_slider_item_reading_as_the_title_gives_neither_kicker_nor_body() -> None:
    # A slider of top stories above a bmn article lists the article's own title; its
    # neighbours are no kicker and no lead, pasted with bullets or without.
    for bullet in ("  • ", ""):
        record = newsparse.parse_text(
            "\n\n".join(
                (
                    "Top stories",
                    f"{bullet}Elites of Isfahan met the governor",
                    f"{bullet}{TITLE}.",
                    f"{bullet}Registration for the Allameh Tabatabai award opened",
                    "Secretary of the park announced:",
                    f"{TITLE}.",
                    f"{TITLE}.",
                    LEAD,
                    BODY,
                    "Publish date : 2019/11/26",
                    "Code : 1482",
                    "Visit count: 238",
                    "All rights reserved for National Foundation of Elites",
                )
            )
        )
        assert (record.kicker, record.title) == ("Secretary of the park announced", f"{TITLE}.")
        assert record.body == (LEAD, BODY)
        assert not record.warnings


def test_a_previous_and_next_news_teaser_under_the_body_is_left_out() -> None:
    record = newsparse.parse_text(
        page(
            *BULLETS_AND_TITLE,
            LEAD,
            BODY,
            "Previous news",
            "Secretary of the competition:",
            "Finalists of the innovation competition present their work Jun 5 2022 - 09:30",
            "Next news",
            "Schools in twelve provinces will host innovation clubs Jun 9 2022 - 11:20",
        )
    )
    assert record.body == (LEAD, BODY)


def test_the_titles_alt_text_printed_before_a_caption_is_no_body() -> None:
    caption = "The park's managing director with the heads of the exporting companies"
    record = newsparse.parse_text(page(*BULLETS_AND_TITLE, LEAD, f"{TITLE} {caption}", BODY))
    assert record.body == (LEAD, caption, BODY)


def test_a_paragraph_opening_with_the_titles_words_keeps_them() -> None:
    going_on = f"{TITLE} in the first half of the year, the managing director said."
    record = newsparse.parse_text(page(*BULLETS_AND_TITLE, LEAD, going_on, BODY))
    assert record.body == (LEAD, going_on, BODY)


TITLE_Q = "INSF funds a three-year study of seal habitats under the banner “Living Caspian”"


def test_alt_text_and_caption_run_together_are_two_copies_not_two_titles() -> None:
    record = newsparse.parse_text(
        page(
            "INSF funds three-year study seal habitats under banner “Living C",
            "  • Jun 14 2021 - 11:30\n  • 529\n  • Study time : 2 minute(s)",
            "Grant for a Caspian project:",
            f"{TITLE_Q} {TITLE_Q}",
            TITLE_Q,
            "Grant for a Caspian project:",
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.title, record.body) == (
        "Grant for a Caspian project",
        TITLE_Q,
        (LEAD, BODY),
    )
    assert record.warnings == ()


def test_the_kicker_run_into_the_title_and_the_lead_on_one_line_is_three_lines() -> None:
    # html2text runs an old portal's table cell together; the breadcrumb holds the title.
    title = "Isfahan companies will supply membranes for twelve desalination plants"
    record = newsparse.parse_text(
        blank_lines_apart(
            "Home Page > news",
            f"News > {title}",
            f"Head of Isfahan Science and Technology Town: {title} {title} {LEAD}",
            BODY,
            "11:48 - 09/07/2019 / Number : 38714 / Show Count : 1,093",
            COPYRIGHT,
        )
    )
    assert (record.kicker, record.title, record.body) == (
        "Head of Isfahan Science and Technology Town",
        title,
        (LEAD, BODY),
    )


def test_the_kicker_run_into_the_title_above_the_bullets_with_its_copy_below_is_two_lines() -> None:
    title = "How a knowledge-based company brought the first MRI coil made at home to hospitals?"
    record = newsparse.parse_text(
        page(
            f"With the support of the Innovation and Prosperity Fund: {title}",
            "  • 287\n  • Study time : 3 minute(s)",
            title,
            LEAD,
            BODY,
        )
    )
    assert (record.kicker, record.title, record.body) == (
        "With the support of the Innovation and Prosperity Fund",
        title,
        (LEAD, BODY),
    )


def test_the_links_under_an_old_portals_footer_are_no_body_where_the_body_was_lost() -> None:
    title = "Could printed perovskite cells halve the cost of solar power in Iran?"
    record = newsparse.parse_text(
        blank_lines_apart(
            "Home Page > news",
            f"News > {title}",
            "Researcher at Sharif University of Technology;",
            title,
            title,
            "15:17 - 14/05/2018 / Number : 34312 / Show Count : 65",
            "Home",
            "Site Map",
            "Contact Us",
            "RSS",
            COPYRIGHT,
        )
    )
    assert (record.title, record.body) == (title, ())
    assert "no body found" in record.warnings


def test_an_old_portals_cell_html2text_ran_into_one_line_gives_its_title_kicker_and_body() -> None:
    title = "Knowledge-based companies' exports hit record 350 million dollars in three months"
    record = newsparse.parse_text(
        blank_lines_apart(
            "Sunday, July 21, 2019-",
            f"Search | Home Page > news News > {title} Print Send to Friend In first quarter of "
            f"Iranian year; {title} {title} {LEAD} {BODY}",
            "11:40 - 14/07/2019 / Number : 36127 / Show Count : 118",
            COPYRIGHT,
        )
    )
    assert (record.kicker, record.title, record.body) == (
        "In first quarter of Iranian year",
        title,
        (f"{LEAD} {BODY}",),
    )


def test_a_kicker_title_and_long_text_run_onto_one_line_say_the_paragraphs_ran_together() -> None:
    title = "Isfahan companies will supply membranes for twelve desalination plants"
    text = " ".join([LEAD, BODY] * 3)
    record = newsparse.parse_text(
        blank_lines_apart(
            "Home Page > news",
            f"News > {title}",
            f"Head of Isfahan Science and Technology Town: {title} {title} {text}",
            "11:48 - 09/07/2019 / Number : 38714 / Show Count : 1,093",
            COPYRIGHT,
        )
    )
    assert record.body == (text,)
    assert record.warnings == (
        f"body paragraph of {len(text.split())} words: paragraphs may have run together",
    )


HOME_PAGE = [
    "Today : Saturday Oct 19 2024",
    "  • Oct 18 2024 - 16:05",
    "  • 412",
    "First domestic cryo-electron microscope unveiled in Tehran",
    "A knowledge-based company in Tehran unveiled the first cryo-electron microscope made "
    "in the country on Friday.",
    "Latest news",
    "Startup visa applications open for foreign founders",
    "  • Oct 17 2024 - 13:40",
    "  • 96",
    "Pardis Technology Park hosts its first AI week",
    "  • Oct 5 2024 - 18:30",
    "  • 231",
    COPYRIGHT,
]


def test_the_home_page_with_its_headlines_and_a_summary_is_no_news_page() -> None:
    # The site's markers are there; no label of an article's is, and the text is a summary.
    with pytest.raises(newsparse.NotACapture):
        newsparse.parse_text(blank_lines_apart(*HOME_PAGE))


def test_the_same_lines_with_an_articles_label_are_a_news_page() -> None:
    lines = [*HOME_PAGE[:5], "News code : 95210", *HOME_PAGE[5:]]
    assert newsparse.parse_text(blank_lines_apart(*lines)).news_code == 95210


def test_a_links_box_beside_the_kicker_gives_neither_its_heading_nor_a_site_name_as_title() -> None:
    # inscriptis prints a side column's `Partners` box between the kicker and the title.
    title = "Why Iran's biosimilar makers need national patient registries"
    lead = (
        "Iranian companies now make more than thirty biosimilar medicines, from insulin "
        "analogues to monoclonal antibodies, and several of them are sold abroad."
    )
    record = newsparse.parse_text(
        blank_lines_apart(
            "  • Nov 21 2023 - 14:20",
            "  • 486",
            "  • Study time : 5 minute(s)",
            "Opinion:",
            "Partners",
            "Vice-Presidency for Science and Technology",
            title,
            lead,
            "  • News code : 2786",
            COPYRIGHT,
        )
    )
    assert (record.title, record.body) == (title, (lead,))


REFUSED = sorted((Path(__file__).parent / "data" / "refused").glob("*/*"))
# Captures of such pages still read as news pages, each warned (strict: one that comes right
# fails the suite until it leaves the list).
REFUSED_OPEN: dict[str, str] = {
    "notnews1-en-bmn-contact-us-form-latest-news-box/lynx.txt": (
        "one of the box's three dates runs onto its headline's line: two dated lines, too"
        " few for a list's, taken as a news page, warned"
    ),
    "notnews1-en-bmn-contact-us-form-latest-news-box/lynx-nolist.txt": (
        "one of the box's three dates runs onto its headline's line: two dated lines, too"
        " few for a list's, taken as a news page, warned"
    ),
    "notnews1-fa-search-results-jalali-dates-snippets/w3m.txt": (
        "two of the four results' dates run onto their headlines' lines: two dated lines,"
        " too few for a list's, taken as a news page, warned"
    ),
}


def _refused(capture: Path) -> object:
    why = REFUSED_OPEN.get(f"{capture.parent.name}/{capture.name}")
    return (
        capture
        if why is None
        else pytest.param(capture, marks=pytest.mark.xfail(strict=True, reason=why))
    )


@pytest.mark.parametrize(
    "capture", [_refused(c) for c in REFUSED], ids=lambda c: f"{c.parent.name}/{c.name}"
)
def test_a_page_of_the_site_that_is_no_news_page_is_refused(capture: Path) -> None:
    # The home page, a section's list, search results; and a Persian capture whose every
    # label and name a conversion to windows-1256 turned into `?`.
    with pytest.raises(newsparse.NotACapture):
        newsparse.parse_path(capture)


def test_there_are_refused_pages_of_each_kind() -> None:
    assert {c.parent.name for c in REFUSED} >= {"home-en", "search-results-en", "section-list-fa"}


def test_a_side_columns_list_between_the_title_and_the_text_ends_none_of_the_text() -> None:
    # A text browser reads a layout table's side cell first: its list stands under the
    # title's copy, over the article's paragraphs, a date on a line of its own.
    capture = blank_lines_apart(
        "Nano achievements:",
        TITLE,
        "  • Jul 31 2022 - 14:10",
        "  • Views : 518",
        "  • Study time : Less than one minute",
        "  • News code : 72405",
        TITLE,
        "Latest news",
        "Accelerator meeting on health start-ups held in Mashhad",
        "Jul 30 2022",
        "  • Farm drone unveiled in Isfahan Jul 29 2022",
        "  • Loans for forty firms in Gilan Jul 28 2022",
        LEAD,
        BODY,
        "  • News group : NEWS,Nanotechnology",
        COPYRIGHT,
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.body, record.warnings) == (TITLE, (LEAD, BODY), ())


def test_a_calendar_of_events_over_a_bmn_page_pushes_its_head_down_and_is_no_text() -> None:
    kicker, title = "Head of the Foundation announced;", "Young researchers to receive grants"
    calendar = [
        "Events calendar",
        "July 2019",
        "Sa Su Mo Tu We Th Fr",
        "6 7 8 9 10 11 12",
        "13 14 15 16 17 18 19",
        "20 21 22 23 24 25 26",
        "  • 2019/07/23 : Open day for Olympiad medallists, Tehran",
        "  • 2019/07/28 : Workshop on patent writing for PhD students",
    ]
    capture = "\n\n".join(
        ("Sunday 21 July 2019", *calendar, kicker, title, title, LEAD, BODY, *BMN_FOOTER)
    )
    record = newsparse.parse_text(capture)
    assert (record.kicker, record.title, record.body) == (kicker[:-1], title, (LEAD, BODY))
    assert record.warnings == ()
