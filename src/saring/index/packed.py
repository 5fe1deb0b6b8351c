"""Records kept as one block of bytes: a million entities in a couple of hundred megabytes.

Each record is serialised with `marshal` (a tuple of its fields) into one shared buffer;
``offsets`` mark where each starts. A `Record` is rebuilt on access, in microseconds. Ids
are found through a sorted array of their hashes.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable
from dataclasses import fields
from hashlib import blake2b
from operator import attrgetter
from typing import Any

import numpy as np

from saring.index.record import Record

#: `marshal` format version used for the records (stable across supported Pythons).
MARSHAL_VERSION = 4
#: Records kept rebuilt before that memo is cleared: screening meets the same candidates
#: (entities with common names) again and again.
MAX_REBUILT = 20_000
_FIELDS = attrgetter(*(f.name for f in fields(Record)))


def id_hash(entity_id: str) -> int:
    """The 64-bit hash records are found by."""
    data = entity_id.encode("utf-8", "surrogatepass")
    return int.from_bytes(blake2b(data, digest_size=8).digest(), "little")


class PackedRecords:
    """An append-only, then read-only, sequence of records."""

    __slots__ = (
        *("_blob", "_chunks", "_id_hashes", "_id_order", "_ids", "_offsets", "_rebuilt"),
        "_sizes",
    )

    def __init__(self) -> None:
        self._rebuilt: dict[int, Record] = {}
        self._chunks: list[bytes] = []
        self._sizes: list[int] = []
        self._ids: list[int] = []
        self._blob = b""
        self._offsets = np.zeros(1, dtype=np.int64)
        self._id_hashes = np.zeros(0, dtype=np.uint64)
        self._id_order = np.zeros(0, dtype=np.int32)

    @classmethod
    def from_records(cls, records: Iterable[Record]) -> PackedRecords:
        """Pack records in order."""
        packed = cls()
        for record in records:
            packed.append(record)
        packed.freeze()
        return packed

    def append(self, record: Record) -> int:
        """Add a record; returns its position."""
        data = marshal.dumps(_FIELDS(record), MARSHAL_VERSION)
        self._chunks.append(data)
        self._sizes.append(len(data))
        self._ids.append(id_hash(record.id))
        return len(self) + len(self._sizes) - 1

    def freeze(self) -> None:
        """Join the appended records into one buffer and index their ids."""
        if not self._chunks:
            return
        first = len(self)
        self._blob = self._blob + b"".join(self._chunks)
        ends = self._offsets[-1] + np.cumsum(np.asarray(self._sizes, dtype=np.int64))
        self._offsets = np.concatenate([self._offsets, ends])
        hashes = np.concatenate([self._id_hashes, np.asarray(self._ids, dtype=np.uint64)])
        new = np.arange(first, len(self), dtype=np.int32)
        order = np.concatenate([self._id_order, new])
        sort = np.argsort(hashes, kind="stable")
        self._id_hashes, self._id_order = hashes[sort], order[sort]
        self._chunks, self._sizes, self._ids = [], [], []

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, position: int) -> Record:
        found = self._rebuilt.get(position)
        if found is not None:
            return found
        found = self._rebuild(position)
        if len(self._rebuilt) >= MAX_REBUILT:
            self._rebuilt.clear()
        self._rebuilt[position] = found
        return found

    def _rebuild(self, position: int) -> Record:
        if not 0 <= position < len(self):
            raise IndexError(position)
        start, end = self._offsets[position : position + 2].tolist()
        return Record(*marshal.loads(memoryview(self._blob)[start:end]))

    def __iter__(self):
        for position in range(len(self)):
            yield self._rebuild(position)

    def position(self, entity_id: str) -> int | None:
        """The position of the record with this id, if any."""
        target = np.uint64(id_hash(entity_id))
        at = int(np.searchsorted(self._id_hashes, target))
        while at < len(self._id_hashes) and self._id_hashes[at] == target:
            position = int(self._id_order[at])
            if self[position].id == entity_id:
                return position
            at += 1
        return None

    @property
    def nbytes(self) -> int:
        """Memory held by the buffer and arrays."""
        arrays = self._offsets.nbytes + self._id_hashes.nbytes + self._id_order.nbytes
        return len(self._blob) + arrays

    def to_state(self) -> dict[str, Any]:
        """The buffer and arrays, for persistence."""
        return {
            "blob": self._blob,
            "offsets": self._offsets,
            "id_hashes": self._id_hashes,
            "id_order": self._id_order,
        }

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> PackedRecords:
        """The inverse of `to_state`."""
        packed = cls()
        packed._blob = state["blob"]
        packed._offsets = state["offsets"]
        packed._id_hashes = state["id_hashes"]
        packed._id_order = state["id_order"]
        return packed
