"""Candidate recall and speed of the name index on the bundled lists.

Queries are the 683 UN-listed persons of yente's candidate-generation benchmark, as listed
(``positives_un_untreated.csv``) and with typos and reorderings (``positives_un_treated.csv``,
same row order). A query is found when an entity carrying that UN person (the ``unsc-``
record with the untreated name, or an OFAC/UK record with the same name) is among the
candidates. Prints recall@1/5/20, candidates() latency, build and load time, file size and
the memory the loaded index takes.

    nice .venv/bin/python benchmarks/index_recall.py [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from saring.index import NameIndex, Record
from saring.settings import Settings
from saring.store.store import Store

FIXTURES = Path("eval/yente-fixtures/candidate_generation_benchmark")
LIMITS = (1, 5, 20)
_WORD = re.compile(r"\w+")


def normal(text: str) -> str:
    """A name compared regardless of case, punctuation and word order."""
    return " ".join(sorted(_WORD.findall(text.casefold())))


def read_names(path: Path) -> list[str]:
    """The ``full_name`` column of a fixture file."""
    with path.open(encoding="utf-8") as fh:
        return [row["full_name"] for row in csv.DictReader(fh)]


def truth(records: list[Record], names: list[str]) -> list[set[str]]:
    """For each untreated name, the ids of the entities carrying that UN person: the UN
    records with that name, and the other lists' records sharing a name with them (same
    words in any order)."""
    by_name: dict[str, set[str]] = {}
    names_of: dict[str, list[str]] = {}
    for record in records:
        names_of[record.id] = [normal(text) for text in record.all_names]
        for text in names_of[record.id]:
            by_name.setdefault(text, set()).add(record.id)
    found = []
    for name in names:
        listed = {i for i in by_name.get(normal(name), set()) if i.startswith("unsc-")}
        same = {i for u in listed for text in names_of[u] for i in by_name[text]}
        found.append(listed | same)
    return found


def also_listed(records: list[Record], queries: list[str], expected: list[set[str]]):
    """``expected`` widened, for each query that is itself a listed name, by the entities
    carrying it: one treated row (``NOOR BARZAN IBRAHIM HASAN AL-TIKRITI``) names another
    listed person than its untreated row (``MOHAMMAD BARZAN …``)."""
    by_name: dict[str, set[str]] = {}
    for record in records:
        for text in record.all_names:
            by_name.setdefault(normal(text), set()).add(record.id)
    return [
        ids | by_name.get(normal(query), set()) if ids else ids
        for query, ids in zip(queries, expected, strict=True)
    ]


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure_load(path: Path) -> None:
    """Child process: print the load time and the memory the loaded index adds."""
    before = rss_mb()
    start = time.perf_counter()
    index = NameIndex.load(path)
    seconds = time.perf_counter() - start
    print(f"{seconds:.4f} {rss_mb() - before:.1f} {len(index)}")


def saved_figures(index: NameIndex, keep: Path | None = None) -> tuple[float, float, float]:
    """Save ``index`` (also to ``keep`` if given) and load it in a fresh process: file size
    (MB), load time (s) and the RSS the loaded index adds (MB)."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "names.index"
        index.save(path)
        size = path.stat().st_size / 1e6
        if keep:
            index.save(keep)
        child = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--measure-load", str(path)],
            capture_output=True,
            text=True,
            check=True,
        )
    load, memory, _ = child.stdout.split()
    return size, float(load), float(memory)


def evaluate(
    index: NameIndex, queries: list[str], expected: list[set[str]]
) -> tuple[dict[int, float], list[float], list[str]]:
    """Recall at each limit, per-query latencies (ms) and the missed queries."""
    hits = dict.fromkeys(LIMITS, 0)
    latencies: list[float] = []
    missed: list[str] = []
    counted = 0
    for query, ids in zip(queries, expected, strict=True):
        if not ids:
            continue
        counted += 1
        record = Record(id="query", schema="Person", caption=query, names=(query,))
        start = time.perf_counter()
        found = index.candidates(record, limit=max(LIMITS))
        latencies.append((time.perf_counter() - start) * 1000)
        ranks = [r.id in ids for r, _ in found]
        for limit in LIMITS:
            hits[limit] += any(ranks[:limit])
        if not any(ranks):
            missed.append(query)
    return {k: v / max(counted, 1) for k, v in hits.items()}, latencies, missed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description="Name index recall and speed.")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--show-missed", type=int, default=10, help="missed queries to print")
    parser.add_argument("--measure-load", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure_load:
        measure_load(args.measure_load)
        return
    store = Store(Settings.from_env().database_url)
    records = [Record.from_entity(e) for e in store.entities(matchable=True)]
    start = time.perf_counter()
    index = NameIndex.build(records)
    build = time.perf_counter() - start
    print(f"index: {len(index)} entities, {len(index.parts.name_record)} names")
    print(f"build: {build:.1f} s")
    size, load, memory = saved_figures(index)
    print(f"file: {size:.1f} MB; load: {load * 1000:.0f} ms; loaded RSS: {memory:.1f} MB")
    untreated = read_names(args.data / FIXTURES / "positives_un_untreated.csv")
    treated = read_names(args.data / FIXTURES / "positives_un_treated.csv")
    expected = truth(records, untreated)
    print(
        f"queries with a UN record of that name: {sum(bool(e) for e in expected)}/{len(untreated)}"
    )
    for label, queries in (("untreated", untreated), ("treated", treated)):
        wanted = also_listed(records, queries, expected)
        recall, latencies, missed = evaluate(index, queries, wanted)
        figures = " ".join(f"R@{k}={v:.4f}" for k, v in recall.items())
        print(
            f"{label}: {figures}; candidates() mean {statistics.mean(latencies):.2f} ms, "
            f"p50 {percentile(latencies, 0.5):.2f} ms, p99 {percentile(latencies, 0.99):.2f} ms"
        )
        for query in missed[: args.show_missed]:
            print(f"  missed: {query}")
    unmatched = [n for n, e in zip(untreated, expected, strict=True) if not e]
    print(f"left out (no UN record of that name): {unmatched}")


if __name__ == "__main__":
    main()
