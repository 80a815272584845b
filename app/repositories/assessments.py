"""The assessment aggregate (an assessment, its revisions and its outcome) in the database.

``AssessmentRepository(session, tenant_id)`` is the only place where the queries of this
aggregate and the tenant condition are written (after Polar's ``RepositoryBase``): every
read goes through ``_scoped``, so one firm never reaches another's rows. ``AcrossTenants``
serves the operator's re-evaluation, which works on every firm by design.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, bindparam, delete, func, insert, or_, tuple_, update
from sqlalchemy import select as sa_select
from sqlmodel import Session, select

from app.models import (
    Assessment,
    AssessmentRevision,
    Draft,
    Evidence,
    IdempotencyRecord,
    Outcome,
)
from app.repositories.dialect import insert_if_absent
from app.repositories.prepared import RowInsert

IN_LIST_CHUNK = 900
"""Ids per ``IN (...)`` list: well under SQLite's limit of bound parameters."""


_OUTCOMES = Outcome.__table__.c
FIRM_OUTCOMES = sa_select(_OUTCOMES.assessment_id, _OUTCOMES.kind, _OUTCOMES.amount_paid).where(
    _OUTCOMES.tenant_id == bindparam("tenant_id")
)
"""A firm's outcomes, built once: every create reads them, and building the statement
(and its cache key) anew cost more than running it. A Core select of the table's columns,
run on the session's connection: the ORM's compile and result layers cost more than the
query itself."""


NEW_ASSESSMENT = RowInsert(Assessment.__table__)
NEW_REVISION = RowInsert(AssessmentRevision.__table__)


@dataclass(frozen=True, slots=True)
class PageQuery:
    """Filters on indexed columns, newest first, after the keyset ``after``."""

    external_ref: str | None = None
    agency: str | None = None
    rights_holder_key: str | None = None
    recommendation: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    updated_after: datetime | None = None
    after: tuple[datetime, uuid.UUID] | None = None


