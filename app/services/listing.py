"""Listing assessments: filters on indexed columns, newest first, opaque cursors."""

from __future__ import annotations

import base64
import binascii
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from app.core.errors import InvalidInput
from app.models import Assessment
from app.repositories.assessments import AssessmentRepository, PageQuery, naive_utc


@dataclass(frozen=True, slots=True)
class ListFilters:
    external_ref: str | None = None
    agency: str | None = None
    rights_holder: str | None = None
    recommendation: str | None = None
    created_after: datetime | None = None
    created_before: datetime | None = None


def encode_cursor(created_at: datetime, assessment_id: uuid.UUID) -> str:
    raw = f"{naive_utc(created_at).isoformat()}|{assessment_id.hex}".encode()
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


def list_assessments(
    session: Session,
    tenant_id: uuid.UUID,
    filters: ListFilters,
    *,
    limit: int,
    cursor: str | None,
) -> tuple[list[Assessment], str | None]:
    wanted = PageQuery(
        external_ref=filters.external_ref,
        agency=filters.agency,
        rights_holder_key=(
            filters.rights_holder.strip().casefold() if filters.rights_holder is not None else None
        ),
        recommendation=filters.recommendation,
        created_after=filters.created_after,
        created_before=filters.created_before,
        after=decode_cursor(cursor) if cursor else None,
    )
    rows = AssessmentRepository(session, tenant_id).page(wanted, limit + 1)
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        last = rows[-1]
        next_cursor = encode_cursor(last.created_at, last.id)
    return rows, next_cursor
