"""Customer files in: CSV, JSON lines and Parquet, row by row, bad rows reported not fatal.

`open_input` reads the columns and gives an iterator of ``(row number, data or error)``;
`read_rows` adds the column mapping and turns each row into a screening query.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from saring.batch.columns import Mapping, resolve_mapping
from saring.batch.query import build_query
from saring.index import Record

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
PARQUET_SUFFIXES = (".parquet", ".pq")
#: Objects of a JSON lines file read to learn its columns.
JSONL_SAMPLE = 200
#: Rows per Parquet batch.
PARQUET_BATCH = 4096

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


@dataclass(slots=True)
class InputRow:
    """One input row: its 1-based number, its values, and its query or why it has none."""

    number: int
    data: dict[str, Any]
    query: Record | None = None
    error: str | None = None


RawRows = Iterator[tuple[int, dict[str, Any] | str]]


def file_format(path: Path) -> str:
    """``csv``, ``jsonl`` or ``parquet`` from the file's extension."""
    suffix = Path(path).suffix.lower()
    if suffix in CSV_SUFFIXES:
        return "csv"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in PARQUET_SUFFIXES:
        return "parquet"
    raise ValueError(
        f"{path}: unknown file type {suffix or '(none)'!r}; use .csv, .jsonl or .parquet"
    )


def _has_bad_bytes(values: list[str]) -> bool:
    """Whether a value holds bytes that were not UTF-8 (kept as lone surrogates)."""
    try:
        for value in values:
            value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _csv_rows(stream: io.TextIOBase) -> tuple[list[str], RawRows]:
    sample = stream.read(64 * 1024)
    stream.seek(0)
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(stream, dialect)
    try:
        headers = [h.strip() for h in next(reader)]
    except StopIteration:
        return [], iter(())
    except csv.Error as exc:
        raise ValueError(f"header: {exc}") from exc

    def rows() -> RawRows:
        number = 0
        while True:
            number += 1
            try:
                fields = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield number, f"not valid CSV ({exc})"
                continue
            if not any(f.strip() for f in fields):
                number -= 1
                continue
            if len(fields) != len(headers):
                yield number, f"{len(fields)} fields, the header has {len(headers)}"
            elif _has_bad_bytes(fields):
                yield number, "not valid UTF-8"
            else:
                yield number, dict(zip(headers, fields, strict=True))

    return headers, rows()


def _jsonl_rows(stream: io.TextIOBase) -> tuple[list[str], RawRows]:
    headers: dict[str, None] = {}
    for seen, line in enumerate(stream):
        if seen >= JSONL_SAMPLE:
            break
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict):
            headers.update(dict.fromkeys(data))
    stream.seek(0)

    def rows() -> RawRows:
        number = 0
        for line in stream:
            if not line.strip():
                continue
            number += 1
            if _has_bad_bytes([line]):
                yield number, "not valid UTF-8"
                continue
            try:
                data = json.loads(line)
            except ValueError as exc:
                yield number, f"not valid JSON ({exc})"
                continue
            if not isinstance(data, dict):
                yield number, "not a JSON object"
            else:
                yield number, data

    return list(headers), rows()


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list | tuple):
        return [_cell(v) for v in value]
    return str(value)


def _parquet_rows(path: Path) -> tuple[list[str], RawRows]:
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except Exception as exc:  # pyarrow raises several kinds for a damaged file
        raise ValueError(f"{path}: not a readable Parquet file ({exc})") from exc
    headers = list(parquet.schema_arrow.names)

    def rows() -> RawRows:
        number = 0
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH):
            for data in batch.to_pylist():
                number += 1
                yield number, {k: _cell(v) for k, v in data.items()}

    return headers, rows()


def open_input(source: Path | bytes, kind: str | None = None) -> tuple[list[str], RawRows]:
    """The columns of a file (or of CSV/JSON lines bytes) and its rows, as
    ``(number, dict)``, or ``(number, error)`` for a row that cannot be read."""
    if isinstance(source, bytes):
        kind = kind or "csv"
        if kind == "parquet":
            raise ValueError("Parquet input must be a file")
        stream: io.TextIOBase = io.TextIOWrapper(
            io.BytesIO(source), encoding="utf-8-sig", errors="surrogateescape", newline=""
        )
    else:
        kind = kind or file_format(source)
        if kind == "parquet":
            return _parquet_rows(Path(source))
        stream = open(  # noqa: SIM115 (closed when the rows are exhausted or collected)
            source, encoding="utf-8-sig", errors="surrogateescape", newline=""
        )
    return _csv_rows(stream) if kind == "csv" else _jsonl_rows(stream)


def count_rows(path: Path) -> int | None:
    """About how many rows a file holds (lines, or Parquet's count), for progress bars."""
    kind = file_format(path)
    if kind == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    lines = 0
    with open(path, "rb") as fh:
        block: BinaryIO = fh  # type: ignore[assignment]
        while chunk := block.read(1 << 20):
            lines += chunk.count(b"\n")
    return max(0, lines - (1 if kind == "csv" else 0))


def to_rows(raw: RawRows, mapping: Mapping, schema: str | None = None) -> Iterator[InputRow]:
    """Raw rows as `InputRow`s with their queries (or the reason there is none)."""
    for number, data in raw:
        if isinstance(data, str):
            yield InputRow(number, {}, error=data)
            continue
        try:
            yield InputRow(number, data, query=build_query(data, mapping, schema))
        except ValueError as exc:
            yield InputRow(number, data, error=str(exc))


def read_rows(
    path: Path | bytes, mapping: Mapping | None = None, schema: str | None = None
) -> Iterator[InputRow]:
    """The rows of a customer file (or CSV bytes) with their queries; columns are mapped
    automatically, ``mapping`` overriding fields (see `saring.batch.columns`)."""
    headers, raw = open_input(path)
    resolved = resolve_mapping(headers, mapping)
    return to_rows(raw, resolved, schema)
