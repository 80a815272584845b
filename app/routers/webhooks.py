"""Webhook endpoints of the caller's firm, their signing secrets and delivery log."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import Response as PlainResponse

from app.routers.bodies import created
from app.routers.common import JSONBody, base_url, problems
from app.routers.deps import SessionDep, TenantDep
from app.schemas.webhooks import (
    WebhookAttempt,
    WebhookDelivery,
    WebhookDeliveryList,
    WebhookEndpoint,
    WebhookEndpointCreated,
    WebhookEndpointIn,
    WebhookEndpointList,
)
from app.services.webhooks import delivery as deliveries
from app.services.webhooks import endpoints

router = APIRouter(prefix="/v1/webhook-endpoints", tags=["webhooks"])


def _endpoint(row, *, with_secret: bool = False) -> dict:
    model = WebhookEndpointCreated if with_secret else WebhookEndpoint
    return model.model_validate(row, from_attributes=True).model_dump(mode="json")


def _delivery(row, attempts) -> dict:
    body = WebhookDelivery.model_validate(row, from_attributes=True)
    body.attempt_log = [WebhookAttempt.model_validate(a, from_attributes=True) for a in attempts]
    return body.model_dump(mode="json")


@router.post(
    "",
    status_code=201,
    response_model=WebhookEndpointCreated,
    responses=problems(400, 401, 413, 422),
    summary="Register a webhook endpoint; the answer holds its signing secret",
)
def create_webhook_endpoint(
    request: Request, session: SessionDep, tenant: TenantDep, endpoint: WebhookEndpointIn
) -> Response:
    row = endpoints.create(
        session,
        tenant,
        endpoint.url,
        list(endpoint.events),
        endpoint.description,
        allow_private=request.app.state.settings.webhook_allow_private_networks,
    )
    location = f"{base_url(request)}/v1/webhook-endpoints/{row.id}"
    return created(_endpoint(row, with_secret=True), location)


@router.get(
    "",
    response_model=WebhookEndpointList,
    responses=problems(401),
    summary="List the firm's webhook endpoints",
)
def list_webhook_endpoints(session: SessionDep, tenant: TenantDep) -> Response:
    return JSONBody({"items": [_endpoint(row) for row in endpoints.list_for(session, tenant)]})


@router.get(
    "/{endpoint_id:uuid}",
    response_model=WebhookEndpoint,
    responses=problems(401, 404),
    summary="Get a webhook endpoint",
)
def get_webhook_endpoint(
    session: SessionDep, tenant: TenantDep, endpoint_id: uuid.UUID
) -> Response:
    return JSONBody(_endpoint(endpoints.get(session, tenant, endpoint_id)))


@router.delete(
    "/{endpoint_id:uuid}",
    status_code=204,
    responses=problems(401, 404),
    summary="Delete a webhook endpoint and its delivery log",
)
def delete_webhook_endpoint(
    session: SessionDep, tenant: TenantDep, endpoint_id: uuid.UUID
) -> Response:
    endpoints.remove(session, tenant, endpoint_id)
    return PlainResponse(status_code=204)


@router.post(
    "/{endpoint_id:uuid}/rotate",
    response_model=WebhookEndpointCreated,
    responses=problems(401, 404),
    summary="Rotate the signing secret (the old one still signs for 24 hours)",
)
def rotate_webhook_secret(
    session: SessionDep, tenant: TenantDep, endpoint_id: uuid.UUID
) -> Response:
    return JSONBody(_endpoint(endpoints.rotate(session, tenant, endpoint_id), with_secret=True))


@router.get(
    "/{endpoint_id:uuid}/deliveries",
    response_model=WebhookDeliveryList,
    responses=problems(401, 404, 422),
    summary="The delivery log of an endpoint, newest first, with every attempt",
)
def list_webhook_deliveries(
    session: SessionDep,
    tenant: TenantDep,
    endpoint_id: uuid.UUID,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
) -> Response:
    rows = endpoints.deliveries(session, tenant, endpoint_id, limit)
    return JSONBody({"items": [_delivery(row, attempts) for row, attempts in rows]})


@router.post(
    "/{endpoint_id:uuid}/deliveries/{delivery_id:uuid}/redeliver",
    status_code=202,
    response_model=WebhookDelivery,
    responses=problems(401, 404),
    summary="Send an event again (same webhook-id) as a new delivery",
)
def redeliver_webhook(
    session: SessionDep, tenant: TenantDep, endpoint_id: uuid.UUID, delivery_id: uuid.UUID
) -> Response:
    row = endpoints.delivery(session, tenant, endpoint_id, delivery_id)
    again = deliveries.redeliver(session, row)
    return JSONBody(_delivery(again, []), status_code=202)
