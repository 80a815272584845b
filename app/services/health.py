"""Readiness: whether the database answers and its schema is current."""

from __future__ import annotations

from typing import Literal

from sqlalchemy import Engine

from app.core.migrate import schema_is_current
from app.repositories.readiness import ping


def database_state(engine: Engine) -> Literal["ok", "unavailable", "migrating"]:
    try:
        with engine.connect() as conn:
            ping(conn)
            current = schema_is_current(conn)
    except Exception:
        return "unavailable"
    return "ok" if current else "migrating"
