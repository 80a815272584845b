"""Analysis of a stored file, during the upload or in the background: the same function,
so the result is the same either way. Failures are recorded on the evidence (its status
``failed`` with a reason that quotes no content), never logged with content.
"""

from __future__ import annotations

import hashlib
import io
import logging
import uuid
from datetime import UTC, datetime

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, select

from app.core.config import Settings
from app.core.errors import InsufficientStorage
from app.models import Assessment, AssessmentRevision, Evidence
from app.services.evidence.analysis import IMAGE_KINDS, Counterpart, analyse
from app.services.evidence.safety import Hostile
from app.services.evidence.service import (
    ANALYSED,
    ANALYSING,
    FAILED,
    OVERLAY_KIND,
    EvidenceService,
    limits_of,
    type_of,
)
from app.services.evidence.sniff import PNG
from app.services.evidence.store import BlobStore

log = logging.getLogger("riposte.evidence")


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


def resume_pending(engine: Engine, store: BlobStore, settings: Settings, runner) -> int:
    """Queue again the analyses a stopped process left unfinished."""
    try:
        with Session(engine) as session:
            pending = list(session.exec(select(Evidence.id).where(Evidence.status == ANALYSING)))
    except SQLAlchemyError as exc:  # a database not migrated yet has nothing to resume
        log.warning("evidence: unfinished analyses not resumed (%s)", type(exc).__name__)
        return 0
    for evidence_id in pending:
        runner.submit(run_analysis, engine, store, settings, evidence_id)
    return len(pending)


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
