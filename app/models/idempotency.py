"""Idempotency keys of POST requests, kept at least 24 hours; the body a retry replays is
kept compressed (an assessment is about 50 KB of JSON, a few KB compressed)."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Uuid
from sqlmodel import Field, SQLModel

from app.models.types import CompressedJSON, Timestamp, utcnow


class IdempotencyRecord(SQLModel, table=True):
    __tablename__ = "idempotency_record"

    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), primary_key=True)
    )
    key: str = Field(primary_key=True, max_length=255)
    request_hash: str = Field(max_length=64)
    state: str = Field(max_length=20)
    response_body: dict[str, Any] | None = Field(default=None, sa_type=CompressedJSON)
    assessment_id: uuid.UUID | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp, index=True)
