"""Shared checks for the XML importers' handling of entity-expansion bombs."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

from followthemoney.proxy import EntityProxy

from saring.sources.base import SourceContext, SourceError

Reader = Callable[[Path, SourceContext], Iterator[EntityProxy]]


def lol_entities(depth: int) -> str:
    """DTD declarations of nested entities: ``&lol<depth>;`` expands to 10**depth 'lol's."""
    nested = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, depth + 1))
    return f'<!ENTITY lol0 "lol">{nested}'


def assert_no_expansion(reader: Reader, document: str, folder: Path) -> None:
    """Read ``document`` with ``reader``: quickly, and never with an entity expanded."""
    path = folder / "bomb.xml"
    path.write_text(document)
    started = time.monotonic()
    try:
        entities = list(reader(path, SourceContext(path=path, dataset="x")))
    except SourceError:
        entities = []
    assert time.monotonic() - started < 5
    assert all("lol" not in str(e.to_dict()) for e in entities)
