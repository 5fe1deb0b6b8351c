"""``POST /match/{dataset}``: yente's match-by-example, answered by saring's screening."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, HTTPException, Path, Query
from fastapi.responses import JSONResponse
from followthemoney import model
from starlette.concurrency import run_in_threadpool

from saring.api.models import EntityMatches, EntityMatchQuery, ErrorResponse
from saring.api.routers.deps import ActorDep, ServiceDep, no_such_dataset
from saring.api.routers.system import ALGORITHM
from saring.api.service import Filters, Service, UnknownDataset
from saring.index import Record
from saring.match import DEFAULT_THRESHOLD
from saring.match.notes import unread_note

router = APIRouter(tags=["Matching"])

#: Requests of up to this many queries are screened on the event loop when the engine is free
#: (a few milliseconds each); larger ones go to the thread pool, so the server stays responsive.
INLINE_QUERIES = 4

Names = Annotated[list[Annotated[str, Query(max_length=500)]], Query(max_length=100)]


class FastJSONResponse(JSONResponse):
    """A JSON response rendered by orjson: the same JSON as `JSONResponse` (UTF-8, compact),
    several times faster for the large bodies of match results."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_SERIALIZE_NUMPY)


def query_record(example: dict[str, Any]) -> Record:
    """The screening record of a query entity; 400 for a schema that cannot be screened."""
    schema = model.get(example.get("schema") or "")
    if schema is None or not schema.matchable:
        name = example.get("schema")
        raise HTTPException(400, f"invalid schema {name!r}: use a matchable schema such as Person")
    try:
        return Record.from_dict(example)
    except (ValueError, TypeError) as exc:
        raise HTTPException(400, f"invalid query entity: {exc}") from exc


@router.post(
    "/match/{dataset}",
    response_model=None,
    responses={
        200: {"model": EntityMatches, "description": "Results per query key"},
        400: {"model": ErrorResponse},
        404: {"model": ErrorResponse},
    },
)
async def match(
    body: EntityMatchQuery,
    service: ServiceDep,
    actor: ActorDep,
    dataset: Annotated[str, Path(max_length=100, examples=["default"])],
    limit: Annotated[int, Query(ge=1, le=500)] = 5,
    threshold: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_THRESHOLD,
    cutoff: Annotated[float, Query(ge=0.0, le=1.0)] = 0.5,
    algorithm: Annotated[str, Query(max_length=50)] = "saring",
    include_dataset: Names = [],  # noqa: B006  (FastAPI reads the default, never mutates it)
    exclude_dataset: Names = [],  # noqa: B006
    exclude_schema: Names = [],  # noqa: B006
    exclude_entity_ids: Names = [],  # noqa: B006
    topics: Names = [],  # noqa: B006
) -> FastJSONResponse:
    """Match each query entity against the lists of ``dataset`` (``default``: every list).

    Body and response follow yente: ``{"queries": {key: {"schema", "properties"}}}`` in,
    ``{"responses": {key: {"status", "results", "total", "query"}}}`` out. A result's
    ``match`` is ``score >= threshold``; results under ``cutoff`` are left out. Each result
    explains its score (``explanations``: per feature, ``reasons``: saring's lines).
    Any ``algorithm`` name is accepted; saring has one.
    """
    if len(body.queries) > service.config.max_queries:
        raise HTTPException(400, f"at most {service.config.max_queries} queries per request")
    try:
        datasets = service.datasets_for(dataset, include_dataset, exclude_dataset)
    except UnknownDataset as exc:
        raise no_such_dataset(exc) from exc
    filters = Filters(
        datasets=datasets,
        exclude_ids=frozenset(exclude_entity_ids),
        exclude_schemata=frozenset(exclude_schema),
        topics=frozenset(topics),
    )
    examples = {key: example.as_dict() for key, example in body.queries.items()}
    records = {key: query_record(example) for key, example in examples.items()}
    args = (service, records, examples, filters, limit, threshold, cutoff)
    if len(records) <= INLINE_QUERIES and service.screening.acquire(blocking=False):
        # A few queries and the engine free: screen on the event loop, without a trip through
        # the thread pool (the work is CPU-bound; the engine serves one query at a time).
        try:
            responses = answer(*args)
        finally:
            service.screening.release()
    else:  # many queries, or a document or search holds the engine: off the event loop
        responses = await run_in_threadpool(answer, *args)
    await run_in_threadpool(
        service.audit.write,
        "match",
        actor,
        dataset=dataset,
        datasets=sorted(datasets),
        params={"limit": limit, "threshold": threshold, "cutoff": cutoff, "algorithm": algorithm},
        queries=examples,
        results={
            key: [[r["id"], r["score"], r["match"]] for r in response["results"]]
            for key, response in responses.items()
        },
    )
    # Built from plain JSON values: sent as is, without a second validation pass.
    return FastJSONResponse({"responses": responses, "matcher": ALGORITHM, "limit": limit})


def answer(
    service: Service,
    records: dict[str, Record],
    examples: dict[str, dict[str, Any]],
    filters: Filters,
    limit: int,
    threshold: float,
    cutoff: float,
) -> dict[str, Any]:
    """yente's response per query key."""
    responses: dict[str, Any] = {}
    for key, record in records.items():
        found = service.screen(record, filters, limit, threshold, cutoff)
        name = record.names[0] if record.names else None
        results = [service.scored(hit, entity, name) for hit, entity in found]
        query = {**examples[key], "id": examples[key]["id"] or key}
        responses[key] = {
            "status": 200,
            "results": results,
            "total": {"value": len(results), "relation": "eq"},
            "query": query,
        }
        note = "" if results else unread_note(record)
        if note:
            responses[key]["notes"] = [note]
    return responses
