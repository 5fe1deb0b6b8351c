"""Small durable-file helpers shared by the key ring, the audit log and the reviews."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any


def write_atomic(path: Path, data: Any) -> None:
    """Write ``data`` as JSON to ``path``: a temporary file, fsynced, then renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def json_line(record: dict[str, Any]) -> bytes:
    """``record`` as one UTF-8 JSON line (keys sorted; values JSON cannot hold as text)."""
    return (json.dumps(record, ensure_ascii=False, sort_keys=True, default=str) + "\n").encode()


def append_lines(path: Path, lines: list[bytes]) -> None:
    """Append encoded ``lines`` with one ``write`` call and fsync them before returning.

    The file is opened in append mode, so lines from several processes never interleave.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    data = b"".join(lines)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        written = os.write(fd, data)
        if written != len(data):
            raise OSError(f"short write to {path}: {written} of {len(data)} bytes")
        os.fsync(fd)
    finally:
        os.close(fd)


def append_line(path: Path, record: dict[str, Any]) -> None:
    """Append ``record`` as one JSON line and fsync it before returning."""
    append_lines(path, [json_line(record)])


def read_lines(path: Path) -> list[dict[str, Any]]:
    """The JSON lines of ``path`` (none if it does not exist); unreadable lines are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    records = []
    for line in text.splitlines():
        try:
            value = json.loads(line)
        except ValueError:
            continue
        if isinstance(value, dict):
            records.append(value)
    return records


def stamp(path: Path) -> tuple[int, int] | None:
    """A cheap change marker for ``path``: (mtime in ns, size), or None when absent."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return (info.st_mtime_ns, info.st_size)
