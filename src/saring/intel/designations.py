"""Designation facts from every snapshot in the store.

A designation is one program of one `Sanction` entity during one run of consecutive
snapshots of its dataset that list it (a sanction without a program is one designation
under program None). Its date comes from the list when the list gives one (``listingDate``
or ``startDate``; for the UK, "Date Designated" first) and agrees with the snapshots; else
only the interval the snapshots allow: after the publication of the last snapshot without it
and by the first snapshot with it. A designation already in a dataset's first snapshot, or
following a snapshot with no publication date, has no lower bound. The import date is used
only as an upper bound ("listed by then"), never as a designation date. A designation absent
from a later snapshot was delisted between the two.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from saring.intel.authorities import authority_label
from saring.intel.dates import date_bounds, month_of, seen_by
from saring.intel.targets import Target, target_country
from saring.store import Snapshot, Store
from saring.store.schema import entity_version

Properties = dict[str, list[str]]

#: Sanction date properties in order of preference, per authority label.
DATE_PROPS: dict[str, tuple[str, ...]] = {"UK": ("startDate", "listingDate")}
DEFAULT_DATE_PROPS = ("listingDate", "startDate")


@dataclass(frozen=True, slots=True)
class Designation:
    """One program of one sanction, while consecutive snapshots list it."""

    dataset: str
    sanction_id: str
    entity_id: str | None
    schema: str | None
    caption: str
    authority: str
    authority_name: str | None
    program: str | None
    listed_from: date | None
    listed_to: date | None
    listed_on: str | None
    date_source: str
    first_snapshot: int
    last_snapshot: int
    delisted: bool
    delisted_from: date | None
    delisted_to: date | None
    country: str | None
    country_rule: str | None
    countries: tuple[str, ...] = ()

    @property
    def exact(self) -> bool:
        """Whether the list itself dates the designation to one day."""
        return self.listed_from is not None and self.listed_from == self.listed_to

    @property
    def month(self) -> str | None:
        """The designation's month, when its date bounds fall in one month."""
        return month_of(self.listed_from, self.listed_to)

    def within(self, since: date | None, until: date | None) -> bool | None:
        """True if the designation surely falls in [since, until], False if surely not,
        None if its date is too vague to tell."""
        lo, hi = self.listed_from, self.listed_to
        if (since is not None and hi is not None and hi < since) or (
            until is not None and lo is not None and lo > until
        ):
            return False
        inside_lo = since is None or (lo is not None and lo >= since)
        inside_hi = until is None or (hi is not None and hi <= until)
        return True if inside_lo and inside_hi else None

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = asdict(self)
        for key in ("listed_from", "listed_to", "delisted_from", "delisted_to"):
            data[key] = data[key].isoformat() if data[key] else None
        data["countries"] = list(self.countries)
        return data


@dataclass(slots=True)
class _Version:
    start: int  # index of its first snapshot in the dataset's sequence
    end: int  # index of the snapshot that replaced or dropped it (exclusive)
    props: Properties


class _Entities:
    """The latest version of every non-sanction entity, parsed on first use."""

    def __init__(self, store: Store) -> None:
        self._rows: dict[tuple[str, str], tuple[int, str]] = {}
        query = select(
            entity_version.c.dataset,
            entity_version.c.entity_id,
            entity_version.c.first_snapshot,
            entity_version.c.data,
        ).where(entity_version.c.schema != "Sanction")
        with store.engine.connect() as conn:
            for row in conn.execute(query):
                key = (row.dataset, row.entity_id)
                known = self._rows.get(key)
                if known is None or row.first_snapshot > known[0]:
                    self._rows[key] = (row.first_snapshot, row.data)
        self._parsed: dict[tuple[str, str], dict[str, Any] | None] = {}

    def get(self, dataset: str, entity_id: str | None) -> dict[str, Any] | None:
        """The entity's JSON form (``schema``, ``properties``), or None if unknown."""
        if entity_id is None:
            return None
        key = (dataset, entity_id)
        if key not in self._parsed:
            row = self._rows.get(key)
            self._parsed[key] = json.loads(row[1]) if row else None
        return self._parsed[key]

    def addresses(self, dataset: str, entity: dict[str, Any]) -> list[Properties]:
        """Properties of the Address entities an entity links to."""
        found = []
        for ref in entity["properties"].get("addressEntity", []):
            address = self.get(dataset, ref)
            if address is not None:
                found.append(address["properties"])
        return found


def _caption(entity: dict[str, Any] | None, fallback: str) -> str:
    if entity is None:
        return fallback
    props = entity["properties"]
    for prop in ("name", "alias", "lastName"):
        if props.get(prop):
            return sorted(props[prop])[0] if prop != "name" else props[prop][0]
    return fallback


