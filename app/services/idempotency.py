"""Idempotency keys for POST requests (Stripe semantics, IETF draft status codes).

The key is claimed in its own short transaction before the work starts, so that a
concurrent duplicate sees it and answers 409; the first response is stored with the work
in one transaction; a failed request releases the key so it can be retried.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app.core.errors import Conflict, InvalidInput
from app.models import IdempotencyRecord

IN_PROGRESS, COMPLETED = "in_progress", "completed"
ABANDONED_AFTER = timedelta(seconds=30)
"""An in-progress key older than this was left by a crash: a retry takes it over. Every
request finishes well within it (statement, pool and letter parsing budgets are shorter)."""


@dataclass(frozen=True, slots=True)
class Replay:
    status: int
    body: dict[str, Any]


def request_hash(method: str, path: str, payload: Any) -> str:
    canonical = orjson.dumps(payload, option=orjson.OPT_SORT_KEYS)
    return hashlib.sha256(f"{method} {path}\n".encode() + canonical).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


RETRY_SECONDS = 1  # the first request is being computed: retry in a moment


def _check_existing(record: IdempotencyRecord, fingerprint: str) -> Replay | None:
    if record.request_hash != fingerprint:
        raise InvalidInput(
            "This Idempotency-Key was already used with a different request body.",
            errors=[{"pointer": "/", "detail": "body differs from the first request"}],
        )
    if record.state == COMPLETED:
        return Replay(record.response_status or 200, record.response_body or {})
    age = datetime.now(UTC) - _aware(record.created_at)
    if age < ABANDONED_AFTER:
        raise in_progress((ABANDONED_AFTER - age).total_seconds())
    return None


def in_progress(wait_seconds: float = 1.0) -> Conflict:
    return Conflict(
        "A request with this Idempotency-Key is still being processed.",
        retry_after=max(1, math.ceil(wait_seconds)),
    )


def claim_key(session: Session, tenant_id: uuid.UUID, key: str, fingerprint: str) -> Replay | None:
    """Reserve ``key`` for this request, or return the first response to replay."""
    record = session.get(IdempotencyRecord, (tenant_id, key))
    if record is not None:
        replay = _check_existing(record, fingerprint)
        if replay is not None:
            return replay
        session.delete(record)
        session.commit()
    session.add(
        IdempotencyRecord(tenant_id=tenant_id, key=key, request_hash=fingerprint, state=IN_PROGRESS)
    )
    try:
        session.commit()
    except IntegrityError:
        session.rollback()
        record = session.get(IdempotencyRecord, (tenant_id, key))
        if record is None:
            raise in_progress() from None
        replay = _check_existing(record, fingerprint)
        if replay is None:
            raise in_progress() from None
        return replay
    return None


def complete(
    session: Session,
    tenant_id: uuid.UUID,
    key: str,
    status: int,
    body: dict[str, Any],
    assessment_id: uuid.UUID | None,
) -> None:
    """Record the response; the caller commits it together with the work."""
    record = session.get(IdempotencyRecord, (tenant_id, key))
    if record is None:
        return
    record.state = COMPLETED
    record.response_status = status
    record.response_body = body
    record.assessment_id = assessment_id
    session.add(record)


def release(session: Session, tenant_id: uuid.UUID, key: str) -> None:
    session.rollback()
    session.exec(
        delete(IdempotencyRecord).where(
            IdempotencyRecord.tenant_id == tenant_id, IdempotencyRecord.key == key
        )
    )
    session.commit()


def purge(session: Session, older_than_hours: int) -> int:
    cutoff = datetime.now(UTC) - timedelta(hours=older_than_hours)
    result = session.exec(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff))
    session.commit()
    return result.rowcount or 0
