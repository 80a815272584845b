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
        retry_after: int | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors
        self.retry_after = retry_after
        """Seconds after which the same request may succeed, when the refusal is transient."""

    def __reduce__(self):
        """Picklable with its errors and retry delay (raised in letter parsing processes)."""
        return (
            self.__class__,
            (self.detail,),
            {"errors": self.errors, "retry_after": self.retry_after},
        )


class NotFound(DomainError):
    """No such resource for this firm."""


class Unauthorized(DomainError):
    """No valid API key."""


class Forbidden(DomainError):
    """The API key is valid but lacks the scope the operation needs."""


class TooManyRequests(DomainError):
    """The API key used up its request budget for the current window."""


class Conflict(DomainError):
    """The request conflicts with the current state."""


class UnderLegalHold(Conflict):
    """The matter is kept for legal claims (Art. 17(3)(e) GDPR): it cannot be erased."""


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


class ServiceUnavailable(DomainError):
    """The service cannot take the request now (busy workers, an unavailable database)."""


class InsufficientStorage(DomainError):
    """The firm's storage quota would be exceeded."""
