"""Results out: JSON lines (every match per row), CSV or Parquet (the best match per row).

Rows go to ``OUTPUT.part`` (for Parquet, JSON lines of flat rows converted at the end);
`finish` moves the finished file into place atomically, so ``OUTPUT`` is never half
written. A resumed run truncates the part file to the last checkpoint and appends.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, BinaryIO

#: The columns added to each input row in CSV and Parquet output.
RESULT_COLUMNS = (
    "match_count",
    "match_id",
    "match_caption",
    "match_schema",
    "match_score",
    "match_datasets",
)
PARQUET_BATCH = 50_000


def output_format(path: Path) -> str:
    """``jsonl``, ``csv`` or ``parquet`` from the output file's extension."""
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".parquet"):
        return suffix[1:]
    raise ValueError(f"{path}: unknown output type {suffix!r}; use .jsonl, .csv or .parquet")


def part_path(output: Path) -> Path:
    """Where rows are written until the run completes."""
    return output.with_name(output.name + ".part")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_text(v) for v in value)
    return str(value)


def flat_columns(columns: Sequence[str]) -> list[str]:
    """Output columns for CSV/Parquet: ``row``, the input's, then the best match's."""
    taken = set(columns)
    extra = [c if c not in taken else f"saring_{c}" for c in ("row", *RESULT_COLUMNS)]
    return [extra[0], *columns, *extra[1:]]


def flat_row(
    number: int, data: dict[str, Any], columns: Sequence[str], results: Sequence[dict[str, Any]]
) -> list[Any]:
    """One output row for CSV/Parquet: row number, input values, best match."""
    best = results[0] if results else {}
    return [
        number,
        *(_text(data.get(c)) for c in columns),
        len(results),
        best.get("id", ""),
        best.get("caption", ""),
        best.get("schema", ""),
        best.get("score"),
        ";".join(best.get("datasets", [])),
    ]


class OutputWriter:
    """Appends result rows to the part file; `finish` renames it into place."""

    def __init__(self, output: Path, columns: Sequence[str], resume_at: int | None = None):
        self.output = Path(output)
        self.kind = output_format(self.output)
        self.columns = list(columns)
        self.part = part_path(self.output)
        self.part.parent.mkdir(parents=True, exist_ok=True)
        if resume_at is not None and self.part.exists():
            self.fh: BinaryIO = self.part.open("r+b")
            self.fh.truncate(resume_at)
            self.fh.seek(resume_at)
        else:
            self.fh = self.part.open("wb")
            if self.kind == "csv":
                self._csv(flat_columns(self.columns))

    def _csv(self, values: Sequence[Any]) -> None:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(values)
        self.fh.write(buffer.getvalue().encode("utf-8"))

    def write(
        self,
        number: int,
        data: dict[str, Any],
        results: Sequence[dict[str, Any]],
        notes: Sequence[str] = (),
    ) -> None:
        """Write one screened row; ``notes`` (why nothing could match) go to JSON lines."""
        if self.kind == "jsonl":
            line: dict[str, Any] = {"row": number, "input": data, "results": list(results)}
            if notes:
                line["notes"] = list(notes)
            self.fh.write(json.dumps(line, ensure_ascii=False, default=str).encode() + b"\n")
            return
        values = flat_row(number, data, self.columns, results)
        if self.kind == "csv":
            self._csv(values)
        else:
            self.fh.write(json.dumps(values, ensure_ascii=False).encode() + b"\n")

    def sync(self) -> int:
        """Flush the part file to disk; its size, for the checkpoint."""
        self.fh.flush()
        os.fsync(self.fh.fileno())
        return self.fh.tell()

    def finish(self) -> None:
        """Close the part file and move the complete output into place."""
        self.sync()
        self.fh.close()
        if self.kind == "parquet":
            converted = self.output.with_name(f".{self.output.name}.{os.getpid()}.tmp")
            try:
                _part_to_parquet(self.part, converted, flat_columns(self.columns))
                os.replace(converted, self.output)
            finally:
                converted.unlink(missing_ok=True)
            self.part.unlink()
        else:
            os.replace(self.part, self.output)

    def close(self) -> None:
        """Close without finishing (the part file stays for a resume)."""
        if not self.fh.closed:
            self.fh.flush()
            self.fh.close()


def _part_to_parquet(part: Path, target: Path, columns: list[str]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    types = [pa.int64()] + [pa.string()] * (len(columns) - 7)
    types += [pa.int32(), pa.string(), pa.string(), pa.string(), pa.float64(), pa.string()]
    schema = pa.schema(list(zip(columns, types, strict=True)))

    def table(rows: list[list[Any]]) -> Any:
        arrays = [pa.array([r[i] for r in rows], type=t) for i, t in enumerate(types)]
        return pa.Table.from_arrays(arrays, schema=schema)

    with pq.ParquetWriter(target, schema) as writer, part.open("rb") as fh:
        rows: list[list[Any]] = []
        for line in fh:
            rows.append(json.loads(line))
            if len(rows) >= PARQUET_BATCH:
                writer.write_table(table(rows))
                rows = []
        writer.write_table(table(rows))
