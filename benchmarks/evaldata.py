"""Loaders for the labelled evaluation data under ``<data>/eval`` (see its SOURCES.md).

- ``nomenklatura-benches/name_bench_cases.csv``: 826 labelled name pairs.
- ``yente-fixtures/candidate_generation_benchmark/positives_un_{untreated,treated}.csv``: 683 UN
  Security Council listed persons. The two files are aligned row by row: row *i* of the treated
  file is row *i* of the untreated one with typos, reordered names and, in some rows, a shifted
  birth date or changed nationality.
- ``negatives_global.csv`` / ``negatives_us.csv``: 50,000 synthetic persons each, none listed.

Person rows become query dicts accepted by ``Record.from_dict``: ``name``, ``birthDate`` and
``nationality`` (country names such as "Iraq" are cleaned to codes by FollowTheMoney).

The command-line plumbing the benchmark scripts share (``--data``, ``--json``, one core,
memory readings) sits at the end.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import resource
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
#: ``../shared/data`` relative to the repository root.
DEFAULT_DATA = (REPO_ROOT / ".." / "shared" / "data").resolve()
CANDIDATES_DIR = Path("eval/yente-fixtures/candidate_generation_benchmark")
NAME_BENCH = Path("eval/nomenklatura-benches/name_bench_cases.csv")
NEGATIVE_SETS = ("global", "us")


@dataclass(frozen=True, slots=True)
class NameCase:
    """One labelled name pair of nomenklatura's name_bench."""

    case_group: str
    schema: str
    name1: str
    name2: str
    is_match: bool
    quality: str
    category: str

    @property
    def non_ascii(self) -> bool:
        """Whether either name has a character outside ASCII."""
        return not (self.name1.isascii() and self.name2.isascii())

    def query(self) -> dict[str, Any]:
        """The query side as a ``Record.from_dict`` payload."""
        return {"schema": self.schema, "properties": {"name": [self.name1]}}

    def candidate(self) -> dict[str, Any]:
        """The listed side as a ``Record.from_dict`` payload."""
        return {"id": "candidate", "schema": self.schema, "properties": {"name": [self.name2]}}


@dataclass(frozen=True, slots=True)
class Positive:
    """A query that must find a listed person: ``listed_name`` is the name as listed."""

    row: int
    query: dict[str, Any]
    listed_name: str
    treated: bool


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_name_cases(data: Path = DEFAULT_DATA) -> list[NameCase]:
    """The 826 labelled pairs of ``name_bench_cases.csv``, in file order."""
    return [
        NameCase(
            case_group=row["case_group"],
            schema=row["schema"],
            name1=row["name1"],
            name2=row["name2"],
            is_match=row["is_match"].strip().lower() == "true",
            quality=row.get("quality") or "MEDIUM",
            category=row.get("category") or "",
        )
        for row in _read_csv(data / NAME_BENCH)
    ]


def person_query(row: dict[str, str]) -> dict[str, Any]:
    """A fixture row (``full_name, date_of_birth, nationality``) as a Person query payload."""
    properties: dict[str, list[str]] = {"name": [row["full_name"].strip()]}
    if row.get("date_of_birth", "").strip():
        properties["birthDate"] = [row["date_of_birth"].strip()]
    if row.get("nationality", "").strip():
        properties["nationality"] = [row["nationality"].strip()]
    return {"schema": "Person", "properties": properties}


def load_un_positives(data: Path = DEFAULT_DATA, treated: bool = True) -> list[Positive]:
    """UN-listed persons as queries (treated or untreated), each with its listed name.

    The listed name is always the untreated row's ``full_name``: the treated file only
    perturbs the query, row for row.
    """
    untreated = _read_csv(data / CANDIDATES_DIR / "positives_un_untreated.csv")
    queries = untreated
    if treated:
        queries = _read_csv(data / CANDIDATES_DIR / "positives_un_treated.csv")
        if len(queries) != len(untreated):
            raise ValueError("treated and untreated UN fixtures differ in length")
    return [
        Positive(row=i, query=person_query(q), listed_name=u["full_name"].strip(), treated=treated)
        for i, (q, u) in enumerate(zip(queries, untreated, strict=True))
    ]


