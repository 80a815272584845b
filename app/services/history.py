"""The firm's own history with an agency, handed to the rulebook as facts."""

from __future__ import annotations

import uuid
from statistics import median
from typing import Any

from sqlmodel import Session

from app.repositories.assessments import AssessmentRepository

PAID = {"settled", "paid_in_full", "litigated"}
GAVE_UP = {"claim_withdrawn", "no_reply_from_claimant"}


def agency_history(session: Session, tenant_id: uuid.UUID, agency: str | None) -> dict[str, Any]:
    """The firm's past outcomes with the same agency, as facts for the rulebook."""
    if not agency:
        return {"history.outcomes": 0, "history.median_paid_ratio": None}
    rows = AssessmentRepository(session, tenant_id).outcomes_with(agency)
    ratios = [float(p / d) for d, k, p in rows if k in PAID and p is not None and d]
    ratios += [0.0 for _, k, _ in rows if k in GAVE_UP]
    return {
        "history.outcomes": len(rows),
        "history.median_paid_ratio": round(median(ratios), 3) if ratios else None,
    }
