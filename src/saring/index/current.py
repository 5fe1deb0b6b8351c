"""The index of a store's current lists, saved beside the store and rebuilt on import.

The fingerprint of a store is the id of the latest snapshot of each dataset: importing a
list changes it, and the next `load_or_build` builds a fresh index.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import saring
from saring.index.names import NameIndex
from saring.index.persist import IndexFileError, read_fingerprint
from saring.index.record import Record
from saring.store.store import Store


def store_fingerprint(store: Store) -> str:
    """The ids of the latest snapshot of every dataset (and the saring version)."""
    snapshots = ",".join(f"{s.dataset}:{s.id}" for s in store.datasets())
    return f"saring {saring.__version__}; {snapshots}"


def load_or_build(
    store: Store, path: Path, progress: Callable[[int], None] | None = None
) -> NameIndex:
    """The saved index at ``path`` if it matches the store's snapshots, else one built from
    the store's matchable entities (and saved there)."""
    fingerprint = store_fingerprint(store)
    path = Path(path)
    try:
        if read_fingerprint(path) == fingerprint:
            return NameIndex.load(path)
    except IndexFileError:
        pass
    records = (Record.from_entity(e) for e in store.entities(matchable=True))
    index = NameIndex.build(records, progress, fingerprint=fingerprint)
    index.save(path)
    return index
