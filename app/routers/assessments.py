"""HTTP routes for assessments (thin: parse, call a service, shape the response)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Header, Path, Query, Request, Response
from fastapi.responses import Response as PlainResponse
from starlette.concurrency import run_in_threadpool

from app.core.errors import InvalidInput, UnsupportedMediaType
from app.core.metrics import ASSESSMENTS_CREATED
from app.routers import direct
from app.routers.bodies import created as answer_created
from app.routers.bodies import media_type, parse_json
from app.routers.common import LEGAL_HOLD_409, JSONBody, headers, link, localised, problems
from app.routers.deps import LangDep, SessionDep, TenantDep
from app.schemas.assessment import Assessment as AssessmentOut
from app.schemas.assessment import (
    AssessmentPage,
    Recommendation,
    RevisionList,
    Trace,
)
from app.schemas.claim import Agency, Claim
from app.schemas.common import IsoDateTime
from app.schemas.examples import CLAIM_EXAMPLE, PATCH_EXAMPLE
from app.services.assessment_etags import etag, etag_for, if_none_match_holds
from app.services.assessment_records import represent, utc
from app.services.assessments import AssessmentService
from app.services.listing import ListFilters, list_assessments

router = APIRouter(prefix="/v1/assessments", tags=["assessments"])

IdempotencyKey = Annotated[
    str | None,
    Header(
        alias="Idempotency-Key",
        max_length=255,
        description="Retry-safe key: a retry with the same key and body returns the first "
        "response and creates nothing. Keys are kept at least 24 hours.",
    ),
]


def service(request: Request, session) -> AssessmentService:
    return AssessmentService(session, request.app.state.evaluator)


def location(request: Request, assessment_id: str) -> str:
    return link(request, f"/v1/assessments/{assessment_id}")


async def _create_directly(request: Request) -> Response | None:
    """``create_assessment`` without the dependency solver (``app.routers.direct``)."""
    claim = await direct.json_body(request, Claim)
    idempotency_key = direct.header(request, "Idempotency-Key", max_length=255)
    lang = await direct.language(request)
    if claim is None or lang is None or idempotency_key is direct.INVALID:
        return None
    async with direct.session(request) as session:
        tenant = await direct.tenant(request, session)
        return await run_in_threadpool(
            create_assessment, request, session, tenant, lang, claim, idempotency_key
        )


@direct.post(
    router,
    "",
    _create_directly,
    status_code=201,
    response_model=AssessmentOut,
    responses={
        201: {
            "description": "Stored (or replayed for the same Idempotency-Key and body).",
            "headers": headers("Location", "ETag", "Content-Language", "Idempotent-Replayed"),
        },
        **problems(400, 401, 409, 413, 422),
    },
    summary="Assess a demand letter and store the assessment",
)
def create_assessment(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    claim: Annotated[Claim, Body(openapi_examples=CLAIM_EXAMPLE)],
    idempotency_key: IdempotencyKey = None,
) -> Response:
    created = service(request, session).create(tenant, claim, idempotency_key=idempotency_key)
    body = created.body
    if not created.replayed:
        ASSESSMENTS_CREATED.inc()
    return answer_created(
        body,
        location(request, body["id"]),
        lang=lang,
        replayed=created.replayed,
        headers={"ETag": etag_for(body["id"], body["revision"], lang)},
    )


@router.get(
    "",
    response_model=AssessmentPage,
    responses=problems(401, 422),
    summary="List assessments, newest first",
    name="list_assessments",
)
def list_assessments_route(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    cursor: Annotated[str | None, Query(max_length=200, description="From `next`.")] = None,
    external_ref: Annotated[str | None, Query(max_length=200)] = None,
    agency: Annotated[Agency | None, Query()] = None,
    rights_holder: Annotated[str | None, Query(max_length=300)] = None,
    recommendation: Annotated[Recommendation | None, Query()] = None,
    created_after: Annotated[IsoDateTime | None, Query()] = None,
    created_before: Annotated[IsoDateTime | None, Query()] = None,
    updated_after: Annotated[
        IsoDateTime | None,
        Query(
            description="Only assessments revised (or created) after this instant, to "
            "resync after missed webhooks; deletions arrive as `assessment.deleted` events."
        ),
    ] = None,
) -> Response:
    filters = ListFilters(
        external_ref,
        agency,
        rights_holder,
        recommendation,
        created_after,
        created_before,
        updated_after=updated_after,
    )
    rows, next_cursor = list_assessments(session, tenant, filters, limit=limit, cursor=cursor)
    items = [
        {
            "id": str(a.id),
            "external_ref": a.external_ref,
            "agency": a.agency,
            "rights_holder": a.rights_holder,
            "recommendation": a.recommendation,
            "revision": a.revision,
            "rulebook_version": a.rulebook_version,
            "created_at": _iso(a.created_at),
            "updated_at": _iso(a.updated_at),
        }
        for a in rows
    ]
    next_url = None
    if next_cursor:
        params = dict(request.query_params)
        params["cursor"] = next_cursor
        next_url = link(request, request.url.path, params)
    return JSONBody({"items": items, "next": next_url, "limit": limit})


def _iso(moment: datetime) -> str:
    return utc(moment).isoformat()


@router.get(
    "/{assessment_id:uuid}",
    response_model=AssessmentOut,
    responses={
        200: {"headers": headers("ETag", "Content-Language")},
        304: {
            "description": "Not modified: If-None-Match matches the current tag.",
            "headers": headers("ETag"),
        },
        **problems(401, 404, 422),
    },
    summary="Get an assessment (its current revision)",
)
def get_assessment(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    assessment_id: uuid.UUID,
    if_none_match: Annotated[str | None, Header(alias="If-None-Match")] = None,
) -> Response:
    stored = service(request, session).get(tenant, assessment_id)
    tag = etag(stored.assessment, lang)
    if if_none_match and if_none_match_holds(if_none_match, tag):
        return PlainResponse(status_code=304, headers={"ETag": tag, "Vary": "Accept-Language"})
    return localised(represent(stored), lang, headers={"ETag": tag})


@router.patch(
    "/{assessment_id:uuid}",
    response_model=AssessmentOut,
    responses={
        200: {"headers": headers("ETag", "Content-Language")},
        **problems(400, 401, 404, 412, 413, 415, 422, 428),
    },
    summary="Revise the claim with a JSON merge patch and re-evaluate",
    openapi_extra={
        "x-required-headers": ["If-Match"],
        "requestBody": {
            "required": True,
            "content": {
                media: {
                    "schema": {"$ref": "#/components/schemas/ClaimMergePatch"},
                    "examples": PATCH_EXAMPLE,
                }
                for media in ("application/merge-patch+json", "application/json")
            },
        },
    },
)
async def patch_assessment(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    assessment_id: uuid.UUID,
    if_match: Annotated[
        str | None,
        Header(alias="If-Match", description="The current ETag (required: 428 without it)."),
    ] = None,
) -> Response:
    patch = await _merge_patch_body(request)
    return await run_in_threadpool(
        _patch, service(request, session), tenant, assessment_id, patch, if_match, lang
    )


def _patch(service, tenant, assessment_id, patch, if_match, lang) -> Response:
    """The synchronous part of PATCH: in the thread pool, never on the event loop."""
    stored = service.patch(tenant, assessment_id, patch, if_match)
    return localised(represent(stored), lang, headers={"ETag": etag(stored.assessment, lang)})


async def _merge_patch_body(request: Request) -> dict[str, Any]:
    if media_type(request) not in ("application/merge-patch+json", "application/json"):
        raise UnsupportedMediaType(
            "Send the patch as application/merge-patch+json (or application/json)."
        )
    patch = parse_json(await request.body(), "The patch")
    if not isinstance(patch, dict):
        raise InvalidInput(
            "A merge patch of a claim must be a JSON object.",
            errors=[{"pointer": "/", "detail": "expected an object"}],
        )
    return patch


@router.delete(
    "/{assessment_id:uuid}",
    status_code=204,
    responses={**problems(401, 404, 422), 409: LEGAL_HOLD_409},
    summary="Erase an assessment with everything about it (refused under legal hold)",
)
def delete_assessment(
    request: Request, session: SessionDep, tenant: TenantDep, assessment_id: uuid.UUID
) -> Response:
    service(request, session).delete(tenant, assessment_id, request.app.state.evidence_store)
    return PlainResponse(status_code=204)


@router.get(
    "/{assessment_id:uuid}/revisions",
    response_model=RevisionList,
    responses=problems(401, 404, 422),
    summary="List the revisions of an assessment",
)
def list_revisions(
    request: Request, session: SessionDep, tenant: TenantDep, assessment_id: uuid.UUID
) -> Response:
    rows = service(request, session).revisions(tenant, assessment_id)
    items = [
        {
            "revision": r.revision,
            "origin": r.origin,
            "created_at": _iso(r.created_at),
            "recommendation": r.result["strategy"]["recommendation"],
            "rulebook": {"version": r.rulebook_version, "digest": r.rulebook_digest},
            "app_version": r.app_version,
        }
        for r in rows
    ]
    return JSONBody({"items": items})


@router.get(
    "/{assessment_id:uuid}/revisions/{revision}",
    response_model=AssessmentOut,
    responses={200: {"headers": headers("Content-Language")}, **problems(401, 404, 422)},
    summary="Get one revision exactly as it was computed",
)
def get_revision(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    assessment_id: uuid.UUID,
    revision: Annotated[int, Path(ge=1, le=1_000_000)],
) -> Response:
    stored = service(request, session).revision(tenant, assessment_id, revision)
    return localised(represent(stored), lang)


@router.get(
    "/{assessment_id:uuid}/trace",
    response_model=Trace,
    responses=problems(401, 404, 422),
    summary="Every rule run for the current revision, with facts and parameters read",
)
def get_trace(
    request: Request, session: SessionDep, tenant: TenantDep, assessment_id: uuid.UUID
) -> Response:
    stored = service(request, session).get(tenant, assessment_id)
    return JSONBody(stored.revision.trace)
