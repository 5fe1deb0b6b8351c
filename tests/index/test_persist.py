"""Saving, loading and keeping the index current with the store."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from saring.index import (
    IndexFileError,
    NameIndex,
    Record,
    load_or_build,
    persist,
    store_fingerprint,
)
from saring.sources.registry import get_format
from saring.store.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "ofac_csv"
QUERIES = ["Sergei Lavrov", "Лавров Сергей", "Mohammad Ali", "Bank Melli", "Zawahiri Ayman"]


def query(name: str) -> Record:
    return Record(id="q", schema="LegalEntity", caption=name, names=(name,))


@pytest.fixture(scope="module")
def index(listed_records: list[Record]) -> NameIndex:
    return NameIndex.build(listed_records, fingerprint="test-lists")


def test_round_trip_gives_equal_results(index: NameIndex, tmp_path: Path) -> None:
    path = tmp_path / "names.index"
    index.save(path)
    loaded = NameIndex.load(path)
    assert loaded.fingerprint == "test-lists"
    assert len(loaded) == len(index)
    assert loaded.get("ofac-35233") == index.get("ofac-35233")
    for name in QUERIES:
        assert loaded.candidates(query(name)) == index.candidates(query(name))
    assert loaded.rarity.counts == index.rarity.counts
    assert not list(tmp_path.glob("*.tmp"))


def test_pickles_like_the_file(index: NameIndex) -> None:
    again = pickle.loads(pickle.dumps(index, protocol=5))
    assert again.candidates(query("Sergei Lavrov")) == index.candidates(query("Sergei Lavrov"))


def test_rejects_other_versions_and_damage(
    index: NameIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "names.index"
    monkeypatch.setattr(persist, "VERSION", persist.VERSION + 1)
    index.save(path)
    monkeypatch.undo()
    with pytest.raises(IndexFileError, match="version"):
        NameIndex.load(path)
    path.write_bytes(b"not an index")
    with pytest.raises(IndexFileError):
        NameIndex.load(path)
    with pytest.raises(IndexFileError):
        NameIndex.load(tmp_path / "missing.index")
    index.save(path)
    path.write_bytes(path.read_bytes()[:1000])
    with pytest.raises(IndexFileError):
        NameIndex.load(path)


def test_empty_index(tmp_path: Path) -> None:
    empty = NameIndex.build([])
    assert len(empty) == 0
    assert empty.candidates(query("Sergei Lavrov")) == []
    empty.save(tmp_path / "empty.index")
    assert len(NameIndex.load(tmp_path / "empty.index")) == 0


def test_load_or_build_follows_the_store(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    fmt = get_format("ofac-csv")
    store.import_file(fmt, FIXTURES / "sdn_2021", "us_ofac_sdn")
    path = tmp_path / "index" / "names.index"
    ticks: list[int] = []
    built = load_or_build(store, path, ticks.append)
    assert path.exists() and sum(ticks) == len(built) > 0
    assert built.fingerprint == store_fingerprint(store)
    assert built.get("ofac-35233") is None

    ticks.clear()
    again = load_or_build(store, path, ticks.append)
    assert ticks == []
    assert again.fingerprint == built.fingerprint and len(again) == len(built)

    store.import_file(fmt, FIXTURES / "sdn_2024", "us_ofac_sdn")
    assert store_fingerprint(store) != built.fingerprint
    fresh = load_or_build(store, path, ticks.append)
    assert ticks and fresh.fingerprint == store_fingerprint(store)
    assert fresh.candidates(query("Sergei Lavrov"), 1)[0][0].id == "ofac-35233"
    assert NameIndex.load(path).fingerprint == fresh.fingerprint


def test_load_or_build_replaces_a_damaged_file(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'store.db'}")
    store.import_file(get_format("ofac-csv"), FIXTURES / "sdn_2024", "us_ofac_sdn")
    path = tmp_path / "names.index"
    path.write_bytes(b"\x80\x05garbage")
    index = load_or_build(store, path)
    assert index.get("ofac-35233") is not None
    assert NameIndex.load(path).fingerprint == store_fingerprint(store)
