"""yente's matching routes against the bundled lists."""

from __future__ import annotations

import threading
import time

from fastapi.testclient import TestClient

from saring.api.routers.match import INLINE_QUERIES

LAVROV = {"schema": "Person", "properties": {"name": ["Sergey Lavrov"], "birthDate": ["1950"]}}


def match(client: TestClient, dataset: str = "default", **params: object) -> dict:
    response = client.post(f"/match/{dataset}", json={"queries": {"q1": LAVROV}}, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_lavrov_matches_his_ofac_listing_first(client: TestClient) -> None:
    body = match(client)
    answer = body["responses"]["q1"]
    assert answer["status"] == 200
    top = answer["results"][0]
    assert top["id"] == "ofac-35233"
    assert top["match"] is True
    assert top["score"] >= 0.9
    assert top["schema"] == "Person"
    assert "us_ofac_sdn" in top["datasets"]
    assert "1950-03-21" in top["properties"]["birthDate"]
    for field in ("caption", "referents", "target", "first_seen", "last_seen", "last_change"):
        assert field in top
    assert top["explanations"]["name_match"]["score"] >= 0.9
    assert "1950" in top["explanations"]["dob_match"]["detail"]
    assert top["features"]["name_match"] == top["explanations"]["name_match"]["score"]
    assert answer["total"] == {"value": len(answer["results"]), "relation": "eq"}
    assert answer["query"]["schema"] == "Person"
    assert body["limit"] == 5


def test_dataset_in_path_restricts_results(client: TestClient) -> None:
    uk = match(client, "gb_hmt_sanctions")["responses"]["q1"]["results"]
    assert uk[0]["id"] == "gb-hmt-14197"
    assert all(r["datasets"] == ["gb_hmt_sanctions"] for r in uk)
    un = match(client, "un_sc_sanctions")["responses"]["q1"]["results"]
    assert all("un_sc_sanctions" in r["datasets"] for r in un)
    assert "ofac-35233" not in {r["id"] for r in un}


def test_a_list_in_the_path_is_searched_on_its_own(client: TestClient) -> None:
    # A common name: the best candidates of all lists hold few UN listings; the UN route
    # still gives its own best ones.
    body = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Ali Hassan"]}}}}
    params = {"limit": 5, "cutoff": 0.0}
    response = client.post("/match/un_sc_sanctions", json=body, params=params)
    results = response.json()["responses"]["q"]["results"]
    assert len(results) == 5
    assert all("un_sc_sanctions" in r["datasets"] for r in results)


def test_threshold_sets_match_and_cutoff_drops(client: TestClient) -> None:
    strict = match(client, threshold=1.0, cutoff=0.0, limit=10)["responses"]["q1"]["results"]
    assert len(strict) > 2
    assert all(r["match"] == (r["score"] >= 1.0) for r in strict)
    assert any(not r["match"] for r in strict)
    high = match(client, cutoff=0.99, limit=10)["responses"]["q1"]["results"]
    assert high and all(r["score"] >= 0.99 for r in high)


def test_exclusions(client: TestClient) -> None:
    body = match(client, exclude_entity_ids=["ofac-35233"], exclude_dataset=["gb_hmt_sanctions"])
    ids = {r["id"] for r in body["responses"]["q1"]["results"]}
    assert "ofac-35233" not in ids and "gb-hmt-14197" not in ids


def test_several_queries_answered_by_key(client: TestClient) -> None:
    queries = {
        "lavrov": LAVROV,
        "irgc": {
            "schema": "Organization",
            "properties": {"name": ["Islamic Revolutionary Guard Corps"]},
        },
        "nobody": {"schema": "Person", "properties": {"name": ["Qwzxv Plokmijn"]}},
        "lao": {"schema": "Person", "properties": {"name": ["ສີສະຫວາດ ແກ້ວບຸນພັນ"]}},
    }
    body = client.post("/match/default", json={"queries": queries}).json()
    assert set(body["responses"]) == set(queries)
    assert body["responses"]["irgc"]["results"][0]["match"] is True
    assert body["responses"]["nobody"]["results"] == []
    assert "notes" not in body["responses"]["nobody"]  # read, and on no list
    lao = body["responses"]["lao"]
    assert lao["results"] == [] and "Latin reading for Lao script" in lao["notes"][0]


def test_busy_engine_and_many_queries_answer_the_same(client: TestClient) -> None:
    alone = match(client)["responses"]["q1"]["results"]
    service = client.app.state.service  # type: ignore[attr-defined]
    held, released = threading.Event(), []

    def hold_engine() -> None:  # as a document scan holding the engine in the thread pool
        with service.screening:
            held.set()
            time.sleep(0.5)
            released.append(time.monotonic())

    holder = threading.Thread(target=hold_engine)
    holder.start()
    held.wait()
    waited = match(client)["responses"]["q1"]["results"]
    answered = time.monotonic()
    holder.join()
    assert answered >= released[0]  # the request waited for the engine, then screened
    assert waited == alone
    many = {f"q{i}": LAVROV for i in range(INLINE_QUERIES + 1)}
    body = client.post("/match/default", json={"queries": many}).json()
    assert all(body["responses"][key]["results"] == alone for key in many)


def test_bad_requests(client: TestClient) -> None:
    unknown = client.post("/match/no_such_list", json={"queries": {"q": LAVROV}})
    assert unknown.status_code == 404
    wrong_schema = {"queries": {"q": {"schema": "Sanction", "properties": {"program": ["x"]}}}}
    assert client.post("/match/default", json=wrong_schema).status_code == 400
    missing = {"queries": {"q": {"schema": "NoSuchSchema", "properties": {}}}}
    assert client.post("/match/default", json=missing).status_code == 400
    too_long = {"queries": {"q": {"schema": "Person", "properties": {"name": ["x" * 5000]}}}}
    assert client.post("/match/default", json=too_long).status_code == 422
    assert client.post("/match/default", content=b"{not json").status_code == 422


def test_search_ranks_and_counts_facets(client: TestClient) -> None:
    response = client.get("/search/default", params={"q": "Sergei Lavrov"})
    assert response.status_code == 200
    body = response.json()
    assert body["results"][0]["id"] in {"ofac-35233", "gb-hmt-14197"}
    assert body["total"]["value"] >= len(body["results"])
    countries = {v["name"]: v for v in body["facets"]["countries"]["values"]}
    assert countries["ru"]["label"] == "Russia" and countries["ru"]["count"] >= 2
    datasets = {v["name"] for v in body["facets"]["datasets"]["values"]}
    assert {"us_ofac_sdn", "gb_hmt_sanctions"} <= datasets
    assert {"topics", "schema"} <= set(body["facets"])


def test_search_filters(client: TestClient) -> None:
    uk = client.get("/search/gb_hmt_sanctions", params={"q": "Sergei Lavrov"}).json()
    assert uk["results"] and all(r["datasets"] == ["gb_hmt_sanctions"] for r in uk["results"])
    vessels = client.get("/search/default", params={"q": "Sea", "schema": "Vessel"}).json()
    assert vessels["results"] and all(r["schema"] == "Vessel" for r in vessels["results"])
    paged = client.get("/search/default", params={"q": "Sergei Lavrov", "limit": 1, "offset": 1})
    assert len(paged.json()["results"]) == 1
    empty = client.get("/search/default", params={"q": ""}).json()
    assert empty["results"] == [] and empty["total"]["value"] == 0
