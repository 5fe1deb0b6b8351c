"""What a batch run found: counts, hit rate, top matched entities, score histogram."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from saring.batch.matcher import Outcome

#: Histogram bins of the best candidate score per row: [0, 0.1), … [0.9, 1.0].
BINS = 10
#: Unreadable rows kept in the summary (all are counted).
MAX_SKIPPED_LISTED = 100


@dataclass
class Summary:
    """Running totals of a batch run (kept in checkpoints, so a resumed run goes on)."""

    rows: int = 0
    screened: int = 0
    skipped: int = 0
    matched_rows: int = 0
    unique_queries: int = 0
    unreadable: int = 0
    histogram: list[int] = field(default_factory=lambda: [0] * BINS)
    entities: Counter[str] = field(default_factory=Counter)
    captions: dict[str, str] = field(default_factory=dict)
    skipped_rows: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0
    engine: str = "local"
    workers: int = 1
    resumed_at: int | None = None

    def add(self, outcome: Outcome) -> None:
        """Count one screened row."""
        self.rows += 1
        self.screened += 1
        self.histogram[min(BINS - 1, int(outcome.best * BINS))] += 1
        if outcome.results:
            self.matched_rows += 1
        for result in outcome.results:
            self.entities[result["id"]] += 1
            self.captions.setdefault(result["id"], result["caption"])

    def unread(self) -> None:
        """Count a screened row whose name has no part saring can read (Lao script…)."""
        self.unreadable += 1

    def skip(self, number: int, error: str) -> None:
        """Count a row that could not be read."""
        self.rows += 1
        self.skipped += 1
        if len(self.skipped_rows) < MAX_SKIPPED_LISTED:
            self.skipped_rows.append({"row": number, "error": error})

    @property
    def hit_rate(self) -> float:
        """Share of screened rows with at least one match."""
        return self.matched_rows / self.screened if self.screened else 0.0

    @property
    def rows_per_second(self) -> float:
        """Rows handled per second of this run."""
        return self.rows / self.seconds if self.seconds else 0.0

    def top(self, count: int = 10) -> list[dict[str, Any]]:
        """The entities matched by the most rows."""
        return [
            {"id": i, "caption": self.captions.get(i, ""), "rows": n}
            for i, n in sorted(self.entities.items(), key=lambda kv: (-kv[1], kv[0]))[:count]
        ]

    def to_dict(self) -> dict[str, Any]:
        """The JSON form printed by ``--json``."""
        edges = [round(i / BINS, 1) for i in range(BINS + 1)]
        return {
            "rows": self.rows,
            "screened": self.screened,
            "skipped": self.skipped,
            "matched_rows": self.matched_rows,
            "hit_rate": round(self.hit_rate, 6),
            "unique_queries": self.unique_queries,
            "unreadable_names": self.unreadable,
            "top_entities": self.top(),
            "score_histogram": [
                {"from": edges[i], "to": edges[i + 1], "rows": n}
                for i, n in enumerate(self.histogram)
            ],
            "skipped_rows": self.skipped_rows,
            "seconds": round(self.seconds, 3),
            "rows_per_second": round(self.rows_per_second, 1),
            "engine": self.engine,
            "workers": self.workers,
            "resumed_at_row": self.resumed_at,
        }

    def to_state(self) -> dict[str, Any]:
        """Everything needed to go on counting after a resume."""
        state = self.to_dict()
        state.update(histogram=self.histogram, entities=dict(self.entities))
        state.update(captions=self.captions)
        return state

    @classmethod
    def from_state(cls, state: dict[str, Any]) -> Summary:
        """The summary saved by `to_state`."""
        return cls(
            rows=state["rows"],
            screened=state["screened"],
            skipped=state["skipped"],
            matched_rows=state["matched_rows"],
            unique_queries=state["unique_queries"],
            unreadable=state.get("unreadable_names", 0),
            histogram=list(state["histogram"]),
            entities=Counter(state["entities"]),
            captions=dict(state["captions"]),
            skipped_rows=list(state["skipped_rows"]),
            seconds=state["seconds"],
        )
