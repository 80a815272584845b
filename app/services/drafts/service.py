"""Drafts as a use case: compose from the current revision, store, list, get, render."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session

from app.core.errors import InvalidInput, NotFound
from app.models import Draft, DraftTemplate, FirmSettings, Tenant
from app.repositories.drafts import DraftRepository
from app.services.assessments import AssessmentService
from app.services.drafts import render, templates
from app.services.drafts.compose import KINDS, compose, rests_on
from app.services.drafts.formats import LANGUAGES
from app.services.evaluation import Evaluator

FORMATS = {
    "md": "text/markdown; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


@dataclass(slots=True)
class Rendered:
    content: bytes
    media_type: str
    filename: str


def filename(draft: Draft, extension: str) -> str:
    return f"{draft.kind}-{draft.language}-{str(draft.id)[:8]}.{extension}"


def render_draft(draft: Draft, fmt: str) -> Rendered:
    """The stored letter in one format (re-rendered from its Markdown each time)."""
    title = draft.document.get("title") or draft.kind
    if fmt == "md":
        content = draft.markdown.encode()
    elif fmt == "html":
        content = render.to_html(draft.markdown, title=title, language=draft.language).encode()
    elif fmt == "docx":
        content = render.to_docx(draft.markdown, title=title)
    elif fmt == "pdf":
        html = render.to_html(draft.markdown, title=title, language=draft.language)
        content = render.to_pdf(html)
    else:
        raise InvalidInput(f"Unknown format {fmt!r}.")
    return Rendered(content, FORMATS[fmt], filename(draft, fmt))


class DraftService:
    def __init__(self, session: Session, evaluator: Evaluator) -> None:
        self.session = session
        self.assessments = AssessmentService(session, evaluator)

    def repository(self, tenant_id: uuid.UUID) -> DraftRepository:
        return DraftRepository(self.session, tenant_id)

    # -- drafts -------------------------------------------------------------------------
    def create(
        self,
        tenant_id: uuid.UUID,
        assessment_id: uuid.UUID,
        kind: str,
        language: str,
        *,
        client_name: str | None = None,
        today: date | None = None,
    ) -> Draft:
        stored = self.assessments.get(tenant_id, assessment_id)
        revision = stored.revision
        document = compose(
            kind, language, revision.claim, revision.result, client_name=client_name, today=today
        )
        document["assessment"] = {"id": str(assessment_id), "revision": revision.revision}
        firm_template = self.repository(tenant_id).template(kind, language)
        source = firm_template.source if firm_template else templates.builtin_source()
        markdown = templates.render(source, self.context(tenant_id, document))
        draft = Draft(
            tenant_id=tenant_id,
            assessment_id=assessment_id,
            revision=revision.revision,
            kind=kind,
            language=language,
            template="firm" if firm_template else "builtin",
            document=document,
            markdown=markdown,
            created_at=datetime.now(UTC),
        )
        self.session.add(draft)
        self.session.commit()
        return draft

    def list(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID) -> list[Draft]:
        self.assessments.get(tenant_id, assessment_id)
        return self.repository(tenant_id).of_assessment(assessment_id)

    def get(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID, draft_id: uuid.UUID) -> Draft:
        draft = self.repository(tenant_id).get(assessment_id, draft_id)
        if draft is None:
            raise NotFound(f"No draft {draft_id} for assessment {assessment_id}.")
        return draft

    # -- the firm's letterhead, signature and templates ----------------------------------
    def context(self, tenant_id: uuid.UUID, document: dict[str, Any]) -> dict[str, Any]:
        settings = self.letter_settings(tenant_id)
        return {"draft": document, **settings}

    def letter_settings(self, tenant_id: uuid.UUID) -> dict[str, Any]:
        row = self.repository(tenant_id).settings()
        if row is not None:
            return {"letterhead": row.letterhead, "signature": row.signature}
        tenant = self.session.get(Tenant, tenant_id)
        return {
            "letterhead": {"name": tenant.name if tenant else None, "lines": []},
            "signature": {"name": None, "title": None, "lines": []},
        }

    def set_letter_settings(self, tenant_id: uuid.UUID, settings: dict[str, Any]) -> None:
        row = self.repository(tenant_id).settings() or FirmSettings(
            tenant_id=tenant_id, letterhead={}, signature={}
        )
        row.letterhead = settings["letterhead"]
        row.signature = settings["signature"]
        row.updated_at = datetime.now(UTC)
        self.session.add(row)
        self.session.commit()

    def templates(self, tenant_id: uuid.UUID) -> list[DraftTemplate]:
        return self.repository(tenant_id).templates()

    def template(self, tenant_id: uuid.UUID, kind: str, language: str) -> DraftTemplate:
        _check_slot(kind, language)
        row = self.repository(tenant_id).template(kind, language)
        if row is None:
            raise NotFound(f"The firm has no template for {kind} in {language}.")
        return row

    def put_template(
        self, tenant_id: uuid.UUID, kind: str, language: str, source: str
    ) -> DraftTemplate:
        """Store the firm's template once it has passed validation (nothing half-written)."""
        _check_slot(kind, language)
        templates.validate(source, kind)
        row = self.repository(tenant_id).template(kind, language) or DraftTemplate(
            tenant_id=tenant_id, kind=kind, language=language, source=source
        )
        row.source = source
        row.updated_at = datetime.now(UTC)
        self.session.add(row)
        self.session.commit()
        return row

    def delete_template(self, tenant_id: uuid.UUID, kind: str, language: str) -> None:
        row = self.template(tenant_id, kind, language)
        self.session.delete(row)
        self.session.commit()


def _check_slot(kind: str, language: str) -> None:
    if kind not in KINDS or language not in LANGUAGES:
        raise NotFound(f"No template slot {kind}/{language}.")


__all__ = ["DraftService", "FORMATS", "Rendered", "render_draft", "rests_on"]
