"""The evidence aggregate (a case's files and the content-addressed blobs they point to) in
the database.

``EvidenceRepository(session, tenant_id)`` is the only place where the queries of this
aggregate and its tenant condition are written. ``pending_analyses`` serves the sweep that
re-queues unfinished analyses, which works across firms by design.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import func, update
from sqlmodel import Session, select

from app.models import Assessment, Evidence, EvidenceBlob, Tenant
from app.repositories.assessments import naive_utc

IMAGE_KINDS = ("client_image", "claimant_capture")


class EvidenceRepository:
    def __init__(self, session: Session, tenant_id: uuid.UUID) -> None:
        self.session = session
        self.tenant_id = tenant_id

    def _scoped(self):
        return select(Evidence).where(Evidence.tenant_id == self.tenant_id)

    def assessment(self, assessment_id: uuid.UUID) -> Assessment | None:
        return self.session.exec(
            select(Assessment).where(
                Assessment.id == assessment_id, Assessment.tenant_id == self.tenant_id
            )
        ).first()

    def of_assessment(self, assessment_id: uuid.UUID) -> list[Evidence]:
        return list(
            self.session.exec(
                self._scoped()
                .where(Evidence.assessment_id == assessment_id)
                .order_by(Evidence.created_at, Evidence.id)
            )
        )

    def get(self, assessment_id: uuid.UUID, evidence_id: uuid.UUID) -> Evidence | None:
        return self.session.exec(
            self._scoped().where(
                Evidence.id == evidence_id, Evidence.assessment_id == assessment_id
            )
        ).first()

    def images_to_compare(self, evidence: Evidence, *, earlier_only: bool) -> list[Evidence]:
        """The case's images of the other image kind (client image against capture)."""
        query = self._scoped().where(
            Evidence.assessment_id == evidence.assessment_id,
            Evidence.kind.in_(IMAGE_KINDS),
            Evidence.kind != evidence.kind,
            Evidence.id != evidence.id,
        )
        if earlier_only:
            query = query.where(Evidence.created_at <= evidence.created_at)
        return list(self.session.exec(query))

    # -- blobs and the quota -------------------------------------------------------------

    def blob(self, sha256: str) -> EvidenceBlob | None:
        return self.session.get(EvidenceBlob, (self.tenant_id, sha256))

    def lock_quota(self) -> None:
        """Take the firm's row lock for the rest of the transaction, so that uploads
        checking the quota run one after the other (PostgreSQL: a row lock; SQLite: the
        database's write lock, which a no-op update takes)."""
        self.session.exec(
            update(Tenant).where(Tenant.id == self.tenant_id).values(name=Tenant.name)
        )

    def used_bytes(self) -> int:
        used = self.session.exec(
            select(func.coalesce(func.sum(EvidenceBlob.size), 0)).where(
                EvidenceBlob.tenant_id == self.tenant_id
            )
        ).one()
        return int(used)

    def unused_digests(self, digests: Iterable[str]) -> list[str]:
        """Those of ``digests`` no evidence record of the firm points to."""
        wanted = set(digests)
        if not wanted:
            return []
        used = set(
            self.session.exec(
                select(Evidence.sha256).where(
                    Evidence.tenant_id == self.tenant_id, Evidence.sha256.in_(wanted)
                )
            )
        )
        return sorted(wanted - used)


def pending_analyses(session: Session, started_before: datetime, limit: int = 100):
    """Evidence of every firm still ``analysing`` since before ``started_before``."""
    started_before = naive_utc(started_before)
    if session.get_bind().dialect.name == "postgresql":
        started_before = started_before.replace(tzinfo=UTC)
    return list(
        session.exec(
            select(Evidence.id)
            .where(Evidence.status == "analysing", Evidence.created_at < started_before)
            .order_by(Evidence.created_at)
            .limit(limit)
        )
    )
