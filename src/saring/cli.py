"""The ``saring`` command line: each command wires the stages together, nothing more."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from saring.index import NameIndex, Record, load_or_build
from saring.match import DEFAULT_THRESHOLD, compare, screen
from saring.names.normalize import MAX_NAME_LENGTH, clean_text
from saring.settings import Settings
from saring.sources.base import SourceError
from saring.sources.catalog import CATALOG
from saring.sources.registry import FORMATS, detect, get_format
from saring.store import Snapshot, Store
from saring.store.bundled import import_bundled
from saring.store.update import UpdateError, update_dataset

app = typer.Typer(
    help=(
        "saring: import official sanctions lists into a versioned store and screen names "
        "against them.\n\nData lives in $SARING_DATA_DIR (default: the XDG data dir); set "
        "$SARING_DATABASE_URL to use PostgreSQL. The bundled US, UN and UK lists are imported "
        "the first time a command needs data."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print machine-readable JSON.")]


def emit_json(data: Any) -> None:
    """Write ``data`` as JSON to stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print ``message`` as an error and build the exit to raise."""
    err.print(f"[bold red]error:[/] {message}", highlight=False)
    return typer.Exit(code)


@contextmanager
def ticker(label: str) -> Iterator[Callable[[int], None] | None]:
    """A progress spinner counting entities, on terminals only."""
    if not err.is_terminal:
        yield None
        return
    columns = (
        SpinnerColumn(),
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,} entities"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task(label, total=None)
        yield lambda n: progress.advance(task, n)


def open_store(ensure_data: bool = True) -> Store:
    """The configured store; imports the bundled lists first if it is empty."""
    store = Store(Settings.from_env().database_url)
    if ensure_data and store.is_empty():
        err.print(
            "No lists imported yet: importing the bundled US OFAC, UN and UK lists "
            "(run [bold]saring update[/] to fetch the newest versions)."
        )
        with ticker("bundled lists") as tick:
            import_bundled(store, lambda _name: tick)
    return store


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
    from_: Annotated[
        str | None,
        typer.Option("--from", help="Snapshot id or date (default: the one before --to)."),
    ] = None,
    to: Annotated[str | None, typer.Option(help="Snapshot id or date (default: latest).")] = None,
    as_json: JsonOpt = False,
) -> None:
    """List entities added, removed and changed between two snapshots of a dataset."""
    store = open_store(ensure_data=False)
    try:
        new = store.resolve(dataset, to)
        old = store.resolve(dataset, from_, before=new if from_ is None else None)
    except LookupError as exc:
        raise fail(str(exc.args[0])) from exc
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


def open_index(store: Store) -> NameIndex:
    """The screening index of the store's current lists, rebuilt when the lists changed."""
    path = Settings.from_env().data_dir / "index" / "names.idx"
    with ticker("indexing names") as tick:
        return load_or_build(store, path, progress=tick)


def build_query(
    name: str, schema: str, birth_date: str | None, country: str | None
) -> tuple[Record, list[str]]:
    """The query record for ``saring screen`` and the notes on how the input was read."""
    notes = []
    cleaned = clean_text(name).strip()
    if not cleaned:
        raise fail("the name is empty (or only control characters): give a name to screen", 2)
    if cleaned != name.strip():
        notes.append("control or invisible characters were removed from the name")
    if len(name) > MAX_NAME_LENGTH:
        notes.append(f"the name was cut to its first {MAX_NAME_LENGTH} characters")
    properties: dict[str, list[str]] = {"name": [cleaned]}
    if birth_date and schema == "LegalEntity":
        schema = "Person"
        notes.append("a birth date was given, so the query is screened as a Person")
    if birth_date:
        properties["birthDate"] = [birth_date]
    if country:
        properties["country"] = [country]
    try:
        query = Record.from_dict({"schema": schema, "properties": properties})
    except ValueError as exc:
        raise fail(f"{exc}; use a FollowTheMoney schema such as Person or Company", 2) from exc
    if birth_date and not query.birth_dates:
        raise fail(f"a {schema} has no birth date; leave out --birth-date or use Person", 2)
    return query, notes


