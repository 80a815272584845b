"""Liveness and readiness probes (no API key needed)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel

from app.routers.common import JSONBody
from app.services.health import database_state

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    version: str | None = None
    rulebook: str | None = None


@router.get("/healthz", response_model=Health, summary="The process is up")
async def healthz(request: Request) -> JSONBody:
    """Answered on the event loop: no thread, no database, so it answers while every
    worker thread is busy."""
    from app import __version__

    return JSONBody(
        {
            "status": "ok",
            "version": __version__,
            "rulebook": request.app.state.evaluator.rulebook.version,
        }
    )


@router.get(
    "/readyz",
    response_model=Health,
    responses={
        503: {
            "model": Health,
            "description": "The database is unreachable, or its schema is not yet migrated.",
        }
    },
    summary="The database is reachable and its schema is current",
)
def readyz(request: Request) -> JSONBody:
    """Bounded like every database call: connect timeout, statement timeout, watchdog."""
    state = database_state(request.app.state.engine)
    if state != "ok":
        return JSONBody({"status": state}, status_code=503, headers={"Retry-After": "5"})
    return JSONBody({"status": "ok"})
