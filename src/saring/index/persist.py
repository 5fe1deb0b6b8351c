"""The index file: a header, then the index arrays, each a pickle (protocol 5).

The header (format name, version, fingerprint) is read on its own, so checking whether a
file is current does not load the arrays. Files are written to a temporary name beside the
target and moved into place, so a reader never sees half a file. The file is trusted input
(saring writes it in its own data folder): pickles must not come from elsewhere.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any

FORMAT = "saring-name-index"
#: Bumped whenever the arrays or the keys change meaning (or names are read differently);
#: other versions are rebuilt.
VERSION = 140


class IndexFileError(ValueError):
    """An index file that is missing, damaged or of another format version."""


def write(path: Path, fingerprint: str, state: dict[str, Any]) -> None:
    """Write ``state`` under a header carrying ``fingerprint``, atomically."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    header = {"format": FORMAT, "version": VERSION, "fingerprint": fingerprint}
    try:
        with temporary.open("wb") as fh:
            pickle.dump(header, fh, protocol=5)
            pickle.dump(state, fh, protocol=5)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def _header(fh: Any, path: Path) -> dict[str, Any]:
    try:
        header = pickle.load(fh)
    except Exception as exc:  # a damaged file may fail in many ways
        raise IndexFileError(f"{path}: not an index file ({exc})") from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise IndexFileError(f"{path}: not an index file")
    if header.get("version") != VERSION:
        raise IndexFileError(
            f"{path}: index format version {header.get('version')}, expected {VERSION}"
        )
    return header


def read_fingerprint(path: Path) -> str:
    """The fingerprint of an index file (raises `IndexFileError` for a wrong file)."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            return str(_header(fh, path)["fingerprint"])
    except OSError as exc:
        raise IndexFileError(f"{path}: {exc}") from exc


def read(path: Path) -> tuple[str, dict[str, Any]]:
    """The fingerprint and state of an index file."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            header = _header(fh, path)
            state = pickle.load(fh)
    except OSError as exc:
        raise IndexFileError(f"{path}: {exc}") from exc
    except IndexFileError:
        raise
    except Exception as exc:
        raise IndexFileError(f"{path}: damaged index file ({exc})") from exc
    if not isinstance(state, dict):
        raise IndexFileError(f"{path}: damaged index file")
    return str(header["fingerprint"]), state
