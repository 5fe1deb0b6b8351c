"""The append-only audit log: every match request and analyst decision, one fsynced JSON line
each, with the list snapshots that answered it (so any past answer can be reproduced)."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from saring.api.files import append_line, read_lines


class AuditLog:
    """Appends events to a JSON lines file; never rewrites it."""

    def __init__(self, path: Path, snapshots: dict[str, int]) -> None:
        self.path = Path(path)
        self.snapshots = dict(snapshots)
        self._lock = threading.Lock()

    def write(self, event: str, actor: str | None, **fields: Any) -> str:
        """Record ``event`` by ``actor`` (a key id or client address); returns its id."""
        event_id = uuid.uuid4().hex
        record = {
            "id": event_id,
            "at": datetime.now(UTC).isoformat(timespec="milliseconds"),
            "event": event,
            "actor": actor,
            "snapshots": self.snapshots,
            **fields,
        }
        with self._lock:
            append_line(self.path, record)
        return event_id

    def events(self) -> list[dict[str, Any]]:
        """Every event written so far, oldest first."""
        return read_lines(self.path)
