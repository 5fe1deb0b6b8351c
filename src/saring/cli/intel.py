"""Commands on designations: statistics, change reports, cross-list listings."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from followthemoney.types import registry
from rich.table import Table

from saring.cli.common import (
    FromSnapshotOpt,
    JsonOpt,
    ToSnapshotOpt,
    app,
    emit_json,
    fail,
    open_store,
    out,
    snapshot_pair,
)
from saring.intel import change_report, designations, listings
from saring.intel.charts import FORMATS, plot_designations
from saring.intel.stats import GROUPS, by_group, stats, timeline

TOP_COUNTRIES = 15


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise fail(f"{option} {value!r} is not a date (YYYY-MM-DD)", 2) from exc


@app.command("stats")
def stats_cmd(
    since: Annotated[str | None, typer.Option(help="Designated on or after (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Designated on or before.")] = None,
    authority: Annotated[
        str | None, typer.Option(help="Only this authority: US OFAC, UN SC, UK, EU, a dataset…")
    ] = None,
    by: Annotated[str, typer.Option(help="Group by: " + ", ".join(GROUPS))] = "country",
    plot: Annotated[
        Path | None, typer.Option(help="Also draw the charts to this .png or .svg file.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Count designations and distinct entities per country, authority, program, schema or month.

    A date filter counts a designation only when its whole date interval falls inside it
    (the list's own date, or the snapshots between which it appeared); the rest are
    reported as undated. Example: saring stats --since 2022-02-24 --by country
    """
    start, end = _day(since, "--since"), _day(until, "--until")
    if by not in GROUPS:
        raise fail(f"unknown --by {by!r}; choose one of {', '.join(GROUPS)}", 2)
    if plot is not None and plot.suffix.lower() not in FORMATS:
        raise fail(f"--plot {plot.name!r}: use a .png or .svg file", 2)
    store = open_store()
    items = designations(store)
    data = stats(store, start, end, authority, by, items)
    if plot is not None:
        plot_designations(
            timeline(store, start, end, authority, items),
            by_group(store, "country", start, end, authority, TOP_COUNTRIES, items),
            plot,
        )
    if as_json:
        emit_json(data)
        return
    rows = data[f"by_{by}"]
    table = Table(title=f"Designations by {by}")
    for col in (by, "designations", "entities"):
        table.add_column(col, justify="left" if col == by else "right")
    for row in rows:
        label = row[by]
        if by == "country" and label in registry.country.names:
            label = f"{label} ({registry.country.names[label]})"
        table.add_row(str(label), f"{row['designations']:,}", f"{row['entities']:,}")
    out.print(table)
    out.print(
        f"{data['designations']:,} designations of {data['entities']:,} entities; "
        f"{data['undated']:,} left out: their date is not known precisely enough for the filter."
        + (f" {data['unplaced']:,} not placed in a month." if data["unplaced"] else "")
    )
    if plot is not None:
        out.print(f"chart written to {plot}")


@app.command()
def report(
    dataset: Annotated[str, typer.Option(help="Dataset name, e.g. us_ofac_sdn.")],
    from_: FromSnapshotOpt = None,
    to: ToSnapshotOpt = None,
    format: Annotated[str, typer.Option("--format", help="text, markdown or json.")] = "text",
) -> None:
    """Report in plain words what changed between two snapshots of a list.

    New designations grouped by program with their identifiers, delistings, and changed names
    and identifiers.

    Example: saring report --dataset us_ofac_sdn --from 1 --to 2 --format markdown
    """
    if format not in ("text", "markdown", "json"):
        raise fail(f"unknown --format {format!r}; choose text, markdown or json", 2)
    store = open_store(ensure_data=False)
    old, new = snapshot_pair(store, dataset, from_, to)
    result = change_report(store, dataset, old, new)
    if format == "json":
        emit_json(result.to_dict())
    else:
        sys.stdout.write(result.to_markdown() if format == "markdown" else result.to_text())


@app.command("listings")
def listings_cmd(
    entity_id: Annotated[str, typer.Argument(help="Entity id, e.g. ofac-35233.")],
    as_json: JsonOpt = False,
) -> None:
    """Show which authorities list an entity and since when, across lists.

    Entities in other lists are linked by the same id, an identical normalised name with the
    same birth date, or a shared identifier; each row names its rule.
    """
    found = listings(open_store(), entity_id)
    if not found:
        raise fail(f"no current entity {entity_id!r} with a designation")
    if as_json:
        emit_json({"id": entity_id, "listings": [x.to_dict() for x in found]})
        return
    table = Table(title=f"Listings of {entity_id} and linked entities")
    for col in ("authority", "program", "since", "entity", "dataset", "linked by", "status"):
        table.add_column(col)
    for item in found:
        d = item.designation
        if d.listed_on:
            since = f"{d.listed_on} ({d.date_source})"
        elif d.listed_from:
            since = f"between {d.listed_from} and {d.listed_to}"
        else:
            since = f"by {d.listed_to} (first snapshot)"
        table.add_row(
            d.authority,
            d.program or "—",
            since,
            f"{item.entity_id} {item.caption}",
            item.dataset,
            f"{item.link}: {item.evidence}",
            "delisted" if d.delisted else "listed",
        )
    out.print(table)
