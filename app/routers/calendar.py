"""Calendar feeds of the caller's firm, and the iCalendar each one serves."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response

from app.routers import audit_trail
from app.routers.bodies import created
from app.routers.common import JSONBody, base_url, problems
from app.routers.deps import LangDep, SessionDep, TenantDep, spend
from app.routers.openapi import RATE_LIMIT_HEADERS
from app.schemas.calendar import CalendarFeed, CalendarFeedCreated, CalendarFeedIn, CalendarFeedList
from app.services import audit, calendar
from app.services.rate_limits import FEED_NAMESPACE

router = APIRouter(tags=["calendar"])


def _feed(row) -> dict:
    return CalendarFeed.model_validate(row, from_attributes=True).model_dump(mode="json")


@router.post(
    "/v1/calendar-feeds",
    status_code=201,
    response_model=CalendarFeedCreated,
    responses=problems(400, 401, 413, 422),
    summary="Create a calendar feed of the firm's deadlines; the answer holds its URL",
)
def create_calendar_feed(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    feed: CalendarFeedIn | None = None,
) -> Response:
    made = calendar.create(session, tenant, feed.label if feed else None)
    body = {**_feed(made.feed), "url": base_url(request) + calendar.feed_path(made.token)}
    return created(body, f"{base_url(request)}/v1/calendar-feeds/{made.feed.id}")


@router.get(
    "/v1/calendar-feeds",
    response_model=CalendarFeedList,
    responses=problems(401),
    summary="List the firm's calendar feeds (without their tokens)",
)
def list_calendar_feeds(session: SessionDep, tenant: TenantDep) -> Response:
    return JSONBody({"items": [_feed(row) for row in calendar.list_for(session, tenant)]})


@router.get(
    "/v1/calendar-feeds/{feed_id:uuid}",
    response_model=CalendarFeed,
    responses=problems(401, 404),
    summary="Get a calendar feed (without its token)",
)
def get_calendar_feed(session: SessionDep, tenant: TenantDep, feed_id: uuid.UUID) -> Response:
    return JSONBody(_feed(calendar.get(session, tenant, feed_id)))


@router.delete(
    "/v1/calendar-feeds/{feed_id:uuid}",
    status_code=204,
    responses=problems(401, 404),
    summary="Revoke a calendar feed: its URL answers 404 from now on",
)
def revoke_calendar_feed(session: SessionDep, tenant: TenantDep, feed_id: uuid.UUID) -> Response:
    calendar.revoke(session, tenant, feed_id)
    return Response(status_code=204)


@router.get(
    "/calendar/{token}.ics",
    response_class=Response,
    responses={
        200: {
            "description": "The firm's reply deadlines and limitation expiries (iCalendar, "
            "all-day events; past ones marked).",
            "content": {"text/calendar": {"schema": {"type": "string"}}},
            "headers": RATE_LIMIT_HEADERS,
        },
        **problems(404, 422),
        429: {
            **problems(429)[429],
            "description": "The feed was fetched too often (the same budget as an API key); "
            "retry after Retry-After seconds.",
        },
    },
    summary="The firm's deadlines as an iCalendar feed (the token in the URL authenticates)",
)
def calendar_feed(request: Request, session: SessionDep, lang: LangDep, token: str) -> Response:
    feed = calendar.opened(session, token)
    trail = audit_trail.begin(request, session, feed.tenant_id, None, actor=audit.CALENDAR_FEED)
    trail.resource_type, trail.resource_id = "calendar_feed", feed.id
    spend(request, feed.token_hash, what="This calendar feed", namespace=FEED_NAMESPACE)
    content = calendar.document(session, feed, base_url=base_url(request), lang=lang)
    return Response(
        content,
        media_type="text/calendar; charset=utf-8",
        headers={
            "Content-Disposition": 'inline; filename="riposte.ics"',
            "Cache-Control": "private, max-age=300",
            "Content-Language": lang,
            "Referrer-Policy": "no-referrer",
        },
    )
