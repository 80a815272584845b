"""A firm's reply drafts, letter templates and letter settings in the database."""

from __future__ import annotations

import uuid

from sqlmodel import Session, select

from app.models import Draft, DraftTemplate, FirmSettings


class DraftRepository:
    def __init__(self, session: Session, tenant_id: uuid.UUID) -> None:
        self.session = session
        self.tenant_id = tenant_id

    def _scoped(self, assessment_id: uuid.UUID):
        return select(Draft).where(
            Draft.tenant_id == self.tenant_id, Draft.assessment_id == assessment_id
        )

    def of_assessment(self, assessment_id: uuid.UUID) -> list[Draft]:
        """Newest first."""
        query = self._scoped(assessment_id).order_by(Draft.created_at.desc(), Draft.id)
        return list(self.session.exec(query))

    def get(self, assessment_id: uuid.UUID, draft_id: uuid.UUID) -> Draft | None:
        return self.session.exec(self._scoped(assessment_id).where(Draft.id == draft_id)).first()

    def templates(self) -> list[DraftTemplate]:
        return list(
            self.session.exec(
                select(DraftTemplate)
                .where(DraftTemplate.tenant_id == self.tenant_id)
                .order_by(DraftTemplate.kind, DraftTemplate.language)
            )
        )

    def template(self, kind: str, language: str) -> DraftTemplate | None:
        return self.session.get(DraftTemplate, (self.tenant_id, kind, language))

    def settings(self) -> FirmSettings | None:
        return self.session.get(FirmSettings, self.tenant_id)
