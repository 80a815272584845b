"""The PostgreSQL queue: procrastinate, with the application's database as the queue, so
workers on any number of machines share the jobs (``riposte worker``)."""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from typing import Any

import procrastinate
from procrastinate.exceptions import AlreadyEnqueued
from procrastinate.jobs import Job
from sqlalchemy.engine import make_url

from app.repositories import jobs as jobs_table
from app.services.jobs.registry import REGISTRY, JobContext, load_tasks, lookup
from app.services.jobs.wakeups import WakeUps

log = logging.getLogger("riposte.jobs")
QUEUE = "riposte"
_running = threading.local()
"""``job`` is true in a thread while it runs a job."""


def conninfo(sqlalchemy_url: str) -> str:
    """The libpq connection string of a SQLAlchemy ``postgresql+psycopg://`` URL."""
    url = make_url(sqlalchemy_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def cron_for(every_seconds: int) -> str:
    """A cron line close to the period (procrastinate takes a sixth field for seconds)."""
    if every_seconds < 60:
        return f"* * * * * */{max(1, every_seconds)}"
    if every_seconds < 3600:
        return f"*/{max(1, every_seconds // 60)} * * * *"
    return f"0 */{max(1, min(23, every_seconds // 3600))} * * *"


class ProcrastinateQueue:
    backend = "procrastinate"

    def __init__(self, context: JobContext) -> None:
        self.context = context
        self.conninfo = conninfo(context.engine.url.render_as_string(hide_password=False))
        self.app = procrastinate.App(connector=self._connector())
        self._opened = False
        self._open_lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self.wakeups = WakeUps(lambda name, payload, lock: self.enqueue(name, payload, lock=lock))
        self._register()

    def _connector(self) -> procrastinate.PsycopgConnector:
        return procrastinate.PsycopgConnector(conninfo=self.conninfo, min_size=1, max_size=4)

    def _work(self, **options: Any) -> None:
        """Run a worker with a connector of its own (the deferring pool stays open)."""
        with self.app.replace_connector(self._connector()):
            self.app.run_worker(queues=[QUEUE], install_signal_handlers=False, **options)

    def _register(self) -> None:
        registry = load_tasks()
        for name in registry.tasks:
            if name in self.app.tasks:
                continue

            def run(payload: dict[str, Any] | None = None, timestamp=None, _name=name) -> None:
                _running.job = True
                try:
                    lookup(_name)(payload or {}, self.context)
                finally:
                    _running.job = False

            priority = registry.priority.get(name, 0)
            task = self.app.task(name=name, queue=QUEUE, priority=priority)(run)
            if name in registry.periodic:
                cron = cron_for(registry.periodic[name].every_seconds)
                self.app.periodic(cron=cron, periodic_id=name)(task)

    def _ensure_open(self) -> None:
        with self._open_lock:
            if self._opened:
                return
            try:
                self.app.open()
            except NotImplementedError:
                # Inside a worker the app is already open on its asynchronous pool, which
                # procrastinate then uses to defer from a synchronous task.
                return
            self._opened = True

    def enqueue(
        self,
        name: str,
        payload: dict[str, Any] | None = None,
        *,
        run_at: datetime | None = None,
        lock: str | None = None,
    ) -> bool:
        lookup(name)
        self._register()
        self._ensure_open()
        options: dict[str, Any] = {"priority": REGISTRY.priority.get(name, 0)}
        if run_at is not None:
            options["schedule_at"] = run_at
        if lock is not None:
            options["queueing_lock"] = lock
        try:
            self.app.configure_task(name, **options).defer(payload=dict(payload or {}))
        except AlreadyEnqueued:
            return False
        return True

    def enqueue_many(
        self, name: str, items: list[tuple[dict[str, Any], datetime | None, str | None]]
    ) -> None:
        """Queue many jobs of one task, each (payload, run_at, lock), in one statement
        (the deliveries of a dispatch batch: one round trip per job was most of its
        time). When one of the locks is taken, the statement queues none, and each job is
        then queued on its own."""
        lookup(name)
        self._register()
        self._ensure_open()
        priority = REGISTRY.priority.get(name, 0)
        batch = [
            Job(
                id=None,
                queue=QUEUE,
                task_name=name,
                task_kwargs={"payload": dict(payload or {})},
                scheduled_at=run_at,
                priority=priority,
                lock=None,
                queueing_lock=lock,
            )
            for payload, run_at, lock in items
        ]
        try:
            self.app.job_manager.batch_defer_jobs(batch)
        except AlreadyEnqueued:
            for payload, run_at, lock in items:
                self.enqueue(name, payload, run_at=run_at, lock=lock)

    def wake(self, name: str, payload: dict[str, Any], lock: str) -> None:
        """``enqueue`` under ``lock`` within a few milliseconds, one deferral for every
        wake-up of the same lock meanwhile (the jobs queued after commits). A job's own
        wake-ups are deferred at once from its thread: inside a worker, procrastinate
        defers through the worker's asynchronous pool, which another thread cannot use."""
        if getattr(_running, "job", False):
            self.enqueue(name, payload, lock=lock)
            return
        lookup(name)
        self.wakeups.add(name, payload, lock)

    def depth(self) -> int:
        self.wakeups.flush()
        return jobs_table.waiting(self.context.engine)

    def drain(self, *, until: datetime | None = None, max_jobs: int = 10_000) -> int:
        """Run the jobs due now, then return (tests, ``riposte worker --once``)."""
        self.wakeups.flush()
        before = self._done_count()
        self._work(wait=False)
        return self._done_count() - before

    def _done_count(self) -> int:
        return jobs_table.started_or_done(self.context.engine)

    def run_forever(self, concurrency: int = 1) -> None:
        """Work until interrupted (``riposte worker``)."""
        self.app.run_worker(queues=[QUEUE], concurrency=concurrency)  # signals: stop cleanly

    def start(self) -> None:
        """Run a worker in a thread of this process (``make run`` against PostgreSQL)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(
            target=self._work,
            name="riposte-jobs",
            daemon=True,
        )
        self._thread.start()

    def stop(self, timeout: float = 10.0) -> None:
        """The worker thread is a daemon; closing the deferring pool is enough."""
        self.wakeups.flush()
        if self._opened:
            self.app.close()
            self._opened = False
