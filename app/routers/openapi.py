"""The OpenAPI contract: every error response is declared as application/problem+json."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from app.routers.scopes import required_scope

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}
CLAIM_MERGE_PATCH = {
    "title": "ClaimMergePatch",
    "type": "object",
    "additionalProperties": True,
    "description": "A JSON merge patch (RFC 7396) of the claim: members set a field, null "
    "removes it, nested objects are merged.",
}


RATE_LIMIT_HEADERS = {
    "RateLimit-Limit": {
        "description": "Requests the API key may make in the current window.",
        "schema": {"type": "integer", "example": 600},
    },
    "RateLimit-Remaining": {
        "description": "Requests left in the current window.",
        "schema": {"type": "integer", "example": 599},
    },
    "RateLimit-Reset": {
        "description": "Seconds until the window resets.",
        "schema": {"type": "integer", "example": 42},
    },
    "RateLimit-Policy": {
        "description": "The key's quota and window in seconds.",
        "schema": {"type": "string", "example": "600;w=60"},
    },
}
SCOPE_AND_LIMIT_ERRORS = {
    "403": {"description": "The API key lacks the scope the operation needs."},
    "429": {
        "description": "The API key used its request budget; retry after Retry-After seconds.",
        "headers": {
            "Retry-After": {
                "description": "Seconds to wait before retrying.",
                "schema": {"type": "integer", "example": 42},
            },
            **RATE_LIMIT_HEADERS,
        },
    },
}


def _declare_limits(responses: dict[str, Any]) -> None:
    """Authenticated operations may answer 403 and 429 and always carry RateLimit-*."""
    for code, response in SCOPE_AND_LIMIT_ERRORS.items():
        responses.setdefault(code, dict(response))
    for code, response in responses.items():
        if code.startswith(("2", "3")):
            response["headers"] = {**response.get("headers", {}), **RATE_LIMIT_HEADERS}


def build_openapi(app: FastAPI) -> dict[str, Any]:
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title,
        version=app.version,
        description=app.description,
        routes=app.routes,
        tags=app.openapi_tags,
    )
    for path, path_item in schema.get("paths", {}).items():
        for method, operation in path_item.items():
            if operation.get("security"):
                scope = required_scope(method, path)
                operation["security"] = [
                    {name: [scope]} for s in operation["security"] for name in s
                ]
                operation["x-required-scope"] = scope
                _declare_limits(operation["responses"])
            required = operation.pop("x-required-headers", [])
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "header" and parameter.get("name") in required:
                    parameter["required"] = True
            for code, response in operation.get("responses", {}).items():
                if code.isdigit() and int(code) >= 400 and code != "503":
                    response["content"] = {"application/problem+json": {"schema": PROBLEM_REF}}
    components = schema.get("components", {}).get("schemas", {})
    components["ClaimMergePatch"] = CLAIM_MERGE_PATCH
    for unused in ("HTTPValidationError", "ValidationError"):
        components.pop(unused, None)
    app.openapi_schema = schema
    return schema
