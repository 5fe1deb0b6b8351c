"""The audit log's group commit and the entity cache behind match results."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

import saring.api.audit as audit_module
from saring.api import ApiConfig
from saring.api.audit import AuditLog
from saring.api.lookup import EntityCache

LAVROV = {"schema": "Person", "properties": {"name": ["Sergey Lavrov"], "birthDate": ["1950"]}}


def slow_durable_appends(monkeypatch: pytest.MonkeyPatch) -> tuple[set[str], list[int]]:
    """Make each audit append slow (as an fsync is); record which event ids were appended
    and how many lines each append carried."""
    durable: set[str] = set()
    batches: list[int] = []
    real = audit_module.append_lines

    def append(path: Path, lines: list[bytes]) -> None:
        time.sleep(0.02)
        real(path, lines)
        durable.update(json.loads(line)["id"] for line in lines)
        batches.append(len(lines))

    monkeypatch.setattr(audit_module, "append_lines", append)
    return durable, batches


def test_concurrent_events_share_fsyncs_and_each_is_durable_on_return(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    durable, batches = slow_durable_appends(monkeypatch)
    log = AuditLog(tmp_path / "audit.jsonl", {"us_ofac_sdn": 7})
    early: list[str] = []
    written: list[str] = []

    def writer(n: int) -> None:
        for i in range(5):
            event_id = log.write("match", f"client:{n}", n=n, i=i)
            if event_id not in durable:
                early.append(event_id)
            written.append(event_id)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert not early, "write() returned before its event was on disk"
    events = log.events()
    assert sorted(e["id"] for e in events) == sorted(written)
    assert len(events) == 60 and all(e["snapshots"] == {"us_ofac_sdn": 7} for e in events)
    assert sum(batches) == 60
    assert len(batches) < 60 and max(batches) > 1


def test_a_failed_append_fails_every_write_of_its_batch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = AuditLog(tmp_path / "audit.jsonl", {})

    def broken(path: Path, lines: list[bytes]) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(audit_module, "append_lines", broken)
    with pytest.raises(OSError, match="disk full"):
        log.write("match", "client:1")
    monkeypatch.undo()
    event_id = log.write("match", "client:1")
    assert [e["id"] for e in log.events()] == [event_id]


def test_entity_cache_reads_each_entity_once_per_snapshot(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    lookup = client.app.state.service.lookup
    real = lookup.fetch
    reads: list[list[str]] = []

    def fetch(ids):
        reads.append(list(ids))
        return real(reads[-1])

    monkeypatch.setattr(lookup, "fetch", fetch)
    cache = EntityCache(lookup, size=2)
    first = cache.get([("ofac-35233", (1,)), ("no-such-entity", (1,))])
    assert first == {"ofac-35233": real(["ofac-35233"])["ofac-35233"].to_dict()}
    assert cache.get([("ofac-35233", (1,))]) == first
    assert reads == [["ofac-35233", "no-such-entity"]]
    cache.get([("ofac-35233", (2,))])  # another snapshot of the list: read again
    cache.get([("gb-hmt-14197", (1,))])
    assert len(reads) == 3 and len(cache) == 2
    cache.get([("ofac-35233", (1,))])  # the least recently used: dropped, read again
    assert len(reads) == 4


def test_repeated_match_is_answered_the_same_and_audited_each_time(
    client: TestClient, config: ApiConfig
) -> None:
    body = {"queries": {"q": LAVROV}}
    first = client.post("/match/default", json=body)
    second = client.post("/match/default", json=body)
    assert first.status_code == second.status_code == 200
    assert first.headers["content-type"] == "application/json"
    assert first.json() == second.json()
    results = first.json()["responses"]["q"]["results"]
    assert results[0]["id"] == "ofac-35233"
    assert isinstance(results[0]["score"], float) and results[0]["match"] is True
    events = [json.loads(line) for line in config.audit_path.read_text().splitlines()]
    matches = [e for e in events if e["event"] == "match"][-2:]
    assert len(matches) == 2 and matches[0]["id"] != matches[1]["id"]
    assert matches[0]["results"] == matches[1]["results"]
    assert matches[1]["results"]["q"][0][:2] == ["ofac-35233", results[0]["score"]]
