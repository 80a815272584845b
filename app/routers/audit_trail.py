"""The HTTP side of the audit log: the context of an authenticated request (who, which
operation, which resource), and the middleware that logs reads after the answer.

A write's row is committed with the write (``app.services.audit``); what committed nothing
(a read, a refused or failed write) is handed to the process's ``ReadLog`` once the status
is known."""

from __future__ import annotations

import re
import uuid

from asgi_correlation_id import correlation_id
from fastapi import Request
from sqlmodel import Session
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.routers.scopes import SAFE_METHODS, STORES_NOTHING
from app.services import audit

STATE_KEY = "audit"
CONVERTER = re.compile(r"\{(\w+):\w+\}")


def template(path: str) -> str:
    """``/v1/assessments/{assessment_id:uuid}`` as the contract writes it."""
    return CONVERTER.sub(r"{\1}", path)


def begin(
    request: Request,
    session: Session,
    tenant_id: uuid.UUID,
    api_key_id: uuid.UUID | None,
    *,
    actor: str = audit.API_KEY,
) -> audit.AuditContext:
    """Audit this request as the key's: its writes in their transaction, the rest after
    the answer."""
    route = request.scope.get("route")
    path = template(getattr(route, "path", None) or "unmatched")
    method = request.method.upper()
    reads = method in SAFE_METHODS or path in STORES_NOTHING
    context = audit.AuditContext(
        tenant_id=tenant_id,
        actor=actor,
        api_key_id=api_key_id,
        operation=getattr(route, "name", None) or "unknown",
        method=method,
        route=path,
        action=audit.READ if reads else audit.WRITE,
        request_id=correlation_id.get(),
    ).about(dict(request.path_params))
    audit.attach(session, context)
    setattr(request.state, STATE_KEY, context)
    return context


def written(request: Request) -> None:
    """The request's row is already committed (an export writes it before streaming)."""
    context = getattr(request.state, STATE_KEY, None)
    if context is not None:
        context.written = True


class AuditReadsMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_and_log(message: Message) -> None:
            if message["type"] == "http.response.start":
                context = scope.get("state", {}).get(STATE_KEY)
                reads = getattr(getattr(scope.get("app"), "state", None), "audit_reads", None)
                if context is not None and reads is not None:
                    reads.add(context, message["status"])
            await send(message)

        scope.setdefault("state", {})
        await self.app(scope, receive, send_and_log)
