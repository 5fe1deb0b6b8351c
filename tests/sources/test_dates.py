"""Date notations of the official lists."""

from __future__ import annotations

from datetime import date

import pytest

from saring.sources.dates import is_circa, parse_date, parse_date_range, parse_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("21 Mar 1950", "1950-03-21"),
        ("Nov 1960", "1960-11"),
        ("circa 1958", "1958"),
        ("14/12/1960", "1960-12-14"),
        ("1950-03-21T00:00:00", "1950-03-21"),
        ("1950", "1950"),
        ("31 Feb 1950", None),
        ("-0-", None),
        ("sometime", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_ranges_and_circa() -> None:
    assert parse_date_range("1960 to 1962") == ["1960", "1961", "1962"]
    assert parse_date_range("circa 1975") == ["1975"]
    assert is_circa("circa 1975") and not is_circa("1975")


def test_parse_day() -> None:
    assert parse_day("2025-03-21T19:00:03.893Z") == date(2025, 3, 21)
    assert parse_day("10/04/2025") == date(2025, 4, 10)
    assert parse_day("Nov 1960") is None
    assert parse_day(None) is None
