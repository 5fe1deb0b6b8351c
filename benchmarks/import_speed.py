"""Import speed of every bundled list, into SQLite and (when available) PostgreSQL.

For each list it prints the time to parse the file alone (the reader, no store) beside the
time of the full atomic import, so the store's own cost is visible.

    scripts/with-postgres.sh .venv/bin/python benchmarks/import_speed.py
"""

from __future__ import annotations

import os
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

from saring.sources.base import SourceContext
from saring.sources.catalog import CATALOG
from saring.sources.registry import get_format
from saring.store import Store


def parse_only(name: str) -> tuple[float, int]:
    """Seconds and entity count for reading a bundled list without storing it."""
    source = CATALOG[name]
    fmt = get_format(source.format)
    start = time.perf_counter()
    count = sum(1 for _ in fmt.read(source.bundled, SourceContext(source.bundled, name)))
    return time.perf_counter() - start, count


def import_all(url: str) -> dict[str, float]:
    """Seconds per bundled list for a full import into the store at ``url``."""
    store = Store(url)
    timings = {}
    for name, source in CATALOG.items():
        start = time.perf_counter()
        store.import_file(get_format(source.format), source.bundled, name)
        timings[name] = time.perf_counter() - start
    store.engine.dispose()
    return timings


def postgres_database(server: str) -> str:
    """A fresh database on the PostgreSQL server at ``server``."""
    name = f"bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    return server.rsplit("/", 1)[0] + "/" + name


def main() -> None:
    parsed = {name: parse_only(name) for name in CATALOG}
    backends = {}
    with tempfile.TemporaryDirectory() as tmp:
        backends["sqlite"] = import_all(f"sqlite:///{Path(tmp) / 'bench.db'}")
    server = os.environ.get("SARING_TEST_DATABASE_URL")
    if server:
        backends["postgresql"] = import_all(postgres_database(server))
    header = f"{'list':<18} {'entities':>9} {'parse s':>8}"
    for backend in backends:
        header += f" {backend + ' s':>14} {'entities/s':>11}"
    print(header)
    for name, (seconds, count) in parsed.items():
        line = f"{name:<18} {count:>9,} {seconds:>8.2f}"
        for timings in backends.values():
            line += f" {timings[name]:>14.2f} {count / timings[name]:>11,.0f}"
        print(line)
    total = sum(c for _, c in parsed.values())
    line = f"{'all bundled':<18} {total:>9,} {sum(s for s, _ in parsed.values()):>8.2f}"
    for timings in backends.values():
        all_seconds = sum(timings.values())
        line += f" {all_seconds:>14.2f} {total / all_seconds:>11,.0f}"
    print(line)
    if not server:
        print("PostgreSQL: skipped (set SARING_TEST_DATABASE_URL or use scripts/with-postgres.sh)")


if __name__ == "__main__":
    main()
