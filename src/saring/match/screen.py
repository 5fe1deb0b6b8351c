"""Screen a query against the index: retrieve candidates, score each, rank the hits."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from saring.index.record import Record
from saring.match.calibration import DEFAULT_THRESHOLD
from saring.match.compare import Comparison, compare
from saring.names.scripts import COMMON, LATIN, token_script

if TYPE_CHECKING:
    from saring.index.names import NameIndex

#: Candidates retrieved from the index for each query before scoring.
CANDIDATES = 12
#: Candidates retrieving less than this share of the best one's evidence are not scored.
MIN_RETRIEVAL_SHARE = 0.35
#: Nor are candidates whose names meet less than this share of the query's evidence: on
#: the UN positives no top result and 0.1% of all matches retrieve below 0.3, on generated
#: queries in other scripts no match below 0.2, while over half of all candidates do, and
#: they cost the most to score (when no name shares a key with the query, several are
#: aligned in full).
MIN_RETRIEVAL = 0.2
#: The floor for a query written wholly in Latin letters, whose tokens meet listed Latin
#: names by their letters (retrieval factors near 1), not by consonant skeletons or
#: readings of another script: on the UN positives, the synthetic negatives and generated
#: customers, 1 match in 1,799 retrieves below 0.3 (its person is matched through another
#: list's entry), while 70% of negatives' candidates do.
MIN_RETRIEVAL_LATIN = 0.3


_LATINISH = frozenset({LATIN, COMMON})


@dataclass
class Hit:
    """A listed entity scored against the query."""

    record: Record
    score: float
    match: bool
    explanations: list[str] = field(default_factory=list)
    #: The names' score alone (`Comparison.name_score`), which orders equal scores.
    name_score: float = 0.0

    @classmethod
    def of(cls, record: Record, result: Comparison) -> Hit:
        """The hit a comparison of the query with ``record`` makes."""
        return cls(record, result.score, result.match, result.explanations, result.name_score)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of a hit, without the entity's full properties."""
        return {
            "id": self.record.id,
            "caption": self.record.caption,
            "schema": self.record.schema,
            "score": self.score,
            "match": self.match,
            "datasets": list(self.record.datasets),
            "explanations": self.explanations,
        }


def _latin(query: Record) -> bool:
    """Whether every letter of the query's names is Latin."""
    return all(token_script(word) in _LATINISH for text in query.all_names for word in text.split())


def screen(
    index: NameIndex,
    query: Record,
    limit: int = 10,
    threshold: float = DEFAULT_THRESHOLD,
    priority: Sequence[str] = (),
    datasets: Collection[str] | None = None,
) -> list[Hit]:
    """The best ``limit`` listed entities for ``query`` (of ``datasets``, if given), best
    first.

    Equal scores are ordered by the names' score alone, then by the position of the
    entity's first dataset in ``priority`` (e.g. the catalogue order), then by id, so
    results are stable.
    """
    weigh = index.rarity.weight
    hits = []
    found = index.candidates(query, limit=max(CANDIDATES, limit), datasets=datasets)
    least = MIN_RETRIEVAL_LATIN if _latin(query) else MIN_RETRIEVAL
    floor = max(found[0][1] * MIN_RETRIEVAL_SHARE, least) if found else 0.0
    for record, retrieved in found:
        if retrieved < floor:
            break
        result = compare(query, record, weigh=weigh, threshold=threshold, known=index.analysed)
        if result.score > 0:
            hits.append(Hit.of(record, result))
    order = {name: rank for rank, name in enumerate(priority)}
    hits.sort(key=lambda hit: hit_order(hit, order))
    return hits[:limit]


def hit_order(hit: Hit, order: dict[str, int]) -> tuple[float, float, int, str]:
    """The sort key of a hit: best score first, then best names' score, then the entity
    whose first dataset comes first in ``order`` (dataset → rank), then by id."""
    first = min((order.get(d, len(order)) for d in hit.record.datasets), default=len(order))
    return (-hit.score, -round(hit.name_score, 4), first, hit.record.id)
