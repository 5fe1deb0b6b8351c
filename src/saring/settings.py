"""One frozen settings object, read from the environment once and passed down."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir


@dataclass(frozen=True)
class Settings:
    """Where saring keeps its data.

    ``SARING_DATA_DIR`` sets the data folder (default: the XDG data dir, e.g.
    ``~/.local/share/saring``); ``SARING_DATABASE_URL`` a SQLAlchemy URL for the store
    (default: ``sqlite:///<data dir>/saring.db``; PostgreSQL: ``postgresql+psycopg://…``).
    """

    data_dir: Path
    database_url: str

    @property
    def index_path(self) -> Path:
        """Where the screening index of the store's current lists is saved."""
        return self.data_dir / "index" / "names.idx"

    @classmethod
    def from_env(cls) -> Settings:
        """Settings from the environment, with the documented defaults."""
        data_dir = Path(os.environ.get("SARING_DATA_DIR") or user_data_dir("saring"))
        url = os.environ.get("SARING_DATABASE_URL") or f"sqlite:///{data_dir / 'saring.db'}"
        return cls(data_dir=data_dir, database_url=url)
