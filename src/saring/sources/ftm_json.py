"""FollowTheMoney entities as JSON lines, and OpenSanctions delta files.

``ftm-json``: one entity object per line, ``{"id", "schema", "properties", …}`` as in
OpenSanctions' ``entities.ftm.json``. Entity ids are kept as they are in the file.

``ftm-delta``: one change per line, ``{"op": "ADD"|"MOD"|"DEL", "entity": {…}}``. ADD and
MOD yield the entity; DEL reports ``entity.id`` through ``ctx.delete``.

Property values are taken as published, without re-validation (as FollowTheMoney's own
``EntityProxy.from_dict`` does by default): these files are already FtM-cleaned, and
cleaning them again would drop values a newer FtM version accepted. A property the
installed FtM model does not know (FtM itself silently drops it) is counted with
``ctx.skip`` and left out; the rest of the entity is kept. Of the entity's other keys,
``referents``, ``datasets``, ``first_seen``, ``last_seen``, ``last_change`` and ``target``
are kept in ``entity.context`` (FtM re-emits them in ``to_dict()``); ``caption`` is not,
as FtM derives it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy

from saring.sources.base import Format, SourceContext, open_member

#: Entity keys besides id/schema/properties that are carried over into ``entity.context``.
CONTEXT_KEYS = ("referents", "datasets", "first_seen", "last_seen", "last_change", "target")
#: Keys whose value must be a list of strings when present.
LIST_KEYS = ("referents", "datasets")
DELTA_OPS = ("ADD", "MOD", "DEL")
MEMBER_NAMES = (".json", ".jsonl", ".ndjson")

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_COLON = re.compile(r"\s*:")


def _lines(path: Path, ctx: SourceContext) -> Iterator[tuple[int, dict[str, Any]]]:
    """Each non-blank line as a JSON object with its 1-based line number."""
    with open_member(path, MEMBER_NAMES) as stream:
        for n, raw in enumerate(stream, start=1):
            record = f"line {n}"
            try:
                text = raw.decode("utf-8-sig" if n == 1 else "utf-8").strip()
            except UnicodeDecodeError as exc:
                raise ctx.error(f"not UTF-8 text: {exc.reason}", record) from exc
            if not text:
                continue
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                what = "truncated" if not raw.endswith(b"\n") else "malformed"
                raise ctx.error(f"{what} JSON: {exc.msg}", record) from exc
            if not isinstance(data, dict):
                raise ctx.error("line is not a JSON object", record)
            yield n, data


def _entity(data: dict[str, Any], ctx: SourceContext, n: int) -> EntityProxy:
    """Build the entity of one JSON object; raises for a missing id or unknown schema."""
    record = f"line {n}"
    entity_id, schema_name = data.get("id"), data.get("schema")
    if not isinstance(entity_id, str) or not entity_id.strip():
        raise ctx.error("entity has no id", record)
    if not isinstance(schema_name, str) or not schema_name:
        raise ctx.error("entity has no schema", record)
    schema = model.get(schema_name)
    if schema is None:
        raise ctx.error(f"unknown schema {schema_name!r}", record)
    properties = data.get("properties", {})
    if not isinstance(properties, dict):
        raise ctx.error("properties is not an object", record)
    entity = ctx.make(schema.name)
    entity.id = entity_id
    for name, values in properties.items():
        prop = schema.get(name)
        if prop is None or prop.stub:
            ctx.skip(f"unknown property {schema.name}:{name}", record)
            continue
        if not _is_str_list(values):
            raise ctx.error(f"property {name} is not a list of strings", record)
        entity.add(prop, values, cleaned=True)
    for key in LIST_KEYS:
        if key in data and not _is_str_list(data[key]):
            raise ctx.error(f"{key} is not a list of strings", record)
    entity.context = {key: data[key] for key in CONTEXT_KEYS if key in data}
    return entity


def _is_str_list(values: object) -> bool:
    return isinstance(values, list) and all(isinstance(v, str) for v in values)


def read_entities(path: Path, ctx: SourceContext) -> Iterator[EntityProxy]:
    """Stream the entities of an FtM JSON lines file."""
    for n, data in _lines(path, ctx):
        yield _entity(data, ctx, n)


def read_delta(path: Path, ctx: SourceContext) -> Iterator[EntityProxy]:
    """Stream an OpenSanctions delta file: yield ADD/MOD entities, report DEL ids."""
    for n, data in _lines(path, ctx):
        op, entity = data.get("op"), data.get("entity")
        if op not in DELTA_OPS:
            raise ctx.error(f"unknown delta op {op!r}", f"line {n}")
        if not isinstance(entity, dict):
            raise ctx.error("delta line has no entity object", f"line {n}")
        if op == "DEL":
            entity_id = entity.get("id")
            if not isinstance(entity_id, str) or not entity_id.strip():
                raise ctx.error("DEL entity has no id", f"line {n}")
            ctx.delete(entity_id)
        else:
            yield _entity(entity, ctx, n)


def _head_keys(head: bytes) -> tuple[set[str], set[str]]:
    """Object keys at depth 1 and 2 of the first line in ``head`` (which may be cut)."""
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip().split(b"\n", 1)[0]
    line = text.decode("utf-8", "ignore")
    keys: tuple[set[str], set[str]] = (set(), set())
    if not line.startswith("{"):
        return keys
    depth, i = 0, 0
    while i < len(line):
        char = line[i]
        if char == '"':
            match = _STRING.match(line, i)
            if match is None:
                break
            i = match.end()
            if depth in (1, 2) and _COLON.match(line, i):
                keys[depth - 1].add(match.group(0)[1:-1])
            continue
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
        i += 1
    return keys


def _is_delta(top: set[str], nested: set[str]) -> bool:
    """``entity`` beside ``op``, or (``op`` cut off by a long entity) holding an entity."""
    return "entity" in top and ("op" in top or bool(nested & {"id", "schema"}))


def sniff_entities(path: Path, head: bytes) -> bool:
    """A first line that is an FtM entity object (and not a delta operation)."""
    top, nested = _head_keys(head)
    if _is_delta(top, nested) or "op" in top:
        return False
    return bool(top & {"schema", "properties", "referents"})


def sniff_delta(path: Path, head: bytes) -> bool:
    """A first line that is a delta operation ``{"op": …, "entity": {…}}``."""
    return _is_delta(*_head_keys(head))


FORMATS: list[Format] = [
    Format(
        name="ftm-json",
        title="FollowTheMoney entities (JSON lines)",
        read=read_entities,
        sniff=sniff_entities,
        dataset="ftm",
    ),
    Format(
        name="ftm-delta",
        title="OpenSanctions delta file (ADD/MOD/DEL)",
        read=read_delta,
        sniff=sniff_delta,
        dataset="ftm",
        partial=True,
    ),
]
