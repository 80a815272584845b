"""Refuse input no handler should see: JSON that is too deep or too large in values,
strings PostgreSQL cannot store (NUL, lone surrogates), and query parameters holding them.

Every JSON body is read once here with orjson (strict: no NaN, no lone surrogates), walked
without recursion, and replayed to the application unchanged.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote_to_bytes

import orjson

from app.core.errors import InvalidInput
from app.routers.problems import problem, status_of

MAX_DEPTH = 32
"""Deepest nesting of arrays and objects in a body (a claim needs fewer than ten)."""
MAX_VALUES = 20_000
"""Most values (objects, arrays, strings, numbers) in one body."""


def refused_character(text: str) -> str | None:
    """What PostgreSQL would refuse in this string, if anything."""
    if "\x00" in text:
        return "NUL characters are not accepted"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "unpaired surrogate characters are not accepted"
    return None


def check_document(value: Any, *, root: str = "") -> None:
    """Raise InvalidInput when a parsed JSON value is too deep, too large or holds a
    string PostgreSQL refuses; the pointer names the first offending place."""
    stack: list[tuple[Any, str, int]] = [(value, root, 0)]
    seen = 0
    while stack:
        node, pointer, depth = stack.pop()
        seen += 1
        if seen > MAX_VALUES:
            raise InvalidInput(
                f"The document holds more than {MAX_VALUES} values.",
                errors=[{"pointer": root or "/", "detail": "too many values"}],
            )
        if depth > MAX_DEPTH:
            raise InvalidInput(
                f"The document is nested deeper than {MAX_DEPTH} levels.",
                errors=[{"pointer": pointer or "/", "detail": "nested too deep"}],
            )
        if isinstance(node, str):
            _check_string(node, pointer)
        elif isinstance(node, dict):
            for key, item in node.items():
                child = f"{pointer}/{_escape(key)}"
                _check_string(key, child)
                stack.append((item, child, depth + 1))
        elif isinstance(node, list):
            stack.extend((item, f"{pointer}/{i}", depth + 1) for i, item in enumerate(node))


def _check_string(text: str, pointer: str) -> None:
    reason = refused_character(text)
    if reason:
        raise InvalidInput(
            f"A string holds characters that cannot be stored: {reason}.",
            errors=[{"pointer": pointer[:200] or "/", "detail": reason}],
        )


def _escape(key: str) -> str:
    return key[:100].replace("~", "~0").replace("/", "~1")


def _is_json(headers: list[tuple[bytes, bytes]]) -> bool:
    for name, value in headers:
        if name == b"content-type":
            media = value.split(b";")[0].strip().lower()
            return media == b"application/json" or media.endswith(b"+json")
    return False


class InputGuardMiddleware:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            self._check_query(scope.get("query_string", b""))
        except InvalidInput as exc:
            await _answer(scope, receive, send, exc)
            return
        if not _is_json(scope.get("headers", [])):
            await self.app(scope, receive, send)
            return
        chunks = []
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return
            chunks.append(message.get("body", b""))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if body.strip():
            error = _check_body(body)
            if error is not None:
                await _answer(scope, receive, send, error)
                return
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    @staticmethod
    def _check_query(query: bytes) -> None:
        if b"%" not in query and b"\x00" not in query:
            return
        for pair in query.split(b"&"):
            name, _, value = pair.partition(b"=")
            raw = unquote_to_bytes(value.replace(b"+", b" "))
            text = raw.decode("utf-8", errors="surrogateescape")
            reason = (
                "invalid UTF-8"
                if any("\udc80" <= c <= "\udcff" for c in text)
                else refused_character(text)
            )
            if reason:
                pointer = "/" + unquote_to_bytes(name).decode("utf-8", "replace")[:100]
                raise InvalidInput(
                    f"A query parameter is not acceptable: {reason}.",
                    errors=[{"pointer": pointer, "detail": reason}],
                )


def _check_body(body: bytes) -> Exception | None:
    try:
        document = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        return MalformedJSON(str(exc).split(":")[0][:200], exc.pos)
    try:
        check_document(document)
    except InvalidInput as exc:
        return exc
    return None


class MalformedJSON(Exception):
    def __init__(self, reason: str, position: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.position = position


async def _answer(scope, receive, send, error: Exception) -> None:
    path = scope.get("path")
    if isinstance(error, MalformedJSON):
        response = problem(
            400,
            "Malformed JSON",
            "The request body is not valid JSON.",
            slug="malformed-json",
            errors=[{"pointer": "/", "detail": f"{error.reason} at character {error.position}"}],
            instance=path,
        )
    else:
        status, slug, title = status_of(error)
        response = problem(
            status,
            title,
            error.detail,
            slug=slug,
            errors=error.errors,
            instance=path,
        )
    await response(scope, receive, send)
