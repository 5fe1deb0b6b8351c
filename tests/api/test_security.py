"""API keys, rate limits, size limits, CORS and the keys command."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from saring.api import ApiConfig, KeyRing
from saring.api.config import is_loopback
from saring.api.ratelimit import TokenBuckets
from saring.cli import app as cli

QUERY = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Sergey Lavrov"]}}}}


def test_keys_required_off_loopback(config: ApiConfig) -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.0.2.7")
    assert not config.for_host("127.0.0.1").require_keys
    assert config.for_host("0.0.0.0").require_keys


def test_key_lifecycle(make_client: Callable[..., TestClient], config: ApiConfig) -> None:
    ring = KeyRing(config.keys_path)
    token = ring.create("analyst")
    stored = config.keys_path.read_text()
    assert token not in stored
    client = make_client(require_keys=True)
    assert client.post("/match/default", json=QUERY).status_code == 401
    assert client.get("/healthz").status_code == 200
    assert client.get("/").status_code in (200, 404)
    ok = client.post("/match/default", json=QUERY, headers={"Authorization": f"ApiKey {token}"})
    assert ok.status_code == 200
    assert client.get("/catalog", headers={"X-API-Key": token}).status_code == 200
    assert client.get("/catalog", params={"api_key": token}).status_code == 200
    wrong = client.get("/catalog", headers={"Authorization": "ApiKey srg_wrong"})
    assert wrong.status_code == 401
    key_id = next(k.id for k in ring.keys() if k.name == "analyst")
    ring.revoke(key_id)
    again = client.get("/catalog", headers={"Authorization": f"Bearer {token}"})
    assert again.status_code == 401
    events = [json.loads(line) for line in config.audit_path.read_text().splitlines()]
    assert any(e["actor"] == f"key:{key_id}" for e in events if e["event"] == "match")


def test_rate_limit_per_key(make_client: Callable[..., TestClient], config: ApiConfig) -> None:
    token = KeyRing(config.keys_path).create("slow", rate=0.01, burst=2)
    client = make_client()
    auth = {"Authorization": f"ApiKey {token}"}
    codes = [client.get("/catalog", headers=auth).status_code for _ in range(3)]
    assert codes == [200, 200, 429]
    limited = client.get("/catalog", headers=auth)
    assert int(limited.headers["retry-after"]) >= 1
    assert f"try again in {limited.headers['retry-after']} s" in limited.json()["detail"]
    assert client.get("/catalog").status_code == 200


def test_token_bucket_refills() -> None:
    now = [0.0]
    buckets = TokenBuckets(clock=lambda: now[0])
    assert [buckets.take("k", 2.0, 2) for _ in range(2)] == [0.0, 0.0]
    assert buckets.take("k", 2.0, 2) > 0
    now[0] += 0.5
    assert buckets.take("k", 2.0, 2) == 0.0
    assert buckets.take("other", 2.0, 2) == 0.0


def test_token_buckets_are_shared_through_their_file(tmp_path: Path) -> None:
    path = tmp_path / "ratelimit.bin"
    now = [100.0]
    first, second = (TokenBuckets(path, clock=lambda: now[0]) for _ in range(2))
    assert first.take("k", 1.0, 3) == 0.0
    assert second.take("k", 1.0, 3) == 0.0  # as two worker processes mapping one file
    child = os.fork()
    if child == 0:  # another process spends the last token
        os._exit(0 if TokenBuckets(path, clock=lambda: now[0]).take("k", 1.0, 3) == 0 else 1)
    assert os.waitpid(child, 0)[1] == 0
    assert first.take("k", 1.0, 3) == pytest.approx(1.0)
    now[0] = 50.0  # a clock behind the bucket's (restarted with the machine): full again
    assert [second.take("k", 1.0, 3) for _ in range(4)][-1] > 0
    assert TokenBuckets(path).take("other", 1.0, 1) == 0.0


def test_token_buckets_give_up_the_longest_idle_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TokenBuckets, "SLOTS", 2)
    monkeypatch.setattr(TokenBuckets, "PROBES", 2)
    now = [0.0]
    buckets = TokenBuckets(clock=lambda: now[0])
    assert buckets.take("a", 0.001, 1) == 0.0
    now[0] = 1.0
    assert buckets.take("b", 0.001, 1) == 0.0
    assert buckets.take("b", 0.001, 1) > 0
    now[0] = 2.0
    assert buckets.take("c", 0.001, 1) == 0.0  # takes a's slot, idle longest
    assert buckets.take("b", 0.001, 1) > 0  # b keeps its empty bucket
    assert buckets.take("a", 0.001, 1) == 0.0  # a was forgotten: a full bucket again


def test_body_size_limit(make_client: Callable[..., TestClient]) -> None:
    client = make_client(max_body=2048)
    names = ["Sergey Lavrov"] * 40
    big = {
        "queries": {f"q{i}": {"schema": "Person", "properties": {"name": names}} for i in range(10)}
    }
    response = client.post("/match/default", json=big)
    assert response.status_code == 413
    assert "limited" in response.json()["detail"]
    assert client.post("/match/default", json=QUERY).status_code == 200


def test_too_many_queries(make_client: Callable[..., TestClient]) -> None:
    client = make_client(max_queries=2)
    three = {"queries": {k: QUERY["queries"]["q"] for k in "abc"}}
    assert client.post("/match/default", json=three).status_code == 400


def test_cors_off_unless_configured(client: TestClient, make_client) -> None:
    origin = {"Origin": "https://analyst.example"}
    assert "access-control-allow-origin" not in client.get("/catalog", headers=origin).headers
    allowed = make_client(cors_origins=("https://analyst.example",))
    response = allowed.get("/catalog", headers=origin)
    assert response.headers["access-control-allow-origin"] == "https://analyst.example"
    assert client.get("/catalog").headers["x-content-type-options"] == "nosniff"


def test_keys_command(data_env) -> None:
    runner = CliRunner()
    created = runner.invoke(cli, ["keys", "create", "ops"])
    assert created.exit_code == 0, created.output
    token = created.stdout.strip().splitlines()[0]
    assert token.startswith("srg_")
    listed = runner.invoke(cli, ["keys", "list", "--json"])
    keys = json.loads(listed.stdout)
    assert keys[0]["name"] == "ops" and "sha256" not in keys[0]
    assert runner.invoke(cli, ["keys", "revoke", "ops"]).exit_code == 0
    assert json.loads(runner.invoke(cli, ["keys", "list", "--json"]).stdout)[0]["revoked"]
    assert runner.invoke(cli, ["keys", "revoke", "ops"]).exit_code == 1
