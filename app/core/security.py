"""API keys: random, shown once, stored as a SHA-256 hash and looked up by prefix."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

KEY_PREFIX = "rip"


@dataclass(frozen=True, slots=True)
class NewKey:
    prefix: str
    secret: str
    key_hash: str

    @property
    def token(self) -> str:
        return f"{KEY_PREFIX}_{self.prefix}_{self.secret}"


def hash_key(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def generate_key() -> NewKey:
    prefix = secrets.token_hex(6)
    secret = secrets.token_urlsafe(32)
    return NewKey(prefix, secret, hash_key(f"{KEY_PREFIX}_{prefix}_{secret}"))


def split_key(token: str) -> str | None:
    """The lookup prefix of a presented key, or None if it is not shaped like one."""
    parts = token.split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX or len(parts[1]) != 12:
        return None
    return parts[1]


def matches(token: str, key_hash: str) -> bool:
    return hmac.compare_digest(hash_key(token), key_hash)
