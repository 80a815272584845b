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
    507: "The firm's evidence storage quota is used up.",
}


def problems(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI responses for error codes, all ``application/problem+json``."""
    return {code: {"model": Problem, "description": ERROR_DESCRIPTIONS[code]} for code in codes}


class JSONBody(Response):
    media_type = "application/json"

    def render(self, content: Any) -> bytes:
        return dumps_bytes(content)


def localised(
    body: dict[str, Any], lang: str, *, status: int = 200, headers: dict[str, str] | None = None
) -> JSONBody:
    headers = dict(headers or {})
    headers["Content-Language"] = lang
    return JSONBody(pick(body, lang), status_code=status, headers=headers)


def base_url(request: Request) -> str:
    return str(request.base_url).rstrip("/")
