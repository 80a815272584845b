"""Firms (tenants) and their API keys."""

import uuid
from datetime import datetime

from sqlalchemy import Column, ForeignKey, Uuid
from sqlmodel import Field, SQLModel

from app.models.types import Timestamp, utcnow


class Tenant(SQLModel, table=True):
    __tablename__ = "tenant"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    name: str = Field(max_length=200, unique=True, index=True)
    retention_period: str | None = Field(
        default=None,
        max_length=20,
        description="ISO 8601 period after a matter's last activity before the purge "
        "erases it (None: the default, P3Y).",
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)


class ApiKey(SQLModel, table=True):
    __tablename__ = "api_key"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    tenant_id: uuid.UUID = Field(
        sa_column=Column(Uuid, ForeignKey("tenant.id", ondelete="CASCADE"), nullable=False)
    )
    prefix: str = Field(max_length=16, unique=True, index=True)
    key_hash: str = Field(max_length=64)
    label: str | None = Field(default=None, max_length=200)
    scopes: str = Field(
        default="read write admin",
        max_length=100,
        description="Space-separated scopes: read, write, admin.",
    )
    created_at: datetime = Field(default_factory=utcnow, sa_type=Timestamp)
    revoked_at: datetime | None = Field(default=None, sa_type=Timestamp)
