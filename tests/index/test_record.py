"""Records of query payloads: countries read as FollowTheMoney reads them."""

from __future__ import annotations

import pytest
from followthemoney.types import registry

from saring.index.record import Record, _country_names, clean_country


def test_country_table_agrees_with_followthemoney() -> None:
    table = _country_names()
    assert len(table) > 5000
    assert {"turkey", "ivory coast", "russian federation", "ir", "irn"} <= table.keys()
    assert {label: registry.country.clean(label) for label in table} == table


@pytest.mark.parametrize(
    ("value", "code"),
    [("Chile", "cl"), (" russia ", "ru"), ("IRN", "ir"), ("Korea, Republic of", "kr")]
    + [("Ivory Coast", "ci"), ("Turkey", "tr"), ("Côte d'Ivoire", "ci")],
)
def test_country_values_are_cleaned(value: str, code: str) -> None:
    assert clean_country(value) == code
    record = Record.from_dict({"schema": "Person", "properties": {"nationality": [value]}})
    assert record.countries == (code,)


def test_unknown_country_values_are_dropped() -> None:
    record = Record.from_dict(
        {"schema": "Person", "properties": {"name": ["A B"], "nationality": ["Atlantis"]}}
    )
    assert record.countries == ()
    assert clean_country("Atlantis") is None


def test_an_organisation_is_also_named_by_its_quoted_name() -> None:
    record = Record.from_dict({"schema": "Company", "properties": {"name": ["ООО «Ромашка»"]}})
    assert record.names == ("ООО «Ромашка»", "Ромашка")
    # a person's quoted nickname is not a name of its own; the name also stands without it
    person = {"schema": "Person", "properties": {"name": ['Vladimir "Vova" Putin']}}
    assert Record.from_dict(person).names == (
        'Vladimir "Vova" Putin',
        "Vladimir Putin",
        "Vova Putin",
    )


def test_a_name_in_another_script_in_brackets_is_a_name_of_its_own() -> None:
    record = Record.from_dict({"schema": "Person", "properties": {"name": ["이재명(李在明)"]}})
    assert record.names == ("이재명(李在明)", "이재명", "李在明")
