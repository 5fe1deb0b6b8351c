"""screen_file on the bundled lists: output formats, skipped rows, engines, kill and resume."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from saring.batch import ResumeError, read_rows, screen_csv_bytes, screen_file
from saring.batch.checkpoint import Checkpoint, checkpoint_path
from saring.batch.writers import part_path
from saring.index import NameIndex
from saring.settings import Settings
from saring.store import Store

FIXTURE = Path(__file__).parents[1] / "fixtures" / "batch" / "customers.csv"
#: Rows of the fixture naming listed entities, with the entity each must match.
LISTED = {
    "C001": "unsc-111209",
    "C002": "ofac-35655",
    "C005": "ofac-19494",
    "C007": "ofac-18268",
    "C008": "ofac-34941",
    "C009": "gb-hmt-12816",
    "C017": "unsc-111209",
    "C022": "ofac-17295",
    "C023": "unsc-111144",
    "C027": "unsc-110434",
}
UNLISTED = ("C010", "C011", "C012", "C013", "C014", "C015", "C016", "C018", "C024", "C028")


@pytest.fixture(scope="module")
def lists(bundled_dir: Path) -> tuple[NameIndex, Store]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SARING_DATA_DIR", str(bundled_dir))
        settings = Settings.from_env()
    return NameIndex.load(settings.index_path), Store(settings.database_url)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture(scope="module")
def reference(lists: tuple[NameIndex, Store], tmp_path_factory: pytest.TempPathFactory) -> list:
    """The fixture screened once to JSON lines, in this process."""
    index, store = lists
    out = tmp_path_factory.mktemp("reference") / "hits.jsonl"
    summary = screen_file(FIXTURE, out, index, store, workers=1)
    assert summary.rows == 32 and summary.screened == 28 and summary.skipped == 4
    assert [s["row"] for s in summary.skipped_rows] == [14, 20, 21, 25]
    # two rows repeat earlier ones: each distinct query is screened once
    assert summary.unique_queries == 26
    return _jsonl(out)


def test_jsonl_output_finds_listed_rows_and_clears_the_others(reference: list) -> None:
    assert [r["row"] for r in reference] == [n for n in range(1, 33) if n not in (14, 20, 21, 25)]
    by_customer = {r["input"]["Customer ID"]: r for r in reference}
    for customer, entity in LISTED.items():
        results = by_customer[customer]["results"]
        assert entity in [r["id"] for r in results], customer
        assert all(r["match"] and r["score"] >= 0.7 for r in results)
    for customer in UNLISTED:
        assert by_customer[customer]["results"] == [], customer
    first = by_customer["C001"]["results"][0]
    assert {"id", "caption", "schema", "score", "match", "datasets", "explanations"} <= set(first)
    assert first["properties"]["name"] and "referents" in first


def test_csv_and_parquet_output_hold_the_best_match(
    lists: tuple[NameIndex, Store], reference: list, tmp_path: Path
) -> None:
    index, store = lists
    screen_file(FIXTURE, tmp_path / "hits.csv", index, store, workers=2)
    screen_file(FIXTURE, tmp_path / "hits.parquet", index, store, workers=1)
    with (tmp_path / "hits.csv").open(encoding="utf-8", newline="") as fh:
        table = list(csv.DictReader(fh))
    parquet = pq.read_table(tmp_path / "hits.parquet").to_pylist()
    assert len(table) == len(parquet) == len(reference)
    for line, row, prow in zip(reference, table, parquet, strict=True):
        assert int(row["row"]) == prow["row"] == line["row"]
        assert row["Full Name"] == prow["Full Name"] == line["input"]["Full Name"]
        best = line["results"][0]["id"] if line["results"] else ""
        assert row["match_id"] == prow["match_id"] == best
        assert int(row["match_count"]) == prow["match_count"] == len(line["results"])
    assert not list(tmp_path.glob("*.part")) and not list(tmp_path.glob("*.checkpoint"))


def test_jsonl_and_parquet_input_give_the_same_results(
    lists: tuple[NameIndex, Store], reference: list, tmp_path: Path
) -> None:
    index, store = lists
    data = [r.data for r in read_rows(FIXTURE) if r.query is not None]
    jsonl = tmp_path / "in.jsonl"
    jsonl.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in data))
    parquet = tmp_path / "in.parquet"
    pq.write_table(pa.Table.from_pylist(data), parquet)
    expected = [line["results"] for line in reference]
    for source in (jsonl, parquet):
        out = tmp_path / f"{source.suffix[1:]}-hits.jsonl"
        screen_file(source, out, index, store, workers=1)
        assert [line["results"] for line in _jsonl(out)] == expected, source.suffix


def test_screen_csv_bytes_matches_the_csv_output(lists: tuple[NameIndex, Store]) -> None:
    index, store = lists
    body = screen_csv_bytes(FIXTURE.read_bytes(), index, store, 0.7, 10)
    rows = list(csv.DictReader(io.StringIO(body.decode())))
    assert len(rows) == 28
    by_customer = {r["Customer ID"]: r for r in rows}
    assert by_customer["C008"]["match_id"] == "ofac-34941"
    assert by_customer["C011"]["match_id"] == ""


def test_a_name_no_part_of_which_can_be_read_is_noted(
    lists: tuple[NameIndex, Store], tmp_path: Path
) -> None:
    index, store = lists
    source = tmp_path / "in.csv"
    source.write_text("name\nສີສະຫວາດ ແກ້ວບຸນພັນ\nSergey Lavrov\nZorblax Quentworth\n")
    summary = screen_file(source, tmp_path / "hits.jsonl", index, store, workers=1)
    lao, lavrov, unknown = _jsonl(tmp_path / "hits.jsonl")
    assert lao["results"] == [] and "Latin reading for Lao script" in lao["notes"][0]
    assert lavrov["results"] and "notes" not in lavrov
    assert unknown["results"] == [] and "notes" not in unknown  # read, but on no list
    assert summary.unreadable == 1 and summary.to_dict()["unreadable_names"] == 1


def _spread_file(path: Path, count: int) -> None:
    """A CSV of ``count`` distinct customers (listed and unlisted names, varied years)."""
    names = [r.data["Full Name"] for r in read_rows(FIXTURE) if r.query is not None]
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "date_of_birth"])
        for n in range(count):
            writer.writerow([names[n % len(names)], str(1930 + n // len(names))])


def test_a_killed_run_resumes_to_the_same_output(
    lists: tuple[NameIndex, Store], bundled_dir: Path, tmp_path: Path
) -> None:
    index, store = lists
    source = tmp_path / "many.csv"
    _spread_file(source, 100)
    expected = tmp_path / "expected.jsonl"
    screen_file(source, expected, index, store, workers=1)
    out = tmp_path / "hits.jsonl"
    env = {**os.environ, "SARING_DATA_DIR": str(bundled_dir)}
    env.pop("SARING_DATABASE_URL", None)
    command = [sys.executable, "-c", "from saring.cli import app; app()", "screen-file"]
    command += [str(source), "--out", str(out), "--workers", "1", "--checkpoint-every", "10"]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    marker = checkpoint_path(out)
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and process.poll() is None:
            saved = Checkpoint.load(marker)
            if saved is not None and saved.rows_done >= 20:
                break
            time.sleep(0.02)
        assert process.poll() is None, "the run ended before it could be interrupted"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.wait()
    saved = Checkpoint.load(marker)
    assert saved is not None and 20 <= saved.rows_done < 100
    assert not out.exists() and part_path(out).exists()
    shutil.copy(part_path(out), tmp_path / "interrupted.part")
    done = subprocess.run([*command, "--resume", "--json"], env=env, capture_output=True)
    assert done.returncode == 0, done.stderr.decode()
    summary = json.loads(done.stdout)
    assert summary["resumed_at_row"] == saved.rows_done and summary["rows"] == 100
    assert out.read_bytes() == expected.read_bytes()
    assert not part_path(out).exists() and not marker.exists()


def test_resume_refuses_a_changed_input(lists: tuple[NameIndex, Store], tmp_path: Path) -> None:
    index, store = lists
    source = tmp_path / "few.csv"
    _spread_file(source, 12)
    out = tmp_path / "hits.csv"
    part_path(out).write_bytes(b"row\n")
    Checkpoint({"input": "elsewhere"}, 3, 4, {}).save(checkpoint_path(out))
    with pytest.raises(ResumeError, match="the input file changed"):
        screen_file(source, out, index, store, workers=1, resume=True)


@pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs a Java runtime (java)")
def test_spark_gives_the_local_results_row_for_row(
    lists: tuple[NameIndex, Store], reference: list, tmp_path: Path
) -> None:
    index, store = lists
    out = tmp_path / "spark.jsonl"
    summary = screen_file(FIXTURE, out, index, store, engine="spark", master="local[2]")
    assert summary.engine == "spark" and summary.skipped == 4
    assert _jsonl(out) == reference
