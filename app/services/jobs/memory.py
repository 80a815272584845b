"""The in-process queue (SQLite, ``make run``, tests): a heap of due times and one thread.

Jobs live in memory only. That is enough because every task keeps its own state in the
database and periodic sweeps pick up whatever a restart dropped.
"""

from __future__ import annotations

import heapq
import itertools
import logging
import threading
import time
from datetime import UTC, datetime
from typing import Any

from app.services.jobs.registry import JobContext, load_tasks, lookup

log = logging.getLogger("riposte.jobs")


class InProcessQueue:
    backend = "memory"

    def __init__(self, context: JobContext) -> None:
        self.context = context
        self._heap: list[tuple[float, int, str, dict[str, Any], str | None]] = []
        self._locks: set[str] = set()
        self._seq = itertools.count()
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._stopping = False

    def enqueue(
        self,
        name: str,
        payload: dict[str, Any] | None = None,
        *,
        run_at: datetime | None = None,
        lock: str | None = None,
    ) -> bool:
        lookup(name)
        due = run_at.timestamp() if run_at else time.time()
        with self._cond:
            if lock is not None:
                if lock in self._locks:
                    return False
                self._locks.add(lock)
            heapq.heappush(self._heap, (due, next(self._seq), name, dict(payload or {}), lock))
            self._cond.notify()
        return True

    def depth(self) -> int:
        with self._cond:
            return len(self._heap)

    def _pop_due(self, now: float):
        with self._cond:
            if self._heap and self._heap[0][0] <= now:
                job = heapq.heappop(self._heap)
                if job[4] is not None:
                    self._locks.discard(job[4])
                return job
        return None

    def _run(self, name: str, payload: dict[str, Any]) -> None:
        try:
            lookup(name)(payload, self.context)
        except Exception:  # a failing task must not stop the worker
            log.exception("job failed", extra={"job": name})

    def drain(self, *, until: datetime | None = None, max_jobs: int = 10_000) -> int:
        """Run, in the calling thread, every job due by ``until`` (default now); tests and
        ``riposte worker --once`` use it. Returns how many ran."""
        ran = 0
        limit = (until or datetime.now(UTC)).timestamp()
        while ran < max_jobs:
            job = self._pop_due(limit)
            if job is None:
                break
            self._run(job[2], job[3])
            ran += 1
        return ran

    def start(self) -> None:
        """Start the worker thread and the periodic sweeps."""
        if self._thread is not None:
            return
        registry = load_tasks()
        self._stopping = False
        self._periodic = list(registry.periodic.values())
        self._next_periodic = {p.name: time.time() + p.every_seconds for p in self._periodic}
        self._thread = threading.Thread(target=self._loop, name="riposte-jobs", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        while True:
            now = time.time()
            for periodic in self._periodic:
                if self._next_periodic[periodic.name] <= now:
                    self._next_periodic[periodic.name] = now + periodic.every_seconds
                    self.enqueue(periodic.name, {}, lock=f"periodic:{periodic.name}")
            job = self._pop_due(now)
            if job is not None:
                self._run(job[2], job[3])
                continue
            with self._cond:
                if self._stopping:
                    return
                wake = min(self._next_periodic.values(), default=now + 1.0)
                if self._heap:
                    wake = min(wake, self._heap[0][0])
                self._cond.wait(timeout=max(0.01, min(wake - now, 1.0)))
