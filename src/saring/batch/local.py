"""The local engine: every core, as processes forked after the index is loaded.

The index is put in a module global before the pool forks, so each worker reads the
parent's copy (copy-on-write) instead of receiving or loading its own.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from typing import Any

from saring.batch.matcher import Outcome, screen_many
from saring.index import NameIndex, Record

#: What forked workers inherit: index, threshold and limit.
_SHARED: dict[str, Any] = {}


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the parent, which stops them and keeps the checkpoint."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _screen_chunk(queries: list[Record]) -> list[Outcome]:
    return screen_many(_SHARED["index"], queries, _SHARED["threshold"], _SHARED["limit"])


class _Done:
    """An already computed result with the `AsyncResult.get` interface."""

    def __init__(self, value: list[Outcome]) -> None:
        self.value = value

    def get(self) -> list[Outcome]:
        return self.value


class LocalEngine:
    """Screens chunks of queries on ``workers`` processes (in this process for one)."""

    name = "local"

    def __init__(self, index: NameIndex, threshold: float, limit: int, workers: int | None):
        self.workers = max(1, workers or os.cpu_count() or 1)
        self.chunk_size = 64
        self.window = self.workers * 3
        self.index, self.threshold, self.limit = index, threshold, limit
        self.pool: Any = None
        if self.workers > 1:
            _SHARED.update(index=index, threshold=threshold, limit=limit)
            # What the workers inherit is kept out of garbage collection: collections would
            # otherwise walk it and, by touching it, copy the shared pages into each worker.
            gc.collect()
            gc.freeze()
            self.pool = multiprocessing.get_context("fork").Pool(self.workers, _ignore_interrupts)

    def submit(self, queries: list[Record]) -> Any:
        """Start screening ``queries``; the returned handle's ``get()`` gives the outcomes."""
        if self.pool is None:
            return _Done(screen_many(self.index, queries, self.threshold, self.limit))
        return self.pool.apply_async(_screen_chunk, (queries,))

    def close(self) -> None:
        """Stop the workers."""
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None
            _SHARED.clear()
            gc.unfreeze()
