"""Where the article's info block starts and what lies above it when nothing lies below:
a side list's last count run on into the bullets, a capture cut under the bullets."""

from __future__ import annotations

import newsparse

PERSIAN_TITLE = "تولید انبوه نخستین انسولین قلمی ایرانی در کارخانه‌ای در البرز آغاز شد"
PERSIAN_BODY = (
    "دبیر ستاد توسعه زیست‌فناوری از آغاز تولید انبوه انسولین قلمی با فناوری داخلی خبر داد و "
    "گفت: با راه‌اندازی این خط تولید، بخش بزرگی از نیاز بیماران به انسولین وارداتی برطرف می‌شود.",
    "این کارخانه که در شهرک صنعتی سیمین‌دشت ساخته شده، ظرفیت تولید سالانه ۱۲ میلیون قلم "
    "انسولین را دارد و محصول آن از ماه آینده به داروخانه‌ها می‌رسد.",
)
# A most-viewed list a side column set before the article: each item a headline, its date
# and time on two lines, its count, as a text browser reading the column apart prints it.
MOST_VIEWED = (
    "پربازدیدترین‌ها",
    "ساخت دستگاه تصفیه هوای بیمارستانی با فیلتر نانویی",
    "۱۴۰۲/۱۱/۱۴ -",
    "۱۲:۳۰",
    "۲۳۱۵",
    "برگزیدگان جایزه مصطفی معرفی شدند",
    "۱۴۰۲/۱۱/۱۲ -",
    "۱۹:۰۰",
    "۱۸۷۶",
    "راه‌اندازی نخستین بانک سلول‌های بنیادی دندان در کشور",
    "۱۴۰۲/۱۱/۱۰ -",
    "۰۸:۴۵",
    "۱۱۰۲",
)


