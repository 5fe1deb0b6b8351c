"""The server's settings: one frozen object, passed to `create_app` and to every worker."""

from __future__ import annotations

import ipaddress
import json
import os
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from saring.settings import Settings

#: Environment variable carrying the settings to each uvicorn worker process.
CONFIG_ENV = "SARING_API_CONFIG"


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address (or ``localhost``)."""
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class ApiConfig:
    """What the HTTP server needs: where the data is and how strict to be.

    API keys are required when ``require_keys`` is set; `for_host` sets it for any address
    other than loopback. ``rate`` (requests per second) and ``burst`` size each key's token
    bucket, shared by the server's worker processes; ``anonymous_rate`` 0 leaves
    unauthenticated loopback use unlimited.
    """

    data_dir: Path
    database_url: str
    require_keys: bool = False
    rate: float = 50.0
    burst: int = 100
    anonymous_rate: float = 0.0
    max_body: int = 1_000_000
    max_upload: int = 20_000_000
    max_queries: int = 100
    cors_origins: tuple[str, ...] = field(default_factory=tuple)

    @property
    def index_path(self) -> Path:
        """The screening index file of the store."""
        return Settings(self.data_dir, self.database_url).index_path

    @property
    def keys_path(self) -> Path:
        """The API keys file (hashed tokens only)."""
        return self.data_dir / "api" / "keys.json"

    @property
    def audit_path(self) -> Path:
        """The append-only audit log (JSON lines)."""
        return self.data_dir / "api" / "audit.jsonl"

    @property
    def ratelimit_path(self) -> Path:
        """The rate-limit buckets, a table every worker maps (see `TokenBuckets`)."""
        return self.data_dir / "api" / "ratelimit.bin"

    @property
    def reviews_path(self) -> Path:
        """Analyst decisions on hits (JSON lines, newest last)."""
        return self.data_dir / "api" / "reviews.jsonl"

    @classmethod
    def from_settings(cls, settings: Settings | None = None, **options: Any) -> ApiConfig:
        """Config for the store and data dir of ``settings`` (default: the environment)."""
        settings = settings or Settings.from_env()
        return cls(data_dir=settings.data_dir, database_url=settings.database_url, **options)

    def for_host(self, host: str) -> ApiConfig:
        """This config for a server bound to ``host``: keys become required off loopback."""
        if is_loopback(host):
            return self
        return replace(self, require_keys=True)

    def to_json(self) -> str:
        """Serialised form, for worker processes."""
        data = asdict(self)
        data["data_dir"] = str(self.data_dir)
        data["cors_origins"] = list(self.cors_origins)
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> ApiConfig:
        """Read the form written by `to_json`."""
        data = json.loads(text)
        data["data_dir"] = Path(data["data_dir"])
        data["cors_origins"] = tuple(data.get("cors_origins") or ())
        return cls(**data)

    @classmethod
    def from_env(cls) -> ApiConfig:
        """The config handed down in ``$SARING_API_CONFIG``, else defaults for the settings."""
        text = os.environ.get(CONFIG_ENV)
        return cls.from_json(text) if text else cls.from_settings()
