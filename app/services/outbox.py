"""The transactional outbox: ``emit`` adds a change event to the session of the change, so
the event exists exactly when the change was committed; ``outbox.dispatch`` hands pending
events to the consumers (webhook fan-out) and marks them dispatched."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session

from app.models.outbox import OutboxEvent
from app.repositories import outbox as events_table
from app.schemas.events import EVENT_TYPES
from app.services.jobs import JobContext, enqueue_after_commit, task

DISPATCH = "outbox.dispatch"
BATCH = 100
DISPATCH_PRIORITY = 10
"""Above the default (0) of the other jobs: a dispatch queued behind the batches of a bulk
re-evaluation runs before the next of them, not after all of them."""
STALLED_RETRIES = 3
STALLED_PAUSE = 0.05

Consumer = Callable[[Session, OutboxEvent], None]
CONSUMERS: list[Consumer] = []


def consumer(fn: Consumer) -> Consumer:
    """Register ``fn(session, event)``, called once per event inside the dispatching
    transaction (so what it writes commits together with the event's dispatch mark)."""
    if fn not in CONSUMERS:
        CONSUMERS.append(fn)
    return fn


def emit(
    session: Session,
    tenant_id: uuid.UUID,
    type: str,
    data: dict[str, Any],
    *,
    subject_id: uuid.UUID | None = None,
    occurred_at: datetime | None = None,
) -> OutboxEvent:
    """Record a change event in the caller's transaction (no commit here); it is
    dispatched after the caller commits, and never if the caller rolls back."""
    if type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {type!r}")
    event = OutboxEvent(
        tenant_id=tenant_id,
        type=type,
        subject_id=subject_id,
        data=data,
        occurred_at=occurred_at or datetime.now(UTC),
    )
    session.add(event)
    enqueue_after_commit(session, DISPATCH, {}, lock=DISPATCH)
    return event


def emit_now(
    session: Session,
    tenant_id: uuid.UUID,
    type: str,
    data: dict[str, Any],
    *,
    subject_id: uuid.UUID | None = None,
    occurred_at: datetime | None = None,
) -> uuid.UUID:
    """``emit`` written at once as one statement in the caller's transaction, for the
    paths that write their rows without the unit of work (creating an assessment); the
    same event, dispatched after the commit, never if the caller rolls back."""
    if type not in EVENT_TYPES:
        raise ValueError(f"unknown event type {type!r}")
    event_id = uuid.uuid4()
    events_table.add(
        session,
        {
            "id": event_id,
            "tenant_id": tenant_id,
            "type": type,
            "subject_id": subject_id,
            "data": data,
            "occurred_at": occurred_at or datetime.now(UTC),
            "dispatched_at": None,
        },
    )
    enqueue_after_commit(session, DISPATCH, {}, lock=DISPATCH)
    return event_id


def emit_all_now(
    session: Session,
    events: list[tuple[uuid.UUID, str, dict[str, Any], uuid.UUID | None]],
    *,
    occurred_at: datetime | None = None,
) -> None:
    """``emit_now`` of many events, each (firm, type, data, subject), in one statement
    (a batch of re-evaluations); one dispatch is queued for all of them."""
    moment = occurred_at or datetime.now(UTC)
    rows = []
    for tenant_id, type, data, subject_id in events:
        if type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {type!r}")
        rows.append(
            {
                "id": uuid.uuid4(),
                "tenant_id": tenant_id,
                "type": type,
                "subject_id": subject_id,
                "data": data,
                "occurred_at": moment,
                "dispatched_at": None,
            }
        )
    if rows:
        events_table.add_many(session, rows)
        enqueue_after_commit(session, DISPATCH, {}, lock=DISPATCH)


def dispatch_pending(
    session: Session, *, batch: int = BATCH, call_helper: Callable[[], object] | None = None
) -> int:
    """Hand pending events to the consumers, oldest first; one transaction per batch,
    whose events are marked dispatched by one statement.

    Concurrent dispatchers on PostgreSQL claim disjoint batches (``FOR UPDATE SKIP
    LOCKED``). The events of one subject are still handed on in the order they occurred:
    an event whose subject has an earlier event outside the batch waits for a later batch
    (``waiting_behind``). ``call_helper`` is called once, after the first full batch, to
    queue another dispatcher while a backlog remains."""
    done = 0
    stalled = 0
    while True:
        events = events_table.pending(session, batch)
        if not events:
            session.rollback()
            return done
        waiting = events_table.waiting_behind(session, events)
        ready = [event for event in events if event.id not in waiting]
        for event in ready:
            for fn in CONSUMERS:
                fn(session, event)
        now = datetime.now(UTC)
        events_table.mark_dispatched(session, [event.id for event in ready], now)
        for event in ready:
            set_committed_value(event, "dispatched_at", now)
        session.commit()  # also releases the events left waiting
        done += len(ready)
        if not ready:
            # every event waits on another dispatcher's batch: let it commit first, and
            # leave the rest to it (or to the periodic dispatch) if it takes long
            stalled += 1
            if stalled > STALLED_RETRIES:
                return done
            time.sleep(STALLED_PAUSE * stalled)
            continue
        stalled = 0
        if call_helper is not None and len(events) == batch:
            call_helper()
            call_helper = None


@task(DISPATCH, every_seconds=5, priority=DISPATCH_PRIORITY)
def dispatch(payload: dict[str, Any], context: JobContext) -> None:
    """On PostgreSQL a dispatcher that finds a backlog queues one more, which does the
    same: idle workers join in until the outbox is down to less than a batch. SQLite
    keeps one dispatcher (one writer; the in-process queue runs one job at a time)."""
    with context.session() as session:
        helper = None
        if context.queue is not None and context.engine.dialect.name == "postgresql":

            def helper() -> object:
                return context.queue.enqueue(DISPATCH, {}, lock=DISPATCH)

        dispatch_pending(session, call_helper=helper)
