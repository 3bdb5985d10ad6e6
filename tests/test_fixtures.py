"""Every fixture page: each of its captures, whatever tool saved it, gives the page's record."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import newsparse
from conftest import FIXTURES, SAVING_KEYS, captures_of, load_json, page_folders
from newsparse.cli.app import app
from newsparse.cli.goldens import golden_path

CASES = [(folder, capture) for folder in page_folders() for capture in captures_of(folder)]


def _case(folder: Path, capture: Path) -> Any:
    """A fixture case, marked as an expected failure if the capture is still open."""
    reason = OPEN.get(f"{folder.name}/{capture.name}")
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(folder, capture, marks=marks, id=f"{folder.name}/{capture.name}")


HTML_NAMES = (".html", ".htm", ".mhtml", ".mht", ".html.gz")
# Text-named captures that hold nothing but HTML: pandoc's commonmark keeps a table layout's
# every block as raw HTML, so the capture is read as HTML (its head, and so its URL, lost).
HTML_CONTENT = frozenset(
    {
        "blind-converters43-en-old-portal-side-column-first-semicolon-kicker/pandoc-strict.md",
        "blind-converters37-en-current-table-mostviewed-first-long-question-title/pandoc-gfm.md",
        "blind-converters36-en-old-portal-elite-awards-rightcol-first/pandoc-strict.md",
        "blind-converters32-fa-isti-side-column-first-figure-table/pandoc-gfm.md",
        "blind-converters33-en-old-portal-elites-award-table/pandoc-gfm.md",
        "blind-converters31-bmn-en-linked-heading-nested-tables-address-br/pandoc-gfm.md",
        "blind-converters31-en-current-nested-tables-side-column-first/pandoc-gfm.md",
        "blind-converters31-fa-isti-side-column-first-figure-credit-br/pandoc-gfm.md",
        "blind-converters15-en-oldportal-rightcol-first/pandoc-gfm.md",
        "blind-converters27-oldportal-hydrogel-burn-dressing-right-column-first/pandoc-gfm.md",
        "blind-converters29-oldportal-farhang-manuscript-scanner-right-column-first/pandoc-gfm.md",
        "blind-converters22-en-oldportal-sidefirst-drone/pandoc-gfm.md",
        "blind-converters23-en-oldportal-desalination-quote/pandoc-gfm-nowrap.md",
        "blind-converters14-en-oldtable-sidecols/pandoc-gfm.md",
        "blind-converters14-oldportal-rightcol-first/pandoc-gfm.md",
        "blind-persiantools-fa-table-sidecol/pandoc-gfm.md",
        "blind-converters12-fa-oldportal-rightcol/pandoc-gfm-wrapnone.txt",
        "blind-converters8-biodc-menu-notice-period/pandoc-gfm.md",
        "blind-converters8-bmn-fa-sidecol/pandoc-gfm.md",
        "blind-converters8-farhang-oldportal-rightcol/pandoc-gfm.md",
        "blind-converters8-isti-opinion-byline-figures/pandoc-gfm.md",
        "blind-converters8-isti-sidefirst-mostviewed/pandoc-gfm.md",
        "blind-converters2-en-bmn-nested-figures/pandoc-gfm.md",
        "blind-converters2-en-oldportal-rightcol/pandoc-gfm.md",
        "blind-converters2-fa-oldportal-subsite/pandoc-gfm.md",
        "blind-options-oldportal-rightcol-first/pandoc-markdown-strict-nowrap.md",
        "blind-saves-fa-oldportal-cp1256-brbr-right-first/pandoc-commonmark.md",
        "blind-edges-en-oldportal-two-word-title-long-kicker-one-paragraph-3digit-code-dec31-2359-"
        "rightcol-first/pandoc-commonmark.md",
        "blind-converters4-fa-current-table/pandoc-gfm.md",
        "blind-saves-en-table-info-long-kicker-noscript-left-first/pandoc-commonmark.md",
        "blind-sisteren2-biodc-opinion-menu/pandoc-gfm.md",
        "blind-sisteren2-bmn-startup-loans/pandoc-gfm.md",
        "blind-sisteren2-insf-quantum-call/pandoc-gfm.md",
        "blind-sisteren2-nano-exports-longtitle/pandoc-gfm.md",
        "blind-sisteren2-oldportal-rightcol/pandoc-gfm.md",
        "blind-tools3-en-oldportal-perovskite/pandoc-gfm.md",
        "blind-tools3-farhang-oldportal-sciencecafe/pandoc-gfm.md",
        "blind-converters5-bmn-en-opinion-table/pandoc-gfm.md",
        "blind-converters5-en-current-leftbox/pandoc-gfm.md",
        "blind-converters5-fa-current-rightbox/pandoc-gfm.md",
        "blind-converters5-fa-oldportal-farhang/pandoc-gfm.md",
        "blind-converters5-oldportal-en-rightfirst/pandoc-gfm.md",
        "blind-converters10-fa-farhang-oldportal/pandoc-gfm.md",
        "blind-converters25-oldportal-pistachio-drying-right-column-first/pandoc-gfm.md",
    }
)


def merge_paragraphs(first: int) -> Callable[[dict[str, Any]], None]:
    """The record with body paragraph `first` and the one after it as one paragraph."""

    def merge(record: dict[str, Any]) -> None:
        body = record["body"]
        body[first : first + 2] = [f"{body[first]} {body[first + 1]}"]

    return merge


def one_paragraph(record: dict[str, Any]) -> None:
    """The record with its whole body as one paragraph."""
    record["body"] = [" ".join(record["body"])]


def without_mark(mark: str) -> Callable[[dict[str, Any]], None]:
    """The record with an invisible mark dropped from its body."""

    def drop(record: dict[str, Any]) -> None:
        record["body"] = [paragraph.replace(mark, "") for paragraph in record["body"]]

    return drop


def both(*losses: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    """The record with several losses applied in turn."""

    def apply(record: dict[str, Any]) -> None:
        for loss in losses:
            loss(record)

    return apply


def with_warning(warning: str, *, first: bool = True) -> Callable[[dict[str, Any]], None]:
    """The record with one more warning: about the capture itself ahead of the others,
    about a field after those of the fields read before it."""

    def warn(record: dict[str, Any]) -> None:
        others = record["warnings"]
        record["warnings"] = [warning, *others] if first else [*others, warning]

    return warn


def run_together(*runs: tuple[int, ...]) -> Callable[[dict[str, Any]], None]:
    """The record with each run of body paragraphs (indexes into the page's body) as one."""

    def join(record: dict[str, Any]) -> None:
        body = record["body"]
        merged = {run[0]: " ".join(body[i] for i in run) for run in runs}
        dropped = {i for run in runs for i in run[1:]}
        record["body"] = [merged.get(i, p) for i, p in enumerate(body) if i not in dropped]

    return join


SINGLE_PRINT = "title uncertain: found neither in a copy on the page nor in the HTML head"
ARABIC_INDIC = (
    "blind-labels-fa-isti-arabic-indic-digits-labels-top-related-before-footer-side-after"
)
SINGLE_PRINTS = ("inscriptis.txt", "paste.txt", "paste-bullets.txt")

# Text dumps that cannot say what the page says, and what they give instead.
KNOWN_LOSSES: dict[str, Callable[[dict[str, Any]], None]] = {
    # pandoc writes `<br><br>` as one newline inside a hard-wrapped block; this paragraph
    # ends where the next word would not have fitted, so nothing tells the break from a wrap.
    "old-portal/pandoc.txt": merge_paragraphs(3),
    # lynx drops every RLM (U+200F) from what it dumps, here the one after `(Spirulina)`.
    "fa-arabic-letters/lynx.txt": without_mark("\u200f"),
    "fa-arabic-letters/lynx-nolist.txt": without_mark("\u200f"),
    # html2text runs the paragraphs of a table cell together on one line, with nothing
    # between them but the space after a full stop.
    "old-portal-table/html2text.md": one_paragraph,
    # lynx writes `<br><br>` as one newline; the paragraph before `214` ends on a full line
    # (`214` would not have fitted), so nothing tells the break from a wrap.
    "old-portal-base-href/lynx.txt": merge_paragraphs(1),
    "old-portal-base-href/lynx-nolist.txt": merge_paragraphs(1),
    # pandoc, as in old-portal: the lead ends where the next word would not have fitted.
    "old-portal-base-href/pandoc.txt": merge_paragraphs(0),
    # elinks writes the page's BOM as six bytes that are no UTF-8.
    "en-font-tables-bom-crlf/elinks.txt": with_warning("invalid UTF-8 bytes replaced with U+FFFD"),
    # inscriptis and pandoc leave out the image's alt text, the title's second copy: the title
    # then rests on its place alone, which the record says.
    "grid-1-v015/inscriptis.txt": with_warning(SINGLE_PRINT),
    # html2text runs the paragraphs of a table cell together, as in old-portal-table.
    "blind-en-table-sidecolumn/html2text.md": one_paragraph,
    "blind-late-en-old-portal-two-related/html2text.md": one_paragraph,
    "blind-late-fa-isti-nested-tables-sidefirst/html2text.md": one_paragraph,
    # The same: the lead, the paragraph after it and the line introducing a list, run together,
    # in the table's first row, which the record says.
    **dict.fromkeys(
        (
            "blind-edges-en-million-views-dst-last-minute-ten-categories-lead-starts-with-date-"
            f"latest-first/{capture}"
            for capture in ("html2text.md", "html2text-100.md")
        ),
        both(
            merge_paragraphs(0),
            merge_paragraphs(0),
            with_warning("body paragraph of 64 words: paragraphs may have run together"),
        ),
    ),
    # The page declares no charset at all: the record says which one it was read in.
    "blind-real-fa-old-portal-1256-nodecl/page.html": with_warning(
        "not UTF-8; decoded as cp1256 (detected)"
    ),
    # elinks writes the page's BOM as bytes that are no UTF-8, as in en-font-tables-bom-crlf.
    "blind-real-en-bmn-bom-sidebar-after/elinks.txt": with_warning(
        "invalid UTF-8 bytes replaced with U+FFFD"
    ),
    # The title is printed once, and a text dump has no head to confirm it: the record
    # says its title rests on its place alone.
    **dict.fromkeys(
        (
            f"blind-shapes-bmn-en-mostviewed-leftfloat-first/{capture}"
            for capture in (
                "w3m.txt",
                "lynx.txt",
                "lynx-nolist.txt",
                "links.txt",
                "elinks.txt",
                "html2text.md",
                "pandoc.txt",
                "inscriptis.txt",
                "paste.txt",
            )
        ),
        with_warning(SINGLE_PRINT),
    ),
    # The same: the title printed once under a bare kicker, which the head alone confirms.
    **dict.fromkeys(
        (
            f"blind-widths-en-bmn-video-transcript/{capture}"
            for capture in (
                "w3m.txt",
                "w3m-60.txt",
                "lynx.txt",
                "lynx-160.txt",
                "lynx-nolist.txt",
                "links.txt",
                "links-50.txt",
                "elinks.txt",
                "html2text.md",
                "pandoc.txt",
                "inscriptis.txt",
                "paste.txt",
            )
        ),
        with_warning(SINGLE_PRINT),
    ),
    # lynx writes `<br><br>` as one newline, and the lead ends on a full line; pandoc
    # writes it as one line break inside a grid table's cell.
    "blind-saves-fa-oldportal-cp1256-brbr-right-first/lynx.txt": merge_paragraphs(0),
    "blind-saves-fa-oldportal-cp1256-brbr-right-first/lynx-nolist.txt": merge_paragraphs(0),
    "blind-saves-fa-oldportal-cp1256-brbr-right-first/pandoc-nowrap.txt": merge_paragraphs(1),
    # elinks's broken bytes said.
    f"{ARABIC_INDIC}/elinks.txt": with_warning("invalid UTF-8 bytes replaced with U+FFFD"),
    # A paste saved in windows-1256 says what it was decoded as.
    "blind-saves-fa-oldportal-cp1256-brbr-right-first/paste-1256.txt": with_warning(
        "not UTF-8; decoded as cp1256 (detected)"
    ),
    # elinks writes each ZWNJ as bytes that are no UTF-8, and the record says so.
    "blind-saves-fa-current-bom-persian-digits-jalali-kicker-again-side-after/elinks.txt": (
        with_warning("invalid UTF-8 bytes replaced with U+FFFD")
    ),
    # A paste and inscriptis print this title once: its copies are an image's alt text.
    "blind-formats-bmn-en-related-box-before-labels-period-title/paste.txt": with_warning(
        SINGLE_PRINT
    ),
    "blind-formats-bmn-en-related-box-before-labels-period-title/inscriptis.txt": with_warning(
        SINGLE_PRINT
    ),
    # elinks writes bytes that are no UTF-8 for a character of this page's chrome.
    "blind-real-fa-current-persian-digits-table/elinks.txt": with_warning(
        "invalid UTF-8 bytes replaced with U+FFFD"
    ),
    "blind-real-en-biodc-warts-brlines/inscriptis.txt": with_warning(SINGLE_PRINT, first=False),
    "blind-real-en-biodc-warts-brlines/paste.txt": with_warning(SINGLE_PRINT, first=False),
    "grid-1-v015/pandoc.txt": with_warning(SINGLE_PRINT),
    # pandoc lays the nested table out as a grid of fixed-width cells: the rows of a cell run
    # together with nothing between them, so the paragraphs of each cell become one (the words
    # it cut at the cell's edge, `n` / `ine`, are whole again: its cut lines reach the wall),
    # but for a subheading, a few words under a sentence's end with room left after them.
    "en-font-tables-bom-crlf/pandoc.txt": run_together((3, 4), (6, 7), (9, 10)),
    # A paste and inscriptis print this title once: its copy is an image's alt text.
    **{f"blind-everyday4-bmn-en/{name}": with_warning(SINGLE_PRINT) for name in SINGLE_PRINTS},
}


# Captures of new pages the parser does not yet read right, and why. Each is an
# expected failure (strict: one that starts to pass fails the suite until it is taken off).
OPEN_WHY: dict[str, str] = {
    "blind-english2-en-current-topstories-first-menu-period-title": (
        "a paste leaves the article's list bare right above a box of dated headlines, so "
        "nothing shows the box stands inside the article; links prints the side column "
        "beside the lead; html2text runs the share bar into the lead"
    ),
    "blind-english2-oldportal-en-rightcol-first-access-deny": (
        "html2text runs the table's cells together"
    ),
    "blind-persian2-fa-biodc-menu-long-title": (
        "elinks writes invalid UTF-8 for the right-to-left marks around the date bullet, and "
        "the date is lost with them"
    ),
    "blind-persian2-fa-farhang-side-first-opinion": (
        "w3m and links print the side column beside the body's list; elinks mangles the "
        "right-to-left marks; html2text runs the table cell together"
    ),
    "blind-persian2-fa-isti-code-top-no-date": (
        "elinks writes invalid UTF-8 for a right-to-left mark inside a body paragraph"
    ),
    "blind-persian2-fa-oldportal-right-column": (
        "the right column (lists, a visit counter) printed beside the article: links and "
        "elinks set its lines among the body's; lynx wraps the title at its edge inside a "
        "word; html2text runs the cells together"
    ),
    "blind-bodylike-bmn-en-app-tabs-menu-words-code-visit-count-publish-date-"
    "copyright-sentence-related-after": (
        "a table layout whose left menu cell links and elinks print beside the title, cutting "
        "it in two, and inscriptis above the kicker; html2text runs the cells together"
    ),
    "blind-bodylike-en-timeline-field-list-report-links-see-also-copyright-code-"
    "sentences-latest-first": (
        "html2text runs the article's table cell together; w3m sets two of the cell's "
        "paragraphs with no blank line, the first ending at the cell's edge"
    ),
    "blind-bodylike-fa-messenger-bot-jalali-timeline-field-list-notice-share-see-also-side-first": (
        "elinks writes invalid UTF-8 for a letter of the text (`لطف` + tanween); html2text "
        "runs the article's cell together"
    ),
    "blind-bodylike-oldportal-en-poll-print-send-to-friend-home-ddmmyyyy-timeline-rightcol-first": (
        "html2text runs the article's table cell together"
    ),
    "blind-breaks-en-current-app-telegram-mostviewed-tags-cookie-backtotop": (
        "html2text runs the article's table cell together"
    ),
    "blind-breaks-oldportal-en-ad-sourcebox-poll-related-rating": (
        "html2text runs the article's table cell together"
    ),
    "blind-rich-bmn-en-gallery-readmore-post-video-correction": (
        "captions that open with typed numbers (`1. The winners on stage`) are printed by "
        "inscriptis as an ordered list's items are: the numbers are taken for its markers"
    ),
    "blind-rich-en-oldportal-ol-nested-post-attachment-note-rightcol-first": (
        "html2text runs the article's table cell together"
    ),
    "blind-rich-en-short-audio-attachment-correction-latest-first": (
        "html2text runs the article's table cell together"
    ),
    "blind-alike-fa-sidecolumn-nodate": (
        "the article shows no date, and each item of the side column printed first carries a "
        "date, a view count and a study time as an article's block does: the first item's date "
        "and count are taken, with `published date uncertain`"
    ),
    "blind-full-en-table-interview-sidefirst": (
        "html2text runs the article's table cell together and ends inside the footer"
    ),
    "blind-full-oldportal-rightcol-first": (
        "elinks prints the right column beside the article, and the body's wrapped lines come "
        "apart; html2text runs the kicker into the breadcrumb's row; inscriptis prints the "
        "right column beside the article"
    ),
    "blind-rows-bmn-table-menu-left": (
        "the menu's cell prints its links run together over a few lines (`Home About the "
        "Foundation` / `News Programs Awards Links` / `Contact Us`), beside or above the kicker "
        "and the title printed once"
    ),
    "blind-rows-en-table-side-first": (
        "elinks prints the side column beside the kicker and title; html2text runs the "
        "article's cell together; pandoc's grid cuts the study time and a category"
    ),
    "blind-rows-en-table-side-last": ("html2text runs the article's cell together"),
    "blind-rows-fa-table-side-first": (
        "the footer row's links run into the copyright line (lynx); pandoc's grid gives "
        "the side column's date; html2text runs the cell together"
    ),
    "blind-rows-old-portal-rtl-right-first": (
        "a right-to-left table: elinks prints the copyright cell first in the footer row, its "
        "words cut apart around the links' cell; inscriptis prints the right column beside the "
        "article; html2text runs the kicker into the title"
    ),
    "blind-cells-bmn-related-last": (
        "html2text runs the article's table cell together with the related list's cell"
    ),
    "blind-cells-fa-side-first": (
        "the footer's row (links and the copyright line) printed side by side with no gap "
        "(elinks, links, w3m); the Persian side column's Jalali dates beside the article's "
        "lines (w3m); html2text runs the kicker into the side column's cell"
    ),
    "blind-cells-info-table-side-first": (
        "the info block's one-row table of three cells: html2text runs it onto the side "
        "column's last line; pandoc's grid cuts the view count"
    ),
    "blind-cells-old-portal-right-col-first": (
        "html2text runs the article's cell together; links prints the footer's row with its "
        "cells one space apart; lynx at 60 columns runs the kicker into the title's copies; "
        "pandoc's grid cuts the copyright line at its cell's wall"
    ),
    "blind-cells-three-col-most-viewed": (
        "three columns side by side: links and elinks print the menu, the article and the "
        "most-viewed box on one line; html2text runs the comment into the article's cell"
    ),
    "blind-tables-bmn-en-menu-td-left-breadcrumb": (
        "html2text runs the article's table cell together: kicker, title and paragraphs in one"
    ),
    "blind-tables-en-current-mostviewed-td-first-info-table": (
        "pandoc's grid cell breaks the news group's item with a blank line inside a category's name"
    ),
    "blind-markup-bmn-en-nested-spans-copyright-sentence": (
        "html2text writes the body's `©` as `(C)`"
    ),
    "blind-markup-en-current-infographic-mso-entities-shy-template": (
        "html2text writes the title's `’` as `'`, and inscriptis turns a `<wbr>` inside a word "
        "into a space"
    ),
    "blind-markup-en-current-uppercase-br-font-interview-table-info-sidefirst": (
        "a table layout with its side column first and the info block a one-row table of its "
        "own: links and elinks print the row's cells one space apart beside the side column, so "
        "the article's date is not found and a headline's is taken; pandoc loses the news group "
        "in a grid cell; html2text runs the cells together"
    ),
    "blind-markup-en-oldportal-divsoup-rightcol-first-object": (
        "html2text writes the body's curly quotes as straight ones"
    ),
    "blind-markup-fa-current-mso-paste-ncr-template-iframe-labels-top": (
        "lynx drops every ZWNJ the page wrote as `&zwnj;` (the words run together), elinks "
        "writes them as bytes that are no UTF-8, and html2text splits a word of a subheading "
        "the page wrote as character references"
    ),
    "blind-surprise-bmn-en-no-kicker-colon-quote-title-numbered-winners-share-bar": (
        "a bmn title ending in a quote, with no kicker, above a one-sentence lead: a text "
        "capture has no head to tell it from a kicker ending in a quote above a long title "
        "ending in a full stop, and takes the lead for the title, which the record doubts "
        "(`title uncertain`)"
    ),
    "blind-surprise-en-oldportal-leftcol-first-footerlike-listing": (
        "html2text runs the old-portal table cell's paragraphs together"
    ),
    "blind-narrow-en-interview-narrow": (
        "lynx at 50 columns cuts a product's hyphenated name, longer than a line, at the edge: "
        "the two pieces are read as two words"
    ),
    "blind-variants-fa-notice-sidebar-labels-below": (
        "the page shows no date of its own: lynx, elinks and pandoc's markdown print the side "
        "column's dated headlines so that one of them is taken, which the record says "
        "(`published date uncertain`)"
    ),
    "blind-pastes-en-oldportal-copyright-law-rightcol-first": (
        "an old-portal table with its right column first, its headlines dated in the article "
        "footer line's own shape: links, elinks and pandoc print the column beside the article, "
        "and w3m wraps the footer line inside its date"
    ),
    "blind-pastes-en-opinion-byline-latest-first-with-counts": (
        "elinks prints the side column's headlines one space short of the article's column, so "
        "the columns are not found; html2text runs the table cell's paragraphs together and "
        "keeps the author's note in italic marks"
    ),
    "blind-pastes-fa-sidecol-first-jalali-references-list": (
        "a Persian table layout with its side column first: lynx takes the sources' numbers for "
        "a list's markers, pandoc and html2text lose the kicker above the title (html2text also "
        "runs the paragraphs together), and elinks writes the marks around numbers as bytes "
        "that are no UTF-8"
    ),
    "blind-persian-fa-gallery-arabic-indic-digits-related-after": (
        "elinks writes the RLM and LRM marks around the info block's date and count as bytes "
        "that are no UTF-8: the date and the count are lost, which the record says"
    ),
    "blind-persian-fa-interview-title-above-menu-digits-top-code": (
        "elinks writes the RLM and LRM marks as bytes that are no UTF-8 (the info block is "
        "lost, which the record says); w3m at 100 columns breaks a line a word early (its count "
        "of a ZWNJ's width is not that of the other lines), so two paragraphs stay apart"
    ),
    "blind-persian-fa-oldportal-subsite-rightcol-first-arabic-yeh-capture-guillemet-title": (
        "html2text runs an old-portal table's cells together: the capture date, breadcrumb, "
        "kicker and title in one paragraph"
    ),
    "blind-persian-fa-title-below-mostviewed-first-period-title-references-list": (
        "elinks writes the RLM marks around the info block's date as bytes that are no UTF-8: "
        "the date is lost, which the record says"
    ),
    "blind-encodings-en-current-mostviewed-first-interview-curly-persian-category": (
        "html2text runs a table cell's paragraphs together and drops the comment count; "
        "inscriptis prints the most-viewed column beside three lines of the interview only, too "
        "few to find the columns by"
    ),
    "blind-encodings-en-oldportal-rightcol-first-references-latin1-declared": (
        "an old-portal table with its right column first: elinks prints the column beside "
        "the kicker and title; inscriptis prints the references' typed numbers (`1. Karimi`) "
        "as an ordered list's markers; html2text runs the cells together"
    ),
    "blind-encodings-fa-current-labels-top-side-after-persian-digits-lying-cp1256": (
        "windows-1256 holds no Persian yeh nor Persian digits: iconv wrote each as `?`, inside "
        "the labels too (`دق?قه`)"
    ),
    "blind-encodings-fa-oldportal-subsite-arabic-yeh-infographic-rightcol-first-dst-end": (
        "an old-portal table with its right column first: w3m and links print the column beside "
        "the article, html2text runs the cells together"
    ),
    "blind-prints-en-oldportal-table-blockquote-prev-next-rightcol-first": (
        "html2text runs the layout table's cells together; pandoc wraps the body's table of "
        "figures inside the grid cell it is nested in (its heading row cut in two)"
    ),
    "blind-reader-fa-inline-script-json-byline-kicker-again-sidebar-after": (
        "a reader view prints the title once: the record is right but doubts the title "
        "between it and the kicker printed again"
    ),
    "blind-views-fa-inline-script-json-byline-kicker-again-sidebar-after": (
        "html2text runs the table cell's kicker, byline and lead together; pandoc cuts a word "
        "of the title at a grid cell's wall"
    ),
    "blind-saves-en-table-info-long-kicker-noscript-left-first": (
        "a table layout with its side column first and the info block a table of its own: "
        "html2text runs the cells together, pandoc cuts the view count at a cell's wall, "
        "elinks loses the capture date beside the banner, w3m at 40 columns prints the "
        "columns side by side too narrow to find, and commonmark keeps the page's tables as "
        "HTML"
    ),
    "blind-saves-fa-oldportal-cp1256-brbr-right-first": (
        "an old-portal table with its right column first: elinks prints the column beside "
        "the kicker and title, html2text runs the breadcrumb and toolbar into the kicker"
    ),
    "blind-real-en-opinion-table-nocharset": (
        "html2text runs the article and its footer labels together"
    ),
    "blind-real-fa-current-persian-digits-table": (
        "html2text runs the image, its caption, the lead and the paragraphs after it into one "
        "paragraph"
    ),
    "blind-saved-fa-table-calendar-first-long-kicker": (
        "a table layout with a calendar beside the article: its long kicker and title share "
        "rows with the calendar's grid (links, elinks, w3m at 60 columns), html2text runs the "
        "body's paragraphs together"
    ),
    "blind-tools-en-oldportal-leftcol-first-cut-breadcrumb-qr": (
        "a table layout whose left column comes first: links and elinks print it beside the "
        "breadcrumb and kicker, and the columns are not found; html2text runs the table's "
        "cells together (the paragraphs, and a QR code's alt text into the kicker); w3m at 200 "
        "columns leaves the wrap of the article's column untold"
    ),
    "blind-tools-fa-oldportal-subsite-question-title-persian-digit-footer": (
        "a Persian table layout: elinks writes each ZWNJ as bytes that are no UTF-8, html2text "
        "runs the table's cells together (the paragraphs; unwrapped, the whole header too), "
        "and w3m at 200 columns leaves the wrap of the article's column untold"
    ),
    "blind-tools-fa-side-first-jalali-date-english-quotes": (
        "elinks at 120 columns writes each ZWNJ as bytes that are no UTF-8"
    ),
    "blind-last-fa-guillemet-kicker-sidefirst": (
        "a Persian table layout with its side column first: text browsers print it beside the "
        "kicker and title (the columns not found where the kicker is long), and html2text runs "
        "the cells together"
    ),
    "blind-last-oldportal-rightcol-first": (
        "an old portal table with its right column first: elinks prints it beside the "
        "breadcrumb, kicker and title, and html2text runs the cells together"
    ),
    "blind-media-en-gallery8-captions-related-between-mostviewed-first": (
        "links and elinks print two figures' captions on one line with a space between them: "
        "nothing in the text tells where one caption ends"
    ),
    "blind-media-fa-current-cp1256-ncr-persian-digits-question-title-labels-top-sidebar-first": (
        "html2text writes a Persian yeh the page gave as a character reference apart from its "
        "word inside bold text (`بازارها ی`)"
    ),
    "blind-media-fa-oldportal-subsite-arabic-yeh-capture-table-rightcol-first-stats-box": (
        "html2text runs an old-portal table's cells together: the capture date, breadcrumb, "
        "kicker and title in one paragraph"
    ),
    "blind-partial-en-oldportal-rightcol-first-latest-dates": (
        "an old portal cut before its footer line shows no date of its own: the record takes a "
        "headline list's and says `info block uncertain`; html2text runs the side column's "
        "headlines into the breadcrumb and title"
    ),
    "blind-genres-en-current-forum-event-qa-mostviewed-first": (
        "html2text runs the title's copies and every paragraph into one line; the record says"
        " its paragraph ran together, but nothing tells where the paragraphs part"
    ),
    "blind-genres-fa-oldportal-press-release-rightcol-first": (
        "html2text runs the old portal's article cell into one line, the footer line inside "
        "it: the paragraphs and the time of the date are lost"
    ),
    "blind-persian3-bmn-names-list-persian-digits-links-first": (
        "the paste's last lines (a visit counter, the copyright line, the address) are taken "
        "for one wrapped paragraph, and the title, printed once under a login box and a "
        "comment form's words, is lost to a toolbar line"
    ),
    "blind-persian3-farhang-announcement-meeting-date-side-first-jalali-capture": (
        "html2text runs the table's cells and the toolbar into the lead, and links and "
        "inscriptis print the side column between the title and its copy in a shape not read "
        "as one (the body is said to be missing)"
    ),
    "blind-persian3-oldportal-isti-interview-question-title-rightcol-first": (
        "html2text runs the old portal's table cells into long lines: the capture date inside"
        " the visit counter's row, the body inside the title's"
    ),
    "blind-genres2-fa-isti-interview-sidecol": (
        "elinks writes the tanvin of `دقیقاً` as bytes that are no UTF-8 (the record says so)"
    ),
    "blind-everyday3-en-isti-table-mostread-menu": (
        "html2text runs the table's article cell together: paragraphs, the share bar and the "
        "comment count's line"
    ),
    "blind-everyday3-fa-insf-oldportal-right-column": (
        "html2text runs the old portal's table cells together, the footer line among them"
    ),
    "blind-oddchrome-fa-oldportal-rightcol-first-listings": (
        "the text browsers wrap a narrow box's headlines inside their dates or run its items "
        "onto one line: the box between paragraphs stays body, and links and elinks lose the "
        "kicker to the side column"
    ),
    "blind-sister-en-insf-sidecol-first-boxes": (
        "the paste leaves a box's items unbulleted, one of them naming its date after a colon "
        "as the article's own dated lines do: the box between paragraphs stays body"
    ),
    "blind-sister-fa-water-oldportal-rightcol-first": (
        "the text browsers print the related box's table between paragraphs as one line or "
        "run its items together: the box stays body"
    ),
    "blind-tables2-bmn-en-leftcol-first": (
        "the text browsers print the left column beside bmn's kicker and title, and "
        "inscriptis beside the whole article: the title is taken from the column's lines or "
        "the lead, which the record says (`title uncertain`), and html2text runs the cells "
        "together"
    ),
    "blind-tables2-en-subsite-current-twocols-after": (
        "elinks prints the two side columns beside the body's list, and html2text runs the "
        "cells together"
    ),
    "blind-tables2-fa-current-isti-sidecol-last": (
        "the text browsers print the narrow side column beside the kicker and the title, "
        "which they lose or run on with the share bar; html2text runs the cells together"
    ),
    "blind-tables2-oldportal-en-leftcol-twocols": (
        "links and w3m print two side columns beside the article, w3m draws the related "
        "table's borders, pandoc cuts its words: the related box stays body, or the article "
        "is lost to the left column (the record says so)"
    ),
    "blind-tables2-oldportal-fa-rightcol-first": (
        "the paste leaves the related box's headlines unbulleted under a known heading, and "
        "html2text and inscriptis run the old portal's cells together"
    ),
    "blind-persian4-isti-fa-table": (
        "html2text runs the article's cell together, the title's copy an in-body picture's "
        "alt text inside the run"
    ),
    "blind-tools2-en-oldportal-table": (
        "inscriptis prints the side column's dated headlines beside the article and pandoc's "
        "reStructuredText nests grid tables with directives inside their cells: a headline's "
        "date is taken"
    ),
    "blind-tools2-fa-oldportal-biodc": (
        "Debian's html2text lays the right-to-left table's columns out by bytes, inscriptis "
        "prints the side column beside the article and pandoc's reStructuredText nests grid "
        "tables: the article's block is not found"
    ),
    "blind-bigpages-en-oldportal-2018": (
        "the text browsers and inscriptis print the side column of dated headlines beside the"
        " article, html2text runs the article's cell together, and w3m sets the footer's four"
        " columns of links over the copyright line, cutting it in two"
    ),
    "blind-tools3-en-oldportal-perovskite": (
        "html2text runs the article's cell together; markdownify writes the layout row and "
        "the table of figures inside it on one line; pandoc's grid cuts the figures' words at"
        " the cell's wall; pandoc's markdown and AsciiDoc lose the footer's copyright or the "
        "whole body"
    ),
    "blind-tools3-fa-current-seed": (
        "inscriptis runs a picture's caption on after the last item of a list with no break between"
    ),
    "blind-tools3-farhang-oldportal-sciencecafe": (
        "lynx at 50 columns breaks a quote's sentence where a paragraph could end; pandoc's "
        "markdown loses the footer's copyright and its AsciiDoc the whole body"
    ),
    "blind-persiantools-fa-bmn-awards": (
        "Debian's html2text and pandoc's reStructuredText part the body's paragraphs where "
        "the page does not (a bold subheading inside a paragraph)"
    ),
    "blind-persiantools-fa-centre-kazakh": (
        "BeautifulSoup's text and pandoc's AsciiDoc break a Persian paragraph at a link mid-"
        "sentence, where no case tells a sentence going on"
    ),
    "blind-persiantools-fa-oldportal-biotech": (
        "BeautifulSoup's text splits the old portal's footer line into five lines, and "
        "pandoc's AsciiDoc nests the layout's tables: the footer is not read"
    ),
    "blind-persiantools-fa-table-sidecol": (
        "the table layout's captures: html2text runs the cells together, lynx at 50 columns, "
        "pandoc's grid, reStructuredText and AsciiDoc and Debian's html2text cut or lose the "
        "head's lines"
    ),
    "blind-persian5-bmn-call": (
        "pandoc breaks a Persian paragraph where a line of the list ends short, and nothing "
        "tells the break from a wrap"
    ),
    "blind-persian5-farhang-grant": (
        "elinks writes a letter and its mark as six bytes that are no UTF-8 beside the side "
        "column printed next to the article, pushing the columns out of line"
    ),
    "blind-persian5-isti-agreement": (
        "elinks writes a letter and its mark as six bytes that are no UTF-8, which a wrapped "
        "paragraph's line then runs past its width with"
    ),
    "blind-persian5-isti-exhibition": (
        "with no kicker the short title stands right above the full one, which it is cut from"
        " by a whole word: the short one is taken"
    ),
    "blind-versions-print-en-biodc": (
        "the print view shows its date alone, with no count or study time beside it, and the "
        "title once: the kicker is not told from the text above it"
    ),
    "blind-browsers-en-oldportal-infotable": (
        "the text browsers print the side column beside the article and the info block's own "
        "table of three cells: elinks knocks the footer cells out of line, w3m runs a side "
        "headline into a paragraph"
    ),
    "blind-browsers-en-two-sidecols": (
        "two side columns printed beside the article: the columns are not told apart where a cell "
        "of the info block or the kicker wraps, and html2text runs the byline and the kicker "
        "printed again into the lead"
    ),
    "blind-browsers-fa-oldportal-sidefirst": (
        "the title alone in a centered cell and the side column printed beside the article: "
        "elinks, inscriptis and pandoc's simple table keep side lines in the body"
    ),
    "blind-browsers-fa-sidecol-last": (
        "the side column printed beside the Persian article: a box heading one space after a body "
        "line, and the copyright cell wrapped beside the last-update cell, are not read apart"
    ),
    "blind-damaged-fa-current-airsensors": (
        "html2text cut after the title's caption: too few lines are left to tell the caption's "
        "wrap, and its second half is taken for the title"
    ),
    "blind-flattened-en-current-sidefirst": (
        "a table of figures with two-line head cells inside the article column printed beside the "
        "side column: its rows are not read whole"
    ),
    "blind-flattened-en-oldportal-sidelast": (
        "html2text runs the print bar into the kicker with no space (`Send to FriendSmart "
        "roads;`) and the paragraphs together with none; links and elinks print the side column "
        "beside the article"
    ),
    "blind-flattened-fa-current-sidefirst": (
        "a table of figures inside the article printed by inscriptis and pandoc cell by cell; a "
        "paste where the short title, the date and the count stand as a side box's item"
    ),
    "blind-options-biodc-table-longtitle": (
        "links and elinks set the lead and the next paragraph on adjacent lines of full width; "
        "pandoc's markdown and plain grids cut the long title inside words"
    ),
    "blind-pastes2-isti-en-opinion-table": (
        "html2text runs the kicker printed again and the title into the lead; links and elinks "
        "print the side column beside the opinion's long title and byline with no gap wide "
        "enough to part the columns"
    ),
    "blind-persian7-bmn-fa": (
        "ELinks breaks a tanwin into six invalid bytes, which knock its line out of the wrap "
        "width: the paragraph is cut in two"
    ),
    "blind-sisterfa-farhang-oldportal-film": (
        "the old portal's right column printed beside the article and the title alone in its "
        "cell: elinks and links lose the kicker; html2text runs the breadcrumb, print bar and "
        "kicker together and loses the footer line"
    ),
    "blind-week2-farhang-oldportal-festival": (
        "html2text runs the Persian old portal's cell together and breaks its last paragraph "
        "where a link wrapped"
    ),
    "blind-inline2-fa-oldportal-manuscripts": (
        "html2text runs the old portal's cell together: the kicker, the title, the lead and the "
        "picture's credit on one line, the footer line lost"
    ),
    "blind-inline2-oldportal-en-drone": (
        "html2text runs the old portal's cell together: the credited caption and the pull quote "
        "inside the run-on paragraphs"
    ),
    "blind-browsers3-en-oldportal-sidefirst": (
        "the old portal's side column printed first beside the article with its dates in the "
        "footer's shape: elinks, links and pandoc split the footer's cells over lines and take a "
        "side item's date (the record says the info block is uncertain)"
    ),
    "blind-browsers3-en-two-sides-footrow": (
        "two side columns beside the article and the footer's labels as cells of one bordered "
        "row: links and elinks spread each cell over lines, lynx runs the cells together, pandoc "
        "cuts words, html2text flattens the article's cell"
    ),
    "blind-browsers3-fa-oldportal-sidelast": (
        "a Persian old portal's links box printed beside the body: elinks at 120 columns runs "
        "two of its items into one line, w3m breaks the paragraphs beside it; html2text and "
        "inscriptis run the cells together"
    ),
    "blind-browsers4-bmn-poll-footer3": (
        "bmn's side column (a poll, a newsletter box) printed beside the article and a footer row"
        " of three cells: the text browsers and pandoc mix the rights line with the other cells; "
        "html2text runs the body and labels together"
    ),
    "blind-browsers4-en-oldportal-leftcol": (
        "a table of figures in the body: pandoc cuts the years in two"
    ),
    "blind-browsers4-fa-wide-sidelast": (
        "a wide side column last: the tools run the tags under the news group into its last name;"
        " elinks breaks a tanwin"
    ),
    "blind-converters2-en-bmn-nested-figures": (
        "three nested tables: markdownify loses the capture date and kicker to its table row, "
        "pandoc's grid keeps the copyright's name beside the links cell"
    ),
    "blind-converters2-en-oldportal-rightcol": (
        "the old portal's right column first with dates in the footer's shape: the text browsers "
        "split the footer's cells over lines and take a side item's date (the record says the "
        "info block is uncertain); pandoc's grid loses the footer line; inscriptis keeps a side "
        "line in the body"
    ),
    "blind-converters2-fa-oldportal-subsite": (
        "pandoc's markdown keeps the Persian old portal's tables as grids: the footer line and "
        "the title are lost (the record says so)"
    ),
    "blind-converters2-fa-sidecol-last-jalali": (
        "an opinion piece in a table with its side column last: markdownify and pandoc run the "
        "kicker into the title; elinks breaks a tanwin; w3m keeps a side headline in the body"
    ),
    "blind-converters3-en-opinion-side-last": (
        "html2text adds a space before a comma after emphasis, and runs a paragraph into the next"
    ),
    "blind-everyday9-bmn-loanfund": (
        "a paste of bmn's page with the logo's alt text, the menu and a search box above a bare "
        "kicker: the kicker is lost (the record says the title is uncertain)"
    ),
    "blind-everyday9-oldportal-indonesia": (
        "html2text runs the old portal's breadcrumb, kicker and title together with the body's "
        "one paragraph"
    ),
    "blind-footers-bmn-related-label-row": (
        "bmn's related news table with its dates beside the headlines: w3m and html2text print "
        "the dates apart, and the article is lost (the record says so)"
    ),
    "blind-footers-en-labels-table": (
        "lynx runs the footer's three cells (Last Update, the copyright, a counter) into lines it"
        " wraps: no whole copyright line is left"
    ),
    "blind-footers-oldportal-footer-cells": (
        "inscriptis sets the copyright cell beside the address and counter cells, its name wrapped"
    ),
    "blind-footers2-en-tags-table-comments": (
        "w3m sets the tags beside the share bar; html2text runs the copyright row's cells together"
    ),
    "blind-footers2-fa-notag-heading-related": (
        "html2text runs the tag links with no heading into the news group's row"
    ),
    "blind-persian9-farhang-oldportal": (
        "a Persian old portal in three columns: links, elinks and pandoc split the footer's cells"
        " over lines (the record says the info block is uncertain)"
    ),
    "blind-persian9-isti-fa-table": (
        "a Persian table layout with its side column first and the lead above the image: the text"
        " browsers print the title once above the bullets and its copy under the lead (the record"
        " says the title is uncertain); links and elinks lose the kicker-less title to a side "
        "line"
    ),
    "blind-rtl-biodc-1399-persian-digits": (
        "a Persian old portal in a right-to-left table with a table of figures in the body: the "
        "text browsers print the side column beside it and keep side lines in the body; html2text"
        " runs the cells together"
    ),
    "blind-rtl-bmn-fa-side-last": (
        "bmn.ir's side column last in a right-to-left table: links and elinks keep a links cell "
        "beside the copyright's name; html2text, inscriptis and w3m at 120 columns lose the "
        "article to the side column (the record says so)"
    ),
    "blind-rtl-farhang-1397-arabic-yeh": (
        "html2text runs the old portal's cells together and loses the footer line"
    ),
    "blind-rtl-isti-fa-mostviewed-first": (
        "a most-viewed box first in a right-to-left table, its items shaped like the info block: "
        "inscriptis and links at 120 columns take a side item's count (the record says the date "
        "is uncertain); html2text runs the cells together"
    ),
    "blind-rtl-pardis-park-opinion": (
        "the kicker printed again under the title and run into its copy hidden by CSS (w3m, "
        "elinks): that line is taken for the title; links and html2text lose the article to the "
        "left column"
    ),
    "blind-week4-insf-dust-storm": (
        "html2text runs the footer row's cells into the copyright line"
    ),
    "blind-week4-isti-fa-solar-desal": (
        "elinks wraps the header's Today cell with the date's year on a line of its own beside "
        "other cells; html2text runs the copyright into the address"
    ),
    "blind-week4-oldportal-biodc-enzyme": (
        "the old portal's right column first: html2text runs the breadcrumb, kicker and title "
        "into the body; inscriptis takes a side item's date (the record says the info block is "
        "uncertain)"
    ),
    "blind-widths3-en-bmn-divs-quotetitle": (
        "w3m wraps bmn's publish date at its slash (`2020` / `/02/09`), which a reader cannot "
        "tell from a break between words"
    ),
    "blind-clippers-fa-sidecol-nodate": (
        "elinks and lynx wrap the Persian news group list onto the share bar under it"
    ),
    "blind-converters4-fa-current-opinion": (
        "a bare Jalali capture date with no label: elinks and markdownify print it where it is not "
        "read; markdownify loses the kicker's line"
    ),
    "blind-converters4-fa-current-table": (
        "pandoc cuts a table's cells inside a narrow nested grid; markdownify runs the body into "
        "one table row"
    ),
    "blind-converters4-fa-oldportal": (
        "pandoc's gfm keeps raw <br /> tags whose width it counted (a wrapped line read as a "
        "paragraph's end); pandoc without wrapping sets each paragraph on one line of a grid cell"
    ),
    "blind-cuts-en-bmn-cut": (
        "a bmn capture cut inside the body shows no mark of the site but its capture date "
        "(refused); its HTML cut after the head reads as the current layout"
    ),
    "blind-cuts-en-current-cut": (
        "cut right after the info block: the CMS's short title is taken for the title (the record "
        "says the title is uncertain)"
    ),
    "blind-cuts-en-oldportal-cut": (
        "the old portal cut inside the body: a side column's date in the footer's shape is taken "
        "(the record says the info block is uncertain)"
    ),
    "blind-cuts2-biosensor-cut-fa": (
        "elinks cut after the title: no label of the current layout is left, and the layout reads "
        "as the old portal's"
    ),
    "blind-encodings2-fa-bmn-rlm": (
        "elinks mangles the bidi marks around the publish date's label (its line stays in the "
        "body); a windows-1256 conversion turns the Persian letters to `?`"
    ),
    "blind-encodings2-fa-zwnj-nodate": (
        "elinks breaks a tanwin in the kicker: the kicker and title run into one line"
    ),
    "blind-genres4-infographic-current-fa": (
        "an infographic's long alt text: html2text writes it as an image and pandoc in brackets, "
        "and both stay in the body"
    ),
    "blind-options2-fa-side-column": ("html2text runs the alt text and caption into the lead"),
    "blind-pastes3-bmn-byline-related": (
        "a reader view's paste: no bmn label is left (the layout reads as the current one) and its "
        "footnote star is lost"
    ),
    "blind-pastes3-fa-old-portal-ticker": (
        "a reader view's paste of the old portal: no footer line is left, and the layout reads as "
        "the current one"
    ),
    "blind-pastes3-old-portal-rightcol": (
        "a reader view's paste of the old portal: no footer line is left, and the layout reads as "
        "the current one"
    ),
    "blind-persian10-fa-nano-membrane": (
        "links and elinks print the Persian old portal's three columns side by side and run the "
        "kicker and title into a side column's line"
    ),
    "blind-portalen-drone-spray-2019": (
        "links prints a hidden send-to-friend form's fields beside the kicker"
    ),
    "blind-portalen-grid-battery-2018": (
        "html2text runs the old portal's footer line and kicker into the text around them"
    ),
    "blind-portalen-kidney-chip-2019": (
        "elinks splits the old portal's footer line over lines beside a side column"
    ),
    "blind-portalen-opinion-valley-2017": (
        "elinks and html2text lose the old portal's footer line to the cells beside it"
    ),
    "blind-rtl2-bmn-fa-side-last": (
        "links draws the body's table with walls beside the side column and keeps it in the body"
    ),
    "blind-rtl2-insf-fa-side-last": (
        "a right-to-left table: elinks, w3m at 100 columns and html2text run a side column's lines "
        "into the body; pandoc's grid cuts the long title"
    ),
    "blind-rtl2-isti-fa-side-first": (
        "elinks breaks the lead's first lines where the side column stood beside them"
    ),
    "blind-sisteren2-biodc-opinion-menu": (
        "an opinion piece in a table: the text browsers print the title once beside the side "
        "column; html2text and markdownify lose the capture date to a table row"
    ),
    "blind-sisteren2-bmn-startup-loans": ("markdownify sets the whole page in one table row"),
    "blind-sisteren2-insf-quantum-call": ("markdownify sets the whole page in one table row"),
    "blind-sisteren2-nano-exports-longtitle": (
        "a table of figures in the body: html2text and pandoc cut or run its rows; markdownify "
        "sets the page in one table row"
    ),
    "blind-sisteren2-oldportal-rightcol": (
        "html2text runs the old portal's breadcrumb, kicker and title into the body"
    ),
    "blind-sisterfa2-biodc-fa-opinion-english-labels": ("elinks breaks a tanwin in the body"),
    "blind-sisterfa2-isti-fa-side-column-first": (
        "elinks wraps a view count with its thousands comma; html2text runs the lead into the list "
        "under it"
    ),
    "blind-structure-en-current-structured": (
        "an ordered list a paste and lynx number as typed text (1. 2. 3.): its numbers stay; lynx "
        "runs the key-facts box's heading into the paragraph above"
    ),
    "blind-structure-en-oldportal-rightcol": (
        "lynx runs the key-facts box's heading into the paragraph above"
    ),
    "blind-structure-fa-current-sidecol": (
        "lynx runs the key-facts box's heading into the paragraph above and breaks a quote it "
        "wrapped at its own margin; the paste numbers the ordered list as text"
    ),
    "blind-structure-fa-oldportal-subsite": ("the paste numbers the ordered list as typed text"),
    "blind-tables3-biodc-side-first-wide": ("html2text runs the table layout's cell together"),
    "blind-tables3-bmn-side-last-narrow": (
        "elinks and html2text print bmn's narrow side column beside the title"
    ),
    "blind-tables3-portal-rightcol-first": (
        "html2text and inscriptis lose the old portal's footer line to the right column's cells"
    ),
    "blind-tables3-side-last-wide": (
        "html2text splits the author's footnote from its paragraph; pandoc's grid cuts the title "
        "inside a word"
    ),
    "blind-week5-en-oldportal-table-rightcol": (
        "html2text runs the old portal's kicker and title into the body"
    ),
    "blind-after-oldportal-comments": (
        "html2text runs the table's cells together, the related rows into the lead"
    ),
    "blind-converters5-bmn-en-opinion-table": (
        "w3m, links and elinks print the side column beside the article; markdownify sets "
        "a table's cells one per line"
    ),
    "blind-converters5-en-current-leftbox": (
        "inscriptis prints the side column's newsletter box inside the body; pandoc's gfm "
        "runs the footer's table into one line"
    ),
    "blind-converters5-fa-current-rightbox": (
        "links, elinks and pandoc print the side column beside the article, over its "
        "labels; pandoc's gfm runs the footer's table into one line"
    ),
    "blind-converters5-oldportal-en-rightfirst": (
        "pandoc's grid sets the article in a column of seven characters"
    ),
    "blind-pastes4-en-bmn-table-longtitle": (
        "w3m prints the share bar's icons beside the body's last line"
    ),
    "blind-pastes4-en-current-menu-share": (
        "a selection from the kicker down holds no info block, and the kicker and title "
        "are read as body"
    ),
    "blind-damaged2-bmn-quantum": (
        "html2text runs the caption, the paragraphs and the publish date together; the joined "
        "paste's footer line holds every label on one line, and it is refused"
    ),
    "blind-damaged2-en-membrane": (
        "cut after the info block, only the short title stands above it; the joined paste "
        "runs the info bullets and the footer into single lines"
    ),
    "blind-damaged2-fa-drone": (
        "cut after the info block, the short title is taken for the title; the joined paste "
        "runs the footer's labels into one line"
    ),
    "blind-damaged2-fa-oldportal-manuscript": (
        "cut in the body or joined into long lines, nothing left marks the old portal, and "
        "the capture is refused; html2text runs the footer line's cells together"
    ),
    "blind-damaged2-old-battery": (
        "cut in the body, a headline list's date is taken; the joined paste runs the footer "
        "line into the body"
    ),
    "blind-everyday12-isti-quote-startracker": (
        "html2text runs the table's cells together and prints the title once"
    ),
    "blind-genres5-gallery-fa": (
        "inscriptis and lynx run the captions and the images' alt texts together"
    ),
    "blind-genres5-infographic-en": (
        "the infographic's alt text is the body's; html2text runs the table's cells together"
    ),
    "blind-options3-oldportal-en-table": (
        "pandoc's reStructuredText sets the page in a grid whose cells hold directives; at 200 "
        "columns the breadcrumb's copy of the title, cut, stands as its rival"
    ),
    "blind-persian12-fa-nano-sidefirst": (
        "a phone's paste runs the capture date into the side column's first line"
    ),
    "blind-persian13-farhang-festival-meeting": (
        "elinks's broken bytes in the notice run it into the title"
    ),
    "blind-portal16-fa-farhang-2019-nokicker": (
        "w3m prints a menu's wrapped word above the title, taken for the kicker"
    ),
    "blind-portalfa-biodc-mostviewed-long": ("the paste runs a list's lines together"),
    "blind-prints2-bmn-en-print": (
        "the print version prints its address with no label; a reader view names bmn by its "
        "host alone"
    ),
    "blind-prints2-fa-old-portal-subsite-print": (
        "the print version's kicker, a whole clause, is a rival of the title"
    ),
    "blind-sidebyside-bmn-right-sidebox": (
        "elinks prints the side column beside the article; html2text runs the table's cells "
        "together"
    ),
    "blind-sidebyside-fa-current-right-sidebox": (
        "links and elinks print the side column's counts beside the kicker and the info block"
    ),
    "blind-sidebyside-fa-oldportal-right-sidebox": (
        "links, pandoc and inscriptis print the side column beside the article; inscriptis's "
        "lines are refused"
    ),
    "blind-sidebyside-oldportal-left-sidebox": (
        "w3m, pandoc and inscriptis print the side column's items beside the article and its "
        "footer line"
    ),
    "blind-sisteren3-biodc-table-short": ("html2text runs the table's cells together"),
    "blind-sisteren3-bmn-side-after": (
        "elinks and the paste print the ticker's headlines unbulleted; lynx glues the "
        "language switch to the capture date"
    ),
    "blind-tablecells-bmn-en-brcell": (
        "pandoc runs the `<br>` paragraphs of a table cell together"
    ),
    "blind-tablecells-en-current-tablecell": ("html2text runs a table cell's paragraphs together"),
    "blind-tablecells-fa-current-sidecol": (
        "elinks and w3m print the side column beside the article; markdownify and pandoc set "
        "the cells apart"
    ),
    "blind-tablecells-oldportal-en-rightcol": (
        "links and elinks print the right column beside the footer line"
    ),
    "blind-tables4-bmn-awards-left": (
        "the tools print the side column beside bmn's title and labels; the title is printed once"
    ),
    "blind-tables4-isti-exports-3col-right": (
        "elinks, links and pandoc print the right column beside the body"
    ),
    "blind-between-en-attach-related-rating": (
        "inscriptis and the paste print the title once (no alt text)"
    ),
    "blind-chromeabove-en-oldportal-sidecolumn": (
        "html2text runs the table cell's paragraphs together"
    ),
    "blind-everyday13-old-portal-fair": (
        "html2text runs the table cell's four short paragraphs onto the title's line"
    ),
    "blind-figures-en-bmn-separators": (
        "w3m, links and elinks wrap the table's head cells within their columns"
    ),
    "blind-figures-en-export-longheader": (
        "w3m, links and elinks wrap the table's head cells within their columns"
    ),
    "blind-handsaved-en-bmn-popular-first": (
        "html2text runs the side column's count into the kicker; a reader view shows no layout"
    ),
    "blind-oddmarkup-en-insf-pullquote": (
        "markdownify prints the head's title atop the page, which is no copy the parser counts"
    ),
    "blind-oddmarkup-en-mostviewed-mixed": (
        "pandoc runs two `<br>` paragraphs of one block together"
    ),
    "blind-oddmarkup-fa-nodate-brbr": (
        "lynx runs the subheading onto the credited caption above it"
    ),
    "blind-rtlside-fa-bmn-narrow-links": (
        "html2text runs the footer labels and the links column into one line"
    ),
    "blind-rtlside-fa-narrow-left-latest": (
        "w3m and elinks print the narrow left column beside the article"
    ),
    "blind-rtlside-fa-two-sides-poll": ("html2text runs the table cell's paragraphs together"),
    "blind-rtlside-fa-wide-right-mostviewed": (
        "inscriptis prints the wide side column beside the article"
    ),
    "blind-converters8-biodc-menu-notice-period": (
        "elinks's broken bytes cut the title; markdownify sets each table row on one line"
    ),
    "blind-converters8-bmn-fa-sidecol": (
        "html2text runs the table's cells and the footer together"
    ),
    "blind-converters8-farhang-oldportal-rightcol": (
        "html2text runs the cell's paragraphs together under 300 words; pandoc and w3m print "
        "the column beside the page"
    ),
    "blind-converters8-isti-opinion-byline-figures": (
        "the table of figures nested in the layout table: pandoc sets its cells apart, "
        "html2text runs them together"
    ),
    "blind-converters8-isti-sidefirst-mostviewed": (
        "html2text runs the cell's paragraphs together under 300 words; markdownify sets each "
        "row on one line"
    ),
    "blind-inline3-en-oldportal-robot": (
        "lynx runs an `Also read:` line onto the credited caption under it"
    ),
    "blind-pastes5-bmn-desalination-award": (
        "a read-later app's export of a bmn page holds no sign of the site, and it is refused"
    ),
    "blind-pastes5-en-opinion-shared-labs": (
        "a read-later app's export: its address line and its own date format are not read"
    ),
    "blind-sidebyside2-bmn-right180-newsletter": (
        "html2text runs the table's cells together, the capture date and the title among them"
    ),
    "blind-sidebyside2-insf-left35-poll": (
        "html2text runs the byline into the text and the capture date into the side column"
    ),
    "blind-sisterfa3-nano-fa-coating": ("elinks's broken bytes in the notice run it into the text"),
    "blind-after2-old-portal-water-meters": (
        "html2text runs the table cell together, the kicker and the title with the text"
    ),
    "blind-converters9-fa-biotech-longtitle": (
        "links and lynx run the long title's wrapped end into the kicker; elinks's broken bytes"
    ),
    "blind-shorts-en-announce-startup": (
        "the paste runs the title onto the lead, the short title taken for it"
    ),
    "blind-structure3-old-fa-isti": ("lynx runs a list item's last words onto a line of their own"),
    "blind-cutoff-en-bmn-hardware-grant": (
        "cut before the footer, the text captures hold no sign of the site and are refused; one "
        "starting at the text takes the lead for the title, with a warning"
    ),
    "blind-cutoff-en-oldportal-arsenic": (
        "a paste starting under the title takes the lead for the title, with a warning"
    ),
    "blind-cutoff-fa-sodium-battery": (
        "a paste starting under the title takes the lead for the title, with a warning"
    ),
    "blind-fewwords-list-only-fa": (
        "links runs the alt text into the caption; html2text and the paste lose the list's "
        "first item to the menu above it"
    ),
    "blind-fewwords-photo-captions": (
        "html2text runs a picture's alt text (the title) into its caption, and the last caption "
        "into the credit"
    ),
    "blind-fewwords-video-fa": (
        "one sentence wrapped once gives no wrap width to join it again; the paste's title "
        "stands once"
    ),
    "blind-figures2-caption-note-biodc": (
        "w3m and elinks centre the table's caption over wrapped lines"
    ),
    "blind-figures2-wide-sixcol-insf": (
        "w3m, links and elinks wrap the table's cells within their columns; html2text wraps its "
        "head"
    ),
    "blind-options4-en-menu-mostviewed-sodium": (
        "html2text runs the table cell's paragraphs together; pandoc's grid cell wraps the news "
        "group's last name"
    ),
    "blind-options4-en-oldportal-rightcol": ("lynx's inline link target wraps across lines"),
    "blind-pageforms-modal-fa": ("the article stands in a modal after the page's copyright line"),
    "blind-persian19-fa-drug-ms-biotech": (
        "elinks breaks a tanwin into invalid bytes, and its wraps are not found"
    ),
    "blind-widths4-fa-battery-recycling": (
        "at 60 columns, a row of tags under the news group reads as its wrapped last name"
    ),
    "blind-persian20-bmn-elite-ceremony": (
        "the paste prints the title once and the credited caption under it takes the lead for "
        "the title's copy"
    ),
    "blind-persian20-fa-pistachio-sensor": ("html2text runs the table cell's paragraphs together"),
    "blind-persian20-fa-policy-seven-points": (
        "the paste keeps an ordered list's numbers, which the page's text does not hold"
    ),
    "blind-pictures-alt-vs-caption-bmn": (
        "the text tools print each picture's alt text as a line, and an alt over a credited "
        "caption is dropped with it"
    ),
    "blind-readerviews-bmn-opinion-instapaper": (
        "a read-later export's saved day is no capture date the parser reads; a reader view "
        "prints the table one cell a line"
    ),
    "blind-readerviews-fa-battery-sidecol-edge": (
        "Edge's reading time (`2 minute read`) is taken for the kicker"
    ),
    "blind-readerviews-fa-oldportal-farhang-pocket": (
        "a read-later export's saved day is no capture date the parser reads; a list's first "
        "item is taken for a subheading"
    ),
    "blind-readerviews-oldportal-bioprinter-safari": (
        "Safari's copy holds no sign of the site, and it is refused"
    ),
    "blind-readerviews-quantum-lab-sidebar-pocket": (
        "a read-later export's saved day is no capture date the parser reads"
    ),
    "blind-structurefa-fa-oldportal-persian-corpus": (
        "w3m, elinks and html2text run a definition list's term into the definition above it"
    ),
    "blind-tablelayout-bmn-left-third": (
        "the side column printed beside the only copy of the title and the footer labels"
    ),
    "blind-tablelayout-fa-oldportal-narrow": (
        "html2text runs the table cell together; inscriptis's columns hide the site's marks, "
        "and it is refused"
    ),
    "blind-tablelayout-fa-side-third": ("html2text runs the table cell's paragraphs together"),
    "blind-tablelayout-left-narrow-en": (
        "w3m, links and elinks print the narrow side column beside the text; html2text runs the "
        "cell together"
    ),
    "blind-tablelayout-right-third-en": ("html2text runs the table cell's paragraphs together"),
    "blind-everyday20-bmn-youth-festival": (
        "the paste prints the title once, and a bare kicker over it is taken for a line of the menu"
    ),
    "blind-portal18-fa-footwrap-2019": (
        "w3m, links and elinks wrap the footer row in its narrow cell beside the next cell's links"
    ),
    "blind-twostories-prev-next-en": (
        "links and pandoc wrap the previous and next stories' lines, which then read as text"
    ),
    "blind-cutoff2-bmn-cubesat": (
        "a paste cut before the footer holds no sign of the site: it is refused"
    ),
    "blind-cutoff2-en-oldportal-windtunnel": (
        "html2text runs the layout table's cells together; cut before the footer row, w3m's "
        "copy shows no sign of the old portal"
    ),
    "blind-cutoff2-en-qanat-lidar": (
        "a capture of the footer alone takes the category list's wrapped end for a title"
    ),
    "blind-glossaries-glossary-dl-en": (
        "html2text leaves the definitions unwrapped, indented, and its other lines wrapped are "
        "not joined; inscriptis runs the definition list into one line"
    ),
    "blind-officetables-en-bmn-grants-table": (
        "inscriptis runs the table's caption row into its head row"
    ),
    "blind-officetables-en-oldportal-pardis-table": (
        "elinks wraps the table's cells within the layout's column, html2text runs them "
        "together, inscriptis lays them out apart"
    ),
    "blind-officetables-fa-oldportal-biodrug-table": (
        "a Word table's cell broken by a line break, and the layout table the text tools print "
        "beside the article"
    ),
    "blind-persian23-oldportal-rail-fiber": (
        "html2text runs the layout table's cells together: the title and the print bar run into "
        "the kicker"
    ),
    "blind-portal19-old-en-datetop-split": (
        "the date stands alone under the title, the number and count after the text: the kicker "
        "above the title is lost and the date is said to stand outside the info block"
    ),
    "blind-portal19-old-insf-list-table": (
        "pandoc prints the table of figures as a simple table wrapped inside a narrow grid cell"
    ),
    "blind-readlater-bmn-olympiad": (
        "the clean copies keep the table of figures as each app writes it and show no sign of "
        "bmn's layout"
    ),
    "blind-readlater-fa-satellite": (
        "the clip sets the kicker under its clipped day, where no kicker is looked for"
    ),
    "blind-readlater-oldportal-rust": (
        "the clip sets the kicker under its clipped day; the reader view shows no sign of the "
        "old portal"
    ),
    "blind-structureen-bmn-farm-chips": (
        "lynx prints each paragraph of a table's cell as a block of its own, inscriptis sets a "
        "row on two lines; the paste shows the title once under a kicker with no ending"
    ),
    "blind-structureen-cur-enzyme-table-sidebox": (
        "lynx prints each paragraph of a table's cell as a block of its own, inscriptis sets a "
        "row on two lines, html2text runs a cell's paragraphs together"
    ),
    "blind-structureen-cur-opinion-battery-rules": (
        "lynx prints each paragraph of a table's cell as a block of its own, inscriptis sets a "
        "row on two lines and runs the definitions together"
    ),
    "blind-structureen-oldportal-palm-carbon": (
        "lynx prints each paragraph of a table's cell as a block of its own, inscriptis sets a "
        "row on two lines and runs the definitions together"
    ),
    "blind-widths5-fa-oldportal-farhang": (
        "the paste's last paragraph over the old portal's footer row is joined to the one above it"
    ),
    "blind-widths5-fa-quantum-sidecol": (
        "elinks and links run the short title into the kicker under it"
    ),
    "blind-overlays-fa-app-offline-survey": (
        "elinks breaks a Persian mark into invalid bytes inside the survey's invitation, which "
        "is then not told apart"
    ),
    "blind-overlays-old-portal-lang-newsletter-cookie": (
        "inscriptis and pandoc print no button under the newsletter box's lines, which stay "
        "in the text; html2text runs the layout table's cells together"
    ),
    "blind-pastes6-bmn-en-byline-kicker-again": (
        "a paste of the side box above the whole page puts bmn's capture date under the box, "
        "where it is not read"
    ),
    "blind-persian24-bmn-seed-bank": (
        "the paste prints the title once, under a kicker naming a links box's item: a line of "
        "the box is taken for the title (warned)"
    ),
    "blind-portalfa2-digit-title": (
        "elinks prints the side column beside the title, whose opening digits it runs into a "
        "headline; html2text's run-together body falls short of the warning's length"
    ),
    "blind-portalfa2-long-breadcrumb": (
        "html2text runs the layout table's cells together, the footer row with them"
    ),
    "blind-portalfa2-no-kicker": (
        "elinks prints the three columns beside one another; html2text runs the layout table's "
        "cells together"
    ),
    "blind-portalfa2-poll-counter": (
        "elinks prints the poll beside the text; html2text runs the layout table's cells together"
    ),
    "blind-converters12-fa-sidebox-jalali": (
        "readability drops a paragraph the capture holds elsewhere, and the body's split differs"
    ),
    "blind-converters12-markdown-traps-longtitle": (
        "BeautifulSoup's text with newlines sets each inline element (a link, a code span, a "
        "table's cell) on a line of its own, and the reader does not join them again"
    ),
    "blind-converters12-menu-mostviewed-period": (
        "w3m, links, elinks and inscriptis print the side column beside the article and its "
        "poll's lines run into the text; markdownify puts the whole layout table on one line; "
        "BeautifulSoup's text splits the inline elements"
    ),
    "blind-cutoff3-en-sodium-table": (
        "html2text runs the table cell's paragraphs together and the photo credit into the lead "
        "(warned)"
    ),
    "blind-editorpastes-en-bmn-table": (
        "an editor's export with a blank line after every line sets each table cell apart, and "
        "the cells are not read as a row"
    ),
    "blind-fragments-fa-menu-list-arabic-digits": (
        "the paste leaves a one-word kicker (a name) under the menu's items, where nothing "
        "tells it from them"
    ),
    "blind-portal20-op-contacts-table": (
        "links draws the contacts table with its cells wrapped over two rows, and pandoc draws "
        "it as a simple table cut by its grid cell's width; elinks loses the footer row beside "
        "the table"
    ),
    "blind-portal20-op-one-paragraph": (
        "links and elinks print the poll beside the text and run it into the title's line; "
        "pandoc cuts the capture date's weekday at its grid cell's wall"
    ),
    "blind-portal20-op-two-dates-fa": (
        "html2text runs the layout table's cells together, the body with them (warned)"
    ),
    "blind-speakers-en-oldportal-qa-interview": (
        "html2text runs the layout table's cells together, the footer row into the text (warned)"
    ),
    "blind-speakers-fa-nano-membrane-interview": (
        "w3m and inscriptis print the side column beside the info block and lose the view count "
        "among its lines; html2text runs the cell's paragraphs together (warned)"
    ),
    "blind-speakers-fa-oldportal-softtech-roundtable": (
        "html2text runs the layout table's cells together, the footer row with them (warned)"
    ),
    "blind-structurefa2-fa-patent-steps": (
        "pandoc counts zero-width marks in a Persian line's width, and a wrapped line under a "
        "list is read as a paragraph's end"
    ),
    "blind-archivetoday-ar-en-menu-mostviewed": (
        "elinks prints the side column beside the text and its lines run into the body; "
        "html2text runs the table cell's paragraphs together (warned)"
    ),
    "blind-archivetoday-ar-en-oldportal-leftcol": (
        "elinks and links print the left column beside the text; html2text runs the layout "
        "table's cells together (warned)"
    ),
    "blind-calls-en-oldportal-microscope-tender": (
        "lynx runs the call to register into the contact line above it, whose end it then keeps"
    ),
    "blind-clockchanges-en-2023-after-midnight": (
        "lynx and html2text print an image's alt text between the title's copies on one line; a "
        "paste's list items with no marks run into one line"
    ),
    "blind-innertext-en-opinion-uppercase": (
        "a table's last row right above a copy of the title over a credited caption is dropped "
        "with the copy"
    ),
    "blind-innertext-fa-hidden-shorttitle": (
        "the text tools print the short title hidden by CSS, a character past 64 with its "
        "zero-width marks, and it is taken for the title"
    ),
    "blind-opinion-op-en-oldportal": (
        "html2text and inscriptis print the bio's `* ` as a list's bullet, which the expected "
        "files take for one, and the reader for a footnote's mark"
    ),
    "blind-opinion-op-fa-opendata": (
        "lynx prints the Persian footnote marks as numbered links on lines of their own"
    ),
    "blind-shortpages-list-bmn": (
        "a paste of a body that is one list of short lines with no marks runs them together"
    ),
    "blind-converters13-bmn-en-table-grants": (
        "BeautifulSoup's text sets each table cell on its own line: the header cell `Share` "
        "is read as a share bar's button"
    ),
    "blind-everyday27-en-saffron-genome-side-first": (
        "html2text runs the article's table cell together: its paragraphs are joined, under "
        "300 words, with nothing to tell them apart"
    ),
    "blind-galleries-en-photo-report-nano-festival": (
        "text tools print a picture's own alt text (`Electron microscope demonstration`) over "
        "its caption, as a subheading stands over its paragraph"
    ),
    "blind-galleries-en-video-qeshm-cooling": (
        "html2text runs the table cell's paragraphs together, the video's caption and "
        "download link with them"
    ),
    "blind-headlines-bmn-headlines-after-footer": (
        "pandoc wraps the ticker's line before a `·`, which then opens a line as a list's "
        "bullet does: the ticker's first headline is taken for the title"
    ),
    "blind-headlines-old-portal-side-first": (
        "html2text runs the cell together with the footer line's date; inscriptis prints the "
        "right column beside the article: its breadcrumb and footer line are not read"
    ),
    "blind-persian28-fa-opinion-data-roadmap": (
        "lynx sets paragraphs the page split with `<br><br>` on consecutive lines, each full "
        "to the edge: nothing tells where one ends"
    ),
    "blind-widths6-en-long-kicker-sidebar": (
        "elinks and links print the most-viewed column beside the title and the text; "
        "html2text runs the cell's paragraphs together; pandoc at 40 columns cuts the title "
        "inside a grid cell and drops the footnote's star"
    ),
    "blind-widths6-old-portal-right-column": (
        "html2text runs the cell together, the title's end into the text; links at 50 columns "
        "prints the right column beside the kicker; pandoc at 40 columns cuts the footer "
        "line's numbers apart inside the grid's cells"
    ),
    "blind-clippers2-bmn-school-seismograph": (
        "Instapaper's copy and Firefox's reader view show only the host en.bmn.ir: the layout "
        "is read as the current one, and the reader view drops the kicker"
    ),
    "blind-clippers2-fa-farhang-vr-museum": (
        "html2text runs the three-column table's cell together, the interview's credit with "
        "the text"
    ),
    "blind-clippers2-fa-nano-turbine": (
        "Evernote's copy sets the kicker under its front matter, where it is read as the clipper's"
    ),
    "blind-clippers2-old-cochlear-implant": (
        "html2text runs the cell together, the title's end into the text; Joplin's front "
        "matter gives the day it clipped in a form not read"
    ),
    "blind-events-bmn-grant-deadlines": (
        "an events box after the text (`Upcoming events` over `2019/12/18 - Meeting ...`) is "
        "read as the text's own list of dates: items that open with their date look like the "
        "article's timetable"
    ),
    "blind-events-en-conference-programme": (
        "lynx and html2text run the programme table's head into its first row"
    ),
    "blind-events-old-portal-postponed": (
        "html2text runs the cell together, the breadcrumb's title and the print bar into the "
        "kicker; pandoc's grid cuts the table's rows of dates apart"
    ),
    "blind-oddmarkup2-bmn-script-iframe-base": (
        "text tools print a `<template>`'s card (`Placeholder headline` / `Placeholder "
        "summary text for the card.`) above the kicker: its second line is taken for the "
        "title"
    ),
    "blind-oddmarkup2-en-biodc-hidden-template-table": (
        "lynx wraps a sentence before `March 2024`, and the line opening with a month and a "
        "year is not joined"
    ),
    "blind-oddmarkup2-old-portal-base-noscript": (
        "html2text runs the old portal's cell together, the kicker and the title with the "
        "text, under 300 words"
    ),
    "blind-options5-bmn-links-box-table": (
        "the paste runs the links box's items into lines above the bare kicker: the title is "
        "taken from them"
    ),
    "blind-persian29-fa-isti-opinion-water": (
        "w3m prints the headline column beside the info block, which loses its news code, "
        "date and study time; html2text runs the cell's byline into the text"
    ),
    "blind-portal21-biodc-en-short-title": (
        "elinks runs a side box's headline and date into the text; pandoc's grid cuts the "
        "first letter off each table row"
    ),
    "blind-portal21-farhang-fa-access-deny": (
        "links prints a poll's options beside the kicker; html2text runs the alt text and the "
        "caption into the kicker's line"
    ),
    "blind-portal21-nano-en-rtl-table": (
        "lynx and pandoc set paragraphs split by `<br><br>` on consecutive lines, full to the "
        "edge: nothing tells where one ends"
    ),
    "blind-references-en-saffron-affiliations": (
        "pandoc prints the affiliation marks (`<sup>`) as superscript digits (`Tavakoli¹`), "
        "which a page's own text may hold, where a browser shows `1`"
    ),
    "blind-statements-en-congratulation-biology-olympiad": (
        "html2text runs the message's sign-off, the signer, her post and the date onto the "
        "last paragraph's line"
    ),
    "blind-statements-old-portal-council-decisions": (
        "html2text runs the breadcrumb, the print bar, the kicker and the title together with "
        "the text"
    ),
    "blind-pastes7-bmn-en-side-calls-table": (
        "html2text runs the caption onto the lead; inscriptis prints the calls table beside "
        "the title; pandoc's grid cell breaks the figures table's rows; Firefox's paste sets "
        "each table cell on a line of its own"
    ),
    "blind-pastes7-en-menu-lab-network-table": (
        "pandoc's grid cell runs the figures table's rows together and cuts a category's "
        "words; Firefox's paste sets each table cell on a line of its own"
    ),
    "blind-pastes7-en-side-table-solar": (
        "pandoc's grid cell breaks the figures table's head row; Firefox's paste sets each "
        "table cell on a line of its own"
    ),
    "blind-pastes7-fa-oldportal-nano-exports-table": (
        "html2text runs the table cell's paragraphs together; pandoc's grid cell breaks the "
        "figures table's rows; Firefox's paste sets each table cell on a line of its own"
    ),
    "blind-pastes7-fa-side-table-nano-filters": (
        "pandoc's grid cell runs the figures table's rows into one another; Firefox's paste "
        "sets each table cell on a line of its own"
    ),
    "blind-tables5-bmn-en-info-beside-latest": (
        "the text tools print the menu beside the kicker and the footer labels beside the "
        "Latest news box, its headlines among them"
    ),
    "blind-tables5-fa-nested-latest-beside-info": (
        "the text tools print the latest news box beside the info block, its dates and "
        "headlines among the article's date, count and title"
    ),
    "blind-tables5-old-portal-nested-figures": (
        "elinks and links print the Links column beside the text; pandoc's grid cell breaks "
        "the figures table's rows; html2text runs the kicker, the title and the text together "
        "and the run-together warning is not given"
    ),
    "blind-sisterfa4-farhang-fa-oldportal-games": (
        "html2text runs the print bar, the kicker, the title and the footer line's date into "
        "the table cell's text"
    ),
    "blind-cutoff4-en-opinion-cut-in-side-column": (
        "html2text runs the table cell's paragraphs together (under 300 words, the kicker "
        "elsewhere: no warning's rule holds)"
    ),
    "blind-everyday30-en-oldportal-nanofilter-water": (
        "html2text runs the old portal's table cell together with its footer line, whose date "
        "is lost in the text"
    ),
    "blind-persian31-oldportal-fa-saffron-drying": (
        "html2text runs the print bar, the kicker and the text of the table cell together"
    ),
    "blind-pdfprints-fa-solar-desalination": (
        "pdftotext sets the Persian page's lines flush right, so a paragraph a page break cut "
        "in two stays two"
    ),
    "blind-comments5-en-side-likes": (
        "html2text runs the table cell's paragraphs together and the image's alt text stands "
        "alone where the title's copies are run into the text"
    ),
    "blind-persian32-fa-biodc-old-enzymes": (
        "html2text runs the right-to-left layout table's cells together (kicker, title and "
        "text on the breadcrumb's line), and inscriptis prints the side column beside the "
        "article, its footer line among the column's items"
    ),
    "blind-converters14-en-oldtable-sidecols": (
        "w3m prints the three-column table side by side: the most-viewed column's lines run "
        "into the title and the text"
    ),
    "blind-portal22-en-portal-long-report": (
        "html2text runs the capture date onto the poll's line after a table cell's wall (`... "
        "Software |  23/07/2019 -`), and the title's alt text run into a lead of 70 words "
        "reads as paragraphs run together"
    ),
    "blind-portal22-en-portal-photo": (
        "elinks runs a caption and the title's alt text onto one line in the gallery; "
        "html2text runs the old portal's cell together with its footer line"
    ),
    "blind-portal22-en-portal-short": (
        "inscriptis prints the side column's newsletter box beside the article: its `Email:` "
        "label stands alone between the title and the text"
    ),
    "blind-portal22-fa-biodc-jalali-path": (
        "html2text runs the right-to-left table's cell together: kicker, title and text on "
        "the breadcrumb's line"
    ),
    "blind-interviews2-fa-isti-sin-jim": (
        "inscriptis prints the side column beside the interview: the questions' lines stand "
        "among the column's items"
    ),
    "blind-interviews2-fa-oldportal-names-table": (
        "html2text runs the old portal's cell together: kicker, title and text on the "
        "breadcrumb's line"
    ),
    "blind-pastes8-bmn-en-award-table": (
        "html2text runs the text's paragraphs into the table's first row with no sign of it; "
        "links and inscriptis print the links column beside the article; a Firefox paste sets "
        "each table cell on its own line"
    ),
    "blind-pastes8-en-exports-table": (
        "pandoc prints the table of figures as a simple table inside the layout's grid cell, "
        "its rows wrapped; a Firefox paste sets each table cell on its own line"
    ),
    "blind-pastes8-en-oldportal-sidefirst": (
        "html2text runs the old portal's cell together with its footer line"
    ),
    "blind-notation-bmn-protein-code": (
        "pandoc prints a `<sup>2</sup>` as `²`, which a page may type itself: it stays as printed"
    ),
    "blind-notation-en-biodc-wheat-gene": (
        "pandoc prints a `<sup>2</sup>` as `²`, which a page may type itself: it stays as printed"
    ),
    "blind-notation-en-co2-methanol": (
        "pandoc prints a `<sup>2</sup>` as `²`, which a page may type itself: it stays as printed"
    ),
    "blind-notation-fa-isti-graphene": (
        "pandoc prints a `<sup>2</sup>` as `²`, which a page may type itself: it stays as printed"
    ),
    "blind-persian33-fa-isti-table-ground-station": (
        "html2text runs the right-to-left table's cell together (kicker, title and text on "
        "one line); the paste's numbered list items wrap onto lines the list's own lines are "
        "joined to"
    ),
    "blind-persian33-fa-isti-women-founders-long": (
        "html2text runs the table cell together: kicker, title and text on one line; links and "
        "elinks: the related-news column, read before the article, mixes its dates in, and the "
        "date is warned as taken from outside the info block"
    ),
    "blind-widths7-fa-nano-fibre-table-side": (
        "elinks prints the most-viewed column beside the kicker and the title, its dates and "
        "counts among their lines; html2text runs the table cell together with the study time "
        "and news code"
    ),
    "blind-portalfa3-fa-nano-photo": (
        "html2text runs the old portal's cell together: the gallery's captions and copies "
        "stay in the one paragraph"
    ),
    "blind-portalfa3-fa-old-sidenews": (
        "html2text runs the interviewer's credit under the title into the lead"
    ),
    "blind-figures3-bmn-grants-colspan": (
        "html2text keeps the cell walls of a table whose rows span columns; a paste sets each "
        "table cell on its own line"
    ),
    "blind-figures3-en-side-column-date-table": (
        "elinks wraps a row's date in its narrow cell; html2text runs the text's paragraphs "
        "together in the layout's cell with no sign of it; pandoc's simple table inside the "
        "layout's grid cell wraps its rows"
    ),
    "blind-figures3-oldportal-biodc-share-table": (
        "html2text runs the old portal's paragraphs together in its cell with no sign of it; "
        "pandoc's simple table inside the layout's grid cell wraps its rows"
    ),
    "blind-notation2-bmn-en-lutetium-isotope": (
        "pandoc prints a `<sup>` minus sign as `⁻`, read as the hyphen pages type more"
    ),
    "blind-notation2-en-co2-magnetite-catalyst": (
        "pandoc prints a `<sup>2</sup>` as `²`, which a page may type itself; w3m wraps a "
        "formula between its subscripts (`Fe[3]` / `O[4]`)"
    ),
    "blind-notation2-en-oldportal-saffron-crocin": (
        "w3m prints the side column beside the text and wraps a quantity's label (`[max]`) under it"
    ),
    "blind-notation2-fa-heavy-metal-adsorbent": (
        "pandoc prints a `<sup>2</sup>` as `²`, which a page may type itself"
    ),
    "blind-sisterfa5-fa-park-table-side": (
        "html2text runs the table cell together, and the title printed once is taken with a "
        "warning the tester did not expect"
    ),
    "blind-cutoff5-bmn-en-table-cut": (
        "the HTML cut inside the table of figures: its last rows, cut, are not read as the "
        "table's, and the truncation is said in the parser's words"
    ),
    "blind-cutoff5-en-oldportal-rightcol-cut": (
        "html2text runs the old portal's cell together with the breadcrumb and the print bar"
    ),
    "blind-cutoff5-fa-current-sidecol-cut": (
        "text tools print the most-viewed column beside the text, its items among the "
        "paragraphs' lines; the HTML cut inside the side column takes a headline's date as "
        "the article's"
    ),
    "blind-cutoff5-fa-oldportal-farhang-cut": (
        "the HTML cut inside the right column takes the banner's name as the title and a "
        "headline's date as the article's; html2text runs the cell together"
    ),
    "blind-embeds-fa-infographic-pdf-exports": (
        "a download link naming the report and its size (`دانلود گزارش کامل (PDF، ۲.۴ "
        "مگابایت)`) is read as a download button, which the tester kept as the text's"
    ),
    "blind-everyday33-en-biodc-insulin-pens": (
        "html2text runs the table cell together: kicker, title and text on one line"
    ),
    "blind-everyday33-en-startup-week-table": (
        "a `<br>` between two whole sentences sets them on two lines, as a browser shows "
        "them; the tester read them as one paragraph"
    ),
    "blind-listsfa-fa-isti-steps": (
        "a paste of a numbered list with no numbers: its items run on as a sentence broken in two"
    ),
    "blind-mobile3-bmn-en-mobile-research-chairs": (
        "the tester expected `title uncertain` for a title printed once; the parser finds "
        "the title confirmed and gives none"
    ),
    "blind-mobile3-en-amp-rubidium-clock": (
        "the page types small figures (`10⁻¹¹`), which pandoc's capture reads as a "
        "superscript's marks; inscriptis and the paste give no warning for a title their "
        "tester held printed once"
    ),
    "blind-mobile3-en-biodc-mobile-wheat-bacteria": (
        "the tester expected `title uncertain` for a title inscriptis and the paste print "
        "once; the parser finds it confirmed"
    ),
    "blind-mobile3-en-mobile-solar-desalination": (
        "the tester expected `title uncertain` for a title inscriptis and the paste print "
        "once; the parser finds it confirmed"
    ),
    "blind-mobile3-fa-mobile-nanofiber-dressing": (
        "the tester expected `title uncertain` for a title inscriptis and the paste print "
        "once; the parser finds it confirmed"
    ),
    "blind-persian34-fa-farhang-table-festival": (
        "links, elinks, inscriptis and the paste set the side column beside the kicker and "
        "the title: the kicker and the info items are lost among its lines; html2text runs "
        "the cell together"
    ),
    "blind-persian34-fa-nano-table-coating": (
        "elinks and links print the side column beside the title; inscriptis and the paste "
        "give no warning for a title their tester held printed once"
    ),
    "blind-portalen2-en-oldportal-interview-cognitive": (
        "html2text runs the old portal's cell together with the breadcrumb and the print bar"
    ),
    "blind-edges-en-oldportal-two-word-title-long-kicker-one-paragraph-3digit-code-"
    "dec31-2359-rightcol-first": (
        "the page's text is one paragraph, and html2text runs the old portal's row on after "
        "it as it does after paragraphs it joined: the record says they may have run together"
    ),
    "blind-bmn2-fa-bmn-olympiad-latest": (
        "the text browsers print the side column beside the text and its numbered list; "
        "html2text runs the list's items together"
    ),
    "blind-comments6-en-biodc-comment-quotes-before-footer": (
        "html2text runs the table cell's paragraphs together, fewer than three sentences "
        "giving no sign of it"
    ),
    "blind-converters15-en-isti-menu-mostviewed-period": (
        "pandoc's grid cell wraps a category with no space before it, read as a word the edge "
        "cut; pandoc's markdown wraps the comment count inside its grid cell"
    ),
    "blind-converters15-en-oldportal-rightcol-first": (
        "html2text with no links wraps the breadcrumb's title onto the toolbar's line, set "
        "apart by spaces, with no link to tell it is markdown"
    ),
    "blind-converters15-fa-isti-side-column-jalali": (
        "html2text runs the table cell's paragraphs into one line of ordinary length, and "
        "nothing on it says they ran together"
    ),
    "blind-cutoff6-en-oldportal-dust-cut-sidecolumn": (
        "a capture cut inside the side column before the article takes a headline's date and "
        "count as the article's"
    ),
    "blind-digitsfa-fa-biodc-arabic-indic-table": (
        "html2text runs the layout table's cells together around the info line; pandoc sets "
        "the table's rows on two lines inside its grid cell"
    ),
    "blind-longform3-fa-isti-subsidence-sidecolumn": (
        "the text browsers print the side column beside the text (inscriptis beside the info "
        "block); pandoc breaks a paragraph inside its grid cell"
    ),
    "blind-pastes9-bmn-young-faculty-grants": (
        "a reader view's paste names the host (`en.bmn.ir`) only, and the layout is read as "
        "the current one"
    ),
    "blind-pastes9-fa-nano-pipe-coating": (
        "html2text runs the cell's paragraphs together (the record says so; the tester kept "
        "them apart); inscriptis prints the side column beside the title and the info block"
    ),
    "blind-persian35-fa-isti-agri-startups-short": (
        "html2text runs the cell's two paragraphs together, too short to give any sign of it"
    ),
    "blind-portal23-bmn-old-byline-info-under-title": (
        "elinks and inscriptis print the side column beside the title's copies and the row "
        "under them; html2text runs the cell together"
    ),
    "blind-titleshapes2-bmn-short-title-period": (
        "the paste prints the menu with no bullets over a kicker ending in `:` and a two-word "
        "title ending in a period: the menu's last item is taken for the title (with `title "
        "uncertain`)"
    ),
    "blind-wording4-en-isti-breaking-podcasts": (
        "w3m, elinks and inscriptis print the side column's app box beside the text; "
        "html2text runs the cell's paragraphs together"
    ),
    "blind-wording4-en-oldportal-weather-ticker": (
        "lynx prints `<br><br>` as one line break where the line was full; html2text runs the "
        "listen bar onto the last sentence"
    ),
    "blind-figures4-en-nano-exports-caption": (
        "html2text runs the caption into the table's head (a `|` left in it); pandoc prints "
        "the caption under a grid table"
    ),
    "blind-figures4-en-oldportal-keyfacts": (
        "pandoc and inscriptis print the table of key facts in cells read as columns"
    ),
    "blind-figures4-fa-knowledge-firms-merged": (
        "the text browsers draw the table's walls and a head cell spanning two rows stands on "
        "the second row's line"
    ),
    "blind-interviews3-insf-en-names-table-notice": (
        "lynx prints the box about the guest as a table whose long cell wraps, and two rows "
        "run together"
    ),
    "blind-mobile4-insf-mobile-interview-quote-title": (
        "links and elinks wrap the short title onto the kicker's line"
    ),
    "blind-pastes10-bmn-en-grants-table-period": (
        "bmn's kicker has no closing mark and the title (ending in a period) is printed once: "
        "the kicker is taken for the title, with `title uncertain`"
    ),
    "blind-pastes10-en-isti-hydrogen-bus-table": (
        "a paste that keeps each table cell on a line of its own gives each cell as an item"
    ),
    "blind-pastes10-en-oldportal-saffron-drip-2019": (
        "links, elinks and pandoc print the side column beside the text, and the old portal's "
        "row wrapped inside its cell is lost"
    ),
    "blind-pastes10-fa-biodc-opinion-byline-1400": (
        "the title printed once with no head (`title uncertain`), a byline and the kicker "
        "printed again under it; inscriptis prints the side column beside the info block; "
        "html2text runs the cell together"
    ),
    "blind-pastes10-fa-isti-nano-exports-sidecol": (
        "pandoc breaks the table's rows inside its grid cell; a paste that keeps each cell on "
        "a line of its own gives each cell as an item; html2text runs the cell together"
    ),
    "blind-portalfa4-fa-biodc-question-persian-digits": (
        "html2text runs the old portal's cell together with the credited caption inside it, "
        "and nothing says so"
    ),
    "blind-portalfa4-fa-farhang-menu-table-period": (
        "pandoc breaks a paragraph inside its grid cell"
    ),
    "blind-portalfa4-fa-isti-nowruz-byline-dst": (
        "html2text runs the old portal's cell together: breadcrumb, toolbar, kicker, title "
        "and row on the text's line"
    ),
    "blind-portalfa4-fa-isti-quote-title-dated-lists": (
        "elinks prints the side column beside the kicker; html2text runs the kicker onto the "
        "breadcrumb's line"
    ),
    "blind-portalfa4-fa-nano-two-side-columns": (
        "elinks prints the side column beside the kicker and the title; html2text runs the "
        "cell together"
    ),
    "blind-sisteren6-nano-en-old-portal-table": (
        "html2text runs the old portal's cell together; inscriptis prints the side column "
        "beside the text"
    ),
    "blind-persian38-fa-biotech-insulin": (
        "html2text runs the comment count's line into the commenter's name and date with "
        "nothing between them (and the article cell's paragraphs together)"
    ),
    "blind-cutoff7-fa-silo-coating-sidecol-cut": (
        "the HTML cut inside the side column ends under a most-viewed item's date and count, "
        "read as the article's info block (with warnings)"
    ),
    "blind-persian39-fa-kb-loans-sidecol": (
        "links and elinks print the latest-news column beside the info lines, whose dated "
        "items score nearly as high as the article's block (the record is right, with a "
        "warning too many); html2text runs the info lines into the side column's cell"
    ),
    "blind-sidecols9-bmn-right-wide-newsletter": (
        "html2text flattens the layout table's row, the article and the wide newsletter "
        "column on one line"
    ),
    "blind-sidecols9-en-biodc-left-wide-poll-long": (
        "links prints the table of figures beside the wide side column with its own walls, "
        "read as cells of the columns"
    ),
    "blind-sidecols9-fa-rtl-wide-latest": (
        "links and elinks print the wide latest-news column beside the title, cut short of "
        "its last words, and a side item's count beside the study time"
    ),
    "blind-sidecols9-old-portal-left-poll-links": (
        "html2text runs the poll's question and answers into the kicker and the title"
    ),
    "blind-pastes11-en-opinion-byline-period": (
        "the reader view prints the kicker printed again, with no mark, above the title's "
        "copy: taken as no kicker"
    ),
    "blind-pastes11-fa-nano-export-side-first": (
        "elinks prints the side column beside a subheading and a table of figures, whose rows "
        "run into the side column's lines; html2text's cell runs together where the tester "
        "guessed otherwise"
    ),
    "blind-portalfa5-fa-old-farhang-interview-persiandigits": (
        "links and elinks print the interview's bold question run into its answer, read as "
        "paragraphs run together (links also loses the row's time); html2text runs the "
        "breadcrumb, print bar and kicker into the title"
    ),
    "blind-portalfa5-fa-old-insf-sidefirst-caption": (
        "pandoc lays the title from its end in a narrow grid cell (its first word alone on a "
        "line); html2text runs the lead and the next paragraph together"
    ),
    "blind-sisteren7-bmn-en-latest-first": (
        "w3m prints the side column's last link one space from the view count's label; "
        "html2text runs the labels into the latest-news cell"
    ),
    "blind-sisteren7-nano-en-opinion-long-title": (
        "html2text runs the one-line info block into the kicker; inscriptis pads the side "
        "column's lines so that the last paragraphs are read as its"
    ),
    "blind-opinions5-en-biodc-guest-column": (
        "pandoc's table of figures inside a grid cell wraps its head"
    ),
    "blind-opinions5-fa-yaddasht-author-box": (
        "pandoc's grid cell drops the footnote's star; html2text runs paragraphs together "
        "with nothing to show it"
    ),
    "blind-sidecols10-bmn-links-calendar-right": (
        "w3m, links and elinks print the calendar's dated items beside the kicker and the "
        "title (w3m cuts a date in two); html2text runs the article cell into the side "
        "column's"
    ),
    "blind-sidecols10-en-summer-viewed-right": (
        "links and elinks print the most-viewed items' date and count bullets beside the "
        "article's own, one space from the title's lines; html2text runs the cell's "
        "paragraphs together with nothing to show it"
    ),
    "blind-sidecols10-fa-latest-poll-right": (
        "html2text runs the article cell's paragraphs together with nothing to show it"
    ),
    "blind-portal26-en-old-isti-leftcol-list-2017": (
        "html2text runs the info row into the most-viewed cell's items, whose date is taken "
        "(with warnings)"
    ),
    "blind-portal26-en-old-isti-rtlside-ol-2017": (
        "the paste keeps the numbered list's numbers, which the tester's file drops"
    ),
    "blind-portal26-en-old-nano-rightcol-table-2018": (
        "inscriptis pads the right column's login link to the text's last line; pandoc's "
        "table of figures inside a grid cell wraps its rows"
    ),
    "blind-bmn3-bmn-en-calls-box-first": (
        "html2text runs the calls box's link into the kicker and the article cell's "
        "paragraphs together"
    ),
    "blind-bmn3-fa-bmn-young-faculty-side": (
        "html2text runs the article cell's paragraphs together with nothing to show it"
    ),
    "blind-longform4-en-insf-opinion-grants": (
        "pandoc's table of figures inside a grid cell wraps its head and rows; html2text runs "
        "two paragraphs together with nothing to show it"
    ),
    "blind-longform4-en-oldportal-desalination": (
        "pandoc's table of figures inside a grid cell wraps its rows; html2text runs the "
        "cell's paragraphs together with nothing to show it"
    ),
    "blind-tablesites-bmn-table-rightside-list-2018": (
        "html2text flattens the layout table's row, the article and the side column on one line"
    ),
    "blind-tablesites-fa-bmn-leftside-olympiad-1397": (
        "html2text flattens the layout table's row, the side column and the article on one line"
    ),
    "blind-cutoff8-bmn-en-question-title-cut": (
        "the HTML cut inside the link bar before the article: the news code at the URL's "
        "start (`/News/2087/...`) is not read, a link's words are taken as body"
    ),
    "blind-cutoff8-insf-en-opinion-byline-cut": (
        "inscriptis cut at the byline: the byline is taken as a four-word body (with warnings)"
    ),
    "blind-converters17-insf-old-portal-rightcol": (
        "pandoc's grid cell keeps the `<br>` breaks of one paragraph as two, read as one"
    ),
    "blind-figreports-en-interview-bold-questions": (
        "html2text runs the table's caption into its head row"
    ),
    "blind-figreports-en-oldportal-report-sidecolumn": (
        "a chart's alt text of labels and figures without the chart's name (`Sales growth by "
        "park in percent: ...`) is kept as text; html2text runs the cell together"
    ),
    "blind-figreports-insf-interview-named-turns-related": (
        "html2text runs the table's caption into its head row"
    ),
    "blind-comments8-en-poll-first-comments-before-labels": (
        "html2text runs the table cell's paragraphs together with nothing to show it; "
        "pandoc's grid cell breaks the comment count's heading (`There` / `are 2 comment(s) "
        "...`) and the word is joined as one cut at the edge"
    ),
    "blind-converters18-en-long-title-sidecolumn-first": (
        "pandoc's grid cell cuts the long title mid-word (`replace` / `imported`), so no copy "
        "matches and its pieces stay in the body"
    ),
    "blind-converters18-en-oldportal-notice-rightcol": (
        "html2text runs the breadcrumb, the print bar, the kicker and the title of the "
        "flattened table cell into one line (warned)"
    ),
    "blind-converters19-en-isti-opinion-byline-table": (
        "w3m at 60 columns wraps the table's head cells inside their columns (`Age at first` "
        "/ `export`), read as two rows"
    ),
    "blind-converters19-insf-en-mostviewed-first-longtitle": (
        "html2text runs the flattened cell's paragraphs together (warned) but cuts them where "
        "the tester did not"
    ),
    "blind-cutoff9-bmn-cubesat-antenna-cut-side": (
        "html2text's copy cut inside the body holds only a capture date, a box and text: no "
        "marker says it is the site's; the HTML cut inside the side box gives the box's last "
        "words as body (warned)"
    ),
    "blind-cutoff9-fa-nano-membrane-cut-body": (
        "inscriptis and w3m set the side column's headlines beside the article's first lines; "
        "w3m's copy cut there keeps a headline's piece in the text (the second warned)"
    ),
    "blind-cutoff9-old-portal-seismic-cut-column": (
        "the HTML cut inside the side column gives the column's last words as body (warned)"
    ),
    "blind-figreports2-bmn-report-figures-related": (
        "html2text runs the flattened cell's first two paragraphs together with nothing to show it"
    ),
    "blind-figreports2-en-oldportal-interview-leftcol": (
        "the guest's box paragraph stands beside the side column in w3m and pandoc and is run "
        "into the lead; html2text runs the cell together (warned)"
    ),
    "blind-figreports2-fa-interview-named-turns": (
        "w3m and elinks wrap the Persian table's caption inside its cell; html2text runs the "
        "caption onto the table's head"
    ),
    "blind-longform5-bmn-return-fellowship": (
        "inscriptis lays the table's columns out side by side, read column by column"
    ),
    "blind-longform5-en-battery-roadmap": (
        "inscriptis sets the side column beside the info block; pandoc's table inside a grid "
        "cell wraps its cells"
    ),
    "blind-longform5-en-old-portal-nano-exports": (
        "pandoc's table inside a grid cell wraps its head over two lines"
    ),
    "blind-longform5-en-opinion-patient-capital": (
        "pandoc prints the superscript footnote mark as `¹`, which a page may write itself"
    ),
    "blind-longform5-fa-water-sensor-network": (
        "html2text runs the bold lead and the next paragraph of the flattened cell together; "
        "inscriptis sets the side column beside the text; pandoc's table in a grid cell wraps "
        "its cells"
    ),
    "blind-opinions6-bmn-en-column-author-side": (
        "inscriptis and pandoc set the author's box beside the text; html2text runs the cell "
        "together (warned)"
    ),
    "blind-opinions6-en-oldportal-commentary-rightcol": (
        "html2text runs the flattened cell's paragraphs together (warned)"
    ),
    "blind-opinions6-en-opinion-sup-byline-period-title": (
        "pandoc prints the footnote's superscript mark as `¹`, which a page may write itself"
    ),
    "blind-opinions6-fa-didgah-author-box-side-first": (
        "the date and views stand above the kicker and title, the study time and news code "
        "under the byline and the author's post: the lower cluster is taken for the block and "
        "the post for the title (warned but for inscriptis and the paste)"
    ),
    "blind-pastes13-en-oldportal-2019-table-figures": (
        "a phone's paste from the breadcrumb down sets the table's cells on lines of their "
        "own, read as paragraphs"
    ),
    "blind-pastes13-fa-sidecol-persian-digits-nano": (
        "html2text runs the flattened cell's paragraphs together with nothing to show it"
    ),
    "blind-persian42-fa-water-ai-long-title": (
        "the page's short title is no stop-word-stripped form of the title (its last words "
        "differ), so it is taken for the title, the title printed once under the bullets left "
        "as the lead (warned)"
    ),
    "blind-persian44-fa-exports-side-first": (
        "elinks and links print the side column beside the title; html2text runs the footer's "
        "cells together (warned)"
    ),
    "blind-portal27-en-old-insf-rightcol-quote-2019": (
        "elinks and inscriptis set the right column's items beside the article's lines"
    ),
    "blind-portalfa6-fa-old-insf-opinion-byline-caption": (
        "w3m sets the login form and side list beside the Persian text; html2text runs the "
        "cell together (warned)"
    ),
    "blind-portalfa6-fa-old-nano-short-question-arabicdigits": (
        "inscriptis sets the poll's heading beside the text"
    ),
    "blind-portalfa6-fa-old-stemcell-threecol-table": (
        "pandoc breaks the Persian table's words inside its grid cells"
    ),
    "blind-reports2-en-isti-video-sidefirst-question": (
        "w3m sets the side column's video links beside the text (warned: a category cut)"
    ),
    "blind-reports2-farhang-fa-oldportal-video-rightcol": (
        "html2text runs the flattened cell's paragraphs together (warned) where the tester "
        "cut them otherwise"
    ),
    "blind-reports2-insf-en-photo-poster-day-quote": (
        "w3m sets the gallery's image names (`[2]`) beside the captions' lines"
    ),
    "blind-sidecols11-bmn-en-calendar-right-short": (
        "html2text runs bmn's labels into the calendar's cells (warned); pandoc's grid cuts a "
        "calendar date (`2019/10/0` / `1`) and warns of no such date"
    ),
    "blind-sidecols11-en-latest-poll-right-long": (
        "html2text runs the flattened cell's lead and next paragraph together with nothing to "
        "show it"
    ),
    "blind-sidecols11-fa-calendar-left-table-1401": (
        "html2text runs the flattened cell's paragraphs together (warned)"
    ),
    "blind-sidecols12-insf-en-opinion-latest-right-long": (
        "html2text runs the kicker's second print into the lead with nothing to show it"
    ),
    "blind-sisteren8-biodc-en-mostviewed-period-title": (
        "the title printed once under the bullets is taken for the lead where the captures "
        "lose the head (warned)"
    ),
    "blind-sisteren8-bmn-en-mostvisited-first": (
        "inscriptis sets the side box beside the kicker and title"
    ),
    "blind-sisteren8-insf-en-latest-beside": (
        "html2text's lead run together with its paragraph, and pandoc's side cell beside the "
        "text, with nothing to show it"
    ),
    "blind-sisterfa8-fa-nano-old-portal": (
        "html2text runs the flattened cell's paragraphs together with nothing to show it"
    ),
    "blind-tablesites2-bmn-en-postdoc-grants-table": (
        "elinks sets the side list beside the text; pandoc's table in a grid cell wraps its head"
    ),
    "blind-wording6-fa-isti-channels-weather-sidefirst": (
        "the record is right; the tester expected the run-together warning on html2text's "
        "joined paragraph, which the record does not give below 300 words"
    ),
    "blind-comments10-en-insf-old-survey-comments-closed": (
        "html2text runs the flattened cell's paragraphs, the closed-comments notice and the "
        "comments together; nothing shows where the text ends"
    ),
    "blind-comments10-en-isti-mostcommented-form-zero": (
        "elinks prints the most-commented column beside the kicker and title, run into one line"
    ),
    "blind-comments9-bmn-en-survey-newsletter-closed": (
        "links and the lynx copies set the survey and newsletter column beside the kicker and "
        "title (links runs them into one line); html2text runs the flattened cell's "
        "paragraphs together with nothing to show it"
    ),
    "blind-converters20-en-oldportal-rightcol-figures": (
        "html2text runs the flattened cell's paragraphs together (warned) and cuts them where "
        "the tester did not"
    ),
    "blind-cutoff10-bmn-paste-cut-at-screen-end": (
        "a paste cut before the footer labels shows one weak marker alone (its capture date): "
        "read as no news page; the tester expects a record"
    ),
    "blind-cutoff10-en-oldportal-cut-in-side-column": (
        "the HTML cut inside the side column leaves one headline and its date, taken for the "
        "article's date (warned: no body found)"
    ),
    "blind-cutoff10-fa-side-column-cut-mid-paragraph": (
        "html2text runs the flattened cell's paragraphs together with nothing to show it"
    ),
    "blind-everyday45-en-belarus-laser-lab-short": (
        "html2text runs the cell's two paragraphs together with nothing to show it; "
        "inscriptis sets the most-viewed column beside the title (warned)"
    ),
    "blind-figreports3-en-oldportal-interview": (
        "html2text runs the breadcrumb, the print bar, the kicker and the title into one "
        "line; pandoc's table inside a grid cell wraps its cells"
    ),
    "blind-longform6-biodc-en-biosimilars-opinion-longform": (
        "lynx wraps the block quote two columns short of the text, so its first line, a "
        "sentence's end, seems to end the paragraph"
    ),
    "blind-opinions7-en-column-photo-sidefirst": (
        "pandoc prints the note's `* ` inside a grid cell as a list item's bullet; html2text "
        "runs the flattened cell together (warned)"
    ),
    "blind-opinions7-fa-oldportal-byline-footnote": (
        "html2text runs the byline and the flattened cell's paragraphs together (warned)"
    ),
    "blind-persian46-fa-innovation-fund-loans": (
        "elinks and links set the latest-news column beside the title, which is printed once; "
        "html2text runs the cell's paragraphs together with nothing to show it"
    ),
    "blind-portal28-en-oldportal-2018-summer-table-rightcol": (
        "elinks prints the footer row in the side column's lines; pandoc's table inside a "
        "grid cell wraps its cells"
    ),
    "blind-portal28-en-oldportal-2018-winter-long-numbered": (
        "elinks sets the long title beside the side column, cut; pandoc's numbered list "
        "inside a grid cell keeps its numbers"
    ),
    "blind-portal28-en-oldportal-2019-quote-bothcols": (
        "pandoc's grid of three columns wraps the title inside its cell, a leading space on "
        "one piece"
    ),
    "blind-portal29-en-old-biotech-exports-2018": (
        "pandoc's table inside a grid cell wraps its cells"
    ),
    "blind-portalfa7-fa-insf-old-opinion-jalali-row": (
        "html2text runs the flattened cell's paragraphs together (warned) and cuts them where "
        "the tester did not; pandoc's grid cell runs the breadcrumb's last crumb into the "
        "title"
    ),
    "blind-portalfa7-fa-nano-old-short-persian-digits": (
        "three columns side by side: w3m, links and inscriptis set the links column's items "
        "beside the title, taken for the kicker; html2text runs the title into the print bar"
    ),
    "blind-reports3-bmn-photo-report-captions": (
        "a paste's captions, one line each with no blank between, read as wrapped and joined"
    ),
    "blind-reports3-en-photo-gallery-credits": (
        "lynx and elinks print each image's alt text (the title) on the captions' lines: read "
        "as paragraphs run together (a false warning; the body is right)"
    ),
    "blind-reports3-en-video-mostviewed-first": (
        "html2text runs the flattened cell's paragraphs and the video's caption together with "
        "nothing to show it"
    ),
    "blind-reports3-fa-oldportal-photo-gallery": (
        "lynx runs the title's alt-text copies into the captions; html2text runs the "
        "breadcrumb, the print bar and the kicker into the title's line"
    ),
    "blind-sidecols13-bmn-right-mostvisited-counts": (
        "pandoc's grid cell runs the first two paragraphs together with nothing to show it"
    ),
    "blind-sidecols13-fa-right-latest-poll": (
        "pandoc's grid cell runs the paragraphs together with nothing to show it"
    ),
    "blind-sidecols13-old-portal-left-calendar-long": (
        "elinks prints the footer row inside the side column's lines; links keeps the table's "
        "walls in its rows; pandoc's grid cell runs the paragraphs together"
    ),
    "blind-sisteren9-bmn-en-leftcol-latest-table": (
        "html2text runs the flattened cell's paragraphs together with nothing to show it"
    ),
    "blind-sisterfa10-fa-nano-old-portal": (
        "lynx runs two paragraphs of a `<br>`-parted cell together, the first line full"
    ),
    "blind-sisterfa9-bmn-fa-related-inside": (
        "lynx prints a `<br><br>` as one line break: paragraphs run together with nothing to "
        "show it"
    ),
    "blind-sisterfa9-fa-nano-old-portal": (
        "elinks and links set the side column beside the wrapped breadcrumb and the kicker, "
        "run into it; html2text runs the cell together (warned)"
    ),
    "blind-tablesites3-bmn-en-table-sidelast-2019": (
        "links runs the menu into the title's line; pandoc's grid cell cuts the title's first "
        "letter; html2text runs the footer labels into the text"
    ),
    "blind-tablesites3-en-oldportal-left-ticker-2018": (
        "pandoc's grid cell cuts the capture date's first letter and wraps the table's cells"
    ),
    "blind-tablesites3-fa-nano-oldportal-rightcol-last-1398": (
        "html2text runs the print bar and the kicker into the title's line"
    ),
    "blind-tablesites3-insf-en-oldportal-leftcol-2020": (
        "html2text runs the footer row into the flattened cell; inscriptis keeps the "
        "newsletter's bare `Email:` field beside the text"
    ),
    "blind-wording7-bmn-most-shared-survey": (
        "html2text runs the survey's question and answers into the kicker's line"
    ),
    "blind-everyday46-en-startup-loans-table": (
        "inscriptis: the body ends before a table's caption and rows laid out in cells, and "
        "the text after them is lost"
    ),
    "blind-cutoff11-bmn-en-cut-screen": (
        "a paste cut at the bottom of the screen, above the labels, shows one weak marker "
        "alone, so is no news page by the README's rule"
    ),
    "blind-cutoff11-fa-isti-cut-sidecol": (
        "a Persian table layout with its side column first: elinks runs the lead into the "
        "title's place (warned), html2text runs the table cell's paragraphs into one (warned "
        "as a title printed once)"
    ),
    "blind-sidecols14-bmn-en-latest-right-short": (
        "html2text runs bmn's footer labels on into the right column's headline list on one "
        "line; pandoc cuts the title inside a word in its grid cell where no other copy mends "
        "it"
    ),
    "blind-sidecols14-en-opinion-right-latest-long": (
        "links ends the body at a table of figures beside the right column's poll; pandoc "
        "breaks the table's rows at its cell's width at a space the capture's words read as a "
        "cut (`Medicaldevices`)"
    ),
    "blind-portalfa8-fa-biodc-livestock-kits": (
        "html2text: a paragraph's last line stays apart after the table cell's run-together "
        "text (warned)"
    ),
    "blind-portalfa8-fa-farhang-film-contest": (
        "a Persian old portal with side columns on both sides: w3m, links and elinks print "
        "the poll's `access deny` inside the title's line, side by side; html2text runs the "
        "cell together"
    ),
    "blind-portalfa8-fa-insf-grants-report": (
        "elinks prints the kicker over two lines of the right column beside the side box, "
        "losing it; html2text runs the layout's cells into one line and loses the publisher "
        "(warned)"
    ),
    "blind-portalfa8-fa-isti-tabriz-factory": (
        "elinks prints the headline box beside the article and the title's lines between its "
        "items, keeping half the title"
    ),
    "blind-portalfa8-fa-nano-coatings-opinion": (
        "html2text runs the closing paragraph and the writer's footnote together after the "
        "table cell's text (warned)"
    ),
    "blind-sisteren10-bmn-en-sidefirst-returnees": (
        "html2text runs the table cell's kicker and lead together, the lead's first line read "
        "as the kicker (warned)"
    ),
    "blind-sisteren10-nano-en-sidefirst-figures": (
        "elinks and html2text print the latest-news column's dated items beside the one-line "
        "info block, and the first item's date and count are taken"
    ),
    "blind-sisteren10-parks-en-oldportal-rightcol-2018": (
        "links prints the right column's links box inside the first paragraph's lines, and "
        "the paragraphs stay wrapped"
    ),
    "blind-reports4-fa-video-rocket": (
        "html2text runs the table cell's kicker, title and text together (warned as a title "
        "printed once)"
    ),
    "blind-reports4-old-video-palm-drone": (
        "html2text runs the old portal's cell of text, captions and the download link into "
        "one paragraph (warned)"
    ),
    "blind-opinions8-fa-yaddasht-author-column": (
        "the author box in the side column first: lynx frames the box's line with the "
        "author's name (the kicker) above and below a headline list, and takes it for the "
        "title; w3m prints the box beside the title; html2text runs the cell's paragraphs "
        "together (warned)"
    ),
    "blind-persian48-fa-isti-side-first-question-title-list": (
        "html2text runs the table cell's first two paragraphs together and loses the last one "
        "after the side column's cell"
    ),
    "blind-portal30-en-old-2017-summer-nanofilters": (
        "pandoc keeps a list item's wrapped end in its grid cell a line apart; w3m prints the "
        "left column's heading beside the list's introduction and the list's items are lost "
        "with the column"
    ),
    "blind-portal30-en-old-2018-winter-salestable": (
        "inscriptis runs the side column's headline item (`* Knowledge-based companies list "
        "reaches 3,500 firms`) onto the title's line, and the kicker is lost"
    ),
    "blind-sisterfa11-fa-farhang-sidecol-first": (
        "links prints the side column's dated items beside the article's info lines, and a "
        "headline's date and views are taken (warned)"
    ),
    "blind-pastes15-oldportal-pardis-export": (
        "pandoc breaks only the head of a table wider than its grid cell (`Year` over "
        "`Companies   Exports`), its rows whole"
    ),
    "blind-converters22-en-oldportal-sidefirst-drone": (
        "html2text runs the table cell's title (curly quotes) into the text's paragraph, so "
        "it stays in the body (warned)"
    ),
    "blind-figreports4-fa-biodc-interview": ("html2text runs a table's caption into its head row"),
    "blind-figreports4-fa-report-nano": (
        "html2text loses the second paragraph under the table layout's cells; links prints "
        "the side column's headlines beside the table"
    ),
    "blind-figreports4-old-portal-report-parks": (
        "pandoc sets the table's caption after its rows in the grid cell"
    ),
    "blind-wording8-biodc-en-mostshared-beside-table": (
        "html2text runs the cell's paragraphs together (warned); links prints the survey box "
        "beside the table of figures"
    ),
    "blind-wording8-en-oldportal-videos-channels": (
        "elinks prints the channels box beside the title's second line; html2text runs the "
        "cell's paragraphs together (warned) and loses the capture date in the scrolling "
        "bar's row"
    ),
    "blind-wording8-fa-sidecol-weather-currency": (
        "html2text runs the cell's paragraphs together; links prints the side column beside "
        "the news group list, whose last name takes a line of it"
    ),
    "blind-persian49-fa-isti-water-sidefirst-2021": (
        "html2text runs the table cell's paragraphs onto the lead's line and the record keeps "
        "the lead alone"
    ),
    "blind-tablesites4-bmn-en-sidefirst-table": (
        "html2text runs the cell's kicker and paragraphs together (warned)"
    ),
    "blind-tablesites4-bmn-fa-sidefirst-list": (
        "html2text runs the Persian table cell's kicker and paragraphs together (warned as a "
        "title printed once)"
    ),
    "blind-comments11-fa-oldportal-comments-poll": (
        "html2text runs the old portal's cell, kicker and paragraphs, together (warned)"
    ),
    "blind-longform7-en-oldportal-metro-quake-warning": (
        "elinks and links print the table of earthquakes beside the most-visited column, and "
        "its rows are lost with it; inscriptis runs the kicker into the breadcrumb's cell"
    ),
    "blind-longform7-fa-isti-palm-irrigation-sidefirst": (
        "html2text runs the table cell's first paragraphs together and the record keeps the "
        "lead alone"
    ),
    "blind-cutoff12-bmn-en-cut-inside-footer": (
        "elinks cut inside the related news box: the title keeps its link's number, and its "
        "copy stays in the text (warned as cut short)"
    ),
    "blind-cutoff12-fa-isti-sidecol-first-cut": (
        "HTML cut inside the side column before the article: a headline of the column is read "
        "as the text (warned)"
    ),
    "blind-sidecols15-en-isti-table-right-opinion-figures": (
        "inscriptis prints the right cell's calendar beside the byline and the text, its "
        "lines read as the text's"
    ),
    "blind-sidecols15-fa-isti-table-right-poll": (
        "elinks, links and html2text print the poll and the most-viewed column beside the "
        "kicker and title, and a paragraph is taken for the title (warned)"
    ),
    "blind-portal31-en-oldportal-rightcol-figures-2018": (
        "html2text runs the cell's paragraphs and the table's head together (warned)"
    ),
    "blind-sisteren11-bmn-en-latest-column-first": (
        "inscriptis prints the site's name from the side column's banner cell among the "
        "text's last lines"
    ),
    "blind-sisteren11-nano-en-oldportal-sidecol-first": (
        "lynx prints the paragraphs the page parts with two breaks as one block, and the last "
        "one runs on into the next"
    ),
    "blind-opinions9-bmn-commentary-photo": (
        "the kicker is the author's bare name, said again at the head of the photo's caption: "
        "read as a byline, it is no kicker, and the title printed once is lost to the lead "
        "(warned)"
    ),
    "blind-opinions9-en-oldportal-commentary-pullquote": (
        "html2text runs the pull quote's cell into the paragraphs of the article's cell"
    ),
    "blind-opinions9-en-opinion-footnote": (
        "html2text runs the article's paragraphs together after the side cell"
    ),
    "blind-reports5-insf-en-video-interview-chemist": (
        "links and elinks print two captions as one paragraph, the second's credit ending it, "
        "and both are left out"
    ),
    "blind-comments12-fa-isti-comments-closed": (
        "inscriptis prints the newsletter cell beside the article: its words run into the "
        "title's line and the info block's date is lost"
    ),
    "blind-comments13-en-old-portal-comment-form": (
        "w3m prints the newsletter form's radio buttons beside the lead, and the lead's "
        "wrapped line is cut there"
    ),
    "blind-comments13-fa-isti-comments-closed-survey": (
        "html2text runs the table cell's paragraphs together and splits them elsewhere"
    ),
    "blind-converters23-fa-isti-saffron-sensor-sidefirst": (
        "pandoc at 50 columns sets a blank line inside the news group list's grid cell: the "
        "last names are lost"
    ),
    "blind-cutoff13-bmn-cut-side": (
        "links prints the side column beside the kicker, which is read as the side column's"
    ),
    "blind-cutoff13-en-cut-body": (
        "inscriptis prints the side column beside the text: its lines are read into the paragraphs"
    ),
    "blind-cutoff13-old-portal-cut-table": (
        "pandoc's grid table inside the layout grid: its rows are read cell by cell"
    ),
    "blind-everyday50-en-ai-olympiad-sidefirst-list": (
        "links prints the side column beside a list item, read into it"
    ),
    "blind-everyday51-en-isti-saffron-tablets-short": (
        "inscriptis prints the side column's items on the info block's rows: the info block is lost"
    ),
    "blind-figreports5-en-biodc-report-enzymes": (
        "lynx runs the chart's alt text and caption together onto the answer's line"
    ),
    "blind-figreports5-fa-interview-biotech-vaccine": (
        "inscriptis and w3m print the side column beside the text, html2text runs it into the "
        "paragraph"
    ),
    "blind-figreports6-bmn-interview-turns": (
        "a table's caption wrapped in a narrow cell stays two lines; html2text runs it into "
        "the head"
    ),
    "blind-figreports6-en-report-chart-sidecol": (
        "html2text runs the lead and the next paragraph together; pandoc's grid cell keeps "
        "the chart's alt text"
    ),
    "blind-figreports6-fa-report-figures": (
        "html2text and pandoc keep the chart's alt text, which they print beside its caption"
    ),
    "blind-longform8-biodc-en-opinion-enzyme-exports-2021": (
        "w3m prints a footnote's mark on a line of its own"
    ),
    "blind-longform8-en-isti-hydrogen-bus-longform": (
        "the table of figures is printed column by column (inscriptis, lynx, w3m) and lynx "
        "wraps the block quote"
    ),
    "blind-longform8-en-oldportal-seismic-isolators-2018": (
        "links wraps the last paragraphs in a narrower column than the rest; html2text runs "
        "the cell together"
    ),
    "blind-longform8-fa-isti-saffron-genome-longform": (
        "elinks prints broken bytes in the side column and the text's lines are mixed"
    ),
    "blind-mobile9-en-biodc-mobile-opinion-cookie": (
        "html2text turns the closing footnote's star into a bullet"
    ),
    "blind-opinions10-bmn-elite-voices": (
        "lynx runs the pull quote on after the paragraph it repeats"
    ),
    "blind-opinions10-fa-author-box": (
        "lynx wraps the block quote short of its own width, and its last word stays a line"
    ),
    "blind-opinions10-old-portal-name-kicker": (
        "html2text runs the table cell's paragraphs together and splits them elsewhere"
    ),
    "blind-persian51-fa-biotech-side-first": (
        "html2text runs the table cell's paragraphs together and splits them elsewhere"
    ),
    "blind-persian52-fa-health-startups": (
        "elinks and links print the side column beside the title and text; html2text runs the "
        "comment count into the cell"
    ),
    "blind-portal32-en-old-2017-winter-exports": (
        "html2text runs the line announcing the table into the cell's text"
    ),
    "blind-portalfa9-fa-oldportal-biodc-threecol-summer2019": (
        "three columns side by side: links sets the kicker beside the links box, pandoc's "
        "grid mixes the cells"
    ),
    "blind-portalfa9-fa-oldportal-farhang-rightmenu-byline-2020": (
        "elinks prints the menu beside the kicker and title; html2text runs the cell together"
    ),
    "blind-portalfa9-fa-oldportal-nano-longtitle-table-2020": (
        "links prints the ticker and side column beside the kicker and the table"
    ),
    "blind-reports6-bmn-en-photo-robotics-camp-2019": (
        "links and elinks print the gallery's alt text beside its caption in a two-column table"
    ),
    "blind-reports6-fa-biodc-photo-brucella-kit-sidefirst": (
        "lynx runs a hidden share label onto the video's caption"
    ),
    "blind-sidecols16-bmn-left-calendar": (
        "the calendar's grid of day numbers beside the article hides the column boundary"
    ),
    "blind-sidecols16-en-right-links-long-side": (
        "a long side column's links beside a table of figures: links at 100 columns and "
        "pandoc mix the rows; html2text runs the cell together"
    ),
    "blind-sidecols17-bmn-calendar-right": (
        "links prints the calendar beside the article and hides the column boundary"
    ),
    "blind-sidecols17-en-latest-news-right-table": (
        "w3m and links print the side column beside the kicker printed again and the title's copy"
    ),
    "blind-sisteren12-bmn-en-olympiad-side-first": (
        "html2text runs the table cell's paragraphs onto the side column's line"
    ),
    "blind-sisteren13-nano-en-oldportal-threecol": (
        "pandoc's grid of three columns cuts the footer line; html2text runs the cell together"
    ),
    "blind-tablesites5-bmn-en-sidefirst-footerrow": (
        "html2text runs the paragraphs into the footer row"
    ),
    "blind-tablesites5-bmn-fa-sidelast-labels": (
        "the title with a colon printed once in a narrow cell: html2text, links and pandoc split it"
    ),
    "blind-tablesites5-en-biodc-oldportal-sidefirst": (
        "pandoc's grid cell cuts the table of figures"
    ),
    "blind-tablesites5-fa-nano-oldportal-sidelast": (
        "html2text runs the cell's paragraphs together with no sign of it"
    ),
    "blind-tablesites5-insf-en-oldportal-sidelast": (
        "html2text runs the cell's paragraphs together with no sign of it"
    ),
    "blind-tablesites6-bmn-en-sidefirst-figures": (
        "html2text and inscriptis print the side column's menu into the kicker's line"
    ),
    "blind-tablesites6-fa-biodc-old-portal-sidelast": (
        "html2text runs the breadcrumb, title and text together; elinks mixes the side column"
    ),
    "blind-tablesites6-fa-bmn-jalali-sidelast": (
        "Persian bmn labels (`تاریخ انتشار`, `تعداد بازدید`) run together with the side "
        "column: the text tools lose the title"
    ),
    "blind-tablesites6-insf-old-portal-sidelast-list": (
        "html2text runs the title and the text together"
    ),
    "blind-wording10-bmn-en-jobboard-poll-beside": (
        "the job board and poll printed beside the article hide the kicker and title"
    ),
    "blind-wording10-en-biodc-videos-beside-byline": (
        "the video column printed beside the text: elinks and html2text mix its lines in"
    ),
    "blind-wording9-bmn-poll-job-board": (
        "html2text runs the job board's last line into the kicker's"
    ),
    "blind-wording9-old-portal-most-shared-newsletter": (
        "inscriptis prints the most-shared items beside the kicker and title"
    ),
    "blind-opinions11-bmn-en-kicker-author-photo": (
        "html2text runs the table cell's paragraphs together with nothing to show it"
    ),
    "blind-opinions11-en-oldportal-viewpoint-pullquote": (
        "inscriptis prints the related column's first item beside the kicker; html2text runs "
        "the cell together"
    ),
    "blind-opinions11-fa-isti-authorbox-pullquote": (
        "the author photo's alt text (the author's name) and the byline under the bullets are "
        "taken for the title printed once above them"
    ),
    "blind-opinions11-insf-en-mostviewed-authorbox": (
        "html2text runs the author box and the text's paragraphs together"
    ),
    "blind-portal33-en-old-2018-summer-vaccines-list": (
        "the side columns printed beside the article: links and inscriptis read the kicker "
        "from them, w3m a numbered item's number"
    ),
    "blind-portal33-en-old-2019-winter-medexports-table": (
        "html2text runs the table's head into a paragraph; pandoc's grid cell cuts the table"
    ),
    "blind-portal33-en-old-2020-winter-ai-roadmap-long": (
        "inscriptis runs the side column's last word into the title's first; pandoc's grid "
        "mixes the cells"
    ),
    "blind-reports7-biodc-video-enzymes": (
        "a short caption of its own right above a credited caption reads as that picture's "
        "alt text and is dropped with it"
    ),
    "blind-reports7-en-oldportal-video-stemcell": (
        "two captions with no blank line between run together and are dropped with the "
        "second's credit; the video's download link is read as a player's button"
    ),
    "blind-reports7-fa-video-drone-golestan": ("html2text runs the player's lines into the lead"),
    "blind-sisterfa13-farhang-side-column-first": (
        "html2text runs the table cell's paragraphs together with nothing to show it"
    ),
    "blind-comments14-fa-saffron-drying-comments": (
        "html2text runs the table cell's paragraphs together; inscriptis prints the most-"
        "viewed box and the helpful widget beside the text, and their lines are read into the"
        " body"
    ),
    "blind-comments14-oldportal-fa-carpet-dye-rightcol": (
        "html2text runs the cell's paragraphs together and loses the comment count's line in "
        "the run; inscriptis prints the right column's poll beside the title"
    ),
    "blind-converters25-oldportal-pistachio-drying-right-column-first": (
        "the capture date in a third cell, which links, elinks and w3m at 60 columns wrap "
        "beside the side column; pandoc's markdown draws the layout as a grid with fenced "
        "divs"
    ),
    "blind-cutoff14-en-hydrogen-bus-saved-while-loading": (
        "html2text runs the cell together with the keywords after the text, and the run is "
        "split at the wrong sentence"
    ),
    "blind-figreports7-insf-grants-2020-chart-most-viewed-cell-first": (
        "elinks prints the most-viewed cell beside the article, and its dated items are read "
        "as the article's block"
    ),
    "blind-figreports7-oldportal-greenhouse-water-side-column-first": (
        "pandoc's grid cell sets the table's first head cell apart from the rest of its row"
    ),
    "blind-longform9-en-quantum-sensing-roadmap-toc": (
        "w3m wraps a footnote's mark onto a line of its own after a paragraph, which is then "
        "cut in two"
    ),
    "blind-longform9-oldportal-fa-science-animation-guide": (
        "w3m wraps a footnote's mark onto a line of its own, and a paragraph runs into the next"
    ),
    "blind-opinions12-fa-open-data-column-translated": (
        "html2text runs the byline, the translator's line and the kicker into one line before"
        " the title and the lead"
    ),
    "blind-opinions12-oldportal-incubator-interview-right-column": (
        "html2text runs the interviewer's byline into the lead"
    ),
    "blind-portal34-fa-oldportal-farhang-science-house-tabriz": (
        "html2text runs the breadcrumb, kicker, title and text together and cuts the title "
        "where the kicker's words end"
    ),
    "blind-portal34-insf-oldportal-en-joint-grants-two-columns-first": (
        "three columns: links wraps the long title in a narrow cell beside two side columns "
        "and its end is lost; html2text runs a form's button into the kicker"
    ),
    "blind-portal34-oldportal-en-desalination-latest-news-first-winter": (
        "inscriptis prints a poll's question and answers among the text's last lines"
    ),
    "blind-portal34-oldportal-en-nanofiber-mask-login-mostviewed-left": (
        "three columns: elinks sets the article in a column a word or two wide; html2text "
        "runs the title into the lead; w3m's copyright line stands beside the side column"
    ),
    "blind-portal34-oldportal-en-wheat-seeds-nowruz-columns-after": (
        "inscriptis prints three cells side by side, the login box's label run on after a paragraph"
    ),
    "blind-portalfa10-bmn-en-returning-postdocs-question-title": (
        "three columns: links sets a side item's date inside the lead; html2text runs the "
        "capture date and the visit count into other cells"
    ),
    "blind-portalfa10-fa-isti-current-side-column-winter": (
        "html2text runs the short title and the title's copies into the lead"
    ),
    "blind-portalfa10-oldportal-fa-farhang-right-column-poll": (
        "the right column (most viewed, a poll, a visit counter) printed before or beside the"
        " article: html2text and links take a side item for the title"
    ),
    "blind-reports8-oldportal-photo-report-desert-solar-farm": (
        "pandoc's grid runs a picture's alt text into the paragraph above it"
    ),
    "blind-sidecols18-bmn-elite-grants-narrow-left-links": (
        "w3m prints the narrow links column beside bmn's labels, and the visit count is lost"
    ),
    "blind-sidecols18-fa-nanofilter-poll-login-first": (
        "links prints the poll beside the kicker and the title; html2text loses the comment "
        "count's line in the run"
    ),
    "blind-sidecols18-insf-graphene-sensor-article-first-right-column": (
        "links and elinks print the right column's dated items beside the article's date, "
        "which is lost"
    ),
    "blind-wording11-fa-pars2-satellite-poll-editors-pick": (
        "html2text runs the poll's buttons into the kicker and the player into the lead"
    ),
    "blind-wording11-insf-postdoc-grants-jobs-events-editors-pick": (
        "a paste sets a subheading right above a list's first item with no line between, and "
        "they are joined"
    ),
    "blind-wording11-oldportal-nano-filter-currency-ticker-side-first": (
        "html2text runs the cell together and the view count's cell is lost"
    ),
    "blind-figreports8-bmn-en-grants-table-numbers-list": (
        "html2text runs the table's caption into its head row; inscriptis sets the menu's "
        "last item right over the kicker, which is lost"
    ),
    "blind-figreports8-en-perovskite-table-side-column-first": (
        "html2text runs the caption and the head row into the lead; pandoc's simple table "
        "joins a row's first two cells"
    ),
    "blind-figreports8-fa-pardis-exports-chart-right-column-first": (
        "html2text runs the chart's figures together; pandoc sets the table's caption under "
        "its rows"
    ),
    "blind-figreports8-oldportal-nano-exports-chart-side-column-first": (
        "html2text runs the cell together; lynx runs the chart's caption into its first figure"
    ),
    "blind-opinions13-oldportal-salt-flats-column-by-right-column-first": (
        "html2text runs the byline into the run-together text"
    ),
    "blind-pastes17-en-desalination-membrane-menu-most-viewed-first": (
        "html2text runs the table cell's paragraphs together, the first split at a wrong sentence"
    ),
    "blind-persian55-en-solar-desalination-menu-most-viewed-first": (
        "html2text runs the share bar into the lead; inscriptis prints the newsletter box "
        "among the text's lines"
    ),
    "blind-portal35-oldportal-en-dust-sensors-three-columns-2017": (
        "three columns: w3m sets the login box and the poll beside the long title"
    ),
    "blind-reports9-en-zabol-dune-crust-photo-gallery": (
        "a caption printed after the title's copy as alt text is taken for it and run into "
        "the next caption (html2text, links, lynx)"
    ),
    "blind-wording12-fa-pistachio-pest-sensor-poll-currency-side-first": (
        "the side column of rates and a poll printed beside the text: links and elinks wrap "
        "the last category into it; html2text runs the player into the lead and loses the "
        "date; inscriptis sets the poll's answers among the text"
    ),
    "blind-wording12-oldportal-en-rice-husk-silica-events-jobs-side-first": (
        "html2text runs the cell together and the copyright line into the events box"
    ),
    "blind-comments15-bmn-elite-olympiad-mentors-comments-rating": (
        "html2text runs the kicker onto the breadcrumb (`Home > News Scientific olympiads;`):"
        " nothing marks where the crumbs end, and the kicker is lost (the record warns that "
        "paragraphs ran together)"
    ),
    "blind-converters26-en-solar-cells-menu-most-viewed-first": (
        "links at 60 columns ends a paragraph's line where the next word would have fitted (a"
        " side column beside it), so two paragraphs stay apart wrongly; pandoc wraps the news"
        " group list at a space inside `Top stories` in a grid cell, read as a word cut at "
        "the wall (`Topstories`)"
    ),
    "blind-cutoff15-fa-saffron-drone-cut-in-footer": (
        "inscriptis prints a side column's last headline beside the article's list, one line "
        "only two-sided: too little to tell the columns apart, the headline runs into an item"
    ),
    "blind-cutoff15-insf-wheat-rust-saved-while-loading": (
        "a capture whose top is lost opens mid-body: its first paragraph is taken for the "
        "title (with `title uncertain`), not left as body with no title"
    ),
    "blind-cutoff15-oldportal-dust-storm-forecast-cut-after-title": (
        "an HTML capture cut inside the side column's first item: that item's bare date is "
        "taken for the article's date (the record warns of the truncation and of a title from"
        " the head only)"
    ),
    "blind-portalfa11-oldportal-en-saffron-drying-right-column": (
        "elinks wraps the title inside the right column and prints a copy whole: the two read"
        " as two candidates (warned)"
    ),
    "blind-sidecols19-en-perovskite-cells-narrow-latest-left": (
        "links wraps the title inside a narrow column beside the side column's dated "
        "headline: the title's end and the headline's date run together, the title is cut "
        "short and the body lost (warned)"
    ),
    "blind-sidecols19-insf-postdoc-grants-three-columns-question-title": (
        "three columns side by side: the info bullets stand beside the most-viewed box's "
        "dated items, and the article's date is not found (warned)"
    ),
    "blind-sisteren15-oldportal-insf-latest-column-first": (
        "pandoc sets the footer's copyright inside a grid cell, wrapped off its publisher: "
        "the capture reads as ending inside the footer (warned) and the publisher is lost"
    ),
    "blind-figreports9-bmn-en-olympiad-medals-numbers-list-related-after": (
        "inscriptis sets the table's cells one under another and the title's copies apart "
        "from the kicker: a sentence of the text is taken for the title (warned); lynx prints"
        " the five-column table's rows with their figures wrapped under the first cell, read "
        "as words of a paragraph"
    ),
    "blind-figreports9-en-wind-blades-caption-below-latest-first": (
        "the caption's footnote mark `[1]` reads in lynx as a link's number, which lynx sets "
        "the same way, and is dropped"
    ),
    "blind-figreports9-fa-saline-farming-persian-digits-units-line": (
        "html2text runs the units line and the table's caption above it into the text before "
        "them, and the run-together warning stands beside a record whose caption is not apart"
    ),
    "blind-figreports9-oldportal-en-isotopes-nested-table-left-menu": (
        "a chart of `#` bars and a table nested in the layout table: inscriptis and links set"
        " the bars' rows beside the side column, html2text runs the chart onto the text, and "
        "pandoc's grid cuts the bars' rows"
    ),
    "blind-opinions14-fa-open-data-translated-column-author-box-side-first": (
        "html2text runs the author box (name twice, post), the title's copies and the text "
        "onto one line: the author box stays in the lead"
    ),
    "blind-opinions14-oldportal-en-salt-lake-column-by-byline-right-column-first": (
        "html2text runs the old portal's footer row onto the last paragraph past its count's "
        "label, and the view count is lost with the breaks (warned)"
    ),
    "blind-persian56-en-diamond-sensor-most-viewed-first-period-title": (
        "html2text runs a subheading in bold into the paragraphs around it, and a share bar's"
        " word after them; the run-together warning stands, but the body keeps that word"
    ),
    "blind-portal36-fa-oldportal-farhang-children-science-stories": (
        "links wraps the Persian title inside the narrow article column beside the side "
        "column: its first words are taken for the title, the rest left in the body"
    ),
    "blind-portal36-oldportal-en-biodc-stem-cell-registry-opinion": (
        "pandoc sets the copyright in a grid cell, wrapped off its publisher (read as a "
        "footer cut short)"
    ),
    "blind-portal36-oldportal-en-desalination-column-after": (
        "html2text runs the copyright into the side column's cell after the article: the "
        "publisher is lost and the footer reads as cut short (warned)"
    ),
    "blind-portal36-oldportal-en-perovskite-left-column-first": (
        "the left column's most-visited items copy the footer row's shape (`time - date Show "
        "Count : N`): side by side in elinks and links, one of them is read as the article's "
        "row; the HTML record is right but says the choice was close"
    ),
    "blind-wording13-en-hydrogel-dressing-poll-editors-pick-first": (
        "a job board under a heading of its own wording (`Openings in the ecosystem`, items "
        "`..., apply by Jan 31`) between the text and the footer: read as body"
    ),
    "blind-wording13-fa-saffron-drone-weather-events-side-first": (
        "html2text runs the read-aloud player's line, its duration and its download link into"
        " the lead"
    ),
    "blind-wording13-oldportal-fa-kashan-tiles-scan-jobs-calendar-right-first": (
        "html2text runs the Persian copyright into a side cell's text (read as a footer cut "
        "short, the publisher lost); inscriptis sets the calendar's dated items and the job "
        "board beside the text"
    ),
    "blind-comments16-insf-antibiotic-call-latest-comments-box-first": (
        "html2text runs the helpful widget's counted answers and the error and top links onto"
        " the last paragraph's line: they stay in the body"
    ),
    "blind-comments16-oldportal-date-palm-enzyme-comments-left-newsletter": (
        "elinks and html2text set the comments' counted heading beside or after other cells' "
        "text, not over the first commenter: the count is not read"
    ),
    "blind-longform10-en-perovskite-roadmap-most-viewed-side": (
        "html2text runs a related story's line and the footnotes together with the text; w3m "
        "prints a side column's headline and its date beside a subheading, and they stay in "
        "the body"
    ),
    "blind-mobile13-oldportal-chitosan-dressing-select-menu": (
        "html2text runs the breadcrumb, kicker, title, text and the old portal's footer row "
        "into one paragraph and wraps the row's count label apart: no info block is read "
        "(warned)"
    ),
    "blind-reports11-bmn-olympiad-medalists-podcast-box": (
        "a side column of podcast episodes and latest news printed beside the article by the "
        "text browsers, and a podcast box's lines run into the text by html2text: the title "
        "is lost (warned)"
    ),
    "blind-reports11-insf-caspian-seal-drone-video-related-first": (
        "a paragraph right above a figure whose caption is its credit alone (`Photo: ...`) is"
        " taken for that figure's caption and dropped; html2text runs the player's fallback "
        "into the lead"
    ),
    "blind-reports11-oldportal-fa-science-heritage-photo-exhibit": (
        "html2text runs the breadcrumb, kicker, title and a short text onto one line: the "
        "body is right but the run-together warning the README gives for that line is missing"
    ),
    "blind-sidecols20-bmn-young-researchers-grants-poll-right": (
        "html2text wraps the title in its cell and runs the poll column on after it; links at"
        " 100 columns runs a poll's option onto the last paragraphs"
    ),
    "blind-wording14-bmn-water-sensor-whats-on-app-banner": (
        "elinks and links print the picture's alt text `photo` after the title's copy: the "
        "title takes that word and its copy stays in the body"
    ),
    "blind-wording14-fa-wind-turbine-side-calendar-jobs": (
        "html2text runs the read-aloud player's label, button and length into the lead"
    ),
    "blind-wording14-oldportal-saffron-right-column-weather-poll": (
        "html2text runs the copyright into a side cell's text (read as a footer cut short, "
        "the publisher lost)"
    ),
    "blind-everyday56-en-startups-opinion-byline": (
        "a browser's paste keeps an ordered list's numbers at the text's margin, one space "
        "before the item, as numbers typed into paragraphs stand: they stay"
    ),
    "blind-figreports10-bmn-en-returning-researchers-nested-table-left-menu": (
        "html2text runs the kicker, the title and the text onto one line with the menu's "
        "cell: no title (with a warning)"
    ),
    "blind-figreports10-en-hydrogen-electrolyser-chart-most-viewed-first": (
        "a table's caption above its head: html2text sets it on the head's line, and pandoc's"
        " copy keeps the chart's list apart from the caption the tester joined"
    ),
    "blind-figreports10-fa-date-palm-seedlings-table-side-column-first": (
        "html2text runs the first paragraphs into the table's head; links prints the table "
        "beside the side column's headlines"
    ),
    "blind-figreports10-oldportal-en-nano-exports-bar-table-left-column-first": (
        "a bar chart drawn as a table with an empty middle cell: links prints it beside the poll"
    ),
    "blind-opinions15-fa-interview-translator-kicker-again": (
        "html2text runs the caption, the kicker printed again and the credits into the first answer"
    ),
    "blind-opinions15-oldportal-column-by-author-side-column-first": (
        "html2text runs the byline into the first paragraph of the cell"
    ),
    "blind-portal37-oldportal-en-latest-news-column-first-winter": (
        "elinks prints the send-to-friend form's field and button before the kicker on its line"
    ),
    "blind-portal37-oldportal-en-nano-coatings-summer-right-column-after": (
        "html2text wraps the footer line's view count away from its label: no views"
    ),
    "blind-portal37-oldportal-fa-student-ideas-headlines-first": (
        "html2text runs the address cell into the copyright line and wraps it: no publisher, "
        "and the footer looks cut"
    ),
    "blind-sidecols21-bmn-en-robotics-league-login-left-latest-right": (
        "elinks and links print the login box's fields inside the title's lines (three "
        "columns): the title takes them (with a warning)"
    ),
    "blind-sidecols21-insf-research-chairs-wide-left-most-viewed-long-title": (
        "html2text runs the long title, the kicker and the text together: the title's words "
        "stay in the joined paragraph"
    ),
    "blind-wording15-fa-date-palm-weevil-sensor-events-poll-side-first": (
        "a player run into the title's copy (html2text), a currency ticker in new words "
        "(inscriptis) and printed beside the text (links)"
    ),
    "blind-wording15-insf-sewage-antibiotic-grants-editors-pick-first-ticker": (
        "a feedback widget run on after the last sentence (lynx), a player run into the "
        "title's copy (html2text)"
    ),
    "blind-wording15-oldportal-en-stainless-rebar-editors-pick-fx-right-first": (
        "elinks wraps the footer line inside the text's last paragraph, html2text runs a "
        "player into the kicker, inscriptis prints the right column's boxes under the text"
    ),
    "blind-wording16-fa-milk-antibiotic-paper-sensor-live-ticker-survey-side-first": (
        "lynx sets the kicker among the side column's lines; html2text runs the player into "
        "the title's copy"
    ),
    "blind-wording16-oldportal-bone-cement-podcast-survey-job-board-right-first": (
        "a read-aloud button's label `Read aloud` run into the kicker's line (w3m, "
        "html2text), and html2text's footer line run into the text"
    ),
    "blind-cutoff17-oldportal-saffron-sensor-top-lost": (
        "a capture that starts inside the text, its top lost: the first paragraph is taken "
        "for the title (with a warning that it has no copy)"
    ),
    "blind-mobile14-oldportal-farhang-kids-science-festival-android-bar": (
        "html2text runs the share line into the run-together cell's last sentence"
    ),
    "blind-reports12-oldportal-fa-saffron-lab-photo-gallery": (
        "a caption opening with its credit, centred over lines the tools do not join: its "
        "lines after the first stay in the body"
    ),
    "blind-sisterfa16-fa-isti-most-viewed-first-persian-digits": (
        "links prints the article's date and views inside the side column's latest news: they"
        " are read as its items (with a warning that no date is found)"
    ),
    "blind-wording18-en-diamond-magnetometer-series-part-two": (
        "pandoc marks a topic's follow button `+` as a list item: it stays in the body"
    ),
    "blind-wording18-insf-industry-fellowships-picks-column-first": (
        "html2text runs the newsletter's box into the run-together cell"
    ),
    "blind-wording18-oldportal-desalination-membrane-poll-first": (
        "html2text runs the print version's notice and the kicker into the cell's line: no kicker"
    ),
    "blind-figreports11-fa-medical-exports-side-column-first": (
        "the side column printed beside the table of figures (links, elinks, inscriptis: its "
        "headlines, dates and counts run into the rows, and inscriptis's run into the info "
        "block, so no block is found); html2text runs the lead into the table's head row"
    ),
    "blind-figreports11-insf-grantee-papers-nested-tables": (
        "html2text runs the kicker's label and the table's head row into the flattened text; "
        "w3m sets a footnote's mark on the line under its year (`2020` / `[2].`), read back "
        "with a space"
    ),
    "blind-figreports11-oldportal-biosimilars-right-column-first": (
        "html2text runs the table's head row into the flattened paragraph before it, which "
        "the tester kept apart"
    ),
    "blind-longform11-bmn-en-grant-rules-guide": (
        "a browser's paste keeps an ordered list's numbers (`1. Who can apply`) at the "
        "margin, where an editor's typed numbers stand too: kept"
    ),
    "blind-longform11-en-quantum-sensor-toc-keypoints": (
        "a browser's paste keeps an ordered list's numbers at the margin, where an editor's "
        "typed numbers stand too: kept"
    ),
    "blind-longform11-fa-solar-desalination-side-column": (
        "a poll run into the kicker's line "
        "(html2text, which also sets a read-more line apart from the flattened paragraph); "
        "the paste keeps an ordered list's numbers"
    ),
    "blind-longform11-insf-en-grant-report-most-viewed-first": (
        "a browser's paste keeps an ordered list's numbers at the margin, where an editor's "
        "typed numbers stand too: kept"
    ),
    "blind-longform11-oldportal-fa-saffron-genome-right-column": (
        "a browser's paste keeps an ordered list's Latin numbers at the margin, where an "
        "editor's typed numbers stand too: kept"
    ),
    "blind-opinions16-bmn-returnee-engineer-interview-by-pull-quote": (
        "the interviewee's box (name and post) under the text, where the capture shows no "
        "photo's alt text repeating the name: read as a signature, which stays body"
    ),
    "blind-opinions16-en-hydrogen-buses-star-byline-most-viewed-first": (
        "html2text runs the byline and the kicker printed again into the flattened lead; "
        "pandoc's grid cut the title inside a word and an apostrophe (`Hydr` / `ogen`, "
        "`Tehran'` / `s`), two candidates warned"
    ),
    "blind-opinions16-oldportal-dust-warnings-column-by-right-column-first": (
        "html2text flattens the cell: the author's post and the pull quote run into the text "
        "(the tester kept the post, dropped the quote)"
    ),
    "blind-portalfa12-bmn-fa-elite-soldiers-poll-counter": (
        "a side column printed beside the kicker and title (w3m, links, elinks): the title's "
        "copy is taken, the kicker missed, warned; html2text runs the poll into the title's "
        "line"
    ),
    "blind-portalfa12-oldportal-fa-farhang-saffron-rightcol": (
        "html2text wraps the breadcrumb's title onto the print bar's and the kicker's line: "
        "the breadcrumb's cut title is taken, the kicker holds the rest, warned"
    ),
    "blind-sidecols22-bmn-insulin-pen-login-left-latest-right": (
        "three columns printed side by side (links, elinks): the login box's words run into "
        "the kicker and title; html2text runs the poll into the title's line"
    ),
    "blind-sidecols22-insf-postdoc-grants-wide-links-column-first": (
        "a login box printed beside the text (inscriptis, w3m at 100 columns): its field "
        "labels and `New researcher? Register here` read as text"
    ),
    "blind-sisteren16-oldportal-fa-parks-headlines-after": (
        "elinks damaged the bytes of the title's line: another line is taken, warned"
    ),
    "blind-persian59-bmn-fa-returning-elites-related-box": (
        "the title printed once, under the kicker, with no copy and no HTML head: the kicker "
        "above it is taken to confirm it, so no `title uncertain`, which the README's table "
        "asks for"
    ),
    "blind-converters28-oldportal-seed-bank-right-column-first": (
        "links prints the headlines column beside the article and breaks the title's line "
        "against an item of it: the first half of the title stands alone and is taken for the"
        " title (the breadcrumb's copy cut to match it)"
    ),
    "blind-cutoff18-bmn-soil-moisture-sensor-cut-footer": (
        "html2text's copy cut inside the body holds only bmn's capture date of the site's "
        "marks (an empty logo alt, no footer): it is refused as no news page"
    ),
    "blind-cutoff18-fa-hydrogen-fuel-cell-bus-cut-html": (
        "the side column printed beside the article runs its boxes between the date and views"
        " above the title and the study time and code under it: the kicker is lost and the "
        "title warned as printed once (inscriptis, cut or whole, takes the lead for it); the "
        "paste takes the date and views over the kicker for a headline list's item"
    ),
    "blind-cutoff18-oldportal-saffron-drying-top-lost": (
        "links' copy that lost its top opens mid-sentence: the fragment is taken for a title "
        "printed once (warned), not reported as no title"
    ),
    "blind-everyday57-en-perovskite-most-viewed-first": (
        "links centres the title's heading beside the side column and breaks it in two: the "
        "halves are taken for two candidates (warned) and the body is lost"
    ),
    "blind-mobile15-insf-cubesat-question-title-related-inside": (
        "lynx at 40 columns wraps the copyright line in three and runs the footer's link bar "
        "on after it: the publisher is lost (warned as ending inside the footer)"
    ),
    "blind-portal38-oldportal-en-fanavard-long-title-period-newsletter": (
        "links prints three columns side by side, the poll's buttons inside the lead's first "
        "line: the kicker and the lead are lost; the paste runs the footer's time and date "
        "into the print bar's row, and a headline's date is taken (warned)"
    ),
    "blind-sisterfa17-nano-fa-english-labels-most-viewed-table-first": (
        "inscriptis prints the poll beside the Persian text, line for line: the poll's lines "
        "stay in the body"
    ),
    "blind-wording19-fa-desalination-membrane-currency-ticker": (
        "elinks prints the most-viewed column beside the Persian lead and breaks the lead's "
        "line against an item of it"
    ),
    "blind-mobile15-bmn-mobile-elite-grant-app-banner": (
        "the title is printed once, under a kicker with its ending, and only the head (which "
        "text captures lack) confirms it: the kicker is taken to confirm it and `title "
        "uncertain` is not said"
    ),
    "blind-mobile15-fa-mobile-drone-seed-persian-digits": (
        "inscriptis and the paste drop the picture's alt text, the title's only copy: the "
        "title stands once under a kicker with its ending, which is taken to confirm it, and "
        "`title uncertain` is not said"
    ),
    "blind-comments18-bmn-elite-grant-comment-form": (
        "the title is printed once, under a kicker with its ending, and the head does not "
        "repeat it: the kicker is taken to confirm it and `title uncertain` is not said"
    ),
    "blind-comments18-fa-water-sensor-comments-closed": (
        "inscriptis prints the most-viewed column beside the Persian text, line for line: its"
        " items stay in the body"
    ),
    "blind-comments18-oldportal-nano-filter-rating-first": (
        "html2text runs the comments' heading `Comments (2)` into the middle of a paragraph: "
        "no count is read"
    ),
    "blind-figreports12-fa-nano-sales-side-column": (
        "elinks and links print the side column beside the Persian chart drawn as text and "
        "run its caption into its first row; html2text breaks a sentence at a cell's line"
    ),
    "blind-figreports12-oldportal-fa-research-budget-right-column": (
        "pandoc sets the footer's Persian copyright inside a grid cell, wrapped off its "
        "publisher: the capture reads as ending inside the footer (warned)"
    ),
    "blind-longform12-bmn-en-returning-researchers-guide-contents-related-before-footer": (
        "the title printed once under its kicker says `title uncertain`, which the tester "
        "did not expect; the paste loses the kicker, pandoc joins a wrapped paragraph"
    ),
    "blind-longform12-fa-nano-membranes-toc-first-side-column-persian-labels": (
        "lynx wraps a Persian quotation's lines short of the width it counts (the ZWNJs), and"
        " they stay apart; the paste's contents list under the title gives the first entry, "
        "printed again as a subheading, for the title"
    ),
    "blind-opinions17-bmn-by-byline-author-box": (
        "pandoc sets the author's box apart from the byline: the post and the kicker printed "
        "again stay in the body"
    ),
    "blind-opinions17-fa-interview-translator-side-column": (
        "inscriptis runs a side column's headline and date onto the kicker's line"
    ),
    "blind-opinions17-oldportal-interview-by-right-column-first": (
        "html2text runs the `Interview by` credit into the flattened text; inscriptis prints "
        "the poll's options beside the text"
    ),
    "blind-longform12-oldportal-en-biotech-roadmap-table-of-figures-left-column": (
        "w3m, lynx, links and elinks print the page's `<sup>(*)</sup>` as `^(*)`, which "
        "pandoc prints for a bare `*`: read as pandoc's, the brackets are lost; pandoc's grid"
        " wraps the table's head cell `Field` onto a line of its own"
    ),
    "blind-longform12-oldportal-fa-space-roadmap-key-points-headlines-first": (
        "w3m, lynx, links and elinks print the page's `<sup>(۱)</sup>` as `^(۱)`, which "
        "pandoc prints for a bare `۱`: read as pandoc's, the brackets are lost"
    ),
    "blind-longform13-bmn-en-study-grants-guide-toc-menu-shape": (
        "the paste keeps an ordered list's numbers (`1. Log in ...`): nothing in a paste "
        "tells a list's numbers from numbers the page typed, which other fixtures' pastes "
        "keep"
    ),
    "blind-longform13-en-hydrogen-bus-toc-above-lead-most-viewed-first": (
        "the paste keeps an ordered list's numbers and joins three unbulleted lower-case "
        "items into one paragraph; html2text runs the contents heading onto the picture's "
        "caption (a title copy, dropped with it) and the last paragraph onto its `Read more` "
        "line"
    ),
    "blind-longform13-fa-carbon-quantum-dots-key-points-side-after": (
        "the paste keeps an ordered list's numbers (`1. ...`): nothing in a paste tells them "
        "from numbers the page typed"
    ),
    "blind-longform13-insf-en-seed-banks-question-title-latest-first": (
        "elinks runs the picture's alt text into the title's copy and the kicker printed "
        "again onto it (`seed bank`, `Explainer` left in the body); the paste keeps an "
        "ordered list's numbers"
    ),
    "blind-longform13-oldportal-en-school-quake-risk-right-column-first": (
        "in the narrow column links and elinks wrap the title's copy and run the contents' "
        "heading onto it (lost with the copy), elinks joins two bulleted items; html2text "
        "runs the heading onto the flattened cell; pandoc's grid cell joins two contents "
        "entries; the paste keeps an ordered list's numbers"
    ),
    "blind-pastes21-bmn-young-doctors-quote-title-reader-view": (
        "a reader view's paste holds no footer, so it says `capture looks truncated: no "
        "footer found`, which its tester did not expect"
    ),
    "blind-pastes21-oldportal-saffron-sorting-right-column-first": (
        "pandoc's grid cell sets the paragraphs with no blank line between: two are joined"
    ),
    "blind-portal39-oldportal-biodc-vaccine-export-poll-first": (
        "html2text runs the footer line and the copyright onto one flattened line: the "
        "publisher is not read and the capture is warned as cut inside the footer"
    ),
    "blind-portal39-oldportal-hydrogen-drone-long-title-period": (
        "links prints three columns, the article's 24 characters wide: its text is lost and a"
        " related story's date and count are read as the article's (warned)"
    ),
    "blind-portal39-oldportal-kerman-seismograph-winter-side-column-after": (
        "html2text runs breadcrumb, print bar, title, text and footer line onto one line: no "
        "date, code or views (warned)"
    ),
    "blind-portal39-oldportal-yazd-solar-dryer-menu-left-last-summer-day": (
        "elinks prints the nested menu, the article and the side column side by side: the "
        "print bar runs into the title and the kicker (warned); html2text runs the footer "
        "line into the text and a side column's date is taken (warned)"
    ),
    "blind-comments19-oldportal-fa-handicraft-digital-archive": (
        "html2text runs the comments' heading and count onto the flattened cell's line: the "
        "comment count is not read"
    ),
    "blind-cutoff19-bmn-young-inventors-grant-footer-cut": (
        "the paste cut before bmn's labels shows no mark of bmn's layout: it is read as the "
        "old portal's"
    ),
    "blind-cutoff19-en-perovskite-windows-most-viewed-first": (
        "inscriptis, and w3m cut short, set the most-viewed column beside the text: the body "
        "is taken from the column's pieces and the text is lost (warned: body looks short)"
    ),
    "blind-cutoff19-insf-quantum-dots-menu-above-bullets": (
        "html2text cut above the text keeps its last paragraph only: it is taken for a title "
        "printed once (warned), where the tester expected no title"
    ),
    "blind-cutoff19-oldportal-saffron-drying-right-column-first": (
        "the HTML cut inside a side column's word leaves that word (`Headl`) as the body; its"
        " warnings say the title is the head's and the footer is missing"
    ),
    "blind-mobile16-en-amp-diamond-sensor-compact-info": (
        "w3m at 40 columns wraps the one-line info block between `Study time` and its value: "
        "its date, views and study time are not read (warned)"
    ),
    "blind-mobile16-insf-drone-grants-most-viewed-first": (
        "lynx at 40 columns wraps the copyright line: the publisher is not read, and the "
        "capture is warned as cut inside the footer"
    ),
    "blind-portalfa14-oldportal-en-nanofiber-masks-most-viewed-first": (
        "pandoc cuts the title's heading at its grid cell's wall: its first word stands as a "
        "rival title (warned)"
    ),
    "blind-portalfa14-oldportal-fa-manuscript-scanner-right-column": (
        "inscriptis sets the poll's question beside the text, under its heading: the question"
        " is read as a paragraph"
    ),
    "blind-wording20-insf-return-grant-listen-player": (
        "html2text runs the player's line (`Listen · 1:58 · ▶ Play · Speed`) into the "
        "flattened text"
    ),
    "blind-wording20-oldportal-fa-farhang-event-calendar-first": (
        "html2text runs the player's `listen` line onto the kicker's: the kicker is not read"
    ),
    "blind-everyday59-fa-livestock-vaccine-side-column": (
        "inscriptis and w3m set the latest-news column beside the text with too narrow a gap:"
        " its headlines and Jalali dates run into the paragraphs"
    ),
    "blind-figreports13-bmn-elite-grants-nested-table": (
        "w3m, links and inscriptis print a links column beside the kicker and the title, run "
        "into both (warned: title uncertain); html2text runs the cell's paragraphs together "
        "without sign (no warning given); pandoc joins two table rows"
    ),
    "blind-figreports13-en-solar-cells-table-most-viewed-first": (
        "pandoc sets two rows of the table of figures on each line (its grid's cells "
        "wrapped); html2text's run-together paragraph ends where the tester's does not "
        "(warned)"
    ),
    "blind-pastes22-insf-en-patient-money-opinion-reader-view": (
        "a reader view's paste holds no footer, so it says `capture looks truncated: no "
        "footer found`, which its tester did not expect"
    ),
    "blind-portal40-oldportal-en-drone-most-viewed-first": (
        "w3m sets the copyright beside a side column's last lines: the publisher is not read "
        "(warned: ends inside the footer)"
    ),
    "blind-portal40-oldportal-en-stem-cell-title-period-poll-first": (
        "elinks wraps the long title in its column around the login box: the title is its "
        "first line's words and its copy is left in the body"
    ),
    "blind-portal40-oldportal-en-student-satellite-article-first": (
        "links sets the right column's boxes into the article's lines: the kicker is lost and"
        " the boxes' words run into the text"
    ),
    "blind-reports14-bmn-cryogenic-detector-podcast": (
        "inscriptis and the paste print the title once, under the kicker; its tester expected"
        " `title uncertain`, which a title under a kicker with its ending does not say"
    ),
    "blind-reports14-fa-sodium-battery-video-side-column": (
        "a podcast box's episode line is read as a paragraph in inscriptis; html2text runs "
        "the video's caption into the lead differently from the tester's record"
    ),
    "blind-reports14-insf-vaccine-grant-video-report": (
        "the video's quality buttons (`Download: High quality (720p, 86 MB) | Low quality "
        "(360p, 22 MB)`) are read as the player's bar, as an earlier round decided; the "
        "tester kept them as an attachment's download link"
    ),
    "blind-reports14-oldportal-fa-museum-photo-exhibition": (
        "a gallery's captions with and without credits around the title's wrapped alt texts: "
        "a one-word caption is lost or a wrapped copy of the title is kept; html2text's run-"
        "together text gets no warning"
    ),
    "blind-sidecols25-bmn-en-elite-hackathon-poll-latest-left": (
        "inscriptis sets the poll's question beside the text: it is read as a paragraph"
    ),
    "blind-converters31-bmn-en-linked-heading-nested-tables-address-br": (
        "the menu's cell, taller than the article's rows, is printed line by line between the "
        "kicker, the title and its copies at another indent (w3m, links, elinks, inscriptis): its "
        "items are taken for the title; markdownify runs the whole page into one table row"
    ),
    "blind-converters31-en-current-body-table-of-figures-linked-headings": (
        "lynx prints the paragraphs a `<br><br>` parts with no blank line between, and the line "
        "before the break reaches the width: nothing shows the break"
    ),
    "blind-converters31-en-current-nested-tables-side-column-first": (
        "the info bullets stand in a table row of their own, each cell wrapped (`* Jul 6 2016 -` "
        "over `11:40`), beside the side column: the date, count and study time are not read as the "
        "article's block; markdownify and pandoc's markdown run the page into table rows"
    ),
    "blind-converters31-fa-isti-side-column-first-figure-credit-br": (
        "html2text runs the alt text, its credited caption and the lead onto one line, and the "
        "parser gives no run-together warning for a 27-word lead; markdownify runs the whole page "
        "into one table row"
    ),
    "blind-pastes23-fa-isti-side-column-jalali": (
        "inscriptis sets the kicker on the side column's heading line above the columns (`جستجو "
        "آخرین اخبار    <kicker>`), where the columns are not yet read apart"
    ),
    "blind-persian63-fa-biodc-side-first-title-once-table": (
        "the text tools wrap the page's one long paragraph once, at their width, and no other line "
        "shows that width: the wrap is not undone"
    ),
    "blind-portal41-en-oldportal-insf-latest-news-left": (
        "html2text runs the table cell's paragraphs together into one of 48 words, too short for "
        "the run-together warning"
    ),
    "blind-portal41-fa-farhang-oldportal-no-head-title-once": (
        "html2text runs the right column, the breadcrumb, the print bar, the kicker and the title "
        "into one line: the chrome is taken for the title"
    ),
    "blind-figreports14-fa-isti-infographic-side-column-first": (
        "html2text and pandoc print the infographic's figures (its alt text) as a picture's mark "
        "the reader turns into a line of text: it stays as a paragraph, where the tester reads a "
        "picture"
    ),
    "blind-opinions19-en-insf-interview-mostviewed-first-kicker-again": (
        "html2text runs the table cell together with the interviewer's credit and the kicker "
        "printed again at its head: both stay in the text, and its 251 words pass for one "
        "paragraph"
    ),
    "blind-portalfa15-biodc-old-portal-opinion-byline-period-title": (
        "html2text runs the table cell together: the record parts its last paragraph where the "
        "tester's file runs it on"
    ),
    "blind-portalfa15-isti-fa-old-portal-persian-footer-labels": (
        "three columns: links wraps the footer row in the narrow middle column and its time is "
        "lost; elinks writes invalid UTF-8 inside a paragraph; html2text runs the cells together"
    ),
    "blind-wording21-en-old-portal-code-disagrees-url-impossible-capture-date": (
        "elinks prints the canonical address in its list of links, which the parser does not read "
        "as the capture's address: no `news code uncertain`"
    ),
    "blind-converters32-bmn-en-nested-tables-figures-table": (
        "markdownify writes the title's heading inside its link with the setext rule under it "
        "(`[Title` / `====](url)`), and the header row's date cell beside the banner"
    ),
    "blind-converters32-en-current-icon-ligatures-definition-list": (
        "inscriptis sets the definition list's terms and their values side by side; markdownify's "
        "setext heading inside a link; pandoc's gfm keeps the info and footer lists as raw HTML"
    ),
    "blind-converters32-en-current-side-column-nested-tables-figure": (
        "elinks wraps the header row's date cell (`Thursday Jul 14` / `2016`); markdownify writes "
        "the layout row on one line, the nested table's cells split apart and no warning"
    ),
    "blind-converters32-fa-isti-side-column-first-figure-table": (
        "the side column's dated headlines printed beside the info block at 100 columns and by "
        "elinks and inscriptis; markdownify's one-line row read as the page's paragraphs with no "
        "warning"
    ),
    "blind-heads2-fa-current-div-title-jsonld-newsid-query": (
        "html2text runs the kicker, the title, the study time, the news code and the text onto one "
        "line"
    ),
    "blind-pastes24-en-old-portal-left-column-latest-figures": (
        "html2text's run-together lead (32 words) is a single line in its cell, no paragraph of "
        "the row kept apart to tell it; Firefox's paste puts the table's first row under the line "
        "that introduces it with no blank line"
    ),
    "blind-pastes24-fa-isti-side-column-first-table-list": (
        "html2text glues the kicker onto the search button's cell and runs the alt text into the "
        "lead"
    ),
    "blind-persian64-fa-biodc-winter-short-title-only": (
        "one paragraph wrapped once by pandoc, on no word a sentence goes on after: no width to "
        "measure the wrap by"
    ),
    "blind-sidecols26-bmn-banner-row-tall-poll-column": (
        "a narrow menu column whose items wrap, beside the article and a taller poll column: the "
        "three columns' lines interleave by indent"
    ),
    "blind-sidecols26-en-current-three-columns-headlines-poll": (
        "elinks sets the headlines' dates beside the info bullets in three columns"
    ),
    "blind-sidecols26-fa-current-login-box-first-cell": (
        "elinks sets the login box's fields beside the info block; html2text runs the comment "
        "count into its cell's text"
    ),
    "blind-sidecols26-fa-farhang-old-portal-headlines-column-first": (
        "links and elinks print the headline column's dates and the print button beside the "
        "title's lines; html2text runs the footer row into the text"
    ),
    "blind-sidecols26-old-portal-left-archive-column-first": (
        "the archive column beside the article (w3m, inscriptis); html2text runs the footer row "
        "into the text; the paste's list items, indented with no bullet, read as one wrapped line"
    ),
    "blind-tablecells2-en-current-info-cells-footer-row": (
        "the info bullets' cell beside the kicker's and title's cell, printed line by line side by "
        "side (elinks, inscriptis); html2text runs the info cell into the kicker"
    ),
    "blind-tablecells2-en-current-one-cell-body-figures-table": (
        "`<br><br>` printed as one newline (lynx, pandoc) after a line as full as its width: "
        "nothing tells the paragraph break from a wrap"
    ),
    "blind-tablecells2-en-insf-opinion-kicker-title-div-cell": (
        "html2text's one-column table runs the credited caption into the lead; pandoc drops the "
        "footnote's star; w3m wraps the news group's list inside its cell beside the news code's"
    ),
    "blind-tablecells2-old-portal-side-column-first-div-cells": (
        "the old portal's footer row of five narrow cells, each wrapped (`10:05 -` / "
        "`27/08/2018`), read across"
    ),
    "blind-brbreaks1-en-insf-p-br-hard-break-in-paragraph": (
        "lynx and pandoc print `<br><br>` as one newline after a full line: the paragraph's end "
        "looks like a wrap (the next word would not fit), so the capture runs two paragraphs and "
        "the subheading together, and says nothing"
    ),
    "blind-brbreaks1-old-portal-en-address-br-in-sentence": (
        "lynx prints `<br><br>` as one newline after a full line: the first paragraph's end looks "
        "like a wrap, so the first two paragraphs run together, and say nothing"
    ),
    "blind-persian65-fa-isti-side-column-first-comments": (
        "inscriptis sets the side column's headlines, dates and counts beside the info bullets and "
        "the kicker: the info block is not found and the lead becomes the title (loud: no "
        "publication date)"
    ),
    "blind-sisteren20-bmn-en-interview-qa-credit": (
        "a Links column beside the body: w3m, links and elinks print its heading on the text's "
        "line (`I found Links`) and its first paragraph's lines are not joined at the narrow "
        "column's width; html2text runs the credit into the flattened cell's text"
    ),
    "blind-sisteren20-old-portal-fund-side-menu-question-title": (
        "links prints the poll's question, wrapped in the narrow side column, beside the article: "
        "its `the` is left as the body's first paragraph"
    ),
    "blind-tablecells3-en-current-layout-table-first-row-paragraphs": (
        "links and elinks print the Most viewed column beside the body, its heading beside the "
        "lead's first line: the lead's first line is taken for the box's headline and dropped"
    ),
    "blind-tablecells3-fa-current-table-row-paragraphs-kept-apart": (
        "inscriptis sets the side column's heading and one headline beside the first two "
        "paragraphs on too few lines to find the column: they stay in the text"
    ),
    "blind-cutoff21-en-current-opinion-period-title-cut-after-most-viewed": (
        "the save cut before the article keeps a Most viewed box whose dated, counted items stand "
        "in for the info block (loud: its two info-block warnings); inscriptis sets that box "
        "beside the body and drops its last paragraphs; html2text runs the byline into the "
        "flattened cell's text"
    ),
    "blind-letters1-en-insf-notice-board-br-most-viewed-first": (
        "elinks and links wrap the quoted verse's first two lines into one; html2text runs the "
        "lead into the board's sentence in a row whose other paragraphs it keeps apart, and says "
        "nothing"
    ),
    "blind-letters1-en-old-portal-call-address-br-right-column-first": (
        "html2text runs the bold subheadings into the flattened cell's paragraphs (loud: the "
        "run-together warning)"
    ),
    "blind-mobile18-en-mobile-insf-winter-readmore-midbody-list": (
        "a paste loses the list's bullets and the Read more button between two items: the last two "
        "items are joined as one sentence"
    ),
    "blind-sidecols27-en-current-left-latest-column-opinion": (
        "html2text runs the opinion's paragraphs and its footnote into the flattened cell, two "
        "runs where the tester read one (loud)"
    ),
    "blind-sidecols27-en-current-links-left-headlines-right": (
        "pandoc's grid cuts the title's first word into the links column"
    ),
    "blind-sidecols27-en-old-portal-column-title-to-footer": (
        "inscriptis sets the Latest News column beside the body on lines too few to find it: its "
        "headlines and dates stay in the text"
    ),
    "blind-sidecols27-fa-current-poll-beside-body": (
        "lynx runs the poll's heading into the last paragraph, so the poll is not found and stays "
        "as body; html2text leaves the poll's options in the flattened cell's text"
    ),
    "blind-wording22-en-insf-current-short-body-cut-category": (
        "html2text runs the alt text, the caption and both paragraphs onto one line; the "
        "paragraphs come apart at the keyword line and the run-together warning names the longer "
        "half (loud)"
    ),
    "blind-wording22-fa-old-portal-farhang-code-mismatch-no-such-capture-date": (
        "inscriptis runs the kicker and the right column's first headline onto one line: the "
        "kicker holds the headline"
    ),
    "blind-sidecols28-en-insf-left-column-longer-than-body": (
        "html2text runs the left column's last count into its `Newsletter` heading over the info "
        "bullets, and the title's alt-text copy into the first paragraph: the count and heading "
        "are taken for the title (said in the warnings)"
    ),
    "blind-sidecols28-en-oldportal-left-archive-column-first": (
        "html2text runs the left column, the breadcrumb, the kicker and the title into the first "
        "cell's lines: the archive's months are taken for the title (said in the warnings)"
    ),
    "blind-aligned1-fa-isti-div-right-side-column-first": (
        'the article\'s `<div align="right">` beside a side column: w3m, links and elinks set each '
        "line flush right, so its lines start at no common column and the side column's items are "
        "read into the title, the date and the text (w3m says nothing)"
    ),
    "blind-forms1-en-current-poll-side-column-first": (
        "inscriptis prints the side column's items on the rows the article's unwrapped paragraphs "
        "leave blank, with no line holding both: they are read between the paragraphs, silently; "
        "html2text's flattened cell runs the newsletter box's call into the text"
    ),
    "blind-sidecols29-fa-current-poll-column-first": (
        "html2text runs the poll's last link, the kicker and the bold title into one row: the "
        "title is not found apart (said in the warnings)"
    ),
    "blind-sidecols31-en-insf-percent-columns-left-longest-title-period": (
        "three columns side by side, the right one's newsletter form printed one space from the "
        "article's text (w3m `[Join]`, links `[ Join ]`, elinks its field's underscores too), so "
        "the two read as one text; html2text and inscriptis lose the article's head to the left "
        "column; pandoc's cell wraps the news group list exactly at its wall (`NEWS,Grants,Basic` "
        "/ `sciences`), which a word cut there would print the same"
    ),
    "blind-converters33-en-old-portal-elites-award-table": (
        "markdownify runs the whole layout row onto one line, the article's blocks two spaces "
        "apart and its table of figures as inline cells, which are read as items of their own; "
        "pandoc's reStructuredText holds the table of figures as a grid inside the layout table's "
        "cell, whose rows are read as text"
    ),
    "blind-pastes25-en-old-portal-latest-column-first": (
        "pandoc's layout cell breaks the heading after its second word (`Kish Technology` / `Fair "
        "closes ...`), so the title is taken short and its copies stay in the body"
    ),
    "blind-bylines3-old-portal-written-by-two-authors": (
        "html2text ran the credit `Written by ... and ...` into the cell's paragraphs run "
        "together; the record keeps the credit in that paragraph (it warns)"
    ),
    "blind-comments22-fa-current-persian-count-jalali-comments": (
        "a side column's items one space from the article's text at the head of the run (elinks, "
        "silent); inscriptis prints the news code beside a side item on a row too few for columns, "
        "and loses it (it warns)"
    ),
    "blind-cutoff22-en-insf-grants-cut-before-article": (
        "inscriptis prints a most-viewed box beside the body, its last item (date, count) right "
        "above the paragraphs; its block scores as the article's (it warns of a close call)"
    ),
    "blind-cutoff22-fa-isti-agri-hub-cut-after-head": (
        "inscriptis prints a three-line side column far right beside the study time and the lead: "
        "too few rows to tell columns, so a side headline joins the body and the study time is "
        "lost (silent)"
    ),
    "blind-pastes26-bmn-en-us-menu-column-gallery-side-after": (
        "html2text ran a gallery (alt texts, captions and credits) into the middle of a flattened "
        "cell's paragraph; the record keeps them there (it warns)"
    ),
    "blind-pastes26-old-portal-en-figures-table-colon-list-side-after": (
        "html2text ran the title's copy, the lead and the sentence over the table onto one line of "
        "35 words: the record is the same, without the run-together warning the tester gives"
    ),
    "blind-pastes27-en-old-portal-right-column-first-links-bar": (
        "links prints the side column's links row one space from the lead, which runs on after it "
        "(silent); html2text's breadcrumb, print bar and kicker on one line break the title (it "
        "warns)"
    ),
    "blind-persian69-bmn-fa-elite-grant-notice": (
        "lynx joins the links box's row and the search form's line, and the joined line becomes "
        "the title over a kicker ending in `؛` (it warns)"
    ),
    "blind-persian69-isti-fa-menu-notice-short-call": (
        "a short Persian capture with one wrapped paragraph and no other line to show the width: "
        "its two lines stay apart (it warns, title uncertain)"
    ),
    "blind-reports17-bmn-en-elite-grants-table-title-once": (
        "a table of figures in a layout cell: inscriptis prints its columns as blocks, pandoc as a "
        "grid cut at the cell's wall, and pandoc's title heading is cut where the title's year "
        "goes on (silent)"
    ),
    "blind-reports17-en-current-tech-fair-most-viewed-first-period-title": (
        "a figure's caption `Chart: Contracts signed at Inotex 2025 by partner` is read as a "
        "chart's alt text and dropped; the paste also holds the chart's alt sentence above the "
        "kicker (the tester keeps the caption)"
    ),
    "blind-reports17-old-portal-insf-grants-chart-side-column-first": (
        "a chart's long alt text: pandoc's bracketed alt text in a grid cell is kept as text "
        "(silent); html2text's run-together paragraphs with the alt text inside (it warns)"
    ),
    "blind-sidecols32-bmn-en-sidecol-beside-tags-ads": (
        "a side column printed one space from the article's text on several rows (elinks), and "
        "inscriptis's rows in turn with too few rows on both sides to tell columns: the title is "
        "lost (they warn)"
    ),
    "blind-sidecols33-bmn-en-wide-left-newsletter-ads": (
        "pandoc's grid cell breaks the heading at a space (`get` / `early`), which a cut inside a "
        "word would print the same: read as one word `getearly` (silent)"
    ),
    "blind-sisteren21-en-bmn-soldier-service-title-once-byline": (
        "html2text ran the byline and the credited caption into the cell's paragraphs run "
        "together; the record keeps them (it warns)"
    ),
    "blind-sisterfa20-park-fa-current-title-once-persian-digits": (
        "a paste's menu as a column of short words right above the info block, and the title "
        "printed once under it with a period: the last menu item is taken for the title (it warns)"
    ),
    "blind-opinions21-old-portal-column-side-first-editors-note": (
        "html2text ran the byline `By ...` into the cell's paragraphs run together; the record "
        "keeps it in that paragraph (it warns)"
    ),
    "blind-persian71-fa-bmn-notice-extension-winter": (
        "a short Persian capture whose few wrapped lines sit beside menu and kicker lines no "
        "wider: no width is found, the paragraphs' lines stay apart and the closing labels' text "
        "above them is cut to the last line (it warns, title uncertain)"
    ),
    "blind-persian71-fa-insf-postdoc-call-table-summer-2012": (
        "the paste's table row has a space where its other rows have a tab: the rows under it are "
        "read cell by cell (silent)"
    ),
    "blind-persian71-fa-isti-park-report-sidebar-first": (
        "html2text ran two paragraphs of the layout cell together where other paragraphs of the "
        "cell stay apart: the record is the same, without the run-together warning the tester "
        "gives"
    ),
    "blind-sisteren22-en-insf-joint-grant-most-viewed-table-first": (
        "html2text ran the credited caption into the cell's run-together paragraph; the record "
        "keeps it (it warns)"
    ),
    "blind-tablesites7-bmn-en-table-gallery-credits": (
        "a gallery table of two pictures side by side in the article's cell: links, elinks and "
        "pandoc print their alt texts and captions in columns, which are read as text (silent); "
        "html2text's run with a paragraph kept apart, no warning (the tester gives one)"
    ),
    "blind-tablesites7-fa-current-table-gallery-figures": (
        "a gallery table of two pictures side by side in the article's cell: links, elinks and "
        "pandoc print their alt texts and captions in columns, which are read as text (silent)"
    ),
    "blind-tablesites7-fa-old-portal-farhang-table-list": (
        "html2text runs the sentence over the table into the table's head row (`...: بخش تعداد تیم "
        "...`), and runs two paragraphs together with a list kept apart: no warning (silent)"
    ),
    "blind-tablesites7-old-portal-table-right-column-first": (
        "w3m prints the side column's search form on a row of the article's boxed table: that row "
        "keeps its walls (silent)"
    ),
    "blind-brbreaks4-fa-current-poetry-festival-br-poem": (
        "w3m, links and elinks print the side column of headlines one space from the article's "
        "lines, its dates among the info bullets and the lead"
    ),
    "blind-persian72-fa-farhang-current-opinion-byline-title-once": (
        "the head's <title> is the subsite's name, not the owner its copyright names: taken for "
        "the title (warned)"
    ),
    "blind-tablesites8-bmn-en-table-article-first-grants": (
        "inscriptis sets the side column far right of the article's cell with its table: the "
        "columns are not found"
    ),
    "blind-tablesites8-en-old-portal-table-latest-news-first": (
        "links and elinks print the poll beside the article's lines over its table: the poll's "
        "question is cut at a list's indent"
    ),
    "blind-tablesites8-fa-current-table-gallery-side-first": (
        "links prints the side column beside the info bullets one space apart; pandoc's cell "
        "breaks the gallery's alt texts inside words; w3m's narrow Persian cell shows no width"
    ),
    "blind-tablesites8-fa-old-portal-farhang-table-side-first": (
        "html2text runs the text before the table into its head on one line, split at a sentence "
        "before the table is read; lynx's Persian lines in a narrow cell show no width"
    ),
    "blind-comments23-old-portal-side-column-comments-send-form": (
        "html2text runs the footer line, the comments' heading with its count and the first "
        "comment into one cell's line: no count is read"
    ),
    "blind-pastes28-fa-current-side-column-first-title-once": (
        "links and elinks centre the title on two lines in the article's cell beside the side "
        "column: its halves are not joined, and the lead is taken for it (warned)"
    ),
    "blind-bylines5-en-current-opinion-star-byline-post": (
        "html2text runs the star byline and its post into the flattened cell's first paragraph "
        "(silent)"
    ),
    "blind-bylines5-old-portal-report-photo-one-line-side-first": (
        "html2text runs the report's and the photographer's credits into the flattened cell's "
        "paragraph (silent)"
    ),
    "blind-converters36-en-old-portal-elite-awards-rightcol-first": (
        "elinks at 100 columns prints the side column beside the breadcrumb, the search box and "
        "the title; markdownify writes the layout table as one row"
    ),
    "blind-opinions24-bmn-en-opinion-two-authors-editors-note": (
        "html2text runs the writers' credit with its note mark into the flattened cell's paragraph "
        "(warned)"
    ),
    "blind-opinions24-en-current-three-authors-most-viewed-first": (
        "html2text runs the three writers, the kicker again and the title into the flattened "
        "cell's paragraph"
    ),
    "blind-opinions24-old-portal-analysis-side-column-note-on-writer": (
        "html2text runs the byline and the note on the writer into the flattened cell's paragraph "
        "(warned)"
    ),
    "blind-pictures5-en-photo-report-gallery-table-side-box": (
        "a gallery table of pictures side by side in the article's cell: w3m and pandoc wrap its "
        "alt texts and credited captions together in narrow cells, html2text runs them into the "
        "text"
    ),
    "blind-pictures6-bmn-en-video-caption-lead-alt": (
        "a video's caption with no credit over a picture whose alt text the capture leaves out or "
        "runs on: taken for that picture's alt text (silent)"
    ),
    "blind-pictures6-en-photo-report-gallery-table-side-box": (
        "html2text runs the gallery table's alt texts and captions into the flattened text"
    ),
    "blind-pictures6-fa-photo-report-jalali-gallery-comments": (
        "pandoc's grid cells break the gallery's alt texts (the title's copies) inside words"
    ),
    "blind-reports19-fa-oldportal-farhang-creative-industries-survey": (
        "w3m and inscriptis print the side column's items one space from the article's head; "
        "html2text runs the breadcrumb and the kicker together"
    ),
    "blind-sidecols35-bmn-en-poll-beside-figures-table": (
        "inscriptis and pandoc set the poll beside the table of figures, its options among the rows"
    ),
    "blind-sidecols35-en-current-right-column-newsletter-form": (
        "the newsletter box's line of hyphenated words after the article is taken for text; a "
        "paste's list items in lower case run together"
    ),
    "blind-sidecols35-en-old-portal-short-column-beside-title": (
        "a short side column beside the kicker and the title only: too few lines to tell as a "
        "column, the kicker is lost (silent)"
    ),
    "blind-sidecols36-en-current-login-sidecol-beside-title": (
        "a short login box beside the kicker and the title only: too few lines to tell as a column "
        "(warned)"
    ),
    "blind-sidecols36-fa-current-poll-sidecol-left": (
        "html2text runs the Persian info labels and the poll into the flattened cell"
    ),
    "blind-sidecols36-old-portal-boxed-newsletter-sidecol": (
        "links and elinks draw the side column's box beside the article's head"
    ),
    "blind-tablesites10-bmn-en-table-layout-gallery-credits": (
        "a gallery table of title copies and credited captions, two by two in the article's cell: "
        "the tools print it side by side"
    ),
    "blind-tablesites10-en-insf-current-table-facts-box-related-beside": (
        "elinks prints the related box beside the title's last line; html2text runs the facts box "
        "into the text"
    ),
    "blind-tablesites10-fa-current-layout-table-right-column-key-facts": (
        "html2text runs the Persian facts box and the text together in the flattened cell"
    ),
    "blind-tablesites9-bmn-en-table-figures-side-last": (
        "links and elinks print the footer's label cells with their values wrapped under them, and "
        "the side column's box beside the text"
    ),
    "blind-tablesites9-fa-current-table-gallery-side-first": (
        "html2text runs the first paragraphs with the gallery's alt texts: the warning is not given"
    ),
    "blind-tablesites9-fa-old-portal-farhang-table-right-column-first": (
        "links and elinks print the side column one space from the Persian text"
    ),
    "blind-tablesites9-old-portal-table-side-first-key-facts": (
        "html2text runs the cell with the facts box; pandoc's cell breaks a title copy inside a "
        "word (`in to`)"
    ),
    "blind-mobile23-fa-farhang-amp-title-once": (
        "a Persian AMP page's kicker with no ending over a title printed once (a menu's button and "
        "the site's name above it): no kicker is taken"
    ),
    "blind-opinions25-en-interview-bold-questions-most-viewed-column-first": (
        "html2text runs the interviewer's credit into the flattened cell's paragraph"
    ),
    "blind-opinions25-old-portal-interview-question-subheadings-right-column-first": (
        "inscriptis sets the poll of the side column beside the article's head: its question and "
        "options are read as text"
    ),
    "blind-persian74-fa-isti-notice-kicker-title-once": (
        "w3m's and links's short Persian capture shows no width: a sentence's wrapped lines stay "
        "apart (silent)"
    ),
    "blind-persian74-fa-isti-yazd-park-report-side-column-first": (
        "html2text runs the title's alt text, a credited caption and three paragraphs of the cell "
        "together; one warning is given for another paragraph"
    ),
    "blind-pictures7-old-portal-photo-gallery-side-column-first": (
        "a caption with no credit between two of a gallery's credited captions is taken for a "
        "picture's alt text (silent); lynx and pandoc also run the last credited caption into "
        "the paragraph under it"
    ),
    "blind-sidecols37-bmn-en-login-form-column": (
        "links prints the login box beside the title one space from it"
    ),
    "blind-sidecols37-insf-en-short-column-beside-title": (
        "a short links box beside the info bullets and the title only: too few lines to tell as a "
        "column (warned)"
    ),
    "blind-sidecols37-old-portal-boxed-poll-column-first": (
        "the text tools draw the boxed poll beside the breadcrumb, the kicker and the title: its "
        "lines are read into the head (silent)"
    ),
    "blind-tablesites11-bmn-en-side-links-key-facts-box": (
        "elinks prints the side cell of links beside the title"
    ),
    "blind-tablesites11-en-insf-current-tabs-over-bullets-gallery": (
        "section tabs ending in `Contact us` over the bullets, the title's only copies in the "
        "gallery's alt texts: the tabs are taken for the title where the tools print them (warned)"
    ),
    "blind-tablesites11-old-portal-right-column-first-gallery": (
        "links, elinks and pandoc print the side column beside the breadcrumb and the title"
    ),
    "blind-cutoff24-en-current-menu-most-viewed-cut-captures": (
        "inscriptis sets the most-viewed column's rows in turn with the article's lines, and "
        "the body ends after its lead (warned: body looks short)"
    ),
    "blind-cutoff24-en-old-portal-biodc-right-column-cuts": (
        "inscriptis sets the latest-news column's rows in turn with the article's, its "
        "headlines taken into the body; links, cut beside the side column, loses the kicker to "
        "it (warned); pandoc's grid breaks the title's copy after its first word, a second "
        "candidate (warned)"
    ),
    "blind-cutoff24-fa-isti-side-column-cut-and-damaged": (
        "inscriptis sets the latest-news column's rows in turn with the article's lines: its "
        "last two paragraphs are lost"
    ),
    "blind-mobile24-en-bmn-mobile-cookie-share-bar": (
        "elinks with no list of links runs the bare kicker onto the cookie line, which its link"
        " numbers fill to the width (warned: title uncertain)"
    ),
    "blind-persian75-farhang-fa-old-portal-right-column-first": (
        "links and elinks set the right column's headlines beside the kicker and the title, one"
        " column off the text's edge where Persian lines fill the cell: the kicker is lost and "
        "links wraps the title into it"
    ),
    "blind-sidecols38-en-biodc-three-column-table-list-body": (
        "a three-item menu column sets its bullets on the info bullets' rows (too few rows for "
        "a column): the date, views and study time are lost (warned); inscriptis also takes a "
        "tag cloud into the body"
    ),
    "blind-tablesites12-en-biodc-current-gallery-cells-related-after": (
        "a gallery's three cells of credited captions set side by side (w3m, links) run into "
        "the body; elinks takes the related-news column's date for the article's (warned); "
        "pandoc's grid breaks the title's words and loses the kicker"
    ),
    "blind-tablesites12-en-current-nested-tables-most-viewed-first": (
        "pandoc's nested grid wraps the news group list over a blank line: the last two "
        "categories are lost"
    ),
    "blind-tablesites12-en-old-portal-latest-column-first-gallery": (
        "a 2x2 gallery whose alt texts repeat the title is set side by side: elinks keeps its "
        "rows as a paragraph; w3m sets the latest-news column beside the breadcrumb, taking the"
        " kicker and title from it (warned)"
    ),
    "blind-brbreaks7-en-biodc-workshop-time-slots-left-column-first": (
        "html2text runs the most-viewed cell's headlines, dates and counts into the info "
        "bullets' lines: a headline's date is taken for the article's and the title is lost "
        "(warned); pandoc's grid cell runs a programme's time slots together"
    ),
    "blind-brbreaks7-en-old-portal-jury-names-postal-address": (
        "inscriptis's typed numbers 1 to 3 are taken for an ordered list's, the first losing "
        "its number; pandoc's grid cell runs the line after the last item on after it"
    ),
    "blind-pictures8-en-old-portal-biodc-gallery-table-credits": (
        "a 2x2 gallery table of credited captions set side by side under the text runs into the"
        " body (w3m, links, elinks), and with the latest-news column beside the title links and"
        " elinks lose the kicker and wrap the title into the column; pandoc's grid loses the "
        "kicker; html2text runs the cell's paragraphs together"
    ),
    "blind-reports21-en-bmn-grants-table-thousands-totals": (
        "html2text sets the table's caption against its header row; the record parts them"
    ),
    "blind-reports21-en-current-side-menu-export-table-period-title": (
        "pandoc's caption under the table wraps its units onto a line of their own, read as "
        "another item"
    ),
    "blind-reports21-en-insf-most-viewed-first-chart-caption-comments": (
        "html2text runs the cell's paragraphs and the chart's alt text together with no "
        "run-together warning"
    ),
    "blind-sisteren24-en-bmn-us-latest-column-first-period-title": (
        "elinks sets the latest-news column beside the kicker and the title: the title is lost "
        "to the lead (warned); html2text runs the cell's paragraphs together with no "
        "run-together warning"
    ),
    "blind-sisteren24-en-cissc-subsite-cookie-notice-long-question-title": (
        'a kicker ending in a quote (`...: "Science needs a common market"`) over a '
        "241-character question printed once: the kicker is taken for the title and the title "
        "for the lead (warned: title uncertain)"
    ),
    "blind-sisteren24-en-nano-opinion-mostviewed-column-first-byline": (
        "html2text runs the kicker printed again into the one paragraph it makes of the cell, "
        "with no run-together warning"
    ),
    "blind-sisterfa22-fa-park-current-menu-most-viewed-period-title": (
        "elinks sets the most-viewed column's headlines beside the lead: they open the body"
    ),
    "blind-bmn5-en-bmn-menu-notice-most-viewed-period-title": (
        "inscriptis sets the kicker indented under the last most-viewed item: read as that "
        "item's wrapped end (warned: title uncertain)"
    ),
    "blind-comments25-fa-isti-comments-persian-digits-link": (
        "inscriptis prints the side column on the info row's line: the info items and the "
        "kicker lost (warned)"
    ),
    "blind-converters38-fa-isti-side-column-first-persian-digits-pandoc-markdown": (
        "inscriptis prints the Persian side column beside the article's first rows: kicker, "
        "title and date lost (warned)"
    ),
    "blind-cutoff25-en-bmn-cut-mid-line-and-partial-paste": (
        "a paste from the second paragraph on: its first paragraph is taken for the title "
        "(warned: title uncertain) where no title is the honest record"
    ),
    "blind-persian76-fa-isti-current-table-most-viewed-first": (
        "links and elinks print the side column's heading and the kicker on one row beside the "
        "column: the kicker is lost (warned: title uncertain)"
    ),
    "blind-portal45-en-bmn-old-portal-gallery-related-news": (
        "a gallery of three pictures printed side by side under the text: w3m splits the title "
        "between its copies' columns (warned); links and pandoc keep the captions' pieces as "
        "body; html2text's run-together paragraph is not warned"
    ),
    "blind-portal45-en-insf-old-portal-three-columns-question-title": (
        "html2text leaves the last paragraph unwrapped with the footer row run on: warned as "
        "run together, though no paragraph is"
    ),
    "blind-portal45-en-old-portal-today-banner-most-viewed-list-body": (
        "html2text runs the banner's alt text, the `today :` date, the menu and a notice onto "
        "one long line: no capture date; of two run-together paragraphs one is warned"
    ),
    "blind-sidecols39-en-current-three-cell-table-most-viewed-tags-long-title": (
        "html2text runs the middle cell's paragraphs into one with nothing to show it: no "
        "run-together warning"
    ),
    "blind-sidecols39-fa-isti-rtl-table-latest-news-first-persian-digits": (
        "html2text runs the article cell's paragraphs into one with nothing to show it: no "
        "run-together warning"
    ),
    "blind-tablesites13-bmn-en-us-table-footer-labels-in-cells-gallery": (
        "a two-picture gallery side by side right above the footer labels' row: w3m, links and "
        "elinks read the labels' row with the gallery's cells (code and views lost), pandoc "
        "keeps its captions' pieces; html2text's run-together paragraph is not warned"
    ),
    "blind-tablesites13-en-current-nested-tables-side-column-figures-table": (
        "nested layout tables: elinks prints the info cells beside the side column (date lost, "
        "warned); w3m's last row runs the copyright into the footer (warned); html2text's "
        "run-together paragraph counted with the table's head"
    ),
    "blind-tablesites13-en-old-portal-right-column-first-header-date-row": (
        "links and elinks print the side column one space from the article: the title's lines "
        "and the footer row's three cells interleaved (warned); html2text's run-together "
        "paragraph is not warned"
    ),
    "blind-tablesites13-fa-current-table-layout-gallery-cells-right-column": (
        "a gallery of three cells whose captions carry credits, side by side: w3m, links, "
        "elinks and pandoc keep its pieces as body; html2text's run-together paragraph is not "
        "warned"
    ),
    "blind-tablesites13-fa-old-portal-farhang-jalali-header-figures-table": (
        "links and elinks print the footer row's cells one under another beside the side "
        "column: date, code and views lost (warned)"
    ),
    "blind-widths9-en-biodc-most-viewed-first-long-categories": (
        "a paste wrapped at 72 columns, its paragraphs a newline apart: a list's lead-in and "
        "items whose next word would not have fitted the line are joined"
    ),
    "blind-widths9-en-old-portal-latest-column-long-breadcrumb": (
        "html2text ran the cell's paragraphs together with no space between (`fields.The`): one"
        " paragraph (warned), its glued words counted as one"
    ),
    "blind-widths9-fa-current-side-column-compound-words": (
        "html2text at 50 columns: the kicker's first line, under the cell's wall, is lost and "
        "the body split where lines wrap (warned)"
    ),
    "blind-wording23-en-current-top-menu-question-kicker-period-title": (
        "a question for kicker over a title ending in a period, printed once with no head "
        "(inscriptis, paste): the kicker is taken for the title (warned: title uncertain)"
    ),
    "blind-brbreaks8-en-bmn-award-call-jury-names-address-numbered": (
        "lynx and pandoc print the `<br><br>` after the jury's last name with no blank line, "
        "the next paragraph on the line under it and the line above filling the width: nothing "
        "in the capture parts them; inscriptis runs two sentences a single `<br>` set apart "
        "into one"
    ),
    "blind-brbreaks8-en-old-portal-letter-of-thanks-right-column-first": (
        "lynx drops the blank line after the dash list's last item, which fills the width, so "
        "the next paragraph goes on with it; pandoc's narrow cell wraps the signature's two "
        "lines into one paragraph"
    ),
    "blind-brbreaks8-fa-isti-open-letter-salutation-signature-numbered": (
        "lynx drops the blank line after the typed list's last item and the next paragraph goes"
        " on with it"
    ),
    "blind-converters39-fa-isti-side-column-persian-digits": (
        "inscriptis prints the side column beside the article's head: the kicker, the title and"
        " the info block are lost (warned)"
    ),
    "blind-cutoff26-fa-isti-side-menu-code-on-top-cut-before-article-damaged-paste": (
        "elinks prints the side menu beside the title, right-aligned, and the title's wrapped "
        "end beside the menu's last item is left out"
    ),
    "blind-pastes31-en-insf-opinion-byline-left-menu-reader-view": (
        "html2text runs the byline into the lead and the writer's box into the last paragraph "
        "(warned)"
    ),
    "blind-pastes31-fa-farhang-old-portal-headlines-first-pastes": (
        "html2text runs a typed dash list's first item onto its lead-in (`... نمایشگاه: \\- "
        "...`) in a flattened cell"
    ),
    "blind-persian77-fa-isti-old-portal-winter-jalali-capture-print-bar": (
        "html2text's run-together paragraph in a layout cell is not warned"
    ),
    "blind-pictures9-en-old-portal-table-gallery-credits": (
        "a gallery table beside the text: w3m, links, elinks and pandoc read its cells with the"
        " article's lines (the title and kicker lost); html2text's run-together paragraph is "
        "not warned"
    ),
    "blind-pictures9-fa-isti-infographic-side-column": (
        "links and w3m break the infographic's alt text in two where a wider side column's "
        "lines set the width"
    ),
    "blind-reports23-en-insf-current-most-viewed-first-question-title-grants-table-comments": (
        "html2text runs the kicker and the title into the side column's cell (warned); links "
        "and pandoc break the table's head row where their narrow cells wrap it"
    ),
    "blind-reports23-en-old-portal-biodc-column-first-summer-2019-export-figures": (
        "elinks sets the view count beside the side column, which reads it as its own; "
        "inscriptis prints the side column beside the article's head (warned)"
    ),
    "blind-reports23-fa-isti-table-layout-latest-first-persian-digits-chart-findings": (
        "elinks and w3m wrap the table's caption and the lead beside the side column, and a "
        "piece of each stands apart"
    ),
    "blind-sidecols40-fa-isti-table-three-cells-poll-short-latest": (
        "three table cells side by side: the kicker and the info block run into the side "
        "columns' lines (warned)"
    ),
    "blind-tablesites14-bmn-en-us-left-links-column-footer-label-cells": (
        "html2text's run-together paragraph in a layout cell is not warned"
    ),
    "blind-tablesites14-en-biodc-current-info-row-cells-credited-gallery-comments": (
        "the info bullets in three cells of one row, wrapped beside a side column: elinks and "
        "links take a most-viewed item's date and count, pandoc keeps the gallery's captions, "
        "w3m loses the capture date"
    ),
    "blind-tablesites14-fa-isti-current-side-menu-first-gallery-cells": (
        "a gallery in table cells whose alt texts repeat the title, wrapped side by side: w3m, "
        "links and elinks read them as the kicker, the title or the lead"
    ),
    "blind-bmn6-en-bmn-most-viewed-first-period-title-comments": (
        "html2text sets the comment count in a table's row, lost, and the kicker after a cell's"
        " wall (`| Mentoring scheme`), kept (warned: info block uncertain)"
    ),
    "blind-bmn6-en-bmn-old-portal-gallery-credits": (
        "pandoc draws the gallery's table inside the layout grid with its words cut: the "
        "captions' pieces stay as body; html2text's run-together paragraph is not warned"
    ),
    "blind-brbreaks9-en-old-portal-br-numbered-dash-lists-left-column": (
        "lynx and pandoc print lines a `<br><br>` set apart with no blank line, the line above "
        "full: the lead and the next paragraph run together"
    ),
    "blind-comments26-old-portal-right-column-first-comments-2019": (
        "html2text sets the comment count in a table's row: it is lost"
    ),
    "blind-longform20-en-old-portal-long-interview-two-columns": (
        "html2text runs a layout cell's paragraphs together with no warning"
    ),
    "blind-longform20-fa-isti-drought-report-toc-nested-list-related": (
        "lynx breaks a quote's lines where the quote closes on a line of its own; the paste's "
        "table of contents heading is taken for the kicker, its first entry for the title"
    ),
    "blind-pictures10-en-current-side-thumbnails-figure-gallery-row": (
        "a gallery's first alt text, above its credited captions, stays as text; elinks prints "
        "a side column's headline beside the title (warned); html2text runs the picture's "
        "credit into the lead"
    ),
    "blind-pictures10-en-old-portal-side-column-first-photo-credit-gallery-grid": (
        "a gallery's alt texts (not the title) that text tools print side by side stay as text;"
        " html2text runs the picture's credit into the lead"
    ),
    "blind-pictures10-fa-farhang-old-portal-headlines-first-gallery-cells-credits": (
        "a right-to-left headlines column printed beside the breadcrumb and the title runs its "
        "dates and words into the kicker and the title; the gallery's pieces stay"
    ),
    "blind-pictures10-fa-isti-floated-figure-infographic-long-alt": (
        "lynx runs a picture's alt text and credited caption on after the last paragraph"
    ),
    "blind-portal46-en-biodc-old-portal-long-title-related-before-footer": (
        "html2text runs a layout cell's paragraphs together with no warning"
    ),
    "blind-sidecols41-en-bmn-three-column-poll-newsletter": (
        "elinks prints the kicker and the title on one line between side columns: the title "
        "keeps the kicker (warned); html2text runs the layout row's kicker, title and text "
        "together (warned)"
    ),
    "blind-tablesites15-en-bmn-table-layout-gallery-captions-footer-label-cells": (
        "elinks wraps the capture date in its header cell; links sets a gallery caption one "
        "space from the next cell; inscriptis joins the captions; html2text's run-together "
        "paragraph is not warned; pandoc's layout grid gives no title or body (warned)"
    ),
    "blind-tablesites15-en-insf-old-portal-right-column-first-table-cells": (
        "elinks prints the right column's `Quick Links` beside the title, taken for it "
        "(warned); html2text's run-together paragraph is not warned"
    ),
    "blind-tablesites15-en-isti-current-nested-tables-most-viewed-first-figures": (
        "pandoc's grid runs the table's rows together and loses the info cell (warned); w3m "
        "wraps the `Last Update` cell beside the copyright, whose publisher is lost (warned)"
    ),
    "blind-tablesites15-fa-farhang-old-portal-jalali-header-row-figures-table": (
        "html2text ends a cell's paragraph at its line's end; pandoc cuts the title inside a "
        "word in its grid cell"
    ),
    "blind-tablesites15-fa-isti-current-rtl-table-gallery-cells-latest-first": (
        "right-to-left info bullets in cells wrapped beside a side column (links, elinks) and "
        "in pandoc's grid: date, views and code are lost (warned)"
    ),
    "blind-wording24-en-current-table-most-viewed-long-quote-title": (
        "links and elinks print a side column's dated items beside the info bullets: another "
        "date is taken (warned); html2text runs the study time into the kicker's line"
    ),
    "blind-wording24-fa-isti-question-title-persian-digits-side-column": (
        "inscriptis prints the side column beside the kicker, the title and the bullets on long"
        " lines: they are lost (warned)"
    ),
    "blind-cutoff27-en-bmn-elites-grant-cut-before-footer-and-partial-paste": (
        "a paste of the page's lower half, with no title: its first paragraph is taken for the "
        "title (warned: title uncertain) where no title is the honest record"
    ),
    "blind-cutoff27-en-insf-old-portal-damaged-bytes-and-cut-before-article": (
        "w3m and inscriptis print a right-hand box's `Links` one space from the text's lines: "
        "it runs into a paragraph; cut before the article, the breadcrumb's wrapped title "
        "leaves its last words as body"
    ),
    "blind-cutoff27-fa-isti-side-column-satellite-launcher-cut-before-article": (
        "a right-to-left side column printed beside the kicker, the title and the bullets (w3m,"
        " elinks, inscriptis): they are lost (warned); html2text runs the text together with no"
        " warning; pandoc cuts the title inside a word"
    ),
    "blind-opinions28-en-old-portal-2019-two-writers-translator-credit-star-notes": (
        "html2text runs the byline and the translator's credit into the text's one paragraph: "
        "they stay at its head"
    ),
    "blind-opinions28-fa-farhang-interview-side-column-first-pull-quote-credit": (
        "html2text runs the interviewer's credit into the text's first paragraph: it stays at "
        "its head"
    ),
    "blind-persian80-fa-farhang-old-portal-arabic-yeh-print-bar-2018": (
        "html2text runs the kicker onto the breadcrumb and print bar's line: only its last word"
        " is kept"
    ),
    "blind-reports24-en-insf-most-viewed-column-first-long-title-period-figures": (
        "html2text sets the source line apart from the paragraph it ends"
    ),
    "blind-sidecols42-en-biodc-old-portal-right-column-first-poll-newsletter": (
        "links and elinks end the side column's run inside a paragraph: its first line is set apart"
    ),
    "blind-sidecols42-en-bmn-short-links-column-tag-cloud-table": (
        "links prints a short tag cloud beside the kicker and the title: its words run into "
        "them; html2text runs the kicker onto the title's row (warned)"
    ),
    "blind-sidecols42-en-current-table-latest-news-left-title-period": (
        "pandoc cuts the title in its grid cell and glues two of its words: the glued copy is "
        "taken (warned: two candidates)"
    ),
    "blind-brbreaks10-fa-isti-current-br-address-typed-list-latest-column-first": (
        "links prints the side column beside the head: the lead's first sentence, run on with "
        "the title's words, is taken for the title and the kicker is lost"
    ),
    "blind-converters41-fa-isti-table-side-column-first-jalali": (
        "html2text with no wrapping runs the layout cell's paragraphs together on one line and "
        "no wall shows it: the warning is missing"
    ),
    "blind-longform21-fa-isti-battery-roadmap-side-column-first-toc-nested-list-persian-digits": (
        "html2text runs the `بیشتر بخوانید` heading into the notes, and its headlines stay "
        "(unwarned); inscriptis keeps the side column's poll question"
    ),
    "blind-media2-en-current-video-player-pdf-download-box": (
        "the video's clock alone between the text and the caption, with no fallback notice "
        "above it (the HTML reader and the paste), stays in the body"
    ),
    "blind-media2-en-old-portal-iframe-map-attachments-side-first": (
        "two attachment links a `<br>` sets apart are run together (elinks in the narrow cell; "
        "html2text's flattened cell)"
    ),
    "blind-pastes33-en-biodc-opinion-most-viewed-first-byline": (
        "html2text runs the kicker into the flattened cell's text; inscriptis sets the side "
        "column's last item beside the kicker"
    ),
    "blind-pastes33-en-bmn-layout-c-reader-view": (
        "a reader view keeps no label of the bmn layout: the record says `current`"
    ),
    "blind-pastes33-en-old-portal-right-column-figures-table": (
        "html2text runs the table's head into the flattened paragraph; inscriptis sets the side"
        " column's last headline beside the kicker"
    ),
    "blind-pastes33-fa-isti-side-column-first-zwnj": (
        "html2text runs the Jalali date and the view count into the flattened cell's text: no "
        "date is found"
    ),
    "blind-pictures11-en-biodc-current-figure-cells-beside-text-related-thumbs": (
        "a picture's cell beside the text: its credited caption is read as text beside the "
        "paragraph"
    ),
    "blind-pictures11-en-current-gallery-row-alt-repeats-title": (
        "pandoc's grid prints the gallery's captions side by side, cut in the cells"
    ),
    "blind-pictures11-en-old-portal-right-column-first-photo-credit": (
        "html2text runs the picture's credit into the flattened paragraph"
    ),
    "blind-pictures11-fa-isti-current-thumbnail-column-first-floated-figure": (
        "elinks's link numbers break the three columns' alignment; html2text runs the cell's "
        "paragraphs together with no warning"
    ),
    "blind-pictures12-en-biodc-current-table-picture-credit-most-viewed-thumbs": (
        "inscriptis sets the lead beside the picture's credit: the lead is read as the caption "
        "and left out"
    ),
    "blind-pictures12-en-bmn-infographic-long-alt-photo-news-box": (
        "the photo news column beside the kicker is run into it (w3m, links, elinks); "
        "html2text's flattened cell"
    ),
    "blind-pictures12-en-current-gallery-row-alt-title-photo-credits-side-menu": (
        "pandoc's grid prints the gallery's captions side by side; html2text runs two "
        "paragraphs together with no warning"
    ),
    "blind-pictures12-en-old-portal-thumbnail-column-first-picture-beside-text": (
        "a caption with no credit in a picture's cell beside the text is left out or taken for "
        "the kicker"
    ),
    "blind-portal47-en-old-portal-js-notice-gallery-related-news": (
        "a gallery's captions printed side by side stay in the body as one line"
    ),
    "blind-rtlside2-fa-bmn-floated-links-poll-column-before-title": (
        "a paste of a floated links column before the title: the column's last items are taken "
        "for the kicker and the title"
    ),
    "blind-rtlside2-fa-isti-current-latest-news-table-column-beside-title": (
        "elinks runs a side column's item into the title's line across the boundary"
    ),
    "blind-sidecols43-en-old-portal-side-archive-links-tags-first": (
        "links prints the tag cloud's table beside the title, which is cut"
    ),
    "blind-tablesites16-en-bmn-layout-c-table-layout-footer-labels-in-cells-grant-table": (
        "the rights line beside the address in two cells: the publisher is cut at its first line"
    ),
    "blind-tablesites16-en-insf-old-portal-2019-header-row-date-latest-column-first-patent-table": (
        "the old portal's footer line in five cells, wrapped side by side (links, elinks): no "
        "date or code is found"
    ),
    "blind-tablesites16-fa-farhang-old-portal-jalali-header-row-gallery-table-most-viewed-first": (
        "the old portal's footer line in five cells (links, elinks); pandoc's grid runs the "
        "gallery's title into the text"
    ),
    "blind-tablesites16-fa-isti-current-gallery-in-table-cells-latest-news-column-first": (
        "info bullets each in a cell beside a side column and a gallery: the head is read out "
        "of order"
    ),
    "blind-tablesites17-en-current-nested-tables-info-cells-most-viewed-first": (
        "html2text runs the cell's paragraphs together with no warning"
    ),
    "blind-tablesites17-en-insf-current-table-of-figures-gallery-cells": (
        "elinks wraps a gallery caption's credit in its cell: its first line stays"
    ),
    "blind-tablesites17-en-old-portal-table-layout-left-column-first-figures": (
        "the old portal's footer line in five cells (links, elinks): no date or code is found"
    ),
    "blind-tablesites17-fa-current-table-layout-figures-side-column": (
        "the info items each in a cell (links, elinks): the date and code are not found; "
        "html2text's flattened cell unwarned"
    ),
    "blind-tablesites17-fa-old-portal-farhang-gallery-cells-jalali-header": (
        "links and elinks print the gallery cells beside the Persian text: no title or body is "
        "found; html2text's flattened cell unwarned"
    ),
    "blind-everyday82-insf-current-latest-box-first-long-quote-title": (
        "links and elinks print the latest-news column beside the head: a headline's date is "
        "taken for the article's and the title is cut where the column stands (warned)"
    ),
    "blind-longform22-en-old-portal-long-interview-right-column-first": (
        "html2text runs the cell's paragraphs together and nothing on its lines shows it: the "
        "warning is missing; the paste's nested items under an item that ends `selling to` are "
        "read as one sentence"
    ),
    "blind-longform22-fa-isti-long-report-side-column-first-persian-digits": (
        "w3m, links and elinks print the latest-news column beside the report's nested list, "
        "whose items are lost or run together; html2text runs the table of contents into the "
        "lead; the paste's nested items ending in a comma are joined"
    ),
    "blind-pastes34-en-bmn-layout-c-opinion-byline-word-reader": (
        "Safari's reader view keeps no footer: its layout is read as the current one, not `bmn`"
        " as written"
    ),
    "blind-pictures13-en-current-layout-table-gallery-alt-repeats-title": (
        "html2text leaves the gallery row's wall after the lead; pandoc's grid prints the three"
        " cells' alt texts side by side, word by word"
    ),
    "blind-pictures13-en-old-portal-right-column-first-caption-and-credit": (
        "html2text runs the lead, a caption and the next paragraph together in the cell, and "
        "nothing on its lines shows it: the warning is missing"
    ),
    "blind-pictures13-fa-old-portal-subsite-gallery-narrow-cells-alt-title": (
        "links, elinks and pandoc print the gallery's narrow cells side by side, the alt texts "
        "wrapped word by word into the text"
    ),
    "blind-sidecols44-en-bmn-layout-c-links-and-latest-columns-beside-article": (
        "a two-line links column beside the head and a latest-news column beside the text: the "
        "links' items run into the kicker and the title"
    ),
    "blind-sidecols44-en-current-three-column-table-latest-poll-period-title": (
        "pandoc's simple table cuts the categories' line where the column ends"
    ),
    "blind-tablesites18-en-bmn-table-footer-labels-grant-figures": (
        "the footer's labels and values in cells of their own: w3m and html2text lose the code "
        "and the visit count; links and elinks print the left menu beside the head, run into "
        "the kicker and the title"
    ),
    "blind-tablesites18-en-current-nested-tables-most-viewed-figures": (
        "links and elinks print the nested info row's cells beside the short title: the info "
        "block is not found and a headline's date is taken (warned)"
    ),
    "blind-tablesites18-en-old-portal-all-tables-right-column-first": (
        "the old portal's footer line in five cells (links, elinks) is not read; html2text runs"
        " the cell's paragraphs together with no warning"
    ),
    "blind-tablesites18-fa-isti-current-table-side-column-gallery": (
        "the info row's bare date and count cells (w3m, links, elinks) are not read as the info"
        " block; html2text runs the cell's paragraphs together with no warning"
    ),
    "blind-brbreaks11-fa-isti-letter-salutation-signature-side-column-first": (
        "a right-to-left side column printed first and beside the letter, its lines run into "
        "the text's with one space between (elinks, links, w3m), and pandoc's grid cell that "
        "runs the letter's last request into the paragraph above"
    ),
    "blind-cutoff29-en-old-portal-biodc-cut-before-article-after-body": (
        "a capture cut right under the breadcrumb that holds the title, wrapped at w3m's width:"
        " too few lines to measure the width by, so the title's wrapped end is read as text"
    ),
    "blind-opinions29-en-old-portal-interview-labelled-qa-translated-credit": (
        "a related-news column beside the text, its items run into the lead (elinks) or into "
        "the title (links); html2text runs the credit under the title into the lead"
    ),
    "blind-reports25-en-old-portal-right-column-first-nano-rankings": (
        "html2text runs the findings typed with their numbers into one paragraph; a number "
        "opening a wrapped line (`4) The number ...`) is read as an item's"
    ),
    "blind-reports25-fa-current-side-column-patent-table-persian-digits": (
        "html2text's run-together cell, with no warning; inscriptis prints the side column "
        "first and beside the info block; pandoc cuts a year in the title's cell (`۱` / `۴۰۲`) "
        "and wraps the table's caption over two lines"
    ),
    "blind-sisteren28-en-bmn-layout-c-most-visited-box-first-question-title": (
        "html2text runs the kicker, the title and the text of bmn's one-cell table into one "
        "paragraph"
    ),
    "blind-wording26-en-current-side-menu-question-title-quote-kicker-repeated": (
        "html2text runs the kicker printed again under the title into the lead"
    ),
    "blind-sidecols45-en-biodc-links-column-last-shorter-question-title-list-body": (
        "elinks prints the links column one space from the article's lines on some rows, and "
        "the column's words on those rows run into the lead"
    ),
    "blind-sidecols45-en-oldportal-insf-picture-caption-column-first": (
        "html2text prints the side column's cell and the article's cell on one line, a cell "
        "wall between them, the breadcrumb, kicker, title, text and footer line run together"
    ),
    "blind-sidecols45-fa-current-latest-news-column-right-persian-digits": (
        "pandoc wraps `دو` / `برابر` at a space in the article's cell, and the side column "
        "holds `دوبرابر` as one word, so the two are mended into one"
    ),
    "blind-portal49-en-old-portal-latest-news-column-first-period-title": (
        "html2text runs the cell's paragraphs together twice; one warning names the longest run"
    ),
    "blind-portal49-fa-farhang-old-portal-jalali-capture-headline-box-access-deny": (
        "html2text runs the kicker, the title and the text into one line in the cell: the "
        "kicker is read as text"
    ),
    "blind-portal49-fa-isti-old-portal-headlines-column-question-title-cut-in-footer": (
        "html2text runs the cell's paragraphs together with no warning"
    ),
    "blind-shortlines1-en-current-biodc-mostviewed-column-first-br-address-please-note": (
        "elinks prints the most-viewed column one space from the title's and text's lines on "
        "some rows, and its items' dates and counts are read as the article's; html2text runs"
        " the cell's paragraphs together with no warning and keeps the lines under them"
    ),
    "blind-shortlines1-fa-current-isti-side-column-quote-count-lines": (
        "html2text runs the cell's paragraphs together with no warning"
    ),
    "blind-pastes35-en-current-nested-menu-bulleted-list-figures-table-period-title": (
        "links and elinks wrap the table's head cell (`Energy use (kWh per cubic` / `metre)`)"
        " under its row, and the row's cells are read line by line"
    ),
    "blind-pastes35-fa-current-latest-news-column-first-study-code-top-no-date": (
        "the page shows no date; w3m and inscriptis print the latest-news column beside the "
        "study time and the title, and its items' dates are read as the article's block"
    ),
    "blind-widths11-en-bmn-top-menu-table-related-right-long-period-title": (
        "w3m at 40 columns wraps the header row's capture date over four lines beside the "
        "menu's; inscriptis prints the related-news column beside the kicker and title"
    ),
    "blind-widths11-fa-isti-current-latest-news-side-column-jalali-date": (
        "html2text runs the picture's caption, the study time and the news code into the lead"
    ),
    "blind-converters43-en-current-table-mostviewed-first-menu-period-title": (
        "html2text runs the cell's paragraphs together twice; one warning names the longest run"
    ),
    "blind-longform23-en-old-portal-side-column-first-nano-report-table-lists": (
        "html2text runs the cell's first two paragraphs together with no warning"
    ),
    "blind-longform23-fa-current-side-column-first-jalali-table-lists": (
        "html2text runs the cell's paragraphs together twice; one warning names the longest run"
    ),
    "blind-cutoff30-en-insf-current-most-viewed-first-byline-question-title-cut-before-article": (
        "elinks opens the most-viewed column halfway down the text, and the text beside it is"
        " lost (warned: body looks short); html2text runs the paragraphs together with one "
        "warning"
    ),
    "blind-cutoff30-fa-isti-current-side-column-first-cp1256-cut-in-info-block": (
        "the HTML cut inside the info block, right under its date and count: the block is "
        "read as a headline list's last item, and kicker, date and count are lost"
    ),
    "blind-pictures14-fa-current-side-column-first-video-caption-infographic": (
        "html2text runs the cell's paragraphs together twice, parted at the infographic's "
        "picture; one warning names the longest run"
    ),
    "blind-comments27-en-insf-zero-comments-helpful-widget-title-period": (
        "pandoc's lines are left as they stand in this capture, unjoined, and the lead's "
        "second sentence, under a line its first word would not have fitted on, is read as a "
        "paragraph of its own"
    ),
    "blind-portalfa16-fa-biodc-old-portal-latest-column-first-long-period-title-list-body": (
        "html2text runs the cell's first two paragraphs together with no warning"
    ),
    "blind-portalfa16-fa-cistc-old-portal-br-paragraphs-kicker-again-quote-title-side-after": (
        "the article's lines are set apart by `<br>` alone, with no blank line: lynx's full "
        "lines run the kicker, the title and the paragraphs on; w3m, links and elinks print "
        "the headline column beside the title, and a headline's word runs into it"
    ),
    "blind-tables6-en-old-portal-layout-table-side-column-first-patent-table-in-cell": (
        "html2text runs the side column's cell, the breadcrumb, the kicker and the title into"
        " the text's first line"
    ),
    "blind-tables6-fa-farhang-old-portal-jalali-capture-budget-table-caption-above-"
    "persian-digits": (
        "lynx prints the right-to-left table's cells a column at a time, and its rows are "
        "read as the columns"
    ),
    "blind-tables6-fa-isti-current-latest-column-first-persian-digits-table-caption-below": (
        "lynx prints the right-to-left table's cells a column at a time, and its rows are "
        "read as the columns"
    ),
    "blind-sisteren29-en-biodc-table-mostviewed-first-title-above-bullets-list-body": (
        "html2text runs the cell's paragraphs together twice; one warning names the longest run"
    ),
    "blind-aroundinfo1-en-old-portal-poll-column-first-newsletter-print-bar": (
        "html2text runs the print bar's text-size buttons into the kicker and the date said "
        "again (`Sunday 14 July 2019 Visits: 88`) into the flattened text"
    ),
    "blind-bodystruct1-en-current-biodc-sidecolumn-first-keypoints-question-title": (
        "links prints the side column's newsletter field on the subheading's line (`_____   "
        "What comes next`), and the subheading is lost with it"
    ),
    "blind-bodystruct1-en-oldportal-insf-leftmenu-numbered-list-blockquote-caption": (
        "the left menu printed beside the ordered list's items: read into the text "
        "(inscriptis, links, elinks), or cut apart with the numbers w3m printed kept"
    ),
    "blind-deadlines1-en-old-portal-side-column-first-exhibition-timetable": (
        "html2text runs three paragraphs together with no warning; inscriptis prints the "
        "events box's item between the paragraphs"
    ),
    "blind-edits1-en-old-portal-side-column-first-first-published-line-end": (
        "html2text's flattened cell parted at another sentence than the tester's single run"
    ),
    "blind-halfloaded1-en-old-portal-side-column-loading-first-show-count-ellipsis": (
        "html2text runs the comments' heading and their placeholder on after the old portal's"
        " row, which is then no row"
    ),
    "blind-lineends1-fa-current-bom-zwnj-entities-persian-digits-side-column-first": (
        "elinks's broken bytes (the BOM, the side column's ZWNJs) upset the columns' widths; "
        "pandoc sets the news group's label apart from its list with a blank line"
    ),
    "blind-namelists1-en-oldportal-menu-column-first-delegation-members": (
        "two `<br>` lines of names, the first filling its line in a narrow column, read as "
        "one wrapped line; html2text runs a heading into the line above"
    ),
    "blind-oddtitles1-en-current-notice-period-title-repeated-in-lead-one-word-kicker": (
        "a text capture cannot tell a lead opening with the title's words from a caption's "
        "copy a tool ran into the lead: the title's sentence is left out of the lead (the "
        "HTML capture keeps it)"
    ),
    "blind-promos1-en-old-portal-left-column-event-promo-under-title": (
        "html2text runs the event's promo into the flattened text"
    ),
    "blind-promos1-fa-current-sponsored-box-subscribe-channel-persian-digits": (
        "lynx sets the channel's sign-up line apart from its button, and the line stays in the text"
    ),
    "blind-series1-en-current-mostviewed-first-series-box-in-text-period-title": (
        "html2text runs the series' two links onto one line, read as a paragraph"
    ),
    "blind-series1-en-old-portal-right-column-first-series-parts-box-next-part": (
        "html2text runs the previous and next parts' links onto one line, read as a paragraph"
    ),
    "blind-series1-fa-current-sidebar-series-part-in-title-parts-list-jalali": (
        "html2text runs the info line's cells into the text, its date, code and count unread"
    ),
    "blind-yearedges1-fa-current-side-column-first-farvardin-1398-persian-digits": (
        "html2text runs the kicker, the title and the info line's cells into the text: no "
        "title found"
    ),
}
OPEN_CAPTURES: dict[str, tuple[str, ...]] = {
    "blind-english2-en-current-topstories-first-menu-period-title": (
        "html2text.md",
        "links.txt",
    ),
    "blind-english2-oldportal-en-rightcol-first-access-deny": ("html2text.md",),
    "blind-persian2-fa-biodc-menu-long-title": ("elinks.txt",),
    "blind-persian2-fa-farhang-side-first-opinion": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-persian2-fa-isti-code-top-no-date": ("elinks.txt",),
    "blind-persian2-fa-oldportal-right-column": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-bodylike-bmn-en-app-tabs-menu-words-code-visit-count-publish-date-"
    "copyright-sentence-related-after": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
    ),
    "blind-bodylike-en-timeline-field-list-report-links-see-also-copyright-code-"
    "sentences-latest-first": (
        "html2text.md",
        "w3m.txt",
    ),
    "blind-bodylike-fa-messenger-bot-jalali-timeline-field-list-notice-share-see-also-side-first": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-bodylike-oldportal-en-poll-print-send-to-friend-home-ddmmyyyy-timeline-rightcol-first": (
        "html2text.md",
    ),
    "blind-breaks-en-current-app-telegram-mostviewed-tags-cookie-backtotop": ("html2text.md",),
    "blind-breaks-oldportal-en-ad-sourcebox-poll-related-rating": ("html2text.md",),
    "blind-rich-bmn-en-gallery-readmore-post-video-correction": ("inscriptis.txt",),
    "blind-rich-en-oldportal-ol-nested-post-attachment-note-rightcol-first": ("html2text.md",),
    "blind-rich-en-short-audio-attachment-correction-latest-first": ("html2text.md",),
    "blind-alike-fa-sidecolumn-nodate": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-full-en-table-interview-sidefirst": ("html2text.md",),
    "blind-full-oldportal-rightcol-first": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-rows-bmn-table-menu-left": (
        "html2text.md",
        "links-100.txt",
        "w3m-100.txt",
        "w3m.txt",
    ),
    "blind-rows-en-table-side-first": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-rows-en-table-side-last": ("html2text.md",),
    "blind-rows-fa-table-side-first": (
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
    ),
    "blind-rows-old-portal-rtl-right-first": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-cells-bmn-related-last": ("html2text.md",),
    "blind-cells-fa-side-first": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "w3m-100.txt",
        "w3m.txt",
    ),
    "blind-cells-info-table-side-first": ("html2text.md",),
    "blind-cells-old-portal-right-col-first": ("html2text.md",),
    "blind-cells-three-col-most-viewed": ("html2text.md",),
    "blind-tables-bmn-en-menu-td-left-breadcrumb": ("html2text.md",),
    "blind-tables-en-current-mostviewed-td-first-info-table": ("pandoc.txt",),
    "blind-markup-bmn-en-nested-spans-copyright-sentence": ("html2text.md",),
    "blind-markup-en-current-infographic-mso-entities-shy-template": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-markup-en-current-uppercase-br-font-interview-table-info-sidefirst": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-markup-en-oldportal-divsoup-rightcol-first-object": ("html2text.md",),
    "blind-markup-fa-current-mso-paste-ncr-template-iframe-labels-top": (
        "elinks.txt",
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-surprise-bmn-en-no-kicker-colon-quote-title-numbered-winners-share-bar": (
        "elinks.txt",
        "html2text-90.md",
        "html2text.md",
        "inscriptis.txt",
        "links-110.txt",
        "links.txt",
        "lynx-90.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc-90.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m-120.txt",
        "w3m.txt",
    ),
    "blind-surprise-en-oldportal-leftcol-first-footerlike-listing": (
        "html2text-90.md",
        "html2text.md",
    ),
    "blind-narrow-en-interview-narrow": ("lynx-nolist-50.txt",),
    "blind-variants-fa-notice-sidebar-labels-below": (
        "elinks.txt",
        "pandoc.md",
    ),
    "blind-pastes-en-oldportal-copyright-law-rightcol-first": (
        "elinks.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-pastes-en-opinion-byline-latest-first-with-counts": ("html2text.md",),
    "blind-pastes-fa-sidecol-first-jalali-references-list": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-persian-fa-gallery-arabic-indic-digits-related-after": (
        "elinks-100.txt",
        "elinks.txt",
    ),
    "blind-persian-fa-interview-title-above-menu-digits-top-code": (
        "elinks-100.txt",
        "elinks.txt",
    ),
    "blind-persian-fa-oldportal-subsite-rightcol-first-arabic-yeh-capture-guillemet-title": (
        "html2text-snob.md",
        "html2text.md",
    ),
    "blind-persian-fa-title-below-mostviewed-first-period-title-references-list": (
        "elinks-100.txt",
        "elinks.txt",
    ),
    "blind-encodings-en-current-mostviewed-first-interview-curly-persian-category": (
        "html2text-nowrap.md",
        "html2text.md",
    ),
    "blind-encodings-en-oldportal-rightcol-first-references-latin1-declared": (
        "elinks-latin.txt",
        "html2text-nowrap.md",
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-encodings-fa-current-labels-top-side-after-persian-digits-lying-cp1256": (
        "paste-cp1256.txt",
        "w3m-cp1256.txt",
    ),
    "blind-encodings-fa-oldportal-subsite-arabic-yeh-infographic-rightcol-first-dst-end": (
        "html2text-nowrap.md",
        "html2text.md",
        "w3m-cp1256.txt",
        "w3m.txt",
    ),
    "blind-prints-en-oldportal-table-blockquote-prev-next-rightcol-first": (
        "html2text-60.md",
        "html2text.md",
    ),
    "blind-reader-fa-inline-script-json-byline-kicker-again-sidebar-after": ("reader-paste.txt",),
    "blind-views-fa-inline-script-json-byline-kicker-again-sidebar-after": ("html2text.md",),
    "blind-saves-en-table-info-long-kicker-noscript-left-first": (
        "html2text-40.md",
        "html2text.md",
        "w3m-40.txt",
    ),
    "blind-saves-fa-oldportal-cp1256-brbr-right-first": ("elinks.txt",),
    "blind-last-fa-guillemet-kicker-sidefirst": (
        "html2text-nolinks.md",
        "html2text.md",
        "links-120.txt",
        "w3m.txt",
    ),
    "blind-last-oldportal-rightcol-first": (
        "html2text-nolinks.md",
        "html2text.md",
    ),
    "blind-tools-en-oldportal-leftcol-first-cut-breadcrumb-qr": (
        "html2text-nowrap.md",
        "html2text.md",
        "links.txt",
    ),
    "blind-tools-fa-oldportal-subsite-question-title-persian-digit-footer": (
        "elinks-120.txt",
        "html2text-nowrap.md",
        "html2text.md",
        "w3m-200.txt",
    ),
    "blind-tools-fa-side-first-jalali-date-english-quotes": ("elinks-120.txt",),
    "blind-saved-fa-table-calendar-first-long-kicker": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "w3m-60.txt",
    ),
    "blind-real-en-opinion-table-nocharset": ("html2text.md",),
    "blind-real-fa-current-persian-digits-table": ("html2text.md",),
    "blind-media-en-gallery8-captions-related-between-mostviewed-first": (
        "elinks.txt",
        "links-100.txt",
        "links.txt",
    ),
    "blind-media-fa-current-cp1256-ncr-persian-digits-question-title-labels-top-sidebar-first": (
        "html2text-snob.md",
        "html2text.md",
    ),
    "blind-media-fa-oldportal-subsite-arabic-yeh-capture-table-rightcol-first-stats-box": (
        "html2text-snob.md",
        "html2text.md",
    ),
    "blind-partial-en-oldportal-rightcol-first-latest-dates": (
        "html2text.md",
        "page-cut.html",
        "w3m-cut.txt",
    ),
    "blind-genres-en-current-forum-event-qa-mostviewed-first": ("html2text.md",),
    "blind-genres-fa-oldportal-press-release-rightcol-first": ("html2text.md",),
    "blind-persian3-bmn-names-list-persian-digits-links-first": ("paste.txt",),
    "blind-persian3-farhang-announcement-meeting-date-side-first-jalali-capture": (
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
    ),
    "blind-persian3-oldportal-isti-interview-question-title-rightcol-first": ("html2text.md",),
    "blind-genres2-fa-isti-interview-sidecol": ("elinks.txt",),
    "blind-everyday3-en-isti-table-mostread-menu": ("html2text.md",),
    "blind-everyday3-fa-insf-oldportal-right-column": ("html2text.md",),
    "blind-oddchrome-fa-oldportal-rightcol-first-listings": (
        "elinks.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-sister-en-insf-sidecol-first-boxes": ("paste.txt",),
    "blind-sister-fa-water-oldportal-rightcol-first": (
        "links.txt",
        "lynx.txt",
    ),
    "blind-tables2-bmn-en-leftcol-first": ("html2text.md", "inscriptis.txt"),
    "blind-tables2-en-subsite-current-twocols-after": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-tables2-fa-current-isti-sidecol-last": ("html2text.md",),
    "blind-tables2-oldportal-en-leftcol-twocols": (
        "html2text.md",
        "links.txt",
    ),
    "blind-tables2-oldportal-fa-rightcol-first": (
        "html2text.md",
        "paste.txt",
    ),
    "blind-persian4-isti-fa-table": ("html2text.md",),
    "blind-tools2-en-oldportal-table": ("pandoc-rst.txt",),
    "blind-tools2-fa-oldportal-biodc": (
        "html2text-c.txt",
        "pandoc-rst.txt",
    ),
    "blind-bigpages-en-oldportal-2018": (
        "elinks.txt",
        "html2text.md",
        "w3m.txt",
    ),
    "blind-tools3-en-oldportal-perovskite": (
        "html2text-nolinks-nowrap.md",
        "html2text.md",
        "markdownify-atx.md",
        "pandoc-gfm.md",
        "pandoc.txt",
    ),
    "blind-tools3-fa-current-seed": ("inscriptis.txt",),
    "blind-tools3-farhang-oldportal-sciencecafe": (
        "lynx-50.txt",
        "pandoc-asciidoc.txt",
        "pandoc-gfm.md",
    ),
    "blind-persiantools-fa-bmn-awards": (
        "html2text-c.txt",
        "pandoc-rst.txt",
    ),
    "blind-persiantools-fa-centre-kazakh": (
        "pandoc-asciidoc.txt",
        "soup.txt",
    ),
    "blind-persiantools-fa-oldportal-biotech": ("pandoc-asciidoc.txt",),
    "blind-persiantools-fa-table-sidecol": (
        "html2text-c.txt",
        "html2text-nolinks-nowrap.md",
        "html2text.md",
        "pandoc-asciidoc.txt",
        "pandoc-rst.txt",
    ),
    "blind-persian5-bmn-call": ("pandoc.txt",),
    "blind-persian5-farhang-grant": ("elinks.txt",),
    "blind-persian5-isti-agreement": ("elinks.txt",),
    "blind-persian5-isti-exhibition": ("elinks.txt",),
    "blind-versions-print-en-biodc": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-browsers-en-oldportal-infotable": (
        "elinks.txt",
        "w3m.txt",
    ),
    "blind-browsers-en-two-sidecols": (
        "elinks-120.txt",
        "elinks.txt",
        "html2text.md",
        "links-120.txt",
        "links.txt",
    ),
    "blind-browsers-fa-oldportal-sidefirst": (
        "elinks-120.txt",
        "elinks.txt",
        "pandoc.txt",
    ),
    "blind-browsers-fa-sidecol-last": (
        "inscriptis.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-damaged-fa-current-airsensors": ("html2text-cut-title.md",),
    "blind-flattened-en-current-sidefirst": ("inscriptis.txt",),
    "blind-flattened-en-oldportal-sidelast": (
        "elinks.txt",
        "html2text-noimages.md",
        "html2text-nowrap.md",
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-flattened-fa-current-sidefirst": ("pandoc.txt",),
    "blind-options-biodc-table-longtitle": (
        "elinks-width120-norefs-nonumbering.txt",
        "elinks.txt",
        "links.txt",
        "pandoc-plain-columns120.txt",
    ),
    "blind-pastes2-isti-en-opinion-table": ("html2text.md",),
    "blind-persian7-bmn-fa": ("elinks.txt",),
    "blind-sisterfa-farhang-oldportal-film": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-week2-farhang-oldportal-festival": ("html2text.md",),
    "blind-inline2-fa-oldportal-manuscripts": ("html2text.md",),
    "blind-inline2-oldportal-en-drone": ("html2text.md",),
    "blind-browsers3-en-oldportal-sidefirst": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-browsers3-en-two-sides-footrow": (
        "html2text.md",
        "links-120.txt",
        "links.txt",
    ),
    "blind-browsers3-fa-oldportal-sidelast": (
        "elinks-120.txt",
        "html2text.md",
        "inscriptis.txt",
        "w3m.txt",
    ),
    "blind-browsers4-bmn-poll-footer3": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "pandoc.txt",
        "w3m-100.txt",
        "w3m.txt",
    ),
    "blind-browsers4-en-oldportal-leftcol": ("pandoc.txt",),
    "blind-browsers4-fa-wide-sidelast": (
        "elinks-100.txt",
        "elinks.txt",
        "html2text.md",
        "links-100.txt",
    ),
    "blind-converters2-en-bmn-nested-figures": (
        "markdownify.md",
        "pandoc.txt",
    ),
    "blind-converters2-en-oldportal-rightcol": (
        "elinks.txt",
        "links.txt",
        "pandoc.md",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-converters2-fa-oldportal-subsite": ("pandoc.md",),
    "blind-converters2-fa-sidecol-last-jalali": (
        "elinks.txt",
        "markdownify.md",
        "pandoc.txt",
    ),
    "blind-converters3-en-opinion-side-last": (
        "html2text-wide.md",
        "html2text.md",
    ),
    "blind-everyday9-bmn-loanfund": ("paste.txt",),
    "blind-everyday9-oldportal-indonesia": ("html2text.md",),
    "blind-footers-bmn-related-label-row": (
        "html2text.md",
        "w3m.txt",
    ),
    "blind-footers-en-labels-table": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-footers-oldportal-footer-cells": ("inscriptis.txt",),
    "blind-footers2-en-tags-table-comments": (
        "html2text.md",
        "w3m.txt",
    ),
    "blind-footers2-fa-notag-heading-related": ("html2text.md",),
    "blind-persian9-farhang-oldportal": (
        "elinks.txt",
        "pandoc.txt",
    ),
    "blind-persian9-isti-fa-table": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-rtl-biodc-1399-persian-digits": (
        "elinks.txt",
        "html2text.md",
        "w3m.txt",
    ),
    "blind-rtl-bmn-fa-side-last": (
        "html2text.md",
        "w3m-120.txt",
    ),
    "blind-rtl-farhang-1397-arabic-yeh": ("html2text.md",),
    "blind-rtl-isti-fa-mostviewed-first": (
        "html2text.md",
        "links-120.txt",
    ),
    "blind-rtl-pardis-park-opinion": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "w3m.txt",
    ),
    "blind-week4-insf-dust-storm": ("html2text.md",),
    "blind-week4-isti-fa-solar-desal": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-week4-oldportal-biodc-enzyme": ("html2text.md",),
    "blind-widths3-en-bmn-divs-quotetitle": ("w3m.txt",),
    "blind-clippers-fa-sidecol-nodate": (
        "elinks.txt",
        "lynx.txt",
    ),
    "blind-converters4-fa-current-opinion": ("elinks.txt",),
    "blind-converters4-fa-current-table": (
        "markdownify.md",
        "pandoc.txt",
    ),
    "blind-converters4-fa-oldportal": ("pandoc-nowrap.txt",),
    "blind-cuts-en-bmn-cut": (
        "cut-body.txt",
        "cut.html",
    ),
    "blind-cuts-en-current-cut": ("cut-info.txt",),
    "blind-cuts-en-oldportal-cut": (
        "cut-body.txt",
        "cut.html",
    ),
    "blind-cuts2-biosensor-cut-fa": ("cut-title.txt",),
    "blind-encodings2-fa-bmn-rlm": (
        "elinks.txt",
        "w3m-1256.txt",
    ),
    "blind-encodings2-fa-zwnj-nodate": ("elinks.txt",),
    "blind-genres4-infographic-current-fa": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-options2-fa-side-column": ("html2text.md",),
    "blind-pastes3-bmn-byline-related": ("paste-reader.txt",),
    "blind-pastes3-fa-old-portal-ticker": ("paste-reader.txt",),
    "blind-pastes3-old-portal-rightcol": ("paste-reader.txt",),
    "blind-persian10-fa-nano-membrane": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-portalen-drone-spray-2019": ("links.txt",),
    "blind-portalen-grid-battery-2018": ("html2text.md",),
    "blind-portalen-kidney-chip-2019": ("elinks.txt",),
    "blind-portalen-opinion-valley-2017": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-rtl2-bmn-fa-side-last": ("links.txt",),
    "blind-rtl2-insf-fa-side-last": (
        "elinks.txt",
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-rtl2-isti-fa-side-first": ("elinks.txt",),
    "blind-sisteren2-biodc-opinion-menu": (
        "elinks.txt",
        "html2text-0.md",
        "html2text.md",
        "links.txt",
        "markdownify.md",
        "w3m.txt",
    ),
    "blind-sisteren2-bmn-startup-loans": ("markdownify.md",),
    "blind-sisteren2-insf-quantum-call": ("markdownify.md",),
    "blind-sisteren2-nano-exports-longtitle": (
        "html2text-0.md",
        "html2text.md",
        "markdownify.md",
        "pandoc.txt",
    ),
    "blind-sisteren2-oldportal-rightcol": ("html2text.md",),
    "blind-sisterfa2-biodc-fa-opinion-english-labels": ("elinks.txt",),
    "blind-sisterfa2-isti-fa-side-column-first": ("html2text.md",),
    "blind-structure-en-current-structured": (
        "lynx-nolist.txt",
        "lynx.txt",
        "paste.txt",
    ),
    "blind-structure-en-oldportal-rightcol": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-structure-fa-current-sidecol": (
        "lynx-nolist.txt",
        "lynx.txt",
        "paste.txt",
    ),
    "blind-structure-fa-oldportal-subsite": ("paste.txt",),
    "blind-tables3-biodc-side-first-wide": ("html2text.md",),
    "blind-tables3-bmn-side-last-narrow": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-tables3-portal-rightcol-first": ("html2text.md",),
    "blind-tables3-side-last-wide": ("html2text.md",),
    "blind-week5-en-oldportal-table-rightcol": ("html2text.md",),
    "blind-after-oldportal-comments": ("html2text.md",),
    "blind-converters5-bmn-en-opinion-table": (
        "elinks.txt",
        "links.txt",
        "markdownify.md",
        "w3m.txt",
    ),
    "blind-converters5-en-current-leftbox": ("pandoc-gfm.md",),
    "blind-converters5-fa-current-rightbox": (
        "elinks.txt",
        "links.txt",
        "pandoc-gfm.md",
        "pandoc.txt",
    ),
    "blind-converters5-oldportal-en-rightfirst": ("pandoc.txt",),
    "blind-pastes4-en-bmn-table-longtitle": ("w3m.txt",),
    "blind-pastes4-en-current-menu-share": ("paste-partial.txt",),
    "blind-damaged2-bmn-quantum": ("html2text.md", "paste-joined.txt"),
    "blind-damaged2-en-membrane": ("cut-info.txt", "paste-joined.txt"),
    "blind-damaged2-fa-drone": ("cut-info.txt", "paste-joined.txt"),
    "blind-damaged2-fa-oldportal-manuscript": (
        "cut-body.txt",
        "cut-info.txt",
        "html2text.md",
        "paste-joined.txt",
    ),
    "blind-damaged2-old-battery": ("cut-body.txt",),
    "blind-everyday12-isti-quote-startracker": ("html2text.md",),
    "blind-genres5-gallery-fa": ("lynx.txt",),
    "blind-genres5-infographic-en": ("html2text.md", "page.html"),
    "blind-options3-oldportal-en-table": (
        "elinks-200.txt",
        "lynx-200.txt",
        "pandoc.rst",
        "w3m-200.txt",
    ),
    "blind-persian12-fa-nano-sidefirst": ("paste-mobile.txt",),
    "blind-persian13-farhang-festival-meeting": ("elinks.txt",),
    "blind-portal16-fa-farhang-2019-nokicker": ("w3m.txt",),
    "blind-portalfa-biodc-mostviewed-long": ("paste.txt",),
    "blind-prints2-bmn-en-print": ("paste-reader.txt",),
    "blind-prints2-fa-old-portal-subsite-print": ("print-lynx.txt", "print-w3m.txt", "print.html"),
    "blind-sidebyside-bmn-right-sidebox": ("elinks.txt", "html2text.md"),
    "blind-sidebyside-fa-current-right-sidebox": ("elinks.txt", "links.txt"),
    "blind-sidebyside-fa-oldportal-right-sidebox": (
        "links.txt",
        "pandoc.txt",
    ),
    "blind-sidebyside-oldportal-left-sidebox": ("w3m.txt",),
    "blind-sisteren3-biodc-table-short": ("html2text.md",),
    "blind-sisteren3-bmn-side-after": ("paste.txt",),
    "blind-tablecells-bmn-en-brcell": ("pandoc.txt",),
    "blind-tablecells-en-current-tablecell": (
        "html2text-0.md",
        "html2text-noimages.md",
        "html2text-nolinks.md",
        "html2text.md",
    ),
    "blind-tablecells-fa-current-sidecol": (
        "elinks.txt",
        "markdownify.md",
        "w3m.txt",
    ),
    "blind-tablecells-oldportal-en-rightcol": ("elinks.txt", "links.txt"),
    "blind-tables4-bmn-awards-left": ("w3m.txt",),
    "blind-tables4-isti-exports-3col-right": ("elinks.txt", "links.txt", "pandoc.txt"),
    "blind-between-en-attach-related-rating": ("inscriptis.txt", "paste.txt"),
    "blind-chromeabove-en-oldportal-sidecolumn": ("html2text.md",),
    "blind-everyday13-old-portal-fair": ("html2text.md",),
    "blind-figures-en-bmn-separators": ("elinks.txt", "links.txt", "w3m.txt"),
    "blind-figures-en-export-longheader": ("elinks.txt", "links.txt", "w3m.txt"),
    "blind-handsaved-en-bmn-popular-first": ("html2text.md", "reader.txt"),
    "blind-oddmarkup-en-insf-pullquote": ("markdownify.md",),
    "blind-oddmarkup-en-mostviewed-mixed": ("pandoc.txt",),
    "blind-oddmarkup-fa-nodate-brbr": ("lynx-nolist.txt", "lynx.txt"),
    "blind-rtlside-fa-bmn-narrow-links": ("html2text.md",),
    "blind-rtlside-fa-narrow-left-latest": ("elinks.txt",),
    "blind-rtlside-fa-two-sides-poll": ("html2text.md",),
    "blind-rtlside-fa-wide-right-mostviewed": ("inscriptis.txt",),
    "blind-converters8-biodc-menu-notice-period": ("elinks.txt", "markdownify.md"),
    "blind-converters8-bmn-fa-sidecol": (
        "html2text-0.md",
        "html2text.md",
    ),
    "blind-converters8-farhang-oldportal-rightcol": (
        "html2text-0.md",
        "html2text.md",
    ),
    "blind-converters8-isti-opinion-byline-figures": (
        "elinks.txt",
        "markdownify.md",
        "pandoc-md.md",
    ),
    "blind-converters8-isti-sidefirst-mostviewed": ("markdownify.md",),
    "blind-inline3-en-oldportal-robot": ("lynx-nolist.txt",),
    "blind-pastes5-bmn-desalination-award": ("paste-app.txt",),
    "blind-pastes5-en-opinion-shared-labs": ("paste-app.txt",),
    "blind-sidebyside2-bmn-right180-newsletter": ("html2text.md",),
    "blind-sidebyside2-insf-left35-poll": ("html2text.md",),
    "blind-sisterfa3-nano-fa-coating": ("elinks.txt",),
    "blind-after2-old-portal-water-meters": ("html2text.md",),
    "blind-converters9-fa-biotech-longtitle": (
        "elinks.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-shorts-en-announce-startup": ("paste.txt",),
    "blind-structure3-old-fa-isti": ("lynx-nolist.txt", "lynx.txt"),
    "blind-cutoff-en-bmn-hardware-grant": ("paste-from-info.txt", "paste-top.txt", "w3m-cut.txt"),
    "blind-cutoff-en-oldportal-arsenic": ("paste-from-info.txt",),
    "blind-cutoff-fa-sodium-battery": ("paste-from-info.txt",),
    "blind-fewwords-list-only-fa": ("html2text.md", "links.txt", "paste.txt"),
    "blind-fewwords-photo-captions": ("html2text.md",),
    "blind-fewwords-video-fa": (
        "html2text.md",
        "w3m.txt",
    ),
    "blind-figures2-caption-note-biodc": ("elinks.txt", "w3m.txt"),
    "blind-figures2-wide-sixcol-insf": ("elinks.txt", "html2text.md", "links.txt", "w3m.txt"),
    "blind-options4-en-menu-mostviewed-sodium": ("html2text.md",),
    "blind-options4-en-oldportal-rightcol": ("lynx-inline.txt",),
    "blind-pageforms-modal-fa": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-persian19-fa-drug-ms-biotech": ("elinks.txt",),
    "blind-widths4-fa-battery-recycling": ("w3m-60.txt",),
    "blind-persian20-bmn-elite-ceremony": ("paste.txt",),
    "blind-persian20-fa-pistachio-sensor": ("html2text.md",),
    "blind-persian20-fa-policy-seven-points": ("paste.txt",),
    "blind-pictures-alt-vs-caption-bmn": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-readerviews-bmn-opinion-instapaper": ("instapaper.txt", "reader.txt"),
    "blind-readerviews-fa-battery-sidecol-edge": ("edge.txt",),
    "blind-readerviews-fa-oldportal-farhang-pocket": ("pocket.txt", "reader.txt"),
    "blind-readerviews-oldportal-bioprinter-safari": ("safari.txt",),
    "blind-readerviews-quantum-lab-sidebar-pocket": ("pocket.txt",),
    "blind-structurefa-fa-oldportal-persian-corpus": ("elinks.txt",),
    "blind-tablelayout-bmn-left-third": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-tablelayout-fa-oldportal-narrow": ("html2text.md",),
    "blind-tablelayout-fa-side-third": ("html2text.md",),
    "blind-tablelayout-left-narrow-en": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-tablelayout-right-third-en": ("html2text.md",),
    "blind-everyday20-bmn-youth-festival": ("paste.txt",),
    "blind-portal18-fa-footwrap-2019": ("elinks.txt", "links.txt", "w3m.txt"),
    "blind-twostories-prev-next-en": ("links.txt", "pandoc.txt"),
    "blind-cutoff2-bmn-cubesat": ("paste-cut.txt",),
    "blind-cutoff2-en-oldportal-windtunnel": ("html2text.md", "w3m-cut.txt"),
    "blind-cutoff2-en-qanat-lidar": ("footer-only.txt",),
    "blind-glossaries-glossary-dl-en": ("html2text.md", "inscriptis.txt"),
    "blind-officetables-en-bmn-grants-table": ("inscriptis.txt",),
    "blind-officetables-en-oldportal-pardis-table": ("html2text.md",),
    "blind-officetables-fa-oldportal-biodrug-table": (
        "html2text.md",
        "inscriptis.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
    ),
    "blind-persian23-oldportal-rail-fiber": ("html2text.md",),
    "blind-portal19-old-en-datetop-split": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-portal19-old-insf-list-table": ("pandoc.txt",),
    "blind-readlater-bmn-olympiad": ("clip.txt", "email.txt", "pocket.txt", "reader.txt"),
    "blind-readlater-fa-satellite": ("clip.txt",),
    "blind-readlater-oldportal-rust": ("clip.txt", "reader.txt"),
    "blind-structureen-bmn-farm-chips": (
        "inscriptis.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "paste.txt",
    ),
    "blind-structureen-cur-enzyme-table-sidebox": (
        "html2text.md",
        "inscriptis.txt",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-structureen-cur-opinion-battery-rules": (
        "inscriptis.txt",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-structureen-oldportal-palm-carbon": ("inscriptis.txt", "lynx-nolist.txt", "lynx.txt"),
    "blind-widths5-fa-oldportal-farhang": ("paste.txt",),
    "blind-widths5-fa-quantum-sidecol": ("elinks.txt", "links.txt"),
    "blind-overlays-fa-app-offline-survey": ("elinks.txt",),
    "blind-overlays-old-portal-lang-newsletter-cookie": (
        "html2text.md",
        "inscriptis.txt",
        "pandoc.txt",
    ),
    "blind-pastes6-bmn-en-byline-kicker-again": ("paste-sidefirst.txt",),
    "blind-persian24-bmn-seed-bank": ("paste.txt",),
    "blind-portalfa2-digit-title": ("html2text.md",),
    "blind-portalfa2-long-breadcrumb": ("html2text.md",),
    "blind-portalfa2-no-kicker": ("elinks.txt", "html2text.md"),
    "blind-portalfa2-poll-counter": ("elinks.txt", "html2text.md"),
    "blind-converters12-fa-sidebox-jalali": ("readability-html2text.txt",),
    "blind-converters12-markdown-traps-longtitle": ("bs4-gettext-newline.txt",),
    "blind-converters12-menu-mostviewed-period": (
        "bs4-gettext-newline.txt",
        "markdownify-atx.txt",
    ),
    "blind-cutoff3-en-sodium-table": ("html2text.md",),
    "blind-editorpastes-en-bmn-table": ("paste-gdocs.txt",),
    "blind-fragments-fa-menu-list-arabic-digits": ("paste.txt",),
    "blind-portal20-op-contacts-table": (
        "elinks.txt",
        "pandoc.txt",
    ),
    "blind-portal20-op-one-paragraph": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-portal20-op-two-dates-fa": ("html2text.md",),
    "blind-speakers-en-oldportal-qa-interview": ("html2text.md",),
    "blind-speakers-fa-nano-membrane-interview": ("html2text.md",),
    "blind-speakers-fa-oldportal-softtech-roundtable": ("html2text.md",),
    "blind-structurefa2-fa-patent-steps": ("pandoc.txt",),
    "blind-archivetoday-ar-en-menu-mostviewed": ("elinks.txt", "html2text.md"),
    "blind-archivetoday-ar-en-oldportal-leftcol": ("elinks.txt", "html2text.md", "links.txt"),
    "blind-calls-en-oldportal-microscope-tender": ("lynx.txt",),
    "blind-clockchanges-en-2023-after-midnight": ("paste.txt",),
    "blind-innertext-en-opinion-uppercase": ("innertext-article.txt",),
    "blind-innertext-fa-hidden-shorttitle": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-opinion-op-en-oldportal": ("html2text.md", "inscriptis.txt"),
    "blind-opinion-op-fa-opendata": ("lynx-nolist.txt", "lynx.txt"),
    "blind-shortpages-list-bmn": ("paste.txt",),
    "blind-converters13-bmn-en-table-grants": ("bs4-text.txt",),
    "blind-everyday27-en-saffron-genome-side-first": ("html2text.md",),
    "blind-galleries-en-photo-report-nano-festival": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-galleries-en-video-qeshm-cooling": ("html2text.md",),
    "blind-headlines-bmn-headlines-after-footer": ("pandoc.txt",),
    "blind-headlines-old-portal-side-first": ("html2text.md",),
    "blind-persian28-fa-opinion-data-roadmap": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-widths6-en-long-kicker-sidebar": (
        "html2text.md",
        "pandoc-columns40.txt",
    ),
    "blind-widths6-old-portal-right-column": (
        "html2text.md",
        "pandoc-columns40.txt",
    ),
    "blind-clippers2-bmn-school-seismograph": (
        "instapaper.txt",
        "reader-firefox.txt",
    ),
    "blind-clippers2-fa-farhang-vr-museum": ("html2text.md",),
    "blind-clippers2-fa-nano-turbine": ("evernote.md",),
    "blind-clippers2-old-cochlear-implant": (
        "html2text.md",
        "joplin.md",
    ),
    "blind-events-bmn-grant-deadlines": (
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
    ),
    "blind-events-en-conference-programme": (
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-events-old-portal-postponed": ("html2text.md",),
    "blind-oddmarkup2-bmn-script-iframe-base": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-oddmarkup2-en-biodc-hidden-template-table": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-oddmarkup2-old-portal-base-noscript": ("html2text.md",),
    "blind-options5-bmn-links-box-table": ("paste.txt",),
    "blind-persian29-fa-isti-opinion-water": ("html2text.md",),
    "blind-portal21-biodc-en-short-title": ("elinks.txt",),
    "blind-portal21-farhang-fa-access-deny": ("html2text.md",),
    "blind-portal21-nano-en-rtl-table": (
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
    ),
    "blind-references-en-saffron-affiliations": ("pandoc.txt",),
    "blind-statements-en-congratulation-biology-olympiad": ("html2text.md",),
    "blind-statements-old-portal-council-decisions": ("html2text.md",),
    "blind-pastes7-bmn-en-side-calls-table": (
        "html2text.md",
        "inscriptis.txt",
        "paste-firefox.txt",
    ),
    "blind-pastes7-en-menu-lab-network-table": ("paste-firefox.txt",),
    "blind-pastes7-en-side-table-solar": ("paste-firefox.txt",),
    "blind-pastes7-fa-oldportal-nano-exports-table": (
        "html2text.md",
        "pandoc.txt",
        "paste-firefox.txt",
    ),
    "blind-pastes7-fa-side-table-nano-filters": ("paste-firefox.txt",),
    "blind-tables5-bmn-en-info-beside-latest": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-tables5-fa-nested-latest-beside-info": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-tables5-old-portal-nested-figures": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-sisterfa4-farhang-fa-oldportal-games": ("html2text.md",),
    "blind-cutoff4-en-opinion-cut-in-side-column": ("html2text.md",),
    "blind-everyday30-en-oldportal-nanofilter-water": ("html2text.md",),
    "blind-persian31-oldportal-fa-saffron-drying": ("html2text.md",),
    "blind-pdfprints-fa-solar-desalination": ("print-pdf.txt",),
    "blind-comments5-en-side-likes": ("html2text.md",),
    "blind-persian32-fa-biodc-old-enzymes": ("html2text.md",),
    "blind-converters14-en-oldtable-sidecols": ("w3m.txt",),
    "blind-portal22-en-portal-long-report": ("html2text.md",),
    "blind-portal22-en-portal-photo": ("html2text.md",),
    "blind-portal22-en-portal-short": ("inscriptis.txt",),
    "blind-portal22-fa-biodc-jalali-path": ("html2text.md",),
    "blind-interviews2-fa-isti-sin-jim": ("inscriptis.txt",),
    "blind-interviews2-fa-oldportal-names-table": ("html2text.md",),
    "blind-pastes8-bmn-en-award-table": (
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "paste-firefox.txt",
    ),
    "blind-pastes8-en-exports-table": ("paste-firefox.txt",),
    "blind-pastes8-en-oldportal-sidefirst": ("html2text.md",),
    "blind-notation-bmn-protein-code": ("pandoc.txt",),
    "blind-notation-en-biodc-wheat-gene": ("pandoc.txt",),
    "blind-notation-en-co2-methanol": ("pandoc.txt",),
    "blind-notation-fa-isti-graphene": ("pandoc.txt",),
    "blind-persian33-fa-isti-table-ground-station": ("paste.txt",),
    "blind-persian33-fa-isti-women-founders-long": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-widths7-fa-nano-fibre-table-side": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-portalfa3-fa-nano-photo": ("html2text.md",),
    "blind-portalfa3-fa-old-sidenews": ("html2text.md",),
    "blind-figures3-bmn-grants-colspan": (
        "html2text.md",
        "paste.txt",
    ),
    "blind-figures3-en-side-column-date-table": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-figures3-oldportal-biodc-share-table": ("html2text.md",),
    "blind-notation2-bmn-en-lutetium-isotope": ("pandoc.txt",),
    "blind-notation2-en-co2-magnetite-catalyst": (
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-notation2-en-oldportal-saffron-crocin": ("w3m.txt",),
    "blind-notation2-fa-heavy-metal-adsorbent": ("pandoc.txt",),
    "blind-sisterfa5-fa-park-table-side": ("html2text.md",),
    "blind-cutoff5-bmn-en-table-cut": ("page-cut.html",),
    "blind-cutoff5-en-oldportal-rightcol-cut": ("html2text.md",),
    "blind-cutoff5-fa-current-sidecol-cut": (
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
        "page-cut.html",
        "w3m-cut.txt",
    ),
    "blind-cutoff5-fa-oldportal-farhang-cut": (
        "html2text.md",
        "page-cut.html",
    ),
    "blind-embeds-fa-infographic-pdf-exports": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-everyday33-en-biodc-insulin-pens": ("html2text.md",),
    "blind-everyday33-en-startup-week-table": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-listsfa-fa-isti-steps": ("paste.txt",),
    "blind-mobile3-bmn-en-mobile-research-chairs": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-mobile3-en-amp-rubidium-clock": (
        "inscriptis.txt",
        "pandoc.txt",
        "paste.txt",
    ),
    "blind-mobile3-en-biodc-mobile-wheat-bacteria": (
        "inscriptis.txt",
        "paste.txt",
    ),
    "blind-mobile3-en-mobile-solar-desalination": (
        "inscriptis.txt",
        "paste.txt",
    ),
    "blind-mobile3-fa-mobile-nanofiber-dressing": (
        "inscriptis.txt",
        "paste.txt",
    ),
    "blind-persian34-fa-farhang-table-festival": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "paste.txt",
    ),
    "blind-persian34-fa-nano-table-coating": (
        "inscriptis.txt",
        "paste.txt",
    ),
    "blind-portalen2-en-oldportal-interview-cognitive": ("html2text.md",),
    "blind-edges-en-oldportal-two-word-title-long-kicker-one-paragraph-3digit-code-"
    "dec31-2359-rightcol-first": (
        "html2text-100.md",
        "html2text.md",
    ),
    "blind-bmn2-fa-bmn-olympiad-latest": ("html2text.md",),
    "blind-comments6-en-biodc-comment-quotes-before-footer": ("html2text.md",),
    "blind-converters15-en-isti-menu-mostviewed-period": ("pandoc-markdown.md",),
    "blind-converters15-en-oldportal-rightcol-first": ("html2text-ignore-links.md",),
    "blind-converters15-fa-isti-side-column-jalali": ("html2text-bodywidth0.md",),
    "blind-cutoff6-en-oldportal-dust-cut-sidecolumn": (
        "page-cut.html",
        "w3m-cut.txt",
    ),
    "blind-digitsfa-fa-biodc-arabic-indic-table": ("html2text.md",),
    "blind-longform3-fa-isti-subsidence-sidecolumn": (
        "inscriptis.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-pastes9-bmn-young-faculty-grants": ("paste-reader.txt",),
    "blind-pastes9-fa-nano-pipe-coating": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-persian35-fa-isti-agri-startups-short": ("html2text.md",),
    "blind-portal23-bmn-old-byline-info-under-title": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-titleshapes2-bmn-short-title-period": ("paste.txt",),
    "blind-wording4-en-isti-breaking-podcasts": ("html2text.md",),
    "blind-wording4-en-oldportal-weather-ticker": (
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-figures4-en-nano-exports-caption": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-figures4-en-oldportal-keyfacts": ("inscriptis.txt",),
    "blind-figures4-fa-knowledge-firms-merged": (
        "elinks.txt",
        "links.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-interviews3-insf-en-names-table-notice": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-mobile4-insf-mobile-interview-quote-title": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-pastes10-bmn-en-grants-table-period": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste-cells.txt",
        "paste-mobile.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-pastes10-en-isti-hydrogen-bus-table": ("paste-cells.txt",),
    "blind-pastes10-en-oldportal-saffron-drip-2019": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-pastes10-fa-biodc-opinion-byline-1400": (
        "html2text.md",
        "inscriptis.txt",
        "paste-cells.txt",
        "paste-mobile.txt",
    ),
    "blind-pastes10-fa-isti-nano-exports-sidecol": (
        "html2text.md",
        "paste-cells.txt",
    ),
    "blind-portalfa4-fa-biodc-question-persian-digits": ("html2text.md",),
    "blind-portalfa4-fa-farhang-menu-table-period": ("pandoc.txt",),
    "blind-portalfa4-fa-isti-nowruz-byline-dst": ("html2text.md",),
    "blind-portalfa4-fa-isti-quote-title-dated-lists": ("html2text.md",),
    "blind-portalfa4-fa-nano-two-side-columns": ("html2text.md",),
    "blind-sisteren6-nano-en-old-portal-table": ("inscriptis.txt",),
    "blind-persian38-fa-biotech-insulin": ("html2text.md",),
    "blind-cutoff7-fa-silo-coating-sidecol-cut": ("page-cut.html",),
    "blind-persian39-fa-kb-loans-sidecol": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-sidecols9-bmn-right-wide-newsletter": ("html2text.md",),
    "blind-sidecols9-en-biodc-left-wide-poll-long": ("links.txt",),
    "blind-sidecols9-fa-rtl-wide-latest": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-sidecols9-old-portal-left-poll-links": ("html2text.md",),
    "blind-pastes11-en-opinion-byline-period": ("paste-reader.txt",),
    "blind-pastes11-fa-nano-export-side-first": ("html2text.md",),
    "blind-portalfa5-fa-old-farhang-interview-persiandigits": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-portalfa5-fa-old-insf-sidefirst-caption": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-sisteren7-bmn-en-latest-first": (
        "html2text.md",
        "w3m.txt",
    ),
    "blind-sisteren7-nano-en-opinion-long-title": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-opinions5-en-biodc-guest-column": ("pandoc.txt",),
    "blind-opinions5-fa-yaddasht-author-box": ("html2text.md",),
    "blind-sidecols10-bmn-links-calendar-right": (
        "elinks.txt",
        "html2text.md",
        "links-100.txt",
        "links.txt",
        "w3m-100.txt",
        "w3m.txt",
    ),
    "blind-sidecols10-en-summer-viewed-right": (
        "elinks.txt",
        "html2text.md",
        "links-100.txt",
        "links.txt",
    ),
    "blind-sidecols10-fa-latest-poll-right": ("html2text.md",),
    "blind-portal26-en-old-isti-leftcol-list-2017": ("html2text.md",),
    "blind-portal26-en-old-isti-rtlside-ol-2017": ("paste.txt",),
    "blind-portal26-en-old-nano-rightcol-table-2018": ("inscriptis.txt",),
    "blind-bmn3-bmn-en-calls-box-first": ("html2text.md",),
    "blind-bmn3-fa-bmn-young-faculty-side": ("html2text.md",),
    "blind-longform4-en-insf-opinion-grants": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-longform4-en-oldportal-desalination": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-tablesites-bmn-table-rightside-list-2018": ("html2text.md",),
    "blind-tablesites-fa-bmn-leftside-olympiad-1397": ("html2text.md",),
    "blind-cutoff8-bmn-en-question-title-cut": ("page-cut.html",),
    "blind-cutoff8-insf-en-opinion-byline-cut": ("inscriptis-cut.txt",),
    "blind-converters17-insf-old-portal-rightcol": (
        "pandoc-markdown.md",
        "pandoc-plain-cols50.txt",
        "pandoc.txt",
    ),
    "blind-figreports-en-interview-bold-questions": ("html2text.md",),
    "blind-figreports-en-oldportal-report-sidecolumn": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-figreports-insf-interview-named-turns-related": ("html2text.md",),
    "blind-comments8-en-poll-first-comments-before-labels": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-converters18-en-long-title-sidecolumn-first": ("pandoc-columns50.txt",),
    "blind-converters18-en-oldportal-notice-rightcol": ("html2text.md",),
    "blind-converters19-en-isti-opinion-byline-table": ("w3m-cols60.txt",),
    "blind-converters19-insf-en-mostviewed-first-longtitle": ("html2text.md",),
    "blind-cutoff9-bmn-cubesat-antenna-cut-side": (
        "html2text-cut.md",
        "page-cut.html",
    ),
    "blind-cutoff9-fa-nano-membrane-cut-body": (
        "inscriptis.txt",
        "w3m-cut.txt",
    ),
    "blind-cutoff9-old-portal-seismic-cut-column": ("page-cut.html",),
    "blind-figreports2-bmn-report-figures-related": ("html2text.md",),
    "blind-figreports2-en-oldportal-interview-leftcol": (
        "html2text.md",
        "w3m.txt",
    ),
    "blind-figreports2-fa-interview-named-turns": (
        "elinks.txt",
        "html2text.md",
        "w3m.txt",
    ),
    "blind-longform5-bmn-return-fellowship": ("inscriptis.txt",),
    "blind-longform5-en-battery-roadmap": (
        "inscriptis.txt",
        "pandoc.txt",
    ),
    "blind-longform5-en-old-portal-nano-exports": ("pandoc.txt",),
    "blind-longform5-en-opinion-patient-capital": ("pandoc.txt",),
    "blind-longform5-fa-water-sensor-network": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-opinions6-bmn-en-column-author-side": (
        "html2text.md",
        "inscriptis.txt",
        "pandoc.txt",
    ),
    "blind-opinions6-en-oldportal-commentary-rightcol": ("html2text.md",),
    "blind-opinions6-en-opinion-sup-byline-period-title": ("pandoc.txt",),
    "blind-opinions6-fa-didgah-author-box-side-first": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-pastes13-en-oldportal-2019-table-figures": ("paste-mobile.txt",),
    "blind-pastes13-fa-sidecol-persian-digits-nano": ("html2text.md",),
    "blind-persian42-fa-water-ai-long-title": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-persian44-fa-exports-side-first": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-portal27-en-old-insf-rightcol-quote-2019": (
        "elinks.txt",
        "inscriptis.txt",
    ),
    "blind-portalfa6-fa-old-insf-opinion-byline-caption": (
        "html2text.md",
        "w3m.txt",
    ),
    "blind-portalfa6-fa-old-nano-short-question-arabicdigits": ("inscriptis.txt",),
    "blind-portalfa6-fa-old-stemcell-threecol-table": ("pandoc.txt",),
    "blind-reports2-en-isti-video-sidefirst-question": ("w3m.txt",),
    "blind-reports2-farhang-fa-oldportal-video-rightcol": ("html2text.md",),
    "blind-reports2-insf-en-photo-poster-day-quote": ("w3m.txt",),
    "blind-sidecols11-bmn-en-calendar-right-short": ("html2text.md",),
    "blind-sidecols11-en-latest-poll-right-long": ("html2text.md",),
    "blind-sidecols11-fa-calendar-left-table-1401": ("html2text.md",),
    "blind-sidecols12-insf-en-opinion-latest-right-long": ("html2text.md",),
    "blind-sisteren8-biodc-en-mostviewed-period-title": ("html2text.md",),
    "blind-sisteren8-bmn-en-mostvisited-first": ("inscriptis.txt",),
    "blind-sisteren8-insf-en-latest-beside": ("html2text.md",),
    "blind-sisterfa8-fa-nano-old-portal": ("html2text.md",),
    "blind-tablesites2-bmn-en-postdoc-grants-table": ("pandoc.txt",),
    "blind-wording6-fa-isti-channels-weather-sidefirst": ("html2text.md",),
    "blind-comments10-en-insf-old-survey-comments-closed": ("html2text.md",),
    "blind-comments10-en-isti-mostcommented-form-zero": ("elinks.txt",),
    "blind-comments9-bmn-en-survey-newsletter-closed": (
        "html2text.md",
        "links.txt",
    ),
    "blind-converters20-en-oldportal-rightcol-figures": (
        "html2text-ignore-links.md",
        "pandoc-gfm-nowrap.md",
    ),
    "blind-cutoff10-bmn-paste-cut-at-screen-end": ("paste-cut.txt",),
    "blind-cutoff10-en-oldportal-cut-in-side-column": ("page-cut.html",),
    "blind-cutoff10-fa-side-column-cut-mid-paragraph": ("html2text.md",),
    "blind-everyday45-en-belarus-laser-lab-short": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-figreports3-en-oldportal-interview": ("html2text.md",),
    "blind-longform6-biodc-en-biosimilars-opinion-longform": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-opinions7-en-column-photo-sidefirst": ("html2text.md",),
    "blind-opinions7-fa-oldportal-byline-footnote": ("html2text.md",),
    "blind-persian46-fa-innovation-fund-loans": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-portal28-en-oldportal-2018-summer-table-rightcol": ("elinks.txt",),
    "blind-portal28-en-oldportal-2018-winter-long-numbered": (
        "elinks.txt",
        "pandoc.txt",
    ),
    "blind-portal28-en-oldportal-2019-quote-bothcols": ("pandoc.txt",),
    "blind-portal29-en-old-biotech-exports-2018": ("pandoc.txt",),
    "blind-portalfa7-fa-insf-old-opinion-jalali-row": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-portalfa7-fa-nano-old-short-persian-digits": (
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-reports3-bmn-photo-report-captions": ("paste.txt",),
    "blind-reports3-en-photo-gallery-credits": (
        "elinks.txt",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-reports3-en-video-mostviewed-first": ("html2text.md",),
    "blind-reports3-fa-oldportal-photo-gallery": (
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-sidecols13-bmn-right-mostvisited-counts": ("pandoc.txt",),
    "blind-sidecols13-fa-right-latest-poll": ("pandoc.txt",),
    "blind-sidecols13-old-portal-left-calendar-long": (
        "elinks.txt",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-sisteren9-bmn-en-leftcol-latest-table": ("html2text.md",),
    "blind-sisterfa10-fa-nano-old-portal": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-sisterfa9-bmn-fa-related-inside": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-sisterfa9-fa-nano-old-portal": ("html2text.md",),
    "blind-tablesites3-bmn-en-table-sidelast-2019": (
        "html2text.md",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-tablesites3-en-oldportal-left-ticker-2018": ("pandoc.txt",),
    "blind-tablesites3-fa-nano-oldportal-rightcol-last-1398": ("html2text.md",),
    "blind-tablesites3-insf-en-oldportal-leftcol-2020": ("html2text.md",),
    "blind-wording7-bmn-most-shared-survey": ("html2text.md",),
    "blind-everyday46-en-startup-loans-table": ("inscriptis.txt",),
    "blind-cutoff11-bmn-en-cut-screen": ("paste-cut.txt",),
    "blind-cutoff11-fa-isti-cut-sidecol": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-sidecols14-bmn-en-latest-right-short": ("pandoc.txt",),
    "blind-sidecols14-en-opinion-right-latest-long": (
        "links.txt",
        "pandoc.txt",
    ),
    "blind-portalfa8-fa-biodc-livestock-kits": ("html2text.md",),
    "blind-portalfa8-fa-farhang-film-contest": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "w3m.txt",
    ),
    "blind-portalfa8-fa-insf-grants-report": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-portalfa8-fa-isti-tabriz-factory": ("elinks.txt",),
    "blind-portalfa8-fa-nano-coatings-opinion": ("html2text.md",),
    "blind-sisteren10-bmn-en-sidefirst-returnees": ("html2text.md",),
    "blind-sisteren10-nano-en-sidefirst-figures": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-sisteren10-parks-en-oldportal-rightcol-2018": ("links.txt",),
    "blind-reports4-fa-video-rocket": ("html2text.md",),
    "blind-reports4-old-video-palm-drone": ("html2text.md",),
    "blind-opinions8-fa-yaddasht-author-column": (
        "html2text.md",
        "lynx.txt",
        "w3m.txt",
    ),
    "blind-persian48-fa-isti-side-first-question-title-list": ("html2text.md",),
    "blind-portal30-en-old-2017-summer-nanofilters": ("pandoc.txt",),
    "blind-portal30-en-old-2018-winter-salestable": ("inscriptis.txt",),
    "blind-sisterfa11-fa-farhang-sidecol-first": ("links.txt",),
    "blind-pastes15-oldportal-pardis-export": ("pandoc.txt",),
    "blind-converters22-en-oldportal-sidefirst-drone": (
        "html2text-bodywidth0.md",
        "html2text-ignorelinks.md",
        "html2text.md",
    ),
    "blind-figreports4-fa-biodc-interview": ("html2text.md",),
    "blind-figreports4-fa-report-nano": (
        "html2text.md",
        "links.txt",
    ),
    "blind-figreports4-old-portal-report-parks": ("pandoc.txt",),
    "blind-wording8-biodc-en-mostshared-beside-table": (
        "html2text.md",
        "links.txt",
    ),
    "blind-wording8-en-oldportal-videos-channels": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-wording8-fa-sidecol-weather-currency": ("html2text.md",),
    "blind-persian49-fa-isti-water-sidefirst-2021": ("html2text.md",),
    "blind-tablesites4-bmn-en-sidefirst-table": ("html2text.md",),
    "blind-tablesites4-bmn-fa-sidefirst-list": ("html2text.md",),
    "blind-comments11-fa-oldportal-comments-poll": ("html2text.md",),
    "blind-longform7-en-oldportal-metro-quake-warning": ("inscriptis.txt",),
    "blind-longform7-fa-isti-palm-irrigation-sidefirst": ("html2text.md",),
    "blind-cutoff12-bmn-en-cut-inside-footer": ("elinks-cut.txt",),
    "blind-cutoff12-fa-isti-sidecol-first-cut": ("page-cut.html",),
    "blind-sidecols15-en-isti-table-right-opinion-figures": ("inscriptis.txt",),
    "blind-sidecols15-fa-isti-table-right-poll": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-portal31-en-oldportal-rightcol-figures-2018": ("html2text.md",),
    "blind-sisteren11-bmn-en-latest-column-first": ("inscriptis.txt",),
    "blind-sisteren11-nano-en-oldportal-sidecol-first": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-opinions9-bmn-commentary-photo": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-opinions9-en-oldportal-commentary-pullquote": ("html2text.md",),
    "blind-opinions9-en-opinion-footnote": ("html2text.md",),
    "blind-reports5-insf-en-video-interview-chemist": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-comments12-fa-isti-comments-closed": ("inscriptis.txt",),
    "blind-comments13-en-old-portal-comment-form": ("w3m.txt",),
    "blind-comments13-fa-isti-comments-closed-survey": ("html2text.md",),
    "blind-converters23-fa-isti-saffron-sensor-sidefirst": ("pandoc-columns50.txt",),
    "blind-cutoff13-bmn-cut-side": ("links.txt",),
    "blind-cutoff13-en-cut-body": ("inscriptis.txt",),
    "blind-cutoff13-old-portal-cut-table": ("pandoc.txt",),
    "blind-everyday50-en-ai-olympiad-sidefirst-list": ("links.txt",),
    "blind-everyday51-en-isti-saffron-tablets-short": ("inscriptis.txt",),
    "blind-figreports5-en-biodc-report-enzymes": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-figreports5-fa-interview-biotech-vaccine": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "w3m.txt",
    ),
    "blind-figreports6-bmn-interview-turns": ("html2text.md",),
    "blind-figreports6-en-report-chart-sidecol": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-figreports6-fa-report-figures": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-longform8-biodc-en-opinion-enzyme-exports-2021": ("w3m.txt",),
    "blind-longform8-en-isti-hydrogen-bus-longform": (
        "inscriptis.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "w3m.txt",
    ),
    "blind-longform8-en-oldportal-seismic-isolators-2018": (
        "html2text.md",
        "links.txt",
    ),
    "blind-longform8-fa-isti-saffron-genome-longform": ("elinks.txt",),
    "blind-mobile9-en-biodc-mobile-opinion-cookie": ("html2text.md",),
    "blind-opinions10-bmn-elite-voices": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-opinions10-fa-author-box": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-opinions10-old-portal-name-kicker": ("html2text.md",),
    "blind-persian51-fa-biotech-side-first": ("html2text.md",),
    "blind-persian52-fa-health-startups": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-portal32-en-old-2017-winter-exports": ("html2text.md",),
    "blind-portalfa9-fa-oldportal-biodc-threecol-summer2019": (
        "links.txt",
        "pandoc.txt",
    ),
    "blind-portalfa9-fa-oldportal-farhang-rightmenu-byline-2020": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-portalfa9-fa-oldportal-nano-longtitle-table-2020": ("links.txt",),
    "blind-reports6-bmn-en-photo-robotics-camp-2019": ("elinks.txt",),
    "blind-reports6-fa-biodc-photo-brucella-kit-sidefirst": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-sidecols16-bmn-left-calendar": (
        "elinks.txt",
        "links-100.txt",
        "links.txt",
        "w3m-100.txt",
        "w3m.txt",
    ),
    "blind-sidecols16-en-right-links-long-side": (
        "html2text.md",
        "links-100.txt",
        "pandoc.txt",
    ),
    "blind-sidecols17-bmn-calendar-right": (
        "links-100.txt",
        "links.txt",
    ),
    "blind-sidecols17-en-latest-news-right-table": (
        "links.txt",
        "w3m.txt",
    ),
    "blind-sisteren12-bmn-en-olympiad-side-first": ("html2text.md",),
    "blind-sisteren13-nano-en-oldportal-threecol": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-tablesites5-bmn-en-sidefirst-footerrow": ("html2text.md",),
    "blind-tablesites5-bmn-fa-sidelast-labels": (
        "html2text.md",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-tablesites5-en-biodc-oldportal-sidefirst": ("pandoc.txt",),
    "blind-tablesites5-fa-nano-oldportal-sidelast": ("html2text.md",),
    "blind-tablesites5-insf-en-oldportal-sidelast": ("html2text.md",),
    "blind-tablesites6-bmn-en-sidefirst-figures": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-tablesites6-fa-biodc-old-portal-sidelast": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-tablesites6-fa-bmn-jalali-sidelast": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-tablesites6-insf-old-portal-sidelast-list": ("html2text.md",),
    "blind-wording10-bmn-en-jobboard-poll-beside": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-wording10-en-biodc-videos-beside-byline": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-wording9-bmn-poll-job-board": ("html2text.md",),
    "blind-wording9-old-portal-most-shared-newsletter": ("inscriptis.txt",),
    "blind-opinions11-bmn-en-kicker-author-photo": ("html2text.md",),
    "blind-opinions11-en-oldportal-viewpoint-pullquote": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-opinions11-fa-isti-authorbox-pullquote": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-opinions11-insf-en-mostviewed-authorbox": ("html2text.md",),
    "blind-portal33-en-old-2018-summer-vaccines-list": (
        "inscriptis.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-portal33-en-old-2019-winter-medexports-table": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-portal33-en-old-2020-winter-ai-roadmap-long": ("pandoc.txt",),
    "blind-reports7-biodc-video-enzymes": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-reports7-en-oldportal-video-stemcell": (
        "elinks.txt",
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-reports7-fa-video-drone-golestan": ("html2text.md",),
    "blind-sisterfa13-farhang-side-column-first": ("html2text.md",),
    "blind-comments14-fa-saffron-drying-comments": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-comments14-oldportal-fa-carpet-dye-rightcol": ("html2text.md",),
    "blind-converters25-oldportal-pistachio-drying-right-column-first": (
        "elinks.txt",
        "links.txt",
        "pandoc-markdown.md",
    ),
    "blind-cutoff14-en-hydrogen-bus-saved-while-loading": ("html2text.md",),
    "blind-figreports7-insf-grants-2020-chart-most-viewed-cell-first": ("elinks.txt",),
    "blind-figreports7-oldportal-greenhouse-water-side-column-first": ("pandoc.txt",),
    "blind-longform9-en-quantum-sensing-roadmap-toc": ("w3m.txt",),
    "blind-longform9-oldportal-fa-science-animation-guide": ("w3m.txt",),
    "blind-opinions12-fa-open-data-column-translated": ("html2text.md",),
    "blind-opinions12-oldportal-incubator-interview-right-column": ("html2text.md",),
    "blind-portal34-fa-oldportal-farhang-science-house-tabriz": ("html2text.md",),
    "blind-portal34-insf-oldportal-en-joint-grants-two-columns-first": ("html2text.md",),
    "blind-portal34-oldportal-en-desalination-latest-news-first-winter": ("inscriptis.txt",),
    "blind-portal34-oldportal-en-nanofiber-mask-login-mostviewed-left": (
        "elinks.txt",
        "html2text.md",
        "w3m.txt",
    ),
    "blind-portal34-oldportal-en-wheat-seeds-nowruz-columns-after": ("inscriptis.txt",),
    "blind-portalfa10-bmn-en-returning-postdocs-question-title": (
        "html2text.md",
        "links.txt",
    ),
    "blind-portalfa10-fa-isti-current-side-column-winter": ("html2text.md",),
    "blind-portalfa10-oldportal-fa-farhang-right-column-poll": (
        "html2text.md",
        "links.txt",
    ),
    "blind-reports8-oldportal-photo-report-desert-solar-farm": ("pandoc.txt",),
    "blind-sidecols18-bmn-elite-grants-narrow-left-links": ("w3m.txt",),
    "blind-sidecols18-fa-nanofilter-poll-login-first": (
        "html2text.md",
        "links.txt",
    ),
    "blind-sidecols18-insf-graphene-sensor-article-first-right-column": (
        "elinks.txt",
        "links-100.txt",
        "links.txt",
    ),
    "blind-wording11-fa-pars2-satellite-poll-editors-pick": ("html2text.md",),
    "blind-wording11-insf-postdoc-grants-jobs-events-editors-pick": ("paste.txt",),
    "blind-wording11-oldportal-nano-filter-currency-ticker-side-first": ("html2text.md",),
    "blind-figreports8-bmn-en-grants-table-numbers-list": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-figreports8-en-perovskite-table-side-column-first": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-figreports8-fa-pardis-exports-chart-right-column-first": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-figreports8-oldportal-nano-exports-chart-side-column-first": (
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-opinions13-oldportal-salt-flats-column-by-right-column-first": ("html2text.md",),
    "blind-pastes17-en-desalination-membrane-menu-most-viewed-first": ("html2text.md",),
    "blind-persian55-en-solar-desalination-menu-most-viewed-first": ("inscriptis.txt",),
    "blind-portal35-oldportal-en-dust-sensors-three-columns-2017": ("w3m.txt",),
    "blind-reports9-en-zabol-dune-crust-photo-gallery": (
        "html2text.md",
        "links.txt",
        "lynx-nolist.txt",
    ),
    "blind-wording12-fa-pistachio-pest-sensor-poll-currency-side-first": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
    ),
    "blind-wording12-oldportal-en-rice-husk-silica-events-jobs-side-first": ("html2text.md",),
    "blind-comments15-bmn-elite-olympiad-mentors-comments-rating": ("html2text.md",),
    "blind-converters26-en-solar-cells-menu-most-viewed-first": (
        "pandoc-markdown.md",
        "pandoc.txt",
    ),
    "blind-cutoff15-fa-saffron-drone-cut-in-footer": ("inscriptis.txt",),
    "blind-cutoff15-insf-wheat-rust-saved-while-loading": ("pandoc-top-lost.txt",),
    "blind-cutoff15-oldportal-dust-storm-forecast-cut-after-title": ("page-cut.html",),
    "blind-portalfa11-oldportal-en-saffron-drying-right-column": ("elinks.txt",),
    "blind-sidecols19-en-perovskite-cells-narrow-latest-left": ("links.txt",),
    "blind-sidecols19-insf-postdoc-grants-three-columns-question-title": (
        "elinks.txt",
        "links-100.txt",
        "links.txt",
    ),
    "blind-sisteren15-oldportal-insf-latest-column-first": ("pandoc.txt",),
    "blind-figreports9-bmn-en-olympiad-medals-numbers-list-related-after": ("inscriptis.txt",),
    "blind-figreports9-en-wind-blades-caption-below-latest-first": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-figreports9-fa-saline-farming-persian-digits-units-line": ("html2text.md",),
    "blind-figreports9-oldportal-en-isotopes-nested-table-left-menu": (
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-opinions14-fa-open-data-translated-column-author-box-side-first": ("html2text.md",),
    "blind-opinions14-oldportal-en-salt-lake-column-by-byline-right-column-first": (
        "html2text.md",
    ),
    "blind-persian56-en-diamond-sensor-most-viewed-first-period-title": ("html2text.md",),
    "blind-portal36-fa-oldportal-farhang-children-science-stories": ("links.txt",),
    "blind-portal36-oldportal-en-biodc-stem-cell-registry-opinion": ("pandoc.txt",),
    "blind-portal36-oldportal-en-desalination-column-after": ("html2text.md",),
    "blind-portal36-oldportal-en-perovskite-left-column-first": (
        "elinks.txt",
        "links.txt",
        "page.html",
    ),
    "blind-wording13-en-hydrogel-dressing-poll-editors-pick-first": ("html2text.md",),
    "blind-wording13-fa-saffron-drone-weather-events-side-first": ("html2text.md",),
    "blind-wording13-oldportal-fa-kashan-tiles-scan-jobs-calendar-right-first": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-comments16-insf-antibiotic-call-latest-comments-box-first": ("html2text.md",),
    "blind-comments16-oldportal-date-palm-enzyme-comments-left-newsletter": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-longform10-en-perovskite-roadmap-most-viewed-side": ("html2text.md",),
    "blind-mobile13-oldportal-chitosan-dressing-select-menu": ("html2text.md",),
    "blind-reports11-bmn-olympiad-medalists-podcast-box": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-reports11-insf-caspian-seal-drone-video-related-first": (
        "html2text.md",
        "inscriptis.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
    ),
    "blind-reports11-oldportal-fa-science-heritage-photo-exhibit": ("html2text.md",),
    "blind-sidecols20-bmn-young-researchers-grants-poll-right": ("links-100.txt",),
    "blind-wording14-bmn-water-sensor-whats-on-app-banner": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-wording14-fa-wind-turbine-side-calendar-jobs": ("html2text.md",),
    "blind-wording14-oldportal-saffron-right-column-weather-poll": ("html2text.md",),
    "blind-everyday56-en-startups-opinion-byline": ("paste.txt",),
    "blind-figreports10-bmn-en-returning-researchers-nested-table-left-menu": ("html2text.md",),
    "blind-figreports10-en-hydrogen-electrolyser-chart-most-viewed-first": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-figreports10-fa-date-palm-seedlings-table-side-column-first": (
        "html2text.md",
        "links.txt",
    ),
    "blind-figreports10-oldportal-en-nano-exports-bar-table-left-column-first": ("links.txt",),
    "blind-opinions15-fa-interview-translator-kicker-again": ("html2text.md",),
    "blind-opinions15-oldportal-column-by-author-side-column-first": ("html2text.md",),
    "blind-portal37-oldportal-en-latest-news-column-first-winter": ("elinks.txt",),
    "blind-portal37-oldportal-en-nano-coatings-summer-right-column-after": ("html2text.md",),
    "blind-portal37-oldportal-fa-student-ideas-headlines-first": ("html2text.md",),
    "blind-sidecols21-bmn-en-robotics-league-login-left-latest-right": (
        "elinks.txt",
        "links-100.txt",
        "links.txt",
    ),
    "blind-sidecols21-insf-research-chairs-wide-left-most-viewed-long-title": ("html2text.md",),
    "blind-wording15-fa-date-palm-weevil-sensor-events-poll-side-first": (
        "html2text.md",
        "links.txt",
    ),
    "blind-wording15-insf-sewage-antibiotic-grants-editors-pick-first-ticker": ("html2text.md",),
    "blind-wording15-oldportal-en-stainless-rebar-editors-pick-fx-right-first": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-wording16-fa-milk-antibiotic-paper-sensor-live-ticker-survey-side-first": (
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-wording16-oldportal-bone-cement-podcast-survey-job-board-right-first": (
        "html2text.md",
        "w3m.txt",
    ),
    "blind-cutoff17-oldportal-saffron-sensor-top-lost": ("elinks-toplost.txt",),
    "blind-mobile14-oldportal-farhang-kids-science-festival-android-bar": ("html2text.md",),
    "blind-reports12-oldportal-fa-saffron-lab-photo-gallery": (
        "links.txt",
        "w3m.txt",
    ),
    "blind-sisterfa16-fa-isti-most-viewed-first-persian-digits": ("links.txt",),
    "blind-wording18-en-diamond-magnetometer-series-part-two": ("pandoc.txt",),
    "blind-wording18-insf-industry-fellowships-picks-column-first": ("html2text.md",),
    "blind-wording18-oldportal-desalination-membrane-poll-first": ("html2text.md",),
    "blind-figreports11-fa-medical-exports-side-column-first": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
    ),
    "blind-figreports11-insf-grantee-papers-nested-tables": (
        "html2text.md",
        "w3m.txt",
    ),
    "blind-figreports11-oldportal-biosimilars-right-column-first": ("html2text.md",),
    "blind-longform11-bmn-en-grant-rules-guide": ("paste.txt",),
    "blind-longform11-en-quantum-sensor-toc-keypoints": ("paste.txt",),
    "blind-longform11-fa-solar-desalination-side-column": (
        "html2text.md",
        "paste.txt",
    ),
    "blind-longform11-insf-en-grant-report-most-viewed-first": ("paste.txt",),
    "blind-longform11-oldportal-fa-saffron-genome-right-column": ("paste.txt",),
    "blind-opinions16-bmn-returnee-engineer-interview-by-pull-quote": (
        "inscriptis.txt",
        "page.html",
        "paste.txt",
    ),
    "blind-opinions16-en-hydrogen-buses-star-byline-most-viewed-first": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-opinions16-oldportal-dust-warnings-column-by-right-column-first": ("html2text.md",),
    "blind-portalfa12-bmn-fa-elite-soldiers-poll-counter": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "w3m.txt",
    ),
    "blind-portalfa12-oldportal-fa-farhang-saffron-rightcol": ("html2text.md",),
    "blind-sidecols22-bmn-insulin-pen-login-left-latest-right": (
        "elinks.txt",
        "html2text.md",
        "links-100.txt",
        "links.txt",
    ),
    "blind-sidecols22-insf-postdoc-grants-wide-links-column-first": ("inscriptis.txt",),
    "blind-sisteren16-oldportal-fa-parks-headlines-after": ("elinks.txt",),
    "blind-persian59-bmn-fa-returning-elites-related-box": (
        "inscriptis.txt",
        "paste.txt",
    ),
    "blind-converters28-oldportal-seed-bank-right-column-first": ("links.txt",),
    "blind-cutoff18-bmn-soil-moisture-sensor-cut-footer": ("html2text-cut.md",),
    "blind-cutoff18-fa-hydrogen-fuel-cell-bus-cut-html": (
        "elinks.txt",
        "inscriptis-cut.txt",
        "inscriptis.txt",
        "links.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-cutoff18-oldportal-saffron-drying-top-lost": ("links-cut.txt",),
    "blind-everyday57-en-perovskite-most-viewed-first": ("links.txt",),
    "blind-mobile15-insf-cubesat-question-title-related-inside": ("lynx-40.txt",),
    "blind-portal38-oldportal-en-fanavard-long-title-period-newsletter": (
        "links.txt",
        "paste.txt",
    ),
    "blind-sisterfa17-nano-fa-english-labels-most-viewed-table-first": ("inscriptis.txt",),
    "blind-wording19-fa-desalination-membrane-currency-ticker": ("elinks.txt",),
    "blind-mobile15-bmn-mobile-elite-grant-app-banner": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m-40.txt",
        "w3m.txt",
    ),
    "blind-mobile15-fa-mobile-drone-seed-persian-digits": (
        "inscriptis.txt",
        "paste.txt",
    ),
    "blind-comments18-bmn-elite-grant-comment-form": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-comments18-fa-water-sensor-comments-closed": ("inscriptis.txt",),
    "blind-comments18-oldportal-nano-filter-rating-first": ("html2text.md",),
    "blind-figreports12-fa-nano-sales-side-column": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-figreports12-oldportal-fa-research-budget-right-column": ("pandoc.txt",),
    "blind-longform12-bmn-en-returning-researchers-guide-contents-related-before-footer": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-longform12-fa-nano-membranes-toc-first-side-column-persian-labels": ("paste.txt",),
    "blind-opinions17-bmn-by-byline-author-box": ("pandoc.txt",),
    "blind-opinions17-fa-interview-translator-side-column": ("inscriptis.txt",),
    "blind-opinions17-oldportal-interview-by-right-column-first": ("html2text.md",),
    "blind-longform12-oldportal-en-biotech-roadmap-table-of-figures-left-column": (
        "elinks.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-longform12-oldportal-fa-space-roadmap-key-points-headlines-first": (
        "elinks.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "w3m.txt",
    ),
    "blind-longform13-bmn-en-study-grants-guide-toc-menu-shape": ("paste.txt",),
    "blind-longform13-en-hydrogen-bus-toc-above-lead-most-viewed-first": (
        "html2text.md",
        "paste.txt",
    ),
    "blind-longform13-fa-carbon-quantum-dots-key-points-side-after": ("paste.txt",),
    "blind-longform13-insf-en-seed-banks-question-title-latest-first": (
        "elinks.txt",
        "paste.txt",
    ),
    "blind-longform13-oldportal-en-school-quake-risk-right-column-first": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "pandoc.txt",
        "paste.txt",
    ),
    "blind-pastes21-bmn-young-doctors-quote-title-reader-view": ("paste-reader.txt",),
    "blind-pastes21-oldportal-saffron-sorting-right-column-first": ("pandoc.txt",),
    "blind-portal39-oldportal-biodc-vaccine-export-poll-first": ("html2text.md",),
    "blind-portal39-oldportal-hydrogen-drone-long-title-period": ("links.txt",),
    "blind-portal39-oldportal-kerman-seismograph-winter-side-column-after": ("html2text.md",),
    "blind-portal39-oldportal-yazd-solar-dryer-menu-left-last-summer-day": ("html2text.md",),
    "blind-comments19-oldportal-fa-handicraft-digital-archive": ("html2text.md",),
    "blind-cutoff19-bmn-young-inventors-grant-footer-cut": ("paste-cut.txt",),
    "blind-cutoff19-en-perovskite-windows-most-viewed-first": (
        "inscriptis.txt",
        "w3m-cut.txt",
    ),
    "blind-cutoff19-insf-quantum-dots-menu-above-bullets": ("html2text-cut.md",),
    "blind-cutoff19-oldportal-saffron-drying-right-column-first": ("page-cut.html",),
    "blind-mobile16-en-amp-diamond-sensor-compact-info": ("w3m-40.txt",),
    "blind-mobile16-insf-drone-grants-most-viewed-first": ("lynx-40.txt",),
    "blind-portalfa14-oldportal-en-nanofiber-masks-most-viewed-first": ("pandoc.txt",),
    "blind-portalfa14-oldportal-fa-manuscript-scanner-right-column": ("inscriptis.txt",),
    "blind-wording20-insf-return-grant-listen-player": ("html2text.md",),
    "blind-wording20-oldportal-fa-farhang-event-calendar-first": ("html2text.md",),
    "blind-everyday59-fa-livestock-vaccine-side-column": ("inscriptis.txt",),
    "blind-figreports13-bmn-elite-grants-nested-table": (
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-figreports13-en-solar-cells-table-most-viewed-first": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-pastes22-insf-en-patient-money-opinion-reader-view": ("paste-reader.txt",),
    "blind-portal40-oldportal-en-drone-most-viewed-first": ("w3m.txt",),
    "blind-portal40-oldportal-en-stem-cell-title-period-poll-first": ("elinks.txt",),
    "blind-portal40-oldportal-en-student-satellite-article-first": ("links.txt",),
    "blind-reports14-bmn-cryogenic-detector-podcast": (
        "inscriptis.txt",
        "paste.txt",
    ),
    "blind-reports14-fa-sodium-battery-video-side-column": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-reports14-insf-vaccine-grant-video-report": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-reports14-oldportal-fa-museum-photo-exhibition": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-sidecols25-bmn-en-elite-hackathon-poll-latest-left": ("inscriptis.txt",),
    "blind-converters31-bmn-en-linked-heading-nested-tables-address-br": (
        "elinks.txt",
        "html2text-bodywidth0.md",
        "html2text.md",
        "inscriptis.txt",
        "links-100.txt",
        "links.txt",
        "markdownify.md",
        "w3m-100.txt",
        "w3m.txt",
    ),
    "blind-converters31-en-current-body-table-of-figures-linked-headings": (
        "lynx-100.txt",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-converters31-en-current-nested-tables-side-column-first": (
        "elinks.txt",
        "inscriptis.txt",
        "markdownify.md",
        "pandoc-markdown.md",
        "pandoc.txt",
    ),
    "blind-converters31-fa-isti-side-column-first-figure-credit-br": (
        "html2text-bodywidth0.md",
        "html2text.md",
        "markdownify.md",
    ),
    "blind-pastes23-fa-isti-side-column-jalali": ("inscriptis.txt",),
    "blind-persian63-fa-biodc-side-first-title-once-table": (
        "html2text.md",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-portal41-en-oldportal-insf-latest-news-left": ("html2text.md",),
    "blind-portal41-fa-farhang-oldportal-no-head-title-once": ("html2text.md",),
    "blind-figreports14-fa-isti-infographic-side-column-first": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-opinions19-en-insf-interview-mostviewed-first-kicker-again": ("html2text.md",),
    "blind-portalfa15-biodc-old-portal-opinion-byline-period-title": ("html2text.md",),
    "blind-portalfa15-isti-fa-old-portal-persian-footer-labels": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-wording21-en-old-portal-code-disagrees-url-impossible-capture-date": ("elinks.txt",),
    "blind-converters32-bmn-en-nested-tables-figures-table": ("markdownify.md",),
    "blind-converters32-en-current-icon-ligatures-definition-list": (
        "inscriptis.txt",
        "markdownify.md",
        "pandoc-gfm.md",
    ),
    "blind-converters32-en-current-side-column-nested-tables-figure": (
        "elinks.txt",
        "markdownify.md",
    ),
    "blind-converters32-fa-isti-side-column-first-figure-table": (
        "elinks.txt",
        "inscriptis.txt",
        "links-100.txt",
        "markdownify.md",
        "w3m-100.txt",
    ),
    "blind-heads2-fa-current-div-title-jsonld-newsid-query": ("html2text.md",),
    "blind-pastes24-en-old-portal-left-column-latest-figures": (
        "html2text.md",
        "paste-firefox.txt",
    ),
    "blind-pastes24-fa-isti-side-column-first-table-list": ("html2text.md",),
    "blind-persian64-fa-biodc-winter-short-title-only": ("pandoc.txt",),
    "blind-sidecols26-bmn-banner-row-tall-poll-column": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-sidecols26-en-current-three-columns-headlines-poll": ("elinks.txt",),
    "blind-sidecols26-fa-current-login-box-first-cell": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-sidecols26-fa-farhang-old-portal-headlines-column-first": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-sidecols26-old-portal-left-archive-column-first": (
        "inscriptis.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-tablecells2-en-current-info-cells-footer-row": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-tablecells2-en-current-one-cell-body-figures-table": (
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
    ),
    "blind-tablecells2-en-insf-opinion-kicker-title-div-cell": (
        "html2text.md",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-tablecells2-old-portal-side-column-first-div-cells": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-brbreaks1-en-insf-p-br-hard-break-in-paragraph": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-brbreaks1-old-portal-en-address-br-in-sentence": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-persian65-fa-isti-side-column-first-comments": ("inscriptis.txt",),
    "blind-sisteren20-bmn-en-interview-qa-credit": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "w3m.txt",
    ),
    "blind-sisteren20-old-portal-fund-side-menu-question-title": ("links.txt",),
    "blind-tablecells3-en-current-layout-table-first-row-paragraphs": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-tablecells3-fa-current-table-row-paragraphs-kept-apart": ("inscriptis.txt",),
    "blind-cutoff21-en-current-opinion-period-title-cut-after-most-viewed": (
        "html2text.md",
        "inscriptis.txt",
        "page-cut.html",
    ),
    "blind-letters1-en-insf-notice-board-br-most-viewed-first": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-letters1-en-old-portal-call-address-br-right-column-first": ("html2text.md",),
    "blind-mobile18-en-mobile-insf-winter-readmore-midbody-list": ("paste.txt",),
    "blind-sidecols27-en-current-left-latest-column-opinion": ("html2text.md",),
    "blind-sidecols27-en-current-links-left-headlines-right": ("pandoc.txt",),
    "blind-sidecols27-en-old-portal-column-title-to-footer": ("inscriptis.txt",),
    "blind-sidecols27-fa-current-poll-beside-body": (
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-wording22-en-insf-current-short-body-cut-category": ("html2text.md",),
    "blind-wording22-fa-old-portal-farhang-code-mismatch-no-such-capture-date": ("inscriptis.txt",),
    "blind-sidecols28-en-insf-left-column-longer-than-body": ("html2text.md",),
    "blind-sidecols28-en-oldportal-left-archive-column-first": ("html2text.md",),
    "blind-aligned1-fa-isti-div-right-side-column-first": (
        "elinks.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-forms1-en-current-poll-side-column-first": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-sidecols29-fa-current-poll-column-first": ("html2text.md",),
    "blind-sidecols31-en-insf-percent-columns-left-longest-title-period": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-converters33-en-old-portal-elites-award-table": (
        "markdownify.md",
        "pandoc-rst.txt",
    ),
    "blind-pastes25-en-old-portal-latest-column-first": ("pandoc.txt",),
    "blind-bylines3-old-portal-written-by-two-authors": ("html2text.md",),
    "blind-comments22-fa-current-persian-count-jalali-comments": (
        "elinks.txt",
        "inscriptis.txt",
    ),
    "blind-cutoff22-en-insf-grants-cut-before-article": ("inscriptis.txt",),
    "blind-cutoff22-fa-isti-agri-hub-cut-after-head": ("inscriptis.txt",),
    "blind-pastes26-bmn-en-us-menu-column-gallery-side-after": ("html2text.md",),
    "blind-pastes26-old-portal-en-figures-table-colon-list-side-after": ("html2text.md",),
    "blind-pastes27-en-old-portal-right-column-first-links-bar": ("links.txt",),
    "blind-persian69-bmn-fa-elite-grant-notice": ("lynx.txt",),
    "blind-persian69-isti-fa-menu-notice-short-call": (
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
    ),
    "blind-reports17-bmn-en-elite-grants-table-title-once": (
        "inscriptis.txt",
        "pandoc.txt",
    ),
    "blind-reports17-en-current-tech-fair-most-viewed-first-period-title": (
        "html2text.md",
        "inscriptis.txt",
        "page.html",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-reports17-old-portal-insf-grants-chart-side-column-first": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-sidecols32-bmn-en-sidecol-beside-tags-ads": (
        "elinks.txt",
        "inscriptis.txt",
    ),
    "blind-sidecols33-bmn-en-wide-left-newsletter-ads": ("pandoc.txt",),
    "blind-sisteren21-en-bmn-soldier-service-title-once-byline": ("html2text.md",),
    "blind-sisterfa20-park-fa-current-title-once-persian-digits": ("paste.txt",),
    "blind-opinions21-old-portal-column-side-first-editors-note": ("html2text.md",),
    "blind-persian71-fa-bmn-notice-extension-winter": (
        "elinks.txt",
        "lynx.txt",
        "w3m.txt",
    ),
    "blind-persian71-fa-insf-postdoc-call-table-summer-2012": ("paste.txt",),
    "blind-persian71-fa-isti-park-report-sidebar-first": ("html2text.md",),
    "blind-sisteren22-en-insf-joint-grant-most-viewed-table-first": ("html2text.md",),
    "blind-tablesites7-bmn-en-table-gallery-credits": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-tablesites7-fa-current-table-gallery-figures": ("pandoc.txt",),
    "blind-tablesites7-fa-old-portal-farhang-table-list": ("html2text.md",),
    "blind-tablesites7-old-portal-table-right-column-first": ("w3m.txt",),
    "blind-brbreaks4-fa-current-poetry-festival-br-poem": (
        "elinks.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-persian72-fa-farhang-current-opinion-byline-title-once": ("page.html",),
    "blind-tablesites8-bmn-en-table-article-first-grants": ("inscriptis.txt",),
    "blind-tablesites8-en-old-portal-table-latest-news-first": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-tablesites8-fa-current-table-gallery-side-first": ("pandoc.txt",),
    "blind-tablesites8-fa-old-portal-farhang-table-side-first": (
        "html2text.md",
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-comments23-old-portal-side-column-comments-send-form": ("html2text.md",),
    "blind-pastes28-fa-current-side-column-first-title-once": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-bylines5-en-current-opinion-star-byline-post": ("html2text.md",),
    "blind-bylines5-old-portal-report-photo-one-line-side-first": ("html2text.md",),
    "blind-converters36-en-old-portal-elite-awards-rightcol-first": (
        "elinks.txt",
        "markdownify.md",
    ),
    "blind-opinions24-bmn-en-opinion-two-authors-editors-note": ("html2text.md",),
    "blind-opinions24-en-current-three-authors-most-viewed-first": ("html2text.md",),
    "blind-opinions24-old-portal-analysis-side-column-note-on-writer": ("html2text.md",),
    "blind-pictures5-en-photo-report-gallery-table-side-box": (
        "html2text.md",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-pictures6-bmn-en-video-caption-lead-alt": (
        "elinks.txt",
        "inscriptis.txt",
        "links.txt",
        "pandoc.txt",
        "paste.txt",
    ),
    "blind-pictures6-en-photo-report-gallery-table-side-box": ("html2text.md",),
    "blind-pictures6-fa-photo-report-jalali-gallery-comments": ("pandoc.txt",),
    "blind-reports19-fa-oldportal-farhang-creative-industries-survey": (
        "html2text.md",
        "inscriptis.txt",
        "w3m.txt",
    ),
    "blind-sidecols35-bmn-en-poll-beside-figures-table": (
        "inscriptis.txt",
        "pandoc.txt",
    ),
    "blind-sidecols35-en-current-right-column-newsletter-form": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-sidecols35-en-old-portal-short-column-beside-title": (
        "elinks.txt",
        "inscriptis.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-sidecols36-en-current-login-sidecol-beside-title": (
        "elinks.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-sidecols36-fa-current-poll-sidecol-left": ("html2text.md",),
    "blind-sidecols36-old-portal-boxed-newsletter-sidecol": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-tablesites10-bmn-en-table-layout-gallery-credits": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-tablesites10-en-insf-current-table-facts-box-related-beside": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-tablesites10-fa-current-layout-table-right-column-key-facts": ("html2text.md",),
    "blind-tablesites9-bmn-en-table-figures-side-last": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-tablesites9-fa-current-table-gallery-side-first": ("html2text.md",),
    "blind-tablesites9-fa-old-portal-farhang-table-right-column-first": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-tablesites9-old-portal-table-side-first-key-facts": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-mobile23-fa-farhang-amp-title-once": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "page.html",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-opinions25-en-interview-bold-questions-most-viewed-column-first": ("html2text.md",),
    "blind-opinions25-old-portal-interview-question-subheadings-right-column-first": (
        "inscriptis.txt",
    ),
    "blind-persian74-fa-isti-notice-kicker-title-once": (
        "links.txt",
        "w3m.txt",
    ),
    "blind-persian74-fa-isti-yazd-park-report-side-column-first": ("html2text.md",),
    "blind-pictures7-old-portal-photo-gallery-side-column-first": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-sidecols37-bmn-en-login-form-column": ("links.txt",),
    "blind-sidecols37-insf-en-short-column-beside-title": (
        "elinks.txt",
        "w3m.txt",
    ),
    "blind-sidecols37-old-portal-boxed-poll-column-first": (
        "elinks.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-tablesites11-bmn-en-side-links-key-facts-box": ("elinks.txt",),
    "blind-tablesites11-en-insf-current-tabs-over-bullets-gallery": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "pandoc.txt",
    ),
    "blind-tablesites11-old-portal-right-column-first-gallery": (
        "links.txt",
        "pandoc.txt",
    ),
    "blind-cutoff24-en-current-menu-most-viewed-cut-captures": ("inscriptis.txt",),
    "blind-cutoff24-en-old-portal-biodc-right-column-cuts": (
        "inscriptis.txt",
        "links-cut-mid-body.txt",
        "pandoc.txt",
    ),
    "blind-cutoff24-fa-isti-side-column-cut-and-damaged": ("inscriptis.txt",),
    "blind-mobile24-en-bmn-mobile-cookie-share-bar": ("elinks.txt",),
    "blind-persian75-farhang-fa-old-portal-right-column-first": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-sidecols38-en-biodc-three-column-table-list-body": ("inscriptis.txt",),
    "blind-tablesites12-en-biodc-current-gallery-cells-related-after": (
        "elinks.txt",
        "links.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-tablesites12-en-current-nested-tables-most-viewed-first": ("pandoc.txt",),
    "blind-tablesites12-en-old-portal-latest-column-first-gallery": ("elinks.txt",),
    "blind-brbreaks7-en-biodc-workshop-time-slots-left-column-first": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-brbreaks7-en-old-portal-jury-names-postal-address": (
        "inscriptis.txt",
        "pandoc.txt",
    ),
    "blind-pictures8-en-old-portal-biodc-gallery-table-credits": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-reports21-en-bmn-grants-table-thousands-totals": ("html2text.md",),
    "blind-reports21-en-current-side-menu-export-table-period-title": ("pandoc.txt",),
    "blind-reports21-en-insf-most-viewed-first-chart-caption-comments": ("html2text.md",),
    "blind-sisteren24-en-bmn-us-latest-column-first-period-title": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-sisteren24-en-cissc-subsite-cookie-notice-long-question-title": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-sisteren24-en-nano-opinion-mostviewed-column-first-byline": ("html2text.md",),
    "blind-sisterfa22-fa-park-current-menu-most-viewed-period-title": ("elinks.txt",),
    "blind-bmn5-en-bmn-menu-notice-most-viewed-period-title": ("inscriptis.txt",),
    "blind-comments25-fa-isti-comments-persian-digits-link": ("inscriptis.txt",),
    "blind-converters38-fa-isti-side-column-first-persian-digits-pandoc-markdown": (
        "inscriptis.txt",
    ),
    "blind-cutoff25-en-bmn-cut-mid-line-and-partial-paste": ("paste-part-of-page.txt",),
    "blind-persian76-fa-isti-current-table-most-viewed-first": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-portal45-en-bmn-old-portal-gallery-related-news": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-portal45-en-insf-old-portal-three-columns-question-title": ("html2text.md",),
    "blind-portal45-en-old-portal-today-banner-most-viewed-list-body": ("html2text.md",),
    "blind-sidecols39-en-current-three-cell-table-most-viewed-tags-long-title": ("html2text.md",),
    "blind-sidecols39-fa-isti-rtl-table-latest-news-first-persian-digits": ("html2text.md",),
    "blind-tablesites13-bmn-en-us-table-footer-labels-in-cells-gallery": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-tablesites13-en-current-nested-tables-side-column-figures-table": (
        "elinks.txt",
        "html2text.md",
        "w3m.txt",
    ),
    "blind-tablesites13-en-old-portal-right-column-first-header-date-row": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-tablesites13-fa-current-table-layout-gallery-cells-right-column": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-tablesites13-fa-old-portal-farhang-jalali-header-figures-table": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-widths9-en-biodc-most-viewed-first-long-categories": ("paste-mail72.txt",),
    "blind-widths9-en-old-portal-latest-column-long-breadcrumb": ("html2text.md",),
    "blind-widths9-fa-current-side-column-compound-words": ("html2text-bodywidth50.md",),
    "blind-wording23-en-current-top-menu-question-kicker-period-title": (
        "inscriptis.txt",
        "paste.txt",
    ),
    "blind-brbreaks8-en-bmn-award-call-jury-names-address-numbered": (
        "inscriptis.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
    ),
    "blind-brbreaks8-en-old-portal-letter-of-thanks-right-column-first": (
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
    ),
    "blind-brbreaks8-fa-isti-open-letter-salutation-signature-numbered": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-converters39-fa-isti-side-column-persian-digits": ("inscriptis.txt",),
    "blind-cutoff26-fa-isti-side-menu-code-on-top-cut-before-article-damaged-paste": (
        "elinks-cut-after-body.txt",
        "elinks.txt",
    ),
    "blind-pastes31-en-insf-opinion-byline-left-menu-reader-view": ("html2text.md",),
    "blind-pastes31-fa-farhang-old-portal-headlines-first-pastes": ("html2text.md",),
    "blind-persian77-fa-isti-old-portal-winter-jalali-capture-print-bar": ("html2text.md",),
    "blind-pictures9-en-old-portal-table-gallery-credits": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-pictures9-fa-isti-infographic-side-column": (
        "links.txt",
        "w3m.txt",
    ),
    "blind-reports23-en-insf-current-most-viewed-first-question-title-grants-table-comments": (
        "html2text.md",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-reports23-en-old-portal-biodc-column-first-summer-2019-export-figures": (
        "elinks.txt",
        "inscriptis.txt",
    ),
    "blind-reports23-fa-isti-table-layout-latest-first-persian-digits-chart-findings": (
        "elinks.txt",
        "w3m.txt",
    ),
    "blind-sidecols40-fa-isti-table-three-cells-poll-short-latest": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-tablesites14-bmn-en-us-left-links-column-footer-label-cells": ("html2text.md",),
    "blind-tablesites14-en-biodc-current-info-row-cells-credited-gallery-comments": (
        "elinks.txt",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-tablesites14-fa-isti-current-side-menu-first-gallery-cells": (
        "elinks.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-bmn6-en-bmn-most-viewed-first-period-title-comments": ("html2text.md",),
    "blind-bmn6-en-bmn-old-portal-gallery-credits": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-brbreaks9-en-old-portal-br-numbered-dash-lists-left-column": (
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
    ),
    "blind-comments26-old-portal-right-column-first-comments-2019": ("html2text.md",),
    "blind-longform20-en-old-portal-long-interview-two-columns": ("html2text.md",),
    "blind-longform20-fa-isti-drought-report-toc-nested-list-related": (
        "lynx-nolist.txt",
        "lynx.txt",
        "paste.txt",
    ),
    "blind-pictures10-en-current-side-thumbnails-figure-gallery-row": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-pictures10-en-old-portal-side-column-first-photo-credit-gallery-grid": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-pictures10-fa-farhang-old-portal-headlines-first-gallery-cells-credits": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-pictures10-fa-isti-floated-figure-infographic-long-alt": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-portal46-en-biodc-old-portal-long-title-related-before-footer": ("html2text.md",),
    "blind-sidecols41-en-bmn-three-column-poll-newsletter": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-tablesites15-en-bmn-table-layout-gallery-captions-footer-label-cells": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-tablesites15-en-insf-old-portal-right-column-first-table-cells": ("html2text.md",),
    "blind-tablesites15-en-isti-current-nested-tables-most-viewed-first-figures": (
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-tablesites15-fa-farhang-old-portal-jalali-header-row-figures-table": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-tablesites15-fa-isti-current-rtl-table-gallery-cells-latest-first": (
        "elinks.txt",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-wording24-en-current-table-most-viewed-long-quote-title": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-wording24-fa-isti-question-title-persian-digits-side-column": ("inscriptis.txt",),
    "blind-cutoff27-en-bmn-elites-grant-cut-before-footer-and-partial-paste": (
        "paste-partial.txt",
    ),
    "blind-cutoff27-en-insf-old-portal-damaged-bytes-and-cut-before-article": (
        "inscriptis-cut-mid-body.txt",
        "inscriptis.txt",
        "w3m-cut-before-article.txt",
        "w3m.txt",
    ),
    "blind-cutoff27-fa-isti-side-column-satellite-launcher-cut-before-article": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-opinions28-en-old-portal-2019-two-writers-translator-credit-star-notes": (
        "html2text.md",
    ),
    "blind-opinions28-fa-farhang-interview-side-column-first-pull-quote-credit": ("html2text.md",),
    "blind-persian80-fa-farhang-old-portal-arabic-yeh-print-bar-2018": ("html2text.md",),
    "blind-reports24-en-insf-most-viewed-column-first-long-title-period-figures": ("html2text.md",),
    "blind-sidecols42-en-biodc-old-portal-right-column-first-poll-newsletter": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-sidecols42-en-bmn-short-links-column-tag-cloud-table": (
        "html2text.md",
        "links.txt",
    ),
    "blind-sidecols42-en-current-table-latest-news-left-title-period": ("pandoc.txt",),
    "blind-brbreaks10-fa-isti-current-br-address-typed-list-latest-column-first": ("links.txt",),
    "blind-converters41-fa-isti-table-side-column-first-jalali": ("html2text-bodywidth0.md",),
    "blind-longform21-fa-isti-battery-roadmap-side-column-first-toc-nested-list-persian-digits": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-media2-en-current-video-player-pdf-download-box": (
        "page.html",
        "paste.txt",
    ),
    "blind-media2-en-old-portal-iframe-map-attachments-side-first": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-pastes33-en-biodc-opinion-most-viewed-first-byline": ("html2text.md",),
    "blind-pastes33-en-bmn-layout-c-reader-view": (
        "paste-firefox-reader-view.txt",
        "paste-safari-reader-view.txt",
    ),
    "blind-pastes33-en-old-portal-right-column-figures-table": ("html2text.md",),
    "blind-pastes33-fa-isti-side-column-first-zwnj": ("html2text.md",),
    "blind-pictures11-en-biodc-current-figure-cells-beside-text-related-thumbs": (
        "elinks.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-pictures11-en-current-gallery-row-alt-repeats-title": ("pandoc.txt",),
    "blind-pictures11-en-old-portal-right-column-first-photo-credit": ("html2text.md",),
    "blind-pictures11-fa-isti-current-thumbnail-column-first-floated-figure": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-pictures12-en-biodc-current-table-picture-credit-most-viewed-thumbs": (
        "inscriptis.txt",
    ),
    "blind-pictures12-en-bmn-infographic-long-alt-photo-news-box": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "w3m.txt",
    ),
    "blind-pictures12-en-current-gallery-row-alt-title-photo-credits-side-menu": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-pictures12-en-old-portal-thumbnail-column-first-picture-beside-text": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "w3m.txt",
    ),
    "blind-portal47-en-old-portal-js-notice-gallery-related-news": (
        "elinks.txt",
        "links.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-rtlside2-fa-bmn-floated-links-poll-column-before-title": ("paste.txt",),
    "blind-rtlside2-fa-isti-current-latest-news-table-column-beside-title": ("elinks.txt",),
    "blind-sidecols43-en-old-portal-side-archive-links-tags-first": ("links.txt",),
    "blind-tablesites16-en-bmn-layout-c-table-layout-footer-labels-in-cells-grant-table": (
        "elinks.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-tablesites16-en-insf-old-portal-2019-header-row-date-latest-column-first-patent-table": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-tablesites16-fa-farhang-old-portal-jalali-header-row-gallery-table-most-viewed-first": (
        "elinks.txt",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-tablesites16-fa-isti-current-gallery-in-table-cells-latest-news-column-first": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-tablesites17-en-current-nested-tables-info-cells-most-viewed-first": ("html2text.md",),
    "blind-tablesites17-en-insf-current-table-of-figures-gallery-cells": ("elinks.txt",),
    "blind-tablesites17-en-old-portal-table-layout-left-column-first-figures": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-tablesites17-fa-current-table-layout-figures-side-column": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-tablesites17-fa-old-portal-farhang-gallery-cells-jalali-header": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-everyday82-insf-current-latest-box-first-long-quote-title": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-longform22-en-old-portal-long-interview-right-column-first": (
        "html2text.md",
        "paste.txt",
    ),
    "blind-longform22-fa-isti-long-report-side-column-first-persian-digits": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-pastes34-en-bmn-layout-c-opinion-byline-word-reader": ("paste-safari-reader-view.txt",),
    "blind-pictures13-en-current-layout-table-gallery-alt-repeats-title": (
        "html2text.md",
        "pandoc.txt",
    ),
    "blind-pictures13-en-old-portal-right-column-first-caption-and-credit": ("html2text.md",),
    "blind-pictures13-fa-old-portal-subsite-gallery-narrow-cells-alt-title": (
        "elinks.txt",
        "links.txt",
        "pandoc.txt",
    ),
    "blind-sidecols44-en-bmn-layout-c-links-and-latest-columns-beside-article": (
        "elinks.txt",
        "inscriptis.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-sidecols44-en-current-three-column-table-latest-poll-period-title": ("pandoc.txt",),
    "blind-tablesites18-en-bmn-table-footer-labels-grant-figures": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "w3m.txt",
    ),
    "blind-tablesites18-en-current-nested-tables-most-viewed-figures": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-tablesites18-en-old-portal-all-tables-right-column-first": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-tablesites18-fa-isti-current-table-side-column-gallery": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "w3m.txt",
    ),
    "blind-brbreaks11-fa-isti-letter-salutation-signature-side-column-first": (
        "elinks.txt",
        "links.txt",
        "pandoc.txt",
        "w3m.txt",
    ),
    "blind-cutoff29-en-old-portal-biodc-cut-before-article-after-body": (
        "w3m-cut-before-article.txt",
    ),
    "blind-opinions29-en-old-portal-interview-labelled-qa-translated-credit": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
    ),
    "blind-reports25-en-old-portal-right-column-first-nano-rankings": ("html2text.md",),
    "blind-reports25-fa-current-side-column-patent-table-persian-digits": (
        "html2text.md",
        "inscriptis.txt",
        "pandoc.txt",
    ),
    "blind-sisteren28-en-bmn-layout-c-most-visited-box-first-question-title": ("html2text.md",),
    "blind-wording26-en-current-side-menu-question-title-quote-kicker-repeated": ("html2text.md",),
    "blind-sidecols45-en-biodc-links-column-last-shorter-question-title-list-body": ("elinks.txt",),
    "blind-sidecols45-en-oldportal-insf-picture-caption-column-first": ("html2text.md",),
    "blind-sidecols45-fa-current-latest-news-column-right-persian-digits": ("pandoc.txt",),
    "blind-portal49-en-old-portal-latest-news-column-first-period-title": ("html2text.md",),
    "blind-portal49-fa-farhang-old-portal-jalali-capture-headline-box-access-deny": (
        "html2text.md",
    ),
    "blind-portal49-fa-isti-old-portal-headlines-column-question-title-cut-in-footer": (
        "html2text.md",
    ),
    "blind-shortlines1-en-current-biodc-mostviewed-column-first-br-address-please-note": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-shortlines1-fa-current-isti-side-column-quote-count-lines": ("html2text.md",),
    "blind-pastes35-en-current-nested-menu-bulleted-list-figures-table-period-title": (
        "elinks.txt",
        "links.txt",
    ),
    "blind-pastes35-fa-current-latest-news-column-first-study-code-top-no-date": (
        "inscriptis.txt",
        "w3m.txt",
    ),
    "blind-widths11-en-bmn-top-menu-table-related-right-long-period-title": (
        "inscriptis.txt",
        "w3m-40.txt",
    ),
    "blind-widths11-fa-isti-current-latest-news-side-column-jalali-date": ("html2text.md",),
    "blind-converters43-en-current-table-mostviewed-first-menu-period-title": (
        "html2text-nowrap.md",
        "html2text.md",
    ),
    "blind-longform23-en-old-portal-side-column-first-nano-report-table-lists": ("html2text.md",),
    "blind-longform23-fa-current-side-column-first-jalali-table-lists": ("html2text.md",),
    "blind-cutoff30-en-insf-current-most-viewed-first-byline-question-title-cut-before-article": (
        "elinks.txt",
        "html2text.md",
    ),
    "blind-cutoff30-fa-isti-current-side-column-first-cp1256-cut-in-info-block": ("page-cut.html",),
    "blind-pictures14-fa-current-side-column-first-video-caption-infographic": ("html2text.md",),
    "blind-comments27-en-insf-zero-comments-helpful-widget-title-period": ("pandoc.txt",),
    "blind-portalfa16-fa-biodc-old-portal-latest-column-first-long-period-title-list-body": (
        "html2text.md",
    ),
    "blind-portalfa16-fa-cistc-old-portal-br-paragraphs-kicker-again-quote-title-side-after": (
        "elinks.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "w3m.txt",
    ),
    "blind-tables6-en-old-portal-layout-table-side-column-first-patent-table-in-cell": (
        "html2text.md",
    ),
    "blind-tables6-fa-farhang-old-portal-jalali-capture-budget-table-caption-above-"
    "persian-digits": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-tables6-fa-isti-current-latest-column-first-persian-digits-table-caption-below": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-sisteren29-en-biodc-table-mostviewed-first-title-above-bullets-list-body": (
        "html2text.md",
    ),
    "blind-aroundinfo1-en-old-portal-poll-column-first-newsletter-print-bar": ("html2text.md",),
    "blind-bodystruct1-en-current-biodc-sidecolumn-first-keypoints-question-title": ("links.txt",),
    "blind-bodystruct1-en-oldportal-insf-leftmenu-numbered-list-blockquote-caption": (
        "elinks.txt",
        "inscriptis.txt",
        "links.txt",
        "w3m.txt",
    ),
    "blind-deadlines1-en-old-portal-side-column-first-exhibition-timetable": (
        "html2text.md",
        "inscriptis.txt",
    ),
    "blind-edits1-en-old-portal-side-column-first-first-published-line-end": ("html2text.md",),
    "blind-halfloaded1-en-old-portal-side-column-loading-first-show-count-ellipsis": (
        "html2text.md",
    ),
    "blind-lineends1-fa-current-bom-zwnj-entities-persian-digits-side-column-first": (
        "elinks.txt",
        "pandoc.txt",
    ),
    "blind-namelists1-en-oldportal-menu-column-first-delegation-members": (
        "elinks.txt",
        "html2text.md",
        "links.txt",
        "w3m.txt",
    ),
    "blind-oddtitles1-en-current-notice-period-title-repeated-in-lead-one-word-kicker": (
        "elinks.txt",
        "html2text.md",
        "inscriptis.txt",
        "links.txt",
        "lynx-nolist.txt",
        "lynx.txt",
        "pandoc.txt",
        "paste.txt",
        "w3m.txt",
    ),
    "blind-promos1-en-old-portal-left-column-event-promo-under-title": ("html2text.md",),
    "blind-promos1-fa-current-sponsored-box-subscribe-channel-persian-digits": (
        "lynx-nolist.txt",
        "lynx.txt",
    ),
    "blind-series1-en-current-mostviewed-first-series-box-in-text-period-title": ("html2text.md",),
    "blind-series1-en-old-portal-right-column-first-series-parts-box-next-part": ("html2text.md",),
    "blind-series1-fa-current-sidebar-series-part-in-title-parts-list-jalali": ("html2text.md",),
    "blind-yearedges1-fa-current-side-column-first-farvardin-1398-persian-digits": (
        "html2text.md",
    ),
}
OPEN: dict[str, str] = {
    f"{page}/{capture}": OPEN_WHY[page]
    for page, captures in OPEN_CAPTURES.items()
    for capture in captures
}


def expected_record(folder: Path, capture: Path, fmt: str) -> dict[str, Any]:
    """The hand-written record; a folder may hold a second one for what text captures can tell,
    and one for a capture that holds part of the page (`expected-page-cut.json`)."""
    text_only = folder / "expected-text.json"
    own = folder / f"expected-{capture.name.split('.')[0]}.json"
    source = text_only if fmt == "text" and text_only.is_file() else folder / "expected.json"
    source = own if own.is_file() else source
    expected: dict[str, Any] = load_json(source)
    loss = KNOWN_LOSSES.get(f"{folder.name}/{capture.name}")
    if loss is not None:
        loss(expected)
    return expected


@pytest.mark.parametrize(("folder", "capture"), [_case(f, c) for f, c in CASES])
def test_capture_gives_the_hand_written_record_of_its_page(folder: Path, capture: Path) -> None:
    record = newsparse.parse_path(capture).to_dict()
    headless = f"{folder.name}/{capture.name}" in HTML_CONTENT
    assert record["format"] == ("html" if capture.name.endswith(HTML_NAMES) or headless else "text")
    expected = expected_record(folder, capture, record["format"])
    html_url = expected.pop("html_url", None)
    assert {key: value for key, value in record.items() if key not in SAVING_KEYS} == expected
    if record["format"] == "html":
        assert record["url"] == (None if headless else html_url)


def test_there_are_fixture_pages_of_every_layout_and_language() -> None:
    seen = {
        (load_json(f / "expected.json")["layout"], load_json(f / "expected.json")["language"])
        for f in page_folders()
    }
    assert {("current", "en"), ("old-portal", "en"), ("bmn", "en"), ("current", "fa")} <= seen


@pytest.mark.parametrize(("folder", "capture"), CASES, ids=[f"{f.name}/{c.name}" for f, c in CASES])
def test_golden_agrees_with_the_hand_written_record(folder: Path, capture: Path) -> None:
    golden = load_json(Path(golden_path(str(capture))))
    assert golden["source"] == capture.name
    expected = expected_record(folder, capture, golden["format"])
    expected.pop("html_url", None)
    assert {key: value for key, value in golden.items() if key not in SAVING_KEYS} == expected


def test_every_capture_has_its_golden_beside_it() -> None:
    captures = [c for folder in page_folders() for c in captures_of(folder)]
    assert [c for c in captures if not Path(golden_path(str(c))).is_file()] == []


def test_check_fails_on_the_fixtures_exactly_where_captures_are_open() -> None:
    result = CliRunner().invoke(app, ["check", str(FIXTURES)])
    assert result.exit_code == (1 if OPEN else 0), result.stdout
    assert result.stdout.splitlines()[-1].endswith(f" passed, {len(OPEN)} failed")
    failed = {line.split()[1] for line in result.stdout.splitlines() if line.startswith("FAIL")}
    assert {str(Path(name)) for name in failed} == {str(FIXTURES / name) for name in OPEN}


def test_every_open_page_says_why_and_every_reason_has_open_captures() -> None:
    assert set(OPEN_WHY) == set(OPEN_CAPTURES)
