"""The reference capture the project started from: its record, field by field."""

from __future__ import annotations

import newsparse
from conftest import REFERENCE


def test_reference_capture_gives_the_agreed_record() -> None:
    record = newsparse.parse_path(REFERENCE)
    assert record.news_code == 93801
    assert record.title == "Dehghani's visit to Cuba's Vaccine Institute and Biotechnology Center"
    assert record.kicker is None
    assert record.published == "2023-09-15T10:00:00+03:30"
    assert record.views == 218
    assert record.study_minutes == 3
    assert record.comment_count == 0
    assert len(record.categories) == 11
    assert record.categories[2] == "اخبار معاونت ها و مراکز"
    assert record.categories[8] == "Deputy for Management Development & Resources"
    assert len(record.body) == 10
    assert record.body[0].startswith(
        "Vice President of Science, Technology and Knowledge-Based Economy, who traveled"
    )
    assert record.body[-1].endswith("Iranian companies and institutions.")
    assert record.publisher == "Vice-Presidency for Science and Technology"
    assert record.language == "en"
    assert record.layout == "current"
    assert record.format == "text"
    assert record.captured_on is None
    assert record.url is None


def test_reference_capture_warns_of_the_category_the_cms_cut() -> None:
    record = newsparse.parse_path(REFERENCE)
    cut = "Deputy for Technology Innovation & Commercialization Develop"
    assert record.categories[6] == cut
    assert record.warnings == (f"category cut at 60 characters: {cut}",)


def test_word_count_counts_the_words_of_the_body() -> None:
    record = newsparse.parse_path(REFERENCE)
    assert record.word_count == sum(len(paragraph.split()) for paragraph in record.body)
    assert record.word_count > 500
