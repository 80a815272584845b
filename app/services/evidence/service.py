"""Evidence use cases: upload, list, read, download, delete, analyse. Every query is scoped
to one tenant; file contents and metadata are never logged.
"""

from __future__ import annotations

import hashlib
import io
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app.core.config import Settings
from app.core.errors import (
    Conflict,
    InsufficientStorage,
    InvalidInput,
    NotFound,
    PayloadTooLarge,
)
from app.models import Assessment, AssessmentRevision, Evidence, EvidenceBlob
from app.repositories.evidence import EvidenceRepository
from app.services import idempotency, jobs, outbox
from app.services.evidence.analysis import IMAGE_KINDS, Limits, needs_ocr
from app.services.evidence.safety import Hostile, check_pdf, open_image, pdf_text
from app.services.evidence.sniff import (
    ALLOWED,
    PDF,
    FileType,
    NotAllowed,
    detect,
    safe_filename,
)
from app.services.evidence.store import CHUNK, BlobStore

ANALYSING, ANALYSED, FAILED = "analysing", "analysed", "failed"
OVERLAY_KIND = "comparison_overlay"
ANALYSE = "evidence.analyse"
"""The job that analyses one stored file off the request path (``pipeline``)."""


@dataclass(slots=True)
class Uploaded:
    """The stored file's body; ``analyse_now`` is the new record when the caller should
    analyse it at once (else it is queued, or this is a replay)."""

    body: dict[str, Any]
    analyse_now: Evidence | None
    replayed: bool = False


@dataclass(slots=True)
class Upload:
    kind: str
    note: str | None
    filename: str | None
    content: BinaryIO


def limits_of(settings: Settings) -> Limits:
    return Limits(
        settings.max_evidence_pixels, settings.evidence_pdf_max_pages, settings.evidence_pdf_seconds
    )


def type_of(evidence: Evidence) -> FileType:
    return ALLOWED[evidence.media_type]


def _digest(content: BinaryIO, limit: int) -> tuple[str, int]:
    """SHA-256 and size, counted chunk by chunk; past ``limit`` bytes, 413."""
    content.seek(0)
    sha, size = hashlib.sha256(), 0
    while chunk := content.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"The file exceeds {limit} bytes.")
        sha.update(chunk)
    return sha.hexdigest(), size


def _refuse(reason: str) -> InvalidInput:
    return InvalidInput(
        f"The file is refused: {reason}.", errors=[{"pointer": "/file", "detail": reason}]
    )


