"""Real names for the names stage's tests: the bundled UK and UN lists and the evaluation
fixtures (skipped where the evaluation data is not on the machine)."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

import openpyxl
import pytest

LISTS = Path(__file__).parents[2] / "src" / "saring" / "data" / "lists"
EVAL = Path("/work/shared/data/eval")
NEGATIVES = EVAL / "yente-fixtures" / "candidate_generation_benchmark" / "negatives_global.csv"


class UkRow(NamedTuple):
    """One row of the UK list: a name of a designated person, entity or ship."""

    group: str
    group_type: str
    alias_type: str
    latin: str
    non_latin: str


@pytest.fixture(scope="session")
def uk_rows() -> list[UkRow]:
    """Every row of the bundled UK Sanctions List."""
    path = LISTS / "gb_hmt_sanctions" / "UK_Sanctions_List.xlsx"
    book = openpyxl.load_workbook(path, read_only=True)
    rows = book.worksheets[0].iter_rows(values_only=True)
    next(rows)
    header = {h: i for i, h in enumerate(next(rows))}
    found = []
    for row in rows:

        def cell(column: str, row: tuple = row) -> str:
            value = row[header[column]]
            return str(value).strip() if value is not None else ""

        parts = (cell(f"Name {n}") for n in (1, 2, 3, 4, 5, 6))
        found.append(
            UkRow(
                cell("Group ID"),
                cell("Group Type"),
                cell("Alias Type"),
                " ".join(p for p in parts if p),
                cell("Name Non-Latin Script"),
            )
        )
    book.close()
    return found


@pytest.fixture(scope="session")
def un_names() -> list[tuple[str, str, str]]:
    """``(schema, Latin name, NAME_ORIGINAL_SCRIPT)`` of the bundled UN list's entries
    that give their name in its original script."""
    path = LISTS / "un_sc_sanctions" / "UN_consolidated.xml"
    root = ET.parse(path).getroot()
    found = []
    for tag, schema in (("INDIVIDUAL", "Person"), ("ENTITY", "Organization")):
        for entry in root.iter(tag):
            original = (entry.findtext("NAME_ORIGINAL_SCRIPT") or "").strip()
            if not original:
                continue
            fields = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
            latin = " ".join((entry.findtext(f) or "").strip() for f in fields).strip()
            found.append((schema, latin, original))
    return found


@pytest.fixture(scope="session")
def negative_names() -> list[str]:
    """Distinct full names of synthetic people who match no one listed."""
    if not NEGATIVES.exists():
        pytest.skip("evaluation fixtures not available")
    with NEGATIVES.open(encoding="utf-8") as handle:
        return list(dict.fromkeys(row["full_name"] for row in csv.DictReader(handle)))
