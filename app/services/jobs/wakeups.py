"""Wake-ups coalesced: jobs with a queueing lock, queued after commits, deferred once per
lock in a short window by one thread instead of once per request.

Every created assessment queues the outbox dispatch under one lock; on PostgreSQL each
deferral is a round trip that, under load, mostly ends in ``AlreadyEnqueued``. Here the
requests of a window share one deferral, made after all of them committed: no event waits
longer than the window for a dispatch queued after it (the periodic sweep remains for a
deferral that fails)."""

from __future__ import annotations

import contextvars
import logging
import threading
import time
from collections.abc import Callable
from typing import Any

log = logging.getLogger("riposte.jobs")

Defer = Callable[[str, dict[str, Any], str], Any]


class WakeUps:
    WINDOW = 0.02
    """Seconds a wake-up waits for others of the same lock (a dispatch then runs at most
    this much later than it would have)."""

    def __init__(self, defer: Defer) -> None:
        self.defer = defer
        self.waiting: dict[tuple[str, str], tuple[dict[str, Any], contextvars.Context]] = {}
        self.lock = threading.Lock()
        self.deferring = threading.Lock()
        """Held while a batch is deferred, so that a flush returns only once every wake-up
        added before it is in the queue, even one the thread had already taken."""
        self.signal = threading.Event()
        self.thread: threading.Thread | None = None

    def add(self, name: str, payload: dict[str, Any], lock: str) -> None:
        """Defer ``name`` under ``lock`` within the window (the first payload is kept: the
        queueing lock would refuse the others anyway). The deferral runs in the context of
        that first wake-up, so that what it logs carries the request id that caused it."""
        with self.lock:
            self.waiting.setdefault((name, lock), (payload, contextvars.copy_context()))
            if self.thread is None or not self.thread.is_alive():
                # Started at the first wake-up, so that a forked worker has its own.
                self.thread = threading.Thread(
                    target=self._loop, name="riposte-wakeups", daemon=True
                )
                self.thread.start()
        self.signal.set()

    def flush(self) -> int:
        """Defer what is waiting now, after any deferral already under way; how many
        deferrals were made."""
        with self.deferring:
            return self._defer_waiting()

    def _defer_waiting(self) -> int:
        with self.lock:
            waiting, self.waiting = self.waiting, {}
        for (name, lock), (payload, context) in waiting.items():
            try:
                context.run(self.defer, name, payload, lock)
            except Exception as exc:  # the periodic sweep finds the work later
                log.warning("deferring %s failed: %s", name, type(exc).__name__)
        return len(waiting)

    def _loop(self) -> None:
        while True:
            self.signal.wait()
            time.sleep(self.WINDOW)
            self.signal.clear()
            self.flush()
