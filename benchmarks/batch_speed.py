"""Batch screening speed and quality: `saring screen-file` end to end, start-up included.

(a) yente fixtures: the first 500 UN-listed persons with typos (``positives_un_treated``)
    shuffled among the first 4,500 synthetic negatives (``negatives_global``), screened with
    the local engine on 2 workers: recall (a positive row with a match; and with the listed
    person among its matches), share of negatives with any match, rows/s including start-up.
(b) generated customers: ``--rows`` multi-script rows (default 1,000,000) from
    ``synthetic.generate`` (another seed than the list's), screened against the bundled
    lists with the local engine on 1 and 2 workers (speed-up) and with Spark local mode:
    rows/s and peak memory of the whole process tree (workers, JVM and its Python workers).

Runs against the configured data dir (``$SARING_DATA_DIR``; the bundled lists are imported
there first if it is empty). Generated files go to ``/tmp/saring-bench/batch``.

    .venv/bin/python benchmarks/batch_speed.py [--data ../shared/data] [--rows 1000000]
        [--parts yente generated] [--engines local spark] [--json out.json]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from evaldata import CANDIDATES_DIR, DEFAULT_DATA, saring_core, write_json  # noqa: E402

WORK = Path(os.environ.get("SARING_BENCH_CACHE", "/tmp/saring-bench")) / "batch"
POSITIVES, NEGATIVES = 500, 4500
NAME_PROPS = ("name", "alias", "previousName", "weakAlias")
_PUNCTUATION = re.compile(r"[^\w\s]+")


def word_key(name: str) -> str:
    """A name's words, case-folded, without punctuation, sorted."""
    return " ".join(sorted(_PUNCTUATION.sub(" ", name.casefold()).split()))


def _children(pid: int) -> list[int]:
    found = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children", encoding="ascii") as fh:
                found.extend(int(c) for c in fh.read().split())
    except OSError:
        pass
    return found


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (Linux)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/statm", encoding="ascii") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except OSError:
            continue
        stack.extend(_children(current))
    return total / 1e6


def run_cli(args: list[str]) -> dict[str, Any]:
    """Run ``saring <args> --json``: its summary, wall seconds and peak tree memory."""
    command = [sys.executable, "-c", "from saring.cli import app; app()", *args, "--json"]
    began = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0.0]

    def sample() -> None:
        while process.poll() is None:
            peak[0] = max(peak[0], tree_rss_mb(process.pid))
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = process.communicate()
    wall = time.perf_counter() - began
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"saring {' '.join(args)} failed:\n{stderr.decode()[-3000:]}")
    summary = json.loads(stdout)
    summary.update(wall_s=round(wall, 2), peak_rss_mb=round(peak[0], 1))
    summary["rows_per_s_with_startup"] = round(summary["rows"] / wall, 1)
    return summary


# -- (a) yente fixtures ---------------------------------------------------------------------


def yente_file(data: Path, seed: int, positives: int, negative_count: int) -> Path:
    """The mixed positives and negatives file, with each row's truth in extra columns."""
    folder = data / CANDIDATES_DIR
    with (folder / "positives_un_treated.csv").open(encoding="utf-8", newline="") as fh:
        treated = list(csv.DictReader(fh))[:positives]
    with (folder / "positives_un_untreated.csv").open(encoding="utf-8", newline="") as fh:
        listed = [r["full_name"] for r in list(csv.DictReader(fh))[:positives]]
    with (folder / "negatives_global.csv").open(encoding="utf-8", newline="") as fh:
        negatives = list(csv.DictReader(fh))[:negative_count]
    pairs = zip(treated, listed, strict=True)
    rows = [{**r, "expected": "listed", "listed_as": n} for r, n in pairs]
    rows += [{**r, "expected": "unlisted", "listed_as": ""} for r in negatives]
    random.Random(seed).shuffle(rows)
    path = WORK / "yente-mixed.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return path


def yente_part(args: argparse.Namespace) -> dict[str, Any]:
    source = yente_file(args.data, args.seed, args.positives, args.negatives)
    out = WORK / "yente-hits.jsonl"
    summary = run_cli(
        ["screen-file", str(source), "--out", str(out), "--workers", "2", "--schema", "Person"]
    )
    found = true_found = negatives_flagged = positives = negatives = 0
    with out.open(encoding="utf-8") as fh:
        for line in map(json.loads, fh):
            results = line["results"]
            if line["input"]["expected"] == "listed":
                positives += 1
                found += bool(results)
                want = word_key(line["input"]["listed_as"])
                keys = {
                    word_key(n)
                    for r in results
                    for p in NAME_PROPS
                    for n in r["properties"].get(p, [])
                }
                true_found += want in keys
            else:
                negatives += 1
                negatives_flagged += bool(results)
    return {
        "rows": summary["rows"],
        "positives": positives,
        "negatives": negatives,
        "recall_any_match": round(found / max(1, positives), 4),
        "recall_listed_person_matched": round(true_found / max(1, positives), 4),
        "negatives_with_match": round(negatives_flagged / max(1, negatives), 4),
        "rows_per_s_with_startup": summary["rows_per_s_with_startup"],
        "rows_per_s_screening": summary["rows_per_second"],
        "wall_s": summary["wall_s"],
        "peak_rss_mb": summary["peak_rss_mb"],
        "unique_queries": summary["unique_queries"],
    }


