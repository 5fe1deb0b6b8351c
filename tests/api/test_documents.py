"""The routes over the later stages: scan a document, statistics, screen a CSV file."""

from __future__ import annotations

import csv
import io
import json

import pytest
from fastapi.testclient import TestClient

from saring.api import ApiConfig

ARTICLE = (
    "MOSCOW (Reuters) - Russian Foreign Minister Sergei Lavrov met his Iranian counterpart "
    "on Tuesday, the ministry said."
)


def test_scan_links_lavrov(client: TestClient, config: ApiConfig) -> None:
    pytest.importorskip("saring.text")
    response = client.post(
        "/scan", content=ARTICLE.encode(), headers={"content-type": "text/plain"}
    )
    assert response.status_code == 200, response.text
    linked = [m for m in response.json()["mentions"] if m["entity"]]
    lavrov = next(m for m in linked if m["text"] == "Sergei Lavrov")
    assert ARTICLE[lavrov["start"] : lavrov["end"]] == "Sergei Lavrov"
    assert lavrov["entity"]["id"] in {"ofac-35233", "gb-hmt-14197"}
    assert client.post("/scan", content=b"   ").status_code == 400
    events = [json.loads(line) for line in config.audit_path.read_text().splitlines()]
    assert events[-1]["event"] == "scan" and events[-1]["snapshots"]


def test_stats_by_country(client: TestClient) -> None:
    pytest.importorskip("saring.intel")
    body = client.get("/stats", params={"by": "country"}).json()
    counts = {row["country"]: row["designations"] for row in body["by_country"]}
    assert counts["ru"] > 1000
    assert client.get("/stats", params={"by": "nonsense"}).status_code == 400
    assert client.get("/stats", params={"since": "last year"}).status_code == 400


def test_screen_file_returns_a_csv_download(client: TestClient) -> None:
    pytest.importorskip("saring.batch")
    upload = b"name,birth_date\nSergey Lavrov,1950\nQwzxv Plokmijn,\n"
    response = client.post("/screen-file", content=upload)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows[0]["match_id"] == "ofac-35233"
    assert rows[1]["match_id"] == ""
