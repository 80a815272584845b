"""SQLite WAL checkpoints in a background thread instead of inside a request's commit.

By default SQLite checkpoints when a commit leaves the write-ahead log over 1,000 pages:
that commit copies the log back into the database file and fsyncs it, and the request that
happened to make it waits (tens of milliseconds on a busy disk, a tail in the latency). With
``RIPOSTE_SQLITE_CHECKPOINT_SECONDS`` > 0 (default 1) the application's connections only
checkpoint past :data:`FALLBACK_PAGES` (a bound on the log should the thread stall or die),
and a thread of each process runs ``PRAGMA wal_checkpoint(PASSIVE)`` on its own connection
at that interval: PASSIVE copies what no reader still needs and never waits for a lock, so
neither requests nor other processes wait for it. 0 keeps SQLite's inline checkpoints.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from dataclasses import dataclass

log = logging.getLogger("riposte.sqlite_wal")

INLINE_PAGES = 1000
"""SQLite's own ``wal_autocheckpoint``: commits checkpoint past this many log pages."""
FALLBACK_PAGES = 10_000
"""``wal_autocheckpoint`` while the thread checkpoints: a commit checkpoints inline only
when the log grew past this many pages (about 40 MB with 4 KB pages) all the same."""


def autocheckpoint_pages(checkpoint_seconds: float) -> int:
    """The ``wal_autocheckpoint`` of the application's connections for the setting."""
    return FALLBACK_PAGES if checkpoint_seconds > 0 else INLINE_PAGES


@dataclass
class Checkpoints:
    """What the thread did so far (read by tests and by whoever wonders)."""

    runs: int = 0
    failures: int = 0
    last_log_frames: int = 0
    """Frames in the log at the last checkpoint."""
    last_checkpointed: int = 0
    """Of which copied into the database file."""


class Checkpointer:
    """A daemon thread checkpointing one SQLite database every ``interval`` seconds."""

    def __init__(self, path: str, interval: float) -> None:
        self.path = path
        self.interval = interval
        self.stats = Checkpoints()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, name="riposte-sqlite-checkpoint", daemon=True
        )
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the thread, waiting for a checkpoint under way (PASSIVE: it does not wait)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def checkpoint(self, connection: sqlite3.Connection) -> None:
        _busy, frames, copied = connection.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        self.stats.runs += 1
        self.stats.last_log_frames, self.stats.last_checkpointed = frames, copied

    def _run(self) -> None:
        connection = None
        while not self._stop.wait(self.interval):
            try:
                if connection is None:
                    # autocommit: the PRAGMA must run outside a transaction
                    connection = sqlite3.connect(self.path, timeout=0, isolation_level=None)
                self.checkpoint(connection)
            except sqlite3.Error as exc:  # a locked or missing file: next time, maybe
                self.stats.failures += 1
                log.warning("WAL checkpoint failed: %s", exc)
                if connection is not None:
                    connection.close()
                    connection = None
        if connection is not None:
            connection.close()


def checkpointer_for(engine, interval: float) -> Checkpointer | None:
    """A checkpointer for the engine's database file; None when there is nothing to do
    (not SQLite, an in-memory database, or inline checkpoints asked for)."""
    if interval <= 0 or engine.dialect.name != "sqlite":
        return None
    path = engine.url.database
    if not path or path == ":memory:" or path.startswith("file:"):
        return None
    return Checkpointer(path, interval)
