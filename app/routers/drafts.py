"""HTTP routes for reply drafts and the firm's letterhead and templates (thin)."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import ValidationError

from app.core.errors import InvalidInput, UnsupportedMediaType
from app.models import Draft, DraftTemplate
from app.routers.bodies import created, media_type, parse_json, validated
from app.routers.common import JSONBody, base_url, problems
from app.routers.deps import LangDep, SessionDep, TenantDep
from app.schemas.drafts import (
    DraftFormat,
    DraftKind,
    DraftLanguage,
    DraftList,
    DraftOut,
    DraftRequest,
    LetterSettings,
    TemplateIn,
    TemplateList,
    TemplateOut,
)
from app.services import pages
from app.services.assessments import AssessmentService
from app.services.drafts import templates
from app.services.drafts.service import DraftService, render_draft, rests_on

router = APIRouter(tags=["drafts"])
KindPath = Annotated[DraftKind, Path()]
LanguagePath = Annotated[DraftLanguage, Path()]


def service(request: Request, session) -> DraftService:
    return DraftService(session, request.app.state.evaluator)


def draft_url(request: Request, draft: Draft) -> str:
    return f"{base_url(request)}/v1/assessments/{draft.assessment_id}/drafts/{draft.id}"


def links(request: Request, draft: Draft) -> dict[str, str]:
    url = draft_url(request, draft)
    return {fmt: f"{url}?format={fmt}" for fmt in ("md", "html", "docx", "pdf")}


def summary(request: Request, draft: Draft) -> dict:
    return {
        "id": str(draft.id),
        "revision": draft.revision,
        "kind": draft.kind,
        "language": draft.language,
        "template": draft.template,
        "created_at": draft.created_at.isoformat(),
        "links": links(request, draft),
    }


def represent(request: Request, draft: Draft) -> dict:
    body = summary(request, draft)
    body.update(
        assessment_id=str(draft.assessment_id),
        rests_on=rests_on(draft.document),
        document=draft.document,
    )
    return body


@router.post(
    "/v1/assessments/{assessment_id:uuid}/drafts",
    status_code=201,
    response_model=DraftOut,
    responses=problems(400, 401, 404, 409, 413, 422),
    summary="Draft a reply letter from the assessment's current revision",
)
def create_draft(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    assessment_id: uuid.UUID,
    body: DraftRequest,
) -> Response:
    draft = service(request, session).create(
        tenant, assessment_id, body.kind, body.language, client_name=body.client_name
    )
    return created(represent(request, draft), draft_url(request, draft))


@router.get(
    "/v1/assessments/{assessment_id:uuid}/drafts",
    response_model=DraftList,
    responses=problems(401, 404, 422),
    summary="List the drafts made for an assessment, newest first",
)
def list_drafts(
    request: Request, session: SessionDep, tenant: TenantDep, assessment_id: uuid.UUID
) -> Response:
    rows = service(request, session).list(tenant, assessment_id)
    return JSONBody({"items": [summary(request, d) for d in rows]})


@router.get(
    "/v1/assessments/{assessment_id:uuid}/drafts/{draft_id:uuid}",
    response_model=DraftOut,
    responses={
        **problems(401, 404, 422),
        200: {
            "description": "The draft: JSON by default, or the letter in `format`.",
            "content": {
                "text/markdown": {},
                "text/html": {},
                "application/pdf": {},
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {},
            },
        },
    },
    summary="Get a draft, or the letter as Markdown, HTML, DOCX or PDF",
)
def get_draft(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    assessment_id: uuid.UUID,
    draft_id: uuid.UUID,
    format: Annotated[DraftFormat, Query(description="json (default), md, html, docx, pdf")] = (
        "json"
    ),
) -> Response:
    draft = service(request, session).get(tenant, assessment_id, draft_id)
    if format == "json":
        return JSONBody(represent(request, draft))
    rendered = render_draft(draft, format)
    disposition = "inline" if format in ("md", "html") else "attachment"
    return Response(
        rendered.content,
        media_type=rendered.media_type,
        headers={
            "Content-Disposition": f'{disposition}; filename="{rendered.filename}"',
            "Content-Language": draft.language,
        },
    )


@router.get(
    "/v1/assessments/{assessment_id:uuid}/report.pdf",
    responses={
        **problems(401, 404, 422),
        200: {"description": "The assessment as a PDF note.", "content": {"application/pdf": {}}},
    },
    response_class=Response,
    summary="The whole assessment as a PDF note for the client file",
)
def get_report(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    lang: LangDep,
    assessment_id: uuid.UUID,
) -> Response:
    evaluator = request.app.state.evaluator
    stored = AssessmentService(session, evaluator).get(tenant, assessment_id)
    content = pages.report_pdf(
        stored,
        lang,
        facts=evaluator.rulebook.facts,
        question_order=evaluator.rulebook.question_order,
    )
    return Response(
        content,
        media_type="application/pdf",
        headers={
            "Content-Disposition": f'attachment; filename="report-{assessment_id}.pdf"',
            "Content-Language": lang,
        },
    )


@router.get(
    "/v1/firm/letter-settings",
    response_model=LetterSettings,
    responses=problems(401),
    summary="The letterhead and signature block of the firm's letters",
)
def get_letter_settings(request: Request, session: SessionDep, tenant: TenantDep) -> Response:
    return JSONBody(service(request, session).letter_settings(tenant))


@router.put(
    "/v1/firm/letter-settings",
    response_model=LetterSettings,
    responses=problems(400, 401, 413, 422),
    summary="Set the letterhead and signature block of the firm's letters",
)
def put_letter_settings(
    request: Request, session: SessionDep, tenant: TenantDep, body: LetterSettings
) -> Response:
    data = body.model_dump(mode="json")
    service(request, session).set_letter_settings(tenant, data)
    return JSONBody(data)


def template_out(row: DraftTemplate) -> dict:
    return {
        "kind": row.kind,
        "language": row.language,
        "source": row.source,
        "updated_at": row.updated_at.isoformat(),
    }


@router.get(
    "/v1/firm/templates",
    response_model=TemplateList,
    responses=problems(401),
    summary="The firm's own letter templates",
)
def list_templates(request: Request, session: SessionDep, tenant: TenantDep) -> Response:
    rows = service(request, session).templates(tenant)
    return JSONBody({"items": [template_out(r) for r in rows]})


@router.get(
    "/v1/firm/templates/builtin",
    response_model=TemplateOut,
    responses=problems(401),
    summary="The built-in letter template, a starting point for the firm's own",
)
def get_builtin_template(tenant: TenantDep) -> Response:
    return JSONBody(
        {"kind": None, "language": None, "source": templates.builtin_source(), "updated_at": None}
    )


@router.get(
    "/v1/firm/templates/{kind}/{language}",
    response_model=TemplateOut,
    responses=problems(401, 404, 422),
    summary="One of the firm's letter templates",
)
def get_template(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    kind: KindPath,
    language: LanguagePath,
) -> Response:
    return JSONBody(template_out(service(request, session).template(tenant, kind, language)))


@router.put(
    "/v1/firm/templates/{kind}/{language}",
    response_model=TemplateOut,
    responses=problems(400, 401, 413, 415, 422),
    summary="Upload the firm's template for a kind of letter in a language (validated)",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": TemplateIn.model_json_schema()},
                "text/plain": {"schema": {"type": "string"}},
            },
        }
    },
)
async def put_template(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    kind: KindPath,
    language: LanguagePath,
) -> Response:
    source = await _template_source(request)
    row = service(request, session).put_template(tenant, kind, language, source)
    return JSONBody(template_out(row))


@router.delete(
    "/v1/firm/templates/{kind}/{language}",
    status_code=204,
    responses=problems(401, 404, 422),
    summary="Remove the firm's template (letters go back to the built-in one)",
)
def delete_template(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    kind: KindPath,
    language: LanguagePath,
) -> Response:
    service(request, session).delete_template(tenant, kind, language)
    return Response(status_code=204)


async def _template_source(request: Request) -> str:
    media = media_type(request)
    raw = await request.body()
    if media in ("text/plain", "text/markdown"):
        try:
            return TemplateIn(source=raw.decode("utf-8")).source
        except (UnicodeDecodeError, ValidationError) as exc:
            raise InvalidInput(
                "The template must be non-empty UTF-8 text of at most 100,000 characters.",
                errors=[{"pointer": "/source", "detail": "not valid UTF-8 text of that size"}],
            ) from exc
    if media != "application/json":
        raise UnsupportedMediaType("Send the template as application/json or text/plain.")
    return validated(TemplateIn, parse_json(raw)).source