# -- (b) generated customers ----------------------------------------------------------------


def generated_file(rows: int, seed: int) -> Path:
    """``rows`` customers from the synthetic generator, as a customer CSV (cached)."""
    path = WORK / f"customers-{rows}-seed{seed}.csv"
    if path.exists():
        return path
    from synthetic import generate

    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    with partial.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["customer_id", "name", "type", "date_of_birth", "country", "gender"])
        for number, entity in enumerate(generate(rows, seed)):
            props = entity["properties"]
            country = (props.get("nationality") or props.get("jurisdiction") or [""])[0]
            writer.writerow(
                [
                    f"K{number:07d}",
                    props["name"][0],
                    entity["schema"],
                    (props.get("birthDate") or [""])[0],
                    country,
                    (props.get("gender") or [""])[0],
                ]
            )
    partial.replace(path)
    return path


def generated_part(args: argparse.Namespace) -> dict[str, Any]:
    source = generated_file(args.rows, args.seed)
    figures: dict[str, Any] = {"rows": args.rows, "file": str(source)}
    runs: dict[str, dict[str, Any]] = {}
    if "local" in args.engines:
        for workers in (1, 2):
            out = WORK / f"generated-local-{workers}.csv"
            runs[f"local_{workers}"] = run_cli(
                ["screen-file", str(source), "--out", str(out), "--workers", str(workers)]
            )
    if "spark" in args.engines:
        out = WORK / "generated-spark.csv"
        runs["spark_local2"] = run_cli(
            ["screen-file", str(source), "--out", str(out), "--engine", "spark"]
            + ["--master", "local[2]"]
        )
    keep = ("rows_per_second", "rows_per_s_with_startup", "wall_s", "peak_rss_mb")
    keep += ("matched_rows", "unique_queries")
    figures["runs"] = {name: {k: run[k] for k in keep} for name, run in runs.items()}
    if "local_1" in runs and "local_2" in runs:
        figures["speedup_1_to_2_workers"] = round(
            runs["local_2"]["rows_per_second"] / max(1e-9, runs["local_1"]["rows_per_second"]), 2
        )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="shared data folder")
    parser.add_argument("--rows", type=int, default=1_000_000, help="generated rows")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--positives", type=int, default=POSITIVES, help="UN rows (first N)")
    parser.add_argument("--negatives", type=int, default=NEGATIVES, help="negative rows")
    parser.add_argument("--parts", nargs="+", default=["yente", "generated"])
    parser.add_argument("--engines", nargs="+", default=["local", "spark"])
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    figures: dict[str, Any] = {"cores": os.cpu_count(), "saring_core": saring_core()}
    print(f"saring core {figures['saring_core']}; {figures['cores']} cores")
    if "yente" in args.parts:
        figures["yente"] = result = yente_part(args)
        print(
            f"(a) {result['positives']} UN positives + {result['negatives']:,} negatives, "
            f"2 workers: recall {result['recall_any_match']:.3f} (listed person matched "
            f"{result['recall_listed_person_matched']:.3f}); negatives with a match "
            f"{result['negatives_with_match']:.2%}; {result['rows_per_s_with_startup']:,.0f} "
            f"rows/s with start-up ({result['wall_s']:.1f} s), "
            f"{result['rows_per_s_screening']:,.0f} rows/s screening; "
            f"peak {result['peak_rss_mb']:,.0f} MB",
            flush=True,
        )
    if "generated" in args.parts:
        figures["generated"] = result = generated_part(args)
        print(f"(b) {args.rows:,} generated customers vs the bundled lists")
        for name, run in result["runs"].items():
            print(
                f"  {name:<14} {run['rows_per_second']:>9,.0f} rows/s screening, "
                f"{run['rows_per_s_with_startup']:>9,.0f} with start-up ({run['wall_s']:.1f} s), "
                f"peak {run['peak_rss_mb']:,.0f} MB, {run['matched_rows']:,} rows matched"
            )
        if "speedup_1_to_2_workers" in result:
            print(f"  speed-up from 1 to 2 workers: {result['speedup_1_to_2_workers']:.2f}×")
    write_json(args.json, figures)


if __name__ == "__main__":
    main()
