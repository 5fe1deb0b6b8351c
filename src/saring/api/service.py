"""What the routers call: the store, the index and the logs opened once per process, and the
screening, searching and entity reads built on them. Knows nothing about HTTP."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from followthemoney import model
from followthemoney.types import registry

from saring.api.audit import AuditLog
from saring.api.config import ApiConfig
from saring.api.explain import explanations
from saring.api.keys import KeyRing
from saring.api.lookup import EntityCache, EntityLookup
from saring.api.ratelimit import TokenBuckets
from saring.api.reviews import ReviewBook
from saring.index import NameIndex, Record, load_or_build
from saring.match import Hit, screen
from saring.sources.catalog import CATALOG
from saring.store import Store

#: The dataset name meaning "every loaded list".
DEFAULT_DATASET = "default"
#: Candidates screened per requested result when results are filtered afterwards.
FILTER_FACTOR = 4
#: Most candidates screened for one query.
MAX_CANDIDATES = 500
#: Most candidates scored for one search.
SEARCH_CANDIDATES = 100


class UnknownDataset(LookupError):
    """A dataset name that is neither ``default`` nor a loaded list."""


@dataclass
class Filters:
    """Which listed entities a request wants."""

    datasets: frozenset[str]
    exclude_ids: frozenset[str] = frozenset()
    exclude_schemata: frozenset[str] = frozenset()
    schema: str | None = None
    countries: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()

    def keeps_record(self, record: Record) -> bool:
        """Whether a hit passes the filters the index record can answer."""
        if record.id in self.exclude_ids or record.schema in self.exclude_schemata:
            return False
        if self.datasets.isdisjoint(record.datasets):
            return False
        if self.schema is not None:
            wanted = model.get(self.schema)
            listed = model.get(record.schema)
            if wanted is None or listed is None or not listed.is_a(wanted):
                return False
        return not self.countries or not self.countries.isdisjoint(record.countries)

    def keeps_entity(self, entity: dict[str, Any]) -> bool:
        """Whether an entity passes the filters that need its properties."""
        topics = entity["properties"].get("topics", [])
        return not self.topics or not self.topics.isdisjoint(topics)


class Service:
    """The screening service of one worker process."""

    def __init__(self, config: ApiConfig, store: Store, index: NameIndex) -> None:
        self.config = config
        self.store = store
        self.index = index
        self.lookup = EntityLookup.open(store)
        self.entities = EntityCache(self.lookup)
        self.loaded = {name: snap for name, snap in sorted(self.lookup.latest.items())}
        self.snapshot_ids = {name: snap.id for name, snap in self.loaded.items()}
        self.priority = list(CATALOG) + [d for d in self.loaded if d not in CATALOG]
        self.audit = AuditLog(config.audit_path, self.snapshot_ids)
        self.reviews = ReviewBook(config.reviews_path)
        self.keys = KeyRing(config.keys_path)
        self.buckets = TokenBuckets(config.ratelimit_path)
        #: Held while the engine runs (its caches are per process, not thread-safe); re-entrant
        #: so a route holding it can call `screen`.
        self.screening = threading.RLock()
        self._cache: dict[str, Any] = {}
        self._cache_lock = threading.Lock()

    @classmethod
    def open(cls, config: ApiConfig) -> Service:
        """Open the configured store and its saved index (built if missing or stale)."""
        store = Store(config.database_url)
        index = load_or_build(store, config.index_path)
        return cls(config, store, index)

    def cached(self, name: str, make: Callable[[], Any]) -> Any:
        """A value computed once per process from the lists loaded at startup."""
        with self._cache_lock:
            if name not in self._cache:
                self._cache[name] = make()
            return self._cache[name]

    # -- datasets ----------------------------------------------------------------------------

    def datasets_for(self, name: str, include: Iterable[str] = (), exclude: Iterable[str] = ()):
        """The loaded datasets a path name (``default`` or a list) and filters select."""
        if name == DEFAULT_DATASET:
            chosen = set(self.loaded)
        elif name in self.loaded:
            chosen = {name}
        else:
            raise UnknownDataset(name)
        chosen |= {d for d in include if d in self.loaded}
        return frozenset(chosen - set(exclude))

    def catalog(self) -> dict[str, Any]:
        """The yente ``/catalog`` body: the loaded lists and the ``default`` collection."""
        datasets = []
        for name, snap in self.loaded.items():
            source = CATALOG.get(name)
            datasets.append(
                {
                    "name": name,
                    "title": source.title if source else name,
                    "version": str(snap.id),
                    "index_version": str(snap.id),
                    "index_current": True,
                    "load": True,
                    "entity_count": snap.entities,
                    "updated_at": snap.imported_at.isoformat(timespec="seconds"),
                    "last_export": snap.imported_at.isoformat(timespec="seconds"),
                    "published": snap.published.isoformat() if snap.published else None,
                    "children": [],
                    "tags": ["list.sanction"],
                }
            )
        datasets.append(
            {
                "name": DEFAULT_DATASET,
                "title": "Every loaded list",
                "load": True,
                "index_current": True,
                "children": list(self.loaded),
                "entity_count": sum(s.entities for s in self.loaded.values()),
                "tags": [],
            }
        )
        return {
            "datasets": datasets,
            "current": [*self.loaded, DEFAULT_DATASET],
            "outdated": [],
            "index_stale": False,
        }

    # -- screening ---------------------------------------------------------------------------

    def screen(
        self, query: Record, filters: Filters, limit: int, threshold: float, cutoff: float = 0.0
    ) -> list[tuple[Hit, dict[str, Any]]]:
        """The best ``limit`` hits passing ``filters``, each with its entity, best first.

        The index keeps to the filter's datasets itself; other filters are applied to a
        larger set of candidates."""
        datasets = None if filters.datasets == frozenset(self.loaded) else filters.datasets
        exact = not (
            filters.exclude_ids
            or filters.exclude_schemata
            or filters.schema
            or filters.countries
            or filters.topics
        )
        wanted = min(limit if exact else limit * FILTER_FACTOR, MAX_CANDIDATES)
        with self.screening:
            hits = screen(self.index, query, wanted, threshold, self.priority, datasets)
        hits = [h for h in hits if h.score >= cutoff and filters.keeps_record(h.record)]
        found = self.entities.get((h.record.id, self._snapshots_of(h.record)) for h in hits)
        results = []
        for hit in hits:
            data = found.get(hit.record.id)
            if data is None:
                continue
            if filters.keeps_entity(data):
                results.append((hit, data))
            if len(results) == limit:
                break
        return results

    def _snapshots_of(self, record: Record) -> tuple[int, ...]:
        """The snapshot ids of the lists holding ``record`` (what its entity was read from)."""
        return tuple(self.snapshot_ids.get(d, 0) for d in record.datasets)

    def scored(self, hit: Hit, entity: dict[str, Any], query_name: str | None) -> dict[str, Any]:
        """A hit as yente's scored entity, with saring's reasons and the latest review."""
        reasons = explanations(hit.explanations)
        return {
            **entity,
            "score": hit.score,
            "match": bool(hit.match),
            "features": {name: f["score"] for name, f in reasons.items()},
            "explanations": reasons,
            "reasons": list(hit.explanations),
            "review": self.reviews.latest(hit.record.id, query_name),
        }

    def facets(self, entities: list[dict[str, Any]], names: Iterable[str]) -> dict[str, Any]:
        """Counts of countries, topics, datasets and schemata over ``entities``."""
        facets: dict[str, Any] = {}
        for name in names:
            counts: Counter[str] = Counter()
            for entity in entities:
                if name == "countries":
                    values = _countries(entity)
                elif name == "topics":
                    values = set(entity["properties"].get("topics", []))
                elif name == "datasets":
                    values = set(entity["datasets"])
                elif name == "schema":
                    values = {entity["schema"]}
                else:
                    continue
                counts.update(values)
            if name in FACET_LABELS:
                facets[name] = {
                    "label": FACET_LABELS[name],
                    "values": [
                        {"name": value, "label": self._facet_label(name, value), "count": count}
                        for value, count in sorted(counts.items(), key=lambda i: (-i[1], i[0]))
                    ],
                }
        return facets

    def _facet_label(self, facet: str, value: str) -> str:
        if facet == "countries":
            return registry.country.caption(value) or value
        if facet == "topics":
            return registry.topic.caption(value) or value
        if facet == "datasets":
            source = CATALOG.get(value)
            return source.title if source else value
        schema = model.get(value)
        return schema.plural if schema is not None else value


FACET_LABELS = {"countries": "Countries", "topics": "Topics", "datasets": "Data sources"}
FACET_LABELS["schema"] = "Entity types"


def _countries(entity: dict[str, Any]) -> set[str]:
    schema = model.get(entity["schema"])
    if schema is None:
        return set()
    found = set()
    for name, values in entity["properties"].items():
        prop = schema.properties.get(name)
        if prop is not None and prop.type == registry.country:
            found.update(v for v in values if isinstance(v, str))
    return found
