"""One input row as a screening query: the mapped columns become a `Record`."""

from __future__ import annotations

from typing import Any

from followthemoney import model
from followthemoney.types import registry

from saring.batch.columns import Mapping, identifier_property
from saring.index import Record
from saring.names.normalize import clean_text

#: Words used in customer files for FtM schemata (lower case).
SCHEMA_WORDS = {
    "person": "Person",
    "individual": "Person",
    "natural_person": "Person",
    "natural person": "Person",
    "company": "Company",
    "business": "Company",
    "corporate": "Company",
    "corporation": "Company",
    "organization": "Organization",
    "organisation": "Organization",
    "vessel": "Vessel",
    "ship": "Vessel",
    "aircraft": "Airplane",
    "airplane": "Airplane",
    "entity": "LegalEntity",
    "legal_entity": "LegalEntity",
    "legalentity": "LegalEntity",
}


def values(row: dict[str, Any], columns: list[str]) -> list[str]:
    """The non-empty text values of ``columns`` in ``row`` (lists give each item)."""
    found: list[str] = []
    for column in columns:
        value = row.get(column)
        for item in value if isinstance(value, list) else [value]:
            if item is None:
                continue
            text = str(item).strip()
            if text:
                found.append(text)
    return found


def _schema(row: dict[str, Any], mapping: Mapping, default: str | None, personal: bool) -> str:
    given = values(row, mapping.get("schema", []))
    if given:
        word = given[0]
        schema = SCHEMA_WORDS.get(word.casefold()) or getattr(model.get(word), "name", None)
        if schema is None:
            raise ValueError(f"unknown entity type {word!r} (use Person, Company, Vessel…)")
        return schema
    if default:
        return default
    return "Person" if personal else "LegalEntity"


def _identifier_prop(schema: str, wanted: str) -> str | None:
    """``wanted`` if ``schema`` has it, else the schema's general identifier property."""
    properties = model.get(schema).properties  # type: ignore[union-attr]
    for name in (wanted, "idNumber", "registrationNumber"):
        prop = properties.get(name)
        if prop is not None and prop.type in (registry.identifier, registry.checksum):
            return name
    return None


def build_query(row: dict[str, Any], mapping: Mapping, schema: str | None = None) -> Record:
    """The query record of an input row; raises ValueError when the row has no usable name
    or an unknown entity type. ``schema`` forces a schema for rows without a type column;
    otherwise a row with a birth date, gender or name parts is a Person."""
    names = [clean_text(n).strip() for n in values(row, mapping.get("name", []))]
    parts = [
        " ".join(values(row, mapping.get(f, [])))
        for f in ("first_name", "middle_name", "last_name")
    ]
    composed = clean_text(" ".join(p for p in parts if p)).strip()
    names = [n for n in names if n] or ([composed] if composed else [])
    if not names:
        raise ValueError("no name")
    birth_dates = values(row, mapping.get("birth_date", []))
    genders = values(row, mapping.get("gender", []))
    personal = bool(birth_dates or genders or composed)
    schema = _schema(row, mapping, schema, personal)
    properties: dict[str, list[str]] = {"name": names}
    aliases = [clean_text(v).strip() for v in values(row, mapping.get("alias", []))]
    aliases = [a for a in aliases if a]
    if aliases:
        properties["alias"] = aliases
    if birth_dates:
        properties["birthDate"] = birth_dates
    countries = values(row, mapping.get("country", []))
    if countries:
        properties["country"] = countries
    if genders:
        properties["gender"] = [g.casefold() for g in genders]
    for column in mapping.get("identifier", []):
        prop = _identifier_prop(schema, identifier_property(column))
        if prop is not None:
            properties.setdefault(prop, []).extend(values(row, [column]))
    return Record.from_dict({"schema": schema, "properties": properties})
