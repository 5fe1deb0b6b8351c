"""Commands that import, update, list and export the sanctions lists."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from saring.cli.common import (
    FromSnapshotOpt,
    JsonOpt,
    ToSnapshotOpt,
    app,
    emit_json,
    err,
    fail,
    open_store,
    out,
    snapshot_pair,
    ticker,
)
from saring.settings import Settings
from saring.sources.base import SourceError
from saring.sources.catalog import CATALOG
from saring.sources.registry import FORMATS, detect, get_format
from saring.store import Snapshot
from saring.store.update import UpdateError, update_dataset


def snapshot_table(snaps: list[Snapshot], title: str) -> Table:
    """Snapshots as a Rich table."""
    table = Table(title=title)
    for col in (
        "snapshot",
        "dataset",
        "format",
        "source",
        "published",
        "imported",
        "entities",
        "names",
        "skipped",
        "+",
        "~",
        "-",
    ):
        table.add_column(col, justify="right" if col in "entities names skipped + ~ -" else "left")
    for s in snaps:
        table.add_row(
            str(s.id),
            s.dataset,
            s.format,
            s.source,
            str(s.published or "—"),
            s.imported_at.strftime("%Y-%m-%d %H:%M"),
            f"{s.entities:,}",
            f"{s.names:,}",
            f"{s.skipped:,}",
            f"{s.added:,}",
            f"{s.changed:,}",
            f"{s.removed:,}",
        )
    return table


@app.command("import")
def import_cmd(
    format: Annotated[str, typer.Argument(help="List format: auto, " + ", ".join(FORMATS))],
    path: Annotated[Path, typer.Argument(help="The list file, or a folder holding a file set.")],
    dataset: Annotated[str | None, typer.Option(help="Dataset name (default per format).")] = None,
    force: Annotated[bool, typer.Option(help="Import even if identical to the latest.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """Import a list file as a new snapshot: all or nothing.

    Example: saring import un-sc-xml consolidated.xml
    """
    store = open_store(ensure_data=False)
    try:
        fmt = detect(path) if format == "auto" else get_format(format)
        with ticker(f"{fmt.name} {path.name}") as tick:
            result = store.import_file(fmt, path, dataset, tick, force=force)
    except KeyError as exc:
        raise fail(str(exc.args[0]), 2) from exc
    except SourceError as exc:
        raise fail(f"{exc}\nNothing was imported; the previous snapshot stays current.") from exc
    snap = result.snapshot
    if as_json:
        emit_json({**snap.to_dict(), "unchanged": result.unchanged})
    elif result.unchanged:
        out.print(
            f"{path} is identical to snapshot #{snap.id} of {snap.dataset}: nothing to do "
            "(use --force to import it again)."
        )
    else:
        out.print(snapshot_table([snap], f"Imported {snap.dataset}"))
        for reason, count in snap.stats.get("skipped", {}).items():
            out.print(f"  skipped {count:,}: {reason}")


@app.command()
def datasets(as_json: JsonOpt = False) -> None:
    """List the datasets in the store with their current snapshot."""
    snaps = open_store(ensure_data=False).datasets()
    if as_json:
        emit_json([s.to_dict() for s in snaps])
        return
    if not snaps:
        out.print("The store is empty: run [bold]saring import[/] or any screening command.")
        return
    out.print(snapshot_table(snaps, "Datasets (current snapshots)"))


@app.command()
def snapshots(
    dataset: Annotated[str | None, typer.Argument(help="Only this dataset.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List every snapshot (each import), oldest first."""
    snaps = open_store(ensure_data=False).snapshots(dataset)
    if as_json:
        emit_json([s.to_dict() for s in snaps])
    else:
        out.print(snapshot_table(snaps, "Snapshots"))


