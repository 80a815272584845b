"""Domain errors: what a use case refuses, in the domain's terms.

Services raise ``DomainError`` subclasses and know nothing of HTTP;
``app/routers/problems.py`` maps each to a status and renders it as problem+json.
"""

from __future__ import annotations


class DomainError(Exception):
    """A request the domain refuses; ``errors`` point at the offending input fields."""

    def __init__(
        self,
        detail: str,
        *,
        errors: list[dict[str, str]] | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors


class NotFound(DomainError):
    """No such resource for this firm."""


class Unauthorized(DomainError):
    """No valid API key."""


class Conflict(DomainError):
    """The request conflicts with the current state."""


class InvalidInput(DomainError):
    """The input is well formed but not acceptable."""


class PreconditionFailed(DomainError):
    """The revision the caller saw is no longer the current one."""


class PreconditionRequired(DomainError):
    """The caller must say which revision it saw."""


class PayloadTooLarge(DomainError):
    """The input is larger than allowed."""


class UnsupportedMediaType(DomainError):
    """The input's format is not one the use case reads."""


class InsufficientStorage(DomainError):
    """The firm's storage quota would be exceeded."""
