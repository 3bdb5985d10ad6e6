"""A paste's boxes with no widget to show them (a survey, a newsletter's sign-up), an
author's name said twice by a photo, and a paste's long paragraphs beside short headlines."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT
from newsparse.readers.notes import STAR, margin_notes

KICKER = "Quantum technologies;"
TITLE = "Elites foundation opens a winter school on quantum computing for graduate students"
LEAD = (
    "The National Elites Foundation has opened the first round of its winter school on "
    "quantum computing, a twelve-day program for graduate students in physics."
)
BODY = (
    "Forty-five students selected from more than three hundred applicants attend lectures on "
    "quantum algorithms, error correction and the physics of superconducting qubits."
)
BMN_FOOTER = (
    "Publish date : 2021/03/09",
    "Code : 412",
    "Visit count: 233",
    "All rights reserved for National Foundation of Elites",
)


def test_a_pasted_survey_and_newsletter_box_are_no_title_or_body() -> None:
    """A paste drops the boxes' fields and buttons: their words alone tell them."""
    boxes = (
        "Survey",
        "Which of the foundation's programs has helped you most?",
        "Research grants",
        "Housing loans",
        "View results",
        "Newsletter",
        "Enter your email address to receive the foundation's news every week.",
        "Email :",
    )
    text = "\n".join(("Sunday 14 March 2021", *boxes, KICKER, TITLE, LEAD, BODY, *BMN_FOOTER))
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title, record.body) == (KICKER.rstrip(";"), TITLE, (LEAD, BODY))


def test_an_authors_name_printed_twice_by_a_photo_is_a_byline() -> None:
    """The photo's alt text and caption run together, the column's name under them again."""
    text = "\n\n".join(
        (
            "Aug 3 2022 - 09:05",
            "1,086",
            "Study time : 3 minute(s)",
            "Tech Policy Column:",
            TITLE,
            "Dr. Leila Farahani Dr. Leila Farahani",
            "Tech Policy Column",
            LEAD,
            BODY,
            "News group : NEWS,Columns",
            "News code : 9120",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        )
    )
    assert newsparse.parse_text(text).body == (LEAD, BODY)


def test_an_author_boxs_post_under_the_name_the_photo_printed_twice_is_no_body() -> None:
    """Byline, the photo's alt text, the name, the post; the article's picture and the
    title's copy between the post and the lead."""
    box = ("By Dr. Kaveh Ansari", "Kaveh Ansari", "Kaveh Ansari")
    post = "Deputy for Young Talents, National Elites Foundation"
    text = "\n\n".join(
        ("Sunday 14 March 2021", KICKER, TITLE, *box, post, "talent grants", TITLE, LEAD, BODY)
    )
    record = newsparse.parse_text("\n\n".join((text, *BMN_FOOTER)))
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_a_pastes_paragraphs_stay_apart_beside_short_headlines() -> None:
    """Headlines of fifty characters over their dates look wrapped at fifty; the paste's
    paragraph of near three times that, ending its sentence, says no tool wrapped it."""
    lead = (
        "The secretariat of the national festival said the deadline for plans in the "
        "sections for ideas and start-ups has been moved to the end of the month."
    )
    body = "Applicants send their plans through the festival's own system, and judging starts soon."
    side = (
        "Latest news",
        "First national event on digital health technology",
        "2024/01/27",
        "Support for 120 research plans on renewable energy",
        "2024/01/26",
        "Armenian delegation visits Pardis Technology Park",
        "2024/01/25",
    )
    text = "\n".join(
        (
            "Festival deadline extended to the end of the month",
            "Jan 28 2024 - 14:05",
            "215",
            "Study time : Less than one minute",
            "News code : 91877",
            lead,
            body,
            "News group : NEWS,Events",
            *side,
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        )
    )
    assert newsparse.parse_text(text).body == (lead, body)


