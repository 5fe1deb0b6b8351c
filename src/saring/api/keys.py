"""API keys: random tokens handed out once, kept only as sha256 hashes in the data dir."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from saring.api.files import stamp, write_atomic

#: Tokens start with this, so a leaked one is recognisable in logs and scanners.
TOKEN_PREFIX = "srg_"


def digest(token: str) -> str:
    """The sha256 hex digest kept in place of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class ApiKey:
    """One key as stored: never the token itself."""

    id: str
    name: str
    sha256: str
    created: str
    revoked: str | None = None
    rate: float | None = None
    burst: int | None = None

    @property
    def active(self) -> bool:
        """Whether the key is still accepted."""
        return self.revoked is None

    def public(self) -> dict[str, Any]:
        """What `saring keys list` shows (no hash)."""
        data = asdict(self)
        data.pop("sha256")
        return data


class KeyRing:
    """The keys file of a data dir, re-read whenever it changes on disk."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._keys: list[ApiKey] = []
        self._by_hash: dict[str, ApiKey] = {}

    def _load(self) -> None:
        current = stamp(self.path)
        if current == self._stamp:
            return
        keys: list[ApiKey] = []
        if current is not None:
            raw = json.loads(self.path.read_text(encoding="utf-8") or "{}")
            keys = [ApiKey(**item) for item in raw.get("keys", [])]
        self._keys = keys
        self._by_hash = {k.sha256: k for k in keys}
        self._stamp = current

    def keys(self) -> list[ApiKey]:
        """Every key, revoked ones included, oldest first."""
        with self._lock:
            self._load()
            return list(self._keys)

    def _save(self, keys: list[ApiKey]) -> None:
        write_atomic(self.path, {"keys": [asdict(k) for k in keys]})
        self._stamp = (-1, -1)
        self._load()

    def create(self, name: str, rate: float | None = None, burst: int | None = None) -> str:
        """Make a key named ``name`` and return its token (shown once, never stored)."""
        token = TOKEN_PREFIX + secrets.token_urlsafe(32)
        with self._lock:
            self._load()
            key = ApiKey(
                id=secrets.token_hex(4),
                name=name,
                sha256=digest(token),
                created=datetime.now(UTC).isoformat(timespec="seconds"),
                rate=rate,
                burst=burst,
            )
            self._save([*self._keys, key])
        return token

    def revoke(self, key_id: str) -> ApiKey:
        """Revoke the key with id (or name) ``key_id``; raises KeyError if there is none."""
        with self._lock:
            self._load()
            found = [k for k in self._keys if key_id in (k.id, k.name) and k.active]
            if not found:
                raise KeyError(key_id)
            when = datetime.now(UTC).isoformat(timespec="seconds")
            revoked = ApiKey(**{**asdict(found[0]), "revoked": when})
            self._save([revoked if k.id == revoked.id else k for k in self._keys])
            return revoked

    def verify(self, token: str) -> ApiKey | None:
        """The active key whose token is ``token``, if any."""
        hashed = digest(token)
        with self._lock:
            self._load()
            key = self._by_hash.get(hashed)
        if key is None or not key.active or not hmac.compare_digest(key.sha256, hashed):
            return None
        return key
