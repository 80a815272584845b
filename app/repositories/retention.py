"""What the retention purge reads: the firms, their idle assessments and the latest change
to each (revision, outcome, file, draft), and the erasure notices already delivered."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import delete, func
from sqlmodel import Session, select

from app.models import (
    Assessment,
    Draft,
    Evidence,
    OutboxEvent,
    Outcome,
    Tenant,
    WebhookAttempt,
    WebhookDelivery,
)
from app.repositories.assessments import IN_LIST_CHUNK, naive_utc


def _moment(session: Session, moment: datetime) -> datetime:
    naive = naive_utc(moment)
    return naive.replace(tzinfo=UTC) if session.get_bind().dialect.name == "postgresql" else naive


def tenants(session: Session, name: str | None = None) -> list[Tenant]:
    query = select(Tenant).order_by(Tenant.name)
    if name is not None:
        query = query.where(Tenant.name == name)
    return list(session.exec(query))


def idle_since(session: Session, tenant_id: uuid.UUID, cutoff: datetime) -> list[Assessment]:
    """The firm's assessments not revised since ``cutoff`` (the only candidates: a matter
    is idle only if each of its assessments is)."""
    return list(
        session.exec(
            select(Assessment)
            .where(Assessment.tenant_id == tenant_id)
            .where(Assessment.updated_at < _moment(session, cutoff))
            .order_by(Assessment.updated_at, Assessment.id)
        )
    )


def refs_active_since(
    session: Session, tenant_id: uuid.UUID, refs: list[str], cutoff: datetime
) -> set[str]:
    """Those of ``refs`` with an assessment revised since ``cutoff``."""
    found: set[str] = set()
    for start in range(0, len(refs), IN_LIST_CHUNK):
        found.update(
            session.exec(
                select(Assessment.external_ref)
                .where(
                    Assessment.tenant_id == tenant_id,
                    Assessment.external_ref.in_(refs[start : start + IN_LIST_CHUNK]),
                    Assessment.updated_at >= _moment(session, cutoff),
                )
                .distinct()
            )
        )
    return found


def latest_changes(
    session: Session, tenant_id: uuid.UUID, ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[datetime]]:
    """For each assessment, the latest outcome recorded, file added or analysed and draft
    made (those it has)."""
    found: dict[uuid.UUID, list[datetime]] = {}
    for start in range(0, len(ids), IN_LIST_CHUNK):
        chunk = ids[start : start + IN_LIST_CHUNK]
        for query in (
            select(Outcome.assessment_id, func.max(Outcome.recorded_at))
            .where(Outcome.tenant_id == tenant_id, Outcome.assessment_id.in_(chunk))
            .group_by(Outcome.assessment_id),
            select(Evidence.assessment_id, func.max(Evidence.created_at))
            .where(Evidence.tenant_id == tenant_id, Evidence.assessment_id.in_(chunk))
            .group_by(Evidence.assessment_id),
            select(Evidence.assessment_id, func.max(Evidence.analysed_at))
            .where(Evidence.tenant_id == tenant_id, Evidence.assessment_id.in_(chunk))
            .group_by(Evidence.assessment_id),
            select(Draft.assessment_id, func.max(Draft.created_at))
            .where(Draft.tenant_id == tenant_id, Draft.assessment_id.in_(chunk))
            .group_by(Draft.assessment_id),
        ):
            for ident, moment in session.exec(query).all():
                if moment is not None:
                    found.setdefault(ident, []).append(moment)
    return found


def forget_tombstones(session: Session, before: datetime) -> int:
    """Delete the ``assessment.deleted`` events dispatched before ``before`` whose
    deliveries are all over, with those deliveries and their attempts."""
    pending = select(WebhookDelivery.event_id).where(WebhookDelivery.status == "pending")
    ids = list(
        session.exec(
            select(OutboxEvent.id).where(
                OutboxEvent.type == "assessment.deleted",
                OutboxEvent.dispatched_at.is_not(None),
                OutboxEvent.occurred_at < _moment(session, before),
                OutboxEvent.id.not_in(pending),
            )
        )
    )
    for start in range(0, len(ids), IN_LIST_CHUNK):
        chunk = ids[start : start + IN_LIST_CHUNK]
        deliveries = select(WebhookDelivery.id).where(WebhookDelivery.event_id.in_(chunk))
        session.exec(delete(WebhookAttempt).where(WebhookAttempt.delivery_id.in_(deliveries)))
        session.exec(delete(WebhookDelivery).where(WebhookDelivery.event_id.in_(chunk)))
        session.exec(delete(OutboxEvent).where(OutboxEvent.id.in_(chunk)))
    return len(ids)
