"""Delta re-screening: after a list update, re-score only the rows the change can affect.

A row is affected when its previous results name an entity that was added, changed or
removed since the snapshot, or when its query shares index keys with an added or changed
entity (looked up in a small index of just those entities). Affected rows are screened
again against the current index; the rest keep their previous results.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from saring.batch.columns import Mapping, resolve_mapping
from saring.batch.matcher import Outcome
from saring.batch.pipeline import process
from saring.batch.query import build_query
from saring.batch.readers import JSONL_SAMPLE, InputRow
from saring.batch.run import Details, make_engine
from saring.batch.summary import Summary
from saring.index import NameIndex, Record
from saring.match import DEFAULT_THRESHOLD
from saring.store import Snapshot, Store


@dataclass
class Changes:
    """What changed in the lists since a snapshot."""

    added: set[str] = field(default_factory=set)
    changed: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)
    records: list[Record] = field(default_factory=list)
    datasets: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ids(self) -> set[str]:
        """Every entity added, changed or removed."""
        return self.added | self.changed | self.removed


def snapshot_as_of(store: Store, dataset: str, since: str) -> Snapshot | None:
    """The snapshot of ``dataset`` current at ``since`` (a snapshot id: the newest of the
    dataset with an id up to it; a date: the newest published or imported by then)."""
    if since.isdigit():
        older = [s for s in store.snapshots(dataset) if s.id <= int(since)]
        return older[-1] if older else None
    try:
        return store.resolve(dataset, since)
    except LookupError:
        return None


def changes_since(store: Store, since: str) -> Changes:
    """Matchable entities added, changed and removed in every dataset since ``since``
    (a snapshot id or a YYYY-MM-DD date); raises ValueError for an unknown reference."""
    if since.isdigit():
        if not any(s.id == int(since) for s in store.snapshots()):
            raise ValueError(f"no snapshot #{since} (see saring snapshots)")
    else:
        try:
            date.fromisoformat(since)
        except ValueError as exc:
            raise ValueError(f"--since {since!r} is neither a snapshot id nor a date") from exc
    changes = Changes()
    for current in store.datasets():
        old = snapshot_as_of(store, current.dataset, since)
        if old is not None and old.id == current.id:
            continue
        diff = store.diff(current.dataset, old, current)
        added = [e for e in diff.added if e.schema.matchable]
        removed = [e for e in diff.removed if e.schema.matchable]
        changed = [new for _old, new in diff.changed if new.schema.matchable]
        changes.added.update(e.id for e in added if e.id)
        changes.removed.update(e.id for e in removed if e.id)
        changes.changed.update(e.id for e in changed if e.id)
        changes.records.extend(Record.from_entity(e) for e in added + changed)
        changes.datasets.append(
            {
                "dataset": current.dataset,
                "from": old.id if old else None,
                "to": current.id,
                "added": len(added),
                "changed": len(changed),
                "removed": len(removed),
            }
        )
    return changes


@dataclass
class RescreenReport:
    """Which rows were screened again and which hits appeared or cleared."""

    since: str
    datasets: list[dict[str, Any]]
    rows: int = 0
    rescreened: int = 0
    new_hits: list[dict[str, Any]] = field(default_factory=list)
    cleared_hits: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by ``--json``."""
        return {
            "since": self.since,
            "datasets": self.datasets,
            "rows": self.rows,
            "rescreened": self.rescreened,
            "new_hits": self.new_hits,
            "cleared_hits": self.cleared_hits,
            "seconds": round(self.seconds, 3),
        }


def _previous(path: Path) -> Iterator[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path}, line {number}: not valid JSON ({exc})") from exc
            if not isinstance(data, dict) or not {"row", "input", "results"} <= data.keys():
                raise ValueError(
                    f"{path}, line {number}: not a screen-file result line "
                    '({"row", "input", "results"}); rescreen needs JSON lines results'
                )
            yield data


def _headers(path: Path) -> list[str]:
    headers: dict[str, None] = {}
    for seen, line in enumerate(_previous(path)):
        if seen >= JSONL_SAMPLE:
            break
        headers.update(dict.fromkeys(line["input"]))
    return list(headers)


def _affected(path: Path, changes: Changes, mapping: Mapping, schema: str | None) -> list[InputRow]:
    """The previous rows a change can affect, as rows to screen again."""
    small = NameIndex.build(changes.records) if changes.records else None
    shares: dict[Record, bool] = {}
    rows = []
    for line in _previous(path):
        try:
            query = build_query(line["input"], mapping, schema)
        except ValueError:
            continue
        hit_changed = any(r["id"] in changes.ids for r in line["results"])
        if not hit_changed and small is not None:
            if query not in shares:
                shares[query] = bool(small.candidates(query, limit=1))
            hit_changed = shares[query]
        if hit_changed:
            rows.append(InputRow(line["row"], line["input"], query=query))
    return rows


def _removal_reason(entity_id: str, changes: Changes) -> str:
    if entity_id in changes.removed:
        return "removed from the lists"
    if entity_id in changes.changed:
        return "listing changed, no longer matches"
    return "no longer matches"


def rescreen(
    previous_path: Path,
    output_path: Path | None,
    index: NameIndex,
    store: Store,
    since: str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 10,
    mapping: Mapping | None = None,
    schema: str | None = None,
    workers: int | None = None,
) -> RescreenReport:
    """Re-screen the rows of a JSON lines results file that the list changes since
    ``since`` can affect; write the updated results to ``output_path`` (if given, atomically)
    and report new and cleared hits."""
    began = time.perf_counter()
    changes = changes_since(store, str(since))
    report = RescreenReport(str(since), changes.datasets)
    resolved = resolve_mapping(_headers(previous_path), mapping)
    affected = _affected(previous_path, changes, resolved, schema)
    outcomes: dict[int, Outcome] = {}
    if affected:
        engine = make_engine("local", index, threshold, limit, workers)
        try:
            process(affected, engine, Summary(), lambda r, o: outcomes.__setitem__(r.number, o))
        finally:
            engine.close()
    report.rescreened = len(outcomes)
    details = Details(store)
    temporary = None
    fh = None
    if output_path is not None:
        output_path = Path(output_path)
        temporary = output_path.with_name(f".{output_path.name}.{os.getpid()}.tmp")
        fh = temporary.open("w", encoding="utf-8")
    try:
        for line in _previous(previous_path):
            report.rows += 1
            outcome = outcomes.get(line["row"])
            if outcome is not None:
                before = {r["id"]: r for r in line["results"]}
                after = {r["id"]: r for r in outcome.results}
                for entity_id in after.keys() - before.keys():
                    hit = after[entity_id]
                    report.new_hits.append(
                        {"row": line["row"], "id": entity_id, "caption": hit["caption"]}
                        | {"score": hit["score"], "datasets": hit["datasets"]}
                    )
                for entity_id in before.keys() - after.keys():
                    caption = before[entity_id]["caption"]
                    report.cleared_hits.append(
                        {"row": line["row"], "id": entity_id, "caption": caption}
                        | {"reason": _removal_reason(entity_id, changes)}
                    )
                line = {**line, "results": details(outcome.results)}
            if fh is not None:
                fh.write(json.dumps(line, ensure_ascii=False, default=str) + "\n")
        if fh is not None and temporary is not None and output_path is not None:
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
            os.replace(temporary, output_path)
    finally:
        if fh is not None:
            fh.close()
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    report.seconds = time.perf_counter() - began
    return report
