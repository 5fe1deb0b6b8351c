"""What every route needs: the process's service and who is asking."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request

from saring.api.service import Service, UnknownDataset


async def get_service(request: Request) -> Service:
    """The service opened at startup (503 while it is still opening); async, so resolved on
    the event loop without a trip through the thread pool."""
    service = getattr(request.app.state, "service", None)
    if service is None:
        raise HTTPException(503, "the service is starting")
    return service


async def get_actor(request: Request) -> str:
    """The key id or client address the request is made by."""
    return getattr(request.state, "actor", None) or "unknown"


ServiceDep = Annotated[Service, Depends(get_service)]
ActorDep = Annotated[str, Depends(get_actor)]


def no_such_dataset(exc: UnknownDataset) -> HTTPException:
    """The 404 for an unknown dataset name."""
    return HTTPException(404, f"no such dataset: {exc.args[0]!r} (use 'default' or a loaded list)")
