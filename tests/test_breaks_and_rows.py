"""A `<br>` inside a sentence (its names or an address on lines of their own) joined again,
where a heading, a letter's salutation or its closing stays apart; html2text's table cells
that wall nothing: a lone cell under a one-column table's rule, a first cell above the first
wall, whose unwrapped lines run the cell's paragraphs together; a side column's heading one
space past the article's full line; a share bar's `Send by email`; a paste's bare view count
over its study time; a Persian sentence a `<br>` broke, with no capitals to tell."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT
from newsparse.grammar.broken_lines import goes_on
from newsparse.readers.cell_runs import cell_openings
from newsparse.readers.columns import stretches

TITLE = "Elites foundation opens its postdoctoral grant to graduates of foreign universities"
INFO = ("  * Dec 8 2021 - 10:30", "  * 236", "  * Study time : 1 minute(s)")
FOOTER = ("  * News group : NEWS,Elites", "  * News code : 4412")
LEAD = (
    "The National Foundation of Elites has opened applications for its postdoctoral grant, "
    "which funds two years of research at Iranian universities."
)
JURY = (
    "The jury of this round is made up of",
    "Dr. Mahnaz Rostami (chair), Sharif University of Technology,",
    "Dr. Kaveh Behzadi, University of Tehran, and",
    "Dr. Laleh Nourbakhsh, Isfahan University of Technology.",
)
LAST = "Results will be announced in March."


def _page(*body: str, breaks: str = "\n") -> str:
    """A text capture whose body's lines a tool printed one under the other (`breaks`)."""
    head = "\n".join([*INFO, "", "Research grants:", "", TITLE, "", TITLE, ""])
    tail = "\n".join(["", *FOOTER, "", COPYRIGHT, ""])
    return f"{head}\n{LEAD}\n\n{breaks.join(body)}\n\n{LAST}\n{tail}"


def test_a_sentence_a_br_set_on_lines_of_its_own_is_one_paragraph() -> None:
    record = newsparse.parse_text(_page(*JURY))
    assert record.body == (LEAD, " ".join(JURY), LAST)
    assert record.warnings == ()


def test_a_lists_last_names_run_on_after_its_and_end_the_sentence() -> None:
    # A tool ran the last two lines into one, longer than a lone name's line.
    jury = (*JURY[:2], f"{JURY[2]} {JURY[3]}")
    record = newsparse.parse_text(_page(*jury))
    assert record.body == (LEAD, " ".join(JURY), LAST)
    # A long sentence holding `, and` under a line ending on a comma goes on no list.
    greeting = "Greetings to all readers of our weekly newsletter,".split()
    sentence = "This week, and the next, we report on the grants awarded in Tehran.".split()
    assert not goes_on(greeting, sentence, None)


def test_names_with_long_posts_and_one_comma_missing_are_one_sentence() -> None:
    board = (
        "By a decree of the council, the board, which consists of",
        "Dr. Leila Jafarzadeh, associate professor of medical genetics at Tabriz University of "
        "Medical Sciences,",
        "Prof. Roya Ebtehaj",
        "and Dr. Saeed Moradkhani,",
        "will serve a four-year term from February 2025.",
    )
    assert newsparse.parse_text(_page(*board)).body == (LEAD, " ".join(board), LAST)


def test_a_persian_sentence_a_br_broke_after_a_whole_sentence_is_one_paragraph() -> None:
    broken = (
        "پارک علم و فناوری فارس امروز مرکز تازه‌ای برای شرکت‌های نوپا گشود. در این مرکز بیش از "
        "چهل تیم فناور می‌توانند از آزمایشگاه‌ها و کارگاه‌های مشترک پارک استفاده کنند و به گفته "
        "رئیس پارک، هزینه استفاده از این امکانات برای تیم‌های جوان",
        "به نیمی از نرخ بازار کاهش یافته است.",
    )
    assert newsparse.parse_html(_html(*broken)).body == (LEAD, " ".join(broken), LAST)
    # A heading holds no sentence's end: the short paragraph under it stands apart.
    heading = ("نتایج آزمایش میدانی در سه مزرعه", "آزمایش‌ها در سه مزرعه گندم انجام شد.")
    assert newsparse.parse_html(_html(*heading)).body == (LEAD, *heading, LAST)


