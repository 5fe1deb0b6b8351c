"""Rows through an engine and back out in input order, each distinct query screened once.

Engines (`LocalEngine`, `SparkEngine`) take chunks of queries (``submit(queries)`` → a
handle whose ``get()`` gives the outcomes) and say how big a chunk is (``chunk_size``) and
how many may be in flight (``window``). Rows whose query was already seen in this run
reuse its outcome.
"""

from __future__ import annotations

from collections import OrderedDict, deque
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from saring.batch.matcher import Outcome
from saring.batch.readers import InputRow
from saring.batch.summary import Summary
from saring.index import Record

#: Distinct queries remembered for reuse.
CACHE_SIZE = 200_000
#: Rows waiting for earlier rows' outcomes before the oldest chunk is awaited.
MAX_PENDING = 100_000


class Engine(Protocol):
    """What the pipeline needs of an engine."""

    name: str
    workers: int
    chunk_size: int
    window: int

    def submit(self, queries: list[Record]) -> Any: ...

    def close(self) -> None: ...


class _Slot:
    """The outcome of one distinct query, filled in when its chunk completes."""

    __slots__ = ("outcome",)

    def __init__(self) -> None:
        self.outcome: Outcome | None = None


Emit = Callable[[InputRow, Outcome | None], None]


def process(rows: Iterable[InputRow], engine: Engine, summary: Summary, emit: Emit) -> None:
    """Screen ``rows`` on ``engine`` and call ``emit(row, outcome)`` for each in input order
    (outcome None for a row without a query)."""
    cache: OrderedDict[Record, _Slot] = OrderedDict()
    pending: deque[tuple[InputRow, _Slot | None]] = deque()
    inflight: deque[tuple[Any, list[_Slot]]] = deque()
    queries: list[Record] = []
    slots: list[_Slot] = []

    def flush() -> None:
        while pending:
            row, slot = pending[0]
            if slot is not None and slot.outcome is None:
                return
            pending.popleft()
            emit(row, slot.outcome if slot is not None else None)

    def complete_oldest() -> None:
        handle, waiting = inflight.popleft()
        for slot, outcome in zip(waiting, handle.get(), strict=True):
            slot.outcome = outcome
        flush()

    def submit() -> None:
        inflight.append((engine.submit(list(queries)), list(slots)))
        summary.unique_queries += len(queries)
        queries.clear()
        slots.clear()

    for row in rows:
        slot = None
        if row.query is not None:
            slot = cache.get(row.query)
            if slot is None:
                slot = cache[row.query] = _Slot()
                if len(cache) > CACHE_SIZE:
                    cache.popitem(last=False)
                queries.append(row.query)
                slots.append(slot)
                if len(queries) >= engine.chunk_size:
                    submit()
            else:
                cache.move_to_end(row.query)
        pending.append((row, slot))
        while inflight and (len(inflight) > engine.window or len(pending) > MAX_PENDING):
            complete_oldest()
        flush()
    if queries:
        submit()
    while inflight:
        complete_oldest()
    flush()
