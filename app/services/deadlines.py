"""``deadline.approaching``: once per assessment and date, when the reply deadline or the
limitation expiry comes within the notice period (``RIPOSTE_DEADLINE_NOTICE_DAYS``)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session

from app.repositories.assessments import AcrossTenants
from app.repositories.outbox import emitted_about
from app.services import outbox
from app.services.jobs import JobContext, task

SCAN = "deadlines.scan"
KINDS = {"response_deadline": "reply_deadline", "limitation_expiry": "limitation_expiry"}


def _already_announced(session: Session, ids: list[uuid.UUID]) -> set[tuple[str, str, str]]:
    rows = emitted_about(session, "deadline.approaching", ids)
    return {(str(subject), data.get("kind"), data.get("date")) for subject, data in rows}


def announce_due(session: Session, notice_days: int, today: date | None = None) -> int:
    """Emit the events that are due and not yet emitted; returns how many."""
    today = today or datetime.now(UTC).date()
    horizon = today + timedelta(days=notice_days)
    candidates = AcrossTenants(session).with_a_deadline_between(today, horizon)
    announced = _already_announced(session, [a.id for a in candidates])
    emitted = 0
    for assessment in candidates:
        for column, kind in KINDS.items():
            when = getattr(assessment, column)
            if when is None or not today <= when <= horizon:
                continue
            if (str(assessment.id), kind, when.isoformat()) in announced:
                continue
            outbox.emit(
                session,
                assessment.tenant_id,
                "deadline.approaching",
                {
                    "assessment_id": str(assessment.id),
                    "external_ref": assessment.external_ref,
                    "kind": kind,
                    "date": when.isoformat(),
                    "days_left": (when - today).days,
                },
                subject_id=assessment.id,
            )
            emitted += 1
    session.commit()
    return emitted


@task(SCAN, every_seconds=3600)
def scan(payload: dict[str, Any], context: JobContext) -> None:
    with context.session() as session:
        announce_due(session, context.settings.deadline_notice_days)
