"""Listing assessments: filters on indexed columns, newest first, opaque cursors."""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import tuple_
from sqlmodel import Session, select

from app.core.errors import InvalidInput
from app.models import Assessment


@dataclass(frozen=True, slots=True)
class ListFilters:
    external_ref: str | None = None
    agency: str | None = None
    rights_holder: str | None = None
    recommendation: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None
    updated_after: datetime | None = None


def encode_cursor(created_at: datetime, assessment_id: uuid.UUID) -> str:
    raw = f"{_naive_utc(created_at).isoformat()}|{assessment_id.hex}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        stamp, ident = base64.urlsafe_b64decode(padded.encode()).decode().split("|")
        return datetime.fromisoformat(stamp), uuid.UUID(hex=ident)
    except (ValueError, binascii.Error, UnicodeDecodeError) as exc:
        raise InvalidInput(
            "The cursor is not one this API issued.",
            errors=[{"pointer": "/cursor", "detail": "invalid cursor"}],
        ) from exc


def _naive_utc(moment: datetime) -> datetime:
    """Timestamps compare as naive UTC, which both SQLite and PostgreSQL store faithfully."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def _bound(moment: datetime, session: Session) -> datetime:
    naive = _naive_utc(moment)
    if session.get_bind().dialect.name == "postgresql":
        return naive.replace(tzinfo=UTC)
    return naive


def list_assessments(
    session: Session,
    tenant_id: uuid.UUID,
    filters: ListFilters,
    *,
    limit: int,
    cursor: str | None,
) -> tuple[list[Assessment], str | None]:
    query = select(Assessment).where(Assessment.tenant_id == tenant_id)
    if filters.external_ref is not None:
        query = query.where(Assessment.external_ref == filters.external_ref)
    if filters.agency is not None:
        query = query.where(Assessment.agency == filters.agency)
    if filters.rights_holder is not None:
        query = query.where(
            Assessment.rights_holder_key == filters.rights_holder.strip().casefold()
        )
    if filters.recommendation is not None:
        query = query.where(Assessment.recommendation == filters.recommendation)
    if filters.created_after is not None:
        query = query.where(Assessment.created_at > _bound(filters.created_after, session))
    if filters.updated_after is not None:
        query = query.where(Assessment.updated_at > _bound(filters.updated_after, session))
    if filters.created_before is not None:
        query = query.where(Assessment.created_at < _bound(filters.created_before, session))
    if cursor:
        stamp, ident = decode_cursor(cursor)
        query = query.where(
            tuple_(Assessment.created_at, Assessment.id) < (_bound(stamp, session), ident)
        )
    query = query.order_by(Assessment.created_at.desc(), Assessment.id.desc()).limit(limit + 1)
    rows = list(session.exec(query))
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = encode_cursor(last.created_at, last.id)
    return rows, next_cursor