def naive_utc(moment: datetime) -> datetime:
    """Timestamps compare as naive UTC, which both SQLite and PostgreSQL store faithfully."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


class AssessmentRepository:
    def __init__(self, session: Session, tenant_id: uuid.UUID) -> None:
        self.session = session
        self.tenant_id = tenant_id

    def _scoped(self, *columns: Any):
        """A query of this firm's assessments (of ``columns``, or whole rows)."""
        query = select(*columns) if columns else select(Assessment)
        if columns:
            query = query.select_from(Assessment)
        return query.where(Assessment.tenant_id == self.tenant_id)

    def _moment(self, moment: datetime) -> datetime:
        """A bound for ``created_at`` as the database compares it."""
        naive = naive_utc(moment)
        if self.session.get_bind().dialect.name == "postgresql":
            return naive.replace(tzinfo=UTC)
        return naive

    def get(self, assessment_id: uuid.UUID) -> Assessment | None:
        return self.session.exec(self._scoped().where(Assessment.id == assessment_id)).first()

    def with_ref(self, external_ref: str) -> list[Assessment]:
        """The firm's assessments of one matter (its reference in the practice software),
        oldest first."""
        return list(
            self.session.exec(
                self._scoped()
                .where(Assessment.external_ref == external_ref)
                .order_by(Assessment.created_at, Assessment.id)
            )
        )

    def all(self) -> list[Assessment]:
        """Every assessment of the firm, oldest first (exports, the retention purge)."""
        return list(
            self.session.exec(self._scoped().order_by(Assessment.created_at, Assessment.id))
        )

    def revision(self, assessment: Assessment, number: int) -> AssessmentRevision | None:
        """A revision of an assessment already read through this repository."""
        self._check(assessment)
        return self.session.get(AssessmentRevision, (assessment.id, number))

    def revisions(self, assessment: Assessment) -> list[AssessmentRevision]:
        self._check(assessment)
        return list(
            self.session.exec(
                select(AssessmentRevision)
                .where(AssessmentRevision.assessment_id == assessment.id)
                .order_by(AssessmentRevision.revision)
            )
        )

    def outcome(self, assessment: Assessment) -> Outcome | None:
        self._check(assessment)
        return self.session.get(Outcome, assessment.id)

    def put_outcome(self, assessment: Assessment, values: dict[str, Any]) -> tuple[bool, Outcome]:
        """Record or replace the matter's outcome in the caller's transaction, racing
        writers included: the first is inserted if absent (one statement), the others
        update it. Returns (created, the row as stored)."""
        self._check(assessment)
        key = {"assessment_id": assessment.id, "tenant_id": self.tenant_id}
        created = insert_if_absent(self.session, Outcome, {**key, **values})
        if not created:
            self.session.exec(
                update(Outcome)
                .where(Outcome.assessment_id == assessment.id, Outcome.tenant_id == self.tenant_id)
                .values(**values)
            )
        row = self.session.get(Outcome, assessment.id, populate_existing=True)
        return created, row

    def insert_new(self, assessment: dict[str, Any], revision: dict[str, Any]) -> None:
        """Write a new assessment and its first revision, as two Core statements in the
        caller's transaction (no unit of work: the rows are built whole by the service);
        both belong to this firm whatever the values say."""
        connection = self.session.connection()
        NEW_ASSESSMENT.execute(connection, {**assessment, "tenant_id": self.tenant_id})
        NEW_REVISION.execute(
            connection,
            {**revision, "assessment_id": assessment["id"], "tenant_id": self.tenant_id},
        )

    def advance(
        self,
        assessment_id: uuid.UUID,
        seen: int,
        number: int,
        now: datetime,
        columns: dict[str, Any],
    ) -> bool:
        """Move the assessment from revision ``seen`` to ``number`` unless someone else
        moved it first."""
        changed = self.session.exec(
            update(Assessment)
            .where(
                Assessment.id == assessment_id,
                Assessment.tenant_id == self.tenant_id,
                Assessment.revision == seen,
            )
            .values(revision=number, updated_at=now, **columns)
        )
        return changed.rowcount == 1

    def erase(self, assessment: Assessment) -> set[str]:
        """Delete the assessment with its revisions, outcome, evidence records, drafts and
        replayable responses; returns the digests of the evidence blobs it referenced."""
        self._check(assessment)
        session = self.session
        digests = set(
            session.exec(select(Evidence.sha256).where(Evidence.assessment_id == assessment.id))
        )
        for table, column in (
            (Evidence, Evidence.assessment_id),
            (Draft, Draft.assessment_id),
            (AssessmentRevision, AssessmentRevision.assessment_id),
            (Outcome, Outcome.assessment_id),
            (IdempotencyRecord, IdempotencyRecord.assessment_id),
        ):
            session.exec(delete(table).where(column == assessment.id))
        session.delete(assessment)
        return digests

    def page(self, wanted: PageQuery, limit: int) -> list[Assessment]:
        query = self._scoped()
        for column, value in (
            (Assessment.external_ref, wanted.external_ref),
            (Assessment.agency, wanted.agency),
            (Assessment.rights_holder_key, wanted.rights_holder_key),
            (Assessment.recommendation, wanted.recommendation),
        ):
            if value is not None:
                query = query.where(column == value)
        if wanted.created_after is not None:
            query = query.where(Assessment.created_at > self._moment(wanted.created_after))
        if wanted.created_before is not None:
            query = query.where(Assessment.created_at < self._moment(wanted.created_before))
        if wanted.updated_after is not None:
            query = query.where(Assessment.updated_at > self._moment(wanted.updated_after))
        if wanted.after is not None:
            stamp, ident = wanted.after
            query = query.where(
                tuple_(Assessment.created_at, Assessment.id) < (self._moment(stamp), ident)
            )
        query = query.order_by(Assessment.created_at.desc(), Assessment.id.desc()).limit(limit)
        return list(self.session.exec(query))

    def deadlines(self) -> list[tuple[Any, ...]]:
        """(id, external ref, agency, reply deadline, limitation expiry, revision, updated
        at) of this firm's assessments with either date, soonest reply deadline first."""
        return list(
            self.session.exec(
                self._scoped(
                    Assessment.id,
                    Assessment.external_ref,
                    Assessment.agency,
                    Assessment.response_deadline,
                    Assessment.limitation_expiry,
                    Assessment.revision,
                    Assessment.updated_at,
                )
                .where(
                    or_(
                        Assessment.response_deadline.is_not(None),
                        Assessment.limitation_expiry.is_not(None),
                    )
                )
                .order_by(Assessment.response_deadline, Assessment.id)
            ).all()
        )

    def outcomes_with(self, agency: str) -> list[tuple[Any, str, Any]]:
        """(amount demanded, outcome kind, amount paid) of this firm's ended matters with
        ``agency``. Read from the firm's outcomes first: every create asks, and a firm with
        thousands of running matters with one agency has few ended ones to look at."""
        if self.session.new or self.session.dirty or self.session.deleted:
            self.session.flush()  # what the session's own execute would have autoflushed
        connection = self.session.connection()
        outcomes = connection.execute(FIRM_OUTCOMES, {"tenant_id": self.tenant_id}).all()
        demanded: dict[uuid.UUID, Any] = {}
        ids = [row[0] for row in outcomes]
        for start in range(0, len(ids), IN_LIST_CHUNK):
            chunk = ids[start : start + IN_LIST_CHUNK]
            demanded.update(
                self.session.exec(
                    self._scoped(Assessment.id, Assessment.amount_demanded).where(
                        Assessment.agency == agency, Assessment.id.in_(chunk)
                    )
                ).all()
            )
        return [(demanded[a], kind, paid) for a, kind, paid in outcomes if a in demanded]

    def matters_by(self, group_by: str) -> list[tuple[Any, ...]]:
        """(key, currency, demanded, outcome kind, paid) of every matter of this firm,
        keyed by agency or by rights holder; outcome columns are None while it runs."""
        key = Assessment.agency if group_by == "agency" else Assessment.rights_holder_key
        return list(
            self.session.exec(
                self._scoped(
                    key,
                    Assessment.currency,
                    Assessment.amount_demanded,
                    Outcome.kind,
                    Outcome.amount_paid,
                ).join(Outcome, Outcome.assessment_id == Assessment.id, isouter=True)
            ).all()
        )

    def _check(self, assessment: Assessment) -> None:
        if assessment.tenant_id != self.tenant_id:
            raise PermissionError("an assessment of another firm")


