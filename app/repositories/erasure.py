"""What else the database keeps about a firm's assessments, beyond the aggregate itself:
the change events about them (each assessment's, its files' and outcome's, including the
files already deleted) and the webhook deliveries and attempts of those events."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, or_
from sqlmodel import Session, select

from app.models import OutboxEvent, WebhookAttempt, WebhookDelivery
from app.repositories.assessments import IN_LIST_CHUNK


def events_about(session: Session, tenant_id: uuid.UUID, assessment_ids: list[uuid.UUID]):
    """Ids of the firm's events whose subject is one of the assessments or that name one
    in ``data.assessment_id`` (its files' and outcome's events)."""
    found: set[uuid.UUID] = set()
    for start in range(0, len(assessment_ids), IN_LIST_CHUNK):
        chunk = assessment_ids[start : start + IN_LIST_CHUNK]
        found.update(
            session.exec(
                select(OutboxEvent.id).where(
                    OutboxEvent.tenant_id == tenant_id,
                    or_(
                        OutboxEvent.subject_id.in_(chunk),
                        OutboxEvent.data["assessment_id"].as_string().in_([str(i) for i in chunk]),
                    ),
                )
            )
        )
    return sorted(found)


def erase_events(
    session: Session, tenant_id: uuid.UUID, event_ids: Iterable[uuid.UUID]
) -> list[str]:
    """Delete these events with their deliveries and the deliveries' attempts; returns
    what the job queue may still name: the deliveries' ids and the events' subjects (the
    files, deleted ones included)."""
    ids = list(event_ids)
    named: set[str] = set()
    for start in range(0, len(ids), IN_LIST_CHUNK):
        chunk = ids[start : start + IN_LIST_CHUNK]
        named.update(
            str(i)
            for i in session.exec(
                select(WebhookDelivery.id).where(
                    WebhookDelivery.tenant_id == tenant_id, WebhookDelivery.event_id.in_(chunk)
                )
            )
        )
        named.update(
            str(i)
            for i in session.exec(
                select(OutboxEvent.subject_id).where(
                    OutboxEvent.id.in_(chunk), OutboxEvent.subject_id.is_not(None)
                )
            )
        )
        deliveries = select(WebhookDelivery.id).where(
            WebhookDelivery.tenant_id == tenant_id, WebhookDelivery.event_id.in_(chunk)
        )
        session.exec(delete(WebhookAttempt).where(WebhookAttempt.delivery_id.in_(deliveries)))
        session.exec(
            delete(WebhookDelivery).where(
                WebhookDelivery.tenant_id == tenant_id, WebhookDelivery.event_id.in_(chunk)
            )
        )
        session.exec(
            delete(OutboxEvent).where(OutboxEvent.tenant_id == tenant_id, OutboxEvent.id.in_(chunk))
        )
    return sorted(named)
