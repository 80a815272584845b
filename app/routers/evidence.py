"""HTTP routes for the evidence of an assessment (thin: parse, call a service, shape)."""

from __future__ import annotations

import uuid
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Header, Request, Response, UploadFile
from fastapi.responses import Response as PlainResponse
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from app.routers.assessments import IdempotencyKey
from app.routers.assessments import service as assessment_service
from app.routers.bodies import created as answer_created
from app.routers.common import base_url, localised, problems
from app.routers.deps import LangDep, SessionDep, TenantDep
from app.schemas.assessment import Assessment as AssessmentOut
from app.schemas.evidence import EVIDENCE_EXAMPLE, Evidence, EvidenceKind, EvidenceList
from app.services.assessment_etags import etag
from app.services.assessment_records import represent
from app.services.evidence import proposals
from app.services.evidence.pipeline import run_analysis
from app.services.evidence.service import EvidenceService, Upload
from app.services.evidence.service import represent as represent_evidence

router = APIRouter(prefix="/v1/assessments/{assessment_id}/evidence", tags=["evidence"])
EXAMPLE_RESPONSE = {"content": {"application/json": {"example": EVIDENCE_EXAMPLE}}}


def attachment(filename: str) -> str:
    """``Content-Disposition`` for any name (RFC 6266: an ASCII fallback and the UTF-8 name)."""
    fallback = filename.encode("ascii", "replace").decode().replace("?", "_")
    if fallback == filename:
        return f'attachment; filename="{filename}"'
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def evidence_service(request: Request, session) -> EvidenceService:
    state = request.app.state
    return EvidenceService(session, state.evidence_store, state.settings)


def _as_now(svc: EvidenceService, tenant, assessment_id, evidence_id) -> dict:
    """The file as it is now (a replay, too); in the thread pool, as every query."""
    svc.session.expire_all()
    row = svc.get(tenant, assessment_id, evidence_id)
    return represent_evidence(row, svc.current_claim(svc.assessment(tenant, assessment_id)))


@router.post(
    "",
    status_code=201,
    response_model=Evidence,
    responses={201: EXAMPLE_RESPONSE, **problems(400, 401, 404, 409, 413, 422, 507)},
    summary="Add a file to the case (image, capture, mandate, licence, report...)",
    description="The type is decided by the content's first bytes (JPEG, PNG, WebP, TIFF, "
    "HEIC, PDF, e-mail, Outlook message, plain text), never by the name. Files up to "
    "`RIPOSTE_EVIDENCE_INLINE_BYTES` are analysed before the response (`status: analysed`); "
    "larger ones, scans read by OCR and images compared with another image of the case, "
    "in a queued job (`status: analysing`, then `analysed` or `failed`). A scan on a "
    "server without OCR is analysed with `facts.ocr: needs_ocr`.",
)
async def upload_evidence(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    assessment_id: uuid.UUID,
    file: Annotated[UploadFile, File(description="The file (25 MiB at most by default).")],
    kind: Annotated[
        EvidenceKind, Form(description="What the file is to the case.", examples=["client_image"])
    ],
    note: Annotated[
        str | None, Form(max_length=2000, examples=["As found in the client's CMS"])
    ] = None,
    idempotency_key: IdempotencyKey = None,
) -> Response:
    svc = evidence_service(request, session)
    upload = Upload(kind, note, file.filename, file.file)
    uploaded = await run_in_threadpool(
        svc.upload, tenant, assessment_id, upload, idempotency_key=idempotency_key
    )
    if uploaded.analyse_now is not None:  # quick: before the response; else a queued job
        state = request.app.state
        job = (state.engine, state.evidence_store, state.settings, uploaded.analyse_now.id)
        await run_in_threadpool(run_analysis, *job)
    evidence_id = uuid.UUID(uploaded.body["id"])
    body = await run_in_threadpool(_as_now, svc, tenant, assessment_id, evidence_id)
    location = f"{base_url(request)}{request.url.path}/{body['id']}"
    return answer_created(body, location, lang=lang, replayed=uploaded.replayed)


@router.get(
    "",
    response_model=EvidenceList,
    responses=problems(401, 404, 422),
    summary="List the files of the case, oldest first",
)
def list_evidence(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    assessment_id: uuid.UUID,
) -> Response:
    svc = evidence_service(request, session)
    claim = svc.current_claim(svc.assessment(tenant, assessment_id))
    items = [represent_evidence(e, claim) for e in svc.list(tenant, assessment_id)]
    return localised({"items": items}, lang)


@router.get(
    "/{evidence_id}",
    response_model=Evidence,
    responses={
        200: {"content": {"application/json": {"example": EVIDENCE_EXAMPLE}}},
        **problems(401, 404, 422),
    },
    summary="A file's metadata, analysis status, proposals and image match",
)
def get_evidence(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    assessment_id: uuid.UUID,
    evidence_id: uuid.UUID,
) -> Response:
    svc = evidence_service(request, session)
    row = svc.get(tenant, assessment_id, evidence_id)
    claim = svc.current_claim(svc.assessment(tenant, assessment_id))
    return localised(represent_evidence(row, claim), lang)


@router.get(
    "/{evidence_id}/content",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
            "description": "The file as stored, as an attachment.",
        },
        **problems(401, 404, 422),
    },
    summary="Download the file (with its stored media type, as an attachment)",
)
def get_evidence_content(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    assessment_id: uuid.UUID,
    evidence_id: uuid.UUID,
) -> Response:
    row = evidence_service(request, session).get(tenant, assessment_id, evidence_id)
    chunks = request.app.state.evidence_store.open(tenant, row.sha256)
    headers = {
        "Content-Disposition": attachment(row.filename),
        "Content-Length": str(row.size),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
    }
    return StreamingResponse(chunks, media_type=row.media_type, headers=headers)


@router.delete(
    "/{evidence_id}",
    status_code=204,
    responses=problems(401, 404, 422),
    summary="Delete a file (and the content, when no other record uses it)",
)
def delete_evidence(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    assessment_id: uuid.UUID,
    evidence_id: uuid.UUID,
) -> Response:
    evidence_service(request, session).delete(tenant, assessment_id, evidence_id)
    return PlainResponse(status_code=204)


@router.post(
    "/{evidence_id}/proposals/{proposal_id}/accept",
    response_model=AssessmentOut,
    responses=problems(401, 404, 409, 412, 422),
    summary="Accept a proposed fact: a new revision of the claim (origin `evidence`)",
)
def accept_proposal(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    assessment_id: uuid.UUID,
    evidence_id: uuid.UUID,
    proposal_id: uuid.UUID,
    if_match: Annotated[
        str | None, Header(alias="If-Match", description="The assessment's ETag (optional).")
    ] = None,
) -> Response:
    stored = proposals.accept(
        evidence_service(request, session),
        assessment_service(request, session),
        tenant,
        assessment_id,
        evidence_id,
        proposal_id,
        if_match,
    )
    return localised(represent(stored), lang, headers={"ETag": etag(stored.assessment)})


@router.post(
    "/{evidence_id}/proposals/{proposal_id}/reject",
    response_model=Evidence,
    responses=problems(401, 404, 409, 422),
    summary="Reject a proposed fact (the claim is unchanged)",
)
def reject_proposal(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    assessment_id: uuid.UUID,
    evidence_id: uuid.UUID,
    proposal_id: uuid.UUID,
) -> Response:
    svc = evidence_service(request, session)
    row = proposals.reject(svc, tenant, assessment_id, evidence_id, proposal_id)
    claim = svc.current_claim(svc.assessment(tenant, assessment_id))
    return localised(represent_evidence(row, claim), lang)
