"""Commands that screen names: one name against the index, or pairs without it."""

from __future__ import annotations

import json
import sys
import unicodedata
from typing import Annotated, Any

import typer
from rich.table import Table

from saring.cli.common import (
    JsonOpt,
    app,
    emit_json,
    err,
    fail,
    open_index,
    open_store,
    out,
)
from saring.index import Record
from saring.match import DEFAULT_THRESHOLD, compare, score_text, screen
from saring.match.notes import unread_note
from saring.names.normalize import MAX_NAME_LENGTH, clean_text
from saring.sources.catalog import CATALOG

#: Joiners written inside words (Persian's zero-width non-joiner: خامنه‌ای), dropped from a
#: name without a note: they are writing, not stray input.
_JOINERS = frozenset("\u200c\u200d")


def _stray(char: str) -> bool:
    """Whether ``char`` is a control or invisible character other than the joiners."""
    return unicodedata.category(char)[0] == "C" and char not in _JOINERS


def _quoted(name: str) -> str:
    """The name in quotes as a title shows it: stray characters escaped so they can be
    seen (``'Sergei\\x07 Lavrov'``), the joiners written inside words kept as written."""
    return "'" + "".join(repr(c)[1:-1] if _stray(c) else c for c in name[:80]) + "'"


def build_query(
    name: str, schema: str, birth_date: str | None, country: str | None
) -> tuple[Record, list[str]]:
    """The query record for ``saring screen`` and the notes on how the input was read."""
    notes = []
    cleaned = clean_text(name).strip()
    if not cleaned:
        raise fail("the name is empty (or only control characters): give a name to screen", 2)
    if any(_stray(c) for c in name.strip()):
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
    unread = unread_note(query)
    if unread:
        notes.append(unread)
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
            properties, referents = store.listed(hit.record.id)
            results.append(hit.to_dict() | {"properties": properties, "referents": referents})
        query_data = {"name": query.names[0], "schema": query.schema}
        query_data |= {"birth_date": birth_date, "country": country, "notes": notes}
        emit_json({"query": query_data, "results": results})
        return
    for note in notes:
        err.print(f"note: {note}")
    if not hits:
        out.print(f"No candidates for {_quoted(name)}.")
        return
    table = Table(title=f"Screening {_quoted(name)}")
    for col in ("score", "match", "id", "schema", "name", "datasets"):
        table.add_column(col)
    for hit in hits:
        table.add_row(
            score_text(hit.score),
            "[green]yes[/]" if hit.match else "no",
            hit.record.id,
            hit.record.schema,
            hit.record.caption,
            ", ".join(hit.record.datasets),
        )
    out.print(table)
    best = hits[0]
    out.print(f"Why {best.record.id} scores {score_text(best.score)}:", highlight=False)
    for line in best.explanations:
        out.print(f"  {line}", highlight=False)


def _compare_line(line: str) -> dict[str, Any]:
    try:
        data = json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON: {exc.msg.lower()} at column {exc.colno}") from exc
    if not isinstance(data, dict):
        raise ValueError('expected an object with "query" and "candidate" entities')
    missing = [key for key in ("query", "candidate") if key not in data]
    if missing:
        raise ValueError(f'expected an object with "query" and "candidate"; no "{missing[0]}"')
    records = []
    for key in ("query", "candidate"):
        try:
            records.append(Record.from_dict(data[key]))
        except ValueError as exc:
            raise ValueError(f'"{key}": {exc}') from exc
    return compare(*records).to_dict()


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
