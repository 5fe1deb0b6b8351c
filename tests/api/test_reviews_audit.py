"""Analyst reviews and the audit log."""

from __future__ import annotations

import json

from fastapi.testclient import TestClient

from saring.api import ApiConfig

QUERY = {"schema": "Person", "properties": {"name": ["Sergey Lavrov"]}}


def test_review_is_shown_on_later_matches_and_audited(client: TestClient, config: ApiConfig):
    review = {
        "entity_id": "gb-hmt-14197",
        "query": "Sergey  LAVROV",
        "verdict": "true_positive",
        "note": "same minister, same birth date",
    }
    response = client.post("/reviews", json=review)
    assert response.status_code == 201
    saved = response.json()
    assert saved["verdict"] == "true_positive" and saved["actor"]
    results = client.post("/match/default", json={"queries": {"q": QUERY}}).json()
    by_id = {r["id"]: r for r in results["responses"]["q"]["results"]}
    assert by_id["gb-hmt-14197"]["review"]["id"] == saved["id"]
    assert by_id["ofac-35233"]["review"] is None
    listed = client.get("/reviews", params={"entity_id": "gb-hmt-14197"}).json()
    assert listed[0]["note"] == "same minister, same birth date"
    entity = client.get("/entities/gb-hmt-14197").json()
    assert entity["reviews"][0]["id"] == saved["id"]

    events = [json.loads(line) for line in config.audit_path.read_text().splitlines()]
    catalog = client.get("/catalog").json()["datasets"]
    versions = {d["name"]: int(d["version"]) for d in catalog if d["name"] != "default"}
    reviews = [e for e in events if e["event"] == "review"]
    assert reviews[-1]["review"]["id"] == saved["id"]
    matches = [e for e in events if e["event"] == "match"]
    assert matches[-1]["queries"]["q"]["properties"]["name"] == ["Sergey Lavrov"]
    assert matches[-1]["snapshots"] == versions
    assert [row[0] for row in matches[-1]["results"]["q"]][:1] == ["ofac-35233"]


def test_review_of_unknown_entity_or_verdict_is_refused(client: TestClient) -> None:
    unknown = {"entity_id": "no-such", "verdict": "false_positive"}
    assert client.post("/reviews", json=unknown).status_code == 404
    bad = {"entity_id": "ofac-35233", "verdict": "maybe"}
    assert client.post("/reviews", json=bad).status_code == 422


def test_errors_never_show_a_trace(client: TestClient, monkeypatch) -> None:
    service = client.app.state.service

    def broken(ids):
        raise RuntimeError("secret path /etc/passwd")

    monkeypatch.setattr(service.lookup, "fetch", broken)
    response = client.get("/entities/ofac-35233")
    assert response.status_code == 500
    assert response.json() == {"detail": "internal error (RuntimeError)"}
    assert "secret" not in response.text and "Traceback" not in response.text
