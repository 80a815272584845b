"""Refuse request bodies above a size limit before anything parses them.

Counts bytes in the ASGI ``receive`` path, so chunked bodies without a Content-Length are
caught too; a declared Content-Length above the limit is refused at once.
"""

from __future__ import annotations

from collections.abc import Callable

import orjson
from starlette.exceptions import HTTPException

from app.routers.problems import PROBLEM


class BodyTooLarge(HTTPException):
    """Raised while the body streams in; an HTTPException so that the framework's body
    parsing lets it through and the problem handler answers 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body exceeds {limit} bytes.")


class BodyLimitMiddleware:
    def __init__(self, app, limit_for: Callable[[str], int]) -> None:
        self.app = app
        self.limit_for = limit_for

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.limit_for(scope["path"])
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = -1
                if declared > limit:
                    await _refuse(send, limit, scope["path"])
                    return
        received = 0
        started = False

        async def limited_receive():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def tracking_send(message):
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge:
            if not started:
                await _refuse(send, limit, scope["path"])


async def _refuse(send, limit: int, path: str) -> None:
    body = orjson.dumps(
        {
            "type": "https://riposte.example/problems/payload-too-large",
            "title": "Request body too large",
            "status": 413,
            "detail": f"The request body exceeds {limit} bytes.",
            "instance": path,
        }
    )
    await send(
        {
            "type": "http.response.start",
            "status": 413,
            "headers": [
                (b"content-type", PROBLEM.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
