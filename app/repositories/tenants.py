"""Firms and their API keys in the database."""

from __future__ import annotations

from sqlmodel import Session, select

from app.models import ApiKey, Tenant


def tenant_named(session: Session, name: str) -> Tenant | None:
    return session.exec(select(Tenant).where(Tenant.name == name)).first()


def api_key_with_prefix(session: Session, prefix: str) -> ApiKey | None:
    """The key whose public prefix is ``prefix`` (the secret part is checked by the caller)."""
    return session.exec(select(ApiKey).where(ApiKey.prefix == prefix)).first()