def test_a_side_lists_last_count_over_the_bullets_is_not_the_articles() -> None:
    capture = "\n".join(
        [
            "امروز : شنبه 21 بهمن 1402",
            *MOST_VIEWED,
            "  * ۱۴۰۲/۱۱/۱۸ - ۱۴:۲۰",
            "  * ۱۲۰۴",
            "  * زمان مطالعه : ۱ دقیقه",
            "دبیر ستاد توسعه زیست‌فناوری خبر داد؛",
            PERSIAN_TITLE,
            *PERSIAN_BODY,
            "گروه خبری : اخبار",
            "کد خبر : 72458",
            "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.views, record.title, record.body) == (1204, PERSIAN_TITLE, PERSIAN_BODY)
    assert record.published == "2024-02-07T14:20:00+03:30"


def test_html_cut_under_the_bullets_keeps_the_short_title_and_notice_out_of_the_body() -> None:
    page = (
        '<html><head><meta property="og:title" content="Can deep-tech startups grow without '
        'venture debt?"><meta property="og:url" content="https://en.insf.org/Opinion/x/5127">'
        '</head><body><div class="today">Today : Saturday Jun 8 2024</div>'
        "<div>Your session will expire in 5 minutes</div>"
        "<div>Deep-tech startups grow without venture debt</div>"
        '<ul class="info"><li>Jun 3 2024 - 14:05</li><li>1,204</li>'
    )
    record = newsparse.parse_html(page)
    assert record.body == ()
    assert (record.views, record.news_code) == (1204, 5127)
    assert record.published == "2024-06-03T14:05:00+03:30"
    assert any(w.startswith("capture looks truncated") for w in record.warnings)


def test_the_info_blocks_link_to_the_comments_is_no_kicker() -> None:
    capture = "\n".join(
        [
            "Today : Sunday Jun 19 2022",
            "",
            "Jun 14 2022 - 09:20",
            "1,086",
            "Study time : Less than one minute",
            "2 comment(s)",
            "Grants for 120 young researchers in quantum and photonics approved.",
            "",
            "The board of the foundation has approved research grants for 120 early-career "
            "researchers working on quantum technologies and photonics.",
            "",
            "There are 2 comment(s) for this article",
            "News group : NEWS",
            "News code : 88130",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.kicker is None
    assert record.title == "Grants for 120 young researchers in quantum and photonics approved."
    assert record.comment_count == 2


def test_a_calendar_under_bmns_labels_is_no_text_that_keeps_the_article_open() -> None:
    body = (
        "The National Elites Foundation has raised the number of young faculty members who "
        "can receive its housing grant this year, and opened it to technology parks.",
        "The grant helps new faculty members rent a home in the city of their university "
        "during their first three years of work, the foundation said on Sunday.",
        "Applicants can register on the foundation's portal until the end of May.",
    )
    capture = "\n".join(
        [
            "Wednesday 25 April 2018",
            "",
            "Support programs:",
            "Elites Foundation widens its housing grant for young faculty members",
            *body,
            "Publish date : 2018/04/22",
            "Code : 148",
            "Visit count: 211",
            "Links",
            "Iran National Science Foundation",
            "Knowledge-based companies portal",
            "Calendar of events",
            "2018/05/02 Deadline for the Shahid Chamran award",
            "2018/05/15 Meeting of elite students with the foundation's head",
            "2018/06/10 Opening of the summer research school for graduates",
            "2018/07/01 Results of the housing grant for young faculty",
            "2018/07/20 Alborz festival closing ceremony in Karaj",
            "All rights reserved for National Foundation of Elites",
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.kicker == "Support programs"
    assert record.title == "Elites Foundation widens its housing grant for young faculty members"
    assert record.body == body


def test_an_amp_pages_info_line_with_an_emoji_before_the_count_is_the_info_block() -> None:
    capture = "\n".join(
        [
            "Today : Tuesday Jul 13 2021",
            "Jul 6 2021 - 11:20 · 👁 431 · 🕒 Study time : 2 minute(s)",
            "Hearing chip made in Iran passes its first clinical tests",
            "",
            "A cochlear implant chip designed by a knowledge-based company in Tehran has passed "
            "its first clinical tests on twelve patients, the company said on Monday.",
            "",
            "News group : NEWS",
            "News code : 71284",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.views, record.study_minutes) == (431, 2)
    assert record.published == "2021-07-06T11:20:00+04:30"


def test_a_tables_head_over_a_row_opening_in_lower_case_stays_apart() -> None:
    rows = (
        "Grant size (million rials) Projects Papers per project Share with a PhD graduate",
        "under 500 1,240 1.3 18%",
        "500 to 1,000 610 2.1 34%",
        "over 2,000 48 5.0 71%",
    )
    page = (
        "<html><body><p>Today : Tuesday Feb 6 2024</p><ul><li>Feb 6 2024 - 10:00</li>"
        "<li>1,318</li><li>Study time : 1 minute(s)</li></ul><h1>Small grants, small "
        "results</h1><p>The foundation's own data, grouped by the size of the grant in the "
        "table below, point in the same direction.</p><table>"
        "<tr><th>Grant size (million rials)</th><th>Projects</th><th>Papers per project</th>"
        "<th>Share with a PhD graduate</th></tr>"
        "<tr><td>under 500</td><td>1,240</td><td>1.3</td><td>18%</td></tr>"
        "<tr><td>500 to 1,000</td><td>610</td><td>2.1</td><td>34%</td></tr>"
        "<tr><td>over 2,000</td><td>48</td><td>5.0</td><td>71%</td></tr></table>"
        "<ul><li>News group : NEWS</li><li>News code : 5127</li></ul>"
        "<p>Copyright © Vice-Presidency for Science and Technology. All rights reserved</p>"
        "</body></html>"
    )
    record = newsparse.parse_html(page)
    assert record.body[1:] == rows


def test_a_paste_whose_longest_lines_but_a_paragraph_are_the_titles_copies_is_no_wrap() -> None:
    title = "INSF funds 38 postdoctoral fellows to spend two years inside Iranian factories"
    lead = (
        "The Iran National Science Foundation has approved 38 industrial postdoctoral "
        "fellowships, each paying a researcher to work on a company's problem for two years."
    )
    second = "Host companies pay a third of the stipend. Steel and food firms took most places."
    capture = "\n".join(
        [
            "Menu",
            "Today : Sunday Aug 21 2022",
            "Most viewed",
            "Call for Iran-Austria joint projects closes in September",
            "Aug 9 2022 - 10:15 1,022",
            "Aug 14 2022 - 16:40 296 Study time : Less than one minute",
            "Industry fellowships",
            title,
            title,
            lead,
            second,
            "• News group : NEWS,Fellowships",
            "• News code : 5521",
            "Copyright © Iran National Science Foundation. All rights reserved",
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.title == title
    assert record.body == (lead, second)


def test_a_pastes_one_sentence_paragraph_among_short_lines_tells_no_wrap() -> None:
    # Headlines and a title's copies near one length look like a narrow wrap; a paragraph
    # of one long sentence three times past it, no blank line round it, was never wrapped.
    title = "Can Iranian labs keep pace with demand for gene tests?"
    lead = (
        "Requests for genetic tests in Iranian clinics grew by nearly 40 percent last year, "
        "and the Biotechnology Development Council says domestic kits now cover most of them."
    )
    steps = "The council named three steps for the coming year:"
    items = ["a shared register of rare variants", "loans for twenty private labs"]
    capture = "\n".join(
        [
            "Today : Thursday Feb 8 2024",
            "Feb 6 2024 - 14:35",
            "1,087",
            title,
            title,
            lead,
            steps,
            *items,
            "Waiting times for a full test are now about six weeks.",
            "News group : NEWS,Resources",
            "News code : 103388",
            "Latest news",
            "Isfahan park hosts first battery materials fair",
            "Feb 7 2024 - 10:10",
            "Medical imaging exports pass 20 million dollars",
            "Feb 4 2024 - 11:30",
            "Copyright © Vice-Presidency for Science and Technology. All rights reserved",
        ]
    )
    record = newsparse.parse_text(capture)
    assert record.title == title
    assert record.body[:2] == (lead, steps)


PERSIAN_BMN_BODY = (
    "بنیاد ملی نخبگان از امسال هزینه سفر دانش‌آموزان شهرهای دور به اردوهای آمادگی "
    "المپیاد را می‌پردازد و این کمک به خانواده‌های آنان نیز می‌رسد.",
    "در پایان این مراسم، از سه معلم که بیشترین شمار دانش‌آموزان برگزیده را از مدارس "
    "روستایی به مرحله نهایی رسانده بودند قدردانی شد.",
)


def test_a_persian_bmn_page_under_a_jalali_capture_line_is_bmns_layout() -> None:
    capture = "\n".join(
        [
            "شنبه 29 دی 1397",
            "",
            "صفحه اصلی > اخبار",
            "حمایت از دانش‌آموزان المپیادی",
            "هزینه سفر المپیادی‌های شهرهای دور را بنیاد می‌پردازد",
            *PERSIAN_BMN_BODY,
            "تاریخ انتشار : 1397/10/26",
            "کد خبر : 5120",
            "تعداد بازدید: ۲۴۳",
            "کلیه حقوق این سایت متعلق به بنیاد ملی نخبگان می‌باشد",
        ]
    )
    record = newsparse.parse_text(capture)
    assert (record.layout, record.body, record.views) == ("bmn", PERSIAN_BMN_BODY, 243)


def test_a_footer_cells_copyright_and_address_stay_two_lines() -> None:
    page = (
        "<html><body><table><tr><td><p>شنبه 29 دی 1397</p><p>حمایت از دانش‌آموزان المپیادی</p>"
        "<h1>هزینه سفر المپیادی‌های شهرهای دور را بنیاد می‌پردازد</h1>"
        + "".join(f"<p>{p}</p>" for p in PERSIAN_BMN_BODY)
        + "<p>تاریخ انتشار : 1397/10/26</p><p>کد خبر : 5120</p><p>تعداد بازدید: ۲۴۳</p></td>"
        "</tr><tr><td colspan='2'><p>کلیه حقوق این سایت متعلق به بنیاد ملی نخبگان می‌باشد</p>"
        "<p>تهران، بزرگراه شهید همت، پلاک ۷</p></td></tr></table></body></html>"
    )
    record = newsparse.parse_html(page)
    assert record.publisher == "بنیاد ملی نخبگان"
    assert record.warnings == ()
