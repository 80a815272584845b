"""Request bodies the framework does not parse itself, and the answer to a creation: one
wording for each problem and one set of headers, shared by the routers."""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from fastapi import Request
from pydantic import BaseModel, ValidationError

from app.core.errors import InvalidInput
from app.routers.common import JSONBody, localised
from app.schemas.common import contract_errors

Model = TypeVar("Model", bound=BaseModel)


def media_type(request: Request) -> str:
    return request.headers.get("content-type", "").split(";")[0].strip().lower()


def parse_json(raw: bytes | str, what: str = "The body") -> Any:
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidInput(
            f"{what} is not valid JSON.", errors=[{"pointer": "/", "detail": str(exc)}]
        ) from exc


def validated(model: type[Model], data: Any) -> Model:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise InvalidInput(
            "The body does not match the contract.", errors=contract_errors(exc)
        ) from exc


def created(
    body: dict[str, Any],
    location: str,
    *,
    lang: str | None = None,
    replayed: bool = False,
    headers: dict[str, str] | None = None,
) -> JSONBody:
    """201 with the new resource's ``Location``; a replay of an Idempotency-Key says so."""
    headers = {"Location": location, **(headers or {})}
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    if lang is None:
        return JSONBody(body, status_code=201, headers=headers)
    return localised(body, lang, status=201, headers=headers)
