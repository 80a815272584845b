"""``INSERT ... ON CONFLICT`` for the database in use (SQLite and PostgreSQL both have it):
writes that race (an idempotency key, a first outcome) insert or find the row in one
statement instead of checking first and failing on a unique violation."""

from __future__ import annotations

from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session


def insert(session: Session, model: Any):
    """An insert of ``model`` that offers ``on_conflict_do_nothing`` / ``_do_update``."""
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(model)
    return sqlite.insert(model)


def insert_if_absent(session: Session, model: Any, values: dict[str, Any]) -> bool:
    """Insert the row unless one with its primary key exists; True when inserted (told by
    RETURNING: the drivers' row counts are not reliable for this statement)."""
    key = next(iter(model.__table__.primary_key.columns))
    statement = insert(session, model).values(**values).on_conflict_do_nothing().returning(key)
    return session.execute(statement).first() is not None
