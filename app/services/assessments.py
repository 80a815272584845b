"""Assessments: create, read, list, revise, erase. Every query is scoped to one tenant.

What the rows, representations and events hold is in ``assessment_records``; the entity
tags of conditional requests in ``assessment_etags``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app.core.errors import (
    InvalidInput,
    NotFound,
    PreconditionFailed,
    PreconditionRequired,
)
from app.models import Assessment, AssessmentRevision
from app.repositories.assessments import AssessmentRepository
from app.schemas.claim import Claim
from app.schemas.common import contract_errors
from app.services import audit, idempotency, matters, outbox
from app.services.assessment_etags import etag, if_match_holds
from app.services.assessment_records import (
    Stored,
    created_body,
    created_event,
    index_columns,
    new_revision,
    revised_data,
    revision_values,
    stored_claim,
)
from app.services.evaluation import Evaluator
from app.services.history import agency_history
from app.services.merge_patch import merge_patch


@dataclass(frozen=True, slots=True)
class Created:
    """A new assessment's body, or the first one's when an idempotency key replays it."""

    body: dict[str, Any]
    replayed: bool


class AssessmentService:
    def __init__(self, session: Session, evaluator: Evaluator) -> None:
        self.session = session
        self.evaluator = evaluator

    def create(
        self,
        tenant_id: uuid.UUID,
        claim: Claim,
        *,
        idempotency_key: str | None = None,
        fingerprint_payload: Any = None,
        origin: str = "create",
        provenance: dict[str, Any] | None = None,
        operation: str = "create",
    ) -> Created:
        """Evaluate and store; returns the bilingual body. With an idempotency key, a retry
        of the same ``operation`` returns the first creation, replayed, and stores nothing."""
        session = self.session
        if idempotency_key:
            payload = (
                fingerprint_payload if fingerprint_payload is not None else (stored_claim(claim))
            )
            fingerprint = idempotency.request_hash("POST", operation, payload)
            replay = idempotency.claim(session, tenant_id, idempotency_key, fingerprint)
            if replay is not None:
                return Created(replay.body, replayed=True)
        try:
            if not session.in_transaction() and session.get_bind().dialect.name == "postgresql":
                # the history read alone, in autocommit: no BEGIN and ROLLBACK round trips
                session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
            history = self.history(tenant_id, claim)
            session.rollback()  # end the read transaction: no connection held while computing
            evaluated = self.evaluator.evaluate(claim, history=history)
            now = datetime.now(UTC)
            assessment_id = uuid.uuid4()
            columns = index_columns(claim, evaluated)
            revision = revision_values(1, origin, claim, evaluated, provenance, now)
            # Core statements in one transaction: the rows are whole, the unit of work
            # would only add its bookkeeping (a quarter of the request's time around the
            # evaluation).
            self.repository(tenant_id).insert_new(
                {"id": assessment_id, "revision": 1, "created_at": now, "updated_at": now}
                | columns,
                revision,
            )
            audit.assessment_created(session, assessment_id)
            body = created_body(assessment_id, columns["external_ref"], revision)
            outbox.emit_now(
                session,
                tenant_id,
                "assessment.created",
                created_event(assessment_id, columns, origin=origin),
                subject_id=assessment_id,
            )
            if idempotency_key:
                idempotency.record(session, tenant_id, idempotency_key, body, assessment_id)
            session.commit()
        except Exception:
            if idempotency_key:
                idempotency.release(session, tenant_id, idempotency_key)
            raise
        return Created(body, replayed=False)

    def history(self, tenant_id: uuid.UUID, claim: Claim) -> dict[str, Any] | None:
        """The firm's past outcomes with this agency, when the rulebook uses them."""
        if not self.evaluator.uses_history:
            return None
        agency = claim.letter.agency if claim.letter else None
        return agency_history(self.session, tenant_id, agency)

    def get(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID) -> Stored:
        assessment = self._owned(tenant_id, assessment_id)
        return Stored(assessment, self._revision_row(assessment, assessment.revision))

    def revisions(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID) -> list[AssessmentRevision]:
        return self.repository(tenant_id).revisions(self._owned(tenant_id, assessment_id))

    def revision(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID, number: int) -> Stored:
        assessment = self._owned(tenant_id, assessment_id)
        return Stored(assessment, self._revision_row(assessment, number))

    def patch(
        self,
        tenant_id: uuid.UUID,
        assessment_id: uuid.UUID,
        patch: dict[str, Any],
        if_match: str | None,
        *,
        origin: str = "patch",
        provenance: dict[str, Any] | None = None,
    ) -> Stored:
        """Apply a JSON merge patch to the claim, re-evaluate, append a revision. Changes
        the caller left pending in the session are committed with the revision."""
        session = self.session
        caller_pending = bool(session.new or session.dirty or session.deleted)
        assessment = self._owned(tenant_id, assessment_id)
        if not if_match:
            raise PreconditionRequired(
                "PATCH needs an If-Match header with the assessment's current ETag."
            )
        if not if_match_holds(if_match, assessment):
            raise PreconditionFailed(
                f"The assessment has changed; its current ETag is {etag(assessment)}."
            )
        current = self._revision_row(assessment, assessment.revision)
        before = assessment.recommendation
        merged = merge_patch(current.claim, patch)
        claim = validate_claim(merged)
        history = self.history(tenant_id, claim)
        seen = assessment.revision
        if not caller_pending:
            session.rollback()  # no connection (SQLite: the only one) held while computing
        evaluated = self.evaluator.evaluate(claim, history=history)
        number = seen + 1
        now = datetime.now(UTC)
        revision = new_revision(
            assessment_id, tenant_id, number, origin, claim, evaluated, provenance, now
        )
        repository = self.repository(tenant_id)
        if not repository.advance(
            assessment_id, seen, number, now, index_columns(claim, evaluated)
        ):
            self.session.rollback()
            raise PreconditionFailed("The assessment was revised concurrently; fetch it again.")
        self.session.add(revision)
        outbox.emit(
            self.session,
            tenant_id,
            "assessment.revised",
            revised_data(assessment_id, number, origin, before, index_columns(claim, evaluated)),
            subject_id=assessment_id,
        )
        try:
            self.session.commit()
        except IntegrityError as exc:
            self.session.rollback()
            raise PreconditionFailed("The assessment was revised concurrently.") from exc
        self.session.refresh(assessment)
        return Stored(assessment, revision)

    def delete(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID, store) -> matters.Erased:
        """Erase the assessment with every trace of it (``app.services.matters``), unless
        it is under legal hold; ``store`` holds its evidence blobs."""
        return matters.erase(
            self.session, store, tenant_id, [self._owned(tenant_id, assessment_id)]
        )

    def repository(self, tenant_id: uuid.UUID) -> AssessmentRepository:
        return AssessmentRepository(self.session, tenant_id)

    def _owned(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID) -> Assessment:
        assessment = self.repository(tenant_id).get(assessment_id)
        if assessment is None:
            raise NotFound(f"No assessment {assessment_id}.")
        return assessment

    def _revision_row(self, assessment: Assessment, number: int) -> AssessmentRevision:
        row = self.repository(assessment.tenant_id).revision(assessment, number)
        if row is None:
            raise NotFound(f"Assessment {assessment.id} has no revision {number}.")
        return row


def validate_claim(data: Any) -> Claim:
    """Validate a claim built by the service (e.g. after a merge patch): errors point into
    the claim, like the framework's own request validation."""
    try:
        return Claim.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(
            "The patched claim does not match the contract.", errors=contract_errors(exc)
        ) from exc
