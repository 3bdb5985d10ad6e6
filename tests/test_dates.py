"""Dates as the site shows them, in both calendars, to ISO 8601 with Tehran's offset."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from conftest import FIXTURES
from newsparse.grammar.dates import parse_date, solar_hijri_to_gregorian
from newsparse.grammar.lines import match_key


def iso(text: str) -> str | None:
    found = parse_date(match_key(text))
    return None if found is None else found.iso()


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("Sep 15 2023 - 10:00", "2023-09-15T10:00:00+03:30"),
        ("Jul 3 2019 - 9:05", "2019-07-03T09:05:00+04:30"),  # daylight saving time, 2019
        ("Jan 5 2019 - 23:59", "2019-01-05T23:59:00+03:30"),
        ("Jun 1 2023 - 08:00", "2023-06-01T08:00:00+03:30"),  # no DST since 2022
        ("Jul 29 2017", "2017-07-29"),
        ("15:17 - 14/05/2018", "2018-05-14T15:17:00+04:30"),
        ("Sep 15 2023 - 10:05:22", "2023-09-15T10:05:22+03:30"),  # the seconds it shows
        ("10:05:22 - 15/09/2023", "2023-09-15T10:05:22+03:30"),
        ("Tuesday, May 22, 2018", "2018-05-22"),
        ("Wednesday 11 December 2019", "2019-12-11"),
    ],
)
def test_gregorian_dates_take_the_tehran_offset_of_their_day(shown: str, expected: str) -> None:
    assert iso(shown) == expected


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("1402/06/24 - 10:00", "2023-09-15T10:00:00+03:30"),
        ("۲۴ شهریور ۱۴۰۲ - ۱۰:۰۰", "2023-09-15T10:00:00+03:30"),
        ("شنبه ۲۴ شهریور ۱۴۰۲ - ۱۰:۰۰", "2023-09-15T10:00:00+03:30"),
        ("٢٤ شهريور ١٤٠٢", "2023-09-15"),
        ("1398/04/12 - 09:05", "2019-07-03T09:05:00+04:30"),
        ("شنبه 29 دی 1397", "2019-01-19"),
    ],
)
def test_solar_hijri_dates_become_gregorian(shown: str, expected: str) -> None:
    assert iso(shown) == expected


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1403, 12, 30), dt.date(2025, 3, 20)),  # 1403 is a leap year: Esfand has 30 days
        ((1404, 1, 1), dt.date(2025, 3, 21)),  # Nowruz, the day after
        ((1399, 12, 30), dt.date(2021, 3, 20)),  # 1399 is a leap year too
        ((1400, 1, 1), dt.date(2021, 3, 21)),
        ((1402, 12, 29), dt.date(2024, 3, 19)),  # last day of a common year
        ((1403, 1, 1), dt.date(2024, 3, 20)),
    ],
)
def test_solar_hijri_calendar_edges(solar: tuple[int, int, int], gregorian: dt.date) -> None:
    assert solar_hijri_to_gregorian(*solar) == gregorian


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        # Nowruz 1400 fell on 21 March 2021; clocks went forward at the end of that day.
        ("1400/01/01 - 12:00", "2021-03-21T12:00:00+03:30"),
        ("1400/01/02 - 12:00", "2021-03-22T12:00:00+04:30"),
        # ... and back at the end of 30 Shahrivar (21 September 2021).
        ("1400/06/30 - 12:00", "2021-09-21T12:00:00+04:30"),
        ("1400/06/31 - 12:00", "2021-09-22T12:00:00+03:30"),
        ("1398/05/10 - 18:30", "2019-08-01T18:30:00+04:30"),  # summer 2019
        ("1401/04/01 - 12:00", "2022-06-22T12:00:00+04:30"),  # 2022: the last summer of DST
        ("1402/04/01 - 12:00", "2023-06-22T12:00:00+03:30"),  # no DST since 2023
    ],
)
def test_solar_hijri_times_take_the_tehran_offset_of_that_moment(shown: str, expected: str) -> None:
    assert iso(shown) == expected


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("١٤٠٢/٠٦/٢٤ - ١٠:٠٠", "2023-09-15T10:00:00+03:30"),  # Arabic-Indic digits
        ("۱۴۰۲/۰۶/۲۴ - ۱۰:۰۰", "2023-09-15T10:00:00+03:30"),  # Persian digits
        ("۲۴ شهریور ۱۴۰۲ ساعت ۱۰:۰۰", "2023-09-15T10:00:00+03:30"),
        ("۲۴ شهریور ۱۴۰۲ - ساعت ۱۰:۰۰", "2023-09-15T10:00:00+03:30"),
        ("۱۰:۰۰ - ۱۴۰۲/۰۶/۲۴", "2023-09-15T10:00:00+03:30"),  # time first, as the old portal
        ("١٤٠١/٠٤/١٥ - ١٤:٠٥:٢٢", "2022-07-06T14:05:22+04:30"),
        ("پنج\u200cشنبه ۲۶ مهر ۱۴۰۳", "2024-10-17"),  # weekday written with a ZWNJ
        ("پنجشنبه ۲۶ مهر ۱۴۰۳", "2024-10-17"),
        ("جمعه، ۲۴ شهریور ۱۴۰۲", "2023-09-15"),  # weekday then an Arabic comma
        ("۳۰ اسفند ۱۴۰۳ - ۲۳:۵۹", "2025-03-20T23:59:00+03:30"),  # leap day, last minute of 1403
        ("۱ فروردین ۱۴۰۴", "2025-03-21"),
        ("1399/12/30", "2021-03-20"),
    ],
)
def test_solar_hijri_dates_in_any_digits_and_shape(shown: str, expected: str) -> None:
    assert iso(shown) == expected


@pytest.mark.parametrize("shown", ["1402/12/30", "۳۰ اسفند ۱۴۰۲", "1403/13/01", "1402/07/31"])
def test_solar_hijri_dates_that_do_not_exist_are_errors(shown: str) -> None:
    with pytest.raises(ValueError, match="no such date"):
        parse_date(match_key(shown))


def test_esfand_30_of_a_common_year_does_not_exist() -> None:
    with pytest.raises(ValueError, match="1402/12/30"):
        solar_hijri_to_gregorian(1402, 12, 30)


def test_dst_start_and_end_in_2021_follow_the_tz_database() -> None:
    # Iran moved clocks forward at the end of 1 Farvardin (21 March 2021, 24:00) and back
    # at the end of 30 Shahrivar (21 September 2021, 24:00).
    assert iso("Mar 21 2021 - 12:00") == "2021-03-21T12:00:00+03:30"
    assert iso("Mar 22 2021 - 12:00") == "2021-03-22T12:00:00+04:30"
    assert iso("Sep 21 2021 - 12:00") == "2021-09-21T12:00:00+04:30"
    assert iso("Sep 22 2021 - 12:00") == "2021-09-22T12:00:00+03:30"


def test_a_date_that_does_not_exist_is_an_error_not_a_guess() -> None:
    with pytest.raises(ValueError, match="no such date"):
        parse_date("Feb 30 2023")


def test_lines_that_are_not_dates_give_none() -> None:
    assert parse_date("Study time : 3 minute(s)") is None
    assert parse_date("218") is None


@pytest.mark.parametrize(
    ("folder", "shown", "impossible", "warning"),
    [
        (
            "en-bare-kicker",
            "Today : Sunday Feb 7 2021",
            "Today : Sunday Feb 30 2021",
            "capture date: no such date 2021/2/30",
        ),
        (
            "old-portal",
            "Tuesday, May 22, 2018-",
            "Tuesday, May 32, 2018-",
            "capture date: no such date 2018/5/32",
        ),
        (
            "bmn",
            "Wednesday 11 December 2019",
            "Wednesday 31 November 2019",
            "capture date: no such date 2019/11/31",
        ),
    ],
)
def test_an_impossible_capture_date_warns_and_changes_nothing_else(
    folder: str, shown: str, impossible: str, warning: str
) -> None:
    text = (FIXTURES / folder / "paste.txt").read_text(encoding="utf-8")
    assert shown in text
    record = newsparse.parse_text(text).to_dict()
    changed = newsparse.parse_text(text.replace(shown, impossible, 1)).to_dict()
    assert changed == {**record, "captured_on": None, "warnings": [warning, *record["warnings"]]}


@pytest.mark.parametrize(
    ("shown", "expected"),
    [
        ("24 سپتامبر 2023 - 10:15", "2023-09-24T10:15:00+03:30"),
        ("۲ ژوئیه ۲۰۲۱", "2021-07-02"),
        ("5 می 2021", "2021-05-05"),
        ("12 مهر 1402", "2023-10-04"),
    ],
)
def test_gregorian_months_named_in_persian_stay_gregorian(shown: str, expected: str) -> None:
    assert iso(shown) == expected
