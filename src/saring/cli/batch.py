"""Commands that screen whole customer files: screen-file and the delta rescreen."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from saring.batch import ResumeError, Summary, parse_overrides, rescreen, screen_file
from saring.batch.writers import part_path
from saring.cli.common import JsonOpt, app, emit_json, err, fail, open_index, open_store, out
from saring.match import DEFAULT_THRESHOLD, score_text
from saring.settings import Settings

MapOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--map",
        help="field=column, e.g. --map name='Customer Name' (repeatable; fields: name, alias, "
        "first_name, middle_name, last_name, birth_date, country, schema, gender, identifier).",
    ),
]
ThresholdOpt = Annotated[
    float, typer.Option(min=0.0, max=1.0, help="Score from which a result is a match.")
]
LimitOpt = Annotated[int, typer.Option(min=1, max=500, help="Most matches kept per row.")]
SchemaOpt = Annotated[
    str | None,
    typer.Option(
        help="Schema of rows without a type column (default: Person for rows "
        "with a birth date, gender or name parts, else LegalEntity)."
    ),
]
WorkersOpt = Annotated[
    int | None, typer.Option(min=1, help="Worker processes (default: every core).")
]


class RateColumn(ProgressColumn):
    """Rows per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.0f} rows/s" if speed else "… rows/s", style="progress.data.speed")


@contextmanager
def row_progress(label: str) -> Iterator[Callable[[int, int | None], None] | None]:
    """A progress bar of rows with rows/s and ETA on stderr, on terminals only.

    Refreshed from the caller (no refresh thread), so worker processes fork cleanly."""
    if not err.is_terminal:
        yield None
        return
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.completed:,} rows"),
        RateColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=err, transient=True, auto_refresh=False) as progress:
        task = progress.add_task(label, total=None)
        shown = [0.0]

        def update(done: int, total: int | None) -> None:
            progress.update(task, completed=done, total=total)
            now = time.monotonic()
            if now - shown[0] > 0.1:
                progress.refresh()
                shown[0] = now

        yield update


def _mapping(pairs: list[str] | None) -> dict[str, list[str]] | None:
    try:
        return parse_overrides(pairs or []) or None
    except ValueError as exc:
        raise fail(str(exc), 2) from exc


def print_summary(summary: Summary) -> None:
    """The end-of-run summary as tables."""
    data = summary.to_dict()
    out.print(
        f"{data['rows']:,} rows: {data['screened']:,} screened, {data['skipped']:,} skipped; "
        f"{data['matched_rows']:,} with a match (hit rate {data['hit_rate']:.2%}); "
        f"{data['unique_queries']:,} distinct queries; {data['seconds']:.1f} s, "
        f"{data['rows_per_second']:,.0f} rows/s on {data['engine']} ({data['workers']} workers)",
        highlight=False,
    )
    if data["unreadable_names"]:
        out.print(
            f"{data['unreadable_names']:,} rows have a name in a script saring cannot read yet "
            "(see their notes in JSON lines output): nothing could match them",
            highlight=False,
        )
    if data["top_entities"]:
        table = Table(title="Most matched listed entities")
        for col in ("rows", "id", "name"):
            table.add_column(col)
        for entity in data["top_entities"]:
            table.add_row(f"{entity['rows']:,}", entity["id"], entity["caption"])
        out.print(table)
    most = max((b["rows"] for b in data["score_histogram"]), default=0) or 1
    out.print("Best score per row:")
    for b in data["score_histogram"]:
        bar = "█" * round(30 * b["rows"] / most)
        out.print(f"  {b['from']:.1f}–{b['to']:.1f} {b['rows']:>9,} {bar}", highlight=False)


