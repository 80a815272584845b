"""Evidence files of an assessment and the content-addressed blobs they point to."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, Column, ForeignKey, Index, Uuid
from sqlmodel import Field, SQLModel

from app.models.types import JSONDoc, Timestamp, utcnow


class EvidenceBlob(SQLModel, table=True):
    """One stored content per tenant and SHA-256 (the same file twice is stored once)."""

    __tablename__ = "evidence_blob"

    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), primary_key=True)
    )
    sha256: str = Field(primary_key=True, max_length=64)
    size: int = Field(sa_type=BigInteger)
    media_type: str = Field(max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)


class Evidence(SQLModel, table=True):
    __tablename__ = "evidence"
    __table_args__ = (
        Index("ix_evidence_assessment", "tenant_id", "assessment_id", "created_at"),
        Index("ix_evidence_blob", "tenant_id", "sha256"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(sa_column=Column(Uuid, nullable=False))
    assessment_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("assessment.id", ondelete="CASCADE"), nullable=False)
    )
    kind: str = Field(max_length=40)
    note: str | None = Field(default=None, max_length=2000)
    filename: str = Field(max_length=255)
    media_type: str = Field(max_length=100)
    size: int = Field(sa_type=BigInteger)
    sha256: str = Field(max_length=64)
    status: str = Field(max_length=20)
    facts: dict[str, Any] | None = Field(default=None, sa_type=JSONDoc)
    proposals: list[dict[str, Any]] | None = Field(default=None, sa_type=JSONDoc)
    match: dict[str, Any] | None = Field(default=None, sa_type=JSONDoc)
    notes: list[dict[str, Any]] | None = Field(default=None, sa_type=JSONDoc)
    derived_from: list[str] | None = Field(default=None, sa_type=JSONDoc)
    failure: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)
    analysed_at: datetime | None = Field(default=None, sa_type=Timestamp)
