"""Prometheus metrics at ``/metrics``: request latency per route template (never the raw
path, which would hold ids), assessments created, evaluation time, job queue depth."""

from __future__ import annotations

import time

from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, Histogram, generate_latest
from starlette.requests import Request
from starlette.responses import Response

REQUESTS = Histogram(
    "riposte_http_request_duration_seconds",
    "Time to answer a request, per method, route template and status.",
    ["method", "route", "status"],
)
ASSESSMENTS_CREATED = Counter(
    "riposte_assessments_created_total", "Assessments stored (replays not counted)."
)
EVALUATION = Histogram(
    "riposte_evaluation_seconds", "Time to evaluate one claim under the rulebook."
)
QUEUE_DEPTH = Gauge("riposte_job_queue_depth", "Jobs waiting in the queue.")


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
