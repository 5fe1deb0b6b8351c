"""The name index at a million entities: build time, memory, file size, load time, query
latency and UN recall in a large haystack.

The bundled lists are padded with synthetic entities made from real name parts: persons
combine first, middle and last names of yente's synthetic screening populations (many
cultures and scripts) or vary a listed person's name by one part; companies vary a listed
organisation's name. Queries are the UN persons with typos (recall) and the synthetic
screening population itself (latency of ordinary, non-matching traffic).

    nice .venv/bin/python benchmarks/index_scale.py --entities 1000000 [--data ../shared/data]
"""

from __future__ import annotations

import argparse
import csv
import gc
import itertools
import random
import resource
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from index_recall import (  # noqa: E402
    FIXTURES,
    also_listed,
    evaluate,
    percentile,
    read_names,
    rss_mb,
    saved_figures,
    truth,
)

from saring.index import NameIndex, Record  # noqa: E402
from saring.settings import Settings  # noqa: E402
from saring.store.store import Store  # noqa: E402

POPULATIONS = ("negatives_global.csv", "negatives_us.csv")


def read_people(data: Path) -> list[dict[str, str]]:
    """The rows of yente's synthetic screening populations."""
    rows: list[dict[str, str]] = []
    for name in POPULATIONS:
        with (data / FIXTURES / name).open(encoding="utf-8") as fh:
            rows.extend(csv.DictReader(fh))
    return rows


def synthetic(records: list[Record], people: list[dict[str, str]], count: int) -> Iterator[Record]:
    """``count`` made-up entities from real name parts (seeded, so runs compare)."""
    rng = random.Random(20240501)
    firsts = [r["first_name"] for r in people if r["first_name"]]
    middles = [r["middle_name"] for r in people if r["middle_name"]]
    lasts = [r["last_name"] for r in people if r["last_name"]]
    listed_people = [n.split() for r in records if r.schema == "Person" for n in r.names]
    listed_orgs = [n.split() for r in records if r.schema != "Person" for n in r.names]
    person_parts = [t for n in listed_people for t in n]
    org_parts = [t for n in listed_orgs for t in n]

    def varied(parts: list[str], pool: list[str]) -> str:
        parts = list(parts)
        parts[rng.randrange(len(parts))] = rng.choice(pool)
        return " ".join(parts)

    def person() -> str:
        if rng.random() < 0.3:
            return varied(rng.choice(listed_people), person_parts)
        middle = [rng.choice(middles)] if rng.random() < 0.4 else []
        return " ".join([rng.choice(firsts), *middle, rng.choice(lasts)])

    for number in range(count):
        roll = rng.random()
        schema = "Person" if roll < 0.7 else "Company" if roll < 0.93 else "Vessel"
        make = person if schema == "Person" else lambda: varied(rng.choice(listed_orgs), org_parts)
        names = tuple(dict.fromkeys(make() for _ in range(rng.choice((1, 1, 1, 2, 3, 4)))))
        yield Record(id=f"syn-{number}", schema=schema, caption=names[0], names=names)


def main() -> None:
    parser = argparse.ArgumentParser(description="Name index at scale.")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--entities", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2000, help="population queries to time")
    parser.add_argument("--keep", type=Path, help="save the built index here")
    args = parser.parse_args()
    store = Store(Settings.from_env().database_url)
    records = [Record.from_entity(e) for e in store.entities(matchable=True)]
    people = read_people(args.data)
    padding = max(0, args.entities - len(records))
    base = rss_mb()
    start = time.perf_counter()
    index = NameIndex.build(itertools.chain(records, synthetic(records, people, padding)))
    build = time.perf_counter() - start
    gc.collect()
    print(f"index: {len(index)} entities, {len(index.parts.name_record)} names")
    grown = rss_mb() - base
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"build: {build:.0f} s; arrays {index.nbytes / 1e6:.0f} MB")
    print(f"RSS: +{grown:.0f} MB after build (records, caches), peak {peak:.0f} MB")
    size, load, memory = saved_figures(index, args.keep)
    print(f"file: {size:.0f} MB; load: {load:.2f} s; RSS of the loaded index: {memory:.1f} MB")
    index.candidates(Record(id="q", schema="Person", caption="warm", names=("Sergei Lavrov",)))
    untreated = read_names(args.data / FIXTURES / "positives_un_untreated.csv")
    treated = read_names(args.data / FIXTURES / "positives_un_treated.csv")
    expected = also_listed(records, treated, truth(records, untreated))
    recall, latencies, missed = evaluate(index, treated, expected)
    figures = " ".join(f"R@{k}={v:.4f}" for k, v in recall.items())
    print(
        f"UN treated: {figures}; p50 {percentile(latencies, 0.5):.2f} ms, "
        f"p99 {percentile(latencies, 0.99):.2f} ms; missed {missed[:10]}"
    )
    sample = random.Random(7).sample(people, min(args.queries, len(people)))
    timings = []
    for row in sample:
        query = Record(id="q", schema="Person", caption=row["full_name"], names=(row["full_name"],))
        start = time.perf_counter()
        index.candidates(query)
        timings.append((time.perf_counter() - start) * 1000)
    print(
        f"population queries: mean {statistics.mean(timings):.2f} ms, "
        f"p50 {percentile(timings, 0.5):.2f} ms, p99 {percentile(timings, 0.99):.2f} ms"
    )


if __name__ == "__main__":
    main()
