"""Stage 2: the versioned store of list snapshots and entity versions."""

from saring.store.store import Diff, HistoryEvent, ImportResult, Snapshot, Store

__all__ = ["Diff", "HistoryEvent", "ImportResult", "Snapshot", "Store"]
