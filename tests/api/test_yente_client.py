"""The yente-client package, unchanged, against a real server on a loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from yente_client import Client
from yente_client.entities import Person
from yente_client.exceptions import NotFoundError

from saring.api import ApiConfig, create_app
from saring.api.server import ThreadedServer


@pytest.fixture(scope="module")
def yente(config: ApiConfig) -> Iterator[Client]:
    with ThreadedServer(create_app(config)) as server, Client(base_url=server.url) as client:
        yield client


def test_match_lavrov(yente: Client) -> None:
    answer = yente.match(Person(name=["Sergey Lavrov"], birthDate=["1950"]))
    assert answer.top is not None
    assert answer.top.id == "ofac-35233"
    assert answer.top.match is True
    assert answer.top.contributing_explanations["name_match"].score >= 0.9
    assert answer.total.value == len(answer.results)


def test_match_one_dataset(yente: Client) -> None:
    answer = yente.match(Person(name=["Sergey Lavrov"]), datasets=["gb_hmt_sanctions"])
    assert answer.top is not None and answer.top.id == "gb-hmt-14197"
    assert all(r.datasets == ["gb_hmt_sanctions"] for r in answer.results)


def test_search_fetch_catalog_and_probes(yente: Client) -> None:
    found = yente.search("Sergei Lavrov", facets=["countries"])
    assert found.results[0].id in {"ofac-35233", "gb-hmt-14197"}
    assert any(v.name == "ru" for v in found.facets["countries"].values)
    entity = yente.fetch("ofac-35233")
    assert entity.caption == "LAVROV, Sergei Viktorovich"
    sanction = entity.properties["sanctions"][0]
    assert not isinstance(sanction, str) and sanction.schema_ == "Sanction"
    with pytest.raises(NotFoundError):
        yente.fetch("no-such-entity")
    names = {d.name for d in yente.datasets().datasets if d.load}
    assert {"us_ofac_sdn", "un_sc_sanctions", "default"} <= names
    assert yente.healthz().status == "ok" and yente.readyz().status == "ok"
    assert yente.algorithms().best == "saring"
