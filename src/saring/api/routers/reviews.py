"""Analysts' decisions: mark a result a true or false positive, with a note."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from saring.api.models import ErrorResponse, Review, ReviewRequest
from saring.api.routers.deps import ActorDep, ServiceDep

router = APIRouter(tags=["Reviews"])


@router.post(
    "/reviews", response_model=Review, status_code=201, responses={404: {"model": ErrorResponse}}
)
def add_review(body: ReviewRequest, service: ServiceDep, actor: ActorDep) -> dict[str, Any]:
    """Record a decision on a result; it is audit-logged and shown on later searches."""
    if not service.lookup.fetch([body.entity_id]):
        raise HTTPException(404, f"no such entity: {body.entity_id!r}")
    review = service.reviews.add(body.entity_id, body.query, body.verdict, body.note, actor)
    service.audit.write("review", actor, review=review)
    return review


@router.get("/reviews", response_model=list[Review])
def list_reviews(
    service: ServiceDep, entity_id: Annotated[str, Query(max_length=500)]
) -> list[dict[str, Any]]:
    """Every review of one entity, newest first."""
    return service.reviews.for_entity(entity_id)
