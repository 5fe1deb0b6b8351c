"""The facts of one entity that screening compares, kept compact for the index.

A `Record` holds what the scorer needs of a listed entity or a query: its names, birth
dates, countries, identifiers and gender. The index keeps records instead of full FtM
entities, so a million-entity list fits in memory; the full entity is read from the store
only for the results shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry
from rigour.territories import get_territories

from saring.names.alternatives import name_alternatives
from saring.names.normalize import mark_part_final_he
from saring.names.quoted import quoted_names

#: Name properties that are strong evidence of identity.
STRONG_NAME_PROPS = ("name", "alias", "previousName")
#: Name properties listed as low quality (OFAC's weak a.k.a.): matched, but weighed less.
WEAK_NAME_PROPS = ("weakAlias", "abbreviation")
#: Properties whose values are identifiers compared exactly after normalisation.
IDENTIFIER_TYPES = (registry.identifier, registry.checksum)
_NOT_ALNUM = re.compile(r"[^0-9A-Z]+")
_NOT_WORD = re.compile(r"[^\w\s]+")
#: Country names kept in the fast table: plain letters and spaces, read alike everywhere.
_PLAIN_LABEL = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")
#: Identifiers shorter than this (after normalisation) are too likely to collide.
MIN_IDENTIFIER_LENGTH = 4


def normalize_identifier(value: str) -> str:
    """Upper-case letters and digits only: ``"A-123 456"`` → ``"A123456"``."""
    return _NOT_ALNUM.sub("", value.upper())


def _country_key(value: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", value.casefold()).split())


def _territory_names() -> list[tuple[str, list[str], list[str]]]:
    """Each territory's code with its strong and weak names, as rigour lists them."""
    names = [(t.code, [t.code, t.alpha3 or "", t.name, t.full_name], []) for t in get_territories()]
    try:  # the other names rigour knows, where this rigour version exposes them
        from rigour._core import territories_jsonl
        from rigour.data import iter_jsonl_text

        for data in iter_jsonl_text(territories_jsonl()):
            strong, weak = data.get("names_strong", []), data.get("names_weak", [])
            names.append((data["code"], strong, weak))
    except (ImportError, KeyError, TypeError):
        pass
    return names


@cache
def _country_names() -> dict[str, str]:
    """Country codes by case-folded ASCII code or name, unambiguous ones only (strong names
    before weak ones).

    FollowTheMoney's own cleaning reads country names through a table that takes seconds
    to build on first use in a process; queries naming countries plainly need not wait."""
    codes = {t.code: t.ftm_country for t in get_territories() if t.ftm_country}
    found: list[dict[str, set[str]]] = [{}, {}]
    for code, strong, weak in _territory_names():
        country = codes.get(code)
        for strength, labels in enumerate((strong, weak)):
            for label in labels:
                if country and _PLAIN_LABEL.fullmatch(label):
                    found[strength].setdefault(_country_key(label), set()).add(country)
    table = {key: c.pop() for key, c in found[1].items() if len(c) == 1 and key not in found[0]}
    table.update((key, c.pop()) for key, c in found[0].items() if len(c) == 1)
    return table


def clean_country(value: str) -> str | None:
    """A country value as FollowTheMoney cleans it: the fast table first, then its own."""
    found = _country_names().get(_country_key(value))
    return found if found is not None else registry.country.clean(value)


def _full_names(entity: EntityProxy) -> list[str]:
    """Names built from parts when an entity has parts but no full name."""
    first = entity.get("firstName", quiet=True)
    last = entity.get("lastName", quiet=True)
    middle = entity.get("middleName", quiet=True)
    if not last:
        return []
    middles = " ".join(middle[:1])
    return [" ".join(p for p in (f, middles, ln) if p) for f in first or [""] for ln in last]


@dataclass(frozen=True, slots=True)
class Record:
    """What screening compares of one entity (or one query)."""

    id: str
    schema: str
    caption: str
    names: tuple[str, ...]
    weak_names: tuple[str, ...] = ()
    birth_dates: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    genders: tuple[str, ...] = ()
    datasets: tuple[str, ...] = ()

    @classmethod
    def from_entity(cls, entity: EntityProxy, datasets: tuple[str, ...] = ()) -> Record:
        """The record of an FtM entity (names, dates, countries, identifiers, gender)."""
        strong: list[str] = []
        for prop in STRONG_NAME_PROPS:
            strong.extend(entity.get(prop, quiet=True))
        if not strong:
            strong.extend(_full_names(entity))
        person = entity.schema.is_a("Person")
        strong.extend(alt for name in list(strong) for alt in name_alternatives(name, person))
        if not person:
            strong.extend(quoted for name in list(strong) for quoted in quoted_names(name))
        weak: list[str] = []
        for prop in WEAK_NAME_PROPS:
            weak.extend(entity.get(prop, quiet=True))
        identifiers = {
            normalize_identifier(value)
            for prop, value in entity.itervalues()
            if prop.type in IDENTIFIER_TYPES
        }
        return cls(
            id=entity.id or "",
            schema=entity.schema.name,
            caption=entity.caption,
            names=tuple(dict.fromkeys(strong)),
            weak_names=tuple(n for n in dict.fromkeys(weak) if n not in strong),
            birth_dates=tuple(sorted(set(entity.get("birthDate", quiet=True)))),
            countries=tuple(sorted(set(entity.get_type_values(registry.country)))),
            identifiers=tuple(sorted(i for i in identifiers if len(i) >= MIN_IDENTIFIER_LENGTH)),
            genders=tuple(sorted(set(entity.get("gender", quiet=True)))),
            datasets=datasets or tuple(sorted(entity.context.get("datasets", []))),
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """The record of an FtM entity given as a dict (``{"schema", "properties"}``)."""
        if not isinstance(data, dict):
            raise ValueError('an entity must be an object: {"schema", "properties"}')
        schema = model.get(data.get("schema") or "LegalEntity")
        if schema is None:
            raise ValueError(f"unknown schema {data.get('schema')!r}")
        entity = model.make_entity(schema)
        entity.id = data.get("id") or None
        properties = data.get("properties") or {}
        if not isinstance(properties, dict):
            raise ValueError("'properties' must be an object of lists")
        for prop, values in properties.items():
            if prop not in schema.properties:
                continue
            country = schema.properties[prop].type == registry.country
            for value in values if isinstance(values, list) else [values]:
                if not isinstance(value, str | int | float):
                    continue
                if country:
                    code = clean_country(str(value))
                    if code is not None:
                        entity.add(prop, code, quiet=True, cleaned=True)
                else:
                    text = str(value)
                    if schema.properties[prop].type == registry.name:
                        text = mark_part_final_he(text)
                    entity.add(prop, text, quiet=True, cleaned=False)
        return cls.from_entity(entity)

    @property
    def all_names(self) -> tuple[str, ...]:
        """Strong names first, then weak ones."""
        return self.names + self.weak_names
