"""Column mapping: detection from common headers, overrides, and clear errors."""

from __future__ import annotations

import pytest

from saring.batch.columns import detect_mapping, parse_overrides, resolve_mapping

#: The header of yente's candidate-generation fixtures.
YENTE = [
    "full_name",
    "first_name",
    "middle_name",
    "last_name",
    "gender",
    "date_of_birth",
    "place_of_birth",
    "nationality",
]


def test_detects_the_yente_fixture_columns() -> None:
    mapping = detect_mapping(YENTE)
    assert mapping["name"] == ["full_name"]
    assert mapping["first_name"] == ["first_name"]
    assert mapping["middle_name"] == ["middle_name"]
    assert mapping["last_name"] == ["last_name"]
    assert mapping["birth_date"] == ["date_of_birth"]
    assert mapping["country"] == ["nationality"]
    assert mapping["gender"] == ["gender"]
    assert "place_of_birth" not in sum(mapping.values(), [])


def test_detects_headers_written_in_other_styles() -> None:
    headers = ["Customer ID", "Full Name", "DOB", "Nationality", "Country", "Type"]
    headers += ["Passport No", "Tax-ID", "IMO", "Notes"]
    mapping = detect_mapping(headers)
    assert mapping["name"] == ["Full Name"]
    assert mapping["birth_date"] == ["DOB"]
    assert mapping["country"] == ["Nationality", "Country"]
    assert mapping["schema"] == ["Type"]
    assert mapping["identifier"] == ["Passport No", "Tax-ID", "IMO"]
    assert "Customer ID" not in sum(mapping.values(), [])


def test_overrides_replace_and_switch_off_fields() -> None:
    headers = ["Kunde", "name", "Geburtsdatum", "country"]
    overrides = parse_overrides(["name=Kunde", "birth_date=Geburtsdatum", "country="])
    mapping = resolve_mapping(headers, overrides)
    assert mapping["name"] == ["Kunde"]
    assert mapping["birth_date"] == ["Geburtsdatum"]
    assert "country" not in mapping


def test_unknown_fields_and_columns_are_refused() -> None:
    with pytest.raises(ValueError, match="unknown field 'colour'"):
        parse_overrides(["colour=red"])
    with pytest.raises(ValueError, match="expected field=column"):
        parse_overrides(["name"])
    with pytest.raises(ValueError, match="'Kunde' .* not in the input"):
        resolve_mapping(["name"], {"name": ["Kunde"]})
    with pytest.raises(ValueError, match="no name column"):
        resolve_mapping(["id", "amount"])
