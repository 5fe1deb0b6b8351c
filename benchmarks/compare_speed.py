"""Pair-scoring speed: saring's ``compare`` against nomenklatura's logic-v2 and name-based.

Every system scores the same pairs, nomenklatura's name_bench cases (826 labelled name pairs),
on one core. Inputs are built before timing (``Record``s for saring; single-``name`` FtM
entities with one id per distinct entity for nomenklatura, as its name_bench builds them), so
only the scoring call is timed.

- warm: the pairs are scored in blocks of ``--block`` (400: fewer entities than logic-v2's
  1,000-entry entity cache); each block is scored once untimed, then ``--repeat`` times timed,
  and the median pass counts (the machine is shared: the median damps others' bursts).
  Every cache of every system is as warm as it can be.
- fresh: as warm, but every timed pass gets new input objects (new entity ids), as a
  screening service sees them: caches keyed by name text are warm, logic-v2's per-entity
  cache is not.
- cold: a fresh process per system loads its tables by scoring a few unrelated pairs, then
  scores every pair once: each name is seen for the first time (median of ``--cold-runs``).

    .venv/bin/python benchmarks/compare_speed.py [--quick] [--json out.json]

Target: saring ≥ 50× logic-v2's pairs/s.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from evaldata import (
    NameCase,
    add_common_args,
    load_name_cases,
    pin_one_core,
    saring_core,
    write_json,
)
from peers import ALGORITHMS, Peer, name_entity, nomenklatura_version

TARGET_RATIO = 50.0
MODES = ("warm", "fresh", "cold")
SYSTEMS = ("saring", *ALGORITHMS)
#: Unrelated pairs scored before a cold pass, to load each system's tables (all scripts).
WARMUP_PAIRS = (
    ("Person", "Zebulon Quaxworth", "Zebulon Quaxwerth"),
    ("Company", "Quillfeather Trading Limited", "Quillfeather Trading Ltd"),
    ("Organization", "Brightwater Relief Foundation", "Brightwater Relief Fund"),
    ("Vessel", "Northern Starling", "Nothern Starling"),
    ("Person", "Ярополк Зюзькин", "Yaropolk Zyuzkin"),
    ("Person", "زبيدة القرقني", "Zubayda al-Qarqani"),
    ("Person", "欧阳翠花", "Ouyang Cuihua"),
)

Pair = tuple[Any, Any]
Score = Callable[[Any, Any], float]
#: Builds the inputs of a system for some cases; the tag makes entity ids unique per call.
Inputs = Callable[[list[NameCase], str], list[Pair]]


def saring_system() -> tuple[Inputs, Score]:
    """How saring builds its inputs and scores one pair."""
    from saring.index.record import Record
    from saring.match import compare

    def inputs(cases: list[NameCase], tag: str = "") -> list[Pair]:
        return [(Record.from_dict(c.query()), Record.from_dict(c.candidate())) for c in cases]

    def score(query: Any, candidate: Any) -> float:
        return compare(query, candidate).score

    return inputs, score


def peer_system(name: str) -> tuple[Inputs, Score]:
    """How a nomenklatura algorithm's inputs are built (name_bench style) and scored."""
    peer = Peer.get(name)

    def inputs(cases: list[NameCase], tag: str = "") -> list[Pair]:
        return [
            (
                name_entity(c.schema, c.name1, f"q{i}{tag}"),
                name_entity(c.schema, c.name2, f"c{i}{tag}"),
            )
            for i, c in enumerate(cases)
        ]

    return inputs, peer.score


def system(name: str) -> tuple[Inputs, Score]:
    """The input builder and scorer of ``saring`` or a peer."""
    return saring_system() if name == "saring" else peer_system(name)


def warmup_cases() -> list[NameCase]:
    """The unrelated table-loading pairs, as cases."""
    return [NameCase("warmup", s, a, b, True, "", "") for s, a, b in WARMUP_PAIRS]


def time_warm(
    name: str, cases: list[NameCase], repeat: int, block: int, fresh: bool = False
) -> dict[str, float]:
    """Pairs per second with warm caches; ``fresh``: new input objects for every pass."""
    make_inputs, score = system(name)
    for query, candidate in make_inputs(warmup_cases(), "w"):
        score(query, candidate)
    elapsed = 0.0
    for start in range(0, len(cases), block):
        chunk = cases[start : start + block]
        for query, candidate in make_inputs(chunk, f"-{start}"):
            score(query, candidate)
        pairs = make_inputs(chunk, f"-{start}")
        passes = []
        for number in range(repeat):
            if fresh:
                pairs = make_inputs(chunk, f"-{start}-{number}")
            began = time.perf_counter()
            for query, candidate in pairs:
                score(query, candidate)
            passes.append(time.perf_counter() - began)
        elapsed += statistics.median(passes)
    return {"pairs": len(cases), "seconds": elapsed, "pairs_per_s": len(cases) / elapsed}


