"""A list an editor typed with dashes and `<br>`s, its items as the text tools print them;
html2text's first cell wrapped, its paragraphs run into one above the first wall; a short
Persian capture w3m wrapped, under a header line far shorter than its width."""

from __future__ import annotations

import newsparse
from conftest import COPYRIGHT

TITLE = "Science foundation names twenty-two new research chairs in basic sciences"
LEAD = (
    "The Iran National Science Foundation has named twenty-two professors as holders of its "
    "new research chairs, each funded for five years."
)
SECOND = (
    "Eleven of the chairs are in physics, chemistry and mathematics, and the rest are in the "
    "medical sciences, with two held at universities outside Tehran."
)
FIELDS = ("renewable energy storage", "water reuse in agriculture", "medical imaging software")


def _html(text: str) -> str:
    """A current-layout page whose article text is `text`."""
    return f"""<html><head><title>{TITLE}</title></head><body>
<ul><li>Feb 14 2024 - 13:05</li><li>1,204</li><li>Study time : 2 minute(s)</li></ul>
<div class="kicker">Research chairs:</div><h1>{TITLE}</h1>
<div class="text">{text}</div>
<ul><li>News group : NEWS,Grants</li><li>News code : 5127</li></ul>
<p>{COPYRIGHT}</p></body></html>"""


def test_a_list_typed_with_dashes_and_brs_is_a_list() -> None:
    typed = "<br>".join(f"- {field}" for field in FIELDS)
    record = newsparse.parse_html(_html(f"<p>{LEAD}</p><p>Eligible fields are:<br>{typed}</p>"))
    assert record.body == (LEAD, "Eligible fields are:", *FIELDS)
    typed = "<br>".join(f"\u2013 {field}" for field in FIELDS)  # (en dashes)
    record = newsparse.parse_html(_html(f"<p>{LEAD}</p><p>Eligible fields are:<br>{typed}</p>"))
    assert record.body == (LEAD, "Eligible fields are:", *FIELDS)
    # One line opening with a dash stays as the editor typed it: an aside, no list.
    aside = "- and only one of them per university"
    record = newsparse.parse_html(_html(f"<p>{LEAD}</p><p>{aside}</p><p>{SECOND}</p>"))
    assert record.body == (LEAD, aside, SECOND)


def _wrapped(text: str, width: int = 78) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def _html2text(*paragraphs: list[str], under_rule: str = "  ") -> str:
    """An html2text capture whose layout table's first cell holds the article, the
    comments in the row's first wall's line, the side column after it."""
    body = [line for paragraph in paragraphs for line in ["", *paragraph]]
    return "\n".join(
        [
            "[Home](/) | [Grants](/Grants) | [Contact us](/Contact)",
            "",
            "  * Feb 14 2024 - 13:05",
            "  * 1,204",
            "  * Study time : Less than one minute",
            "",
            "Research chairs:",
            "",
            f"## {TITLE}",
            *body,
            "",
            "  * News group : NEWS,Grants",
            "  * News code : 5127",
            "",
            "There are 2 comment(s) for this article Reza M.: Congratulations to all. | "
            " **Most viewed** Grant call for young researchers Feb 2 2024 - 08:15 ",
            "---|---  ",
            under_rule,
            "",
            COPYRIGHT,
        ]
    )


def test_a_first_cell_html2text_wrapped_runs_its_paragraphs_together() -> None:
    run_on = f"{LEAD} {SECOND}"
    record = newsparse.parse_text(_html2text(_wrapped(run_on)))
    assert record.body == (run_on,)
    warning = f"body paragraph of {len(run_on.split())} words: paragraphs may have run together"
    assert record.warnings == (warning,)
    # Two paragraphs wrapped and kept apart: html2text kept the cell's paragraphs apart.
    record = newsparse.parse_text(_html2text(_wrapped(LEAD), _wrapped(SECOND)))
    assert (record.body, record.warnings) == ((LEAD, SECOND), ())
    # However many sentences each holds.
    other = f"{SECOND} {LEAD}"
    record = newsparse.parse_text(_html2text(_wrapped(run_on), _wrapped(other)))
    assert (record.body, record.warnings) == ((run_on, other), ())
    # Rows walled as the rule is under it: a table of data, its head over the rule.
    record = newsparse.parse_text(_html2text(_wrapped(run_on), under_rule="2024| 22  "))
    assert (record.body, record.warnings) == ((run_on,), ())


# Two paragraphs as w3m wrapped them at 80 columns: their longest lines far apart in length.
PERSIAN_LEAD = (
    "به گزارش مرکز ارتباطات و اطلاع‌رسانی معاونت علمی و فناوری، مهلت ارسال طرح‌ها",
    "پژوهشی جوانان برای دریافت کمک‌هزینه بنیاد ملی علم ایران که هر سال داوری",
    "می‌شوند، تا پایان بهمن‌ماه تمدید شد.",
)
PERSIAN_LAST = (
    "متقاضیان می‌توانند با مراجعه به سامانه بنیاد، مدارک خود را به‌طور کامل بارگذاری",
    "کنند. نتیجه داوری طرح‌ها در اردیبهشت‌ماه سال آینده به متقاضیان اعلام می‌شود.",
)


def test_a_short_persian_capture_under_a_short_header_line_is_joined() -> None:
    # The header's date line stands over the site's name at the same indent: a line far
    # shorter than the width, its next word fitting beside it, says nothing of a wrap.
    lines = [
        "امروز : سه‌شنبه 19 دی 1402 English",
        "معاونت علمی و فناوری ریاست جمهوری",
        "",
        "  • 1402/10/12 - 09:30",
        "  • 214",
        "",
        "بنیاد ملی علم اعلام کرد:",
        "",
        "مهلت ارسال طرح‌های پژوهشی جوانان تا پایان بهمن تمدید شد",
        "",
        "زمان مطالعه : 1 دقیقه کد خبر : 75102",
        "",
        *PERSIAN_LEAD,
        "",
        *PERSIAN_LAST,
        "",
        "گروه خبری : اخبار,اطلاعیه ها",
        "",
        "کلیه حقوق این سایت متعلق به معاونت علمی و فناوری ریاست جمهوری می‌باشد",
    ]
    record = newsparse.parse_text("\n".join(lines))
    assert record.body == (" ".join(PERSIAN_LEAD), " ".join(PERSIAN_LAST))
    assert record.warnings == ()
