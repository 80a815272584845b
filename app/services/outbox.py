"""The transactional outbox: ``emit`` adds a change event to the session of the change, so
the event exists exactly when the change was committed; ``outbox.dispatch`` hands pending
events to the consumers (webhook fan-out) and marks them dispatched."""

from __future__ import annotations

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


def dispatch_pending(session: Session, *, batch: int = BATCH) -> int:
    """Hand every pending event to the consumers, oldest first; one transaction per batch,
    whose events are marked dispatched by one statement. Concurrent dispatchers on
    PostgreSQL skip each other's locked rows."""
    done = 0
    while True:
        events = events_table.pending(session, batch)
        if not events:
            session.rollback()
            return done
        for event in events:
            for fn in CONSUMERS:
                fn(session, event)
        now = datetime.now(UTC)
        events_table.mark_dispatched(session, [event.id for event in events], now)
        for event in events:
            set_committed_value(event, "dispatched_at", now)
        session.commit()
        done += len(events)


@task(DISPATCH, every_seconds=5)
def dispatch(payload: dict[str, Any], context: JobContext) -> None:
    with context.session() as session:
        dispatch_pending(session)
