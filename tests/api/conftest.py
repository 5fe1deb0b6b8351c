"""An API over the bundled lists: the store read in place, logs and keys in a fresh dir."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from saring.api import ApiConfig, create_app


def api_config(bundled_dir: Path, data: Path, **options: object) -> ApiConfig:
    """A config reading the bundled lists (and their built index) but writing under ``data``."""
    source = ApiConfig(bundled_dir, f"sqlite:///{bundled_dir / 'saring.db'}")
    config = ApiConfig(data, source.database_url, **options)  # type: ignore[arg-type]
    config.index_path.parent.mkdir(parents=True, exist_ok=True)
    if not config.index_path.exists():
        shutil.copyfile(source.index_path, config.index_path)
    return config


@pytest.fixture(scope="session")
def api_data(bundled_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir for the API's own files, with a copy of the bundled index."""
    data = tmp_path_factory.mktemp("api-data")
    api_config(bundled_dir, data)
    return data


@pytest.fixture(scope="session")
def config(bundled_dir: Path, api_data: Path) -> ApiConfig:
    """The default config (loopback, no keys required)."""
    return api_config(bundled_dir, api_data)


@pytest.fixture(scope="session")
def client(config: ApiConfig) -> Iterator[TestClient]:
    """A client of the app over the bundled lists, started once."""
    with TestClient(create_app(config), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture
def make_client(config: ApiConfig) -> Iterator[Callable[..., TestClient]]:
    """Clients of apps with other options (each started on first use, stopped after)."""
    started: list[TestClient] = []

    def make(**options: object) -> TestClient:
        test_client = TestClient(create_app(replace(config, **options)))  # type: ignore[arg-type]
        test_client.__enter__()
        started.append(test_client)
        return test_client

    yield make
    for test_client in started:
        test_client.__exit__(None, None, None)
