"""Liveness and readiness probes (no API key needed)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text

from app.core.migrate import schema_is_current
from app.routers.common import JSONBody

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
    responses={
        503: {
            "model": Health,
            "description": "The database is unreachable, or its schema is not yet migrated.",
        }
    },
    summary="The database is reachable and its schema is current",
)
def readyz(request: Request) -> JSONBody:
    try:
        with request.app.state.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            current = schema_is_current(conn)
    except Exception:
        return JSONBody({"status": "unavailable"}, status_code=503, headers={"Retry-After": "5"})
    if not current:
        return JSONBody({"status": "migrating"}, status_code=503, headers={"Retry-After": "5"})
    return JSONBody({"status": "ok"})
