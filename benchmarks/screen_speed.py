"""Screening speed and memory: the name index over the bundled lists and a synthetic 1M list.

For each list, one process builds the index (records, build time, file size, peak RSS) and a
second, fresh process loads it (load time, RSS added by the index) and times ``screen`` on
``--queries`` queries, one at a time, on one core. The query mix is seeded:

- typo: a listed name with one edit (two for names over 12 characters);
- reorder: a listed name with its tokens rotated or shuffled;
- script: a listed name in another script (Latin names rendered in Cyrillic, other scripts
  romanised, by ICU);
- unlisted: names of ``negatives_global.csv`` (synthetic persons on no list).

Each query is a name with the listed entity's schema (Person for unlisted ones); its latency
covers ``Record.from_dict`` and ``screen(index, record)``. Twenty other queries run first,
untimed, to load the name tables.

Peer: yente (OpenSanctions' screening API) needs Elasticsearch and cannot run here; its
documented throughput is printed as a reference, not measured.

    .venv/bin/python benchmarks/screen_speed.py [--lists bundled synthetic] [--quick]

Targets: p50 ≤ 5 ms, p99 ≤ 20 ms, index ≤ 2 GB for 1M entities.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import icu
from evaldata import (
    add_common_args,
    iter_negatives,
    peak_rss_mb,
    percentile,
    pin_one_core,
    rss_mb,
    write_json,
)
from synthetic import CACHE_DIR, DEFAULT_COUNT, DEFAULT_SEED, ensure_synthetic, read_entities

from saring.index import NameIndex, Record
from saring.match import screen

TARGET_P50_MS = 5.0
TARGET_P99_MS = 20.0
TARGET_INDEX_MB_PER_1M = 2000.0
QUERY_SHARES = {"typo": 0.3, "reorder": 0.2, "script": 0.25, "unlisted": 0.25}
#: Schemata whose names make queries (not addresses or wallets).
QUERY_SCHEMATA = ("Person", "Company", "Organization", "LegalEntity", "Vessel", "Airplane")
WARMUP_QUERIES = 20
YENTE_REFERENCE = (
    "yente (documented, not measured here: needs Elasticsearch): /match with logic-v2 and "
    "YENTE_MATCH_CANDIDATES=10 serves ~4 requests/s per vCPU (GCE N4), i.e. ~250 ms of "
    "scoring per request; logic-v1 ~15/s. Source: yente docs, deploy/scaling."
)


# -- the lists ------------------------------------------------------------------------------


def bundled_entities(url: str | None = None) -> list[Any]:
    """The current matchable entities of the default store (the bundled lists), read only."""
    from saring.settings import Settings
    from saring.store import Store

    store = Store(url or Settings.from_env().database_url)
    entities = list(store.entities(matchable=True))
    store.engine.dispose()
    return entities


def bundled_records(url: str | None = None) -> Iterator[Record]:
    """Records of the bundled lists' matchable entities."""
    return (Record.from_entity(entity) for entity in bundled_entities(url))


def synthetic_records(count: int, seed: int = DEFAULT_SEED) -> Iterator[Record]:
    """Records of the cached synthetic list (generated first if missing)."""
    return (Record.from_dict(e) for e in read_entities(ensure_synthetic(count, seed)))


def build_index(records: Iterable[Record]) -> tuple[NameIndex, float]:
    """saring's index over ``records``, and the seconds the build took."""
    began = time.perf_counter()
    index = NameIndex.build(records)
    return index, time.perf_counter() - began


def saring_screen(index: NameIndex, payload: dict[str, Any], limit: int = 10) -> list[Any]:
    """Screen one query payload (``{"schema", "properties"}``) against the index."""
    return screen(index, Record.from_dict(payload), limit=limit)


# -- the queries ----------------------------------------------------------------------------


