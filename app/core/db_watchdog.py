"""A client-side deadline for PostgreSQL calls.

``statement_timeout`` is enforced by the server: a server that hangs (a stopped process, a
frozen VM) enforces nothing and libpq waits on its socket forever. The watchdog shuts the
socket of a call that outlives its budget down, so that the call fails at once as a lost
connection (which the error handlers answer as 503) instead of holding a worker.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable
from typing import Any

GUARDED_CALLS = (
    "do_execute",
    "do_executemany",
    "do_execute_no_params",
    "do_commit",
    "do_rollback",
    "do_ping",
)


class Watchdog:
    def __init__(self, budget: float) -> None:
        self.budget = budget
        self._deadlines: dict[int, tuple[float, int]] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def guard(self, call: Callable[..., Any]) -> Callable[..., Any]:
        def guarded(target, *args, **kwargs):
            fd = _socket_of(target)
            if fd is None:
                return call(target, *args, **kwargs)
            token = self._watch(fd)
            try:
                return call(target, *args, **kwargs)
            finally:
                self._release(token)

        return guarded

    def install(self, dialect) -> None:
        for name in GUARDED_CALLS:
            setattr(dialect, name, self.guard(getattr(dialect, name)))

    def _watch(self, fd: int) -> int:
        token = threading.get_ident()
        with self._lock:
            self._deadlines[token] = (time.monotonic() + self.budget, fd)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="riposte-db-watchdog", daemon=True
                )
                self._thread.start()
        return token

    def _release(self, token: int) -> None:
        with self._lock:
            self._deadlines.pop(token, None)

    def _run(self) -> None:
        while True:
            time.sleep(min(0.5, self.budget / 4))
            now = time.monotonic()
            with self._lock:
                expired = [(t, fd) for t, (d, fd) in self._deadlines.items() if d < now]
                for token, _ in expired:
                    self._deadlines.pop(token, None)
            for _, fd in expired:
                _shut_down(fd)


def _socket_of(target: Any) -> int | None:
    """The socket of a psycopg connection (or of a cursor's connection)."""
    connection = getattr(target, "dbapi_connection", None)
    if connection is None:
        connection = target if hasattr(target, "pgconn") else getattr(target, "connection", None)
    pgconn = getattr(connection, "pgconn", None)
    try:
        fd = pgconn.socket if pgconn is not None else None
    except Exception:
        return None
    return fd if isinstance(fd, int) and fd >= 0 else None


def _shut_down(fd: int) -> None:
    try:
        duplicate = socket.socket(fileno=os.dup(fd))
    except OSError:
        return
    try:
        duplicate.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        duplicate.close()
