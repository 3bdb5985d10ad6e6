"""Lines a saving tool runs into their neighbours around pictures, players and the footer:
a credited caption before a paragraph, a caption run into the title's copy, a download
link under a player, html2text's apostrophes, the old portal's row cut or wrapped."""

from __future__ import annotations

import textwrap

import pytest

import newsparse

TITLE = "Arak plant spins nanofibre filters for hospital ventilators"
BODY = [
    "A knowledge-based company in Arak has started to make the filters that hospital "
    "ventilators need, using a line that spins polymer fibres far thinner than a hair.",
    "The company's managing director said the plant will turn out forty thousand filters "
    "a year, enough for a third of the country's hospitals.",
]


def _current(middle: list[str]) -> str:
    return "\n".join(
        [
            "Today : Monday Oct 7 2019",
            "",
            "  • Oct 6 2019 - 15:05",
            "  • 156",
            "  • Study time : 1 minute(s)",
            "",
            "Photo report:",
            "",
            TITLE,
            "",
            *middle,
            "",
            "  • News group : NEWS,Photo Report",
            "  • News code : 41207",
            "Copyright © 2019 Vice-Presidency for Science and Technology. All rights reserved",
        ]
    )


def test_a_credited_caption_run_on_before_a_paragraph_is_apart_and_no_text() -> None:
    caption = "The filter line at the Arak plant (Photo: Ali Sadeghi)"
    record = newsparse.parse_text(_current([f"{caption} {BODY[0]}", "", BODY[1]]))
    assert record.body == tuple(BODY)


def test_a_caption_run_into_the_titles_copy_under_it_keeps_its_words() -> None:
    caption = "A quality inspector measures the pressure drop across a finished filter"
    lines = [*BODY[0:1], "", f"{caption} {TITLE}", "", BODY[1]]
    record = newsparse.parse_text(_current(lines))
    assert record.body == (BODY[0], caption, BODY[1])


def test_a_download_link_under_a_players_caption_is_a_line_of_its_own() -> None:
    caption = "Video: scenes from the first day of the online job fair, with short interviews with "
    # Wrapped at 76 columns, as links prints a narrow box: the link fills no line above.
    lines = [
        "   Video: scenes from the first day of the online job fair, with short",
        "   interviews with three medallists and two company founders (duration 5:12)",
        "   Download the video (MP4, 720p, 61 MB)",
        "",
        *(f"   {line}" for p in BODY for line in [*textwrap.wrap(p, 73), ""]),
    ]
    record = newsparse.parse_text(_current(lines))
    assert record.body[0].startswith(caption)
    assert record.body[0].endswith("(duration 5:12)")
    assert record.body[1] == "Download the video (MP4, 720p, 61 MB)"


def test_html2texts_space_before_an_apostrophe_in_bold_text_is_dropped() -> None:
    lead = "**The plant's first line serves the country's hospitals.**"
    capture = _current([lead.replace("'", " '"), "", BODY[1]]).replace(
        "Photo report:", "# Photo report:"
    )
    record = newsparse.parse_text(capture)
    assert record.body[0] == "The plant's first line serves the country's hospitals."
    assert "' " not in record.body[0]


def _portal(row: list[str], *, body: list[str] | None = None) -> str:
    return "\n".join(
        [
            "21/10/2019 -",
            "Home Page > news",
            "News > Desalination membranes made in Qeshm",
            "Print Send to Friend",
            *row,
            "Water from the sea:",
            "Desalination membranes made in Qeshm",
            *(body or BODY),
        ]
    )


def test_the_old_portals_count_wrapped_onto_the_kickers_line_is_the_rows() -> None:
    record = newsparse.parse_text(
        _portal(["11:30 - 18/02/2019    /    Number : 36120", "/    Show Count : 1,204 Water"])
    )
    assert record.views == 1204
    assert record.published == "2019-02-18T11:30:00+03:30"


