"""An opinion piece's head and its quotes: an author box's long post under the name, the
writer's and translator's credits on one line, a Persian pull quote with words left out, and
a title's copy a column's words ran into, which is no rival title."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT, blank_lines_apart
from newsparse.grammar.bylines import is_byline

TITLE = "A graduate who stays is worth more than a grant that leaves"
LEAD = (
    "Every autumn the foundation reviews thousands of applications from young researchers, "
    "and every autumn we see the same pattern in the strongest files."
)
BODY = (
    "The answer is not a larger grant: our surveys of award holders show that a lab of their "
    "own matters more to them than the sum they are paid each month."
)
BMN_FOOTER = (
    "Publish date : 2019/11/20",
    "Code : 1187",
    "Visit count: 318",
    "All rights reserved for National Foundation of Elites",
)


def test_an_author_boxs_long_post_under_the_name_is_no_body() -> None:
    name, post = (
        "Dr. Reza Moshiri",
        "Head of the Office for Elite Affairs in Industry, National Foundation of Elites",
    )
    text = blank_lines_apart(
        "Wednesday 27 November 2019", "Home | News | Contact", "Column:", TITLE, TITLE,
        name, name, post, LEAD, BODY, *BMN_FOOTER,
    )  # fmt: skip
    record = newsparse.parse_text(text)
    assert (record.title, record.body) == (TITLE, (LEAD, BODY))


def test_the_writers_and_translators_credits_on_one_line_are_a_byline() -> None:
    assert is_byline("نوشته: کارن ویلسون * | ترجمه: سارا احمدی")
    assert is_byline("By Karen Wilson | Translated by Sara Ahmadi")
    assert not is_byline("Energy | Solar power")
    assert not is_byline("Home | News")


PERSIAN_TITLE = "چرا موزه‌های علم باید به شهرهای کوچک بروند؟"
PERSIAN_LEAD = (
    "موزه‌های علم اغلب در پایتخت‌ها ساخته می‌شوند؛ جایی که بودجه، مخاطب و رسانه در دسترس است "
    "و کودکان شهرهای کوچک کمتر فرصت دیدن آن‌ها را دارند."
)
PERSIAN_BODY = (
    "گزارش‌ها نشان می‌دهد هزینه هر بازدید در این نمایشگاه‌ها کمتر از یک‌سوم هزینه ساخت و "
    "نگهداری یک موزه ثابت است و دانش‌آموزان پس از آن بیشتر به علوم پایه علاقه نشان می‌دهند."
)


def test_a_persian_pull_quote_with_words_left_out_is_no_body() -> None:
    quote = "«هزینه هر بازدید کمتر از یک‌سوم هزینه یک موزه ثابت است»"
    text = blank_lines_apart(
        "چهارشنبه 27 شهريور 1398-",
        "صفحه اصلی > اخبار",
        "یادداشت؛",
        PERSIAN_TITLE,
        "نوشته: کارن ویلسون * | ترجمه: سارا احمدی",
        PERSIAN_LEAD,
        quote,
        PERSIAN_BODY,
        "10:42 - 17/09/2019 / Number : 5521 / Show Count : 143",
        "کلیه حقوق این پایگاه متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
    )
    record = newsparse.parse_text(text)
    assert (record.title, record.body) == (PERSIAN_TITLE, (PERSIAN_LEAD, PERSIAN_BODY))


def test_a_titles_copy_with_a_columns_words_run_in_is_no_rival_title() -> None:
    # The breadcrumb's copy, a side column's words run into it by a text browser.
    title = "Nanofiber face masks from a Yazd firm now filter 99 percent of fine dust."
    garbled = title.replace("face masks", "face Technology Parks masks")
    text = blank_lines_apart(
        "Monday, July 16, 2018-",
        "Home Page > news",
        f"News > {garbled}",
        "Print   Send to Friend",
        "Knowledge-based company;",
        title,
        title,
        LEAD,
        BODY,
        "14:20 - 09/07/2018 / Number : 40512 / Show Count : 612",
        COPYRIGHT,
    )
    record = newsparse.parse_text(text)
    assert record.title == title
    assert not [w for w in record.warnings if w.startswith("title uncertain")]


def test_a_desks_byline_under_the_title_is_no_body() -> None:
    for byline in ("By INSF news desk", "By our correspondent", "By the newsroom"):
        assert is_byline(byline), byline
    # A lead opening with the same words goes on as a sentence does.
    assert not is_byline("By staff of the park who built the first prototype")
    text = blank_lines_apart(
        "Wednesday 27 November 2019", "Home | News | Contact", "Column:", TITLE, TITLE,
        "By INSF news desk", LEAD, BODY, *BMN_FOOTER,
    )  # fmt: skip
    assert newsparse.parse_text(text).body == (LEAD, BODY)


def test_a_long_caption_a_tool_ran_on_after_the_pictures_alt_text_is_no_body() -> None:
    # A gallery's second picture: its alt text (the title) and its uncredited caption, which
    # ends as no sentence does, on one wrapped line.
    caption = (
        "Members of the group gather around the open cryostat in the basement laboratory of "
        "the physics faculty, where the first counts were recorded in the spring"
    )
    text = blank_lines_apart(
        "Wednesday 27 November 2019", "Home | News | Contact", "Column:", TITLE, TITLE, LEAD,
        TITLE, "Photo: NEF media office", f"{TITLE} {caption}", BODY, *BMN_FOOTER,
    )  # fmt: skip
    assert newsparse.parse_text(text).body == (LEAD, caption, BODY)
    # A paragraph that opens with the title's words and goes on to a sentence stays whole.
    sentence = f"{TITLE} is what the foundation's head said in his speech on Sunday."
    text = text.replace(f"{TITLE} {caption}", sentence)
    assert sentence in newsparse.parse_text(text).body
