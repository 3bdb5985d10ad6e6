"""What stands among the article's lines and is not its text, or is: a menu's last item over
the title, a caption with no credit over the footer, a pull quote far from its sentence, a
gallery's captions run on after a paragraph, a credit in square brackets, a paste's list
over a credited caption, a box of headlines that ends a cut capture, bmn's box items run
together, two writers' credit, a gallery image's file name, a share bar's Persian label
alone, a box on the writer under the text, a links box's row, and a head's title that is
only the site's name."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.bar_words import is_box_line
from newsparse.grammar.bylines import is_byline
from newsparse.grammar.copies import captions_apart
from newsparse.grammar.lines import Line
from newsparse.grammar.person_box import without_person_box
from newsparse.grammar.rules_chrome import menu_run_together

TITLE = "Research service opens to 300 more elite conscripts in tech firms"
LEAD = (
    "The National Elites Foundation will place 300 more graduates in knowledge-based "
    "companies this year under its research service scheme."
)
SECOND = (
    "The quota, set by the foundation together with the general staff, is open to holders "
    "of a master's or doctoral degree."
)
BMN_FOOTER = ("Publish date : 2016/06/01", "Code : 126", "Visit count: 165")
BMN_COPYRIGHT = "All rights reserved for National Foundation of Elites"
INFO = ("  * Jan 17 2018 - 10:05", "  * 112", "  * Study time : 1 minute(s)")
FOOTER = ("  * News group : NEWS,Elites", "  * News code : 31840", COPYRIGHT)


def _current(*body: str) -> newsparse.Record:
    """A text capture of the current layout: info bullets, kicker, title twice, the body."""
    return newsparse.parse_text(blank_lines_apart(*INFO, "Elites:", TITLE, TITLE, *body, *FOOTER))


def test_a_menus_last_item_links_is_no_box_over_the_title() -> None:
    # w3m prints the menu bulleted, a blank line under it; a paste prints it bare.
    bulleted = ["Sunday 5 June 2016", "", "  • Home", "  • News", "  • Links", "", TITLE, ""]
    bare = ["Sunday 5 June 2016", "", "National Elites Foundation", "Home", "Programs", "News"]
    bare += ["Links", TITLE]
    for top in (bulleted, bare):
        rest = ["By Sara Moradi", "", LEAD, "", SECOND, "", *BMN_FOOTER, "", BMN_COPYRIGHT]
        record = newsparse.parse_text("\n".join([*top, *rest]))
        assert (record.title, record.body) == (TITLE, (LEAD, SECOND))


def test_a_caption_with_no_credit_over_the_news_group_is_the_texts() -> None:
    record = _current(LEAD, SECOND, "Students at the fair in Tabriz")
    assert record.body == (LEAD, SECOND, "Students at the fair in Tabriz")
    # A row of tags there is none of it.
    assert _current(LEAD, SECOND, "elites conscripts research service").body == (LEAD, SECOND)


def test_a_long_sentence_set_apart_far_from_its_paragraph_is_a_pull_quote() -> None:
    quote = "More than half of the exports went to the neighbouring countries."
    items = [f"Item {n} of the programme for exporters" for n in range(1, 15)]
    record = _current(f"{LEAD} {quote}", *items, quote, SECOND)
    assert record.body == (f"{LEAD} {quote}", *items, SECOND)


def test_a_gallerys_captions_run_on_after_a_paragraph_are_cut_off_at_the_first() -> None:
    captions = (
        "Visitors at the open day of Pardis park in May. Photo: Reza Amini A robotics team "
        "in the growth centre of Isfahan. Photo: Public relations of the town"
    )
    record = _current(LEAD, f"{SECOND} {captions}")
    assert record.body == (LEAD, SECOND)


def test_a_gallerys_captions_with_credits_in_square_brackets_are_cut_off_at_the_first() -> None:
    captions = (
        "Visitors at the open day of Pardis park [Photo: Reza Amini] A robotics team at work. "
        "Its growth centre in Isfahan [Photo: Public relations of the town]"
    )
    record = _current(LEAD, f"{SECOND} {captions}")
    assert record.body == (LEAD, SECOND)


def test_a_credit_in_square_brackets_makes_a_caption() -> None:
    record = _current(LEAD, "Parents of the medallists in the hall [Photo: Nima Kazemi]", SECOND)
    assert record.body == (LEAD, SECOND)


def test_a_pastes_list_over_a_credited_caption_keeps_its_last_item() -> None:
    items = ["payment of patent fees", "a year of free office space", "priority for loans"]
    caption = "Winners on stage at the closing ceremony (Photo: Nima Farzaneh)"
    lines = [*INFO, "Elites:", TITLE, TITLE, LEAD, "The winners receive:", *items, "", caption]
    record = newsparse.parse_text("\n".join([*lines, "", SECOND, *FOOTER]))
    assert record.body == (LEAD, "The winners receive:", *items, SECOND)


def test_a_headline_lists_last_item_ending_the_capture_is_no_info_block() -> None:
    html = (
        '<html><head><link rel="canonical" href="https://en.insf.org/News/2291">'
        f'<meta property="og:title" content="{TITLE}"></head><body>'
        "<p>Today : Monday Feb 17 2025</p><h3>Most viewed</h3><ul>"
        "<li><a href='/a'>Call for postdoctoral fellowships opens</a>"
        "<div>Dec 21 2013 - 09:30</div><div>1,088</div></li>"
        "<li><a href='/b'>Research chairs awarded to nine scientists</a>"
        "<div>Dec 15 2013 - 10:15</div><div>877</div></li></ul>"
    )
    record = newsparse.parse_html(html)
    assert (record.published, record.views, record.title) == (None, None, TITLE)


def test_bmns_box_items_html2text_ran_together_are_no_text_of_the_article() -> None:
    box = [
        "#### Latest news",
        "",
        "[Foundation signs research pact with a medical university](/en-US/News/1479)  ",
        "Publish date : 2020/01/22 [Olympiad medallists meet the board](/en-US/News/1475)  ",
        "Publish date : 2020/01/18 |  Research support:",
        "",
        f"## {TITLE}",
        "",
    ]
    # The article's own labels run on after its text, in the layout table's cell.
    rest = [LEAD, "", SECOND, "Publish date : 2020/01/26 Code : 1482 Visit count: 311  "]
    rest += ["---|---  ", "", BMN_COPYRIGHT]
    record = newsparse.parse_text("\n".join(["Sunday 9 February 2020", "", *box, *rest]))
    assert (record.kicker, record.title, record.body) == ("Research support", TITLE, (LEAD, SECOND))


def test_a_credit_names_two_writers() -> None:
    assert is_byline("Written by Hamid Rostami and Leila Farahani")
    assert is_byline("Prof. Reza Kazemi and Eng. Leila Noori")
    assert is_byline("گفتگو: سارا مرادی")  # an interview's credit, written as one word
    assert not is_byline("Hamid Rostami and the team of the park")
    assert not is_byline("Written by Hamid Rostami and the team")


def test_a_gallery_images_file_name_run_into_its_caption_is_dropped() -> None:
    record = _current(LEAD, "[5127_3]Students show a solar drone at the park", SECOND)
    assert record.body == (LEAD, "Students show a solar drone at the park", SECOND)


def test_a_share_bars_persian_label_alone_is_chrome() -> None:
    assert is_box_line("اشتراک:")
    assert not is_box_line("اشتراک در خبرنامه")


def test_a_box_on_the_writer_under_the_text_is_none_of_it() -> None:
    body = [Line(LEAD), Line(SECOND), Line("Kamran Ebadi")]
    about = Line("Kamran Ebadi covers industry and exports for the news desk.")
    assert without_person_box([*body, about]) == body[:2]
    # The photo's alt text over it, the name again.
    assert without_person_box([*body[:2], Line("Kamran Ebadi"), *body[2:], about]) == body[:2]
    # A paragraph that opens with a name the line above holds is the text's.
    said = Line("Kamran Ebadi said the firms had waited two years for the first order.")
    assert without_person_box([*body, said, Line(SECOND)])[-2:] == [said, Line(SECOND)]
    # Nor a last section on a person, under their name, saying nothing of writing.
    founded = Line("Kamran Ebadi founded the firm in 2010 and now employs 40 engineers.")
    assert without_person_box([*body, founded]) == [*body, founded]


def test_a_gallery_run_on_after_a_paragraph_leaves_the_paragraph() -> None:
    title = "Photo report of the creative industries fair in Isfahan"
    caption = "Students at the games booth (Photo: Mahdi Karimi)"
    line = Line(f"{SECOND} {title} {caption}")
    assert captions_apart(line, title)[0] == Line(SECOND)
    # A paragraph quoting the title, no caption after it, is left whole.
    quoting = Line(f"{SECOND} {title} was the name of the show.")
    assert captions_apart(quoting, title) == [quoting]


def test_a_download_link_over_the_news_group_is_no_caption() -> None:
    assert _current(LEAD, SECOND, "Download the video (MP4, 38 MB)").body == (LEAD, SECOND)


def test_a_links_boxs_row_under_its_heading_is_chrome() -> None:
    assert menu_run_together("پیوندها معاونت علمی و فناوری | وزارت علوم | وزارت بهداشت")
    assert menu_run_together("Useful links Ministry of Science | Ministry of Health | ISTI")
    # Two items are no row; nor a sentence that speaks of links.
    assert not menu_run_together("Links Ministry of Science | Ministry of Health")
    assert not menu_run_together("Links between universities | industry | the state, he said.")


def test_a_head_title_that_is_the_sites_name_names_no_article() -> None:
    owner = "Pardis Technology Park"
    html = (
        f"<html><head><title>{owner}</title></head><body><p>{owner}</p><ul>"
        "<li>Jan 25 2012 - 12:40</li><li>187</li><li>Study time : 1 minute(s)</li></ul>"
        f"<h1>{TITLE}</h1><p>{LEAD}</p><p>{SECOND}</p><ul><li>News group : NEWS</li>"
        f"<li>News code : 5517</li></ul><p>Copyright © 2012 {owner}. All rights reserved</p>"
    )
    record = newsparse.parse_html(html)
    assert (record.title, record.body, record.warnings) == (TITLE, (LEAD, SECOND), ())
