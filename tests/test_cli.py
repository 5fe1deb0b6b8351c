"""The ``saring`` command line on the bundled lists and real list files."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saring.cli import app
from saring.sources.catalog import CATALOG

FIXTURES = Path(__file__).parent / "fixtures"
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def run_json(*args: str) -> object:
    code, stdout, stderr = run(*args, "--json")
    assert code == 0, stderr
    return json.loads(stdout)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A data dir into which the first command imported the bundled lists."""
    data = tmp_path_factory.mktemp("bundled")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SARING_DATA_DIR", str(data))
        mp.delenv("SARING_DATABASE_URL", raising=False)
        yield data


def test_first_screen_imports_bundled_lists(bundled: Path) -> None:
    code, stdout, stderr = run("screen", "Sergei Lavrov", "--json")
    assert code == 0, stderr
    assert "importing the bundled" in stderr
    results = json.loads(stdout)["results"]
    assert results[0]["id"] == "ofac-35233"
    assert results[0]["match"] is True
    assert "us_ofac_sdn" in results[0]["datasets"]
    assert results[0]["explanations"]
    datasets = run_json("datasets")
    assert sorted(d["dataset"] for d in datasets) == sorted(CATALOG)
    assert all(d["entities"] > 0 and d["names"] > 0 for d in datasets)


def test_screen_finds_raisi_and_irgc(bundled: Path) -> None:
    results = run_json("screen", "Ebrahim Raisi", "--schema", "Person")["results"]
    assert "ofac-27844" in [r["id"] for r in results[:3]]
    results = run_json("screen", "Islamic Revolutionary Guard Corps", "--schema", "Organization")[
        "results"
    ]
    assert "ofac-10391" in [r["id"] for r in results[:5]]


def test_screen_birth_date_conflict_lowers_score(bundled: Path) -> None:
    plain = run_json("screen", "Sergei Lavrov", "--schema", "Person")["results"][0]
    wrong = run_json("screen", "Sergei Lavrov", "--birth-date", "1990")["results"]
    lavrov = next(r for r in wrong if r["id"] == plain["id"])
    assert lavrov["score"] < plain["score"]
    assert any("born 1990, listed 1950" in e for e in lavrov["explanations"])


def test_screen_across_scripts_and_spellings(bundled: Path) -> None:
    for query in ("Лавров Сергей Викторович", "Sergej Lawrow", "LAVROV, Sergey"):
        results = run_json("screen", query, "--schema", "Person")["results"]
        assert results[0]["match"], query
        assert results[0]["id"] in {"ofac-35233", "gb-hmt-14197"}, query
    relative = run_json("screen", "Maria Lavrova", "--schema", "Person")["results"]
    assert not any(r["match"] and r["id"] == "ofac-35233" for r in relative)


def test_screen_index_is_kept_for_a_fast_restart(bundled: Path) -> None:
    run_json("screen", "Sergei Lavrov")
    index_files = list((bundled / "index").iterdir())
    assert index_files, "the index is saved in the data dir"
    before = index_files[0].stat().st_mtime_ns
    run_json("screen", "Ebrahim Raisi")
    assert index_files[0].stat().st_mtime_ns == before, "an unchanged store reuses the index"


@pytest.mark.parametrize(
    ("name", "note"),
    [
        ("x" * 10_000, "cut to its first"),
        ("Sergei\x00\x07 Lavrov", "control"),
        ("ສີສະຫວາດ ແກ້ວບຸນພັນ", "no Latin reading for Lao script"),
    ],
)
def test_screen_odd_queries_get_clear_answers(bundled: Path, name: str, note: str) -> None:
    data = run_json("screen", name)
    assert any(note in n for n in data["query"]["notes"])


def test_screen_a_persian_joiner_is_writing_not_stray_input(bundled: Path) -> None:
    data = run_json("screen", "سیدعلی خامنه\u200cای")
    assert data["query"]["notes"] == []
    assert data["results"][0]["id"] == "ofac-26945"  # KHAMENEI, Ali Husseini
    code, stdout, _ = run("screen", "سیدعلی خامنه\u200cای")
    assert code == 0 and "\\u200c" not in stdout  # the title shows the name as written
    code, stdout, _ = run("screen", "Sergei\x07 Lavrov")
    assert code == 0 and "\\x07" in stdout  # a control character is shown escaped


def test_screen_empty_query_is_a_clear_error(bundled: Path) -> None:
    code, _, stderr = run("screen", "  \x00 ")
    assert code == 2
    assert "empty" in stderr


def test_screen_unknown_schema_is_a_clear_error(bundled: Path) -> None:
    code, _, stderr = run("screen", "Sergei Lavrov", "--schema", "Persn")
    assert code == 2
    assert "Persn" in stderr


