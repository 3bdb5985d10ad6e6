"""The reference capture the project started from: its whole record, written by hand from
the capture in `reference/expected.json`."""

from __future__ import annotations

import newsparse
from conftest import FIXTURES, REFERENCE, load_json

EXPECTED = load_json(FIXTURES / "reference" / "expected.json")


def test_reference_capture_gives_the_hand_written_record() -> None:
    # Every field, all ten paragraphs included.
    record = newsparse.parse_path(REFERENCE).to_dict()
    assert record == {**EXPECTED, "source": str(REFERENCE), "format": "text", "url": None}


def test_reference_capture_warns_of_the_category_the_cms_cut() -> None:
    record = newsparse.parse_path(REFERENCE)
    cut = "Deputy for Technology Innovation & Commercialization Develop"
    assert record.categories[6] == cut
    assert record.warnings == (f"category cut at 60 characters: {cut}",)


def test_word_count_is_the_words_of_the_paragraphs_as_wc_counts_them() -> None:
    # `sed -n '8~2p' 000_6b0e962ed3f3dce3.txt | head -10 | wc -w` on the capture gives 578.
    assert newsparse.parse_path(REFERENCE).word_count == 578
