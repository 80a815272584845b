"""Structured JSON logs (structlog): one JSON object per line, each with the request id.

What a line may hold is decided here, not at each call: the request id, the route
*template* (never the path a client typed, never a query string), status, timings and
error types. Claim contents, party names, API keys and SQL parameters never reach a line:
loggers are given identifiers only, the engine hides SQL parameters (``hide_parameters``),
and ``redact`` drops fields named like secrets and query strings from any URL."""

from __future__ import annotations

import logging
import sys
from typing import IO, Any

import structlog
from asgi_correlation_id.context import correlation_id

SECRET_FIELDS = ("authorization", "api_key", "token", "secret", "password", "cookie")


def add_request_id(_logger: Any, _method: str, event: dict[str, Any]) -> dict[str, Any]:
    event.setdefault("request_id", correlation_id.get())
    return event


def redact(_logger: Any, _method: str, event: dict[str, Any]) -> dict[str, Any]:
    for field in list(event):
        if any(secret in field.lower() for secret in SECRET_FIELDS):
            event[field] = "[redacted]"
        elif isinstance(event[field], str) and field in ("path", "url"):
            event[field] = event[field].split("?", 1)[0]
    return event


def configure_logging(level: str = "info", stream: IO[str] | None = None) -> None:
    """Route the standard library's records (uvicorn, procrastinate, ours) and structlog's
    through one JSON renderer at ``level`` (``RIPOSTE_LOG_LEVEL``)."""
    shared = [
        structlog.contextvars.merge_contextvars,
        add_request_id,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        redact,
    ]
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            structlog.processors.format_exc_info,
            structlog.processors.JSONRenderer(),
        ],
    )
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers = []
        logger.propagate = True
    # The app writes its own access line (app.routers.access_log): route template, status,
    # duration and request id; uvicorn's would repeat it with the client's address.
    uvicorn_access = logging.getLogger("uvicorn.access")
    uvicorn_access.handlers = []
    uvicorn_access.propagate = False
    for chatty in ("httpx", "httpcore"):
        # Their info lines print whole URLs, query strings included (webhook deliveries).
        logging.getLogger(chatty).setLevel(max(logging.WARNING, root.level))
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=False,
    )
