"""Change events, written in the same transaction as the change they describe (the
transactional outbox); a worker hands them on (webhooks) and marks them dispatched."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, Uuid
from sqlmodel import Field, SQLModel

from app.models.types import JSONDoc, Timestamp, utcnow


class OutboxEvent(SQLModel, table=True):
    __tablename__ = "outbox_event"
    __table_args__ = (
        Index("ix_outbox_event_pending", "dispatched_at", "occurred_at"),
        Index("ix_outbox_event_tenant", "tenant_id", "occurred_at"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), nullable=False)
    )
    type: str = Field(max_length=60)
    subject_id: uuid.UUID | None = Field(default=None, index=True)
    data: dict[str, Any] = Field(sa_type=JSONDoc)
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)
    dispatched_at: datetime | None = Field(default=None, sa_type=Timestamp)
