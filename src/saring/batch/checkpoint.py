"""The checkpoint of a batch run: how many input rows are done and how long the part file
was then, with the run's settings so that a resume never mixes two different runs."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def checkpoint_path(output: Path) -> Path:
    """Where the checkpoint of a run writing ``output`` is kept."""
    return output.with_name(output.name + ".checkpoint")


def run_identity(input_path: Path, settings: dict[str, Any]) -> dict[str, Any]:
    """What must not change between a run and its resume: the input file and settings."""
    stat = Path(input_path).stat()
    return {
        "input": str(Path(input_path).resolve()),
        "size": stat.st_size,
        "mtime_ns": stat.st_mtime_ns,
        **settings,
    }


@dataclass
class Checkpoint:
    """Rows done (input rows read, written or skipped), part file size, summary so far."""

    identity: dict[str, Any]
    rows_done: int
    part_bytes: int
    summary: dict[str, Any]

    def save(self, path: Path) -> None:
        """Write atomically (a reader sees the old or the new checkpoint, never half)."""
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        data = {
            "identity": self.identity,
            "rows_done": self.rows_done,
            "part_bytes": self.part_bytes,
            "summary": self.summary,
        }
        with temporary.open("w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)

    @classmethod
    def load(cls, path: Path) -> Checkpoint | None:
        """The checkpoint at ``path``, or None if there is none (or it is unreadable)."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(data["identity"], data["rows_done"], data["part_bytes"], data["summary"])
        except (OSError, ValueError, KeyError, TypeError):
            return None


def identity_mismatch(saved: dict[str, Any], current: dict[str, Any]) -> str | None:
    """Why a checkpoint cannot be resumed with the current run, or None if it can."""
    labels = {
        "input": "the input file changed",
        "size": "the input file changed (its size)",
        "mtime_ns": "the input file changed (its modification time)",
        "fingerprint": "the lists changed (an import happened)",
    }
    keys = [*labels, *sorted((saved.keys() | current.keys()) - labels.keys())]
    for key in keys:
        if saved.get(key) != current.get(key):
            return f"{labels.get(key, f'the setting {key!r} changed')} since the interrupted run"
    return None