def test_compare_scores_pairs_in_order(tmp_path: Path) -> None:
    def entity(schema: str, name: str) -> dict[str, object]:
        return {"schema": schema, "properties": {"name": [name]}}

    lines = [
        {
            "query": entity("Person", "Сергей Лавров"),
            "candidate": entity("Person", "LAVROV, Sergey"),
        },
        {
            "query": entity("Person", "Bashar al-Assad"),
            "candidate": entity("Person", "Hafez al-Assad"),
        },
        "not json",
        {
            "query": entity("Person", "Sergei Lavrov"),
            "candidate": entity("Vessel", "Sergei Lavrov"),
        },
        {"query": entity("Person", "Sergei Lavrov"), "candidate": 3},
    ]
    source = tmp_path / "pairs.jsonl"
    source.write_text("\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines))
    code, stdout, stderr = run("compare", str(source))
    assert code == 1 and "line 3" in stderr
    out = [json.loads(line) for line in stdout.splitlines()]
    assert len(out) == 5
    assert out[0]["match"] is True and out[0]["score"] >= 0.7
    assert out[1]["match"] is False
    assert out[2]["score"] is None
    assert out[2]["error"] == "line 3: not valid JSON: expecting value at column 1"
    assert out[3]["score"] == 0 and out[3]["explanations"]
    entity_error = 'an entity must be an object: {"schema", "properties"}'
    assert out[4]["error"] == f'line 5: "candidate": {entity_error}'


def test_truncated_import_is_refused_and_changes_nothing(bundled: Path, tmp_path: Path) -> None:
    before = run_json("datasets")
    source = CATALOG["un_sc_sanctions"].bundled
    truncated = tmp_path / "UN_truncated.xml"
    data = source.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    code, _, stderr = run("import", "un-sc-xml", str(truncated), "--force")
    assert code != 0
    assert "UN_truncated.xml" in stderr and "line" in stderr
    assert run_json("datasets") == before


def test_wrong_format_is_refused(bundled: Path) -> None:
    before = run_json("datasets")
    code, _, stderr = run("import", "un-sc-xml", str(CATALOG["us_ofac_sdn"].bundled / "sdn.csv"))
    assert code != 0 and "sdn.csv" in stderr
    code, _, stderr = run("import", "no-such-format", "x")
    assert code == 2 and "known:" in stderr
    assert run_json("datasets") == before


def test_export_writes_ftm_lines(bundled: Path, tmp_path: Path) -> None:
    out = tmp_path / "un.ftm.json"
    code, _, stderr = run("export", "--dataset", "un_sc_sanctions", "--out", str(out))
    assert code == 0, stderr
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    expected = next(d for d in run_json("datasets") if d["dataset"] == "un_sc_sanctions")
    assert len(lines) == expected["entities"]
    assert {"id", "schema", "properties"} <= set(lines[0])


def test_diff_and_history_between_ofac_snapshots(data_env: Path) -> None:
    old_dir, new_dir = FIXTURES / "ofac_diff" / "2021-07", FIXTURES / "ofac_diff" / "2024-05"
    first = run_json("import", "ofac-csv", str(old_dir))
    second = run_json("import", "auto", str(new_dir / "sdn.csv"))
    assert second["dataset"] == "us_ofac_sdn" and second["id"] != first["id"]

    def ids(path: Path) -> set[str]:
        with path.open(encoding="utf-8", errors="replace") as fh:
            return {f"ofac-{row[0]}" for row in csv.reader(fh) if row and row[0].isdigit()}

    old_ids, new_ids = ids(old_dir / "sdn.csv"), ids(new_dir / "sdn.csv")
    result = run_json("diff", "us_ofac_sdn")
    main_added = {e["id"] for e in result["added"] if e["id"].removeprefix("ofac-").isdigit()}
    main_removed = {e["id"] for e in result["removed"] if e["id"].removeprefix("ofac-").isdigit()}
    assert main_added == new_ids - old_ids
    assert "ofac-35233" in main_added
    assert main_removed == old_ids - new_ids
    assert result["from"]["id"] == first["id"] and result["to"]["id"] == second["id"]

    events = run_json("history", "ofac-35233")["events"]
    assert [(e["event"], e["snapshot"]["id"]) for e in events] == [("added", second["id"])]
    removed = sorted(old_ids - new_ids)[0]
    events = run_json("history", removed)["events"]
    assert [e["event"] for e in events] == ["added", "removed"]
    code, _, stderr = run("history", "ofac-0")
    assert code == 1 and "no entity" in stderr
