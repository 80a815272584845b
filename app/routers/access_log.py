"""One access-log line per request, inside the request id's context (uvicorn's own access
log runs outside it and prints the path with its query string, so it is turned off)."""

from __future__ import annotations

import time

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = structlog.get_logger("riposte.access")


class AccessLogMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def record_status(message: Message) -> None:
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record_status)
        finally:
            method = scope.get("method")
            route = getattr(scope.get("route"), "path", None) or "unmatched"
            log.info(
                f"{method} {route}",
                method=method,
                route=route,
                status=status["code"],
                duration_ms=round((time.perf_counter() - started) * 1000, 1),
            )
