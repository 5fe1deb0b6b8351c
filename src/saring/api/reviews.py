"""Analyst decisions on hits: a result marked a true or a false positive, with a note.

Kept as JSON lines in the data dir (newest last) and re-read when another worker process
appends to the file.
"""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from saring.api.files import append_line, read_lines, stamp
from saring.names.normalize import clean_text

VERDICTS = ("true_positive", "false_positive")


def query_key(text: str) -> str:
    """The form of a query name under which reviews are filed (case and spacing folded)."""
    return " ".join(clean_text(text).casefold().split())


class ReviewBook:
    """Every review, indexed by entity id."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._by_entity: dict[str, list[dict[str, Any]]] = {}

    def _load(self) -> None:
        current = stamp(self.path)
        if current == self._stamp:
            return
        by_entity: dict[str, list[dict[str, Any]]] = {}
        for review in read_lines(self.path):
            by_entity.setdefault(str(review.get("entity_id")), []).append(review)
        self._by_entity = by_entity
        self._stamp = current

    def add(
        self, entity_id: str, query: str, verdict: str, note: str, actor: str | None
    ) -> dict[str, Any]:
        """File a review and return it."""
        if verdict not in VERDICTS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICTS)}")
        review = {
            "id": uuid.uuid4().hex,
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "entity_id": entity_id,
            "query": query,
            "query_key": query_key(query),
            "verdict": verdict,
            "note": note,
            "actor": actor,
        }
        with self._lock:
            append_line(self.path, review)
            self._stamp = (-1, -1)
        return review

    def for_entity(self, entity_id: str) -> list[dict[str, Any]]:
        """Reviews of ``entity_id``, newest first."""
        with self._lock:
            self._load()
            return list(reversed(self._by_entity.get(entity_id, [])))

    def latest(self, entity_id: str, query: str | None = None) -> dict[str, Any] | None:
        """The newest review of ``entity_id``, preferring one made for the same query."""
        reviews = self.for_entity(entity_id)
        if query is not None:
            key = query_key(query)
            for review in reviews:
                if review.get("query_key") == key:
                    return review
        return reviews[0] if reviews else None
