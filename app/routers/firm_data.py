"""The firm's own data (admin key, thin): its whole export, its retention period, and the
audit log of who read and wrote what."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import StreamingResponse

from app.routers import audit_trail
from app.routers.common import JSONBody, link, problems
from app.routers.deps import SessionDep, TenantDep
from app.routers.matters import ZIP, zip_response
from app.schemas.common import IsoDateTime
from app.schemas.enums import AuditAction
from app.schemas.lifecycle import AuditEvent, AuditEventPage, Retention, RetentionIn
from app.services import audit, export, retention

router = APIRouter(tags=["firm data"])


@router.get(
    "/v1/firm/export",
    response_class=StreamingResponse,
    responses={200: ZIP, **problems(401)},
    summary="Export all the firm's data (Art. 20 GDPR) as a zip",
)
def export_firm(request: Request, session: SessionDep, tenant: TenantDep) -> Response:
    audit.record(session, request.state.audit, status=200, action=audit.EXPORT)
    session.commit()
    audit_trail.written(request)
    archive = export.firm_archive(
        request.app.state.engine, request.app.state.evidence_store, tenant
    )
    day = datetime.now(UTC).date().isoformat()
    return zip_response(archive, f"riposte-firm-{day}.zip")


def _retention(found: retention.Setting) -> dict:
    return {"period": found.period.iso(), "default": found.default}


@router.get(
    "/v1/firm/retention",
    response_model=Retention,
    responses=problems(401),
    summary="How long the firm's matters are kept after their last activity",
)
def get_retention(session: SessionDep, tenant: TenantDep) -> Response:
    return JSONBody(_retention(retention.setting(session, tenant)))


@router.put(
    "/v1/firm/retention",
    response_model=Retention,
    responses=problems(400, 401, 413, 422),
    summary="Set the firm's retention period (the purge erases matters idle for longer)",
)
def put_retention(session: SessionDep, tenant: TenantDep, body: RetentionIn) -> Response:
    return JSONBody(_retention(retention.set_period(session, tenant, body.period)))


@router.get(
    "/v1/audit-events",
    response_model=AuditEventPage,
    responses=problems(401, 422),
    summary="The audit log: who read and wrote what, and when, newest first",
)
def list_audit_events(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 50,
    cursor: Annotated[str | None, Query(max_length=200, description="From `next`.")] = None,
    api_key_id: Annotated[uuid.UUID | None, Query(description="One key's requests.")] = None,
    assessment_id: Annotated[uuid.UUID | None, Query()] = None,
    action: Annotated[AuditAction | None, Query()] = None,
    operation: Annotated[
        str | None,
        Query(max_length=80, pattern="^[a-z_]+$", description="An operation id."),
    ] = None,
    occurred_after: Annotated[IsoDateTime | None, Query()] = None,
    occurred_before: Annotated[IsoDateTime | None, Query()] = None,
) -> Response:
    session.rollback()  # hand the connection back: the flush needs it (SQLite has one)
    request.app.state.audit_reads.flush()  # the reads answered so far, this process's
    rows, next_cursor = audit.page(
        session,
        tenant,
        audit.AuditFilters(
            api_key_id=api_key_id,
            assessment_id=assessment_id,
            action=str(action) if action else None,
            operation=operation,
            occurred_after=occurred_after,
            occurred_before=occurred_before,
        ),
        limit=limit,
        cursor=cursor,
    )
    next_url = None
    if next_cursor:
        params = dict(request.query_params)
        params["cursor"] = next_cursor
        next_url = link(request, request.url.path, params)
    items = [
        AuditEvent.model_validate(row, from_attributes=True).model_dump(mode="json") for row in rows
    ]
    return JSONBody({"items": items, "next": next_url, "limit": limit})
