"""The ``saring scan`` command: listed entities and risk named in a document."""

from __future__ import annotations

import datetime
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from saring.cli.common import JsonOpt, app, emit_json, fail, open_index, open_store, out
from saring.match import DEFAULT_THRESHOLD, score_text
from saring.text import DEFAULT_MAX_BYTES, ScanInputError, render_html, scan


@app.command("scan")
def scan_cmd(
    source: Annotated[str, typer.Argument(help="Text or HTML file, or - for standard input.")],
    as_json: JsonOpt = False,
    html: Annotated[Path | None, typer.Option("--html", help="Write an HTML report here.")] = None,
    threshold: Annotated[float, typer.Option(min=0.0, max=1.0)] = DEFAULT_THRESHOLD,
    date: Annotated[
        str | None, typer.Option("--date", help="Article date (YYYY-MM-DD) for relative dates.")
    ] = None,
    max_bytes: Annotated[int, typer.Option(help="Largest input accepted.")] = DEFAULT_MAX_BYTES,
) -> None:
    """Find the listed entities a news text names, in any language, and the risk it reports.

    Example: saring scan article.txt --date 2022-06-24 --json
    """
    published = None
    if date:
        try:
            published = datetime.date.fromisoformat(date)
        except ValueError as exc:
            raise fail(f"--date {date!r} is not YYYY-MM-DD", 2) from exc
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise fail(f"{source}: {exc.strerror}", 2) from exc
    content_type = "text/html" if source.lower().endswith((".html", ".htm")) else None
    store = open_store()
    index = open_index(store)
    try:
        result = scan(
            data, index, store, threshold=threshold, published=published,
            content_type=content_type, max_bytes=max_bytes,
        )  # fmt: skip
    except ScanInputError as exc:
        raise fail(f"{source}: {exc}", 2) from exc
    if html is not None:
        html.write_text(render_html(result), encoding="utf-8")
    if as_json:
        emit_json(result.to_dict())
        return
    view = Text(result.text)
    for mention in result.mentions:
        view.stylize(
            "bold black on green" if mention.linked else "black on yellow",
            mention.start,
            mention.end,
        )
    out.print(view)
    table = Table(title=f"Linked entities (language: {result.language})")
    for col in ("id", "name", "schema", "score", "mentions", "datasets"):
        table.add_column(col)
    for entity in result.entities():
        table.add_row(
            entity["id"], entity["caption"], entity["schema"], score_text(entity['score']),
            str(entity["mentions"]), ", ".join(entity["datasets"]),
        )  # fmt: skip
    out.print(table)
    for topic in result.topics:
        out.print(f"topic [bold]{topic.topic}[/] ({topic.count}): {', '.join(topic.terms[:6])}")
    for event in result.events:
        when = event.date or event.date_text or "?"
        out.print(f"event: {event.authority} → {event.target} ({when})", highlight=False)
