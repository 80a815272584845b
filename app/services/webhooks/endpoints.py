"""Managing a firm's webhook endpoints: create, list, get, delete, rotate the secret."""

from __future__ import annotations

import base64
import secrets
import uuid
from datetime import UTC, datetime, timedelta

from sqlmodel import Session

from app.core.errors import InvalidInput, NotFound
from app.models.webhook import WebhookAttempt, WebhookDelivery, WebhookEndpoint
from app.repositories.webhooks import WebhookRepository
from app.schemas.events import EVENT_TYPES
from app.services.webhooks.network import RefusedDestination, check_url

ROTATION_GRACE = timedelta(hours=24)


def new_secret() -> str:
    """A Standard Webhooks signing secret: ``whsec_`` and 32 random bytes in base64."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode("ascii")


def _checked(url: str, events: list[str], allow_private: bool) -> None:
    try:
        check_url(url, allow_private=allow_private)
    except RefusedDestination as exc:
        raise InvalidInput(
            f"The endpoint URL is refused: {exc}.", errors=[{"pointer": "/url", "detail": str(exc)}]
        ) from exc
    unknown = sorted(set(events) - set(EVENT_TYPES))
    if unknown or not events:
        raise InvalidInput(
            "Subscribe to at least one known event type.",
            errors=[{"pointer": "/events", "detail": f"unknown: {', '.join(unknown)}"}]
            if unknown
            else [{"pointer": "/events", "detail": "empty"}],
        )


def create(
    session: Session,
    tenant_id: uuid.UUID,
    url: str,
    events: list[str],
    description: str | None,
    *,
    allow_private: bool,
) -> WebhookEndpoint:
    _checked(url, events, allow_private)
    row = WebhookEndpoint(
        tenant_id=tenant_id,
        url=url,
        events=sorted(set(events)),
        description=description,
        secret=new_secret(),
    )
    session.add(row)
    session.commit()
    return row


def list_for(session: Session, tenant_id: uuid.UUID) -> list[WebhookEndpoint]:
    return WebhookRepository(session, tenant_id).endpoints()


def get(session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID) -> WebhookEndpoint:
    row = WebhookRepository(session, tenant_id).endpoint(endpoint_id)
    if row is None:
        raise NotFound(f"No webhook endpoint {endpoint_id}.")
    return row


def remove(session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID) -> None:
    row = get(session, tenant_id, endpoint_id)
    WebhookRepository(session, tenant_id).erase(row)
    session.commit()


def rotate(session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID) -> WebhookEndpoint:
    """A new secret; for 24 hours deliveries carry signatures with both, so the receiver
    can switch without losing an event."""
    row = get(session, tenant_id, endpoint_id)
    now = datetime.now(UTC)
    row.previous_secret = row.secret
    row.previous_secret_expires_at = now + ROTATION_GRACE
    row.secret = new_secret()
    row.updated_at = now
    session.add(row)
    session.commit()
    return row


def signing_secrets(row: WebhookEndpoint, now: datetime) -> list[str]:
    found = [row.secret]
    expires = row.previous_secret_expires_at
    if row.previous_secret and expires is not None:
        expires = expires if expires.tzinfo else expires.replace(tzinfo=UTC)
        if expires > now:
            found.append(row.previous_secret)
    return found


def deliveries(
    session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID, limit: int
) -> list[tuple[WebhookDelivery, list[WebhookAttempt]]]:
    """The delivery log of an endpoint, newest first, each with its attempts."""
    endpoint = get(session, tenant_id, endpoint_id)
    return WebhookRepository(session, tenant_id).deliveries(endpoint, limit)


def delivery(
    session: Session, tenant_id: uuid.UUID, endpoint_id: uuid.UUID, delivery_id: uuid.UUID
) -> WebhookDelivery:
    endpoint = get(session, tenant_id, endpoint_id)
    row = WebhookRepository(session, tenant_id).delivery(endpoint, delivery_id)
    if row is None:
        raise NotFound(f"No delivery {delivery_id} for this endpoint.")
    return row
