"""Chrome a site words its own way, above, inside and after the article: a notice bar
with its label above bmn's title, a survey's invitation, a box of other news between
paragraphs, bars of buttons few sites name alike, and a bulletin's line between bmn's footer
labels and the copyright."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, LINEAR_LIMIT, blank_lines_apart, cpu_growth
from newsparse.grammar import bar_words as BW
from newsparse.grammar import notice_words as N
from newsparse.readers.row_ends import ends_row

TITLE = "Low-cost soil moisture sensor cuts irrigation water on Qazvin farms"
LEAD = (
    "A doctoral student has designed a soil moisture sensor that costs less than a tenth of "
    "imported models and sends its readings to the farmer's phone every hour."
)
BODY = (
    "During a trial on three farms the sensor cut the water used for irrigation by a third "
    "while the yield stayed the same, the researcher said on Sunday."
)
MORE = "The researcher plans to add a salinity probe to the next version of the device."
INFO = ("  * Mar 1 2020 - 10:15", "  * 276", "  * Study time : 2 minute(s)")
FOOTER = ("  * News group : NEWS,Agriculture", "  * News code : 1843")


def _page(*article: str, above: tuple[str, ...] = ()) -> str:
    return blank_lines_apart(
        "Home | News | Contact us",
        *above,
        *INFO,
        "Backed by the elites foundation:",
        TITLE,
        *article,
        *FOOTER,
        COPYRIGHT,
    )


def test_a_survey_invitation_between_paragraphs_is_no_body() -> None:
    for heading, sentence, buttons in (
        ("Your opinion counts", "Five short questions about our programs.", "Take part No, thanks"),
        ("Tell us what you think", "Our survey takes two minutes.", "Start the survey Maybe later"),
    ):
        record = newsparse.parse_text(_page(LEAD, heading, sentence, buttons, BODY))
        assert record.body == (LEAD, BODY), buttons


def test_bars_of_buttons_worded_their_own_way_are_no_body() -> None:
    for bar in (
        "Pass it on Telegram X LinkedIn WhatsApp Bookmark this Printer-friendly",
        "Pass it on: Facebook Twitter Google+ Telegram",
        "Jump to the article | Larger text | Smaller text | Greyscale",
        "نسخه قابل چاپ افزودن به علاقه‌مندی‌ها",
    ):
        assert newsparse.parse_text(_page(LEAD, bar, BODY)).body == (LEAD, BODY), bar


def test_a_box_of_other_news_between_paragraphs_leaves_the_body_whole() -> None:
    for heading in ("در همین زمینه بخوانید", "Read also"):
        box = (heading, "Battery separator line opens in Semnan", "Solar storage for villages")
        record = newsparse.parse_text(_page(LEAD, *box, BODY, MORE))
        assert record.body == (LEAD, BODY, MORE), heading


def _bmn_page(*, notice: tuple[str, ...], views: tuple[str, ...], bulletin: str) -> str:
    # bmn prints its title once, under its kicker; a box of other news stands over its
    # footer's labels, a bulletin's line under them.
    return blank_lines_apart(
        "Sunday 8 March 2020",
        *notice,
        "Backed by the elites foundation:",
        TITLE,
        LEAD,
        BODY,
        "Also on our pages",
        "Elite medical students win gold at anatomy olympiad 2020/02/24",
        "Registration for the Allameh award closes next week 2020/02/19",
        "Publish date : 2020/02/26",
        "Code : 1843",
        *views,
        bulletin,
        "▲ Back to top",
        "All rights reserved for National Foundation of Elites",
    )


def test_bmns_footer_labels_close_the_article_under_a_box_above_a_bulletins_line() -> None:
    # A notice bar above the kicker is no title, and the footer's labels close the article.
    notice = (
        "Service notice: the portal and the grants system will be offline for scheduled "
        "maintenance on Friday 13 March 2020 from 02:00 to 06:00. We apologise for any "
        "inconvenience this may cause to applicants.",
        "Home About the Foundation News Contact",
    )
    capture = _bmn_page(
        notice=notice, views=("Visit count: 276",), bulletin="Stay in touch: get our bulletin"
    )
    record = newsparse.parse_text(capture)
    assert (record.title, record.kicker, record.body) == (
        TITLE,
        "Backed by the elites foundation",
        (LEAD, BODY),
    )
    assert (record.published, record.news_code, record.views) == ("2020-02-26", 1843, 276)


def test_a_word_processors_numbered_items_lose_their_numbers() -> None:
    items = ("Patient capital for hardware startups.", "Shared laboratories in every park.")
    numbered = "\n".join(f"{n}.\t{item}" for n, item in enumerate(items, start=1))
    record = newsparse.parse_text(_page(LEAD, numbered, BODY))
    assert record.body == (LEAD, *items, BODY)


def test_a_newsletter_forms_widgets_are_no_words_between_bmns_labels_and_copyright() -> None:
    bulletin = "Stay in touch: get our monthly bulletin _ [ Send me the bulletin ]"
    record = newsparse.parse_text(_bmn_page(notice=(), views=(), bulletin=bulletin))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_an_audio_players_label_and_button_each_alone_are_no_body() -> None:
    # pandoc sets a player's label and its button on lines of their own.
    record = newsparse.parse_text(_page(LEAD, "Listen to this report", "Play", BODY))
    assert record.body == (LEAD, BODY)


def test_what_a_cms_sets_inside_the_text_that_is_not_the_articles_is_no_body() -> None:
    for inside in (
        ("Advertisement",),
        ("Advertisement [INS: :INS]",),
        ("تبلیغات",),
        ("The sensor on a classroom wall in Tabriz. Photo: ISTI / Reza Moradi",),
        (
            "Sepehr Drone @sepehrdrone",
            "Three pilots, two drones, 140 hectares before noon.",
            "May 28, 2025",
            "View on X",
        ),
        (
            "iut_chemistry · Isfahan University of Technology",
            "Gold for our students!",
            "Posted on December 6, 2019 · View on Instagram",
        ),
    ):
        assert newsparse.parse_text(_page(LEAD, *inside, BODY)).body == (LEAD, BODY), inside


def test_a_pull_quote_repeating_a_sentence_of_the_text_is_no_body() -> None:
    said = "A farmer should not need a laboratory to know whether the water is safe"
    paragraph = f'"{said}," one of the team members said after the award ceremony.'
    for pull in (f'"{said}."', f"{said}."):
        record = newsparse.parse_text(_page(LEAD, paragraph, pull, BODY))
        assert record.body == (LEAD, paragraph, BODY), pull


def test_a_related_line_and_a_videos_caption_stay_the_articles() -> None:
    related, video = "Read more: Pardis park enzyme makers double output", "Video: the prototype."
    record = newsparse.parse_text(_page(LEAD, related, BODY, video))
    assert record.body == (LEAD, related, BODY, video)


def test_a_sentence_opening_with_an_ads_label_goes_on_past_its_line() -> None:
    assert not ends_row(
        "   Advertisement of the tender was published on", "2019/10/02 on the page."
    )
    assert not ends_row("آگهی مناقصه ساخت سازه در روزنامه رسمی", "منتشر شد و یازده پیشنهاد رسید.")
    assert ends_row("   Advertisement Iran Tech Expo 2023: book your stand", "Head of the council:")
    assert ends_row("تبلیغات نمایشگاه فناوری", "دبیر ستاد خبر داد:")


def test_a_caption_over_its_credit_and_an_alt_text_over_a_credited_caption_are_no_body() -> None:
    for inside in (
        ("The team on stage at the closing ceremony in Keszthely.", "Photo: Young Scholars Club"),
        ("برگی از یک نسخه خطی قرن یازدهم", "عکس: کتابخانه ملی"),
        ("drone test", "The prototype lifts off during a test flight. Photo: Reza Karimi/ISTI"),
        ("تبلیغات[banner-88]",),
        ("تبلیغات[12][IMG]",),
    ):
        assert newsparse.parse_text(_page(LEAD, *inside, BODY)).body == (LEAD, BODY), inside


def test_a_post_whose_words_stand_above_its_author_is_no_body() -> None:
    card = (
        "First image of Lake Urmia from our satellite, after two years of work.",
        "Space technology council (@space_tech_ir)",
        "November 25, 2024",
        "View on X",
    )
    assert newsparse.parse_text(_page(LEAD, *card, BODY)).body == (LEAD, BODY)


def test_a_pull_quote_trimmed_from_its_sentence_is_no_body() -> None:
    paragraph = (
        "Under the rules, gold medallists are admitted to the programme of their choice "
        "without the national entrance examination and receive a grant."
    )
    # The pull quote's case differs where it opens its line.
    trimmed = "Gold medallists are admitted to the programme of their choice"
    record = newsparse.parse_text(_page(LEAD, paragraph, MORE, trimmed, BODY))
    assert record.body == (LEAD, paragraph, MORE, BODY)


def test_a_quoted_pull_quote_with_words_left_out_far_from_its_sentence_is_no_body() -> None:
    paragraph = (
        "Our scientists know how to characterise a protein. What is missing is a system that "
        "makes it normal, and affordable, to do the work to the standard the best markets "
        "demand from the very first day of a project."
    )
    quote = (
        '"What is missing is a system that makes it normal to do the work to the standard '
        'the best markets demand."'
    )
    between = tuple(f"{MORE} ({n})" for n in range(20))
    record = newsparse.parse_text(_page(LEAD, paragraph, *between, quote, BODY))
    assert record.body == (LEAD, paragraph, *between, BODY)


def test_a_pull_quote_lynx_ran_on_after_a_paragraph_leaves_it() -> None:
    source = (
        '"We promised the province a saving of twenty percent," she said. "We measured '
        'thirty-four percent over nine months, including the hottest weeks of summer."'
    )
    other = "The water company had to send tankers when the old unit was stopped."
    quote = (
        '"We measured thirty-four percent over nine months, including the hottest weeks of summer."'
    )
    record = newsparse.parse_text(_page(LEAD, source, MORE, f"{other} {quote}", BODY))
    assert record.body == (LEAD, source, MORE, other, BODY)


def test_a_short_sentence_said_again_word_for_word_beside_it_is_a_pull_quote() -> None:
    paragraph = (
        "Grants have helped hundreds of young companies build their first prototypes, but a "
        "prototype is not a product, and the long road between the two is where most die."
    )
    record = newsparse.parse_text(_page(LEAD, paragraph, "A prototype is not a product.", BODY))
    assert record.body == (LEAD, paragraph, BODY)


def test_a_caption_opening_with_its_credit_in_brackets_is_no_body() -> None:
    caption = "(Photo: Kerman Science and Technology Park) The control box, run by a solar panel."
    record = newsparse.parse_text(_page(LEAD, caption, BODY))
    assert record.body == (LEAD, BODY)


def test_two_captions_run_together_with_no_space_keep_the_first_uncredited_one() -> None:
    first = "Dr. Leila Rahimi in her laboratory at the University of Tabriz."
    second = "The group's first flow reactor, built from parts made in Iran. Photo: INSF"
    record = newsparse.parse_text(_page(LEAD, f"{first}{second}", BODY))
    assert record.body == (LEAD, first, BODY)


def test_a_pull_quote_shortened_from_the_paragraph_beside_it_is_no_body() -> None:
    paragraph = (
        "Deep-tech firms are different. A grant of a few billion rials keeps the lights on, "
        "but it cannot pay for a pilot line."
    )
    quote = "A grant keeps the lights on, but it cannot pay for a pilot line."
    record = newsparse.parse_text(_page(LEAD, paragraph, quote, BODY))
    assert record.body == (LEAD, paragraph, BODY)
    # Paragraphs away, in no quotes, a sentence with words of its own is the text's.
    record = newsparse.parse_text(_page(LEAD, paragraph, MORE, quote, BODY))
    assert record.body == (LEAD, paragraph, MORE, quote, BODY)


def test_a_quoted_sentence_sharing_only_some_words_with_a_paragraph_stays() -> None:
    paragraph = "What is missing is a plan, the minister said, not money or people."
    quote = '"What is missing is a system that makes it normal to do the work right."'
    record = newsparse.parse_text(_page(LEAD, paragraph, quote, BODY))
    assert record.body == (LEAD, paragraph, quote, BODY)


def test_a_login_forms_labels_over_their_boxes_are_no_body() -> None:
    # A side column's form cut off beside the text: each label over its box (elinks
    # numbers the boxes as it numbers links).
    form = ("Username:", "[24]_____________________", "Password:", "[25]_____________________")
    record = newsparse.parse_text(_page(LEAD, *form, BODY))
    assert record.body == (LEAD, BODY)


def test_a_newsletter_boxs_heading_over_its_field_is_no_body() -> None:
    # A side column's box cut off beside the text, its heading over its field's label.
    record = newsparse.parse_text(_page(LEAD, "Newsletter", "Email :", BODY))
    assert record.body == (LEAD, BODY)


def test_a_readers_feedback_widgets_are_no_body() -> None:
    widgets = (
        "How useful was this news? ☆ ☆ ☆ ☆ ☆ Average 4.1 from 23 votes",
        "Was this news helpful? (BUTTON) Yes (BUTTON) No 14 people found it helpful",
        "Report an error in this news",
        "Found a mistake? Tell us",
        "گزارش خطا در این خبر",
        "↑ Back to top",
        "Return Top of page",
        "Votes so far: 1,306",
        "تعداد آرا : ۱۲۰",
    )
    for widget in widgets:
        record = newsparse.parse_text(_page(LEAD, BODY, widget))
        assert record.body == (LEAD, BODY), widget


def test_a_sign_up_boxs_sentence_with_its_button_run_on_leaves_the_text_around_it() -> None:
    # lynx runs the box's field and button onto its sentence; a survey's buttons further down
    # close another box, whose cue is nearer them than the sign-up box's.
    record = newsparse.parse_text(
        _page(
            LEAD,
            "Get the weekly digest",
            "One e-mail every Sunday with the week's news. (BUTTON) Subscribe",
            f"{BODY} {MORE}",
            "Help us improve this website: take our three-minute reader survey.",
            "Start the survey No, thanks",
        )
    )
    assert record.body == (LEAD, f"{BODY} {MORE}")


def test_an_instagram_posts_card_is_no_body() -> None:
    card = (
        "View this post on Instagram",
        "First test picture of the camera from the faculty's roof",
        "A post shared by Satellite team (@parsnegar_sat) Aug 1, 2021 at 2:12am PDT",
    )
    record = newsparse.parse_text(_page(LEAD, *card, BODY))
    assert record.body == (LEAD, BODY)


def test_a_list_item_opening_with_a_chrome_texts_words_is_whole() -> None:
    # `ورود به سامانه` (log in to the system) is one chrome text, no toolbar of two.
    step = "ورود به سامانه طرح با کد ملی و ایجاد حساب کاربری"
    record = newsparse.parse_text(_page(LEAD, f"  1. {step}", "  2. بارگذاری مدارک", BODY))
    assert record.body == (LEAD, step, "بارگذاری مدارک", BODY)


def test_boxes_in_wordings_of_media_channels_apps_and_surveys_are_no_body() -> None:
    for box in (
        ("Videos", "Watch: the elites festival in three minutes", "Watch: how the grant works"),
        ("Listen to this story (podcast, 2:40)",),
        ("برای دریافت تازه‌ترین اخبار فناوری، کانال ما را در بله، ایتا و روبیکا دنبال کنید.",),
        ("Quick survey: Was this article useful? Yes / No",),
    ):
        record = newsparse.parse_text(_page(LEAD, *box, BODY))
        assert record.body == (LEAD, BODY), box


def test_a_line_of_many_answers_is_read_in_time_growing_with_its_length() -> None:
    # The answers' gaps are taken one way only: a line that is no widget after all (its
    # last word) is given up in time linear in its answers, not in the ways to split them.
    def tell(answers: int) -> None:
        for _ in range(200):
            N.FEEDBACK().fullmatch("Yes   " * answers + "maybe")

    assert cpu_growth(tell, 1) < LINEAR_LIMIT


def test_a_share_bars_persian_label_alone_is_a_bar() -> None:
    for label in ("این مطلب را به اشتراک بگذارید", "به اشتراک بگذارید:"):
        assert BW.is_box_line(label), label
    assert not BW.is_box_line("نتایج این طرح را با دانشگاه‌ها به اشتراک بگذارید تا بهتر شود")


def test_a_messenger_box_and_a_share_label_naming_social_networks_are_no_body() -> None:
    for box in (
        ("ما را در پیام‌رسان‌ها دنبال کنید", "ایتا", "بله", "روبیکا", "سروش پلاس"),
        ("اشتراک‌گذاری در شبکه‌های اجتماعی",),
        ("Share on social media",),
    ):
        record = newsparse.parse_text(_page(LEAD, *box, BODY))
        assert record.body == (LEAD, BODY), box


def test_a_line_following_the_site_on_a_network_by_its_handle_is_no_body() -> None:
    record = newsparse.parse_text(_page(LEAD, "Follow the council on Bale: @biodc", BODY))
    assert record.body == (LEAD, BODY)


def test_a_share_bar_with_lynxs_button_mark_before_its_last_button_is_no_body() -> None:
    bar = "Share : [13]Telegram [14]WhatsApp [15]X [16]LinkedIn (BUTTON) Copy link"
    assert newsparse.parse_text(_page(LEAD, BODY, bar)).body == (LEAD, BODY)


def test_a_mobile_pages_expanders_and_a_helpful_widgets_counted_answers_are_no_body() -> None:
    widgets = ("Read more ▾", "(BUTTON) ادامه مطلب ▼", "Continue reading ⌄", "ادامه خبر ›")
    feedback = ("Was this news helpful?", "Yes (21) No (2)", "آیا این خبر برای شما مفید بود؟")
    record = newsparse.parse_text(_page(LEAD, *widgets, BODY, *feedback, "بله (۱۴) خیر (۲)"))
    assert record.body == (LEAD, BODY)


def test_bmns_labels_run_into_the_print_bar_after_them_are_read() -> None:
    text = blank_lines_apart(
        "Sunday 1 December 2019",
        "Backed by the elites foundation:",
        TITLE,
        f"{LEAD} {BODY}",
        "Publish date : 2019/11/26 Code : 1287 Visit count: 204 Print | Send to a friend",
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(text)
    assert (record.published, record.news_code, record.views) == ("2019-11-26", 1287, 204)
    assert record.body == (f"{LEAD} {BODY}",)


def test_a_gallerys_pager_a_read_aloud_players_lines_and_an_apps_stores_are_no_body() -> None:
    chrome = (
        "1 of 4",
        "Prev | Next",
        "« Previous 1 / 3 Next »",
        "▶ پخش مدت: ۰۳:۴۵ تمام صفحه",
        "Hear this story 0:00 Voice: automatic",
        "▶ Listen to this article 00:00 / 02:47 1x speed Download audio Voice generated "
        "automatically; names may be mispronounced.",
        "Read us on the go: the ISTI app is now on Bazaar and Myket.",
        "Get the app Not now",
    )
    assert newsparse.parse_text(_page(LEAD, *chrome, BODY)).body == (LEAD, BODY)


def test_a_box_handpicked_by_the_desk_is_a_headline_list() -> None:
    box = ("Handpicked by the desk", "  * Why labs bet on sodium", "  * A week in an incubator")
    assert newsparse.parse_text(_page(LEAD, BODY, *box)).body == (LEAD, BODY)


def test_a_research_jobs_board_after_the_text_is_a_box() -> None:
    board = (
        "Research jobs board",
        "Postdoc in structural health monitoring, Sharif University - closes Aug 30",
        "Research assistant, seismic hazard maps, Kerman - closes Sep 5",
    )
    assert newsparse.parse_text(_page(LEAD, BODY, *board)).body == (LEAD, BODY)


def test_a_sentence_naming_a_clock_and_listening_goes_on_past_its_line() -> None:
    assert ends_row("   ▶ Hear this story · 3:41", "Researchers at the park")
    assert not ends_row("   Listen to the recording of the talk at 10:30.", "Researchers at the")
    assert not ends_row("   Listen to the recording of the talk at 10:30!", "Kashan University")


def test_a_rating_a_survey_and_a_login_box_worded_their_own_way_are_no_body() -> None:
    for widget in (
        "Rating : * * * 3 / 5 (9 votes)",
        "Rating : [*][*][*][][] 3 / 5 (9 votes)",
        "Average rating: 4.5 / 5",
        "آیا این خبر برایتان مفید بود؟ بله (۸) خیر (۱)",
        "Forgot password?",
    ):
        assert newsparse.parse_text(_page(LEAD, BODY, widget)).body == (LEAD, BODY), widget


def test_a_polls_options_end_over_the_kicker() -> None:
    poll = ("Poll", "How did you hear about the grants?", "University", "Friends", "Website")
    text = blank_lines_apart(
        "Sunday 15 December 2019",
        *poll,
        "Elites of health technology;",
        TITLE,
        TITLE,
        LEAD,
        BODY,
        "Publish date : 2019/12/09",
        "Code : 412",
        "Visit count: 233",
        "All rights reserved for National Foundation of Elites",
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title, record.body) == (
        "Elites of health technology",
        TITLE,
        (LEAD, BODY),
    )


def test_a_polls_options_end_over_a_kicker_and_a_title_holding_a_buttons_letters() -> None:
    # (`برای`, "for", holds `رای`, "vote": a word inside another is no button.)
    title = "ساخت پوشش نانویی ضدیخ برای پره‌های توربین بادی در کشور"
    text = blank_lines_apart(
        "شنبه ۲۰ آبان ۱۴۰۲-",
        "نظرسنجی",
        "کدام حوزه فناوری در سال آینده رشد بیشتری دارد؟",
        "هوش مصنوعی",
        "انرژی‌های نو",
        "با همکاری یک شرکت دانش‌بنیان در زنجان؛",
        title,
        "  * ۱۴۰۲/۰۸/۱۵ - ۱۰:۳۰",
        "  * ۵۲۳",
        "  * زمان مطالعه : ۲ دقیقه",
        "  * کد خبر : ۷۲۳۴۱",
        "پژوهشگران یک شرکت دانش‌بنیان در زنجان پوششی نانویی ساخته‌اند که از نشستن یخ روی "
        "پره‌های توربین بادی جلوگیری می‌کند.",
        "گروه خبری : اخبار,فناوری نانو",
        "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title) == ("با همکاری یک شرکت دانش‌بنیان در زنجان", title)
