"""The audit log in the database: a firm's rows (filtered, newest first), the rows written
after the answer, and the erasure of a matter's identifiers."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import tuple_, update
from sqlmodel import Session, select

from app.models import Assessment, AuditEvent
from app.repositories.assessments import IN_LIST_CHUNK, naive_utc
from app.repositories.prepared import RowInsert

NEW_ROW = RowInsert(AuditEvent.__table__)
"""Compiled once: every write request adds its row (``app.repositories.prepared``); a
one-row ``executemany`` through the session cost more than the INSERT itself."""


def add(session: Session, values: dict[str, Any]) -> None:
    """Write one row in the caller's transaction now (a Core statement on its connection)."""
    NEW_ROW.execute(session.connection(), values)


@dataclass(frozen=True, slots=True)
class AuditQuery:
    api_key_id: uuid.UUID | None = None
    assessment_id: uuid.UUID | None = None
    action: str | None = None
    operation: str | None = None
    occurred_after: datetime | None = None
    occurred_before: datetime | None = None
    after: tuple[datetime, uuid.UUID] | None = None


def _moment(session: Session, moment: datetime) -> datetime:
    naive = naive_utc(moment)
    if session.get_bind().dialect.name == "postgresql":
        return naive.replace(tzinfo=UTC)
    return naive


def page(session: Session, tenant_id: uuid.UUID, wanted: AuditQuery, limit: int):
    query = select(AuditEvent).where(AuditEvent.tenant_id == tenant_id)
    for column, value in (
        (AuditEvent.api_key_id, wanted.api_key_id),
        (AuditEvent.assessment_id, wanted.assessment_id),
        (AuditEvent.action, wanted.action),
        (AuditEvent.operation, wanted.operation),
    ):
        if value is not None:
            query = query.where(column == value)
    if wanted.occurred_after is not None:
        query = query.where(AuditEvent.occurred_at > _moment(session, wanted.occurred_after))
    if wanted.occurred_before is not None:
        query = query.where(AuditEvent.occurred_at < _moment(session, wanted.occurred_before))
    if wanted.after is not None:
        stamp, ident = wanted.after
        query = query.where(
            tuple_(AuditEvent.occurred_at, AuditEvent.id) < (_moment(session, stamp), ident)
        )
    query = query.order_by(AuditEvent.occurred_at.desc(), AuditEvent.id.desc()).limit(limit)
    return list(session.exec(query))


def forget(session: Session, tenant_id: uuid.UUID, assessment_ids: Iterable[uuid.UUID]) -> int:
    """Remove the identifiers of these assessments (and of their files, drafts...) from the
    firm's rows; returns how many rows changed."""
    ids = list(assessment_ids)
    changed = 0
    for start in range(0, len(ids), IN_LIST_CHUNK):
        result = session.exec(
            update(AuditEvent)
            .where(
                AuditEvent.tenant_id == tenant_id,
                AuditEvent.assessment_id.in_(ids[start : start + IN_LIST_CHUNK]),
            )
            .values(assessment_id=None, resource_id=None, subject_erased=True)
        )
        changed += result.rowcount or 0
    return changed


def add_reads(session: Session, rows: list[AuditEvent]) -> None:
    """Add rows written after the answer. A row naming an assessment its firm no longer has
    (erased meanwhile, or never had: a 404) loses the identifiers; the assessments found
    are locked against erasure until the commit (PostgreSQL), so none is erased between
    this check and the insert."""
    ids = list({row.assessment_id for row in rows if row.assessment_id is not None})
    existing: set[tuple[uuid.UUID, uuid.UUID]] = set()
    for start in range(0, len(ids), IN_LIST_CHUNK):
        existing.update(
            tuple(found)
            for found in session.exec(
                select(Assessment.id, Assessment.tenant_id)
                .where(Assessment.id.in_(ids[start : start + IN_LIST_CHUNK]))
                .with_for_update(read=True)
            )
        )
    for row in rows:
        if row.assessment_id is not None and (row.assessment_id, row.tenant_id) not in existing:
            row.assessment_id = None
            row.resource_id = None
            row.subject_erased = row.status is not None and row.status < 400
        session.add(row)
