"""IETF ``RateLimit-*`` headers on every response to an authenticated request.

The API key's budget is counted in the authentication dependency (``deps.get_tenant``),
which leaves it in the request's state; this middleware writes it into the response
headers, whatever the route answered (a body, a 304, a problem, the 429 itself). Headers
follow draft-ietf-httpapi-ratelimit-headers: ``RateLimit-Limit``, ``RateLimit-Remaining``,
``RateLimit-Reset`` (seconds) and ``RateLimit-Policy`` (``600;w=60``)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

STATE_KEY = "rate_limit"


def budget_headers(budget) -> list[tuple[bytes, bytes]]:
    return [
        (b"ratelimit-limit", str(budget.limit).encode()),
        (b"ratelimit-remaining", str(budget.remaining).encode()),
        (b"ratelimit-reset", str(budget.reset_after).encode()),
        (b"ratelimit-policy", f"{budget.limit};w={budget.window}".encode()),
    ]


class RateLimitHeadersMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_budget(message: Message) -> None:
            if message["type"] == "http.response.start":
                budget = scope.get("state", {}).get(STATE_KEY)
                if budget is not None:
                    message["headers"] = [*message.get("headers", []), *budget_headers(budget)]
            await send(message)

        scope.setdefault("state", {})  # shared with the request, whoever copies the scope
        await self.app(scope, receive, send_with_budget)
