"""Named tasks and periodic tasks, registered once and run by whichever queue is configured.

A task is a plain function ``fn(payload: dict, context: JobContext) -> None``. Tasks read
and write through the database, so a task that runs twice, late or after a rollback of the
code that enqueued it must find its work already done or gone and return quietly.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from app.core.config import Settings

# Modules that register tasks on import; a worker imports all of them before it starts.
TASK_MODULES: list[str] = [
    "app.services.outbox",
    "app.services.webhooks.delivery",
    "app.services.deadlines",
    "app.services.reevaluation",
    "app.services.evidence.pipeline",
]


@dataclass(slots=True)
class JobContext:
    """What a running task may use: the database and the settings."""

    engine: Engine
    settings: Settings
    queue: Any = None  # the queue running the task, to queue follow-up jobs

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)


TaskFn = Callable[[dict[str, Any], JobContext], None]


@dataclass(slots=True)
class Periodic:
    name: str
    every_seconds: int


@dataclass
class Registry:
    tasks: dict[str, TaskFn] = field(default_factory=dict)
    periodic: dict[str, Periodic] = field(default_factory=dict)
    priority: dict[str, int] = field(default_factory=dict)


REGISTRY = Registry()


def task(
    name: str, *, every_seconds: int | None = None, priority: int = 0
) -> Callable[[TaskFn], TaskFn]:
    """Register ``fn`` under ``name``; with ``every_seconds`` the worker also runs it on
    that period (with an empty payload), as a sweep that recovers lost or delayed work.
    A queue that orders its jobs (procrastinate) runs the waiting jobs of a higher
    ``priority`` first; the in-process queue runs them in due order."""

    def register(fn: TaskFn) -> TaskFn:
        if name in REGISTRY.tasks and REGISTRY.tasks[name] is not fn:
            raise ValueError(f"task {name!r} is registered twice")
        REGISTRY.tasks[name] = fn
        if priority:
            REGISTRY.priority[name] = priority
        if every_seconds:
            REGISTRY.periodic[name] = Periodic(name, every_seconds)
        return fn

    return register


def load_tasks() -> Registry:
    for module in TASK_MODULES:
        importlib.import_module(module)
    return REGISTRY


def lookup(name: str) -> TaskFn:
    try:
        return REGISTRY.tasks[name]
    except KeyError:
        load_tasks()
        if name not in REGISTRY.tasks:
            raise LookupError(f"no task named {name!r}") from None
        return REGISTRY.tasks[name]
