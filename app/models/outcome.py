"""How a matter ended, for the firm's history and statistics."""

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column, ForeignKey, Index, Numeric, Uuid
from sqlmodel import Field, SQLModel

from app.models.types import Timestamp, utcnow


class Outcome(SQLModel, table=True):
    __tablename__ = "outcome"
    __table_args__ = (Index("ix_outcome_tenant", "tenant_id"),)

    assessment_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True)
    )
    tenant_id: uuid.UUID = Field(sa_column=Column(Uuid, nullable=False))
    kind: str = Field(max_length=30)
    amount_paid: Decimal | None = Field(default=None, sa_type=Numeric(14, 2))
    currency: str | None = Field(default=None, max_length=3)
    ended_on: date
    note: str | None = Field(default=None, max_length=2000)
    recorded_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)
