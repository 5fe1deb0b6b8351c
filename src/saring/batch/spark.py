"""The Spark engine: the same matcher on pyspark executors, the index broadcast once.

The saved index file's bytes are broadcast; each executor's Python process loads them
into a `NameIndex` the first time one of its tasks runs and keeps it in a module global
for every later task. Works on ``local[*]`` and against a cluster master, provided the
executors run a Python with saring installed (``PYSPARK_PYTHON``; this process's own
interpreter by default).
"""

from __future__ import annotations

import functools
import hashlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from saring.batch.matcher import Outcome, screen_one
from saring.index import NameIndex, Record

#: The index loaded by this executor process: (broadcast key, index).
_EXECUTOR_INDEX: tuple[str, NameIndex] | None = None


def executor_index(payload: Any) -> NameIndex:
    """The broadcast index, loaded once per executor process."""
    global _EXECUTOR_INDEX
    key, data = payload.value
    if _EXECUTOR_INDEX is None or _EXECUTOR_INDEX[0] != key:
        with tempfile.NamedTemporaryFile(suffix=".idx") as fh:
            fh.write(data)
            fh.flush()
            _EXECUTOR_INDEX = (key, NameIndex.load(Path(fh.name)))
    return _EXECUTOR_INDEX[1]


def screen_partition(
    payload: Any, threshold: float, limit: int, queries: Iterator[Record]
) -> Iterator[Outcome]:
    """Screen one partition's queries on an executor."""
    index = executor_index(payload)
    for query in queries:
        yield screen_one(index, query, threshold, limit)


def _index_bytes(index: NameIndex, path: Path | None) -> bytes:
    """The saved file of ``index``: ``path`` if it holds this index, else saved anew."""
    if path is not None and Path(path).exists():
        from saring.index.persist import IndexFileError, read_fingerprint

        try:
            if read_fingerprint(Path(path)) == index.fingerprint:
                return Path(path).read_bytes()
        except IndexFileError:
            pass
    with tempfile.TemporaryDirectory() as folder:
        saved = Path(folder) / "names.idx"
        index.save(saved)
        return saved.read_bytes()


class _Job:
    def __init__(self, engine: SparkEngine, queries: list[Record]) -> None:
        self.engine, self.queries = engine, queries

    def get(self) -> list[Outcome]:
        return self.engine.run(self.queries)


class SparkEngine:
    """Screens chunks of queries as Spark jobs; results come back to the driver in order."""

    name = "spark"

    def __init__(
        self,
        index: NameIndex,
        threshold: float,
        limit: int,
        master: str = "local[*]",
        index_path: Path | None = None,
    ) -> None:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        from pyspark.sql import SparkSession

        self.spark = (
            SparkSession.builder.master(master)
            .appName("saring screen-file")
            .config("spark.ui.enabled", "false")
            .config("spark.python.worker.reuse", "true")
            .getOrCreate()
        )
        self.context = self.spark.sparkContext
        self.context.setLogLevel("ERROR")
        data = _index_bytes(index, index_path)
        key = f"{index.fingerprint}:{hashlib.sha256(data).hexdigest()[:16]}"
        self.payload = self.context.broadcast((key, data))
        self.threshold, self.limit = threshold, limit
        self.workers = self.context.defaultParallelism
        self.chunk_size = 2048 * self.workers
        self.window = 1

    def submit(self, queries: list[Record]) -> _Job:
        """A job screening ``queries``; it runs when its ``get()`` is called."""
        return _Job(self, queries)

    def run(self, queries: list[Record]) -> list[Outcome]:
        """Screen ``queries`` across the executors, in order."""
        slices = max(1, min(len(queries) // 64, self.workers * 4))
        task = functools.partial(screen_partition, self.payload, self.threshold, self.limit)
        return self.context.parallelize(queries, slices).mapPartitions(task).collect()

    def close(self) -> None:
        """Release the broadcast and stop the Spark session."""
        self.payload.unpersist()
        self.spark.stop()
