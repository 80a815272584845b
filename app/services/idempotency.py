"""Idempotency keys for creations (Stripe semantics, IETF draft).

The key is claimed in its own short transaction before the work starts, so that a
concurrent duplicate is refused as a conflict; the created resource's body is stored with
the work in one transaction and a retry replays it; a failed request releases the key so
it can be retried. The layer above decides what a creation and a replay look like on the
wire.
"""

from __future__ import annotations

import hashlib
import math
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson
from sqlmodel import Session

from app.core.errors import Conflict, InvalidInput
from app.models import IdempotencyRecord
from app.repositories.idempotency import IdempotencyRepository, purge_older_than

IN_PROGRESS, COMPLETED = "in_progress", "completed"
ABANDONED_AFTER = timedelta(seconds=30)
"""An in-progress key older than this was left by a crash: a retry takes it over. Every
request finishes well within it (statement, pool and letter parsing budgets are shorter)."""


@dataclass(frozen=True, slots=True)
class Replay:
    """The body of the resource the first request created."""

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
        return Replay(record.response_body or {})
    age = datetime.now(UTC) - _aware(record.created_at)
    if age < ABANDONED_AFTER:
        raise in_progress((ABANDONED_AFTER - age).total_seconds())
    return None


def in_progress(wait_seconds: float = 1.0) -> Conflict:
    return Conflict(
        "A request with this Idempotency-Key is still being processed.",
        retry_after=max(1, math.ceil(wait_seconds)),
    )


def claim(session: Session, tenant_id: uuid.UUID, key: str, fingerprint: str) -> Replay | None:
    """Reserve ``key`` for this request, or return the first creation to replay. The key is
    inserted if absent and an abandoned one taken over by conditional statements, so that
    racing requests find one winner without a unique violation."""
    keys = IdempotencyRepository(session, tenant_id)
    now = datetime.now(UTC)
    reserved = keys.add_if_absent(key, fingerprint, IN_PROGRESS, now)
    session.commit()
    if reserved:
        return None
    record = keys.get(key)
    if record is None:  # released by its failed request meanwhile: retry at once
        raise in_progress()
    replay = _check_existing(record, fingerprint)
    if replay is not None:
        return replay
    taken = keys.take_over(key, record, fingerprint, IN_PROGRESS, now)
    session.commit()
    if not taken:
        raise in_progress()
    return None


def record(
    session: Session,
    tenant_id: uuid.UUID,
    key: str,
    body: dict[str, Any],
    assessment_id: uuid.UUID | None,
) -> None:
    """Keep the created resource's body; the caller commits it together with the work."""
    IdempotencyRepository(session, tenant_id).complete(key, COMPLETED, body, assessment_id)


def release(session: Session, tenant_id: uuid.UUID, key: str) -> None:
    session.rollback()
    IdempotencyRepository(session, tenant_id).remove(key)
    session.commit()


def purge(session: Session, older_than_hours: int) -> int:
    removed = purge_older_than(session, datetime.now(UTC) - timedelta(hours=older_than_hours))
    session.commit()
    return removed


# Transitional, for the evidence upload until it calls claim() and record(): it still
# passes and reads an HTTP status. Every idempotent request is a creation.
@dataclass(frozen=True, slots=True)
class _StatusReplay:
    status: int
    body: dict[str, Any]


def claim_key(
    session: Session, tenant_id: uuid.UUID, key: str, fingerprint: str
) -> _StatusReplay | None:
    replay = claim(session, tenant_id, key, fingerprint)
    return None if replay is None else _StatusReplay(201, replay.body)


def complete(
    session: Session,
    tenant_id: uuid.UUID,
    key: str,
    status: int,
    body: dict[str, Any],
    assessment_id: uuid.UUID | None,
) -> None:
    record(session, tenant_id, key, body, assessment_id)