@app.command("screen")
def screen_cmd(
    name: Annotated[str, typer.Argument(help="The name to screen, in any script.")],
    schema: Annotated[str, typer.Option(help="Person, Company, Organization, Vessel…")] = (
        "LegalEntity"
    ),
    birth_date: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option(help="Country name or code.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 10,
    threshold: Annotated[float, typer.Option(min=0.0, max=1.0)] = DEFAULT_THRESHOLD,
    as_json: JsonOpt = False,
) -> None:
    """Screen one name against every loaded list and rank the candidates.

    Scores are calibrated: a result at or above 0.70 (the default threshold) was right at
    least 95% of the time on the evaluation sets. Each result says which part of the name
    met which listed part, by which rule and with what weight.

    Example: saring screen "Sergei Lavrov" --schema Person --birth-date 1950
    """
    query, notes = build_query(name, schema, birth_date, country)
    store = open_store()
    index = open_index(store)
    hits = screen(index, query, limit=limit, threshold=threshold, priority=list(CATALOG))
    if as_json:
        results = []
        for hit in hits:
            data = hit.to_dict()
            versions = store.get(hit.record.id)
            entity = versions[0] if versions else None
            data["properties"] = entity.properties if entity else {}
            data["referents"] = sorted(entity.context.get("referents", [])) if entity else []
            results.append(data)
        query_data = {"name": query.names[0], "schema": query.schema}
        query_data |= {"birth_date": birth_date, "country": country, "notes": notes}
        emit_json({"query": query_data, "results": results})
        return
    for note in notes:
        err.print(f"note: {note}")
    if not hits:
        out.print(f"No candidates for {name[:80]!r}.")
        return
    table = Table(title=f"Screening {name[:80]!r}")
    for col in ("score", "match", "id", "schema", "name", "datasets"):
        table.add_column(col)
    for hit in hits:
        table.add_row(
            f"{hit.score:.2f}",
            "[green]yes[/]" if hit.match else "no",
            hit.record.id,
            hit.record.schema,
            hit.record.caption,
            ", ".join(hit.record.datasets),
        )
    out.print(table)
    best = hits[0]
    out.print(f"Why {best.record.id} scores {best.score:.2f}:", highlight=False)
    for line in best.explanations:
        out.print(f"  {line}", highlight=False)


def _compare_line(line: str) -> dict[str, Any]:
    data = json.loads(line)
    if not isinstance(data, dict) or "query" not in data or "candidate" not in data:
        raise ValueError('expected an object with "query" and "candidate" entities')
    query = Record.from_dict(data["query"])
    candidate = Record.from_dict(data["candidate"])
    return compare(query, candidate).to_dict()


@app.command("compare")
def compare_cmd(
    source: Annotated[str, typer.Argument(help="JSON lines file, or - for standard input.")] = "-",
) -> None:
    """Score pairs of entities without the index, one JSON line out per line in.

    Each input line is {"query": <FtM entity>, "candidate": <FtM entity>}, entities given as
    {"schema": "Person", "properties": {"name": [...], "birthDate": [...]}}. Each output line
    is {"score", "match", "explanations"}; a line that cannot be read gives
    {"score": null, "match": null, "error": "..."} and the command exits 1 at the end.

    Example: echo '{"query": {"schema": "Person", "properties": {"name": ["Сергей Лавров"]}},
    "candidate": {"schema": "Person", "properties": {"name": ["Sergey LAVROV"]}}}' |
    saring compare
    """
    try:
        stream = sys.stdin if source == "-" else open(source, encoding="utf-8")  # noqa: SIM115
    except OSError as exc:
        raise fail(f"{source}: {exc.strerror}", 2) from exc
    errors = 0
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                result = _compare_line(line)
            except (ValueError, TypeError) as exc:
                errors += 1
                label = "standard input" if source == "-" else source
                err.print(f"{label}, line {number}: {exc}", highlight=False, soft_wrap=True)
                result = {"score": None, "match": None, "error": f"line {number}: {exc}"}
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    if errors:
        raise fail(f"{errors} line(s) could not be read", 1)
