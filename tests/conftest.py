"""Shared fixtures: stores on every backend the machine offers."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

FIXTURES = Path(__file__).parent / "fixtures"
BACKENDS = ["sqlite", "postgresql"]


def postgres_url() -> str | None:
    """The throwaway PostgreSQL server started by scripts/run-tests.sh, if any."""
    return os.environ.get("SARING_TEST_DATABASE_URL")


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL for each backend (PostgreSQL skipped when absent)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    server = postgres_url()
    if server is None:
        pytest.skip("no PostgreSQL test server (SARING_TEST_DATABASE_URL unset)")
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    yield server.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def data_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty SARING_DATA_DIR for CLI tests, with the default SQLite store."""
    monkeypatch.setenv("SARING_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SARING_DATABASE_URL", raising=False)
    return tmp_path / "data"


@pytest.fixture(scope="session")
def bundled_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data dir holding the bundled lists and their index, built once per test session.

    Read only: tests that import or update lists need their own data dir (`data_env`).
    """
    from saring.index import load_or_build
    from saring.settings import Settings
    from saring.store import Store
    from saring.store.bundled import import_bundled

    data = tmp_path_factory.mktemp("bundled-lists")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SARING_DATA_DIR", str(data))
        mp.delenv("SARING_DATABASE_URL", raising=False)
        settings = Settings.from_env()
        store = Store(settings.database_url)
        import_bundled(store)
        load_or_build(store, settings.index_path)
    return data


@pytest.fixture
def bundled_env(bundled_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """SARING_DATA_DIR pointed at the shared bundled-lists data dir (read only)."""
    monkeypatch.setenv("SARING_DATA_DIR", str(bundled_dir))
    monkeypatch.delenv("SARING_DATABASE_URL", raising=False)
    return bundled_dir
