"""What every command shares: the app, consoles, errors, progress, store and index."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from saring.index import NameIndex, load_or_build
from saring.settings import Settings
from saring.store import Snapshot, Store
from saring.store.bundled import import_bundled

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
FromSnapshotOpt = Annotated[
    str | None,
    typer.Option("--from", help="Snapshot id or date (default: the one before --to)."),
]
ToSnapshotOpt = Annotated[str | None, typer.Option(help="Snapshot id or date (default: latest).")]


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


def open_index(store: Store) -> NameIndex:
    """The screening index of the store's current lists, rebuilt when the lists changed."""
    path = Settings.from_env().index_path
    with ticker("indexing names") as tick:
        return load_or_build(store, path, progress=tick)


def snapshot_pair(
    store: Store, dataset: str, from_: str | None, to: str | None
) -> tuple[Snapshot, Snapshot]:
    """The two snapshots of ``dataset`` that ``--from`` and ``--to`` name (old, new)."""
    try:
        new = store.resolve(dataset, to)
        old = store.resolve(dataset, from_, before=new if from_ is None else None)
    except LookupError as exc:
        raise fail(str(exc.args[0])) from exc
    return old, new
