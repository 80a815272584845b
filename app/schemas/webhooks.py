"""The webhook endpoint and delivery contract."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from app.schemas.common import Input
from app.schemas.enums import DeliveryStatus, EventType


class WebhookEndpointIn(Input):
    url: str = Field(
        min_length=8,
        max_length=2000,
        description="https URL on a public address (http and private addresses only when "
        "the server allows private networks).",
        examples=["https://practice.example.com/hooks/riposte"],
    )
    events: list[EventType] = Field(min_length=1, max_length=20)
    description: str | None = Field(default=None, max_length=500)


class WebhookEndpoint(BaseModel):
    id: uuid.UUID
    url: str
    events: list[EventType]
    description: str | None = None
    created_at: datetime
    updated_at: datetime
    previous_secret_expires_at: datetime | None = Field(
        default=None, description="Until then deliveries are also signed with the old secret."
    )


class WebhookEndpointCreated(WebhookEndpoint):
    secret: str = Field(
        description="The signing secret (Standard Webhooks, `whsec_` + base64); shown on "
        "creation and rotation only."
    )


class WebhookEndpointList(BaseModel):
    items: list[WebhookEndpoint]


class WebhookAttempt(BaseModel):
    attempted_at: datetime
    status_code: int | None = None
    error: str | None = None
    duration_ms: int


class WebhookDelivery(BaseModel):
    id: uuid.UUID
    endpoint_id: uuid.UUID
    event_id: uuid.UUID = Field(description="The `webhook-id` header of every attempt.")
    event_type: EventType
    status: DeliveryStatus
    attempts: int
    next_attempt_at: datetime | None = None
    last_status_code: int | None = None
    last_error: str | None = None
    created_at: datetime
    updated_at: datetime
    attempt_log: list[WebhookAttempt] = Field(default_factory=list)


class WebhookDeliveryList(BaseModel):
    items: list[WebhookDelivery]
