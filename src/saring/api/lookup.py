"""Entities as the API returns them: current properties, the datasets listing them, when they
were first seen, last seen and last changed, and (for one entity) the records around it."""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry
from sqlalchemy import select

from saring.store import Store
from saring.store.schema import entity_version
from saring.store.store import Snapshot

#: Most ids read from the store in one query.
CHUNK = 500
#: Most records nested under one entity (sanctions, addresses, identifiers, links).
MAX_ADJACENT = 200
#: Entities whose yente dicts each worker keeps for screening results.
CACHE_SIZE = 4096


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


@dataclass
class Found:
    """One entity merged over the datasets listing it, with its timestamps."""

    proxy: EntityProxy
    datasets: list[str]
    first_seen: datetime | None
    last_seen: datetime | None
    last_change: datetime | None

    def to_dict(self) -> dict[str, Any]:
        """The yente entity shape (``referents`` empty: saring does not merge entities)."""
        proxy = self.proxy
        return {
            "id": proxy.id,
            "caption": proxy.caption,
            "schema": proxy.schema.name,
            "properties": {p: list(v) for p, v in sorted(proxy.properties.items())},
            "datasets": self.datasets,
            "referents": [],
            "target": bool(proxy.schema.matchable),
            "first_seen": _iso(self.first_seen),
            "last_seen": _iso(self.last_seen),
            "last_change": _iso(self.last_change),
        }


@dataclass
class EntityLookup:
    """Reads entities from the store; keeps which records point at which entity."""

    store: Store
    snapshots: dict[int, Snapshot] = field(default_factory=dict)
    latest: dict[str, Snapshot] = field(default_factory=dict)
    adjacency: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    @classmethod
    def open(cls, store: Store) -> EntityLookup:
        """A lookup over the store's current state (read once)."""
        snaps = store.snapshots()
        latest = {s.dataset: s for s in snaps}
        lookup = cls(store, {s.id: s for s in snaps}, latest)
        lookup.adjacency = lookup._reverse_references()
        return lookup

    def _reverse_references(self) -> dict[str, list[tuple[str, str]]]:
        """For each entity id, the current non-matchable records that refer to it, with the
        name of the reverse property (``sanctions``, ``identification``, …)."""
        schemata = [
            s.name
            for s in model.schemata.values()
            if not s.matchable and any(p.type == registry.entity for p in s.properties.values())
        ]
        query = select(entity_version.c.entity_id, entity_version.c.schema, entity_version.c.data)
        query = query.where(
            entity_version.c.last_snapshot.is_(None), entity_version.c.schema.in_(schemata)
        )
        found: dict[str, list[tuple[str, str]]] = {}
        with self.store.engine.connect() as conn:
            for row in conn.execute(query):
                schema = model.get(row.schema)
                if schema is None:
                    continue
                properties = json.loads(row.data).get("properties", {})
                for name, values in properties.items():
                    prop = schema.properties.get(name)
                    if prop is None or prop.type != registry.entity or prop.reverse is None:
                        continue
                    for value in values:
                        found.setdefault(value, []).append((row.entity_id, prop.reverse.name))
        return found

    def fetch(self, ids: Iterable[str]) -> dict[str, Found]:
        """The current entities among ``ids`` (unknown or removed ids are left out)."""
        wanted = list(dict.fromkeys(ids))
        rows: dict[str, list[Any]] = {}
        columns = (
            entity_version.c.entity_id,
            entity_version.c.dataset,
            entity_version.c.data,
            entity_version.c.first_snapshot,
            entity_version.c.last_snapshot,
        )
        with self.store.engine.connect() as conn:
            for start in range(0, len(wanted), CHUNK):
                chunk = wanted[start : start + CHUNK]
                query = select(*columns).where(entity_version.c.entity_id.in_(chunk))
                for row in conn.execute(query):
                    rows.setdefault(row.entity_id, []).append(row)
        result: dict[str, Found] = {}
        for entity_id in wanted:
            found = self._merge(rows.get(entity_id, []))
            if found is not None:
                result[entity_id] = found
        return result

    def _merge(self, rows: list[Any]) -> Found | None:
        current = [r for r in rows if r.last_snapshot is None]
        if not current:
            return None
        proxy: EntityProxy | None = None
        for row in current:
            entity = model.get_proxy(json.loads(row.data))
            proxy = entity if proxy is None else proxy.merge(entity)
        assert proxy is not None
        datasets = sorted({r.dataset for r in current})
        proxy.context["datasets"] = datasets

        def when(snap_id: int | None) -> datetime | None:
            snap = self.snapshots.get(snap_id) if snap_id is not None else None
            return snap.imported_at if snap else None

        firsts = [t for t in (when(r.first_snapshot) for r in rows) if t]
        changes = [t for t in (when(r.first_snapshot) for r in current) if t]
        seen = [self.latest[d].imported_at for d in datasets if d in self.latest]
        return Found(
            proxy,
            datasets,
            min(firsts, default=None),
            max(seen, default=None),
            max(changes, default=None),
        )

    def nested(self, entity_id: str) -> dict[str, Any] | None:
        """The entity with the records it names and the records naming it nested in its
        properties, as yente does (sanctions under ``sanctions``, …); None if unknown."""
        found = self.fetch([entity_id]).get(entity_id)
        if found is None:
            return None
        data = found.to_dict()
        proxy = found.proxy
        outward = {
            value
            for prop, value in proxy.itervalues()
            if prop.type == registry.entity and value != entity_id
        }
        inward = self.adjacency.get(entity_id, [])[:MAX_ADJACENT]
        neighbours = self.fetch(list(outward) + [i for i, _ in inward])
        properties: dict[str, list[Any]] = data["properties"]
        for name, values in list(properties.items()):
            prop = proxy.schema.properties.get(name)
            if prop is not None and prop.type == registry.entity:
                properties[name] = [
                    neighbours[v].to_dict() if v in neighbours else v for v in values
                ]
        for other_id, reverse in inward:
            if other_id in neighbours:
                properties.setdefault(reverse, []).append(neighbours[other_id].to_dict())
        return data


class EntityCache:
    """The yente dicts of recently returned entities, least recently used dropped first.

    Keyed by entity id and the ids of the list snapshots it was screened in, so an entity is
    never answered from here for other snapshots. Like the index, it follows the lists
    loaded when the worker started. The dicts are shared: callers copy before changing them.
    """

    def __init__(self, lookup: EntityLookup, size: int = CACHE_SIZE) -> None:
        self.lookup = lookup
        self.size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[str, tuple[int, ...]], dict[str, Any]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, keys: Iterable[tuple[str, tuple[int, ...]]]) -> dict[str, dict[str, Any]]:
        """The current entities of ``keys`` (id, snapshots) by id; unknown ids left out."""
        result: dict[str, dict[str, Any]] = {}
        missing: dict[str, tuple[str, tuple[int, ...]]] = {}
        with self._lock:
            for key in keys:
                entry = self._entries.get(key)
                if entry is None:
                    missing[key[0]] = key
                else:
                    self._entries.move_to_end(key)
                    result[key[0]] = entry
        if not missing:
            return result
        fetched = {i: found.to_dict() for i, found in self.lookup.fetch(missing).items()}
        with self._lock:
            for entity_id, data in fetched.items():
                self._entries[missing[entity_id]] = data
                self._entries.move_to_end(missing[entity_id])
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        result.update(fetched)
        return result
