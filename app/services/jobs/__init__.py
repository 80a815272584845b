"""One job interface: enqueue a named task with a JSON payload.

- ``@task("webhooks.deliver")`` registers ``fn(payload, context)``; add the module to
  ``TASK_MODULES`` so every worker imports it.
- ``enqueue(name, payload, run_at=..., lock=...)`` queues it now;
  ``enqueue_after_commit(session, name, payload)`` queues it once the session commits (never
  for a rolled-back change).
- The queue is procrastinate on PostgreSQL (``riposte worker`` on any number of machines)
  and an in-process thread on SQLite; ``RIPOSTE_JOBS_BACKEND`` overrides the choice and
  ``RIPOSTE_WORKER_IN_PROCESS=true`` (``make run``) runs a worker inside the web process.
"""

from __future__ import annotations

import logging
import weakref
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session as OrmSession
from sqlmodel import Session

from app.core.config import Settings
from app.services.jobs.registry import TASK_MODULES, JobContext, load_tasks, lookup, task

log = logging.getLogger("riposte.jobs")

__all__ = [
    "TASK_MODULES",
    "JobContext",
    "JobQueue",
    "build_queue",
    "current",
    "enqueue",
    "enqueue_after_commit",
    "install",
    "load_tasks",
    "lookup",
    "task",
]


class JobQueue(Protocol):
    backend: str
    context: JobContext

    def enqueue(
        self,
        name: str,
        payload: dict[str, Any] | None = None,
        *,
        run_at: datetime | None = None,
        lock: str | None = None,
    ) -> bool:
        """Queue a job; with ``lock``, not when a job with that lock is already waiting."""

    def depth(self) -> int:
        """Jobs waiting."""

    def drain(self, *, until: datetime | None = None, max_jobs: int = 10_000) -> int:
        """Run the due jobs in the calling thread, then return how many ran."""

    def start(self) -> None: ...

    def stop(self, timeout: float = 10.0) -> None: ...


def backend_for(settings: Settings, engine: Engine) -> str:
    if settings.jobs_backend != "auto":
        return settings.jobs_backend
    return "procrastinate" if engine.dialect.name == "postgresql" else "memory"


def build_queue(settings: Settings, engine: Engine) -> JobQueue:
    context = JobContext(engine=engine, settings=settings)
    if backend_for(settings, engine) == "procrastinate":
        from app.services.jobs.postgres import ProcrastinateQueue

        queue: JobQueue = ProcrastinateQueue(context)
    else:
        from app.services.jobs.memory import InProcessQueue

        queue = InProcessQueue(context)
    context.queue = queue
    return queue


_current: JobQueue | None = None
_by_engine: weakref.WeakKeyDictionary[Engine, JobQueue] = weakref.WeakKeyDictionary()


def install(queue: JobQueue) -> JobQueue:
    """Make ``queue`` the one ``enqueue`` uses, and the one that jobs queued after a commit
    on its engine go to (the app's configuration, the worker command)."""
    global _current
    _current = queue
    _by_engine[queue.context.engine] = queue
    return queue


def current() -> JobQueue:
    if _current is None:
        raise RuntimeError("no job queue is configured (the app or worker sets one up)")
    return _current


def enqueue(
    name: str,
    payload: dict[str, Any] | None = None,
    *,
    run_at: datetime | None = None,
    lock: str | None = None,
) -> bool:
    return current().enqueue(name, payload, run_at=run_at, lock=lock)


def enqueue_after_commit(
    session: Session,
    name: str,
    payload: dict[str, Any] | None = None,
    *,
    run_at: datetime | None = None,
    lock: str | None = None,
) -> None:
    """Queue the job when ``session`` commits; nothing when it rolls back. Without a
    configured queue (a plain script) the periodic sweeps find the work later."""
    if not session.in_transaction():
        session.begin()  # so that a rollback before any statement still drops the job
    pending = session.info.setdefault("riposte_jobs", [])
    key = (name, lock)
    if lock is not None and any((p[0], p[3]) == key for p in pending):
        return
    pending.append((name, dict(payload or {}), run_at, lock))


@event.listens_for(OrmSession, "after_commit")
def _enqueue_pending(session) -> None:
    pending = session.info.pop("riposte_jobs", None)
    bind = session.bind
    queue = _by_engine.get(bind) if isinstance(bind, Engine) else None
    queue = queue or _current
    if not pending or queue is None:
        return
    wake = getattr(queue, "wake", None)
    many = getattr(queue, "enqueue_many", None)
    by_task: dict[str, list[tuple[dict[str, Any], datetime | None, str | None]]] = {}
    for name, payload, run_at, lock in pending:
        by_task.setdefault(name, []).append((payload, run_at, lock))
    for name, items in by_task.items():
        if many is not None and len(items) > 1:
            try:
                many(name, items)  # the deliveries of a dispatch batch, in one statement
            except Exception as exc:  # the change is committed; the periodic sweeps find it
                log.warning("queueing %d %s jobs failed: %s", len(items), name, type(exc).__name__)
            continue
        for payload, run_at, lock in items:
            if wake is not None and lock is not None and run_at is None:
                wake(name, payload, lock)
            else:
                queue.enqueue(name, payload, run_at=run_at, lock=lock)


@event.listens_for(OrmSession, "after_soft_rollback")
def _drop_pending(session, _previous_transaction) -> None:
    session.info.pop("riposte_jobs", None)
