"""Change reports between two OFAC SDN snapshots (tests/fixtures/ofac_diff)."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import pytest
from typer.testing import CliRunner

from saring.cli import app
from saring.intel import change_report
from saring.intel.report import NO_PROGRAM
from saring.settings import Settings
from saring.sources.registry import get_format
from saring.store import Store

DIFF = Path(__file__).parents[1] / "fixtures" / "ofac_diff"


def _programs(path: Path) -> dict[str, set[str]]:
    """ofac-<ent_num> → programs, read from an sdn.csv (``SDGT] [IFSR`` for several)."""
    with path.open(encoding="utf-8", errors="replace") as fh:
        return {
            f"ofac-{row[0]}": {p.strip(" []") for p in row[3].split("] [") if p.strip(" []-0")}
            or {NO_PROGRAM}
            for row in csv.reader(fh)
            if row and row[0].isdigit()
        }


def _expected() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    old, new = _programs(DIFF / "2021-07" / "sdn.csv"), _programs(DIFF / "2024-05" / "sdn.csv")
    listed: dict[str, set[str]] = defaultdict(set)
    delisted: dict[str, set[str]] = defaultdict(set)
    for ent, programs in new.items():
        for program in programs - old.get(ent, set()):
            listed[program].add(ent)
    for ent, programs in old.items():
        for program in programs - new.get(ent, set()):
            delisted[program].add(ent)
    return dict(listed), dict(delisted)


@pytest.fixture(scope="module")
def two_snapshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = tmp_path_factory.mktemp("ofac-diff")
    store = Store(f"sqlite:///{data / 'saring.db'}")
    fmt = get_format("ofac-csv")
    store.import_file(fmt, DIFF / "2021-07")
    store.import_file(fmt, DIFF / "2024-05")
    return data


def test_report_lists_new_designations_and_delistings_by_program(two_snapshots: Path) -> None:
    store = Store(f"sqlite:///{two_snapshots / 'saring.db'}")
    old, new = store.snapshots("us_ofac_sdn")
    report = change_report(store, "us_ofac_sdn", old, new)
    listed, delisted = _expected()
    assert {p: {x.id for x in v} for p, v in report.designations.items()} == listed
    assert {p: {x.id for x in v} for p, v in report.delistings.items()} == delisted
    lavrov = next(x for x in report.designations["RUSSIA-EO14024"] if x.id == "ofac-35233")
    assert lavrov.birth_dates == ["1950-03-21"] and lavrov.nationalities == ["ru"]
    assert "LAVROV" in lavrov.caption
    sizes = [len(v) for v in report.designations.values()]
    assert sizes == sorted(sizes, reverse=True)
    text, markdown = report.to_text(), report.to_markdown()
    assert "RUSSIA-EO14024" in text and "LAVROV, Sergei Viktorovich" in text
    assert "born 1950-03-21" in text and "nationality Russia" in text
    assert markdown.startswith("# us_ofac_sdn") and "### RUSSIA-EO14024" in markdown
    data = json.loads(json.dumps(report.to_dict()))
    assert data["counts"]["designations"] == sum(len(v) for v in listed.values())
    assert data["counts"]["delistings"] == sum(len(v) for v in delisted.values())


def test_report_names_changed_names(two_snapshots: Path) -> None:
    store = Store(f"sqlite:///{two_snapshots / 'saring.db'}")
    old, new = store.snapshots("us_ofac_sdn")
    report = change_report(store, "us_ofac_sdn", old, new)

    def names(path: Path) -> dict[str, str]:
        with path.open(encoding="utf-8", errors="replace") as fh:
            return {f"ofac-{r[0]}": r[1] for r in csv.reader(fh) if r and r[0].isdigit()}

    before, after = names(DIFF / "2021-07" / "sdn.csv"), names(DIFF / "2024-05" / "sdn.csv")
    renamed = {i for i in before.keys() & after.keys() if before[i] != after[i]}
    reported = {c.party.id for c in report.changes if "name" in c.changes}
    assert reported == renamed


def test_report_command(two_snapshots: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SARING_DATA_DIR", str(two_snapshots))
    monkeypatch.delenv("SARING_DATABASE_URL", raising=False)
    assert Settings.from_env().database_url.endswith(str(two_snapshots / "saring.db"))
    runner = CliRunner()
    result = runner.invoke(app, ["report", "--dataset", "us_ofac_sdn", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert "ofac-35233" in {x["id"] for x in data["designations"]["RUSSIA-EO14024"]}
    result = runner.invoke(
        app,
        ["report", "--dataset", "us_ofac_sdn", "--from", "1", "--to", "2", "--format", "markdown"],
    )
    assert result.exit_code == 0 and "## Delistings" in result.stdout
    result = runner.invoke(app, ["report", "--dataset", "us_ofac_sdn", "--format", "pdf"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["report", "--dataset", "nope"])
    assert result.exit_code == 1
