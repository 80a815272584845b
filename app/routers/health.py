"""Liveness and readiness probes (no API key needed)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text

from app.routers.common import JSONBody

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
    responses={503: {"model": Health, "description": "The database is unreachable."}},
    summary="The database is reachable",
)
def readyz(request: Request) -> JSONBody:
    """Bounded like every database call: connect timeout, statement timeout, watchdog."""
    try:
        with request.app.state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:
        return JSONBody({"status": "unavailable"}, status_code=503)
    return JSONBody({"status": "ok"})