def _html(*lines: str) -> str:
    """A page whose body's second paragraph holds `lines`, a `<br>` between each two."""
    return (
        f"<html><body><ul><li>Dec 8 2021 - 10:30</li><li>236</li>"
        f"<li>Study time : 1 minute(s)</li></ul><p>Research grants:</p><h1>{TITLE}</h1>"
        f'<img alt="{TITLE}"><p>{LEAD}</p><div>{"<br>".join(lines)}</div><p>{LAST}</p>'
        f"<ul><li>News group : NEWS,Elites</li><li>News code : 4412</li></ul>"
        f"<p>{COPYRIGHT}</p></body></html>"
    )


def test_the_same_sentence_in_html_is_the_same_paragraph() -> None:
    assert newsparse.parse_html(_html(*JURY)).body == (LEAD, " ".join(JURY), LAST)


def test_a_heading_ending_on_a_preposition_stays_apart() -> None:
    heading = "Where the money comes from"
    text = "The review also surveyed the fellows, who asked for faster purchases."
    record = newsparse.parse_text(_page(heading, text))
    assert record.body == (LEAD, heading, text, LAST)


def test_a_letters_salutation_and_closing_stay_apart() -> None:
    letter = (
        "Dear colleagues,",
        "We write to invite you to the foundation's next meeting in Tehran this spring.",
        "Respectfully,",
        "Hamid Sadeghzadeh",
    )
    record = newsparse.parse_text(_page(*letter))
    assert record.body == (LEAD, *letter, LAST)
    # However short the text under them, or the name and post under the closing.
    short = (
        "Dear colleagues,",
        "We meet in Tehran on Monday.",
        "Sincerely yours,",
        "Hamid, Director.",
    )
    assert newsparse.parse_text(_page(*short)).body == (LEAD, *short, LAST)


def _wrapped(text: str, width: int = 78) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


SECOND = (
    "Applicants must have defended their doctoral thesis no more than three years before "
    "the deadline, and each must name a host laboratory."
)


def test_a_lone_cell_under_a_one_column_tables_rule_runs_its_paragraphs_together() -> None:
    cell = _wrapped(f"{LEAD} {SECOND}")
    head = [*INFO, "", f"# {TITLE}", "", f"![{TITLE}](/x.jpg) {TITLE}  ", "---  "]
    capture = "\n".join([*head, *cell, "", *FOOTER, "", COPYRIGHT])
    assert cell_openings(capture.splitlines()) == (
        "the national foundation of elites has",
        "applicants must have defended their doctoral",
    )
    # The record says so: no wall marks the table, its rule does.
    warning = f"body paragraph of {len(f'{LEAD} {SECOND}'.split())} words: "
    assert newsparse.parse_text(capture).warnings == (f"{warning}paragraphs may have run together",)
    # A sentence alone under the rule: a blank line sets the next row apart, however it reads.
    under_rule = capture.splitlines()[:8]
    assert under_rule[-1] == "---  "
    assert cell_openings([*under_rule, *_wrapped(LEAD), "", *cell]) == ()


def test_a_first_cell_html2text_left_unwrapped_above_the_first_wall_runs_together() -> None:
    # A comment under the table, wrapped: the capture wraps what stands in no table.
    comment = ["", *_wrapped(f"Reza : {SECOND}")]
    assert len(comment) > 2
    row = [f"# {TITLE}", "", f"{LEAD} {SECOND} | ", "", "### Most viewed", "---|---", *comment]
    assert cell_openings(row)[0] == "the national foundation of elites has"
    # Three paragraphs kept apart on lines of their own: html2text kept the cell's apart.
    kept = [f"{LEAD} {LEAD}", "", f"{SECOND} {SECOND}", "", f"{LEAD} {SECOND} | ", "---|---"]
    kept += comment
    assert cell_openings(kept) == ()
    # Paragraphs above it wrapped and kept apart: the article's paragraphs are not run on.
    apart = [*_wrapped(f"{SECOND} {LEAD}"), "", *_wrapped(f"{LEAD} {SECOND}"), ""]
    above = [*apart, f"{LEAD} {SECOND} | ", "---|---", *comment]
    assert cell_openings(above) == ()
    # A capture that wraps no paragraph leaves every line whole: a long line is no cell's.
    assert cell_openings([f"{LEAD} {SECOND}", "", f"{LEAD} {SECOND} | ", "---|---"]) == ()


