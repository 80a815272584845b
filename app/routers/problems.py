"""Every error as RFC 9457 ``application/problem+json``: domain errors (mapped to a status
here, the only place that knows it), validation errors, HTTP errors and the unexpected."""

from __future__ import annotations

import logging
import re
from typing import Any

from asgi_correlation_id import correlation_id
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.errors import (
    Conflict,
    DomainError,
    Forbidden,
    InsufficientStorage,
    InvalidInput,
    NotFound,
    PayloadTooLarge,
    PreconditionFailed,
    PreconditionRequired,
    ServiceUnavailable,
    TooManyRequests,
    Unauthorized,
    UnderLegalHold,
    UnsupportedMediaType,
)
from app.core.outages import outages
from app.schemas.common import friendly, loc_to_pointer

PROBLEM = "application/problem+json"
TYPE_BASE = "/problems/"
"""Relative URI references (RFC 9457 §3.1.1): each answers at ``GET /problems/<slug>``."""
log = logging.getLogger("riposte")
MAX_ERRORS = 50
"""A problem lists at most this many ``errors``; ``errors_omitted`` counts the rest."""

STATUS: dict[type[DomainError], tuple[int, str, str]] = {
    NotFound: (404, "not-found", "Not found"),
    Unauthorized: (401, "unauthorized", "Missing or invalid API key"),
    Forbidden: (403, "forbidden", "The API key lacks the scope"),
    TooManyRequests: (429, "rate-limited", "Too many requests"),
    UnderLegalHold: (409, "legal-hold", "Under legal hold"),
    Conflict: (409, "conflict", "Conflict"),
    InvalidInput: (422, "invalid-input", "Invalid input"),
    PreconditionFailed: (412, "precondition-failed", "Precondition failed"),
    PreconditionRequired: (428, "precondition-required", "Precondition required"),
    PayloadTooLarge: (413, "payload-too-large", "Request body too large"),
    UnsupportedMediaType: (415, "unsupported-media-type", "Unsupported media type"),
    InsufficientStorage: (507, "storage-quota-exceeded", "Storage quota exceeded"),
    ServiceUnavailable: (503, "service-unavailable", "Service unavailable"),
}
"""Each domain error's status, problem type slug and title."""
CHALLENGE = {Unauthorized: {"WWW-Authenticate": "Bearer"}}


def _headers(exc: DomainError) -> dict[str, str]:
    headers = dict(CHALLENGE.get(type(exc), {}))
    if exc.retry_after is not None:
        headers["Retry-After"] = str(exc.retry_after)
    return headers


def status_of(exc: DomainError) -> tuple[int, str, str]:
    for kind in type(exc).__mro__:
        if kind in STATUS:
            return STATUS[kind]
    return 400, "bad-request", "Bad request"


def problem(
    status: int,
    title: str,
    detail: str | None = None,
    *,
    slug: str | None = None,
    errors: list[dict[str, str]] | None = None,
    instance: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": TYPE_BASE + slug if slug else "about:blank",
        "title": title,
        "status": status,
    }
    if detail:
        body["detail"] = detail
    if instance:
        body["instance"] = instance
    if errors:
        body["errors"] = errors[:MAX_ERRORS]
        if len(errors) > MAX_ERRORS:
            body["errors_omitted"] = len(errors) - MAX_ERRORS
    request_id = correlation_id.get()
    if request_id:
        body["request_id"] = request_id
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def validation_errors(exc: RequestValidationError) -> list[dict[str, str]]:
    errors = []
    for err in exc.errors():
        if err.get("type") == "json_invalid":
            position = err.get("loc", ("body", "?"))[-1]
            errors.append({"pointer": "/", "detail": f"invalid JSON at character {position}"})
            continue
        errors.append(
            {"pointer": loc_to_pointer(tuple(err.get("loc", ()))), "detail": friendly(err)}
        )
    return errors


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        status, slug, title = status_of(exc)
        return problem(
            status,
            title,
            exc.detail,
            slug=slug,
            errors=exc.errors,
            instance=request.url.path,
            headers=_headers(exc),
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = validation_errors(exc)
        if any(e.get("type") == "json_invalid" for e in exc.errors()):
            return problem(
                400,
                "Malformed JSON",
                "The request body is not valid JSON.",
                slug="malformed-json",
                errors=errors,
                instance=request.url.path,
            )
        return problem(
            422,
            "Invalid input",
            "The request does not match the contract.",
            slug="invalid-input",
            errors=errors,
            instance=request.url.path,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else None
        headers = {
            k: v
            for k, v in (getattr(exc, "headers", None) or {}).items()
            if exc.status_code != 405 or k.lower() != "allow"
        }
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return problem(
            exc.status_code,
            _reason(exc.status_code),
            detail,
            instance=request.url.path,
            headers=headers,
        )

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        outages.note("integrity error (a concurrent change)", exc)
        return problem(
            409,
            "Conflict",
            "A concurrent request changed the same data; fetch it again and retry.",
            slug="conflict",
            instance=request.url.path,
            headers={"Retry-After": "1"},
        )

    @app.exception_handler(DataError)
    async def _data(request: Request, exc: DataError) -> JSONResponse:
        outages.note("value refused by the database", exc)
        return problem(
            422,
            "Invalid input",
            "A value does not fit the database (too large, or a character it refuses).",
            slug="invalid-input",
            instance=request.url.path,
        )

    @app.exception_handler(PoolTimeout)
    @app.exception_handler(OperationalError)
    @app.exception_handler(InterfaceError)
    async def _database(request: Request, exc: Exception) -> JSONResponse:
        outages.note("database unavailable", exc)
        return unavailable(request, "The database is unavailable or busy; retry shortly.")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error on %s", request.url.path)
        return problem(500, "Internal error", "An unexpected error occurred.")


def unavailable(request: Request, detail: str) -> JSONResponse:
    settings = getattr(request.app.state, "settings", None)
    retry = str(getattr(settings, "retry_after_seconds", 5))
    return problem(
        503,
        "Service unavailable",
        detail,
        slug="service-unavailable",
        instance=request.url.path,
        headers={"Retry-After": retry},
    )


def _allowed_methods(request: Request) -> list[str]:
    """Every method the contract declares for the requested resource (a literal path such
    as ``/v1/assessments/from-letter`` wins over a template that would also match it)."""
    paths = request.app.openapi().get("paths", {})
    path = request.url.path
    if path in paths:
        return sorted(m.upper() for m in paths[path])
    methods: set[str] = set()
    for template, item in paths.items():
        pattern = "^" + re.sub(r"\\{[^/]+\\}", "[^/]+", re.escape(template)) + "$"
        if re.match(pattern, path):
            methods |= {m.upper() for m in item}
    return sorted(methods)


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
