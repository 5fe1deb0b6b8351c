"""The one screening step every engine runs: a query in, its matches and best score out."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from saring.index import NameIndex, Record
from saring.match import screen
from saring.match.notes import unread_note
from saring.sources.catalog import CATALOG

PRIORITY = list(CATALOG)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What screening found for one query: the matching hits (``Hit.to_dict()`` form, best
    first), the best candidate's score even below the threshold (0 when none) and, when no
    candidate scored, why nothing can match if no part of the name could be read."""

    results: tuple[dict[str, Any], ...]
    best: float
    note: str = ""


def screen_one(index: NameIndex, query: Record, threshold: float, limit: int) -> Outcome:
    """Screen ``query`` and keep the hits at or above ``threshold``, at most ``limit``."""
    hits = screen(index, query, limit=limit, threshold=threshold, priority=PRIORITY)
    best = hits[0].score if hits else 0.0
    note = "" if best else unread_note(query)
    return Outcome(tuple(h.to_dict() for h in hits if h.match), best, note)


def screen_many(
    index: NameIndex, queries: Iterable[Record], threshold: float, limit: int
) -> list[Outcome]:
    """`screen_one` for each query, in order."""
    return [screen_one(index, q, threshold, limit) for q in queries]
