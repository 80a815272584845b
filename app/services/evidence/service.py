"""Evidence use cases: upload, list, read, download, delete, analyse. Every query is scoped
to one tenant; file contents and metadata are never logged.
"""

from __future__ import annotations

import hashlib
import io
import logging
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, BinaryIO

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from app.core.config import Settings
from app.core.errors import InsufficientStorage, InvalidInput, NotFound, PayloadTooLarge
from app.models import Assessment, AssessmentRevision, Evidence, EvidenceBlob
from app.services import idempotency
from app.services.evidence.analysis import IMAGE_KINDS, Counterpart, Limits, analyse
from app.services.evidence.safety import Hostile, check_pdf, open_image
from app.services.evidence.sniff import (
    ALLOWED,
    PDF,
    PNG,
    FileType,
    NotAllowed,
    detect,
    safe_filename,
)
from app.services.evidence.store import CHUNK, BlobStore

log = logging.getLogger("riposte.evidence")
ANALYSING, ANALYSED, FAILED = "analysing", "analysed", "failed"
OVERLAY_KIND = "comparison_overlay"


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
    ) -> tuple[int, dict[str, Any], Evidence | None]:
        """Check, store and record a file; returns (status, body, the new row or None on a
        replay). Hostile files are refused before anything is stored."""
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
            replay = idempotency.claim_key(session, tenant_id, idempotency_key, fingerprint)
            if replay is not None:
                return replay.status, replay.body, None
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
            if idempotency_key:
                idempotency.complete(session, tenant_id, idempotency_key, 201, body, assessment_id)
            session.commit()
        except Exception:
            session.rollback()
            if created_blob and session.get(EvidenceBlob, (tenant_id, sha256)) is None:
                self.store.delete(tenant_id, sha256)
            if idempotency_key:
                idempotency.release(session, tenant_id, idempotency_key)
            raise
        return 201, body, evidence

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

    def _keep_blob(
        self, tenant_id: uuid.UUID, sha256: str, size: int, file_type: FileType, content: BinaryIO
    ) -> bool:
        """Store the content unless the firm already has it; True when newly stored."""
        if self.session.get(EvidenceBlob, (tenant_id, sha256)) is not None:
            return False
        used = self.session.exec(
            select(func.coalesce(func.sum(EvidenceBlob.size), 0)).where(
                EvidenceBlob.tenant_id == tenant_id
            )
        ).one()
        quota = self.settings.evidence_quota_bytes
        if int(used) + size > quota:
            raise InsufficientStorage(
                f"The firm's evidence storage is full ({int(used)} of {quota} bytes used); "
                "delete evidence no longer needed or ask for a larger quota."
            )
        self.store.put(tenant_id, sha256, content)
        self.session.add(
            EvidenceBlob(
                tenant_id=tenant_id, sha256=sha256, size=size, media_type=file_type.media_type
            )
        )
        return True

    # -- reading -----------------------------------------------------------------------

    def assessment(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID) -> Assessment:
        row = self.session.exec(
            select(Assessment).where(
                Assessment.id == assessment_id, Assessment.tenant_id == tenant_id
            )
        ).first()
        if row is None:
            raise NotFound(f"No assessment {assessment_id}.")
        return row

    def list(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID) -> list[Evidence]:
        self.assessment(tenant_id, assessment_id)
        return list(
            self.session.exec(
                select(Evidence)
                .where(Evidence.tenant_id == tenant_id, Evidence.assessment_id == assessment_id)
                .order_by(Evidence.created_at, Evidence.id)
            )
        )

    def get(self, tenant_id: uuid.UUID, assessment_id: uuid.UUID, evidence_id: uuid.UUID):
        row = self.session.exec(
            select(Evidence).where(
                Evidence.id == evidence_id,
                Evidence.tenant_id == tenant_id,
                Evidence.assessment_id == assessment_id,
            )
        ).first()
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
            self.session.delete(row)
        self.session.commit()
        release_blobs(self.session, self.store, tenant_id, digests)


