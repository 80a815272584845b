"""Analysis of a stored file, during the upload or as a job of the project's queue
(``evidence.analyse``): the same function, so the result is the same either way. Failures
are recorded on the evidence (its status ``failed`` with a reason that quotes no content),
never logged with content. ``evidence.resume`` is a periodic sweep that queues again the
analyses a stopped in-process queue dropped (procrastinate keeps its jobs across restarts).
"""

from __future__ import annotations

import hashlib
import io
import logging
import uuid
import weakref
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session

from app.core.config import Settings
from app.core.errors import InsufficientStorage
from app.models import Assessment, AssessmentRevision, Evidence
from app.repositories.evidence import EvidenceRepository, pending_analyses
from app.services import outbox
from app.services.evidence.analysis import IMAGE_KINDS, Counterpart, analyse
from app.services.evidence.safety import Hostile
from app.services.evidence.service import (
    ANALYSE,
    ANALYSED,
    ANALYSING,
    FAILED,
    OVERLAY_KIND,
    EvidenceService,
    event_data,
    job_lock,
    limits_of,
    type_of,
)
from app.services.evidence.sniff import PNG
from app.services.evidence.store import BlobStore, open_store
from app.services.jobs import JobContext, task

log = logging.getLogger("riposte.evidence")
RESUME = "evidence.resume"
RESUME_EVERY_SECONDS = 60
STALE_AFTER = timedelta(minutes=2)
"""An analysis still running after this is taken for lost (the longest, a comparison of
two large images under the PDF and pixel limits, takes a few seconds)."""

_stores: weakref.WeakKeyDictionary[Engine, BlobStore] = weakref.WeakKeyDictionary()


def use_store(engine: Engine, store: BlobStore) -> BlobStore:
    """The store that jobs on ``engine`` read from (the app's; a worker opens its own)."""
    _stores[engine] = store
    return store


def store_for(context: JobContext) -> BlobStore:
    store = _stores.get(context.engine)
    if store is None:
        settings = context.settings
        store = use_store(
            context.engine,
            open_store(
                settings.evidence_store,
                endpoint_url=settings.evidence_s3_endpoint_url,
                region=settings.evidence_s3_region,
            ),
        )
    return store


@task(ANALYSE)
def analyse_job(payload: dict[str, Any], context: JobContext) -> None:
    evidence_id = uuid.UUID(payload["evidence_id"])
    run_analysis(context.engine, store_for(context), context.settings, evidence_id)


@task(RESUME, every_seconds=RESUME_EVERY_SECONDS)
def resume_job(payload: dict[str, Any], context: JobContext) -> None:
    resume_pending(context, started_before=datetime.now(UTC) - STALE_AFTER)


def run_analysis(engine: Engine, store: BlobStore, settings: Settings, evidence_id: uuid.UUID):
    """Analyse one stored file and record the result (or the failure) on its record, with
    its ``evidence.analysed`` event in the same transaction. A file already analysed, or
    deleted meanwhile, is left alone (a job may run twice)."""
    with Session(engine, expire_on_commit=False) as session:
        evidence = session.get(Evidence, evidence_id)
        if evidence is None or evidence.status != ANALYSING:
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
            _analysed_event(session, evidence)
            session.commit()
            log.warning("evidence %s: analysis failed (%s)", evidence_id, type(exc).__name__)


def _analysed_event(session: Session, evidence: Evidence) -> None:
    outbox.emit(
        session,
        evidence.tenant_id,
        "evidence.analysed",
        {**event_data(evidence), "proposals": len(evidence.proposals or [])},
        subject_id=evidence.id,
    )


def resume_pending(context: JobContext, *, started_before: datetime | None = None) -> int:
    """Queue again the analyses left unfinished (each at most once in the queue)."""
    queue = context.queue
    if queue is None:
        return 0
    try:
        with context.session() as session:
            pending = pending_analyses(session, started_before or datetime.now(UTC))
    except SQLAlchemyError as exc:  # a database not migrated yet has nothing to resume
        log.warning("evidence: unfinished analyses not resumed (%s)", type(exc).__name__)
        return 0
    for evidence_id in pending:
        queue.enqueue(ANALYSE, {"evidence_id": str(evidence_id)}, lock=job_lock(evidence_id))
    return len(pending)


def _analyse_into(session: Session, store: BlobStore, settings: Settings, evidence: Evidence):
    tenant_id = evidence.tenant_id
    assessment = session.get(Assessment, evidence.assessment_id)
    revision = session.get(AssessmentRevision, (assessment.id, assessment.revision))
    counterparts = []
    if evidence.kind in IMAGE_KINDS:
        earlier = EvidenceRepository(session, tenant_id).images_to_compare(
            evidence, earlier_only=True
        )
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
    if evidence is None or evidence.status != ANALYSING:
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
    _analysed_event(session, evidence)
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
