"""Request wiring (FastAPI dependencies): database session, the caller's tenant, the response language."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session
from starlette.concurrency import run_in_threadpool

from app.core.errors import Forbidden, TooManyRequests, Unauthorized
from app.routers import audit_trail
from app.routers.rate_limit_headers import STATE_KEY
from app.routers.scopes import required_scope
from app.schemas.enums import Language
from app.services import tenants
from app.services.rate_limits import NAMESPACE

bearer = HTTPBearer(auto_error=False, description="`Authorization: Bearer <API key>`")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="API key")


async def get_session(request: Request) -> AsyncIterator[Session]:
    """One session per request. Opening one touches no database, nor does closing one
    whose transaction has ended (a write's commit): both happen on the event loop, saving
    two thread hops a request; a session still in a transaction (a read) is closed, with
    its rollback, in the thread pool."""
    session = Session(request.app.state.engine, expire_on_commit=False)
    try:
        yield session
    finally:
        if session.in_transaction():
            await run_in_threadpool(session.close)
        else:
            session.close()


SessionDep = Annotated[Session, Depends(get_session)]


async def get_tenant(
    request: Request,
    session: SessionDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    header_key: Annotated[str | None, Depends(api_key_header)],
) -> uuid.UUID:
    """The caller's firm. On the event loop when nothing needs the database (a key the
    cache knows, the budget counted in memory: a thread hop saved), else in the thread
    pool."""
    token = credentials.credentials if credentials else header_key
    if not token:
        raise Unauthorized(
            "Send an API key as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'."
        )
    limiter = getattr(request.app.state, "rate_limiter", None)
    caller = tenants.cached_caller(token, request.app.state.key_cache)
    if caller is None or (limiter is not None and not limiter.in_memory):
        return await run_in_threadpool(_identify_and_admit, request, session, token)
    return _admit(request, session, caller)


def _identify_and_admit(request: Request, session: Session, token: str) -> uuid.UUID:
    caller = tenants.identify(session, token, cache=request.app.state.key_cache)
    if caller is None:
        raise Unauthorized("The API key is unknown or revoked.")
    return _admit(request, session, caller)


def _admit(request: Request, session: Session, caller: tenants.Caller) -> uuid.UUID:
    """Audit the request as the caller's, check the key's scope, spend its budget."""
    audit_trail.begin(request, session, caller.tenant_id, caller.key_id)
    route = request.scope.get("route")
    needed = required_scope(request.method, getattr(route, "path", request.url.path))
    if needed not in caller.scopes:
        raise Forbidden(
            f"This operation needs an API key with the '{needed}' scope; this key has "
            f"{', '.join(sorted(caller.scopes))}."
        )
    request.state.caller = caller
    _count(request, caller)
    return caller.tenant_id


def _count(request: Request, caller: tenants.Caller) -> None:
    """Spend one request of the key's budget; refuse with 429 once it is used up."""
    spend(request, caller.key_id, what="This API key")


def spend(request: Request, key, *, what: str, namespace: str = NAMESPACE) -> None:
    """Spend one request of ``key``'s budget (its ``RateLimit-*`` headers follow the
    answer); refuse with 429 and ``Retry-After`` once it is used up."""
    limiter = getattr(request.app.state, "rate_limiter", None)
    budget = limiter.hit(key, namespace) if limiter is not None else None
    if budget is None:
        return
    setattr(request.state, STATE_KEY, budget)
    if not budget.allowed:
        raise TooManyRequests(
            f"{what} used its {budget.limit} requests of the last {budget.window} "
            f"seconds; retry in {budget.reset_after} s.",
            retry_after=max(budget.reset_after, 1),
        )


TenantDep = Annotated[uuid.UUID, Depends(get_tenant)]


async def get_language(
    request: Request,
    lang: Annotated[
        Language | None,
        Query(description="Language of texts (default: Accept-Language, then French)."),
    ] = None,
) -> str:
    if lang:
        return str(lang)
    header = request.headers.get("accept-language", "")
    for part in header.split(","):
        code = part.split(";")[0].strip().lower()[:2]
        if code in ("fr", "en"):
            return code
    return "fr"


LangDep = Annotated[str, Depends(get_language)]