def test_a_persian_pastes_paragraphs_stay_apart_beside_headlines_of_sixty_odd() -> None:
    """Lines of sixty-odd characters look wrapped there; a paragraph of twice that, one
    sentence among lines with no blank between, is a paste's, left whole."""
    lead = (
        "آزمایشگاه مشترک آزمون باتری‌های لیتیومی با سرمایه‌گذاری سه شرکت فناور "
        "در پارک فناوری افتتاح شد."
    )
    body = (
        "مدیر پارک گفت: این آزمایشگاه ظرفیت آزمون عمر و ایمنی پنجاه سلول باتری را به‌طور هم‌زمان "
        "دارد و شرکت‌های نوپا می‌توانند با تخفیف از خدمات آن بهره ببرند."
    )
    text = "\n".join(
        (
            "مدیر پارک فناوری پردیس خبر داد:",
            "افتتاح آزمایشگاه مشترک باتری لیتیومی در پارک فناوری پردیس",
            "15 تیر 1400 - 09:45 | تعداد بازدید : 96 | زمان مطالعه : کمتر از یک دقیقه",
            "بازدید مسئولان از خط آزمون سلول‌های باتری لیتیومی (عکس: روابط عمومی)",
            lead,
            body,
            "گروه خبری : اخبار پارک,فناوری‌های نو",
            "کد خبر : 3307",
            "اخبار مرتبط",
            "رونمایی از نخستین خودروی برقی سبک ساخت شرکت‌های پارک 1400/04/10",
            "برگزاری رویداد نوآوری در ذخیره‌سازی انرژی 1400/04/02",
            "کلیه حقوق مادی و معنوی این پایگاه متعلق به معاونت علمی و فناوری می‌باشد",
        )
    )
    assert newsparse.parse_text(text).body == (lead, body)


def test_a_note_on_the_author_wrapped_in_a_narrow_cell_keeps_its_mark() -> None:
    """pandoc's grid cell leaves a few words on each line: the wrapped lines count."""
    cell = [
        " them, every new factory simply",
        " adds to the queue.",
        "",
        " * Leila Farahani heads the",
        " testing office of a",
        " nanotechnology council.",
    ]
    assert margin_notes(cell)[3] == f" {STAR} Leila Farahani heads the"
    # A bare count marked as a list's item keeps its marker: the item under it is no more
    # of its words.
    info = ["      Jul 29 2017", "", "      * 87", "      * Study time : Less than one minute"]
    assert margin_notes(info) == info
    # Nor does the kicker under it, at its margin, make it a note's first line (inscriptis).
    info = ["      May 13 2018", "      * 288", "      Vice-President for Science and Technology;"]
    assert margin_notes(info) == info


def test_a_job_boards_dated_openings_above_the_kicker_are_no_kicker_or_body() -> None:
    """A side box a text browser printed above the article pushes the title down past the
    top lines: the title's copy right under a kicker still says where the article opens."""
    board = (
        "Job board for elites",
        "  • Battery materials researcher, Karaj Deadline : 2021/03/20",
        "  • Embedded software engineer, Isfahan Deadline : 2021/03/25",
        "  • Data analyst, Pardis Technology Park",
        "    Deadline : 2021/04/02",
        "All openings",
    )
    article = ("", KICKER, "", TITLE, "", LEAD, "", BODY, "")
    text = "\n".join(("Sunday 14 March 2021", "", *board, *article, *BMN_FOOTER))
    record = newsparse.parse_text(text)
    assert (record.kicker, record.title, record.body) == (KICKER.rstrip(";"), TITLE, (LEAD, BODY))


def test_an_author_boxs_post_over_a_translators_credit_is_no_body() -> None:
    """The kicker again, the photo's alt text, the byline, the post, the translator's credit."""
    box = (
        "Kaveh Ansari",
        "By Dr. Kaveh Ansari",
        "Deputy for Young Talents",
        "Translated by Mina Sadri",
    )
    info = ("Mar 9 2021 - 10:30", "233", "Study time : 1 minute(s)", "News code : 412")
    text = "\n\n".join((*info, KICKER, TITLE, KICKER, *box, LEAD, BODY, COPYRIGHT))
    record = newsparse.parse_text(text)
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))
