"""The article's region: the chrome far from the article is dropped before lines are read,
and dropping it never changes a record."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from conftest import SAVING_KEYS, captures_of, load_json, page_folders
from newsparse.cli.goldens import golden_path
from newsparse.readers import region
from newsparse.readers.region import article_region
from test_fixtures import OPEN

MENU = [f"  • Menu item {n}" for n in range(120)]
SIDEBAR = [
    line
    for n in range(30)
    for line in (f"  • Sidebar headline number {n} about parks", "    Sep 1 2023 - 10:00")
]
HEADER = [
    "Today : Thursday Oct 17 2024",
    "",
    "  • Sep 15 2023 - 10:00",
    "  • 218",
    "  • Study time : 3 minute(s)",
    "",
    "Kicker of the story:",
    "",
    "The title of the story",
]
BODY = ["", "First paragraph of the story.", "", "Second paragraph of the story.", ""]
FOOTER = [
    "  • News group : NEWS,Parks",
    "  • News code : 93801",
    "",
    "There are 0 comment(s) for this article",
]
COPYRIGHT = ["Copyright © Vice-Presidency for Science and Technology. All rights reserved"]


def region_of(lines: list[str]) -> list[str]:
    return article_region(lines, "\n".join(lines))


def test_menus_and_side_column_far_from_the_article_are_dropped() -> None:
    filler = [f"filler line {n}" for n in range(region.ABOVE)]
    page = [*MENU, *HEADER[:2], *filler, *HEADER[2:], *BODY, *FOOTER, *SIDEBAR, *COPYRIGHT]
    kept = region_of(page)
    # Today and the copyright line are kept wherever they stand, each set apart by a
    # blank line; the menu, the filler beyond the margin and the sidebar are not.
    # Counted up from the study time, the start moves up to the blank line near it.
    start = page.index(HEADER[0]) + 1
    assert page[start] == ""
    assert page.index("  • Study time : 3 minute(s)") - start <= region.ABOVE + region.SNAP
    footer_end = page.index(FOOTER[-1]) + 1 + region.BELOW
    assert kept == [
        "Today : Thursday Oct 17 2024",
        "",
        *page[start:footer_end],
        "",
        *COPYRIGHT,
    ]
    assert "  • Menu item 0" not in kept
    assert "  • Sidebar headline number 29 about parks" not in kept


def test_start_moves_up_to_a_blank_line_near_it() -> None:
    filler = [f"filler line {n}" for n in range(region.ABOVE - 3)]
    page = [*MENU, "", "a", "b", "c", *filler, *HEADER[2:], *BODY, *FOOTER, *COPYRIGHT]
    kept = region_of(page)
    assert kept[0] == ""
    assert kept[1:4] == ["a", "b", "c"]


PAGE = [*MENU, *HEADER, *BODY * 10, *FOOTER, *SIDEBAR, *COPYRIGHT]


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(["+-----+-----+", *PAGE], id="a pandoc grid table"),
        pytest.param(PAGE[: region.MIN_LINES - 1], id="too short to bother"),
    ],
)
def test_nothing_is_dropped_without_plain_evidence(page: list[str]) -> None:
    assert region_of(page) == page


@pytest.mark.parametrize(
    "page",
    [
        pytest.param([*PAGE, "  • Study time : 5 minute(s)"], id="two study times"),
        pytest.param([line for line in PAGE if line not in HEADER[2:]], id="no study time"),
    ],
)
def test_without_one_study_time_the_start_is_kept(page: list[str]) -> None:
    kept = region_of(page)
    assert kept[:5] == page[:5]
    assert "  • Sidebar headline number 29 about parks" not in kept


def test_without_a_closing_label_the_end_is_kept() -> None:
    page = [line for line in PAGE if line not in FOOTER]
    kept = region_of(page)
    assert "  • Menu item 0" not in kept
    assert kept[-len(SIDEBAR) - 1 :] == [*SIDEBAR, *COPYRIGHT]


def test_persian_labels_in_arabic_letter_forms_are_found() -> None:
    menu = [f"  • گزینه {n}" for n in range(150)]
    article = [
        "  • زمان مطالعه : 2 دقیقه",
        "",
        "عنوان خبر",
        "",
        "متن خبر.",
        "",
        # Arabic yeh in the label: the page typed it so.
        "  • گروه خبري : اخبار",
    ]
    page = [*menu, *article, *[f"  • پیوند {n}" for n in range(60)]]
    kept = region_of(page)
    assert kept[-1] == page[page.index(article[-1]) + region.BELOW]
    assert "  • گزینه 0" not in kept
    assert "  • پیوند 59" not in kept


def _big_captures() -> list[Path]:
    found = []
    for folder in page_folders():
        for capture in captures_of(folder):
            if capture.suffix in (".txt", ".md", ".html", ".htm"):
                data = capture.read_bytes()
                if data.count(b"\n") >= region.MIN_LINES or b"<" in data[:200]:
                    found.append(capture)
    return found


@pytest.mark.parametrize("capture", _big_captures(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_dropping_the_chrome_never_makes_a_record_worse(
    capture: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same record with and without the cut, or, where they differ (the chrome misled
    the reader: a wrap width measured on menus), the cut one is the capture's golden (an
    open capture aside)."""
    try:
        cut = newsparse.parse_path(capture).to_dict()
    except newsparse.CaptureError as error:
        cut = {"error": str(error)}
    monkeypatch.setattr(region, "MIN_LINES", 10**9)
    try:
        whole = newsparse.parse_path(capture).to_dict()
    except newsparse.CaptureError as error:
        whole = {"error": str(error)}
    # An open capture's golden is what the page says, which neither record gives yet.
    if cut != whole and f"{capture.parent.name}/{capture.name}" not in OPEN:
        golden = load_json(Path(golden_path(str(capture))))
        assert {k: v for k, v in cut.items() if k not in SAVING_KEYS} == {
            k: v for k, v in golden.items() if k not in SAVING_KEYS
        }


def test_the_old_portals_dashed_capture_date_far_above_the_article_is_kept() -> None:
    menu = [f"  * Menu item {n}" for n in range(120)]
    article = ["Study time : 2 minute(s)", "Title of the news", "A paragraph of the text."]
    footer = ["News group : NEWS", *[f"  * Footer link {n}" for n in range(60)]]
    for date in ("چهارشنبه 27 شهریور 1398-", "Wednesday, September 18, 2019- | Home"):
        raw = [date, *menu, *article, *footer]
        kept = region.article_region(raw, "\n".join(raw))
        assert len(kept) < len(raw)
        assert date in kept