@app.command("screen-file")
def screen_file_cmd(
    input_path: Annotated[Path, typer.Argument(help="CSV, JSON lines or Parquet file.")],
    output: Annotated[
        Path, typer.Option("--out", help="Results: .jsonl (all matches), .csv or .parquet.")
    ],
    mapping: MapOpt = None,
    threshold: ThresholdOpt = DEFAULT_THRESHOLD,
    limit: LimitOpt = 10,
    schema: SchemaOpt = None,
    engine: Annotated[str, typer.Option(help="local or spark.")] = "local",
    master: Annotated[str | None, typer.Option(help="Spark master URL (default local[*]).")] = None,
    workers: WorkersOpt = None,
    resume: Annotated[
        bool, typer.Option(help="Go on from where an interrupted run to --out stopped.")
    ] = False,
    checkpoint_every: Annotated[
        int, typer.Option(min=1, help="Rows between checkpoints.", hidden=True)
    ] = 10_000,
    as_json: JsonOpt = False,
) -> None:
    """Screen every row of a customer file against the loaded lists.

    Columns are recognised by their headers (name/full_name, first/middle/last_name,
    date_of_birth/dob, nationality/country, schema/type, passport/id_number/tax_id/imo…);
    --map overrides them. Rows that cannot be read are reported and skipped. Output is
    written to a part file with checkpoints and moved into place when complete: after an
    interruption, run the same command with --resume.

    Example: saring screen-file customers.csv --out hits.jsonl --map name="Customer Name"
    """
    if engine not in ("local", "spark"):
        raise fail(f"unknown engine {engine!r}; use local or spark", 2)
    if not input_path.is_file():
        raise fail(f"{input_path}: no such file", 2)
    overrides = _mapping(mapping)
    store = open_store()
    index = open_index(store)

    def report(number: int, error: str) -> None:
        err.print(f"{input_path}, row {number}: {error} (skipped)", highlight=False)

    try:
        with row_progress(f"screening {input_path.name}") as progress:
            summary = screen_file(
                input_path,
                output,
                index,
                store,
                engine=engine,
                workers=workers,
                threshold=threshold,
                limit=limit,
                mapping=overrides,
                resume=resume,
                progress=progress,
                schema=schema,
                master=master,
                index_path=Settings.from_env().index_path,
                checkpoint_every=checkpoint_every,
                on_error=report,
            )
    except ResumeError as exc:
        raise fail(str(exc), 2) from exc
    except ValueError as exc:
        raise fail(str(exc), 2) from exc
    except KeyboardInterrupt as exc:
        if part_path(output).exists():
            err.print(f"interrupted: run the same command with --resume to go on into {output}")
        raise typer.Exit(130) from exc
    if as_json:
        emit_json({"output": str(output), **summary.to_dict()})
    else:
        print_summary(summary)
        out.print(f"Results written to {output}", highlight=False)


@app.command("rescreen")
def rescreen_cmd(
    previous: Annotated[Path, typer.Argument(help="A .jsonl results file of screen-file.")],
    since: Annotated[str, typer.Option(help="Snapshot id or date the results were made at.")],
    output: Annotated[
        Path | None, typer.Option("--out", help="Write the updated results (.jsonl) here.")
    ] = None,
    mapping: MapOpt = None,
    threshold: ThresholdOpt = DEFAULT_THRESHOLD,
    limit: LimitOpt = 10,
    schema: SchemaOpt = None,
    workers: WorkersOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Re-screen only the rows that list changes since a snapshot can affect.

    A row is screened again when its previous results name an entity that was added,
    changed or removed since --since, or when its names share index keys with an added or
    changed entity. Reports the hits that appeared and those that cleared.

    Example: saring rescreen hits.jsonl --since 12 --out hits-new.jsonl
    """
    if not previous.is_file():
        raise fail(f"{previous}: no such file", 2)
    if output is not None and output.suffix.lower() not in (".jsonl", ".ndjson", ".json"):
        raise fail("--out must be a .jsonl file (rescreen keeps every match per row)", 2)
    overrides = _mapping(mapping)
    store = open_store()
    index = open_index(store)
    try:
        result = rescreen(
            previous,
            output,
            index,
            store,
            since,
            threshold=threshold,
            limit=limit,
            mapping=overrides,
            schema=schema,
            workers=workers,
        )
    except ValueError as exc:
        raise fail(str(exc), 2) from exc
    if as_json:
        emit_json(result.to_dict())
        return
    for d in result.datasets:
        out.print(
            f"{d['dataset']}: snapshot #{d['from'] or '—'} → #{d['to']}: +{d['added']:,} "
            f"~{d['changed']:,} -{d['removed']:,}",
            highlight=False,
        )
    out.print(
        f"{result.rescreened:,} of {result.rows:,} rows screened again; "
        f"{len(result.new_hits):,} new hits, {len(result.cleared_hits):,} cleared",
        highlight=False,
    )
    for hit in result.new_hits[:50]:
        shown = score_text(hit["score"])
        out.print(
            f"  [green]new[/] row {hit['row']}: {hit['id']} {hit['caption']} ({shown})",
            highlight=False,
        )
    for hit in result.cleared_hits[:50]:
        out.print(
            f"  [red]cleared[/] row {hit['row']}: {hit['id']} {hit['caption']} ({hit['reason']})",
            highlight=False,
        )
    if output is not None:
        out.print(f"Updated results written to {output}", highlight=False)
