"""Reply drafts, the firm's letter settings and its own draft templates."""

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Column, ForeignKey, Index, Text, Uuid
from sqlmodel import Field, SQLModel

from app.models.types import JSONDoc, Timestamp, utcnow


class Draft(SQLModel, table=True):
    """A reply letter made from one revision of an assessment (kept as it was rendered)."""

    __tablename__ = "draft"
    __table_args__ = (Index("ix_draft_assessment", "tenant_id", "assessment_id", "created_at"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), nullable=False)
    )
    assessment_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("assessment.id", ondelete="CASCADE"), nullable=False)
    )
    revision: int
    kind: str = Field(max_length=40)
    language: str = Field(max_length=2)
    template: str = Field(max_length=20, description="builtin or firm")
    document: dict[str, Any] = Field(sa_type=JSONDoc)
    markdown: str = Field(sa_column=Column(Text, nullable=False))
    created_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)


class FirmSettings(SQLModel, table=True):
    """The letterhead and signature block a firm's letters carry."""

    __tablename__ = "firm_settings"

    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), primary_key=True)
    )
    letterhead: dict[str, Any] = Field(sa_type=JSONDoc)
    signature: dict[str, Any] = Field(sa_type=JSONDoc)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)


class DraftTemplate(SQLModel, table=True):
    """A firm's own Jinja2 template for one kind of draft in one language."""

    __tablename__ = "draft_template"

    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), primary_key=True)
    )
    kind: str = Field(max_length=40, primary_key=True)
    language: str = Field(max_length=2, primary_key=True)
    source: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)


class WebSession(SQLModel, table=True):
    """A browser sign-in: the cookie holds the token, the table its hash."""

    __tablename__ = "web_session"

    token_hash: str = Field(primary_key=True, max_length=64)
    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), nullable=False)
    )
    api_key_id: uuid.UUID | None = Field(
        default=None,
        description="The key signed in with: its scopes apply, its revocation ends the session.",
    )
    csrf_token: str = Field(max_length=64)
    language: str = Field(default="fr", max_length=2)
    created_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)
    expires_at: datetime = Field(sa_type=Timestamp, index=True)
