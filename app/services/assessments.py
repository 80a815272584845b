"""Assessments: create, read, list, revise, erase. Every query is scoped to one tenant."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
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
from app.schemas.common import friendly, loc_to_pointer
from app.services import idempotency
from app.services.evaluation import Evaluated, Evaluator
from app.services.history import agency_history
from app.services.merge_patch import merge_patch


@dataclass(slots=True)
class Stored:
    """An assessment with one of its revisions: what responses are built from."""

    assessment: Assessment
    revision: AssessmentRevision


def utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def etag_for(assessment_id: uuid.UUID | str, revision: int) -> str:
    """A strong ETag for one revision of an assessment."""
    return f'"{uuid.UUID(str(assessment_id)).hex[:12]}-{revision}"'


def etag(assessment: Assessment) -> str:
    return etag_for(assessment.id, assessment.revision)


def represent(stored: Stored) -> dict[str, Any]:
    """The JSON-ready, bilingual representation of a stored revision."""
    a, r = stored.assessment, stored.revision
    body = dict(r.result)
    body.update(
        id=str(a.id),
        external_ref=a.external_ref,
        revision=r.revision,
        created_at=utc(a.created_at).isoformat(),
        updated_at=utc(r.created_at).isoformat(),
        claim=r.claim,
        provenance=r.provenance,
    )
    return body


def stored_claim(claim: Claim) -> dict[str, Any]:
    return claim.model_dump(mode="json", exclude_unset=True)


def index_columns(claim: Claim, evaluated: Evaluated) -> dict[str, Any]:
    letter = claim.letter
    holder = letter.rights_holder if letter else None
    demand = letter.amount_demanded if letter else None
    return {
        "amount_demanded": Decimal(demand.amount) if demand else None,
        "currency": demand.currency if demand else None,
        "external_ref": claim.external_ref,
        "agency": letter.agency if letter else None,
        "rights_holder": holder,
        "rights_holder_key": holder.strip().casefold() if holder else None,
        "recommendation": evaluated.result["strategy"]["recommendation"],
        "rulebook_version": evaluated.result["rulebook"]["version"],
    }


def new_revision(
    assessment_id: uuid.UUID,
    tenant_id: uuid.UUID,
    number: int,
    origin: str,
    claim: Claim,
    evaluated: Evaluated,
    provenance: dict[str, Any] | None,
) -> AssessmentRevision:
    result = evaluated.result
    return AssessmentRevision(
        assessment_id=assessment_id,
        revision=number,
        tenant_id=tenant_id,
        origin=origin,
        claim=stored_claim(claim),
        result=result,
        trace=evaluated.trace,
        provenance=provenance,
        rulebook_version=result["rulebook"]["version"],
        rulebook_digest=result["rulebook"]["digest"],
        app_version=result["app_version"],
    )


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
    ) -> tuple[int, dict[str, Any]]:
        """Evaluate and store; returns (status, bilingual body). With an idempotency key,
        a retry of the same ``operation`` returns the first response and stores nothing."""
        session = self.session
        if idempotency_key:
            payload = (
                fingerprint_payload if fingerprint_payload is not None else (stored_claim(claim))
            )
            fingerprint = idempotency.request_hash("POST", operation, payload)
            replay = idempotency.claim_key(session, tenant_id, idempotency_key, fingerprint)
            if replay is not None:
                return replay.status, replay.body
        try:
            history = self.history(tenant_id, claim)
            session.rollback()  # end the read transaction: no connection held while computing
            evaluated = self.evaluator.evaluate(claim, history=history)
            now = datetime.now(UTC)
            assessment = Assessment(
                tenant_id=tenant_id,
                revision=1,
                created_at=now,
                updated_at=now,
                **index_columns(claim, evaluated),
            )
            revision = new_revision(
                assessment.id, tenant_id, 1, origin, claim, evaluated, provenance
            )
            revision.created_at = now
            session.add(assessment)
            session.flush()
            session.add(revision)
            body = represent(Stored(assessment, revision))
            if idempotency_key:
                idempotency.complete(session, tenant_id, idempotency_key, 201, body, assessment.id)
            session.commit()
        except Exception:
            if idempotency_key:
                idempotency.release(session, tenant_id, idempotency_key)
            raise
        return 201, body

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
        """Apply a JSON merge patch to the claim, re-evaluate, append a revision."""
        assessment = self._owned(tenant_id, assessment_id)
        if not if_match:
            raise PreconditionRequired(
                "PATCH needs an If-Match header with the assessment's current ETag."
            )
        if if_match.strip() not in (etag(assessment), "*"):
            raise PreconditionFailed(
                f"The assessment has changed; its current ETag is {etag(assessment)}."
            )
        current = self._revision_row(assessment, assessment.revision)
        merged = merge_patch(current.claim, patch)
        claim = validate_claim(merged)
        evaluated = self.evaluator.evaluate(claim, history=self.history(tenant_id, claim))
        number = assessment.revision + 1
        now = datetime.now(UTC)
        revision = new_revision(
            assessment.id, tenant_id, number, origin, claim, evaluated, provenance
        )
        revision.created_at = now
        repository = self.repository(tenant_id)
        if not repository.advance(assessment, number, now, index_columns(claim, evaluated)):
            self.session.rollback()
            raise PreconditionFailed("The assessment was revised concurrently; fetch it again.")
        self.session.add(revision)
        try:
            self.session.commit()
        except IntegrityError as exc:
            self.session.rollback()
            raise PreconditionFailed("The assessment was revised concurrently.") from exc
        self.session.refresh(assessment)
        return Stored(assessment, revision)

    def delete(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID) -> set[str]:
        """Erase the assessment, its revisions, outcome, evidence records and replayable
        responses; returns the digests of the evidence blobs it referenced."""
        assessment = self._owned(tenant_id, assessment_id)
        digests = self.repository(tenant_id).erase(assessment)
        self.session.commit()
        return digests

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
            "The patched claim does not match the contract.",
            errors=[
                {"pointer": loc_to_pointer(tuple(e["loc"])), "detail": friendly(e)}
                for e in exc.errors()
            ],
        ) from exc
