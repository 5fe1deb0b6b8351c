"""The versioned entity store: atomic snapshot imports, current state, history and diffs."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry
from sqlalchemy import Engine, create_engine, event, func, or_, select, update
from sqlalchemy.engine import Connection

from saring.sources.base import Format, SourceContext, SourceError
from saring.store.schema import download, entity_version, metadata, snapshot

BATCH = 2000


@dataclass
class Snapshot:
    """One import of one dataset."""

    id: int
    dataset: str
    format: str
    source: str
    sha256: str
    published: date | None
    imported_at: datetime
    entities: int
    names: int
    skipped: int
    added: int
    changed: int
    removed: int
    stats: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = asdict(self)
        data["published"] = self.published.isoformat() if self.published else None
        data["imported_at"] = self.imported_at.isoformat()
        return data


@dataclass
class ImportResult:
    """What an import did: the snapshot, and whether the file was already current."""

    snapshot: Snapshot
    unchanged: bool = False


@dataclass
class HistoryEvent:
    """One step in an entity's life: appeared, changed or removed, at a snapshot."""

    event: str
    dataset: str
    snapshot: Snapshot
    caption: str
    changes: dict[str, dict[str, list[str]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {
            "event": self.event,
            "dataset": self.dataset,
            "caption": self.caption,
            "snapshot": self.snapshot.to_dict(),
            "changes": self.changes,
        }


@dataclass
class Diff:
    """Entities added, removed and changed between two snapshots of a dataset."""

    dataset: str
    old: Snapshot | None
    new: Snapshot
    added: list[EntityProxy]
    removed: list[EntityProxy]
    changed: list[tuple[EntityProxy, EntityProxy]]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, with per-property changes for changed entities."""

        def brief(e: EntityProxy) -> dict[str, Any]:
            return {"id": e.id, "schema": e.schema.name, "caption": e.caption}

        return {
            "dataset": self.dataset,
            "from": self.old.to_dict() if self.old else None,
            "to": self.new.to_dict(),
            "added": [brief(e) for e in self.added],
            "removed": [brief(e) for e in self.removed],
            "changed": [
                {**brief(new), "changes": property_changes(old, new)} for old, new in self.changed
            ],
        }


def canonical(entity: EntityProxy) -> str:
    """The entity as canonical JSON: sorted properties and values."""
    data = entity.to_dict()
    data["properties"] = {k: sorted(v) for k, v in sorted(data["properties"].items())}
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def property_changes(old: EntityProxy, new: EntityProxy) -> dict[str, dict[str, list[str]]]:
    """Values added and removed per property between two versions of an entity."""
    changes: dict[str, dict[str, list[str]]] = {}
    props = set(old.properties) | set(new.properties)
    for prop in sorted(props):
        before, after = set(old.get(prop, quiet=True)), set(new.get(prop, quiet=True))
        if before != after:
            changes[prop] = {"added": sorted(after - before), "removed": sorted(before - after)}
    return changes


def file_digest(path: Path) -> str:
    """sha256 of a file, or of every file in a folder (names and contents, sorted)."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    for item in files:
        if path.is_dir():
            digest.update(item.relative_to(path).as_posix().encode() + b"\0")
        with item.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    return digest.hexdigest()


def name_count(entity: EntityProxy) -> int:
    """How many names a matchable entity carries (0 for records like Sanction)."""
    if not entity.schema.matchable:
        return 0
    return len(entity.get_type_values(registry.name))


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


class Store:
    """A SQLAlchemy-backed versioned store (SQLite or PostgreSQL)."""

    def __init__(self, url: str) -> None:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        self.url = url
        self.engine: Engine = create_engine(url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        metadata.create_all(self.engine)

    # -- imports -------------------------------------------------------------------------

    def import_file(
        self,
        fmt: Format,
        path: Path,
        dataset: str | None = None,
        progress: Callable[[int], None] | None = None,
        force: bool = False,
    ) -> ImportResult:
        """Import ``path`` as a new snapshot of ``dataset``, all or nothing.

        Raises ``SourceError`` (and changes nothing) for input the reader rejects.
        A file identical to the dataset's latest snapshot is not imported again
        unless ``force`` is set.
        """
        path = Path(path)
        if not path.exists():
            raise SourceError(path, "no such file or folder")
        dataset = dataset or fmt.dataset
        digest = file_digest(path)
        latest = self.latest(dataset)
        if latest is not None and latest.sha256 == digest and not force:
            return ImportResult(latest, unchanged=True)
        ctx = SourceContext(path=path, dataset=dataset)
        entities: dict[str, EntityProxy] = {}
        try:
            for entity in fmt.read(path, ctx):
                if not entity.id:
                    ctx.skip("entity without id")
                    continue
                if entity.id in entities:
                    entities[entity.id] = entities[entity.id].merge(entity)
                else:
                    entities[entity.id] = entity
                if progress is not None:
                    progress(1)
        except (UnicodeDecodeError, ValueError, KeyError, OSError) as exc:
            raise SourceError(path, f"cannot read as {fmt.name}: {exc}") from exc
        with self.engine.begin() as conn:
            snap = self._write_snapshot(conn, fmt, path, dataset, digest, ctx, entities)
        return ImportResult(snap)

    def _write_snapshot(
        self,
        conn: Connection,
        fmt: Format,
        path: Path,
        dataset: str,
        digest: str,
        ctx: SourceContext,
        entities: dict[str, EntityProxy],
    ) -> Snapshot:
        now = datetime.now(UTC)
        snap_id = conn.execute(
            snapshot.insert().values(
                dataset=dataset,
                format=fmt.name,
                source=path.name,
                sha256=digest,
                published=ctx.published,
                imported_at=now,
                entities=0,
                names=0,
                skipped=0,
                added=0,
                changed=0,
                removed=0,
                stats="{}",
            )
        ).inserted_primary_key[0]
        current = {
            row.entity_id: (row.id, row.checksum, row.data)
            for row in conn.execute(
                select(
                    entity_version.c.id,
                    entity_version.c.entity_id,
                    entity_version.c.checksum,
                    entity_version.c.data,
                ).where(
                    entity_version.c.dataset == dataset, entity_version.c.last_snapshot.is_(None)
                )
            )
        }
        if fmt.partial:
            for entity_id, (_, _, data) in current.items():
                if entity_id not in entities and entity_id not in ctx.deleted:
                    entities[entity_id] = model.get_proxy(json.loads(data))
        rows: list[dict[str, Any]] = []
        closing: list[int] = []
        added = changed = 0
        for entity_id, entity in entities.items():
            data = canonical(entity)
            checksum = hashlib.sha1(data.encode()).hexdigest()
            old = current.get(entity_id)
            if old is not None and old[1] == checksum:
                continue
            if old is None:
                added += 1
            else:
                changed += 1
                closing.append(old[0])
            rows.append(
                {
                    "dataset": dataset,
                    "entity_id": entity_id,
                    "schema": entity.schema.name,
                    "caption": entity.caption,
                    "checksum": checksum,
                    "data": data,
                    "first_snapshot": snap_id,
                }
            )
            if len(rows) >= BATCH:
                conn.execute(entity_version.insert(), rows)
                rows = []
        if rows:
            conn.execute(entity_version.insert(), rows)
        gone = [vid for eid, (vid, _, _) in current.items() if eid not in entities]
        closing.extend(gone)
        for start in range(0, len(closing), BATCH):
            conn.execute(
                update(entity_version)
                .where(entity_version.c.id.in_(closing[start : start + BATCH]))
                .values(last_snapshot=snap_id)
            )
        schemata = Counter(e.schema.name for e in entities.values())
        stats = {"schemata": dict(schemata.most_common()), "skipped": dict(ctx.skipped)}
        conn.execute(
            update(snapshot)
            .where(snapshot.c.id == snap_id)
            .values(
                entities=len(entities),
                names=sum(name_count(e) for e in entities.values()),
                skipped=sum(ctx.skipped.values()),
                added=added,
                changed=changed,
                removed=len(gone),
                stats=json.dumps(stats, sort_keys=True),
            )
        )
        return self._snapshot(conn, snap_id)

    # -- snapshots -----------------------------------------------------------------------

    @staticmethod
    def _row_snapshot(row: Any) -> Snapshot:
        data = dict(row._mapping)
        data["stats"] = json.loads(data["stats"])
        if data["imported_at"].tzinfo is None:
            data["imported_at"] = data["imported_at"].replace(tzinfo=UTC)
        return Snapshot(**data)

    def _snapshot(self, conn: Connection, snap_id: int) -> Snapshot:
        row = conn.execute(select(snapshot).where(snapshot.c.id == snap_id)).one()
        return self._row_snapshot(row)

    def snapshots(self, dataset: str | None = None) -> list[Snapshot]:
        """All snapshots, oldest first, optionally of one dataset."""
        query = select(snapshot).order_by(snapshot.c.id)
        if dataset is not None:
            query = query.where(snapshot.c.dataset == dataset)
        with self.engine.connect() as conn:
            return [self._row_snapshot(row) for row in conn.execute(query)]

    def latest(self, dataset: str) -> Snapshot | None:
        """The current snapshot of ``dataset``."""
        snaps = self.snapshots(dataset)
        return snaps[-1] if snaps else None

    def datasets(self) -> list[Snapshot]:
        """The current snapshot of every dataset, by name."""
        latest: dict[str, Snapshot] = {}
        for snap in self.snapshots():
            latest[snap.dataset] = snap
        return [latest[name] for name in sorted(latest)]

    def is_empty(self) -> bool:
        """Whether no list has been imported yet."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(snapshot)).scalar_one() == 0

    def resolve(
        self, dataset: str, ref: str | int | None, before: Snapshot | None = None
    ) -> Snapshot:
        """A snapshot of ``dataset`` by id, by date (newest published or imported on/before it),
        or, with no ref, the latest (or the one just before ``before``)."""
        snaps = self.snapshots(dataset)
        if not snaps:
            raise LookupError(f"dataset {dataset!r} has no snapshots")
        if ref is None or ref == "":
            if before is None:
                return snaps[-1]
            older = [s for s in snaps if s.id < before.id]
            if not older:
                raise LookupError(f"dataset {dataset!r} has no snapshot before #{before.id}")
            return older[-1]
        text = str(ref)
        if text.isdigit():
            for snap in snaps:
                if snap.id == int(text):
                    return snap
            raise LookupError(f"dataset {dataset!r} has no snapshot #{text}")
        try:
            day = date.fromisoformat(text)
        except ValueError as exc:
            raise LookupError(f"snapshot reference {text!r} is neither an id nor a date") from exc
        fitting = [s for s in snaps if (s.published or s.imported_at.date()) <= day]
        if not fitting:
            raise LookupError(f"dataset {dataset!r} has no snapshot on or before {day}")
        return max(fitting, key=lambda s: (s.published or s.imported_at.date(), s.id))

    # -- entities ------------------------------------------------------------------------

    @staticmethod
    def _proxy(dataset: str, data: str) -> EntityProxy:
        raw = json.loads(data)
        raw["datasets"] = [dataset]
        return model.get_proxy(raw)

    def entities(
        self, dataset: str | None = None, at: Snapshot | None = None, matchable: bool = False
    ) -> Iterator[EntityProxy]:
        """Entities current now (or at snapshot ``at`` of its dataset)."""
        query = select(entity_version.c.dataset, entity_version.c.data, entity_version.c.schema)
        if at is not None:
            dataset = at.dataset
            query = query.where(
                entity_version.c.first_snapshot <= at.id,
                or_(
                    entity_version.c.last_snapshot.is_(None), entity_version.c.last_snapshot > at.id
                ),
            )
        else:
            query = query.where(entity_version.c.last_snapshot.is_(None))
        if dataset is not None:
            query = query.where(entity_version.c.dataset == dataset)
        if matchable:
            names = [s.name for s in model.schemata.values() if s.matchable]
            query = query.where(entity_version.c.schema.in_(names))
        with self.engine.connect() as conn:
            for row in conn.execute(query.order_by(entity_version.c.id)):
                yield self._proxy(row.dataset, row.data)

    def get(self, entity_id: str) -> list[EntityProxy]:
        """The current versions of ``entity_id`` (one per dataset listing it)."""
        query = select(entity_version.c.dataset, entity_version.c.data).where(
            entity_version.c.entity_id == entity_id, entity_version.c.last_snapshot.is_(None)
        )
        with self.engine.connect() as conn:
            return [self._proxy(r.dataset, r.data) for r in conn.execute(query)]

    def listed(self, entity_id: str) -> tuple[dict[str, list[str]], list[str]]:
        """The properties and referents (merged source ids, sorted) of ``entity_id``'s first
        current version, as screening results show them; empty if it is not listed."""
        versions = self.get(entity_id)
        if not versions:
            return {}, []
        entity = versions[0]
        return entity.properties, sorted(entity.context.get("referents", []))

    def history(self, entity_id: str) -> list[HistoryEvent]:
        """When ``entity_id`` appeared, changed and left, in every dataset, oldest first."""
        query = (
            select(entity_version)
            .where(entity_version.c.entity_id == entity_id)
            .order_by(entity_version.c.dataset, entity_version.c.first_snapshot)
        )
        events: list[HistoryEvent] = []
        with self.engine.connect() as conn:
            rows = list(conn.execute(query))
            snaps = {s.id: s for s in self.snapshots()}
            previous: dict[str, Any] = {}
            for row in rows:
                proxy = self._proxy(row.dataset, row.data)
                prior = previous.get(row.dataset)
                if prior is not None and prior.last_snapshot == row.first_snapshot:
                    changes = property_changes(self._proxy(prior.dataset, prior.data), proxy)
                    kind = "changed"
                else:
                    if prior is not None and prior.last_snapshot is not None:
                        events.append(
                            HistoryEvent(
                                "removed", row.dataset, snaps[prior.last_snapshot], prior.caption
                            )
                        )
                    changes, kind = {}, "added"
                events.append(
                    HistoryEvent(kind, row.dataset, snaps[row.first_snapshot], row.caption, changes)
                )
                previous[row.dataset] = row
            for dataset, row in previous.items():
                if row.last_snapshot is not None:
                    events.append(
                        HistoryEvent("removed", dataset, snaps[row.last_snapshot], row.caption)
                    )
        events.sort(key=lambda e: e.snapshot.id)
        return events

    def diff(self, dataset: str, old: Snapshot | None, new: Snapshot) -> Diff:
        """Entities added, removed and changed from snapshot ``old`` to ``new``."""
        before = {e.id: e for e in self.entities(at=old)} if old is not None else {}
        after = {e.id: e for e in self.entities(at=new)}
        added = [after[i] for i in sorted(after.keys() - before.keys())]
        removed = [before[i] for i in sorted(before.keys() - after.keys())]
        changed = [
            (before[i], after[i])
            for i in sorted(after.keys() & before.keys())
            if canonical(before[i]) != canonical(after[i])
        ]
        return Diff(dataset, old, new, added, removed, changed)

    # -- downloads -----------------------------------------------------------------------

    def download_state(self, url: str) -> dict[str, str | None]:
        """The validators remembered for ``url`` (etag, last_modified, sha256)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(download).where(download.c.url == url)).first()
        if row is None:
            return {"etag": None, "last_modified": None, "sha256": None}
        return {"etag": row.etag, "last_modified": row.last_modified, "sha256": row.sha256}

    def save_download_state(self, url: str, **state: str | None) -> None:
        """Remember validators for ``url`` after a successful download and import."""
        with self.engine.begin() as conn:
            conn.execute(download.delete().where(download.c.url == url))
            conn.execute(download.insert().values(url=url, **state))
