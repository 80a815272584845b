"""Prometheus metrics: request latency per route template (never the raw path, which would
hold ids), assessments created, evaluation time, job queue depth. Served by
``app.routers.metrics``."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

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
