"""Delivering change events to webhook endpoints (Standard Webhooks).

The outbox dispatcher fans each event out into one delivery per subscribed endpoint, in
its own transaction; ``webhooks.deliver`` makes one attempt and, on failure, schedules the
next with exponential backoff and jitter until the retry window (24 hours) is spent. A
delivery is claimed with a short lease before the request, so two workers never send it
at the same time; the periodic sweep re-queues due deliveries whose job was lost.
"""

from __future__ import annotations

import random
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import httpx
from sqlmodel import Session
from standardwebhooks.webhooks import Webhook

from app import __version__
from app.core.config import Settings
from app.core.jsonutil import dumps
from app.models.outbox import OutboxEvent
from app.models.webhook import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from app.repositories.webhooks import Deliveries, WebhookRepository
from app.services import outbox
from app.services.jobs import JobContext, enqueue_after_commit, task
from app.services.webhooks.endpoints import signing_secrets
from app.services.webhooks.network import RefusedDestination, resolve

DELIVER = "webhooks.deliver"
SWEEP = "webhooks.sweep"
MAX_DELAY = timedelta(hours=6)


def aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def envelope(event: OutboxEvent) -> dict[str, Any]:
    """The body every endpoint receives: the event type, when it happened, its data."""
    return {
        "type": event.type,
        "timestamp": aware(event.occurred_at).isoformat(),
        "data": {**event.data, "event_id": str(event.id)},
    }


def schedule(session: Session, delivery: WebhookDelivery, when: datetime | None = None) -> None:
    enqueue_after_commit(
        session, DELIVER, {"delivery_id": str(delivery.id)}, run_at=when, lock=str(delivery.id)
    )


ENDPOINTS = "riposte_webhook_endpoints"


def endpoints_of(session: Session, tenant_id: uuid.UUID) -> list[WebhookEndpoint]:
    """A firm's endpoints, read once per transaction: the dispatcher hands a batch of up
    to a hundred events, most often of one firm (a re-evaluation writes hundreds), to the
    consumers in one transaction, and one SELECT per event was most of its time."""
    transaction = session.get_transaction()
    cached = session.info.get(ENDPOINTS)
    if cached is None or cached[0] is not transaction:
        cached = session.info[ENDPOINTS] = (transaction, {})
    by_tenant = cached[1]
    if tenant_id not in by_tenant:
        by_tenant[tenant_id] = WebhookRepository(session, tenant_id).endpoints()
    return by_tenant[tenant_id]


@outbox.consumer
def fan_out(session: Session, event: OutboxEvent) -> None:
    endpoints = endpoints_of(session, event.tenant_id)
    now = datetime.now(UTC)
    for endpoint in endpoints:
        if event.type not in endpoint.events:
            continue
        delivery = WebhookDelivery(
            tenant_id=event.tenant_id,
            endpoint_id=endpoint.id,
            event_id=event.id,
            event_type=event.type,
            payload=envelope(event),
            next_attempt_at=now,
            created_at=now,
            updated_at=now,
        )
        session.add(delivery)
        schedule(session, delivery)


def backoff(attempts: int, base_seconds: float) -> timedelta:
    """Exponential delay after the n-th failed attempt, with jitter (half to full)."""
    ceiling = min(base_seconds * 2 ** max(0, attempts - 1), MAX_DELAY.total_seconds())
    return timedelta(seconds=ceiling * random.uniform(0.5, 1.0))


def signed_headers(
    endpoint: WebhookEndpoint, delivery: WebhookDelivery, body: str, now: datetime
) -> dict[str, str]:
    msg_id = str(delivery.event_id)
    signatures = [
        Webhook(secret).sign(msg_id, now, body) for secret in signing_secrets(endpoint, now)
    ]
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(int(now.timestamp())),
        "webhook-signature": " ".join(signatures),
        "content-type": "application/json",
        "user-agent": f"Riposte-Webhooks/{__version__}",
    }