class EvidenceService:
    def __init__(self, session: Session, store: BlobStore, settings: Settings) -> None:
        self.session = session
        self.store = store
        self.settings = settings

    # -- upload ------------------------------------------------------------------------

    def upload(
        self,
        tenant_id: uuid.UUID,
        assessment_id: uuid.UUID,
        upload: Upload,
        *,
        idempotency_key: str | None = None,
    ) -> Uploaded:
        """Check, store and record a file. Hostile files are refused before anything is
        stored. A file slow to analyse is queued as a job committed with its record (on
        PostgreSQL a restart does not lose it); a quick one is left to the caller."""
        self.assessment(tenant_id, assessment_id)
        sha256, size = _digest(upload.content, self.settings.max_evidence_bytes)
        upload.content.seek(0)
        data = upload.content.read()
        file_type = self._check(data)
        fingerprint = idempotency.request_hash(
            "POST",
            f"/v1/assessments/{assessment_id}/evidence",
            {"sha256": sha256, "kind": upload.kind, "note": upload.note, "name": upload.filename},
        )
        session = self.session
        if idempotency_key:
            replay = idempotency.claim(session, tenant_id, idempotency_key, fingerprint)
            if replay is not None:
                return Uploaded(replay.body, None, replayed=True)
        created_blob = False
        try:
            created_blob = self._keep_blob(tenant_id, sha256, size, file_type, io.BytesIO(data))
            evidence = Evidence(
                tenant_id=tenant_id,
                assessment_id=assessment_id,
                kind=upload.kind,
                note=upload.note,
                filename=safe_filename(upload.filename, file_type),
                media_type=file_type.media_type,
                size=size,
                sha256=sha256,
                status=ANALYSING,
            )
            session.add(evidence)
            session.flush()
            body = represent(evidence)
            outbox.emit(
                session,
                tenant_id,
                "evidence.added",
                event_data(evidence),
                subject_id=evidence.id,
            )
            inline = self.quick_to_analyse(evidence, data)
            if not inline:
                jobs.enqueue_after_commit(
                    session, ANALYSE, {"evidence_id": str(evidence.id)}, lock=job_lock(evidence.id)
                )
            if idempotency_key:
                idempotency.record(session, tenant_id, idempotency_key, body, assessment_id)
            session.commit()
        except Exception as exc:
            session.rollback()
            if created_blob and session.get(EvidenceBlob, (tenant_id, sha256)) is None:
                self.store.delete(tenant_id, sha256)
            if idempotency_key:
                idempotency.release(session, tenant_id, idempotency_key)
            if isinstance(exc, IntegrityError):
                raise Conflict("The same file is being uploaded concurrently; retry.") from exc
            raise
        return Uploaded(body, evidence if inline else None)

    def _check(self, data: bytes) -> FileType:
        try:
            file_type = detect(data)
        except NotAllowed as exc:
            raise _refuse(str(exc)) from exc
        try:
            if file_type.image_format:
                open_image(data, file_type, self.settings.max_evidence_pixels)
            elif file_type is PDF:
                check_pdf(data, self.settings.evidence_pdf_max_pages)
        except Hostile as exc:
            raise _refuse(str(exc)) from exc
        return file_type

    def repository(self, tenant_id: uuid.UUID) -> EvidenceRepository:
        return EvidenceRepository(self.session, tenant_id)

    def _keep_blob(
        self, tenant_id: uuid.UUID, sha256: str, size: int, file_type: FileType, content: BinaryIO
    ) -> bool:
        """Store the content unless the firm already has it; True when newly stored. The
        quota is checked under the firm's lock, so concurrent uploads cannot both pass it."""
        repository = self.repository(tenant_id)
        repository.lock_quota()
        if repository.blob(sha256) is not None:
            return False
        used = repository.used_bytes()
        quota = self.settings.evidence_quota_bytes
        if used + size > quota:
            raise InsufficientStorage(
                f"The firm's evidence storage is full ({used} of {quota} bytes used); "
                "delete evidence no longer needed or ask for a larger quota."
            )
        self.store.put(tenant_id, sha256, content)
        self.session.add(
            EvidenceBlob(
                tenant_id=tenant_id, sha256=sha256, size=size, media_type=file_type.media_type
            )
        )
        return True

    def quick_to_analyse(self, evidence: Evidence, data: bytes | None = None) -> bool:
        """Whether the analysis should take well under a second (benchmarks/bench_evidence.py):
        a small file, no OCR of a scan, and no image comparison (which takes about a second
        even for small captures, as both images are decoded and matched)."""
        if evidence.size > self.settings.evidence_inline_bytes:
            return False
        if data is not None and type_of(evidence) is PDF:
            limits = limits_of(self.settings)
            text = pdf_text(data, limits.pdf_pages, limits.pdf_seconds)
            scan = text.complete and not any(p.strip() for p in text.pages)
            return not needs_ocr(PDF, not scan)
        if evidence.kind not in IMAGE_KINDS:
            return True
        others = self.repository(evidence.tenant_id).images_to_compare(evidence, earlier_only=False)
        return not others

    # -- reading -----------------------------------------------------------------------

    def assessment(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID) -> Assessment:
        row = self.repository(tenant_id).assessment(assessment_id)
        if row is None:
            raise NotFound(f"No assessment {assessment_id}.")
        return row

    def list(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID) -> list[Evidence]:
        self.assessment(tenant_id, assessment_id)
        return self.repository(tenant_id).of_assessment(assessment_id)

    def get(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID, evidence_id: uuid.UUID):
        row = self.repository(tenant_id).get(assessment_id, evidence_id)
        if row is None:
            raise NotFound(f"No evidence {evidence_id} in assessment {assessment_id}.")
        return row

    def current_claim(self, assessment: Assessment) -> dict[str, Any]:
        revision = self.session.get(AssessmentRevision, (assessment.id, assessment.revision))
        return dict(revision.claim) if revision else {}

    # -- deleting ----------------------------------------------------------------------

    def delete(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID, evidence_id: uuid.UUID):
        """Delete one file's record, the overlays derived from it, and the blobs no other
        record uses."""
        evidence = self.get(tenant_id, assessment_id, evidence_id)
        doomed = [evidence] + [
            e
            for e in self.list(tenant_id, assessment_id)
            if e.derived_from and str(evidence.id) in e.derived_from
        ]
        for row in self.list(tenant_id, assessment_id):
            if row.match and row.match.get("against") == str(evidence.id):
                row.match = None
                row.proposals = [
                    p
                    for p in row.proposals or []
                    if p["source"].get("against") != str(evidence.id) or p["state"] != "proposed"
                ]
                self.session.add(row)
        digests = {row.sha256 for row in doomed}
        for row in doomed:
            outbox.emit(
                self.session,
                tenant_id,
                "evidence.deleted",
                {**event_data(row), "status": "deleted"},
                subject_id=row.id,
            )
            self.session.delete(row)
        self.session.commit()
        release_blobs(self.session, self.store, tenant_id, digests)


def release_blobs(session: Session, store: BlobStore, tenant_id: uuid.UUID, digests) -> None:
    """Erase the blobs among ``digests`` that no evidence record of the tenant uses."""
    repository = EvidenceRepository(session, tenant_id)
    for sha256 in repository.unused_digests(digests):
        blob = repository.blob(sha256)
        if blob is not None:
            session.delete(blob)
            session.commit()
        store.delete(tenant_id, sha256)


def job_lock(evidence_id: uuid.UUID) -> str:
    return f"{ANALYSE}:{evidence_id}"


def event_data(evidence: Evidence) -> dict[str, Any]:
    """What an ``evidence.*`` event says: identifiers and states, never the file's name,
    content or metadata (they can hold party names)."""
    return {
        "id": str(evidence.id),
        "assessment_id": str(evidence.assessment_id),
        "kind": evidence.kind,
        "status": evidence.status,
    }


def represent(evidence: Evidence, claim: dict[str, Any] | None = None) -> dict[str, Any]:
    from app.services.evidence.proposals import shown

    return {
        "id": str(evidence.id),
        "assessment_id": str(evidence.assessment_id),
        "kind": evidence.kind,
        "note": evidence.note,
        "filename": evidence.filename,
        "media_type": evidence.media_type,
        "size": evidence.size,
        "sha256": evidence.sha256,
        "status": evidence.status,
        "created_at": _utc(evidence.created_at).isoformat(),
        "analysed_at": _utc(evidence.analysed_at).isoformat() if evidence.analysed_at else None,
        "facts": evidence.facts,
        "notes": evidence.notes or [],
        "proposals": [shown(p, claim) for p in evidence.proposals or []],
        "match": evidence.match,
        "derived_from": evidence.derived_from or [],
        "failure": evidence.failure,
    }


def _utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