def is_latin(text: str) -> bool:
    """Whether every letter of ``text`` is a Latin letter."""
    return all(unicodedata.name(char, "").startswith("LATIN") for char in text if char.isalpha())


def with_typos(name: str, rng: random.Random) -> str:
    """``name`` with one edit (two when longer than 12 characters) at letter positions."""
    chars = list(name)
    letters = [c for c in chars if c.isalpha()] or chars
    for _ in range(2 if len(name) > 12 else 1):
        spots = [i for i, c in enumerate(chars) if c.isalpha()]
        if not spots:
            break
        at = rng.choice(spots)
        edit = rng.choice(("substitute", "delete", "insert", "transpose"))
        if edit == "substitute":
            chars[at] = rng.choice(letters)
        elif edit == "delete" and len(spots) > 3:
            del chars[at]
        elif edit == "insert":
            chars.insert(at, chars[at])
        elif at + 1 < len(chars) and chars[at + 1].isalpha():
            chars[at], chars[at + 1] = chars[at + 1], chars[at]
    return "".join(chars)


def reordered(name: str, rng: random.Random) -> str | None:
    """``name`` with its tokens rotated or shuffled; None for a one-token name."""
    tokens = [t.strip(",") for t in name.split() if t.strip(",")]
    if len(tokens) < 2:
        return None
    if rng.random() < 0.5:
        shift = rng.randrange(1, len(tokens))
        result = tokens[shift:] + tokens[:shift]
    else:
        result = tokens[:]
        while result == tokens:
            rng.shuffle(result)
    return " ".join(result)


class Scripts:
    """ICU renderings of a name in another script."""

    def __init__(self) -> None:
        self.to_cyrillic = icu.Transliterator.createInstance("Latin-Cyrillic")
        self.to_latin = icu.Transliterator.createInstance("Any-Latin; Latin-ASCII")

    def other(self, name: str) -> str:
        """Latin names in Cyrillic, names in other scripts romanised."""
        if is_latin(name):
            return self.to_cyrillic.transliterate(name)
        return " ".join(self.to_latin.transliterate(name).split())


def make_queries(
    records: list[Record], unlisted: list[str], count: int, seed: int
) -> list[dict[str, Any]]:
    """``count`` queries of the documented mix, the same ones for the same inputs and seed."""
    rng = random.Random(seed)
    scripts = Scripts()
    listed = [r for r in records if r.schema in QUERY_SCHEMATA and r.names]
    kinds = [kind for kind, share in QUERY_SHARES.items() for _ in range(round(count * share))]
    kinds = (kinds + ["typo"] * count)[:count]
    rng.shuffle(kinds)
    queries = []
    for kind in kinds:
        if kind == "unlisted":
            name, schema, source = rng.choice(unlisted), "Person", None
        else:
            record = rng.choice(listed)
            schema, source = record.schema, record.id
            original = rng.choice(record.names)
            if kind == "reorder":
                name = reordered(original, rng) or with_typos(original, rng)
            elif kind == "script":
                name = scripts.other(original) or with_typos(original, rng)
            else:
                name = with_typos(original, rng)
        queries.append(
            {
                "kind": kind,
                "source": source,
                "payload": {"schema": schema, "properties": {"name": [name]}},
            }
        )
    return queries


def unlisted_names(data: Path, limit: int = 50_000) -> list[str]:
    """Full names of ``negatives_global.csv`` (persons on no list)."""
    names = []
    for payload in iter_negatives("global", data):
        names.extend(payload["properties"]["name"])
        if len(names) >= limit:
            break
    return names


# -- the two worker processes ---------------------------------------------------------------


def list_records(name: str, count: int) -> Iterator[Record]:
    """The records of list ``bundled`` or ``synthetic`` (``count`` entities)."""
    return bundled_records() if name == "bundled" else synthetic_records(count)