def test_a_side_columns_heading_one_space_past_a_full_line_is_the_columns() -> None:
    left = [
        "The grant pays a monthly stipend and a research budget, and",
        "applicants must have defended their doctoral thesis within",
        "the last three years; each must name a host laboratory and",
        "a senior researcher who agrees to supervise the project for",
        "two years, and a budget for the equipment it needs.",
        "",
        "Results will be sent to the applicants before the spring,",
        "and the first payments made in the summer to the winners",
        "through the universities that host their laboratories.",
    ]
    # The side column's heading at its cell's edge, its items set in by a list's indent.
    right = [(60, "Links"), (0, ""), (62, "• Vice-Presidency"), (64, "for Science")]
    right += [(62, "• Iran National"), (64, "Science"), (64, "Foundation"), (62, "• Apply for")]
    right += [(64, "membership")]
    rows = [f"{text:<{at}}{side}".rstrip() for text, (at, side) in zip(left, right, strict=True)]
    assert rows[0][58] != " "  # the column's full line, its heading one space on
    two = next(stretch.columns for stretch in stretches(rows) if len(stretch.columns) > 1)
    assert two[0][0].rstrip() == left[0]
    assert [line.strip() for line in two[1] if line.strip()] == [
        "Links",
        "• Vice-Presidency",
        "for Science",
        "• Iran National",
        "Science",
        "Foundation",
        "• Apply for",
        "membership",
    ]


def test_a_share_bar_sending_by_email_is_no_body() -> None:
    record = newsparse.parse_text(
        _page(*JURY).replace(
            f"\n{LAST}\n", f"\n{LAST}\n\nShare on Facebook Share on Twitter Send by email\n"
        )
    )
    assert record.body == (LEAD, " ".join(JURY), LAST)


def test_a_toolbar_and_the_networks_after_it_are_one_bar() -> None:
    bar = "Print - Send by email - Telegram - WhatsApp - LinkedIn"
    record = newsparse.parse_text(_page(*JURY).replace(f"\n{LAST}\n", f"\n{LAST}\n\n{bar}\n"))
    assert record.body == (LEAD, " ".join(JURY), LAST)


def test_a_pastes_bare_view_count_over_its_study_time_is_the_views() -> None:
    paste = _page(*JURY).replace("  * Dec 8 2021 - 10:30\n  * 236\n", "Contact us\n236\n")
    paste = paste.replace("  * Study time", "Study time")
    assert newsparse.parse_text(paste).views == 236


def test_a_lists_items_a_paste_left_bare_under_their_lead_in_stay_apart() -> None:
    # The lead-in ends with no colon; the items open in lower case and end on `;`: a list
    # whose bullets the paste dropped, not a sentence broken after `test`.
    items = (
        "Three things decide whether a grant holder's product survives that test",
        "process control in the factory, batch after batch, not only in the pilot line;",
        "standards that foreign buyers recognise, and laboratories accredited to test;",
        "after-sales service that treats a complaint as data rather than an insult.",
    )
    record = newsparse.parse_text(_page(*items, breaks="\n\n"))
    assert record.body == (LEAD, *items, LAST)


def test_a_sentence_broken_after_and_is_joined_though_its_next_line_ends_on_a_semicolon() -> None:
    lines = (
        "The winning teams were chosen for the care of their budgets and",
        "the strength of their partners in industry;",
        "other entries were praised for the originality of their designs.",
    )
    record = newsparse.parse_text(_page(*lines, breaks="\n\n"))
    assert record.body[1] == f"{lines[0]} {lines[1]}"


def test_a_run_whose_first_words_the_grammar_takes_off_still_says_it_ran_together() -> None:
    # A writer's line html2text ran on before the cell's text: its next sentences' openings
    # are the run's too, so a body that starts past the writer still shows the run.
    writer = "**Dr. Reza Kamali** Member of the Foundation's board of advisers."
    cell = _wrapped(f"{writer} {LEAD} {SECOND}")
    openings = cell_openings(["---  ", *cell, "", *FOOTER])
    assert openings[0] == "dr reza kamali member of the"
    assert "the national foundation of elites has" in openings[1:]


def test_an_address_part_of_three_words_goes_on_where_a_closing_stands_apart() -> None:
    # A comma inside the short line: an address's part, not `With best wishes,`.
    address = ("Please write to:", "Zahedan, University Boulevard,", "Science Park, Building 2.")
    record = newsparse.parse_text(_page(*address))
    assert record.body == (LEAD, address[0], " ".join(address[1:]), LAST)
    persian = ["زاهدان، بلوار دانشگاه،", "پارک علم و فناوری، ساختمان شماره ۲."]
    assert goes_on(persian[0].split(), persian[1].split(), None)
    closing = "With best wishes,".split()
    assert not goes_on(closing, "Reza Kamali, head of the park.".split(), None)
