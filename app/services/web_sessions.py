"""Browser sign-in: an API key exchanged for a session whose token lives in a cookie.

The cookie carries a random token; the table keeps only its hash, the firm, the key signed
in with, the CSRF token every form must send back, and an expiry. Signing out deletes the
row. The key's scopes apply to the pages: a key without ``read`` cannot sign in, one
without ``write`` reads but changes nothing (answers, drafts, proposals); revoking the key
ends its sessions.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from app.models import ApiKey, WebSession
from app.repositories import web_sessions as stored
from app.services import tenants
from app.services.tenants import KeyCache

LIFETIME = timedelta(hours=12)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class CannotRead(Exception):
    """The key is valid but lacks the ``read`` scope the pages need."""


def sign_in(
    session: Session, api_key: str, language: str, cache: KeyCache | None = None
) -> tuple[str, WebSession] | None:
    """A new session for the key's firm (the token is returned once), or None for an
    unknown or revoked key; ``CannotRead`` for a key without the read scope."""
    caller = tenants.identify(session, api_key.strip(), cache=cache)
    if caller is None:
        return None
    if "read" not in caller.scopes:
        raise CannotRead()
    tenant_id = caller.tenant_id
    now = datetime.now(UTC)
    stored.forget_expired(session, now)
    token = secrets.token_urlsafe(32)
    row = WebSession(
        token_hash=_hash(token),
        tenant_id=tenant_id,
        api_key_id=caller.key_id,
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
    key = session.get(ApiKey, row.api_key_id) if row.api_key_id is not None else None
    if key is None or key.revoked_at is not None or key.tenant_id != row.tenant_id:
        return None  # signed in before keys were recorded, or the key is revoked
    return row


def scopes(session: Session, row: WebSession) -> frozenset[str]:
    """The scopes of the key the session signed in with (read in ``current`` already)."""
    key = session.get(ApiKey, row.api_key_id) if row.api_key_id is not None else None
    return frozenset(key.scopes.split()) if key is not None else frozenset()


def may_write(session: Session, row: WebSession) -> bool:
    return "write" in scopes(session, row)


def csrf_ok(row: WebSession, presented: str | None) -> bool:
    return bool(presented) and hmac.compare_digest(row.csrf_token, presented)


def sign_out(session: Session, token: str | None) -> None:
    if token:
        stored.forget(session, _hash(token))
        session.commit()


def tenant_of(row: WebSession) -> uuid.UUID:
    return row.tenant_id
