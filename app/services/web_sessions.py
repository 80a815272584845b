"""Browser sign-in: an API key exchanged for a session whose token lives in a cookie.

The cookie carries a random token; the table keeps only its hash, the firm, the CSRF token
every form must send back, and an expiry. Signing out deletes the row.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from app.models import WebSession
from app.repositories import web_sessions as stored
from app.services import tenants
from app.services.tenants import KeyCache

LIFETIME = timedelta(hours=12)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def sign_in(
    session: Session, api_key: str, language: str, cache: KeyCache | None = None
) -> tuple[str, WebSession] | None:
    """A new session for the key's firm (the token is returned once), or None."""
    tenant_id = tenants.authenticate(session, api_key.strip(), cache=cache)
    if tenant_id is None:
        return None
    now = datetime.now(UTC)
    stored.forget_expired(session, now)
    token = secrets.token_urlsafe(32)
    row = WebSession(
        token_hash=_hash(token),
        tenant_id=tenant_id,
        csrf_token=secrets.token_urlsafe(32),
        language=language,
        created_at=now,
        expires_at=now + LIFETIME,
    )
    session.add(row)
    session.commit()
    return token, row


def current(session: Session, token: str | None) -> WebSession | None:
    if not token:
        return None
    row = session.get(WebSession, _hash(token))
    if row is None:
        return None
    expires = row.expires_at if row.expires_at.tzinfo else row.expires_at.replace(tzinfo=UTC)
    if expires < datetime.now(UTC):
        return None
    return row


def csrf_ok(row: WebSession, presented: str | None) -> bool:
    return bool(presented) and hmac.compare_digest(row.csrf_token, presented)


def sign_out(session: Session, token: str | None) -> None:
    if token:
        stored.forget(session, _hash(token))
        session.commit()


def tenant_of(row: WebSession) -> uuid.UUID:
    return row.tenant_id
