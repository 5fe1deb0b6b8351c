"""First-run import of the lists bundled with the package."""

from __future__ import annotations

from collections.abc import Callable

from saring.sources.catalog import CATALOG
from saring.sources.registry import get_format
from saring.store.store import ImportResult, Store


def import_bundled(
    store: Store, progress: Callable[[str], Callable[[int], None] | None] | None = None
) -> list[ImportResult]:
    """Import every bundled list into ``store``; ``progress(dataset)`` gives a tick callback."""
    results = []
    for source in CATALOG.values():
        tick = progress(source.name) if progress else None
        results.append(
            store.import_file(get_format(source.format), source.bundled, source.name, tick)
        )
    return results