@app.command()
def update(
    names: Annotated[list[str] | None, typer.Argument(help="Datasets (default: all).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Fetch the newest official lists (conditional requests) and import what changed.

    Offline or on a server error it fails clearly and keeps the current data.
    """
    wanted = names or list(CATALOG)
    unknown = [n for n in wanted if n not in CATALOG]
    if unknown:
        raise fail(f"unknown dataset(s) {', '.join(unknown)}; known: {', '.join(CATALOG)}", 2)
    settings = Settings.from_env()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    store = open_store(ensure_data=False)
    report, failed = [], False
    for name in wanted:
        try:
            res = update_dataset(store, CATALOG[name], settings.data_dir)
        except (UpdateError, SourceError) as exc:
            failed = True
            report.append({"dataset": name, "status": "failed", "error": str(exc)})
            err.print(f"[red]{name}: {exc}[/] — current data kept.", highlight=False)
            continue
        snap = res.result.snapshot.to_dict() if res.result else None
        report.append({"dataset": name, "status": res.status, "snapshot": snap})
        if not as_json:
            out.print(f"{name}: {res.status}")
    if as_json:
        emit_json(report)
    if failed:
        raise typer.Exit(1)


@app.command()
def history(
    entity_id: Annotated[str, typer.Argument(help="Entity id, e.g. ofac-35233.")],
    as_json: JsonOpt = False,
) -> None:
    """Show when an entity appeared, changed and left, in every dataset."""
    events = open_store().history(entity_id)
    if not events:
        raise fail(f"no entity {entity_id!r} in any snapshot")
    if as_json:
        emit_json({"id": entity_id, "events": [e.to_dict() for e in events]})
        return
    table = Table(title=f"History of {entity_id}")
    for col in ("event", "dataset", "snapshot", "published", "imported", "caption", "changes"):
        table.add_column(col)
    for e in events:
        changes = "; ".join(
            f"{prop}: +{len(c['added'])} -{len(c['removed'])}" for prop, c in e.changes.items()
        )
        table.add_row(
            e.event,
            e.dataset,
            f"#{e.snapshot.id}",
            str(e.snapshot.published or "—"),
            e.snapshot.imported_at.strftime("%Y-%m-%d %H:%M"),
            e.caption,
            changes,
        )
    out.print(table)


@app.command()
def diff(
    dataset: Annotated[str, typer.Argument(help="Dataset name, e.g. us_ofac_sdn.")],
    from_: FromSnapshotOpt = None,
    to: ToSnapshotOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """List entities added, removed and changed between two snapshots of a dataset."""
    store = open_store(ensure_data=False)
    old, new = snapshot_pair(store, dataset, from_, to)
    result = store.diff(dataset, old, new)
    if as_json:
        emit_json(result.to_dict())
        return
    out.print(
        f"[bold]{dataset}[/]: snapshot #{old.id} ({old.published or old.source}) → "
        f"#{new.id} ({new.published or new.source})"
    )
    out.print(
        f"added {len(result.added):,} · removed {len(result.removed):,} · "
        f"changed {len(result.changed):,}"
    )
    for label, items in (("added", result.added), ("removed", result.removed)):
        for entity in items:
            if entity.schema.matchable:
                out.print(
                    f"  [{'green' if label == 'added' else 'red'}]{label}[/] {entity.id} "
                    f"{entity.schema.name} {entity.caption}",
                    highlight=False,
                )


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", help="Output format (ftm).")] = "ftm",
    dataset: Annotated[str | None, typer.Option(help="Only this dataset.")] = None,
    output: Annotated[Path | None, typer.Option("--out", help="File (default: stdout).")] = None,
) -> None:
    """Write the current entities as FollowTheMoney JSON lines."""
    if format != "ftm":
        raise fail(f"unknown export format {format!r}; supported: ftm", 2)
    store = open_store()
    stream = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        for entity in store.entities(dataset):
            stream.write(json.dumps(entity.to_dict(), ensure_ascii=False) + "\n")
    finally:
        if output:
            stream.close()
