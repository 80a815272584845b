"""The audit log: who (which API key, through the API or the review pages) read and wrote
what and when. A row holds identifiers and the route template only: never a body, a query
string, claim contents or party names."""

import uuid
from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Uuid
from sqlmodel import Field, SQLModel

from app.models.types import Timestamp, utcnow


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_event"
    __table_args__ = (
        Index("ix_audit_event_tenant_time", "tenant_id", "occurred_at", "id"),
        Index("ix_audit_event_tenant_assessment", "tenant_id", "assessment_id"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), nullable=False)
    )
    occurred_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)
    actor: str = Field(max_length=20, description="api_key, web_session or operator")
    api_key_id: uuid.UUID | None = None
    action: str = Field(max_length=10, description="read, write or export")
    operation: str = Field(max_length=80)
    method: str = Field(max_length=10)
    route: str = Field(max_length=200, description="The route template, never the URL.")
    status: int | None = Field(default=None, description="Of reads; a write row is committed.")
    assessment_id: uuid.UUID | None = None
    resource_type: str | None = Field(default=None, max_length=40)
    resource_id: uuid.UUID | None = None
    request_id: str | None = Field(default=None, max_length=64)
    subject_erased: bool = Field(
        default=False, description="The matter was erased: its identifiers were removed."
    )
