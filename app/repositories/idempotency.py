"""Idempotency keys in the database: one firm's keys, and the operator's purge."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import delete, update
from sqlmodel import Session

from app.models import IdempotencyRecord
from app.repositories.dialect import insert_if_absent


class IdempotencyRepository:
    def __init__(self, session: Session, tenant_id: uuid.UUID) -> None:
        self.session = session
        self.tenant_id = tenant_id

    def get(self, key: str) -> IdempotencyRecord | None:
        return self.session.get(IdempotencyRecord, (self.tenant_id, key))

    def add(self, key: str, fingerprint: str, state: str) -> None:
        self.session.add(
            IdempotencyRecord(
                tenant_id=self.tenant_id, key=key, request_hash=fingerprint, state=state
            )
        )

    def add_if_absent(self, key: str, fingerprint: str, state: str, now: datetime) -> bool:
        """Reserve ``key`` unless it is taken, in one statement (no unique violation when
        two requests race); True when this call reserved it."""
        values = {
            "tenant_id": self.tenant_id,
            "key": key,
            "request_hash": fingerprint,
            "state": state,
            "created_at": now,
        }
        return insert_if_absent(self.session, IdempotencyRecord, values)

    def take_over(
        self, key: str, seen: IdempotencyRecord, fingerprint: str, state: str, now: datetime
    ) -> bool:
        """Take an abandoned key, unless another retry took it since it was read."""
        result = self.session.exec(
            update(IdempotencyRecord)
            .where(
                IdempotencyRecord.tenant_id == self.tenant_id,
                IdempotencyRecord.key == key,
                IdempotencyRecord.state == seen.state,
                IdempotencyRecord.created_at == seen.created_at,
            )
            .values(request_hash=fingerprint, state=state, created_at=now, response_body=None)
        )
        return result.rowcount == 1

    def complete(
        self, key: str, state: str, body: dict[str, Any], assessment_id: uuid.UUID | None
    ) -> None:
        """Keep the body to replay with the key, in the caller's transaction (one statement,
        nothing read first)."""
        self.session.exec(
            update(IdempotencyRecord)
            .where(IdempotencyRecord.tenant_id == self.tenant_id, IdempotencyRecord.key == key)
            .values(state=state, response_body=body, assessment_id=assessment_id)
        )

    def remove(self, key: str) -> None:
        self.session.exec(
            delete(IdempotencyRecord).where(
                IdempotencyRecord.tenant_id == self.tenant_id, IdempotencyRecord.key == key
            )
        )


def purge_older_than(session: Session, cutoff: datetime) -> int:
    """Forget every firm's keys created before ``cutoff`` (the operator's clean-up)."""
    result = session.exec(delete(IdempotencyRecord).where(IdempotencyRecord.created_at < cutoff))
    return result.rowcount or 0
