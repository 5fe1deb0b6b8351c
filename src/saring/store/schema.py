"""Tables of the versioned store.

Every import is a ``snapshot`` row. An entity's content lives in ``entity_version`` rows,
each valid from the snapshot that introduced it (``first_snapshot``) until the snapshot
that replaced or removed it (``last_snapshot``, exclusive; NULL while current). Snapshot
ids grow monotonically, so "the state of a dataset at snapshot S" is every version with
``first_snapshot <= S`` and ``last_snapshot`` NULL or ``> S``.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

snapshot = Table(
    "snapshot",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("dataset", String(100), nullable=False, index=True),
    Column("format", String(50), nullable=False),
    Column("source", String(1000), nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("published", Date, nullable=True),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    Column("entities", Integer, nullable=False),
    Column("names", Integer, nullable=False),
    Column("skipped", Integer, nullable=False),
    Column("added", Integer, nullable=False),
    Column("changed", Integer, nullable=False),
    Column("removed", Integer, nullable=False),
    Column("stats", Text, nullable=False),
)

entity_version = Table(
    "entity_version",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("dataset", String(100), nullable=False),
    Column("entity_id", String(500), nullable=False),
    Column("schema", String(50), nullable=False),
    Column("caption", Text, nullable=False),
    Column("checksum", String(40), nullable=False),
    Column("data", Text, nullable=False),
    Column("first_snapshot", Integer, ForeignKey("snapshot.id"), nullable=False),
    Column("last_snapshot", Integer, ForeignKey("snapshot.id"), nullable=True),
    Index("ix_version_current", "dataset", "last_snapshot"),
    Index("ix_version_entity", "entity_id"),
)

download = Table(
    "download",
    metadata,
    Column("url", String(1000), primary_key=True),
    Column("etag", String(500), nullable=True),
    Column("last_modified", String(100), nullable=True),
    Column("sha256", String(64), nullable=True),
)
