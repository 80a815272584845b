"""Which API key scope each operation needs: one rule for the whole API.

``read`` for reading (and for computations that store nothing: evaluating a claim,
parsing a letter); ``write`` for anything that creates, changes or erases data; ``admin``
for the firm's webhook endpoints (their signing secrets and delivery logs), its whole export,
its retention period and its audit log."""

from __future__ import annotations

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
STORES_NOTHING = frozenset({"/v1/evaluate", "/v1/letters/parse"})
ADMIN_PREFIXES = (
    "/v1/webhook-endpoints",
    "/v1/firm/export",
    "/v1/firm/retention",
    "/v1/audit-events",
)


def required_scope(method: str, path: str) -> str:
    """The scope a key needs for ``method`` on the route template ``path``."""
    if path.startswith(ADMIN_PREFIXES):
        return "admin"
    if method.upper() in SAFE_METHODS or path in STORES_NOTHING:
        return "read"
    return "write"
