"""``GET /search/{dataset}``: names ranked for a text, with facets, for the page and yente
clients."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path, Query
from followthemoney import model

from saring.api.models import ErrorResponse, SearchResponse
from saring.api.routers.deps import ServiceDep, no_such_dataset
from saring.api.routers.match import Names
from saring.api.service import SEARCH_CANDIDATES, Filters, UnknownDataset
from saring.index import Record
from saring.match import DEFAULT_THRESHOLD

router = APIRouter(tags=["Matching"])

FACETS = ("countries", "topics", "datasets", "schema")


@router.get(
    "/search/{dataset}",
    response_model=SearchResponse,
    responses={400: {"model": ErrorResponse}, 404: {"model": ErrorResponse}},
)
def search(
    service: ServiceDep,
    dataset: Annotated[str, Path(max_length=100, examples=["default"])],
    q: Annotated[str, Query(max_length=1000, examples=["Sergey Lavrov"])] = "",
    schema: Annotated[str, Query(max_length=100)] = "LegalEntity",
    countries: Names = [],  # noqa: B006  (FastAPI reads the default, never mutates it)
    topics: Names = [],  # noqa: B006
    include_dataset: Names = [],  # noqa: B006
    exclude_dataset: Names = [],  # noqa: B006
    exclude_schema: Names = [],  # noqa: B006
    facets: Annotated[list[str], Query(max_length=10)] = list(FACETS),  # noqa: B006
    limit: Annotated[int, Query(ge=0, le=100)] = 10,
    offset: Annotated[int, Query(ge=0, le=100)] = 0,
    threshold: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_THRESHOLD,
    fuzzy: bool = False,
    simple: bool = False,
) -> dict[str, Any]:
    """Listed entities whose names best match ``q``, best first, with facet counts.

    ``schema`` narrows to one kind of entity (Person, Company, Vessel…); ``countries`` and
    ``topics`` filter; ``facets`` names the counts wanted (countries, topics, datasets,
    schema). Results carry scores and reasons, as ``/match`` results do.
    """
    try:
        datasets = service.datasets_for(dataset, include_dataset, exclude_dataset)
    except UnknownDataset as exc:
        raise no_such_dataset(exc) from exc
    wanted = model.get(schema)
    if wanted is None:
        raise HTTPException(400, f"unknown schema {schema!r}")
    query_schema = schema if wanted.matchable else "LegalEntity"
    results: list[dict[str, Any]] = []
    if q.strip():
        record = Record.from_dict({"schema": query_schema, "properties": {"name": [q]}})
        filters = Filters(
            datasets=datasets,
            exclude_schemata=frozenset(exclude_schema),
            schema=schema if schema != "LegalEntity" else None,
            countries=frozenset(c.lower() for c in countries),
            topics=frozenset(topics),
        )
        found = service.screen(record, filters, SEARCH_CANDIDATES, threshold, cutoff=0.01)
        results = [service.scored(hit, entity, q) for hit, entity in found]
    return {
        "results": results[offset : offset + limit],
        "facets": service.facets(results, facets),
        "total": {"value": len(results), "relation": "eq"},
        "limit": limit,
        "offset": offset,
    }
