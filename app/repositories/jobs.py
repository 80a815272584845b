"""Counts of procrastinate's job table (the queue itself is procrastinate's own SQL)."""

from __future__ import annotations

from sqlalchemy import Engine, text


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
