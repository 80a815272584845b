"""Recording how matters ended, and the firm's statistics per agency or rights holder."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from decimal import Decimal
from statistics import median
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app.core.errors import InvalidInput, NotFound
from app.models import Outcome
from app.repositories.assessments import AssessmentRepository
from app.schemas.outcome import OutcomeIn
from app.services import outbox
from app.services.assessment_records import utc
from app.services.assessments import AssessmentService
from app.services.history import GAVE_UP, PAID

CENT = Decimal("0.01")


def outcome_body(row: Outcome) -> dict[str, Any]:
    paid = None
    if row.amount_paid is not None:
        paid = {"amount": str(row.amount_paid.quantize(CENT)), "currency": row.currency}
    recorded = utc(row.recorded_at)
    return {
        "assessment_id": str(row.assessment_id),
        "kind": row.kind,
        "amount_paid": paid,
        "ended_on": row.ended_on.isoformat(),
        "note": row.note,
        "recorded_at": recorded.isoformat(),
    }


def record(
    session: Session,
    assessments: AssessmentService,
    tenant_id: uuid.UUID,
    assessment_id: uuid.UUID,
    outcome: OutcomeIn,
) -> tuple[bool, Outcome]:
    """Record (or replace) the outcome of a matter; returns (created, row)."""
    stored = assessments.get(tenant_id, assessment_id)
    demand_currency = stored.assessment.currency
    paid = outcome.amount_paid
    if outcome.kind in ("paid_in_full", "settled") and paid is None:
        raise InvalidInput(
            "A settled or paid matter needs the amount paid.",
            errors=[{"pointer": "/amount_paid", "detail": "required for this kind"}],
        )
    if paid is not None and demand_currency and paid.currency != demand_currency:
        raise InvalidInput(
            "The amount paid must be in the currency of the demand.",
            errors=[
                {
                    "pointer": "/amount_paid/currency",
                    "detail": f"the demand is in {demand_currency}",
                }
            ],
        )
    values = {
        "kind": outcome.kind,
        "amount_paid": Decimal(paid.amount) if paid else None,
        "currency": paid.currency if paid else demand_currency,
        "ended_on": outcome.ended_on,
        "note": outcome.note,
    }
    values["recorded_at"] = datetime.now(timezone.utc)
    try:
        created, row = AssessmentRepository(session, tenant_id).put_outcome(
            stored.assessment, values
        )
        if row is None:  # erased between the two statements
            session.rollback()
            raise NotFound(f"No assessment {assessment_id}.")
        outbox.emit(
            session,
            tenant_id,
            "outcome.recorded",
            {
                "assessment_id": str(assessment_id),
                "external_ref": stored.assessment.external_ref,
                "kind": row.kind,
                "ended_on": row.ended_on.isoformat(),
                "replaced": not created,
            },
            subject_id=assessment_id,
        )
        session.commit()
    except IntegrityError as exc:  # the assessment was erased meanwhile (foreign key)
        session.rollback()
        raise NotFound(f"No assessment {assessment_id}.") from exc
    return created, row


def get(
    session: Session,
    assessments: AssessmentService,
    tenant_id: uuid.UUID,
    assessment_id: uuid.UUID,
) -> Outcome:
    stored = assessments.get(tenant_id, assessment_id)
    row = AssessmentRepository(session, tenant_id).outcome(stored.assessment)
    if row is None:
        raise NotFound(f"No outcome recorded for assessment {assessment_id}.")
    return row


def stats(session: Session, tenant_id: uuid.UUID, group_by: str) -> list[dict[str, Any]]:
    rows = AssessmentRepository(session, tenant_id).matters_by(group_by)
    groups: dict[tuple, list] = {}
    for key, currency, demanded, kind, paid in rows:
        groups.setdefault((key, currency), []).append((demanded, kind, paid))
    return [
        _summary(key, currency, items)
        for (key, currency), items in sorted(
            groups.items(), key=lambda g: (-len(g[1]), str(g[0][0]), str(g[0][1]))
        )
    ]


def _summary(key, currency, items) -> dict[str, Any]:
    demanded = [d for d, _, _ in items if d is not None]
    ended = [(d, k, p) for d, k, p in items if k is not None]
    paid = [p for _, k, p in ended if k in PAID and p is not None]
    ratios = [float(p / d) for d, k, p in ended if k in PAID and p is not None and d]
    gave_up = sum(1 for _, k, _ in ended if k in GAVE_UP)
    return {
        "key": key,
        "currency": currency,
        "matters": len(items),
        "outcomes": len(ended),
        "median_demanded": _money(median(demanded)) if demanded else None,
        "median_paid": _money(median(paid)) if paid else None,
        "paid_to_demanded": round(median(ratios), 3) if ratios else None,
        "share_withdrawn": round(gave_up / len(ended), 3) if ended else None,
    }


def _money(value: Decimal) -> str:
    return str(Decimal(value).quantize(CENT))
