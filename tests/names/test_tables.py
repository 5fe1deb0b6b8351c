"""The name tables shipped as data files."""

from __future__ import annotations

from importlib.resources import files

import pytest

from saring.names.tables import table_rows, table_words

TABLES = sorted(p.name for p in (files("saring") / "data" / "names").iterdir())


@pytest.mark.parametrize("filename", TABLES)
def test_every_table_loads(filename: str) -> None:
    rows = table_rows(filename)
    assert rows
    assert all(row and row[0] for row in rows)


def test_comments_and_blanks_are_skipped() -> None:
    assert "mr" in table_words("titles.txt")
    assert not any(w.startswith("#") for w in table_words("titles.txt"))


def test_two_column_tables_have_two_fields() -> None:
    for filename in ("legal_forms.csv", "org_terms.csv", "arabic_names.csv"):
        assert all(len(row) == 2 for row in table_rows(filename)), filename
    assert all(len(row) == 3 for row in table_rows("particles.csv"))
