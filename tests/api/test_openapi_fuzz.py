"""Property test of the API from its own OpenAPI description: no server error, and every
answer has a documented status and shape (few examples, deterministic)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    response_schema_conformance,
    status_code_conformance,
)

from saring.api import ApiConfig, create_app
from saring.api.service import Service

CHECKS = [not_a_server_error, status_code_conformance, response_schema_conformance]

#: The description does not depend on the data: the app is opened on the lists per test.
APP = create_app(ApiConfig.from_settings())
schema = schemathesis.openapi.from_asgi("/openapi.json", APP)


@pytest.fixture(scope="module", autouse=True)
def opened(config: ApiConfig) -> Iterator[None]:
    service = Service.open(config)
    APP.state.service = service
    warm = TestClient(APP)
    warm.get("/stats")  # the first calls read lexicons and designations
    warm.post("/scan", content=b"Sergei Lavrov")
    yield
    APP.state.service = None


@schema.parametrize()
@settings(
    max_examples=4,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_api_follows_its_description(case) -> None:
    case.call_and_validate(checks=CHECKS)
