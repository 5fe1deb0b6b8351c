"""Name tables shipped as data files in ``saring/data/names``: read once, kept as rows."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def table_rows(filename: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a data table: comma-separated fields, ``#`` comments and blanks skipped."""
    text = (files("saring") / "data" / "names" / filename).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        rows.append(tuple(field.strip() for field in line.split(",")))
    return tuple(rows)


def table_words(filename: str) -> tuple[str, ...]:
    """The first field of every row of a one-column table."""
    return tuple(row[0] for row in table_rows(filename))
