"""A small store of real listed entities for the index tests: the bundled UN list, the
bundled OFAC non-SDN lists and a few real SDN rows (Lavrov among them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from saring.index.record import Record
from saring.sources.catalog import CATALOG
from saring.sources.registry import get_format
from saring.store.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures"


def import_test_lists(store: Store) -> None:
    """Import the lists the index tests screen against into ``store``."""
    for name in ("un_sc_sanctions", "us_ofac_cons"):
        source = CATALOG[name]
        store.import_file(get_format(source.format), source.bundled, source.name)
    store.import_file(get_format("ofac-csv"), FIXTURES / "ofac_csv" / "sdn_2024", "us_ofac_sdn")


@pytest.fixture(scope="session")
def listed_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """A SQLite store holding the test lists (imported once per session)."""
    folder = tmp_path_factory.mktemp("listed")
    store = Store(f"sqlite:///{folder / 's.db'}")
    import_test_lists(store)
    return store


@pytest.fixture(scope="session")
def listed_records(listed_store: Store) -> list[Record]:
    """The records of every matchable entity in the test store."""
    return [Record.from_entity(e) for e in listed_store.entities(matchable=True)]
