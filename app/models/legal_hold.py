"""Legal holds (Art. 17(3)(e) GDPR): matters kept for the establishment, exercise or
defence of legal claims, which neither erasure nor the retention purge may remove."""

import uuid
from datetime import datetime

from sqlalchemy import Column, ForeignKey, UniqueConstraint, Uuid
from sqlmodel import Field, SQLModel

from app.models.types import Timestamp, utcnow


class LegalHold(SQLModel, table=True):
    """A hold on every assessment with the firm's ``external_ref`` (present or future),
    or on one assessment."""

    __tablename__ = "legal_hold"
    __table_args__ = (
        UniqueConstraint("tenant_id", "external_ref", name="uq_legal_hold_ref"),
        UniqueConstraint("tenant_id", "assessment_id", name="uq_legal_hold_assessment"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), nullable=False)
    )
    external_ref: str | None = Field(default=None, max_length=200)
    assessment_id: uuid.UUID | None = Field(
        default=None,
        sa_column=Column(Uuid, ForeignKey("assessment.id", ondelete="CASCADE"), nullable=True),
    )
    reason: str | None = Field(default=None, max_length=500)
    api_key_id: uuid.UUID | None = None
    created_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)
