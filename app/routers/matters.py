"""A matter's life (thin): its export, its erasure, and legal holds that keep it."""

from __future__ import annotations

import re
import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import StreamingResponse

from app.routers import audit_trail
from app.routers.bodies import created
from app.routers.common import LEGAL_HOLD_409, JSONBody, base_url, problems
from app.routers.deps import SessionDep, TenantDep
from app.schemas.lifecycle import LegalHold, LegalHoldIn, LegalHoldList, MatterErasure
from app.services import audit, export, legal_holds, matters

router = APIRouter(tags=["matters"])

ExternalRef = Annotated[
    str | None,
    Query(
        min_length=1,
        max_length=200,
        description="The matter's reference in the practice software (the claims' "
        "`external_ref`): every assessment with it.",
    ),
]
AssessmentOfMatter = Annotated[
    uuid.UUID | None,
    Query(
        description="Or one assessment: its matter is every assessment with its reference "
        "(the assessment alone when it has none)."
    ),
]
ZIP = {
    "description": "A zip of JSON documents and the stored files (`manifest.json` lists them).",
    "content": {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
}


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", text).strip("._")[:60] or "matter"


def zip_response(content, filename: str) -> StreamingResponse:
    return StreamingResponse(
        content,
        media_type="application/zip",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


@router.get(
    "/v1/matters/export",
    response_class=StreamingResponse,
    responses={200: ZIP, **problems(401, 404, 422)},
    summary="Export a matter (Art. 20 GDPR): its assessments, files and drafts as a zip",
)
def export_matter(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    external_ref: ExternalRef = None,
    assessment_id: AssessmentOfMatter = None,
) -> Response:
    found = matters.matter(session, tenant, matters.MatterSelector(external_ref, assessment_id))
    ids = [a.id for a in found.assessments]
    audit.record_export(session, request.state.audit, ids)
    session.commit()
    audit_trail.written(request)
    name = _slug(found.external_ref) if found.external_ref else str(ids[0])
    archive = export.matter_archive(
        request.app.state.engine, request.app.state.evidence_store, tenant, found.external_ref, ids
    )
    return zip_response(archive, f"riposte-matter-{name}.zip")


@router.delete(
    "/v1/matters",
    response_model=MatterErasure,
    responses={**problems(401, 404, 422), 409: LEGAL_HOLD_409},
    summary="Erase a matter (Art. 17 GDPR): every assessment with everything about it",
)
def erase_matter(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    external_ref: ExternalRef = None,
    assessment_id: AssessmentOfMatter = None,
) -> Response:
    found = matters.matter(session, tenant, matters.MatterSelector(external_ref, assessment_id))
    done = matters.erase(session, request.app.state.evidence_store, tenant, found.assessments)
    return JSONBody(
        MatterErasure(
            external_ref=found.external_ref,
            assessment_ids=done.assessment_ids,
            evidence=done.evidence,
            drafts=done.drafts,
            blobs=done.blobs,
            events=done.events,
        ).model_dump(mode="json")
    )


def _hold(row) -> dict:
    return LegalHold.model_validate(row, from_attributes=True).model_dump(mode="json")


@router.post(
    "/v1/legal-holds",
    status_code=201,
    response_model=LegalHold,
    responses={
        200: {"model": LegalHold, "description": "The matter was held already: its hold."},
        **problems(400, 401, 404, 413, 422),
    },
    summary="Hold a matter for legal claims (Art. 17(3)(e) GDPR): no erasure, no purge",
)
def place_legal_hold(
    request: Request, session: SessionDep, tenant: TenantDep, hold: LegalHoldIn
) -> Response:
    row, new = legal_holds.place(
        session,
        tenant,
        external_ref=hold.external_ref,
        assessment_id=hold.assessment_id,
        reason=hold.reason,
        api_key_id=request.state.caller.key_id,
    )
    location = f"{base_url(request)}/v1/legal-holds/{row.id}"
    if not new:
        return JSONBody(_hold(row), headers={"Location": location})
    return created(_hold(row), location)


@router.get(
    "/v1/legal-holds",
    response_model=LegalHoldList,
    responses=problems(401),
    summary="List the firm's legal holds",
)
def list_legal_holds(session: SessionDep, tenant: TenantDep) -> Response:
    return JSONBody({"items": [_hold(row) for row in legal_holds.list_for(session, tenant)]})


@router.get(
    "/v1/legal-holds/{hold_id:uuid}",
    response_model=LegalHold,
    responses=problems(401, 404),
    summary="Get a legal hold",
)
def get_legal_hold(session: SessionDep, tenant: TenantDep, hold_id: uuid.UUID) -> Response:
    return JSONBody(_hold(legal_holds.get(session, tenant, hold_id)))


@router.delete(
    "/v1/legal-holds/{hold_id:uuid}",
    status_code=204,
    responses=problems(401, 404),
    summary="Clear a legal hold: the matter may be erased and purged again",
)
def clear_legal_hold(session: SessionDep, tenant: TenantDep, hold_id: uuid.UUID) -> Response:
    legal_holds.clear(session, tenant, hold_id)
    return Response(status_code=204)
