"""Regenerate ``src/saring/data/names/token_counts.tsv``: token key counts over the names of
the bundled lists.

Reads the default store when it holds the bundled lists; otherwise imports them into a
temporary SQLite store first. Usage: ``python scripts/build_token_counts.py [--min-count N]``.
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Iterator
from pathlib import Path

from saring.index.rarity import TABLE, Rarity
from saring.index.record import Record
from saring.names import Name, analyze
from saring.settings import Settings
from saring.sources.catalog import CATALOG
from saring.store.bundled import import_bundled
from saring.store.store import Store

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "saring" / "data" / "names" / TABLE


def bundled_store(folder: Path) -> Store:
    """The default store if it holds every bundled list, else a fresh one importing them."""
    default = Store(Settings.from_env().database_url)
    if not default.is_empty() and {s.dataset for s in default.datasets()} >= set(CATALOG):
        return default
    store = Store(f"sqlite:///{folder / 'bundled.db'}")
    import_bundled(store)
    return store


def listed_names(store: Store) -> Iterator[Name]:
    """Every name and weak name of every matchable entity, analysed."""
    for entity in store.entities(matchable=True):
        record = Record.from_entity(entity)
        for text in record.all_names:
            name = analyze(text, record.schema)
            if name:
                yield name


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-count", type=int, default=2, help="drop rarer keys (default 2)")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rarity = Rarity.from_names(listed_names(bundled_store(Path(tmp))))
    rarity.write(args.output, min_count=args.min_count)
    print(f"{args.output}: {rarity.names} names, {len(rarity.counts)} keys")


if __name__ == "__main__":
    main()