def release_blobs(session: Session, store: BlobStore, tenant_id: uuid.UUID, digests) -> None:
    """Erase the blobs among ``digests`` that no evidence record of the tenant uses."""
    for sha256 in digests:
        used = session.exec(
            select(Evidence.id).where(Evidence.tenant_id == tenant_id, Evidence.sha256 == sha256)
        ).first()
        if used is not None:
            continue
        blob = session.get(EvidenceBlob, (tenant_id, sha256))
        if blob is not None:
            session.delete(blob)
            session.commit()
        store.delete(tenant_id, sha256)


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


# -- analysis (inline or in the background: the same function) -------------------------


def run_analysis(engine: Engine, store: BlobStore, settings: Settings, evidence_id: uuid.UUID):
    """Analyse one stored file and record the result (or the failure) on its record."""
    with Session(engine, expire_on_commit=False) as session:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None:  # deleted meanwhile
            return
        try:
            _analyse_into(session, store, settings, evidence)
        except Exception as exc:
            session.rollback()
            evidence = session.get(Evidence, evidence_id)
            if evidence is None:
                return
            evidence.status = FAILED
            evidence.failure = (
                str(exc)[:500]
                if isinstance(exc, Hostile)
                else f"analysis error ({type(exc).__name__})"
            )
            evidence.analysed_at = datetime.now(UTC)
            session.add(evidence)
            session.commit()
            log.warning("evidence %s: analysis failed (%s)", evidence_id, type(exc).__name__)


def _analyse_into(session: Session, store: BlobStore, settings: Settings, evidence: Evidence):
    tenant_id = evidence.tenant_id
    assessment = session.get(Assessment, evidence.assessment_id)
    revision = session.get(AssessmentRevision, (assessment.id, assessment.revision))
    counterparts = []
    if evidence.kind in IMAGE_KINDS:
        earlier = session.exec(
            select(Evidence).where(
                Evidence.tenant_id == tenant_id,
                Evidence.assessment_id == evidence.assessment_id,
                Evidence.kind.in_(IMAGE_KINDS),
                Evidence.kind != evidence.kind,
                Evidence.created_at <= evidence.created_at,
                Evidence.id != evidence.id,
            )
        ).all()
        counterparts = [
            Counterpart(str(e.id), e.kind, store.read(tenant_id, e.sha256), type_of(e))
            for e in earlier
        ]
    session.rollback()  # no connection held while computing
    data = store.read(tenant_id, evidence.sha256)
    result = analyse(
        str(evidence.id),
        evidence.kind,
        data,
        type_of(evidence),
        revision.claim if revision else {},
        counterparts,
        limits_of(settings),
    )
    evidence = session.get(Evidence, evidence.id)
    if evidence is None:
        return
    if result.overlay and result.match:
        overlay = _keep_overlay(
            session, store, settings, evidence, result.match["against"], result.overlay
        )
        result.match["overlay_evidence_id"] = str(overlay.id) if overlay else None
    evidence.facts = result.facts
    evidence.notes = result.notes
    evidence.proposals = result.proposals
    evidence.match = result.match
    evidence.status = ANALYSED
    evidence.analysed_at = datetime.now(UTC)
    session.add(evidence)
    session.commit()


def _keep_overlay(session, store, settings, evidence: Evidence, against: str, png: bytes):
    """The comparison picture as derived evidence (skipped when the quota is used up)."""
    sha256 = hashlib.sha256(png).hexdigest()
    service = EvidenceService(session, store, settings)
    try:
        service._keep_blob(evidence.tenant_id, sha256, len(png), PNG, io.BytesIO(png))
    except InsufficientStorage:
        return None
    overlay = Evidence(
        tenant_id=evidence.tenant_id,
        assessment_id=evidence.assessment_id,
        kind=OVERLAY_KIND,
        filename="comparison-overlay.png",
        media_type=PNG.media_type,
        size=len(png),
        sha256=sha256,
        status=ANALYSED,
        derived_from=[against, str(evidence.id)],
        analysed_at=datetime.now(UTC),
    )
    session.add(overlay)
    return overlay
