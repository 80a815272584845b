"""Matters and their erasure (Art. 17 GDPR).

A *matter* is what the practice software calls one case: the firm's assessments sharing
one ``external_ref`` (the claim's "matter id in the practice software"); an assessment
without a reference is a matter of its own. Erasing a matter leaves nothing of it in the
database or the evidence store: its assessments, revisions, outcome, files and the blobs
no other matter uses, drafts, replayable responses, the change events about it with their
webhook deliveries, the queued jobs naming them (PostgreSQL), and the identifiers in the
audit log. What remains, until it has been
delivered, is one ``assessment.deleted`` event per assessment (its id and reference): the
firm's other systems must hear of the erasure (Art. 19 GDPR); the retention purge removes
these once delivered.

A matter under legal hold (Art. 17(3)(e): kept for legal claims) is not erased.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from sqlmodel import Session

from app.core.errors import InvalidInput, NotFound, ServiceUnavailable, UnderLegalHold
from app.models import Assessment
from app.repositories import erasure as traces
from app.repositories.assessments import AssessmentRepository
from app.repositories.drafts import DraftRepository
from app.repositories.evidence import EvidenceRepository
from app.repositories.jobs import forget_jobs_about
from app.repositories.legal_holds import LegalHoldRepository
from app.services import audit, outbox
from app.services.evidence.store import BlobStore


@dataclass(frozen=True, slots=True)
class MatterSelector:
    """Which matter: by the firm's reference, or by one of its assessments."""

    external_ref: str | None = None
    assessment_id: uuid.UUID | None = None

    def __post_init__(self) -> None:
        if (self.external_ref is None) == (self.assessment_id is None):
            raise InvalidInput(
                "Name the matter by external_ref or by assessment_id (one of the two).",
                errors=[
                    {"pointer": "/external_ref", "detail": "give external_ref or assessment_id"}
                ],
            )

    def describe(self) -> str:
        if self.external_ref is not None:
            return f"reference {self.external_ref!r}"
        return f"assessment {self.assessment_id}"


@dataclass(slots=True)
class Matter:
    external_ref: str | None
    assessments: list[Assessment]


@dataclass(slots=True)
class Erased:
    """What an erasure removed (counts; the assessments' ids)."""

    assessment_ids: list[uuid.UUID] = field(default_factory=list)
    external_refs: list[str | None] = field(default_factory=list)
    evidence: int = 0
    drafts: int = 0
    blobs: int = 0
    events: int = 0


def matter(session: Session, tenant_id: uuid.UUID, selector: MatterSelector) -> Matter:
    """The firm's matter: every assessment with the reference (the one given, or that of
    the assessment given); an assessment without a reference alone."""
    repository = AssessmentRepository(session, tenant_id)
    ref = selector.external_ref
    if ref is None:
        assessment = repository.get(selector.assessment_id)
        if assessment is None:
            raise NotFound(f"No assessment {selector.assessment_id}.")
        if assessment.external_ref is None:
            return Matter(None, [assessment])
        ref = assessment.external_ref
    found = repository.with_ref(ref)
    if not found:
        raise NotFound(f"No assessment with the {selector.describe()}.")
    return Matter(ref, found)


def refuse_if_held(session: Session, tenant_id: uuid.UUID, assessments: list[Assessment]) -> None:
    held = LegalHoldRepository(session, tenant_id).covering(
        (a.id, a.external_ref) for a in assessments
    )
    if held:
        hold = next(iter(held.values()))
        raise UnderLegalHold(
            f"{len(held)} of these assessments are under legal hold {hold.id}; clear the "
            "hold before erasing them."
        )


def erase(
    session: Session, store: BlobStore, tenant_id: uuid.UUID, assessments: list[Assessment]
) -> Erased:
    """Erase the assessments (a matter, or one assessment) in one transaction, with every
    trace of them, and emit one ``assessment.deleted`` per assessment. The blobs only they
    used leave the store before the commit: if the commit then fails, a retry finishes."""
    refuse_if_held(session, tenant_id, assessments)
    files = EvidenceRepository(session, tenant_id)
    files.lock_quota()  # uploads of the firm wait: no blob is stored again meanwhile
    done = Erased()
    ids = [a.id for a in assessments]
    digests: set[str] = set()
    repository = AssessmentRepository(session, tenant_id)
    evidence_ids: set[uuid.UUID] = set()
    for assessment in assessments:
        found = files.of_assessment(assessment.id)
        evidence_ids |= {e.id for e in found}
        done.evidence += len(found)
        done.drafts += len(DraftRepository(session, tenant_id).of_assessment(assessment.id))
        digests |= repository.erase(assessment)
        done.assessment_ids.append(assessment.id)
        done.external_refs.append(assessment.external_ref)
    events = traces.events_about(session, tenant_id, ids)
    named = traces.erase_events(session, tenant_id, events)
    done.events = len(events)
    forget_jobs_about(session, sorted({*named, *(str(i) for i in evidence_ids)}))
    audit.forget(session, tenant_id, set(ids))
    audit.erased(session, set(ids))
    for assessment in assessments:
        outbox.emit(
            session,
            tenant_id,
            "assessment.deleted",
            {"id": str(assessment.id), "external_ref": assessment.external_ref},
            subject_id=assessment.id,
        )
    unused = files.unused_digests(digests)
    for sha256 in unused:
        blob = files.blob(sha256)
        if blob is not None:
            session.delete(blob)
    session.flush()
    try:
        for sha256 in unused:
            store.delete(tenant_id, sha256)
    except Exception as exc:  # the store's own errors vary (file system, S3)
        session.rollback()
        raise ServiceUnavailable(
            "The evidence store is unavailable; nothing was erased. Retry shortly."
        ) from exc
    done.blobs = len(unused)
    session.commit()
    return done
