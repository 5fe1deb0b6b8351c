"""Which input column feeds which query field: detected from common headers, overridable.

A mapping is ``{field: [column, ...]}``. Fields are ``name``, ``alias``, ``first_name``,
``middle_name``, ``last_name``, ``birth_date``, ``country``, ``schema``, ``gender`` and
``identifier`` (identifier columns say by their header which FtM property they fill:
``passport`` → ``passportNumber``, ``imo`` → ``imoNumber``…).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

Mapping = dict[str, list[str]]

#: Normalised headers recognised for each field, most specific first.
FIELD_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "name",
        "full_name",
        "fullname",
        "customer_name",
        "client_name",
        "entity_name",
        "company_name",
        "legal_name",
        "vessel_name",
    ),
    "alias": ("alias", "aliases", "aka", "other_names"),
    "first_name": ("first_name", "firstname", "given_name", "given_names", "forename"),
    "middle_name": ("middle_name", "middlename", "middle_names", "second_name"),
    "last_name": ("last_name", "lastname", "surname", "family_name"),
    "birth_date": ("date_of_birth", "dob", "birth_date", "birthdate", "date_birth"),
    "country": (
        "nationality",
        "country",
        "citizenship",
        "country_code",
        "jurisdiction",
        "country_of_residence",
    ),
    "schema": ("schema", "type", "entity_type"),
    "gender": ("gender", "sex"),
}

#: Identifier headers and the FtM property each one fills.
IDENTIFIER_HEADERS: dict[str, str] = {
    "passport": "passportNumber",
    "passport_number": "passportNumber",
    "passport_no": "passportNumber",
    "id_number": "idNumber",
    "id_no": "idNumber",
    "national_id": "idNumber",
    "national_id_number": "idNumber",
    "identifier": "idNumber",
    "tax_id": "taxNumber",
    "tax_number": "taxNumber",
    "tin": "taxNumber",
    "vat": "vatCode",
    "vat_number": "vatCode",
    "imo": "imoNumber",
    "imo_number": "imoNumber",
    "mmsi": "mmsi",
    "registration_number": "registrationNumber",
    "company_number": "registrationNumber",
    "lei": "leiCode",
    "swift": "swiftBic",
    "bic": "swiftBic",
    "inn": "innCode",
    "ogrn": "ogrnCode",
    "duns": "dunsCode",
}

FIELDS = (*FIELD_HEADERS, "identifier")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def normalize_header(header: str) -> str:
    """``"Date of Birth"`` → ``"date_of_birth"``."""
    return _NOT_ALNUM.sub("_", header.casefold()).strip("_")


def identifier_property(column: str) -> str:
    """The FtM property an identifier column fills (``idNumber`` when the header is unknown)."""
    return IDENTIFIER_HEADERS.get(normalize_header(column), "idNumber")


def detect_mapping(headers: Sequence[str]) -> Mapping:
    """The fields found among ``headers``: each field takes its best-named column, except
    ``country`` and ``identifier``, which take every matching column."""
    by_key: dict[str, str] = {}
    for header in headers:
        by_key.setdefault(normalize_header(header), header)
    mapping: Mapping = {}
    for field, names in FIELD_HEADERS.items():
        found = [by_key[n] for n in names if n in by_key]
        if found:
            mapping[field] = found if field == "country" else found[:1]
    identifiers = [h for h in headers if normalize_header(h) in IDENTIFIER_HEADERS]
    if identifiers:
        mapping["identifier"] = identifiers
    return mapping


def parse_overrides(pairs: Iterable[str]) -> Mapping:
    """``["name=Customer", "identifier=Passport No"]`` as a mapping; ``field=`` (empty)
    switches a detected field off. Raises ValueError for an unknown field."""
    overrides: Mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        field = normalize_header(field)
        if not sep:
            raise ValueError(f"--map {pair!r}: expected field=column")
        if field not in FIELDS:
            raise ValueError(f"--map {pair!r}: unknown field {field!r}; known: {', '.join(FIELDS)}")
        columns = overrides.setdefault(field, [])
        if column.strip():
            columns.append(column.strip())
    return overrides


def resolve_mapping(headers: Sequence[str], overrides: Mapping | None = None) -> Mapping:
    """Detected mapping with ``overrides`` applied; raises ValueError for a missing column
    or when no name column is mapped."""
    mapping = detect_mapping(headers)
    for field, columns in (overrides or {}).items():
        missing = [c for c in columns if c not in headers]
        if missing:
            raise ValueError(
                f"column {missing[0]!r} (for {field}) is not in the input; columns: "
                + ", ".join(headers)
            )
        if columns:
            mapping[field] = list(columns)
        else:
            mapping.pop(field, None)
    if not any(f in mapping for f in ("name", "first_name", "last_name")):
        raise ValueError(
            "no name column found (looked for name, full_name, first_name, last_name…); "
            "map one with --map name=COLUMN. Columns: " + ", ".join(headers)
        )
    return mapping
