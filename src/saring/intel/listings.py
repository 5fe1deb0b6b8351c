"""Which authorities list one entity, and since when, across lists.

Entities in other datasets are linked to the one asked about by one of three rules, named in
the result: the same entity id; an identical normalised name (transliterated tokens, in any
order) and the same birth date; or a shared identifier (letters and digits only, at least
four characters), on the entity or on an identity document it holds.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from followthemoney import model
from sqlalchemy import select

from saring.index.record import (
    IDENTIFIER_TYPES,
    MIN_IDENTIFIER_LENGTH,
    STRONG_NAME_PROPS,
    normalize_identifier,
)
from saring.intel.designations import Designation, designations
from saring.names import analyze
from saring.store import Store
from saring.store.schema import entity_version

DOCUMENT_SCHEMATA = ("Identification", "Passport")
SAME_ID = "same entity id"
SAME_NAME = "same normalised name and birth date"
SAME_IDENTIFIER = "shared identifier"


@dataclass(frozen=True, slots=True)
class Listing:
    """One designation of the entity, or of an entity linked to it, and the link's rule."""

    entity_id: str
    dataset: str
    caption: str
    link: str
    evidence: str
    designation: Designation

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        d = self.designation
        return {
            "entity_id": self.entity_id,
            "dataset": self.dataset,
            "caption": self.caption,
            "link": self.link,
            "evidence": self.evidence,
            "authority": d.authority,
            "authority_name": d.authority_name,
            "program": d.program,
            "listed_on": d.listed_on,
            "listed_from": d.listed_from.isoformat() if d.listed_from else None,
            "listed_to": d.listed_to.isoformat() if d.listed_to else None,
            "date_source": d.date_source,
            "delisted": d.delisted,
        }


@dataclass
class _Party:
    key: tuple[str, str]
    schema: str
    caption: str
    names: tuple[str, ...]
    birth_dates: set[str]
    identifiers: set[str]


def name_keys(names: tuple[str, ...], schema: str) -> set[str]:
    """Word-order-free normalised forms of names: sorted transliterated tokens."""
    keys = set()
    for name in names:
        tokens = sorted(t.latin for t in analyze(name, schema).tokens if t.latin)
        if tokens:
            keys.add(" ".join(tokens))
    return keys


def _party(dataset: str, data: dict[str, Any]) -> _Party:
    schema = model.get(data["schema"])
    props: dict[str, list[str]] = data.get("properties", {})
    identifiers = set()
    for name, values in props.items():
        prop = schema.get(name) if schema else None
        if prop is not None and prop.type in IDENTIFIER_TYPES:
            identifiers.update(normalize_identifier(v) for v in values)
    names = tuple(v for prop in STRONG_NAME_PROPS for v in props.get(prop, []))
    return _Party(
        (dataset, data["id"]),
        data["schema"],
        (props.get("name") or names or [data["id"]])[0],
        names,
        set(props.get("birthDate", [])),
        identifiers,
    )


def _current(store: Store) -> list[_Party]:
    """Every current listed party, with the numbers of the documents it holds."""
    matchable = [s.name for s in model.schemata.values() if s.matchable]
    documents: dict[tuple[str, str], set[str]] = defaultdict(set)
    parties: list[_Party] = []
    query = select(entity_version.c.dataset, entity_version.c.schema, entity_version.c.data).where(
        entity_version.c.last_snapshot.is_(None),
        entity_version.c.schema.in_([*matchable, *DOCUMENT_SCHEMATA]),
    )
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            data = json.loads(row.data)
            if row.schema not in DOCUMENT_SCHEMATA:
                parties.append(_party(row.dataset, data))
                continue
            for holder in data["properties"].get("holder", []):
                for number in data["properties"].get("number", []):
                    documents[(row.dataset, holder)].add(normalize_identifier(number))
    for party in parties:
        party.identifiers |= documents.get(party.key, set())
        party.identifiers = {i for i in party.identifiers if len(i) >= MIN_IDENTIFIER_LENGTH}
    return parties


def linked_entities(store: Store, entity_id: str) -> list[tuple[tuple[str, str], str, str, str]]:
    """(dataset, id), caption, rule and evidence of the entity and every entity linked to it."""
    parties = _current(store)
    own = [p for p in parties if p.key[1] == entity_id]
    if not own:
        return []
    birth = {d for p in own for d in p.birth_dates}
    idents = {i for p in own for i in p.identifiers}
    names = set().union(*(name_keys(p.names, p.schema) for p in own))
    found: dict[tuple[str, str], tuple[str, str, str]] = {}
    for party in own:
        found[party.key] = (party.caption, SAME_ID, entity_id)
    for party in parties:
        if party.key in found:
            continue
        shared = sorted(idents & party.identifiers)
        if shared:
            found[party.key] = (party.caption, SAME_IDENTIFIER, ", ".join(shared))
            continue
        dates = birth & party.birth_dates
        if not dates:
            continue
        same = names & name_keys(party.names, party.schema)
        if same:
            evidence = f"{sorted(same)[0]!r}, born {sorted(dates)[0]}"
            found[party.key] = (party.caption, SAME_NAME, evidence)
    return [(key, *value) for key, value in found.items()]


def listings(store: Store, entity_id: str, items: list[Designation] | None = None) -> list[Listing]:
    """Every designation of the entity and of entities linked to it, earliest first."""
    linked = linked_entities(store, entity_id)
    if not linked:
        return []
    by_key = {key: (caption, rule, evidence) for key, caption, rule, evidence in linked}
    items = designations(store) if items is None else items
    result = []
    for item in items:
        key = (item.dataset, item.entity_id or "")
        if key in by_key:
            caption, rule, evidence = by_key[key]
            result.append(Listing(key[1], key[0], caption, rule, evidence, item))
    result.sort(key=_earliest)
    return result


def _earliest(listing: Listing) -> tuple[date, str]:
    d = listing.designation
    return d.listed_from or d.listed_to or date.max, listing.dataset
