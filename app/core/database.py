"""Database engines and sessions (SQLite in WAL mode by default, PostgreSQL in production).

Every wait is bounded: for a pooled connection (``pool_timeout``), for SQLite's write lock
(``busy_timeout``), for PostgreSQL to connect (``connect_timeout``) and to answer
(``statement_timeout`` on the server, the watchdog on the client). Bound SQL parameters
never reach logs or error messages (``hide_parameters``): they hold matter data.
"""

from __future__ import annotations

import time
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.pool import NullPool
from sqlmodel import create_engine

from app.core.db_watchdog import Watchdog
from app.core.jsonutil import dumps, loads
from app.core.sqlite_wal import INLINE_PAGES, autocheckpoint_pages

WATCHDOG_GRACE = 2.0
"""Seconds the client waits beyond the server's statement timeout before giving up."""
PING_IDLE_SECONDS = 1.0
"""A PostgreSQL connection idle in the pool longer than this is pinged before use."""


def build_engine(
    url: str,
    *,
    sqlite_synchronous: str = "NORMAL",
    null_pool: bool = False,
    connect_timeout: float = 5.0,
    statement_timeout: float = 15.0,
    pool_timeout: float = 10.0,
    pool_size: int = 30,
    max_overflow: int = 10,
    busy_timeout: float = 5.0,
    sqlite_autocheckpoint: int = INLINE_PAGES,
    ping_idle_seconds: float = PING_IDLE_SECONDS,
) -> Engine:
    parsed = make_url(url)
    common = {"json_serializer": dumps, "json_deserializer": loads, "hide_parameters": True}
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        pooling = (
            {"poolclass": NullPool}
            if null_pool
            else {"pool_size": 1, "max_overflow": 0, "pool_timeout": pool_timeout}
        )
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": busy_timeout},
            **common,
            **pooling,
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA synchronous={sqlite_synchronous}")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
            cursor.execute(f"PRAGMA wal_autocheckpoint={int(sqlite_autocheckpoint)}")
            cursor.close()

        return engine
    pooling = (
        {"poolclass": NullPool}
        if null_pool
        else {"pool_size": pool_size, "max_overflow": max_overflow, "pool_timeout": pool_timeout}
    )
    # Server options given in the URL (``?options=-csearch_path%3D...``) are kept: connect
    # arguments would otherwise replace them, not add to them.
    given = parsed.query.get("options") or ()
    given = [given] if isinstance(given, str) else list(given)  # ?options= may be repeated
    options = " ".join([*given, f"-c statement_timeout={int(statement_timeout * 1000)}"])
    connect_args = {"connect_timeout": max(1, round(connect_timeout)), "options": options}
    url = parsed.difference_update_query(["options"])
    postgres = parsed.get_backend_name() == "postgresql"
    engine = create_engine(
        url, pool_pre_ping=not postgres, connect_args=connect_args, **common, **pooling
    )
    if postgres:
        Watchdog(statement_timeout + WATCHDOG_GRACE).install(engine.dialect)
        _ping_when_idle(engine, ping_idle_seconds)
    return engine


def _ping_when_idle(engine: Engine, idle: float) -> None:
    """``pool_pre_ping`` for connections that sat in the pool more than ``idle`` seconds.

    ``pool_pre_ping`` costs a round trip at every checkout, three a POST (rate limit, the
    history read, the create). A connection handed back a moment ago has just answered: a
    server that went away since fails its next statement, which the error handlers answer
    503 and which invalidates the pool. A ping that fails raises DisconnectionError, so
    the pool replaces the connection and the request goes on (as with pre-ping)."""

    @event.listens_for(engine, "checkin")
    def _checked_in(_dbapi_connection, record) -> None:
        if record is not None:
            record.info["riposte_idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _checked_out(dbapi_connection, record, _proxy) -> None:
        since = record.info.pop("riposte_idle_since", None)
        if since is None or time.monotonic() - since <= idle:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # the driver's errors, or the watchdog's cut socket
            raise DisconnectionError("connection lost while idle in the pool") from exc


def engine_for(settings, *, null_pool: bool = False) -> Engine:
    """The engine the settings describe."""
    return build_engine(
        settings.database_url,
        sqlite_synchronous=settings.sqlite_synchronous,
        null_pool=null_pool,
        connect_timeout=settings.db_connect_timeout,
        statement_timeout=settings.db_statement_timeout,
        pool_timeout=settings.db_pool_timeout,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
        busy_timeout=settings.sqlite_busy_timeout,
        sqlite_autocheckpoint=autocheckpoint_pages(settings.sqlite_checkpoint_seconds),
    )
