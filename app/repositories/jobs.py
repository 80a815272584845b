"""Counts of procrastinate's job table (the queue itself is procrastinate's own SQL)."""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlmodel import Session


def waiting(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM procrastinate_jobs WHERE status = 'todo'")
        ).scalar_one()


def started_or_done(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT count(*) FROM procrastinate_jobs WHERE status <> 'todo'")
        ).scalar_one()


def forget_jobs_about(session: Session, ids: list[str]) -> int:
    """Delete the queued or finished jobs whose payload names one of ``ids`` (an evidence
    file's, a webhook delivery's), in the caller's transaction (PostgreSQL; the in-process
    queue keeps its jobs in memory). A job running now is left to find nothing."""
    if session.get_bind().dialect.name != "postgresql" or not ids:
        return 0
    if session.execute(text("SELECT to_regclass('procrastinate_jobs')")).scalar() is None:
        return 0
    result = session.execute(
        text(
            "DELETE FROM procrastinate_jobs WHERE status <> 'doing' AND ("
            "args->'payload'->>'evidence_id' = ANY(:ids) "
            "OR args->'payload'->>'delivery_id' = ANY(:ids))"
        ),
        {"ids": ids},
    )
    return result.rowcount or 0
