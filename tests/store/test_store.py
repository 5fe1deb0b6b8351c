"""The store contract, run against SQLite and PostgreSQL alike."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from followthemoney import model
from followthemoney.proxy import EntityProxy
from sqlalchemy import func, select

from saring.sources.base import Format, SourceContext, SourceError
from saring.store import Store
from saring.store.schema import entity_version


def read_list(path: Path, ctx: SourceContext) -> Iterator[EntityProxy]:
    """A minimal list format: a JSON array of FtM entities; ``"BROKEN"`` entries fail."""
    for number, item in enumerate(json.loads(path.read_text())):
        if item == "BROKEN":
            raise ctx.error("broken record", f"record {number}")
        yield model.get_proxy(item)


TEST_FORMAT = Format("test-list", "test list", read_list, lambda p, h: False, "testset")


def person(id_: str, name: str, **props: str) -> dict:
    return {
        "id": id_,
        "schema": "Person",
        "properties": {"name": [name], **{k: [v] for k, v in props.items()}},
    }


def write(tmp_path: Path, name: str, items: list) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(items))
    return path


def test_snapshots_history_and_diff(store_url: str, tmp_path: Path) -> None:
    store = Store(store_url)
    v1 = write(tmp_path, "v1.json", [person("p1", "Anna Alpha"), person("p2", "Boris Beta")])
    v2 = write(
        tmp_path,
        "v2.json",
        [
            person("p1", "Anna Alpha", birthDate="1970"),
            person("p3", "Chen Gamma"),
        ],
    )
    first = store.import_file(TEST_FORMAT, v1).snapshot
    second = store.import_file(TEST_FORMAT, v2).snapshot
    assert (first.entities, first.added, first.names) == (2, 2, 2)
    assert (second.added, second.changed, second.removed) == (1, 1, 1)
    assert sorted(e.id for e in store.entities("testset")) == ["p1", "p3"]
    assert sorted(e.id for e in store.entities(at=first)) == ["p1", "p2"]

    diff = store.diff("testset", first, second)
    assert [e.id for e in diff.added] == ["p3"]
    assert [e.id for e in diff.removed] == ["p2"]
    assert [new.id for _, new in diff.changed] == ["p1"]
    assert diff.to_dict()["changed"][0]["changes"] == {
        "birthDate": {"added": ["1970"], "removed": []}
    }

    events = [(e.event, e.snapshot.id) for e in store.history("p1")]
    assert events == [("added", first.id), ("changed", second.id)]
    events = [(e.event, e.snapshot.id) for e in store.history("p2")]
    assert events == [("added", first.id), ("removed", second.id)]
    assert store.resolve("testset", None, before=second).id == first.id
    assert store.resolve("testset", str(first.id)).id == first.id


def test_same_file_is_not_imported_twice(store_url: str, tmp_path: Path) -> None:
    store = Store(store_url)
    path = write(tmp_path, "v1.json", [person("p1", "Anna Alpha")])
    first = store.import_file(TEST_FORMAT, path)
    again = store.import_file(TEST_FORMAT, path)
    assert again.unchanged and again.snapshot.id == first.snapshot.id
    forced = store.import_file(TEST_FORMAT, path, force=True)
    assert forced.snapshot.id != first.snapshot.id
    assert (forced.snapshot.added, forced.snapshot.changed) == (0, 0)


def test_failed_import_changes_nothing(store_url: str, tmp_path: Path) -> None:
    store = Store(store_url)
    good = write(tmp_path, "good.json", [person("p1", "Anna Alpha")])
    store.import_file(TEST_FORMAT, good)
    before = [s.to_dict() for s in store.datasets()]
    bad = write(tmp_path, "bad.json", [person("p9", "Zed Zeta"), "BROKEN"])
    with pytest.raises(SourceError, match=r"bad\.json, record 1: broken record"):
        store.import_file(TEST_FORMAT, bad)
    assert [s.to_dict() for s in store.datasets()] == before
    assert [e.id for e in store.entities()] == ["p1"]
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(entity_version)).scalar_one() == 1


def test_delta_format_applies_on_current_state(store_url: str, tmp_path: Path) -> None:
    def read_delta(path: Path, ctx: SourceContext) -> Iterator[EntityProxy]:
        for op in json.loads(path.read_text()):
            if op["op"] == "DEL":
                ctx.delete(op["id"])
            else:
                yield model.get_proxy(op["entity"])

    delta = Format("test-delta", "test delta", read_delta, lambda p, h: False, "testset", True)
    store = Store(store_url)
    store.import_file(
        TEST_FORMAT,
        write(tmp_path, "v1.json", [person("p1", "Anna Alpha"), person("p2", "Boris Beta")]),
    )
    snap = store.import_file(
        delta,
        write(
            tmp_path,
            "d.json",
            [{"op": "DEL", "id": "p2"}, {"op": "ADD", "entity": person("p3", "Chen Gamma")}],
        ),
    ).snapshot
    assert sorted(e.id for e in store.entities()) == ["p1", "p3"]
    assert (snap.added, snap.changed, snap.removed, snap.entities) == (1, 0, 1, 2)
