"""``GET /entities/{id}`` (yente's entity, with its sanctions and records nested) and its
history across list snapshots."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Path

from saring.api.models import EntityResponse, ErrorResponse, HistoryEvent
from saring.api.routers.deps import ServiceDep

router = APIRouter(tags=["Data access"])

EntityId = Annotated[str, Path(max_length=500, examples=["ofac-35233"])]


@router.get(
    "/entities/{entity_id}",
    response_model=EntityResponse,
    responses={404: {"model": ErrorResponse}},
)
def entity(service: ServiceDep, entity_id: EntityId, nested: bool = True) -> dict[str, Any]:
    """A listed entity with every current property; with ``nested`` (default) the records
    around it (sanctions with authority, program and dates; addresses; identifiers; links)
    are nested in its properties, and analysts' reviews are under ``reviews``."""
    if nested:
        data = service.lookup.nested(entity_id)
    else:
        found = service.lookup.fetch([entity_id]).get(entity_id)
        data = found.to_dict() if found else None
    if data is None:
        raise HTTPException(404, f"no such entity: {entity_id!r}")
    data["reviews"] = service.reviews.for_entity(entity_id)
    return data


@router.get(
    "/entities/{entity_id}/history",
    response_model=list[HistoryEvent],
    responses={404: {"model": ErrorResponse}},
)
def history(service: ServiceDep, entity_id: EntityId) -> list[dict[str, Any]]:
    """When the entity appeared, changed and left, in every list, oldest first."""
    events = service.store.history(entity_id)
    if not events:
        raise HTTPException(404, f"no such entity: {entity_id!r}")
    return [event.to_dict() for event in events]
