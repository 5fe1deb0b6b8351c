"""The append-only audit log: every match request and analyst decision, one fsynced JSON line
each, with the list snapshots that answered it (so any past answer can be reproduced).

Writes are group-committed: while one thread writes and fsyncs a batch, the events of other
threads gather in the next batch, which the first of them then writes with a single fsync.
Every `AuditLog.write` returns only once its own line is on disk.
"""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from saring.api.files import append_lines, json_line, read_lines


class _Batch:
    """Lines waiting for one write and fsync, and how that went."""

    __slots__ = ("lines", "done", "error")

    def __init__(self) -> None:
        self.lines: list[bytes] = []
        self.done = False
        self.error: BaseException | None = None


class AuditLog:
    """Appends events to a JSON lines file; never rewrites it."""

    def __init__(self, path: Path, snapshots: dict[str, int]) -> None:
        self.path = Path(path)
        self.snapshots = dict(snapshots)
        self._turn = threading.Condition()
        self._open = _Batch()
        self._writing = False

    def write(self, event: str, actor: str | None, **fields: Any) -> str:
        """Record ``event`` by ``actor`` (a key id or client address); returns its id once
        the event is durably on disk."""
        event_id = uuid.uuid4().hex
        record = {
            "id": event_id,
            "at": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "event": event,
            "actor": actor,
            "snapshots": self.snapshots,
            **fields,
        }
        self._commit(json_line(record))
        return event_id

    def _commit(self, line: bytes) -> None:
        """Add ``line`` to the open batch and return when that batch is written and fsynced
        (by this thread if no other is writing, else by the next free one)."""
        with self._turn:
            batch = self._open
            batch.lines.append(line)
            while self._writing and not batch.done:
                self._turn.wait()
            lead = not batch.done
            if lead:
                self._writing = True
                self._open = _Batch()
        if lead:
            try:
                append_lines(self.path, batch.lines)
            except BaseException as exc:
                batch.error = exc
            with self._turn:
                batch.done = True
                self._writing = False
                self._turn.notify_all()
        if batch.error is not None:
            raise OSError(f"the audit log could not be written: {batch.error}") from batch.error

    def events(self) -> list[dict[str, Any]]:
        """Every event written so far, oldest first."""
        return read_lines(self.path)
