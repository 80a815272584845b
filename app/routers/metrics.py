"""``/metrics`` for Prometheus and the middleware that times every request."""

from __future__ import annotations

import time

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.requests import Request
from starlette.responses import Response

from app.core.metrics import QUEUE_DEPTH, REQUESTS


class MetricsMiddleware:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = {"code": 500}

        async def capture(message):
            if message["type"] == "http.response.start":
                status["code"] = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            REQUESTS.labels(scope["method"], template, str(status["code"])).observe(
                time.perf_counter() - started
            )


def metrics(request: Request) -> Response:
    queue = getattr(request.app.state, "jobs", None)
    if queue is not None:
        try:
            QUEUE_DEPTH.set(queue.depth())
        except Exception:  # the gauge keeps its last value when the queue cannot answer
            pass
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