class AcrossTenants:
    """The operator's view for re-evaluation: every firm's assessments, by id."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def _current(self, *columns: Any):
        return select(*columns).join(
            AssessmentRevision,
            and_(
                AssessmentRevision.assessment_id == Assessment.id,
                AssessmentRevision.revision == Assessment.revision,
            ),
        )

    def stale_ids(self, digest: str, tenant_id: uuid.UUID | None = None) -> list[uuid.UUID]:
        """Assessments whose current revision was computed by another rulebook."""
        query = (
            self._current(Assessment.id)
            .where(AssessmentRevision.rulebook_digest != digest)
            .order_by(Assessment.id)
        )
        if tenant_id is not None:
            query = query.where(Assessment.tenant_id == tenant_id)
        return list(self.session.exec(query))

    def count_stale(self, digest: str, tenant_id: uuid.UUID | None = None) -> int:
        query = (
            select(func.count())
            .select_from(Assessment)
            .join(
                AssessmentRevision,
                and_(
                    AssessmentRevision.assessment_id == Assessment.id,
                    AssessmentRevision.revision == Assessment.revision,
                ),
            )
            .where(AssessmentRevision.rulebook_digest != digest)
        )
        if tenant_id is not None:
            query = query.where(Assessment.tenant_id == tenant_id)
        return self.session.exec(query).one()

    def stale_with_claim(self, ids: Iterable[uuid.UUID], digest: str) -> list[Any]:
        """Rows (id, tenant_id, revision, recommendation, claim) of those of ``ids`` whose
        current revision another rulebook computed, with that revision's claim: one
        statement, no ORM objects; the stored result and trace are not read."""
        query = (
            self._current(
                Assessment.id,
                Assessment.tenant_id,
                Assessment.revision,
                Assessment.recommendation,
                AssessmentRevision.claim,
            )
            .where(Assessment.id.in_(list(ids)), AssessmentRevision.rulebook_digest != digest)
            .order_by(Assessment.id)
        )
        return list(self.session.exec(query).all())

    def append_revisions(
        self, revisions: list[dict[str, Any]], moves: list[dict[str, Any]]
    ) -> None:
        """Write new revisions (whole rows) and move their assessments to them, as two
        executemany Core statements in the caller's transaction. Each move names the
        assessment (``moved_id``) and its new columns. A revision someone else wrote
        meanwhile makes the insert fail on the primary key: nothing is written twice."""
        if not revisions:
            return
        self.session.execute(insert(AssessmentRevision.__table__), revisions)
        table = Assessment.__table__
        columns = [name for name in moves[0] if name != "moved_id"]
        statement = (
            update(table)
            .where(table.c.id == bindparam("moved_id"))
            .values({name: bindparam(name) for name in columns})
        )
        self.session.execute(statement, moves)

    def with_a_deadline_between(self, first: date, last: date) -> list[Assessment]:
        """Every firm's assessments whose reply deadline or limitation expiry falls in
        [first, last] (the deadline reminders)."""
        return list(
            self.session.exec(
                select(Assessment).where(
                    or_(
                        Assessment.response_deadline.between(first, last),
                        Assessment.limitation_expiry.between(first, last),
                    )
                )
            )
        )
