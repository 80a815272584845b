"""Rate-limit counters in the application's database: a storage for the ``limits`` library
so that every replica counts against the same budget (PostgreSQL).

Each call is its own short transaction on the engine, outside the request's session: a
counted request stays counted even when the request's own work is rolled back. The count of
a request is one autocommit statement (one round trip, not BEGIN, INSERT and COMMIT) whose
transaction sets ``synchronous_commit`` off for itself: its commit does not wait for the WAL
to reach the disk. A server crash may forget the last few hundred milliseconds of counts
(never corrupt them), which a request budget can afford; everything else stays synchronous."""

from __future__ import annotations

import time

from limits.storage import Storage
from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

INCREMENT = text(
    """
    INSERT INTO rate_limit_window (key, hits, expires_at)
    SELECT :key, :amount, :expires
    FROM (SELECT set_config('synchronous_commit', 'off', true)) AS asynchronous_commit
    WHERE true
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limit_window.expires_at <= :now THEN :amount
                  ELSE rate_limit_window.hits + :amount END,
      expires_at = CASE WHEN rate_limit_window.expires_at <= :now THEN :expires
                        ELSE rate_limit_window.expires_at END
    RETURNING hits, expires_at, current_setting('synchronous_commit') AS synchronous_commit
    """
)
"""``set_config(..., true)`` lasts until the end of the statement's own (implicit)
transaction; ``WHERE true`` keeps ``ON CONFLICT`` from being read as a join's ``ON``."""
CURRENT = text("SELECT hits, expires_at FROM rate_limit_window WHERE key = :key")
FORGET_EXPIRED = text("DELETE FROM rate_limit_window WHERE expires_at <= :now")


class DatabaseStorage(Storage):
    """Fixed-window counters in the ``rate_limit_window`` table."""

    STORAGE_SCHEME = ["riposte+database"]

    def __init__(self, engine: Engine, wrap_exceptions: bool = False) -> None:
        super().__init__("riposte+database://", wrap_exceptions=wrap_exceptions)
        self.engine = engine
        self.autocommit = engine.execution_options(isolation_level="AUTOCOMMIT")
        """The same pool; its connections are back in transactional mode once returned."""

    @property
    def base_exceptions(self) -> type[Exception]:
        return SQLAlchemyError

    def incr(self, key: str, expiry: int, amount: int = 1) -> int:
        return self.count(key, expiry, amount)[0]

    def count(self, key: str, expiry: int, amount: int = 1) -> tuple[int, float]:
        """Add ``amount`` to the key's window (a new one if it ended) in one atomic
        statement, committed on its own without waiting for the WAL flush; the window's hits
        and end, read in the same round trip."""
        now = time.time()
        with self.autocommit.connect() as conn:
            hits, expires_at, _mode = conn.execute(
                INCREMENT, {"key": key, "amount": amount, "expires": now + expiry, "now": now}
            ).one()
        return int(hits), float(expires_at)

    def _current(self, key: str) -> tuple[int, float] | None:
        with self.engine.connect() as conn:
            row = conn.execute(CURRENT, {"key": key}).first()
        if row is None or row.expires_at <= time.time():
            return None
        return int(row.hits), float(row.expires_at)

    def get(self, key: str) -> int:
        current = self._current(key)
        return current[0] if current else 0

    def get_expiry(self, key: str) -> float:
        current = self._current(key)
        return current[1] if current else time.time()

    def check(self) -> bool:
        try:
            with self.engine.connect() as conn:
                conn.execute(text("SELECT 1"))
        except SQLAlchemyError:
            return False
        return True

    def reset(self) -> int | None:
        with self.engine.begin() as conn:
            return conn.execute(text("DELETE FROM rate_limit_window")).rowcount

    def clear(self, key: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(text("DELETE FROM rate_limit_window WHERE key = :key"), {"key": key})

    def forget_expired(self) -> int:
        """Drop the counters of windows that ended (a sweep may call it)."""
        with self.engine.begin() as conn:
            return conn.execute(FORGET_EXPIRED, {"now": time.time()}).rowcount
