"""Webhook endpoints, deliveries and attempts in the database.

``WebhookRepository(session, tenant_id)`` holds one firm's endpoints and their delivery
logs; ``Deliveries`` serves the delivery worker, which works on every firm's queue by id.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, select

from app.models.webhook import WebhookAttempt, WebhookDelivery, WebhookEndpoint


class WebhookRepository:
    def __init__(self, session: Session, tenant_id: uuid.UUID) -> None:
        self.session = session
        self.tenant_id = tenant_id

    def endpoints(self) -> list[WebhookEndpoint]:
        """Oldest first."""
        return list(
            self.session.exec(
                select(WebhookEndpoint)
                .where(WebhookEndpoint.tenant_id == self.tenant_id)
                .order_by(WebhookEndpoint.created_at, WebhookEndpoint.id)
            )
        )

    def endpoint(self, endpoint_id: uuid.UUID) -> WebhookEndpoint | None:
        return self.session.exec(
            select(WebhookEndpoint).where(
                WebhookEndpoint.id == endpoint_id, WebhookEndpoint.tenant_id == self.tenant_id
            )
        ).first()

    def erase(self, endpoint: WebhookEndpoint) -> None:
        """Delete the endpoint with its deliveries and their attempts."""
        self._check(endpoint)
        deliveries = select(WebhookDelivery.id).where(WebhookDelivery.endpoint_id == endpoint.id)
        self.session.exec(delete(WebhookAttempt).where(WebhookAttempt.delivery_id.in_(deliveries)))
        self.session.exec(delete(WebhookDelivery).where(WebhookDelivery.endpoint_id == endpoint.id))
        self.session.delete(endpoint)

    def deliveries(
        self, endpoint: WebhookEndpoint, limit: int
    ) -> list[tuple[WebhookDelivery, list[WebhookAttempt]]]:
        """The endpoint's delivery log, newest first, each with its attempts (oldest first)."""
        self._check(endpoint)
        rows = list(
            self.session.exec(
                select(WebhookDelivery)
                .where(WebhookDelivery.endpoint_id == endpoint.id)
                .order_by(WebhookDelivery.created_at.desc(), WebhookDelivery.id)
                .limit(limit)
            )
        )
        attempts: dict[uuid.UUID, list[WebhookAttempt]] = {row.id: [] for row in rows}
        if rows:
            for item in self.session.exec(
                select(WebhookAttempt)
                .where(WebhookAttempt.delivery_id.in_(list(attempts)))
                .order_by(WebhookAttempt.attempted_at)
            ):
                attempts[item.delivery_id].append(item)
        return [(row, attempts[row.id]) for row in rows]

    def delivery(self, endpoint: WebhookEndpoint, delivery_id: uuid.UUID) -> WebhookDelivery | None:
        self._check(endpoint)
        row = self.session.get(WebhookDelivery, delivery_id)
        return row if row is not None and row.endpoint_id == endpoint.id else None

    def _check(self, endpoint: WebhookEndpoint) -> None:
        if endpoint.tenant_id != self.tenant_id:
            raise PermissionError("a webhook endpoint of another firm")


class Deliveries:
    """The delivery worker's view: deliveries by id, whichever firm they belong to."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def lease(self, delivery_id: uuid.UUID, now: datetime, until: datetime) -> bool:
        """Take a pending, due delivery until ``until`` unless another worker took it."""
        claimed = self.session.exec(
            update(WebhookDelivery)
            .where(
                WebhookDelivery.id == delivery_id,
                WebhookDelivery.status == "pending",
                WebhookDelivery.next_attempt_at <= now,
            )
            .values(next_attempt_at=until)
        )
        return claimed.rowcount == 1

    def due(self, now: datetime, limit: int) -> list[uuid.UUID]:
        return list(
            self.session.exec(
                select(WebhookDelivery.id)
                .where(WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now)
                .limit(limit)
            ).all()
        )
