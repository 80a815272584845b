"""Legal holds: a firm keeps a matter for the establishment, exercise or defence of legal
claims (Art. 17(3)(e) GDPR). A held matter is neither erased on request nor purged when its
retention period ends; clearing the hold (deleting it) lets both happen again."""

from __future__ import annotations

import uuid

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app.core.errors import NotFound
from app.models import LegalHold
from app.repositories.assessments import AssessmentRepository
from app.repositories.legal_holds import LegalHoldRepository


def place(
    session: Session,
    tenant_id: uuid.UUID,
    *,
    external_ref: str | None,
    assessment_id: uuid.UUID | None,
    reason: str | None,
    api_key_id: uuid.UUID | None,
) -> tuple[LegalHold, bool]:
    """Hold a matter: by reference (every assessment with it, present and future), or one
    assessment of the firm. Returns (the hold, whether it is new); holding a matter held
    already returns its hold unchanged."""
    holds = LegalHoldRepository(session, tenant_id)
    if (
        assessment_id is not None
        and AssessmentRepository(session, tenant_id).get(assessment_id) is None
    ):
        raise NotFound(f"No assessment {assessment_id}.")
    existing = holds.on(external_ref=external_ref, assessment_id=assessment_id)
    if existing is not None:
        return existing, False
    row = LegalHold(
        tenant_id=tenant_id,
        external_ref=external_ref,
        assessment_id=assessment_id,
        reason=reason,
        api_key_id=api_key_id,
    )
    session.add(row)
    try:
        session.commit()
    except IntegrityError:  # placed by a concurrent request meanwhile
        session.rollback()
        existing = holds.on(external_ref=external_ref, assessment_id=assessment_id)
        if existing is None:
            raise
        return existing, False
    return row, True


def list_for(session: Session, tenant_id: uuid.UUID) -> list[LegalHold]:
    return LegalHoldRepository(session, tenant_id).all()


def get(session: Session, tenant_id: uuid.UUID, hold_id: uuid.UUID) -> LegalHold:
    row = LegalHoldRepository(session, tenant_id).get(hold_id)
    if row is None:
        raise NotFound(f"No legal hold {hold_id}.")
    return row


def clear(session: Session, tenant_id: uuid.UUID, hold_id: uuid.UUID) -> None:
    session.delete(get(session, tenant_id, hold_id))
    session.commit()
