"""Entities, their history, the catalog and the probes."""

from __future__ import annotations

from fastapi.testclient import TestClient


def test_entity_with_sanctions_nested(client: TestClient) -> None:
    response = client.get("/entities/ofac-35233")
    assert response.status_code == 200
    entity = response.json()
    assert entity["caption"] == "LAVROV, Sergei Viktorovich"
    assert entity["datasets"] == ["us_ofac_sdn"]
    sanctions = entity["properties"]["sanctions"]
    assert sanctions[0]["schema"] == "Sanction"
    assert sanctions[0]["properties"]["authority"] == ["Office of Foreign Assets Control"]
    assert "RUSSIA-EO14024" in sanctions[0]["properties"]["program"]
    flat = client.get("/entities/ofac-35233", params={"nested": "false"}).json()
    assert "sanctions" not in flat["properties"]


def test_uk_sanction_has_listing_date(client: TestClient) -> None:
    entity = client.get("/entities/gb-hmt-14197").json()
    sanction = entity["properties"]["sanctions"][0]["properties"]
    assert sanction["listingDate"] == ["2022-02-25"]


def test_unknown_entity_is_404(client: TestClient) -> None:
    assert client.get("/entities/no-such-entity").status_code == 404
    assert client.get("/entities/no-such-entity/history").status_code == 404


def test_history(client: TestClient) -> None:
    events = client.get("/entities/ofac-35233/history").json()
    assert events[0]["event"] == "added"
    assert events[0]["dataset"] == "us_ofac_sdn"
    assert events[0]["snapshot"]["dataset"] == "us_ofac_sdn"


def test_catalog_lists_loaded_lists(client: TestClient) -> None:
    body = client.get("/catalog").json()
    names = {d["name"]: d for d in body["datasets"]}
    loaded = {"us_ofac_sdn", "us_ofac_cons", "un_sc_sanctions", "gb_hmt_sanctions"}
    assert loaded <= set(names)
    assert set(names["default"]["children"]) == loaded
    assert names["un_sc_sanctions"]["load"] is True
    assert names["us_ofac_sdn"]["entity_count"] > 50_000
    assert set(body["current"]) == loaded | {"default"}


def test_probes_and_openapi(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ok"}
    spec = client.get("/openapi.json").json()
    assert "/match/{dataset}" in spec["paths"]
    assert "/search/{dataset}" in spec["paths"]
    assert client.get("/algorithms").json()["best"] == "saring"