def iter_negatives(which: str, data: Path = DEFAULT_DATA) -> Iterator[dict[str, Any]]:
    """Person query payloads of ``negatives_<which>.csv`` (``global`` or ``us``)."""
    if which not in NEGATIVE_SETS:
        raise ValueError(f"unknown negative set {which!r}; expected one of {NEGATIVE_SETS}")
    path = data / CANDIDATES_DIR / f"negatives_{which}.csv"
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            yield person_query(row)


def load_negatives(which: str, data: Path = DEFAULT_DATA, limit: int | None = None) -> list[dict]:
    """The first ``limit`` (default all) Person queries of ``negatives_<which>.csv``."""
    rows: list[dict[str, Any]] = []
    for query in iter_negatives(which, data):
        if limit is not None and len(rows) >= limit:
            break
        rows.append(query)
    return rows


# -- script plumbing ---------------------------------------------------------------------


def add_common_args(parser: argparse.ArgumentParser) -> None:
    """``--data``, ``--json`` and ``--quick``, as every benchmark script takes them."""
    parser.add_argument(
        "--data", type=Path, default=DEFAULT_DATA, help=f"shared data folder ({DEFAULT_DATA})"
    )
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--quick", action="store_true", help="small configuration (< 1 min)")
    parser.add_argument("--cpu", type=int, default=0, help="the one CPU to run on (default 0)")


def write_json(path: Path | None, figures: dict[str, Any]) -> None:
    """Write ``figures`` to ``path`` (if given) as indented JSON."""
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"figures written to {path}")


def saring_core() -> str:
    """How saring's scoring core runs here: compiled (mypyc, the default install) or as
    plain Python (``SARING_PURE_PYTHON=1``)."""
    from saring.match import align

    return "compiled" if (align.__file__ or "").endswith(".so") else "python"


def pin_one_core(cpu: int = 0) -> bool:
    """Run this process (and the processes it starts) on one CPU, where the OS allows it."""
    if not hasattr(os, "sched_setaffinity"):
        return False
    os.sched_setaffinity(0, {cpu})
    return True


def rss_mb() -> float:
    """This process's resident memory now, in MB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (``getrusage``; KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def percentile(values: list[float], pct: float) -> float:
    """The ``pct`` percentile (nearest rank) of ``values``."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, math.ceil(pct / 100 * len(ordered)) - 1))
    return ordered[rank]


def main() -> None:
    """Print what the loaders read: counts, and how the treated UN rows differ."""
    parser = argparse.ArgumentParser(description="Summarise the evaluation data.")
    add_common_args(parser)
    args = parser.parse_args()
    cases = load_name_cases(args.data)
    matches = sum(c.is_match for c in cases)
    non_ascii = sum(c.non_ascii for c in cases)
    print(f"name_bench: {len(cases)} pairs, {matches} matches, {non_ascii} with non-ASCII text")
    untreated = load_un_positives(args.data, treated=False)
    treated = load_un_positives(args.data, treated=True)
    renamed = sum(
        t.query["properties"]["name"] != u.query["properties"]["name"]
        for t, u in zip(treated, untreated, strict=True)
    )
    redated = sum(
        t.query["properties"].get("birthDate") != u.query["properties"].get("birthDate")
        for t, u in zip(treated, untreated, strict=True)
    )
    print(
        f"UN positives: {len(untreated)} rows; treated rows with another name: {renamed}, "
        f"another birth date: {redated}"
    )
    for which in NEGATIVE_SETS:
        rows = load_negatives(which, args.data)
        dated = sum("birthDate" in r["properties"] for r in rows)
        print(f"negatives {which}: {len(rows):,} persons, {dated:,} with a birth date")


if __name__ == "__main__":
    main()