def build_worker(args: argparse.Namespace) -> dict[str, Any]:
    """Read the list, build and save its index, write the queries; figures as a dict."""
    rss_start = rss_mb()
    began = time.perf_counter()
    records = list(list_records(args.list, args.count))
    read_s = time.perf_counter() - began
    rss_records = rss_mb()
    index, build_s = build_index(records)
    gc.collect()
    rss_built = rss_mb()
    path = index_path(args.list, args.count)
    began = time.perf_counter()
    index.save(path)
    save_s = time.perf_counter() - began
    queries = make_queries(records, unlisted_names(args.data), args.queries, args.seed)
    warmup = make_queries(records, unlisted_names(args.data), WARMUP_QUERIES, args.seed + 1)
    queries_path(args.list, args.count).write_text(
        json.dumps({"queries": queries, "warmup": warmup}, ensure_ascii=False), encoding="utf-8"
    )
    return {
        "entities": len(records),
        "names": sum(len(r.names) + len(r.weak_names) for r in records),
        "read_records_s": read_s,
        "build_s": build_s,
        "save_s": save_s,
        "index_file_mb": path.stat().st_size / 1e6,
        "rss_start_mb": rss_start,
        "rss_records_mb": rss_records,
        "rss_built_mb": rss_built,
        "peak_rss_build_mb": peak_rss_mb(),
    }


def query_worker(args: argparse.Namespace) -> dict[str, Any]:
    """Load the saved index, then time ``screen`` per query; figures as a dict."""
    spec = json.loads(queries_path(args.list, args.count).read_text(encoding="utf-8"))
    gc.collect()
    rss_before = rss_mb()
    began = time.perf_counter()
    index = NameIndex.load(index_path(args.list, args.count))
    load_s = time.perf_counter() - began
    gc.collect()
    rss_loaded = rss_mb()
    for query in spec["warmup"]:
        saring_screen(index, query["payload"])
    latencies: dict[str, list[float]] = {kind: [] for kind in QUERY_SHARES}
    found = dict.fromkeys(QUERY_SHARES, 0)
    matched = dict.fromkeys(QUERY_SHARES, 0)
    for query in spec["queries"]:
        began = time.perf_counter()
        hits = saring_screen(index, query["payload"])
        latencies[query["kind"]].append((time.perf_counter() - began) * 1000)
        if query["source"] and any(h.record.id == query["source"] for h in hits):
            found[query["kind"]] += 1
        if any(h.match for h in hits):
            matched[query["kind"]] += 1
    every = [ms for values in latencies.values() for ms in values]
    return {
        "load_s": load_s,
        "rss_before_load_mb": rss_before,
        "rss_index_mb": rss_loaded - rss_before,
        "index_nbytes_mb": index.nbytes / 1e6,
        "peak_rss_query_mb": peak_rss_mb(),
        "queries": len(every),
        "p50_ms": percentile(every, 50),
        "p90_ms": percentile(every, 90),
        "p99_ms": percentile(every, 99),
        "max_ms": max(every),
        "mean_ms": sum(every) / len(every),
        "by_kind": {
            kind: {
                "queries": len(values),
                "p50_ms": percentile(values, 50),
                "p99_ms": percentile(values, 99),
                "source_in_top10": found[kind],
                "any_match": matched[kind],
            }
            for kind, values in latencies.items()
        },
    }