def _claim(session: Session, delivery_id: uuid.UUID, now: datetime, lease: timedelta) -> bool:
    claimed = Deliveries(session).lease(delivery_id, now, now + lease)
    session.commit()
    return claimed


def send(
    url: str, headers: dict[str, str], body: str, settings: Settings
) -> tuple[int | None, str | None]:
    """POST once, to the address checked, without following redirects."""
    try:
        destination = resolve(url, allow_private=settings.webhook_allow_private_networks)
    except RefusedDestination as exc:
        return None, str(exc)
    headers = {**headers, "host": urlsplit(url).netloc.rsplit("@", 1)[-1]}
    try:
        with httpx.Client(timeout=settings.webhook_timeout_seconds, follow_redirects=False) as http:
            response = http.post(
                destination.url,
                content=body.encode("utf-8"),
                headers=headers,
                extensions={"sni_hostname": destination.host},
            )
    except httpx.TimeoutException:
        return None, "timed out"
    except httpx.HTTPError as exc:
        return None, f"connection failed ({type(exc).__name__})"
    if 200 <= response.status_code < 300:
        return response.status_code, None
    return response.status_code, f"HTTP {response.status_code}"


def attempt(session: Session, delivery_id: uuid.UUID, settings: Settings) -> WebhookDelivery | None:
    """Make one attempt if the delivery is due; returns it, or None when not due or gone."""
    now = datetime.now(UTC)
    lease = timedelta(seconds=settings.webhook_timeout_seconds + 30)
    if not _claim(session, delivery_id, now, lease):
        return None
    delivery = session.get(WebhookDelivery, delivery_id)
    endpoint = session.get(WebhookEndpoint, delivery.endpoint_id) if delivery else None
    if delivery is None or endpoint is None:
        return None
    body = dumps(delivery.payload)
    started = time.perf_counter()
    status, error = send(
        endpoint.url, signed_headers(endpoint, delivery, body, now), body, settings
    )
    elapsed = int((time.perf_counter() - started) * 1000)
    finished = datetime.now(UTC)
    session.add(
        WebhookAttempt(
            delivery_id=delivery.id,
            attempted_at=now,
            status_code=status,
            error=error,
            duration_ms=elapsed,
        )
    )
    delivery.attempts += 1
    delivery.last_status_code = status
    delivery.last_error = error
    delivery.updated_at = finished
    if error is None:
        delivery.status, delivery.next_attempt_at = "succeeded", None
    else:
        retry_at = finished + backoff(delivery.attempts, settings.webhook_retry_base_seconds)
        window = timedelta(hours=settings.webhook_retry_hours)
        if retry_at - aware(delivery.created_at) > window:
            delivery.status, delivery.next_attempt_at = "failed", None
        else:
            delivery.next_attempt_at = retry_at
            schedule(session, delivery, retry_at)
    session.add(delivery)
    session.commit()
    return delivery


def redeliver(session: Session, delivery: WebhookDelivery) -> WebhookDelivery:
    """A new delivery of the same event (same ``webhook-id``) to the same endpoint."""
    now = datetime.now(UTC)
    again = WebhookDelivery(
        tenant_id=delivery.tenant_id,
        endpoint_id=delivery.endpoint_id,
        event_id=delivery.event_id,
        event_type=delivery.event_type,
        payload=delivery.payload,
        next_attempt_at=now,
        created_at=now,
        updated_at=now,
    )
    session.add(again)
    schedule(session, again)
    session.commit()
    return again


@task(DELIVER)
def deliver(payload: dict[str, Any], context: JobContext) -> None:
    with context.session() as session:
        attempt(session, uuid.UUID(payload["delivery_id"]), context.settings)


@task(SWEEP, every_seconds=30)
def sweep(payload: dict[str, Any], context: JobContext) -> None:
    """Queue every due delivery again (a job lost in a restart, a worker that died)."""
    now = datetime.now(UTC)
    with context.session() as session:
        due = Deliveries(session).due(now, 500)
    for delivery_id in due:
        context.queue.enqueue(DELIVER, {"delivery_id": str(delivery_id)}, lock=str(delivery_id))
