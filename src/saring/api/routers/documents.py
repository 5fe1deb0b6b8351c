"""Routes over the later stages: scan a document, designation statistics, screen a CSV file."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from saring import batch, intel, text
from saring.api.models import ErrorResponse
from saring.api.routers.deps import ActorDep, ServiceDep
from saring.match import DEFAULT_THRESHOLD


def _day(value: str | None, label: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise HTTPException(400, f"{label} must be a date (YYYY-MM-DD)") from exc


def scan_router() -> APIRouter:
    """``POST /scan``: the mentions of listed entities in a document."""
    router = APIRouter(tags=["Documents"])

    @router.post("/scan", responses={400: {"model": ErrorResponse}})
    async def scan(
        request: Request,
        service: ServiceDep,
        actor: ActorDep,
        threshold: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_THRESHOLD,
        published: Annotated[str | None, Query(max_length=10)] = None,
    ) -> dict[str, Any]:
        """Scan the request body (text, HTML or a document file) for mentions of listed
        entities; the result is ``saring scan --json``'s."""
        data = await request.body()
        if not data.strip():
            raise HTTPException(400, "send the document as the request body")
        day = _day(published, "published")

        def run() -> dict[str, Any]:
            with service.screening:
                result = text.scan(
                    data,
                    service.index,
                    service.store,
                    threshold=threshold,
                    published=day,
                    content_type=request.headers.get("content-type"),
                    max_bytes=service.config.max_upload,
                )
            return result.to_dict()

        try:
            result = await run_in_threadpool(run)
        except text.ScanInputError as exc:
            raise HTTPException(400, str(exc)) from exc
        service.audit.write("scan", actor, bytes=len(data), threshold=threshold, result=result)
        return result

    return router


def stats_router() -> APIRouter:
    """``GET /stats``: designations over time, by country or authority."""
    router = APIRouter(tags=["Statistics"])

    @router.get("/stats", responses={400: {"model": ErrorResponse}})
    def stats(
        service: ServiceDep,
        since: Annotated[str | None, Query(max_length=10)] = None,
        until: Annotated[str | None, Query(max_length=10)] = None,
        authority: Annotated[str | None, Query(max_length=200)] = None,
        by: Annotated[str, Query(max_length=20)] = "month",
    ) -> dict[str, Any]:
        """Designation statistics of the loaded lists (``saring stats --json``)."""
        try:
            return intel.stats(
                service.store,
                items=service.cached("designations", lambda: intel.designations(service.store)),
                since=_day(since, "since"),
                until=_day(until, "until"),
                authority=authority,
                by=by,
            )
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from exc

    return router


def screen_file_router() -> APIRouter:
    """``POST /screen-file``: a CSV of names in, the screened CSV out as a download."""
    router = APIRouter(tags=["Documents"])

    @router.post(
        "/screen-file",
        response_class=Response,
        responses={200: {"content": {"text/csv": {}}}, 400: {"model": ErrorResponse}},
    )
    async def screen_file(
        request: Request,
        service: ServiceDep,
        actor: ActorDep,
        threshold: Annotated[float, Query(ge=0.0, le=1.0)] = DEFAULT_THRESHOLD,
        limit: Annotated[int, Query(ge=1, le=50)] = 3,
    ) -> Response:
        """Screen every row of the CSV sent as the body; answers a CSV file to download."""
        data = await request.body()
        if not data.strip():
            raise HTTPException(400, "send the CSV file as the request body")

        def run() -> bytes:
            with service.screening:
                return batch.screen_csv_bytes(data, service.index, service.store, threshold, limit)

        try:
            out = await run_in_threadpool(run)
        except ValueError as exc:
            raise HTTPException(400, str(exc)) from exc
        service.audit.write("screen-file", actor, bytes=len(data), threshold=threshold)
        headers = {"content-disposition": 'attachment; filename="screened.csv"'}
        return Response(out, media_type="text/csv", headers=headers)

    return router


ROUTERS = (scan_router, stats_router, screen_file_router)