def test_the_old_portals_row_cut_after_a_label_still_gives_its_date() -> None:
    capture = "\n".join(
        [
            "21/10/2019 -",
            "Home Page > news",
            "News > Desalination membranes made in Qeshm",
            "Print Send to Friend",
            "Water from the sea;",
            "Desalination membranes made in Qeshm",
            *BODY,
            "16:40 - 31/07/2019    /    Number :",
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.published == "2019-07-31T16:40:00+04:30"
    assert record.body == tuple(BODY)
    assert any(w.startswith("capture looks truncated") for w in record.warnings)


def test_a_caption_credited_to_a_name_with_initials_is_no_text() -> None:
    caption = "A cleanroom at a biotech company in Pardis Technology Park. Photo: BIODC / A. Karimi"
    record = newsparse.parse_text(_current([BODY[0], "", caption, "", BODY[1]]))
    assert record.body == tuple(BODY)


def test_a_charts_alt_text_of_labels_and_figures_is_no_text() -> None:
    caption = "Figure 1: Nano exports from 2017 to 2020"
    for alt in (
        "Bar chart of nano exports in million dollars: 2017 38, 2018 51, 2019 64, 2020 93",
        "Pie chart: stayed in Iran 582, left 58",
        "نمودار صادرات ماهانه: فروردین ۸۵، اردیبهشت ۹۷، خرداد ۱۰۲",
    ):
        apart = _current([BODY[0], "", alt, caption, "", BODY[1]])
        run_on = _current([BODY[0], "", f"{alt} {caption}", "", BODY[1]])
        for capture in (apart, run_on):
            record = newsparse.parse_text(capture)
            assert record.body == (BODY[0], caption, BODY[1])


def test_an_unnamed_charts_alt_text_is_no_text_whole_wrapped_or_run_into_its_caption() -> None:
    caption = "Knowledge-based firms working for the space programme, 2018 to 2022"
    for alt in (
        "Knowledge-based space firms: 2018 18, 2019 22, 2020 27, 2021 33, 2022 37",
        "Hectares sprayed by drone: 2017 3,000; 2018 15,000; 2019 42,000",
        "First-year funding: own savings 46 percent, family 21 percent, loans 14 percent",
    ):
        head, tail = alt.rsplit(" ", 3)[0], " ".join(alt.rsplit(" ", 3)[1:])
        for lines in (
            [alt, caption],
            [f"{alt} {caption}"],
            [f"[{alt}] {caption}"],  # pandoc's brackets round an image's alt text
            [head, tail, caption],  # the width wrapped it
        ):
            record = newsparse.parse_text(_current([BODY[0], "", *lines, "", BODY[1]]))
            assert record.body == (BODY[0], caption, BODY[1]), lines


def test_a_charts_alt_text_with_values_in_words_or_a_unit_after_the_last_is_no_text() -> None:
    for lines in (
        ["نمودار صرفه‌جویی ارزی: ۱۳۹۷ دو میلیون دلار، ۱۳۹۸ پنج میلیون دلار، ۱۳۹۹ نه میلیون دلار"],
        [
            "Exports by park: Pardis 38, Isfahan 24, Khorasan 15, Tabriz 11, "
            "other parks 39 million dollars"
        ],
    ):
        record = newsparse.parse_text(_current([BODY[0], "", *lines, "", BODY[1]]))
        assert record.body == (BODY[0], BODY[1]), lines


def test_a_persian_charts_alt_text_run_into_its_caption_leaves_the_caption() -> None:
    alt = "نمودار سهم صادرات: پوشش‌ها ۳۸ درصد، فیلترها ۲۷ درصد، سایر ۱۵ درصد"
    caption = "سهم هر گروه از محصولات در صادرات سال ۱۴۰۲"
    for lines in ([alt, caption], [f"{alt} {caption}"]):
        record = newsparse.parse_text(_current([BODY[0], "", *lines, "", BODY[1]]))
        assert record.body == (BODY[0], caption, BODY[1]), lines


def test_a_line_of_figures_with_no_list_of_labels_is_text() -> None:
    for line in (
        "Phone: +98 21 8896 4410",
        "Fourth: South Korea, 10,300 papers (5.4%)",
        "Exports rose to 38, then 51, then 64 million dollars in three years.",
    ):
        record = newsparse.parse_text(_current([BODY[0], "", line, "", BODY[1]]))
        assert record.body == (BODY[0], line, BODY[1])


def test_the_old_portals_row_cut_inside_a_labels_word_still_gives_its_date() -> None:
    capture = "\n".join(
        [
            "21/10/2019 -",
            "Home Page > news",
            "News > Desalination membranes made in Qeshm",
            "Print Send to Friend",
            "Water from the sea;",
            "Desalination membranes made in Qeshm",
            *BODY,
            "15:17 - 14/08/2019    /    Number : 35872    /    Show Co",
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.published, record.news_code) == ("2019-08-14T15:17:00+04:30", 35872)
    assert record.body == tuple(BODY)


def test_a_podcast_and_a_video_box_of_items_with_their_lengths_is_no_text() -> None:
    # A side box printed between the text and the footer: each item a headline and a length.
    boxes = [
        "Listen: our podcasts",
        "Episode 12: A morning in a dairy biotech lab 24:10",
        "Episode 11: Why startups fail in year two 31:02",
        "Video gallery",
        "Inside the new stem cell bank in Tehran 3:45",
        "Drone crop spraying trial in Golestan 2:18",
    ]
    record = newsparse.parse_text(_current([BODY[0], "", BODY[1], "", *boxes]))
    assert record.body == tuple(BODY)


def test_a_programmes_times_under_their_labels_are_no_media_items() -> None:
    # A time after a label's colon, or after two words, is the article's own programme.
    programme = ["Opening session: 09:30", "Visit to the plant 11:00"]
    record = newsparse.parse_text(_current([BODY[0], "", *programme, "", BODY[1]]))
    assert record.body == (BODY[0], *programme, BODY[1])


def test_a_players_fallback_asking_for_a_newer_browser_is_no_text() -> None:
    fallback = "To watch this video, please use a newer browser."
    record = newsparse.parse_text(_current([BODY[0], "", fallback, "", BODY[1]]))
    assert record.body == tuple(BODY)


def test_a_players_fallback_run_on_after_a_paragraph_leaves_it() -> None:
    fallback = "Your browser does not support the video tag."
    record = newsparse.parse_text(_current([f"{BODY[0]} {fallback}", "", BODY[1]]))
    assert record.body == tuple(BODY)


def test_a_download_link_alone_is_the_pages_and_a_choice_of_qualities_a_players_bar() -> None:
    alone = _current([BODY[0], "", "Download MP3 (17 MB)", "", BODY[1]])
    assert newsparse.parse_text(alone).body == (BODY[0], "Download MP3 (17 MB)", BODY[1])
    persian = "دانلود ویدیو با کیفیت بالا (۴۸ مگابایت)"
    assert persian in newsparse.parse_text(_current([BODY[0], "", persian, "", BODY[1]])).body
    pair = ["Download HD (48 MB)", "Download SD (19 MB)"]
    assert newsparse.parse_text(_current([BODY[0], "", *pair, "", BODY[1]])).body == tuple(BODY)


def test_a_read_aloud_players_speed_download_button_and_voice_note_are_no_text() -> None:
    player = [
        "Listen to this news",
        "00:00 / 02:41 Speed 1x Download audio",
        "Voice generated automatically",
        "Listen · 3 min",
        "1.25x",
        "این خبر را بشنوید ۰۰:۰۰ / ۰۳:۱۰ پخش دانلود فایل صوتی",
    ]
    record = newsparse.parse_text(_current([*player, "", *BODY]))
    assert record.body == tuple(BODY)


def test_a_caption_of_a_word_with_its_credit_and_a_players_update_notice_are_no_text() -> None:
    lines = [
        BODY[0],
        "",
        "Please update your browser.",
        "",
        BODY[1],
        "",
        "Packing. (Photo: N. Alavi)",
    ]
    assert newsparse.parse_text(_current(lines)).body == tuple(BODY)
    persian = "لطفاً مرورگر خود را به‌روز کنید."
    assert newsparse.parse_text(_current([BODY[0], "", persian, "", BODY[1]])).body == tuple(BODY)


@pytest.mark.parametrize("between", ["\n", " "])
def test_a_read_aloud_players_line_over_the_kicker_or_run_into_it_is_no_part_of_it(
    between: str,
) -> None:
    # On its line, its voice note after its clock; or a wrap (w3m's) joined the two.
    player = "Listen to this story ▶ Play 00:00 / 03:07 1.25x Voiced by a synthetic narrator"
    text = _current([BODY[0], "", BODY[1]]).replace(
        "Photo report:", f"{player}{between}Knowledge-based firm in Arak:"
    )
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title, record.body, record.warnings) == (
        "Knowledge-based firm in Arak",
        TITLE,
        tuple(BODY),
        (),
    )
