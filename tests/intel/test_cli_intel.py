"""The stats and listings commands on the bundled lists (read only)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from saring.cli import app

runner = CliRunner()


def _json(*args: str) -> dict:
    result = runner.invoke(app, [*args, "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_stats_since_the_invasion_puts_russia_first(bundled_env: Path, tmp_path: Path) -> None:
    data = _json("stats", "--since", "2022-02-24", "--plot", str(tmp_path / "chart.svg"))
    assert data["by_country"][0]["country"] == "ru"
    assert data["filter"]["since"] == "2022-02-24" and data["undated"] > 0
    assert data["designations"] == sum(r["designations"] for r in data["by_country"])
    assert (tmp_path / "chart.svg").read_text().lstrip().startswith("<?xml")
    by_authority = _json("stats", "--by", "authority")
    assert {r["authority"] for r in by_authority["by_authority"]} >= {"US OFAC", "UN SC", "UK"}
    assert by_authority["undated"] == 0  # no date filter: nothing left out
    result = runner.invoke(app, ["stats", "--since", "24/02/2022"])
    assert result.exit_code == 2
    result = runner.invoke(app, ["stats", "--by", "colour"])
    assert result.exit_code == 2


def test_listings_link_lavrov_across_lists(bundled_env: Path) -> None:
    data = _json("listings", "ofac-35233")
    rows = data["listings"]
    assert {r["authority"] for r in rows} >= {"US OFAC", "UK"}
    own = next(r for r in rows if r["entity_id"] == "ofac-35233")
    assert own["link"] == "same entity id" and own["program"] == "RUSSIA-EO14024"
    uk = next(r for r in rows if r["authority"] == "UK")
    assert uk["link"] == "same normalised name and birth date"
    assert "1950-03-21" in uk["evidence"] and uk["program"] == "Russia"
    assert uk["listed_on"] and uk["date_source"] == "startDate"
    result = runner.invoke(app, ["listings", "no-such-entity"])
    assert result.exit_code == 1
