"""Refuse request bodies above a size limit before anything parses them.

Counts bytes in the ASGI ``receive`` path, so chunked bodies without a Content-Length are
caught too; a declared Content-Length above the limit is refused without parsing. The
refused body is read and dropped (within bounds) so that the client receives the 413.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import orjson
from starlette.exceptions import HTTPException

from app.routers.problems import PROBLEM


class BodyTooLarge(HTTPException):
    """Raised while the body streams in; an HTTPException so that the framework's body
    parsing lets it through and the problem handler answers 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"The request body exceeds {limit} bytes.")


BODY_SECONDS = 30.0
"""A body must arrive within this (a client sending one byte a second is cut off)."""


class BodyTooSlow(HTTPException):
    def __init__(self) -> None:
        super().__init__(408, f"The request body did not arrive within {BODY_SECONDS:g} s.")


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
                    if declared <= DRAIN_BYTES and not _expects_continue(scope):
                        await _drain(receive)
                    await _refuse(send, limit, scope["path"])
                    return
        received = 0
        started = False

        deadline = asyncio.get_running_loop().time() + BODY_SECONDS
        complete = False

        async def limited_receive():
            nonlocal received, complete
            if complete:
                return await receive()
            try:
                # a timeout scope, not wait_for: no task made for each message
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                raise BodyTooSlow() from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
                complete = not message.get("more_body", False)
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
                await _drain(receive, already=received)
                await _refuse(send, limit, scope["path"])
        except BodyTooSlow as exc:  # raised where no handler sees it (a middleware's read)
            if not started:
                await _answer(send, 408, "Request Timeout", exc.detail, scope["path"])


DRAIN_BYTES = 32 * 1024 * 1024
DRAIN_SECONDS = 5.0


def _expects_continue(scope) -> bool:
    return any(n == b"expect" and v.lower() == b"100-continue" for n, v in scope["headers"])


async def _drain(receive, already: int = 0) -> None:
    """Read (and drop) the rest of a refused body, up to a bound, before answering: a
    server that answers and closes while the client is still sending resets the
    connection, and the client sees a reset instead of the 413."""
    deadline = time.monotonic() + DRAIN_SECONDS
    drained = already
    while drained < DRAIN_BYTES:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return
        try:
            message = await asyncio.wait_for(receive(), remaining)
        except TimeoutError:
            return
        if message["type"] != "http.request":
            return
        drained += len(message.get("body", b""))
        if not message.get("more_body", False):
            return


async def _refuse(send, limit: int, path: str) -> None:
    detail = f"The request body exceeds {limit} bytes."
    await _answer(send, 413, "Request body too large", detail, path)


PROBLEM_TYPES = {
    413: "/problems/payload-too-large",
    408: "about:blank",  # as the problem handler answers a 408 raised in a route
}


async def _answer(send, status: int, title: str, detail: str, path: str) -> None:
    body = orjson.dumps(
        {
            "type": PROBLEM_TYPES[status],
            "title": title,
            "status": status,
            "detail": detail,
            "instance": path,
        }
    )
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", PROBLEM.encode()),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
