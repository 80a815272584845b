"""Helpers shared by the routers: localised JSON responses and documented errors."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import Response

from app.core.jsonutil import dumps_bytes
from app.schemas.common import Problem
from app.services.evaluation import pick

ERROR_DESCRIPTIONS = {
    400: "Malformed request (e.g. invalid JSON).",
    401: "Missing or invalid API key.",
    404: "Not found (or owned by another firm).",
    409: "A request with this Idempotency-Key is still in progress.",
    412: "If-Match does not match the current ETag.",
    413: "Request body too large.",
    415: "Unsupported media type.",
    422: "The request does not match the contract; `errors` points at each field.",
    428: "If-Match is required.",
    429: "The API key used its request budget; retry after Retry-After seconds.",
    507: "The firm's evidence storage quota is used up.",
}


RESPONSE_HEADERS: dict[str, dict[str, Any]] = {
    "ETag": {
        "description": "Strong tag of this revision in this language, for If-None-Match and "
        "If-Match.",
        "schema": {"type": "string", "example": '"3f2a9c1b0d4e-2-fr"'},
    },
    "Location": {
        "description": "URL of the created resource.",
        "schema": {
            "type": "string",
            "example": "/v1/assessments/0b6f0c1e-5d9a-4c0f-9a3f-2b7e8d1c4a55",
        },
    },
    "Content-Language": {
        "description": "Language of the texts (fr or en).",
        "schema": {"type": "string", "example": "fr"},
    },
    "Idempotent-Replayed": {
        "description": "true when the response replays an earlier request with the same "
        "Idempotency-Key.",
        "schema": {"type": "string", "enum": ["true"]},
    },
    "Retry-After": {
        "description": "Seconds to wait before retrying.",
        "schema": {"type": "integer", "example": 1},
    },
}


def headers(*names: str) -> dict[str, dict[str, Any]]:
    """OpenAPI declarations of response headers."""
    return {name: RESPONSE_HEADERS[name] for name in names}


def problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI responses for error codes, all ``application/problem+json``; those a client
    should retry declare ``Retry-After``."""
    declared: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        declared[code] = {"model": Problem, "description": ERROR_DESCRIPTIONS[code]}
        if code in RETRYABLE:
            declared[code]["headers"] = headers("Retry-After")
    return declared


RETRYABLE = (409, 429, 503)


def problem_response(code: int, description: str) -> dict[str, Any]:
    """One error response declared with its own description (not a transient one: no
    ``Retry-After``)."""
    return {"model": Problem, "description": description}


LEGAL_HOLD_409 = problem_response(
    409, "The matter is under legal hold (problem type `legal-hold`): clear the hold first."
)


class JSONBody(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps_bytes(content)


def localised(
    body: dict[str, Any], lang: str, *, status: int = 200, headers: dict[str, str] | None = None
) -> JSONBody:
    headers = dict(headers or {})
    headers["Content-Language"] = lang
    headers["Vary"] = "Accept-Language"
    return JSONBody(pick(body, lang), status_code=status, headers=headers)


def base_url(request: Request) -> str:
    """The configured public URL, or "" for links relative to the host the client used:
    the Host header is never reflected into a link."""
    configured = getattr(request.app.state.settings, "public_base_url", None)
    return configured.rstrip("/") if configured else ""


def link(request: Request, path: str, query: dict[str, str] | None = None) -> str:
    from urllib.parse import urlencode

    return base_url(request) + path + (f"?{urlencode(query)}" if query else "")
