"""`NameIndex`: candidate listed entities for a query, found by the keys of their names.

Built from `Record`s (``NameIndex.build``) or from a store (``load_or_build``, which reuses
the saved file while the store's snapshots are unchanged). ``candidates(query)`` gives
the ~20 entities whose names share the most telling keys with the query's names, best
first, for the scorer to compare in full.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from followthemoney import model

import saring
from saring.index import persist
from saring.index.analysed import AnalysedNames
from saring.index.builder import IndexBuilder, IndexParts
from saring.index.packed import PackedRecords
from saring.index.postings import Postings
from saring.index.rarity import Rarity
from saring.index.record import Record
from saring.index.search import Scratch, query_keys, rank_names, score_names
from saring.names import analyze
from saring.names.model import Name

#: Most names of one query that are looked up.
MAX_QUERY_NAMES = 16
#: Names ranked per wanted entity before grouping names by entity.
NAMES_PER_RESULT = 5


@lru_cache(maxsize=1024)
def _allowed(
    query_schema: str,
    groups: tuple[tuple[str, tuple[str, ...]], ...],
    datasets: frozenset[str] | None,
) -> np.ndarray | None:
    """Which name ``groups`` a query of ``query_schema`` may reach: schemata it can match, of
    ``datasets`` (None: any); None when every group may be reached."""
    query = model.get(query_schema)
    if query is None and datasets is None:
        return None
    allowed = []
    for schema, of in groups:
        listed = model.get(schema)
        fits = query is None or (listed is not None and query.can_match(listed))
        allowed.append(fits and (datasets is None or not datasets.isdisjoint(of)))
    return np.array(allowed, dtype=np.bool_)


class NameIndex:
    """Listed entities filed under the keys of their names."""

    def __init__(self, parts: IndexParts, fingerprint: str = "") -> None:
        self.parts = parts
        self.fingerprint = fingerprint
        self._scratch = Scratch()

    def __getstate__(self) -> dict[str, object]:
        return {"parts": self.parts, "fingerprint": self.fingerprint}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.parts = state["parts"]
        self.fingerprint = state["fingerprint"]
        self._scratch = Scratch()

    @classmethod
    def build(
        cls,
        records: Iterable[Record],
        progress: Callable[[int], None] | None = None,
        fingerprint: str = "",
    ) -> NameIndex:
        """Analyse and file every name and weak name of ``records``; ``progress(n)`` is
        called as records are added."""
        builder = IndexBuilder()
        builder.add_all(records, progress)
        return cls(builder.finish(), fingerprint)

    @property
    def rarity(self) -> Rarity:
        """Token weights counted over the indexed names."""
        return self.parts.rarity

    def __len__(self) -> int:
        return len(self.parts.records)

    def record(self, position: int) -> Record:
        """The record at ``position`` (0 … len - 1)."""
        return self.parts.records[position]

    def get(self, entity_id: str) -> Record | None:
        """The record of an entity id, if indexed."""
        position = self.parts.records.position(entity_id)
        return None if position is None else self.record(position)

    def analysed(self, text: str, schema: str) -> Name | None:
        """The analysis of a listed name as the index stored it (None for other names)."""
        return self.parts.analysed.get(text, schema)

    def candidates(
        self, query: Record, limit: int = 20, datasets: Collection[str] | None = None
    ) -> list[tuple[Record, float]]:
        """Up to ``limit`` entities whose names best share keys with the query's names,
        best first, with a retrieval score in [0, 1]; only schemata the query can match and,
        given ``datasets``, only entities listed in one of them."""
        if limit <= 0 or not len(self) or not len(self.parts.name_record):
            return []
        chosen = None if datasets is None else frozenset(datasets)
        allowed = _allowed(query.schema, self.parts.groups, chosen)
        best: dict[int, float] = {}
        for text in query.all_names[:MAX_QUERY_NAMES]:
            for position, score in self._search(text, query.schema, allowed, limit):
                if score > best.get(position, 0.0):
                    best[position] = score
        ranked = sorted(best.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [(self.record(position), score) for position, score in ranked]

    def _search(
        self, text: str, schema: str, allowed: np.ndarray | None, limit: int
    ) -> list[tuple[int, float]]:
        """The best ``limit`` record positions for one query name, with scores."""
        name = analyze(text, schema)
        if not name:
            return []
        tokens = query_keys(self.parts, name)
        total = sum(t.weight for t in tokens)
        top = limit * NAMES_PER_RESULT
        while True:
            names, scores = score_names(self.parts, self._scratch, tokens, allowed, top)
            ranked, final = rank_names(self.parts, names, scores, total, top)
            found: dict[int, float] = {}
            positions = self.parts.name_record[ranked].tolist()
            for position, score in zip(positions, final.tolist(), strict=True):
                if position not in found:
                    found[position] = score
                    if len(found) == limit:
                        return list(found.items())
            if len(ranked) < top:
                return list(found.items())
            top *= 4

    # -- persistence -----------------------------------------------------------------------

    def save(self, path: Path) -> None:
        """Write the index to one file, atomically, with its fingerprint."""
        parts = self.parts
        state = {
            "records": parts.records.to_state(),
            "keys": parts.keys.to_state(),
            "deletions": parts.deletions.to_state(),
            "name_record": parts.name_record,
            "name_weak": parts.name_weak,
            "name_weight": parts.name_weight,
            "name_group": parts.name_group,
            "groups": parts.groups,
            "rarity": parts.rarity.to_state(),
            "analysed": parts.analysed.to_state(),
            "saring": saring.__version__,
        }
        persist.write(path, self.fingerprint, state)

    @classmethod
    def load(cls, path: Path) -> NameIndex:
        """Read an index written by `save`; raises `IndexFileError` for a missing or damaged
        file or another format version."""
        fingerprint, state = persist.read(path)
        try:
            parts = IndexParts(
                records=PackedRecords.from_state(state["records"]),
                keys=Postings.from_state(state["keys"]),
                deletions=Postings.from_state(state["deletions"]),
                name_record=state["name_record"],
                name_weak=state["name_weak"],
                name_weight=state["name_weight"],
                name_group=state["name_group"],
                groups=tuple(state["groups"]),
                rarity=Rarity.from_state(state["rarity"]),
                analysed=AnalysedNames.from_state(state["analysed"]),
            )
        except (KeyError, TypeError) as exc:
            raise persist.IndexFileError(f"{path}: damaged index file ({exc})") from exc
        return cls(parts, fingerprint)

    @property
    def nbytes(self) -> int:
        """Memory held by the arrays and packed records (not counting the rarity table)."""
        parts = self.parts
        arrays = (parts.name_record, parts.name_weak, parts.name_weight, parts.name_group)
        return (
            parts.records.nbytes
            + parts.analysed.nbytes
            + parts.keys.nbytes
            + parts.deletions.nbytes
            + sum(a.nbytes for a in arrays)
        )
