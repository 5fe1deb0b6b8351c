"""`screen_file`: a customer file screened into a results file, resumable, on either engine."""

from __future__ import annotations

import csv
import io
import itertools
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from saring.batch.checkpoint import Checkpoint, checkpoint_path, identity_mismatch, run_identity
from saring.batch.columns import Mapping, resolve_mapping
from saring.batch.local import LocalEngine
from saring.batch.matcher import Outcome
from saring.batch.pipeline import Engine, process
from saring.batch.readers import InputRow, count_rows, open_input, to_rows
from saring.batch.summary import Summary
from saring.batch.writers import OutputWriter, flat_columns, flat_row, output_format, part_path
from saring.index import NameIndex
from saring.match import DEFAULT_THRESHOLD
from saring.store import Store

#: A checkpoint is written after this many rows, or this many seconds, whichever first.
CHECKPOINT_ROWS = 10_000
CHECKPOINT_SECONDS = 30.0

Progress = Callable[[int, int | None], None]


class ResumeError(ValueError):
    """An interrupted run that cannot be resumed with these settings."""


class Details:
    """Adds each matched entity's properties and referents from the store, as
    ``saring screen --json`` does, reading each entity once."""

    def __init__(self, store: Store | None, size: int = 50_000) -> None:
        self.store = store
        self.size = size
        self.cache: OrderedDict[str, tuple[dict[str, Any], list[str]]] = OrderedDict()

    def _entity(self, entity_id: str) -> tuple[dict[str, Any], list[str]]:
        found = self.cache.get(entity_id)
        if found is None:
            found = self.store.listed(entity_id) if self.store is not None else ({}, [])
            self.cache[entity_id] = found
            if len(self.cache) > self.size:
                self.cache.popitem(last=False)
        return found

    def __call__(self, results: tuple[dict[str, Any], ...]) -> list[dict[str, Any]]:
        out = []
        for result in results:
            properties, referents = self._entity(result["id"])
            out.append({**result, "properties": properties, "referents": referents})
        return out


def make_engine(
    engine: str,
    index: NameIndex,
    threshold: float,
    limit: int,
    workers: int | None = None,
    master: str | None = None,
    index_path: Path | None = None,
) -> Engine:
    """The ``local`` or ``spark`` engine."""
    if engine == "local":
        return LocalEngine(index, threshold, limit, workers)
    if engine == "spark":
        from saring.batch.spark import SparkEngine

        return SparkEngine(index, threshold, limit, master or "local[*]", index_path)
    raise ValueError(f"unknown engine {engine!r}; use local or spark")


def screen_file(
    input_path: Path,
    output_path: Path,
    index: NameIndex,
    store: Store | None,
    *,
    engine: str = "local",
    workers: int | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 10,
    mapping: Mapping | None = None,
    resume: bool = False,
    progress: Progress | None = None,
    schema: str | None = None,
    master: str | None = None,
    index_path: Path | None = None,
    checkpoint_every: int = CHECKPOINT_ROWS,
    on_error: Callable[[int, str], None] | None = None,
) -> Summary:
    """Screen every row of ``input_path`` (CSV, JSON lines, Parquet) into ``output_path``.

    JSON lines output holds ``{"row", "input", "results"}`` per readable row, results in
    the ``saring screen --json`` shape (matches only); CSV and Parquet hold each row with
    its best match. Unreadable rows are skipped and listed in the summary (and passed to
    ``on_error``). With ``resume``, an interrupted run of the same input and settings goes
    on from its last checkpoint. ``progress(done, total)`` is called as rows complete.
    """
    input_path, output_path = Path(input_path), Path(output_path)
    kind = output_format(output_path)
    headers, raw = open_input(input_path)
    resolved = resolve_mapping(headers, mapping)
    settings = {"threshold": threshold, "limit": limit, "mapping": resolved, "schema": schema}
    identity = run_identity(input_path, {**settings, "output": kind})
    identity["fingerprint"] = index.fingerprint
    marker = checkpoint_path(output_path)
    saved = Checkpoint.load(marker) if resume and part_path(output_path).exists() else None
    if saved is not None:
        why = identity_mismatch(saved.identity, identity)
        if why:
            raise ResumeError(f"cannot resume: {why}; run again without --resume")
    total = count_rows(input_path) if progress else None
    details = Details(store if kind == "jsonl" else None)
    runner = make_engine(engine, index, threshold, limit, workers, master, index_path)
    if saved is not None:
        summary = Summary.from_state(saved.summary)
        summary.resumed_at = saved.rows_done
        raw = itertools.islice(raw, saved.rows_done, None)
        writer = OutputWriter(output_path, headers, resume_at=saved.part_bytes)
    else:
        marker.unlink(missing_ok=True)
        summary = Summary()
        writer = OutputWriter(output_path, headers)
    runner.chunk_size = max(1, min(runner.chunk_size, checkpoint_every))
    summary.engine, summary.workers = runner.name, runner.workers
    began, base = time.perf_counter(), summary.seconds
    last = {"rows": summary.rows, "time": began}

    def emit(row: InputRow, outcome: Outcome | None) -> None:
        if outcome is None:
            summary.skip(row.number, row.error or "unreadable")
            if on_error is not None:
                on_error(row.number, row.error or "unreadable")
        else:
            summary.add(outcome)
            results = details(outcome.results) if kind == "jsonl" else list(outcome.results)
            if outcome.note:
                summary.unread()
            writer.write(row.number, row.data, results, [outcome.note] if outcome.note else ())
        now = time.perf_counter()
        if summary.rows - last["rows"] >= checkpoint_every or now - last["time"] > (
            CHECKPOINT_SECONDS
        ):
            summary.seconds = base + now - began
            Checkpoint(identity, row.number, writer.sync(), summary.to_state()).save(marker)
            last.update(rows=summary.rows, time=now)
        if progress is not None:
            progress(summary.rows, total)

    try:
        process(to_rows(raw, resolved, schema), runner, summary, emit)
        writer.finish()
        marker.unlink(missing_ok=True)
    finally:
        writer.close()
        runner.close()
    summary.seconds = base + time.perf_counter() - began
    return summary


def screen_csv_bytes(
    data: bytes,
    index: NameIndex,
    store: Store | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    limit: int = 10,
) -> bytes:
    """Screen an in-memory CSV file; the CSV output (each readable row with its best match)
    as bytes. Runs in this process."""
    headers, raw = open_input(data, "csv")
    mapping = resolve_mapping(headers)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(flat_columns(headers))
    summary = Summary()

    def emit(row: InputRow, outcome: Outcome | None) -> None:
        if outcome is not None:
            writer.writerow(flat_row(row.number, row.data, headers, outcome.results))

    process(to_rows(raw, mapping), LocalEngine(index, threshold, limit, 1), summary, emit)
    return buffer.getvalue().encode("utf-8")