def _runs(indices: set[int]) -> Iterator[tuple[int, int]]:
    """Maximal runs of consecutive integers as (start, end exclusive)."""
    ordered = sorted(indices)
    start = prev = ordered[0]
    for i in ordered[1:]:
        if i != prev + 1:
            yield start, prev + 1
            start = i
        prev = i
    yield start, prev + 1


def _list_date(
    props: Properties, authority: str, lo: date | None, hi: date
) -> tuple[date, date, str, str] | None:
    """The list's own date of a designation, if it fits between the snapshot bounds."""
    for prop in DATE_PROPS.get(authority, DEFAULT_DATE_PROPS):
        dated = [(b, v) for v in props.get(prop, []) if (b := date_bounds(v)) is not None]
        if not dated:
            continue
        (start, end), value = min(dated)
        if start <= hi and (lo is None or end >= lo):
            return start, end, value, prop
    return None


def designations(store: Store) -> list[Designation]:
    """Every designation in every snapshot of the store, oldest dataset first."""
    sequences: dict[str, list[Snapshot]] = defaultdict(list)
    for snap in store.snapshots():
        sequences[snap.dataset].append(snap)
    position = {s.id: i for seq in sequences.values() for i, s in enumerate(seq)}
    versions: dict[tuple[str, str], list[_Version]] = defaultdict(list)
    query = select(
        entity_version.c.dataset,
        entity_version.c.entity_id,
        entity_version.c.data,
        entity_version.c.first_snapshot,
        entity_version.c.last_snapshot,
    ).where(entity_version.c.schema == "Sanction")
    with store.engine.connect() as conn:
        for row in conn.execute(query):
            end = (
                position[row.last_snapshot]
                if row.last_snapshot is not None
                else len(sequences[row.dataset])
            )
            props = json.loads(row.data)["properties"]
            versions[(row.dataset, row.entity_id)].append(
                _Version(position[row.first_snapshot], end, props)
            )
    entities = _Entities(store)
    result: list[Designation] = []
    for (dataset, sanction_id), items in versions.items():
        result.extend(_designations(dataset, sanction_id, items, sequences[dataset], entities))
    result.sort(key=lambda d: (d.first_snapshot, d.dataset, d.sanction_id, d.program or ""))
    return result


def _designations(
    dataset: str,
    sanction_id: str,
    items: list[_Version],
    sequence: list[Snapshot],
    entities: _Entities,
) -> Iterator[Designation]:
    covered: dict[str | None, set[int]] = defaultdict(set)
    for version in items:
        for program in version.props.get("program") or [None]:
            covered[program].update(range(version.start, version.end))
    for program, indices in covered.items():
        for start, end in _runs(indices):
            latest = max(
                (v for v in items if v.start < end and v.end > start and _has(v, program)),
                key=lambda v: v.start,
            )
            yield _designation(
                dataset, sanction_id, program, start, end, latest, sequence, entities
            )


def _has(version: _Version, program: str | None) -> bool:
    programs = version.props.get("program") or [None]
    return program in programs


def _designation(
    dataset: str,
    sanction_id: str,
    program: str | None,
    start: int,
    end: int,
    version: _Version,
    sequence: list[Snapshot],
    entities: _Entities,
) -> Designation:
    props = version.props
    names = props.get("authority", [])
    authority = authority_label(names, props.get("country", []), dataset)
    lo = sequence[start - 1].published if start > 0 else None
    hi = seen_by(sequence[start])
    listed = _list_date(props, authority, lo, hi)
    if listed is not None:
        listed_from, listed_to, listed_on, source = listed
    else:
        listed_from, listed_to, listed_on, source = lo, hi, None, "snapshots"
    delisted = end < len(sequence)
    entity_id = (props.get("entity") or [None])[0]
    entity = entities.get(dataset, entity_id)
    target: Target = target_country(
        program,
        entity["properties"] if entity else None,
        lambda: entities.addresses(dataset, entity) if entity else [],
    )
    return Designation(
        dataset=dataset,
        sanction_id=sanction_id,
        entity_id=entity_id,
        schema=entity["schema"] if entity else None,
        caption=_caption(entity, entity_id or sanction_id),
        authority=authority,
        authority_name=sorted(names)[0] if names else None,
        program=program,
        listed_from=listed_from,
        listed_to=listed_to,
        listed_on=listed_on,
        date_source=source,
        first_snapshot=sequence[start].id,
        last_snapshot=sequence[end - 1].id,
        delisted=delisted,
        delisted_from=sequence[end - 1].published if delisted else None,
        delisted_to=seen_by(sequence[end]) if delisted else None,
        country=target.country,
        country_rule=target.rule,
        countries=target.countries,
    )
