"""`create_app(config)`: the FastAPI application, its service opened once at startup."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

import saring
from saring.api.config import ApiConfig
from saring.api.models import ErrorResponse
from saring.api.routers import documents, entities, match, reviews, search, system
from saring.api.security import Guard, client_detail
from saring.api.service import Service

log = logging.getLogger("saring.api")

DESCRIPTION = """Screen names and documents against official sanctions lists.

The matching, search, entity, catalog and probe routes follow OpenSanctions' yente API, so
yente clients work unchanged: `POST /match/default` with `{"queries": {"q1": {"schema":
"Person", "properties": {"name": ["Sergey Lavrov"], "birthDate": ["1950"]}}}}`.
`default` means every loaded list; a list's name (e.g. `us_ofac_sdn`) restricts to it.

Off loopback every request needs an API key (`saring keys create`), sent as
`Authorization: ApiKey <key>`.
"""


COMMON_RESPONSES: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorResponse, "description": "API key missing, invalid or revoked"},
    413: {"model": ErrorResponse, "description": "Request body too large"},
    429: {"model": ErrorResponse, "description": "Rate limit exceeded"},
    500: {"model": ErrorResponse, "description": "Internal error (no details)"},
    503: {"model": ErrorResponse, "description": "Starting up"},
}


def create_app(
    config: ApiConfig | None = None, extend: Callable[[FastAPI], None] | None = None
) -> FastAPI:
    """The API for ``config`` (default: the environment's); ``extend(app)`` may add routes
    (the web page) before the app starts."""
    config = config or ApiConfig.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.service = await run_in_threadpool(Service.open, config)
        settle_heap()
        yield
        app.state.service.store.engine.dispose()
        gc.unfreeze()

    app = FastAPI(
        title="saring",
        version=saring.__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        docs_url="/docs",
        redoc_url=None,
        responses=COMMON_RESPONSES,
    )
    app.state.service = None
    app.state.config = config
    app.add_exception_handler(Exception, _internal_error)
    for router in (system, match, search, entities, reviews):
        app.include_router(router.router)
    for make_router in documents.ROUTERS:
        app.include_router(make_router())
    if extend is not None:
        extend(app)
    app.add_middleware(Guard)
    if config.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(config.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-API-Key"],
        )
    return app


async def _internal_error(request: Request, exc: Exception) -> JSONResponse:
    """A generic 500: the trace goes to the server log, never to the client."""
    log.error("error serving %s %s", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"detail": client_detail(exc)}, status_code=500)


def settle_heap() -> None:
    """Exempt what startup loaded (the index, the lookup tables: ~140k containers) from
    garbage collection: otherwise every full collection walks it all, stalling the worker
    for ~80 ms every few hundred requests."""
    gc.collect()
    gc.freeze()


def app_from_env() -> FastAPI:
    """The app for ``$SARING_API_CONFIG`` (a factory for uvicorn workers)."""
    return create_app(ApiConfig.from_env())
