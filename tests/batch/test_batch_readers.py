"""Reading customer files: CSV, JSON lines, Parquet; unreadable rows reported by number."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from saring.batch import read_rows
from saring.batch.readers import InputRow

FIXTURE = Path(__file__).parents[1] / "fixtures" / "batch" / "customers.csv"


def _errors(rows: list[InputRow]) -> dict[int, str]:
    return {r.number: r.error for r in rows if r.error}


def test_bad_csv_rows_are_reported_with_their_numbers_and_skipped() -> None:
    rows = list(read_rows(FIXTURE))
    errors = _errors(rows)
    assert len(rows) == 32
    assert errors == {
        14: "8 fields, the header has 7",
        20: "no name",
        21: "unknown entity type 'spaceship' (use Person, Company, Vessel…)",
        25: "not valid UTF-8",
    }
    good = {r.number: r for r in rows if r.query is not None}
    assert len(good) == 28
    # the rows after each bad one are still read
    assert good[15].data["Full Name"] == "Chloé Durand"
    assert good[26].data["Full Name"] == "Peter Lindqvist"


def test_queries_take_schema_dates_countries_and_identifiers() -> None:
    rows = {r.data.get("Customer ID"): r.query for r in read_rows(FIXTURE) if r.query}
    person = rows["C010"]
    assert person.schema == "Person"
    assert person.birth_dates == ("1985-03-02",)
    assert person.countries == ("de",)
    assert person.identifiers == ("X1234567",)
    vessel = rows["C008"]
    assert vessel.schema == "Vessel" and vessel.identifiers == ("IMO9256858",)
    assert rows["C006"].schema == "Company"
    # no type given, but a birth date: screened as a person
    assert rows["C003"].schema == "Person"


def test_name_parts_make_the_name_when_there_is_no_full_name(tmp_path: Path) -> None:
    path = tmp_path / "parts.csv"
    path.write_text("first_name;middle_name;last_name\nSergei;Viktorovich;Lavrov\n")
    (row,) = read_rows(path)
    assert row.query is not None and row.query.names == ("Sergei Viktorovich Lavrov",)
    assert row.query.schema == "Person"


def test_jsonl_and_parquet_read_as_the_csv_does(tmp_path: Path) -> None:
    csv_rows = [r for r in read_rows(FIXTURE) if r.query is not None]
    jsonl = tmp_path / "customers.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for row in csv_rows:
            fh.write(json.dumps(row.data, ensure_ascii=False) + "\n")
        fh.write("{not json\n")
        fh.write("[1, 2]\n")
    parquet = tmp_path / "customers.parquet"
    pq.write_table(pa.Table.from_pylist([r.data for r in csv_rows]), parquet)
    for path in (jsonl, parquet):
        rows = list(read_rows(path))
        queries = [r.query for r in rows if r.query is not None]
        assert queries == [r.query for r in csv_rows], path.suffix
    errors = _errors(list(read_rows(jsonl)))
    assert errors[len(csv_rows) + 1].startswith("not valid JSON")
    assert errors[len(csv_rows) + 2] == "not a JSON object"


def test_csv_bytes_with_a_byte_order_mark() -> None:
    (row,) = read_rows("\ufeffname,dob\nJohn Smith,1970\n".encode())
    assert row.query is not None and row.query.names == ("John Smith",)
