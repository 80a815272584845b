"""Liveness and readiness probes (no API key needed)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel

from app.routers.common import JSONBody
from app.services.health import database_ready

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    version: str | None = None
    rulebook: str | None = None


@router.get("/healthz", response_model=Health, summary="The process is up")
def healthz(request: Request) -> JSONBody:
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
    if not database_ready(request.app.state.engine):
        return JSONBody({"status": "unavailable"}, status_code=503)
    return JSONBody({"status": "ok"})
