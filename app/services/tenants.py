"""Tenants (firms) and their API keys."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from app.core.errors import Conflict, InvalidInput, NotFound
from app.core.security import generate_key, hash_key, matches, split_key
from app.models import ApiKey, Tenant
from app.repositories.tenants import api_key_with_prefix, tenant_named

SCOPES = ("read", "write", "admin")
"""What a key may do: read data, change it, manage the firm's webhooks and keys."""


@dataclass(frozen=True)
class Caller:
    """Who a valid API key speaks for, and what it may do."""

    tenant_id: uuid.UUID
    key_id: uuid.UUID
    scopes: frozenset[str]


def parse_scopes(text: str) -> frozenset[str]:
    """Scopes from "read,write" or "read write"; unknown names are refused."""
    names = frozenset(text.replace(",", " ").split())
    unknown = sorted(names - set(SCOPES))
    if unknown or not names:
        raise InvalidInput(f"scopes must be among {', '.join(SCOPES)} (got {text!r})")
    return names


class KeyCache:
    """Recently authenticated keys, so that each request need not hit the database.

    A revoked key stops working within ``ttl`` seconds in every process."""

    def __init__(self, ttl: float = 5.0, size: int = 1024) -> None:
        self.ttl = ttl
        self.size = size
        self._entries: dict[str, tuple[Caller, float]] = {}

    def get(self, key_hash: str) -> Caller | None:
        entry = self._entries.get(key_hash)
        if entry is None or entry[1] < time.monotonic():
            return None
        return entry[0]

    def put(self, key_hash: str, caller: Caller) -> None:
        if self.ttl <= 0:
            return
        if len(self._entries) >= self.size:
            self._entries.clear()
        self._entries[key_hash] = (caller, time.monotonic() + self.ttl)


def create_tenant(session: Session, name: str) -> Tenant:
    tenant = Tenant(name=name)
    session.add(tenant)
    try:
        session.commit()
    except IntegrityError as exc:
        session.rollback()
        raise Conflict(f"a tenant named {name!r} already exists") from exc
    return tenant


def find_tenant(session: Session, name: str) -> Tenant | None:
    return tenant_named(session, name)


def create_key(
    session: Session,
    tenant_name: str,
    label: str | None = None,
    scopes: frozenset[str] | None = None,
) -> tuple[ApiKey, str]:
    """A new key for the tenant (every scope unless told); returns the row and the token,
    shown only this once."""
    tenant = find_tenant(session, tenant_name)
    if tenant is None:
        raise NotFound(f"no tenant named {tenant_name!r}")
    granted = scopes if scopes is not None else frozenset(SCOPES)
    new = generate_key()
    row = ApiKey(
        tenant_id=tenant.id,
        prefix=new.prefix,
        key_hash=new.key_hash,
        label=label,
        scopes=" ".join(s for s in SCOPES if s in granted),
    )
    session.add(row)
    session.commit()
    return row, new.token


def revoke_key(session: Session, key_id: uuid.UUID) -> ApiKey:
    row = session.get(ApiKey, key_id)
    if row is None:
        raise NotFound(f"no API key {key_id}")
    if row.revoked_at is None:
        row.revoked_at = datetime.now(UTC)
        session.add(row)
        session.commit()
    return row


def authenticate(session: Session, token: str, cache: KeyCache | None = None) -> uuid.UUID | None:
    caller = identify(session, token, cache)
    return caller.tenant_id if caller else None


def cached_caller(token: str, cache: KeyCache) -> Caller | None:
    """The caller of a token authenticated within the cache's time to live, without the
    database; None when the cache does not know it (``identify`` then asks the database)."""
    if split_key(token) is None:
        return None
    return cache.get(hash_key(token))


def identify(session: Session, token: str, cache: KeyCache | None = None) -> Caller | None:
    """The caller a token speaks for, or None for an unknown or revoked key."""
    prefix = split_key(token)
    if prefix is None:
        return None
    digest = hash_key(token)
    if cache is not None:
        cached = cache.get(digest)
        if cached is not None:
            return cached
    row = api_key_with_prefix(session, prefix)
    if row is None or row.revoked_at is not None or not matches(token, row.key_hash):
        return None
    caller = Caller(row.tenant_id, row.id, frozenset(row.scopes.split()))
    if cache is not None:
        cache.put(digest, caller)
    return caller