def index_path(name: str, count: int) -> Path:
    """Where the index of list ``name`` is saved."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    return CACHE_DIR / (f"index-{name}.idx" if name == "bundled" else f"index-synth-{count}.idx")


def queries_path(name: str, count: int) -> Path:
    """Where the queries for list ``name`` are saved between the two processes."""
    return index_path(name, count).with_suffix(".queries.json")


def run_worker(role: str, name: str, args: argparse.Namespace, count: int) -> dict[str, Any]:
    """Run one worker in a fresh interpreter on the chosen CPU; its figures."""
    command = [
        sys.executable, __file__, "--worker", role, "--list", name, "--count", str(count),
        "--queries", str(args.queries), "--seed", str(args.seed), "--data", str(args.data),
        "--cpu", str(args.cpu),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{role} worker for {name} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def report(name: str, figures: dict[str, Any]) -> None:
    """Print one list's figures and the targets they meet or miss."""
    b, q = figures["build"], figures["query"]
    print(f"\n== {name}: {b['entities']:,} entities, {b['names']:,} names")
    print(f"  read + records      {b['read_records_s']:8.1f} s")
    print(f"  index build         {b['build_s']:8.1f} s")
    print(f"  index file          {b['index_file_mb']:8.1f} MB (save {b['save_s']:.1f} s)")
    print(f"  index load          {q['load_s']:8.2f} s")
    print(f"  RSS added by index  {q['rss_index_mb']:8.1f} MB (arrays: {q['index_nbytes_mb']:.1f})")
    print(f"  peak RSS            {b['peak_rss_build_mb']:8.1f} MB build, ", end="")
    print(f"{q['peak_rss_query_mb']:.1f} MB screening")
    print(
        f"  screen latency      p50 {q['p50_ms']:.2f} ms, p90 {q['p90_ms']:.2f}, "
        f"p99 {q['p99_ms']:.2f}, max {q['max_ms']:.1f}, mean {q['mean_ms']:.2f} "
        f"({q['queries']:,} queries, {1000 / q['mean_ms']:,.0f}/s on one core)"
    )
    for kind, k in q["by_kind"].items():
        share = f"source in top 10: {k['source_in_top10']}/{k['queries']}"
        if kind == "unlisted":
            share = f"any match: {k['any_match']}/{k['queries']}"
        print(f"    {kind:<9} p50 {k['p50_ms']:6.2f} ms  p99 {k['p99_ms']:6.2f} ms  {share}")
    verdicts = [
        ("p50", q["p50_ms"] <= TARGET_P50_MS, f"≤ {TARGET_P50_MS:g} ms"),
        ("p99", q["p99_ms"] <= TARGET_P99_MS, f"≤ {TARGET_P99_MS:g} ms"),
    ]
    if b["entities"] >= 500_000:
        scaled = q["rss_index_mb"] * 1_000_000 / b["entities"]
        verdicts.append(("index RSS per 1M", scaled <= TARGET_INDEX_MB_PER_1M, "≤ 2 GB"))
    print(
        "  targets: " + ", ".join(f"{n} {t}: {'met' if ok else 'NOT met'}" for n, ok, t in verdicts)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_args(parser)
    parser.add_argument("--lists", nargs="+", default=["bundled", "synthetic"])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="synthetic entities")
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--worker", choices=("build", "query"), help=argparse.SUPPRESS)
    parser.add_argument("--list", choices=("bundled", "synthetic"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    pinned = pin_one_core(args.cpu)
    if args.worker:
        worker = build_worker if args.worker == "build" else query_worker
        print(json.dumps(worker(args)))
        return
    lists, count = args.lists, args.count
    if args.quick:
        lists, count, args.queries = ["synthetic"], 20_000, 300
    print(f"one core (CPU {args.cpu}): {pinned}; {args.queries} queries per list; data {args.data}")
    figures: dict[str, Any] = {"one_core": pinned, "queries": args.queries, "lists": {}}
    for name in lists:
        label = name if name == "bundled" else f"synthetic {count:,}"
        if name == "synthetic":
            began = time.perf_counter()
            ensure_synthetic(count, DEFAULT_SEED)
            figures["synthetic_ready_s"] = time.perf_counter() - began
        result = {
            "build": run_worker("build", name, args, count),
            "query": run_worker("query", name, args, count),
        }
        figures["lists"][label] = result
        report(label, result)
    print(f"\n{YENTE_REFERENCE}")
    figures["yente_reference"] = YENTE_REFERENCE
    write_json(args.json, figures)


if __name__ == "__main__":
    main()