def time_cold(name: str, cases: list[NameCase]) -> dict[str, float]:
    """Pairs per second, each pair scored once, right after table loading (fresh process)."""
    make_inputs, score = system(name)
    began = time.perf_counter()
    for query, candidate in make_inputs(warmup_cases(), "w"):
        score(query, candidate)
    loading = time.perf_counter() - began
    pairs = make_inputs(cases, "")
    began = time.perf_counter()
    for query, candidate in pairs:
        score(query, candidate)
    elapsed = time.perf_counter() - began
    return {
        "pairs": len(pairs),
        "seconds": elapsed,
        "pairs_per_s": len(pairs) / elapsed,
        "table_loading_s": loading,
    }


def cold_in_subprocess(name: str, args: argparse.Namespace, limit: int | None) -> dict[str, Any]:
    """Run ``time_cold`` for ``name`` in fresh interpreters; the run of median speed."""
    command = [sys.executable, __file__, "--cold-worker", name, "--data", str(args.data)]
    command += ["--cpu", str(args.cpu)]
    if limit:
        command += ["--limit", str(limit)]
    runs = []
    for _ in range(1 if args.quick else args.cold_runs):
        result = subprocess.run(command, capture_output=True, text=True, check=True)
        runs.append(json.loads(result.stdout.strip().splitlines()[-1]))
    runs.sort(key=lambda run: run["pairs_per_s"])
    return {**runs[len(runs) // 2], "runs": len(runs)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_common_args(parser)
    parser.add_argument("--systems", nargs="+", default=list(SYSTEMS), choices=SYSTEMS)
    parser.add_argument("--repeat", type=int, default=5, help="timed passes per block (warm)")
    parser.add_argument("--block", type=int, default=400, help="pairs per warm block")
    parser.add_argument("--limit", type=int, help="use the first N cases only")
    parser.add_argument("--cold-runs", type=int, default=3, help="fresh processes per system")
    parser.add_argument("--cold-worker", choices=SYSTEMS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    pinned = pin_one_core(args.cpu)
    limit = 200 if args.quick and not args.limit else args.limit
    cases = load_name_cases(args.data)[:limit]
    if args.cold_worker:
        print(json.dumps(time_cold(args.cold_worker, cases)))
        return
    repeat = 3 if args.quick else args.repeat
    core = saring_core()
    print(
        f"{len(cases)} name_bench pairs; warm/fresh: median of {repeat} timed passes per block "
        f"of {args.block}; cold: one pass in a fresh process; on CPU {args.cpu} only: {pinned}; "
        f"saring core {core}; nomenklatura {nomenklatura_version()}"
    )
    figures: dict[str, Any] = {
        "pairs": len(cases),
        "one_core": pinned,
        "saring_core": core,
        "systems": {},
    }
    for name in args.systems:
        figures["systems"][name] = {
            "warm": time_warm(name, cases, repeat, args.block),
            "fresh": time_warm(name, cases, repeat, args.block, fresh=True),
            "cold": cold_in_subprocess(name, args, limit),
        }
    header = f"\n{'system':<12}"
    for mode in MODES:
        header += f" {mode + ' pairs/s':>14} {'µs/pair':>8}"
    print(header)
    for name, result in figures["systems"].items():
        line = f"{name:<12}"
        for mode in MODES:
            rate = result[mode]["pairs_per_s"]
            line += f" {rate:>14,.0f} {1e6 / rate:>8.1f}"
        print(line)
    ours = figures["systems"].get("saring")
    ratios: dict[str, dict[str, float]] = {}
    for name, result in figures["systems"].items():
        if ours is None or name == "saring":
            continue
        ratios[name] = {
            mode: ours[mode]["pairs_per_s"] / result[mode]["pairs_per_s"] for mode in MODES
        }
        verdict = "met" if min(ratios[name].values()) >= TARGET_RATIO else "NOT met"
        target = f" (target ≥ {TARGET_RATIO:.0f}×: {verdict})" if name == "logic-v2" else ""
        shown = ", ".join(f"{mode} {ratios[name][mode]:.1f}×" for mode in MODES)
        print(f"saring / {name}: {shown}{target}")
    figures["ratios"] = ratios
    write_json(args.json, figures)


if __name__ == "__main__":
    main()
