"""Change events of the outbox in the database."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import insert, update
from sqlmodel import Session, select

from app.models.outbox import OutboxEvent
from app.repositories.prepared import RowInsert

NEW_EVENT = RowInsert(OutboxEvent.__table__)
"""Compiled once: every create writes an event (``app.repositories.prepared``)."""


def add(session: Session, values: dict[str, Any]) -> None:
    """Write one event in the caller's transaction now (a Core statement)."""
    NEW_EVENT.execute(session.connection(), values)


def add_many(session: Session, rows: list[dict[str, Any]]) -> None:
    """Write events in the caller's transaction now, as one executemany statement."""
    if rows:
        session.execute(insert(OutboxEvent.__table__), rows)


def pending(session: Session, batch: int) -> list[OutboxEvent]:
    """The oldest undispatched events, locked for this transaction; concurrent dispatchers
    on PostgreSQL skip each other's locked rows."""
    return list(
        session.exec(
            select(OutboxEvent)
            .where(OutboxEvent.dispatched_at.is_(None))
            .order_by(OutboxEvent.occurred_at, OutboxEvent.id)
            .limit(batch)
            .with_for_update(skip_locked=True)
        )
    )


def waiting_behind(session: Session, events: list[OutboxEvent]) -> set[uuid.UUID]:
    """The events of this claimed batch that must wait: an earlier undispatched event
    about the same subject lies outside the batch (claimed by another dispatcher, or left
    pending by a failed batch). Read after the batch was locked, so an earlier event is
    seen either still pending or already dispatched by a committed transaction."""
    subjects = {event.subject_id for event in events if event.subject_id is not None}
    if not subjects:
        return set()
    latest = max(event.occurred_at for event in events)
    earlier = session.exec(
        select(OutboxEvent.subject_id, OutboxEvent.occurred_at, OutboxEvent.id).where(
            OutboxEvent.dispatched_at.is_(None),
            OutboxEvent.subject_id.in_(subjects),
            OutboxEvent.id.not_in([event.id for event in events]),
            OutboxEvent.occurred_at <= latest,
        )
    ).all()
    first_outside: dict[uuid.UUID, tuple[datetime, uuid.UUID]] = {}
    for subject_id, occurred_at, event_id in earlier:
        key = (occurred_at, event_id)
        if subject_id not in first_outside or key < first_outside[subject_id]:
            first_outside[subject_id] = key
    return {
        event.id
        for event in events
        if event.subject_id in first_outside
        and (event.occurred_at, event.id) > first_outside[event.subject_id]
    }


def mark_dispatched(session: Session, event_ids: list[uuid.UUID], moment: datetime) -> None:
    """Mark these events dispatched in the caller's transaction, as one UPDATE (a
    dispatch batch was one UPDATE per event through the unit of work)."""
    if event_ids:
        table = OutboxEvent.__table__
        session.execute(update(table).where(table.c.id.in_(event_ids)).values(dispatched_at=moment))


def emitted_about(
    session: Session, type: str, subject_ids: list[uuid.UUID]
) -> list[tuple[uuid.UUID, dict[str, Any]]]:
    """(subject, data) of the events of ``type`` already emitted about these subjects."""
    if not subject_ids:
        return []
    return list(
        session.exec(
            select(OutboxEvent.subject_id, OutboxEvent.data).where(
                OutboxEvent.type == type, OutboxEvent.subject_id.in_(subject_ids)
            )
        ).all()
    )
