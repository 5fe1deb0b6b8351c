"""Probes and descriptions: health, readiness, the catalog of loaded lists, algorithms."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from saring.api.models import StatusResponse
from saring.api.routers.deps import ServiceDep

router = APIRouter(tags=["System information"])

ALGORITHM = {
    "name": "saring",
    "description": (
        "Token alignment of names in any script (transliteration, phonetic and skeleton "
        "keys, name groups), weighted by rarity, adjusted by birth date, country and gender; "
        "a shared identifier is decisive. Scores are calibrated: at or above 0.70 a result "
        "was right at least 95% of the time on the evaluation sets."
    ),
    "docs": {},
}


@router.get("/healthz", response_model=StatusResponse)
def healthz() -> dict[str, str]:
    """Whether the server process is up."""
    return {"status": "ok"}


@router.get("/readyz", response_model=StatusResponse, responses={503: {"model": StatusResponse}})
def readyz(request: Request) -> Any:
    """Whether the lists and their index are loaded and queries can be answered."""
    if getattr(request.app.state, "service", None) is None:
        return JSONResponse({"status": "starting"}, status_code=503)
    return {"status": "ok"}


@router.get("/catalog")
def catalog(service: ServiceDep) -> dict[str, Any]:
    """The loaded lists (each with its snapshot id as version) and the ``default`` collection."""
    return service.catalog()


@router.get("/algorithms")
def algorithms() -> dict[str, Any]:
    """The matching algorithm: saring has one; yente's names for it are accepted."""
    return {"algorithms": [ALGORITHM], "default": "saring", "best": "saring"}
