"""What an export reads that no other repository serves: a firm's assessment ids page by
page, the revision numbers of one, its keys, and its audit rows in order."""

from __future__ import annotations

import uuid

from sqlalchemy import tuple_
from sqlmodel import Session, select

from app.models import ApiKey, Assessment, AssessmentRevision, AuditEvent


def assessment_ids(
    session: Session, tenant_id: uuid.UUID, after: uuid.UUID | None, limit: int
) -> list[uuid.UUID]:
    """The firm's assessment ids in id order, after ``after``."""
    query = select(Assessment.id).where(Assessment.tenant_id == tenant_id)
    if after is not None:
        query = query.where(Assessment.id > after)
    return list(session.exec(query.order_by(Assessment.id).limit(limit)))


def revision_numbers(session: Session, assessment_id: uuid.UUID) -> list[int]:
    return list(
        session.exec(
            select(AssessmentRevision.revision)
            .where(AssessmentRevision.assessment_id == assessment_id)
            .order_by(AssessmentRevision.revision)
        )
    )


def api_keys(session: Session, tenant_id: uuid.UUID) -> list[ApiKey]:
    return list(
        session.exec(
            select(ApiKey).where(ApiKey.tenant_id == tenant_id).order_by(ApiKey.created_at)
        )
    )


def audit_rows(
    session: Session,
    tenant_id: uuid.UUID,
    assessment_ids: list[uuid.UUID] | None,
    after: tuple | None,
    limit: int,
) -> list[AuditEvent]:
    """The firm's audit rows oldest first (about these assessments only, if given)."""
    query = select(AuditEvent).where(AuditEvent.tenant_id == tenant_id)
    if assessment_ids is not None:
        query = query.where(AuditEvent.assessment_id.in_(assessment_ids))
    if after is not None:
        query = query.where(tuple_(AuditEvent.occurred_at, AuditEvent.id) > after)
    return list(session.exec(query.order_by(AuditEvent.occurred_at, AuditEvent.id).limit(limit)))
