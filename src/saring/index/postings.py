"""A compact inverted file: 64-bit key hashes → sorted runs of int32 values, in numpy.

The keys are one sorted ``uint64`` array; the values of key number ``k`` (its position in
that array) are ``values[offsets[k]:offsets[k + 1]]``, sorted and distinct. A million
entities' names filed under tens of millions of keys take a few hundred megabytes and load
in a moment. `PostingsBuilder` collects ``(hash, value)`` pairs in compact chunks split by
the hash's top bits, so sorting them at the end needs little more memory than the pairs.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from itertools import repeat
from typing import Any

import numpy as np

#: Pairs collected before they are moved into numpy chunks.
CHUNK_PAIRS = 1 << 22
#: Pairs are sorted in 2**BUCKET_BITS groups by the top bits of their hash.
BUCKET_BITS = 4
_SHIFT = np.uint64(64 - BUCKET_BITS)


class Postings:
    """Sorted key hashes with, for each, a sorted array of distinct int32 values."""

    __slots__ = ("hashes", "offsets", "values")

    def __init__(self, hashes: np.ndarray, offsets: np.ndarray, values: np.ndarray) -> None:
        self.hashes = hashes
        self.offsets = offsets
        self.values = values

    @classmethod
    def from_pairs(cls, hashes: np.ndarray, values: np.ndarray) -> Postings:
        """From parallel arrays of key hashes and values (repeats allowed)."""
        builder = PostingsBuilder()
        builder.add_arrays(hashes, values)
        return builder.finish()

    @classmethod
    def empty(cls) -> Postings:
        """Postings with no key."""
        return cls(np.zeros(0, np.uint64), np.zeros(1, np.int64), np.zeros(0, np.int32))

    def __len__(self) -> int:
        return len(self.hashes)

    def find(self, hashes: np.ndarray) -> np.ndarray:
        """The key number of each hash, -1 where absent."""
        if not len(self.hashes) or not len(hashes):
            return np.full(len(hashes), -1, dtype=np.int64)
        found = np.searchsorted(self.hashes, hashes)
        found[found >= len(self.hashes)] = 0
        return np.where(self.hashes[found] == hashes, found, -1)

    def sizes(self, keys: np.ndarray) -> np.ndarray:
        """How many values each key number holds."""
        return self.offsets[keys + 1] - self.offsets[keys]

    def get(self, key: int) -> np.ndarray:
        """The values of key number ``key``."""
        return self.values[self.offsets[key] : self.offsets[key + 1]]

    @property
    def nbytes(self) -> int:
        """Memory held by the arrays."""
        return self.hashes.nbytes + self.offsets.nbytes + self.values.nbytes

    def to_state(self) -> dict[str, Any]:
        """The arrays, for persistence."""
        return {"hashes": self.hashes, "offsets": self.offsets, "values": self.values}

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Postings:
        """The inverse of `to_state`."""
        return cls(state["hashes"], state["offsets"], state["values"])


class PostingsBuilder:
    """Collects ``(key hash, value)`` pairs; `finish` sorts them into `Postings`."""

    def __init__(self) -> None:
        self._hashes = array("Q")
        self._values = array("i")
        self._buckets: list[list[tuple[np.ndarray, np.ndarray]]] = [
            [] for _ in range(1 << BUCKET_BITS)
        ]

    def add(self, hashes: Iterable[int], value: int) -> None:
        """File ``value`` under every hash in ``hashes``."""
        before = len(self._hashes)
        self._hashes.extend(hashes)
        self._values.extend(repeat(value, len(self._hashes) - before))
        if len(self._hashes) >= CHUNK_PAIRS:
            self._flush()

    def add_arrays(self, hashes: np.ndarray, values: np.ndarray) -> None:
        """File ``values[i]`` under ``hashes[i]`` for every i."""
        self._flush()
        self._split(np.asarray(hashes, dtype=np.uint64), np.asarray(values, dtype=np.int32))

    def _flush(self) -> None:
        if not len(self._hashes):
            return
        hashes = np.frombuffer(self._hashes, dtype=np.uint64).copy()
        values = np.frombuffer(self._values, dtype=np.int32).copy()
        self._hashes, self._values = array("Q"), array("i")
        self._split(hashes, values)

    def _split(self, hashes: np.ndarray, values: np.ndarray) -> None:
        buckets = (hashes >> _SHIFT).astype(np.intp)
        order = np.argsort(buckets, kind="stable")
        ends = np.cumsum(np.bincount(buckets, minlength=len(self._buckets)))
        hashes, values = hashes[order], values[order]
        start = 0
        for bucket, end in enumerate(ends.tolist()):
            if end > start:
                self._buckets[bucket].append((hashes[start:end], values[start:end]))
            start = end

    def finish(self) -> Postings:
        """The sorted postings of every pair added (the builder is emptied)."""
        self._flush()
        all_hashes, all_counts, all_values = [], [], []
        for bucket, chunks in enumerate(self._buckets):
            if not chunks:
                continue
            hashes = np.concatenate([h for h, _ in chunks])
            values = np.concatenate([v for _, v in chunks])
            self._buckets[bucket] = []
            order = np.lexsort((values, hashes))
            hashes, values = hashes[order], values[order]
            del order
            fresh = np.ones(len(hashes), dtype=np.bool_)
            fresh[1:] = (hashes[1:] != hashes[:-1]) | (values[1:] != values[:-1])
            hashes, values = hashes[fresh], values[fresh]
            starts = np.flatnonzero(np.r_[True, hashes[1:] != hashes[:-1]])
            all_hashes.append(hashes[starts])
            all_counts.append(np.diff(np.r_[starts, len(hashes)]))
            all_values.append(values)
        if not all_hashes:
            return Postings.empty()
        counts = np.concatenate(all_counts)
        offsets = np.zeros(len(counts) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        return Postings(np.concatenate(all_hashes), offsets, np.concatenate(all_values))
