"""Database engines and sessions (SQLite in WAL mode by default, PostgreSQL in production)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import NullPool
from sqlmodel import create_engine

from app.core.jsonutil import dumps, loads


def build_engine(
    url: str, *, sqlite_synchronous: str = "NORMAL", null_pool: bool = False
) -> Engine:
    parsed = make_url(url)
    pooling = {"poolclass": NullPool} if null_pool else {}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            json_serializer=dumps,
            json_deserializer=loads,
            connect_args={"check_same_thread": False, "timeout": 30},
            **(pooling or {"pool_size": 1, "max_overflow": 0, "pool_timeout": 60}),
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA synchronous={sqlite_synchronous}")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        return engine
    return create_engine(
        url,
        json_serializer=dumps,
        json_deserializer=loads,
        pool_pre_ping=True,
        **(pooling or {"pool_size": 10, "max_overflow": 20}),
    )
