"""Legal holds of a firm in the database."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import or_
from sqlmodel import Session, select

from app.models import LegalHold
from app.repositories.assessments import IN_LIST_CHUNK


class LegalHoldRepository:
    def __init__(self, session: Session, tenant_id: uuid.UUID) -> None:
        self.session = session
        self.tenant_id = tenant_id

    def _scoped(self):
        return select(LegalHold).where(LegalHold.tenant_id == self.tenant_id)

    def all(self) -> list[LegalHold]:
        """Oldest first."""
        return list(self.session.exec(self._scoped().order_by(LegalHold.created_at, LegalHold.id)))

    def get(self, hold_id: uuid.UUID) -> LegalHold | None:
        return self.session.exec(self._scoped().where(LegalHold.id == hold_id)).first()

    def on(
        self, *, external_ref: str | None = None, assessment_id: uuid.UUID | None = None
    ) -> LegalHold | None:
        """The hold placed on exactly this reference or this assessment."""
        if external_ref is not None:
            return self.session.exec(
                self._scoped().where(LegalHold.external_ref == external_ref)
            ).first()
        return self.session.exec(
            self._scoped().where(LegalHold.assessment_id == assessment_id)
        ).first()

    def covering(
        self, assessments: Iterable[tuple[uuid.UUID, str | None]]
    ) -> dict[uuid.UUID, LegalHold]:
        """For each (assessment id, external ref) under a hold, by id or by reference, the
        hold that keeps it."""
        pairs = list(assessments)
        found: dict[uuid.UUID, LegalHold] = {}
        for start in range(0, len(pairs), IN_LIST_CHUNK // 2):
            chunk = pairs[start : start + IN_LIST_CHUNK // 2]
            ids = [ident for ident, _ in chunk]
            refs = sorted({ref for _, ref in chunk if ref is not None})
            holds = self.session.exec(
                self._scoped().where(
                    or_(LegalHold.assessment_id.in_(ids), LegalHold.external_ref.in_(refs))
                )
            ).all()
            by_id = {h.assessment_id: h for h in holds if h.assessment_id is not None}
            by_ref = {h.external_ref: h for h in holds if h.external_ref is not None}
            for ident, ref in chunk:
                hold = by_id.get(ident) or (by_ref.get(ref) if ref is not None else None)
                if hold is not None:
                    found[ident] = hold
        return found
