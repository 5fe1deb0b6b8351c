"""Numbers in words, ordinals and digits read as one number part."""

from __future__ import annotations

import pytest

from saring.index import Record
from saring.match import compare
from saring.names import analyze
from saring.names.model import Kind
from saring.names.numbers import digits_of, read_number


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["forty", "four", "brigade"], (44, 2)),
        (["fourty", "four"], (44, 2)),
        (["forty", "4"], (44, 2)),
        (["first", "international"], (1, 1)),
        (["one", "hundred", "twenty"], (120, 3)),
        (["two", "thousand", "and"], (2000, 2)),
        (["four", "four"], (4, 1)),
        (["brigade", "forty"], None),
        (["second", "bank"], None),
    ],
)
def test_read_number(words: list[str], expected: tuple[int, int] | None) -> None:
    assert read_number(words) == expected


def test_ordinal_digits() -> None:
    assert digits_of("1st") == "1"
    assert digits_of("23rd") == "23"
    assert digits_of("thirtieth") == "30"
    assert digits_of("firstly") is None


def _numbers(text: str, schema: str) -> list[str]:
    return [t.latin for t in analyze(text, schema).tokens if t.kind == Kind.NUMBER]


def test_organisation_numbers_in_any_notation_agree() -> None:
    forms = ["Brigade Forty-Four", "Brigade 44", "Brigade Fourty-four", "Brigade Forty 4"]
    assert {tuple(_numbers(f, "Organization")) for f in forms} == {("44",)}
    assert _numbers("1st International Bank", "Company") == ["1"]
    assert _numbers("First International Bank", "Company") == ["1"]


def test_number_words_in_person_names_stay_words() -> None:
    assert _numbers("Ten Sing Norgay", "Person") == []


def test_numbered_units_match_across_notations_and_differ_by_number() -> None:
    def org(name: str) -> Record:
        return Record.from_dict({"schema": "Organization", "properties": {"name": [name]}})

    same = compare(org("Brigade Forty-Four"), org("Brigade 44"))
    other = compare(org("Brigade Forty-Five"), org("Brigade 44"))
    assert same.match
    assert not other.match
    assert other.score < same.score
