"""The numpy inverted file and the packed records."""

from __future__ import annotations

import numpy as np
import pytest

from saring.index import postings
from saring.index.packed import PackedRecords
from saring.index.postings import Postings, PostingsBuilder
from saring.index.record import Record


def test_postings_sorted_distinct_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(postings, "CHUNK_PAIRS", 4)
    builder = PostingsBuilder()
    big = 2**64 - 5
    builder.add([7, big, 3], 30)
    builder.add([7, 7], 10)
    builder.add([big], 20)
    builder.add([3, 7], 10)
    built = builder.finish()
    assert built.hashes.tolist() == [3, 7, big]
    keys = built.find(np.array([7, 3, 99, big], dtype=np.uint64)).tolist()
    assert keys[2] == -1
    assert built.get(keys[0]).tolist() == [10, 30]
    assert built.get(keys[1]).tolist() == [10, 30]
    assert built.get(keys[3]).tolist() == [20, 30]
    assert built.sizes(np.array(keys[:2])).tolist() == [2, 2]


def test_postings_from_pairs_and_empty() -> None:
    pairs = Postings.from_pairs(np.array([5, 5, 1], dtype=np.uint64), np.array([2, 1, 9]))
    assert pairs.get(int(pairs.find(np.array([5], dtype=np.uint64))[0])).tolist() == [1, 2]
    empty = Postings.empty()
    assert len(empty) == 0
    assert empty.find(np.array([1], dtype=np.uint64)).tolist() == [-1]
    assert len(PostingsBuilder().finish()) == 0


def test_packed_records_round_trip(listed_records: list[Record]) -> None:
    sample = listed_records[:300]
    packed = PackedRecords.from_records(sample)
    assert len(packed) == len(sample)
    assert list(packed) == sample
    assert packed.position(sample[123].id) == 123
    assert packed.position("missing") is None
    again = PackedRecords.from_state(packed.to_state())
    assert again[299] == sample[299]
    assert packed.nbytes < sum(len(repr(r)) for r in sample)


def test_packed_records_keep_any_text() -> None:
    odd = Record(id="x\x00y", schema="Person", caption="\x1e\ud800", names=("a\x1fb", "Лавров"))
    packed = PackedRecords.from_records([odd])
    assert packed[0] == odd
    assert packed.position("x\x00y") == 0
