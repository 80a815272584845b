"""Assessments and their append-only revisions.

The columns lists filter on are real, indexed columns; the claim, result and trace of each
revision are JSON documents kept exactly as computed, compressed (they are read whole,
never queried inside).
"""

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, Numeric, Uuid
from sqlmodel import Field, SQLModel

from app.models.types import CompressedJSON, Timestamp, utcnow


class Assessment(SQLModel, table=True):
    __tablename__ = "assessment"
    __table_args__ = (
        Index("ix_assessment_tenant_created", "tenant_id", "created_at", "id"),
        Index("ix_assessment_tenant_ref", "tenant_id", "external_ref", "created_at", "id"),
        Index("ix_assessment_tenant_agency", "tenant_id", "agency", "created_at", "id"),
        Index("ix_assessment_tenant_holder", "tenant_id", "rights_holder_key", "created_at", "id"),
        Index(
            "ix_assessment_tenant_recommendation", "tenant_id", "recommendation", "created_at", "id"
        ),
        Index("ix_assessment_tenant_updated", "tenant_id", "updated_at"),
        Index("ix_assessment_response_deadline", "response_deadline"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), nullable=False)
    )
    external_ref: str | None = Field(default=None, max_length=200)
    agency: str | None = Field(default=None, max_length=40)
    rights_holder: str | None = Field(default=None, max_length=300)
    rights_holder_key: str | None = Field(default=None, max_length=300)
    recommendation: str = Field(max_length=40)
    amount_demanded: Decimal | None = Field(default=None, sa_type=Numeric(14, 2))
    currency: str | None = Field(default=None, max_length=3)
    revision: int = Field(default=1)
    response_deadline: date | None = None
    limitation_expiry: date | None = None
    rulebook_version: str = Field(max_length=40)
    created_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)


class AssessmentRevision(SQLModel, table=True):
    __tablename__ = "assessment_revision"

    assessment_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("assessment.id", ondelete="CASCADE"), primary_key=True)
    )
    revision: int = Field(primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=Column(Uuid, nullable=False, index=True))
    origin: str = Field(max_length=20)
    created_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)
    claim: dict[str, Any] = Field(sa_type=CompressedJSON)
    result: dict[str, Any] = Field(sa_type=CompressedJSON)
    trace: dict[str, Any] = Field(sa_type=CompressedJSON)
    provenance: dict[str, Any] | None = Field(default=None, sa_type=CompressedJSON)
    rulebook_version: str = Field(max_length=40)
    rulebook_digest: str = Field(max_length=64)
    app_version: str = Field(max_length=40)
