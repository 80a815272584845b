"""Hot routes answered without FastAPI's dependency solver.

FastAPI documents such a route from its endpoint's signature (the OpenAPI contract is
unchanged), but for the ordinary request, a JSON body that validates and parameters that
do, a plain function resolves the same dependencies by calling them: the body is validated
in one pass of pydantic-core from its bytes (``model_validate_json``) instead of being
decoded by ``json.loads`` and then validated from the dict, and no dependency graph is
walked. Anything else (a body or a parameter that does not validate, an unusual media
type, overridden dependencies) goes to FastAPI's own handler, which answers exactly as
before: every validation problem keeps its shape because FastAPI still makes it.

A direct handler decides before any side effect: it returns ``None`` (FastAPI answers)
until it has validated everything FastAPI would have refused; only then does it open the
session and authenticate, in the same order as the solver (session, caller, language).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, TypeVar

from fastapi import APIRouter, Request, Response
from fastapi.routing import APIRoute
from pydantic import BaseModel, ValidationError
from sqlmodel import Session

from app.routers.deps import api_key_header, bearer, get_language, get_session, get_tenant
from app.schemas.enums import Language

DirectHandler = Callable[[Request], Awaitable[Response | None]]
Model = TypeVar("Model", bound=BaseModel)
INVALID = object()
"""A parameter FastAPI would refuse: its own handler answers."""
LANGUAGES = frozenset(member.value for member in Language)


def post(
    router: APIRouter, path: str, handler: DirectHandler, **documented: Any
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``@router.post(path, **documented)`` for an endpoint that ``handler`` answers
    whenever it does not return ``None``."""

    def register(endpoint: Callable[..., Any]) -> Callable[..., Any]:
        endpoint.direct_handler = handler  # type: ignore[attr-defined]
        router.add_api_route(
            path, endpoint, methods=["POST"], route_class_override=DirectRoute, **documented
        )
        return endpoint

    return register


class DirectRoute(APIRoute):
    """An APIRoute whose endpoint's direct handler answers first (see the module)."""

    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        documented = super().get_route_handler()
        handler: DirectHandler | None = getattr(self.endpoint, "direct_handler", None)
        if handler is None:
            return documented

        async def answer(request: Request) -> Response:
            if not request.app.dependency_overrides:
                response = await handler(request)
                if response is not None:
                    return response
            return await documented(request)

        return answer


async def json_body(request: Request, model: type[Model]) -> Model | None:
    """The body as ``model``, or ``None`` when FastAPI's handler must answer: not sent as
    ``application/json``, empty, or not valid (FastAPI then makes the same 400 or 422 as
    always; the body is read once, both handlers share it)."""
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json":
        return None
    raw = await request.body()
    if not raw:
        return None
    try:
        return model.model_validate_json(raw)
    except ValidationError:
        return None


def header(request: Request, name: str, *, max_length: int) -> str | None | object:
    """An optional header's value, or ``INVALID`` when longer than FastAPI accepts."""
    value = request.headers.get(name)
    if value is not None and len(value) > max_length:
        return INVALID
    return value


async def language(request: Request) -> str | None:
    """What ``get_language`` gives, or ``None`` when ``?lang=`` is not a language (FastAPI
    refuses it with its 422)."""
    asked = request.query_params.get("lang")
    if asked is None:
        return await get_language(request, None)
    if asked not in LANGUAGES:
        return None
    return await get_language(request, Language(asked))


session: Callable[[Request], AbstractAsyncContextManager[Session]] = asynccontextmanager(
    get_session
)
"""The request's session, opened and closed by the ``get_session`` dependency's own code."""


async def tenant(request: Request, opened: Session):
    """The caller's firm, as the ``get_tenant`` dependency finds it (401, 403, 429 alike)."""
    return await get_tenant(request, opened, await bearer(request), await api_key_header(request))
