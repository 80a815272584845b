"""Browser sessions in the database, found by the hash of their cookie token."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlmodel import Session

from app.models import WebSession


def forget_expired(session: Session, now: datetime) -> None:
    session.exec(delete(WebSession).where(WebSession.expires_at < now))


def forget(session: Session, token_hash: str) -> None:
    session.exec(delete(WebSession).where(WebSession.token_hash == token_hash))
