"""Delta re-screening between two real OFAC SDN snapshots."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from saring.batch import rescreen, screen_file
from saring.index import load_or_build
from saring.settings import Settings
from saring.sources.registry import detect, get_format
from saring.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures"
OLD = FIXTURES / "ofac_diff" / "2021-07"
NEW = FIXTURES / "ofac_diff" / "2024-05"


def _names(path: Path) -> dict[str, str]:
    """Entity id → primary name of an SDN file's named entries."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        return {f"ofac-{r[0]}": r[1] for r in csv.reader(fh) if r and r[0].isdigit()}


def _results(path: Path) -> dict[int, list[str]]:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {line["row"]: [r["id"] for r in line["results"]] for line in lines}


def test_rescreen_finds_new_and_cleared_hits_like_a_full_screen(
    data_env: Path, tmp_path: Path
) -> None:
    settings = Settings.from_env()
    store = Store(settings.database_url)
    first = store.import_file(get_format("ofac-csv"), OLD).snapshot
    old_names, new_names = _names(OLD / "sdn.csv"), _names(NEW / "sdn.csv")
    removed = sorted(old_names.keys() - new_names.keys())[0]
    kept = sorted(old_names.keys() & new_names.keys())[:3]
    customers = [new_names["ofac-35233"], old_names[removed], *(old_names[i] for i in kept)]
    customers += ["Ingrid Halvorsen", "Oakridge Bakery LLC"]
    source = tmp_path / "customers.csv"
    with source.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name"])
        writer.writerows([name] for name in customers)
    previous = tmp_path / "previous.jsonl"
    screen_file(source, previous, load_or_build(store, settings.index_path), store, workers=1)
    before = _results(previous)
    assert removed in before[2] and "ofac-35233" not in before[1]

    store.import_file(detect(NEW / "sdn.csv"), NEW / "sdn.csv")
    index = load_or_build(store, settings.index_path)
    updated = tmp_path / "updated.jsonl"
    report = rescreen(previous, updated, index, store, str(first.id), workers=1)

    assert report.rows == len(customers)
    assert 0 < report.rescreened < len(customers)
    assert {"row": 1, "id": "ofac-35233"}.items() <= report.new_hits[0].items()
    cleared = {(h["row"], h["id"]): h["reason"] for h in report.cleared_hits}
    assert cleared[(2, removed)] == "removed from the lists"
    assert report.datasets[0]["from"] == first.id and report.datasets[0]["removed"] > 0
    full = tmp_path / "full.jsonl"
    screen_file(source, full, index, store, workers=1)
    assert _results(updated) == _results(full)
