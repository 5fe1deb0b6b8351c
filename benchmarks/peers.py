"""The peer matchers: OpenSanctions' nomenklatura ``logic-v2`` and ``name-based`` algorithms.

Pairs are scored the way nomenklatura's own ``contrib/name_bench`` does: two FtM entities of
the case's schema, each with only ``name`` set, compared by ``Algorithm.compare(query, result,
Algorithm.default_config())``. A pair is a match when its score reaches ``PEER_THRESHOLD``:
nomenklatura sets no threshold of its own; 0.7 is the default of its name_bench harness and
yente's ``SCORE_THRESHOLD`` (the cut-off of ``/match`` for every algorithm), so both
algorithms are judged at 0.7.

Install with ``pip install nomenklatura==4.17.4`` (the ``bench`` extra).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Any
from uuid import uuid4

from followthemoney import ValueEntity, model
from followthemoney.proxy import EntityProxy
from nomenklatura.matching import LogicV2, NameMatcher
from nomenklatura.matching.types import ScoringAlgorithm, ScoringConfig

PEER_THRESHOLD = 0.7
ALGORITHMS: dict[str, type[ScoringAlgorithm]] = {
    LogicV2.NAME: LogicV2,
    NameMatcher.NAME: NameMatcher,
}


def nomenklatura_version() -> str:
    """The installed nomenklatura version."""
    return version("nomenklatura")


def name_entity(schema: str, name: str, entity_id: str) -> EntityProxy:
    """A single-property entity (``name`` only), as nomenklatura's name_bench builds them.

    Ids must be unique per distinct entity: logic-v2 caches name analysis by entity id.
    """
    entity = ValueEntity(model.get(schema), {"id": entity_id})
    entity.add("name", name)
    return entity


def entity_from_dict(payload: dict[str, Any], entity_id: str | None = None) -> EntityProxy:
    """An FtM entity from a ``{"schema", "properties"}`` payload, values cleaned by FtM.

    Built as ``Record.from_dict`` builds its entity, so both sides see the same facts. The id
    is the payload's, else ``entity_id``, else a fresh one (logic-v2 caches by entity id).
    """
    schema = model.get(payload.get("schema") or "LegalEntity")
    if schema is None:
        raise ValueError(f"unknown schema {payload.get('schema')!r}")
    entity = model.make_entity(schema)
    entity.id = payload.get("id") or entity_id or uuid4().hex
    for prop, values in (payload.get("properties") or {}).items():
        if prop in schema.properties:
            for value in values if isinstance(values, list) else [values]:
                entity.add(prop, str(value), quiet=True, cleaned=False)
    return entity


@dataclass
class Peer:
    """One nomenklatura algorithm with its default configuration."""

    name: str
    algorithm: type[ScoringAlgorithm] = field(repr=False)
    config: ScoringConfig = field(repr=False)
    threshold: float = PEER_THRESHOLD

    @classmethod
    def get(cls, name: str) -> Peer:
        """The peer called ``name`` (``logic-v2`` or ``name-based``)."""
        algorithm = ALGORITHMS[name]
        return cls(name=name, algorithm=algorithm, config=algorithm.default_config())

    def score(self, query: EntityProxy, candidate: EntityProxy) -> float:
        """The algorithm's score of ``candidate`` for ``query`` (0-1)."""
        return float(self.algorithm.compare(query, candidate, self.config).score)

    def score_names(self, schema: str, name1: str, name2: str) -> float:
        """Score a name pair as nomenklatura's name_bench does (fresh entity ids per pair)."""
        query = name_entity(schema, name1, uuid4().hex)
        return self.score(query, name_entity(schema, name2, uuid4().hex))

    def rerank(
        self, query: EntityProxy, candidates: Iterable[EntityProxy]
    ) -> list[tuple[EntityProxy, float]]:
        """Candidates with their scores, best first (ties keep the candidates' order)."""
        scored = [(candidate, self.score(query, candidate)) for candidate in candidates]
        scored.sort(key=lambda pair: -pair[1])
        return scored


def all_peers() -> list[Peer]:
    """Every peer algorithm, logic-v2 first."""
    return [Peer.get(name) for name in ALGORITHMS]
