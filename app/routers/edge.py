"""What the service does at its edge: accept only its own host names, and keep query
strings (which may hold party names) out of access logs."""

from __future__ import annotations

import logging

from app.routers.problems import problem


class TrustedHostMiddleware:
    """Refuse a Host header outside ``allowed_hosts`` (``*.example.com`` matches
    sub-domains, ``*`` anything) with a 400 problem, before any handler runs. The list
    is read from the settings at the first request (after the lifespan read them)."""

    def __init__(self, app) -> None:
        self.app = app
        self.any: bool | None = None

    def configure(self, allowed_hosts: list[str]) -> None:
        self.exact = {h.lower() for h in allowed_hosts if not h.startswith("*")}
        self.suffixes = tuple(h[1:].lower() for h in allowed_hosts if h.startswith("*."))
        self.any = "*" in allowed_hosts

    def allows(self, host: str) -> bool:
        name = host.lower()
        name = name.rsplit(":", 1)[0] if not name.endswith("]") else name
        return name in self.exact or (bool(self.suffixes) and name.endswith(self.suffixes))

    async def __call__(self, scope, receive, send):
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        if self.any is None:
            settings = getattr(scope["app"].state, "settings", None)
            self.configure(settings.allowed_hosts if settings else ["*"])
        if self.any:
            await self.app(scope, receive, send)
            return
        host = ""
        for name, value in scope.get("headers", ()):
            if name == b"host":
                host = value.decode("latin-1")
                break
        if self.allows(host):
            await self.app(scope, receive, send)
            return
        response = problem(
            400,
            "Bad Request",
            "The Host header names a host this service does not serve.",
            slug="invalid-host",
        )
        await response(scope, receive, send)


class StripQueryString(logging.Filter):
    """uvicorn's access log line without the query string of the request path."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


def strip_access_log_queries() -> None:
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, StripQueryString) for f in access.filters):
        access.addFilter(StripQueryString())
