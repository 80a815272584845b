"""Assessments: create, read, list, revise, erase. Every query is scoped to one tenant."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
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
from app.schemas.common import contract_errors
from app.services import audit, idempotency, matters, outbox
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


def etag_for(assessment_id: uuid.UUID | str, revision: int, lang: str | None = None) -> str:
    """A strong ETag for one revision of an assessment; with ``lang``, for its
    representation in that language (the French and English bodies differ)."""
    base = f"{uuid.UUID(str(assessment_id)).hex[:12]}-{revision}"
    return f'"{base}-{lang}"' if lang else f'"{base}"'


def etag(assessment: Assessment, lang: str | None = None) -> str:
    return etag_for(assessment.id, assessment.revision, lang)


def entity_tags(header: str) -> list[str]:
    return [tag.strip() for tag in header.split(",") if tag.strip()]


def if_match_holds(header: str, assessment: Assessment) -> bool:
    """Strong comparison (RFC 9110): ``*`` or a current tag in any language; weak tags
    never match."""
    current = etag(assessment).strip('"')
    for tag in entity_tags(header):
        if tag == "*":
            return True
        if len(tag) > 2 and tag.startswith('"') and tag.endswith('"'):
            value = tag[1:-1]
            base, _, lang = value.rpartition("-")
            if value == current or (base == current and lang in ("fr", "en")):
                return True
    return False


def if_none_match_holds(header: str, tag: str) -> bool:
    """Weak comparison (RFC 9110): ``*`` or the tag, with or without ``W/``."""
    return any(t == "*" or t.removeprefix("W/") == tag for t in entity_tags(header))


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


def created_body(
    assessment_id: uuid.UUID, external_ref: str | None, revision: dict[str, Any]
) -> dict[str, Any]:
    """``represent`` of a revision just written (its first), from the values written."""
    body = dict(revision["result"])
    moment = utc(revision["created_at"]).isoformat()
    body.update(
        id=str(assessment_id),
        external_ref=external_ref,
        revision=revision["revision"],
        created_at=moment,
        updated_at=moment,
        claim=revision["claim"],
        provenance=revision["provenance"],
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
        **deadline_columns(evaluated.result.get("dates") or {}),
    }


def deadline_columns(dates: dict[str, Any]) -> dict[str, date | None]:
    """The reply deadline and limitation expiry, as columns for calendars and reminders."""

    def day(key: str) -> date | None:
        value = dates.get(key)
        return date.fromisoformat(value) if isinstance(value, str) else value

    return {
        "response_deadline": day("response_deadline"),
        "limitation_expiry": day("limitation_expiry"),
    }


def revision_values(
    number: int,
    origin: str,
    claim: Claim,
    evaluated: Evaluated,
    provenance: dict[str, Any] | None,
    now: datetime,
) -> dict[str, Any]:
    """The columns of a new revision (its assessment and firm are the repository's)."""
    result = evaluated.result
    return {
        "revision": number,
        "origin": origin,
        "created_at": now,
        "claim": stored_claim(claim),
        "result": result,
        "trace": evaluated.trace,
        "provenance": provenance,
        "rulebook_version": result["rulebook"]["version"],
        "rulebook_digest": result["rulebook"]["digest"],
        "app_version": result["app_version"],
    }


def new_revision(
    assessment_id: uuid.UUID,
    tenant_id: uuid.UUID,
    number: int,
    origin: str,
    claim: Claim,
    evaluated: Evaluated,
    provenance: dict[str, Any] | None,
    now: datetime,
) -> AssessmentRevision:
    """A new revision as a row for the unit of work (``revision_values``' columns)."""
    return AssessmentRevision(
        assessment_id=assessment_id,
        tenant_id=tenant_id,
        **revision_values(number, origin, claim, evaluated, provenance, now),
    )


def event_data(assessment: Assessment, *, origin: str) -> dict[str, Any]:
    """What a change event says about an assessment: identifiers and the recommendation,
    never the claim or party names (the receiver fetches the assessment when it needs)."""
    return {
        "id": str(assessment.id),
        "external_ref": assessment.external_ref,
        "revision": assessment.revision,
        "origin": origin,
        "recommendation": assessment.recommendation,
        "agency": assessment.agency,
    }


def created_event(
    assessment_id: uuid.UUID, columns: dict[str, Any], *, origin: str
) -> dict[str, Any]:
    """``event_data`` of an assessment just created, from its columns."""
    return {
        "id": str(assessment_id),
        "external_ref": columns["external_ref"],
        "revision": 1,
        "origin": origin,
        "recommendation": columns["recommendation"],
        "agency": columns["agency"],
    }


def revised_data(
    assessment_id: uuid.UUID,
    number: int,
    origin: str,
    before: str,
    columns: dict[str, Any],
) -> dict[str, Any]:
    after = columns["recommendation"]
    return {
        "id": str(assessment_id),
        "external_ref": columns["external_ref"],
        "revision": number,
        "origin": origin,
        "agency": columns["agency"],
        "previous_recommendation": before,
        "recommendation": after,
        "recommendation_changed": before != after,
    }


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
