"""The review pages under /app (thin routes); signing in is ``web_sign_in``."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time
from typing import Annotated

from fastapi import APIRouter, Form, Header, Query, Request
from fastapi.responses import RedirectResponse, Response

from app.core.errors import DomainError, NotFound, PreconditionFailed
from app.models import WebSession
from app.routers.deps import SessionDep
from app.routers.web_sign_in import (
    login_redirect,
    refused_post,
    render_page,
    signed_in,
)
from app.schemas.assessment import Recommendation
from app.schemas.claim import Agency
from app.services import pages, review, web_sessions
from app.services.assessments import AssessmentService
from app.services.drafts.formats import long_date
from app.services.drafts.service import DraftService, render_draft
from app.services.evidence import proposals
from app.services.evidence.service import EvidenceService
from app.services.evidence.service import represent as represent_evidence
from app.services.listing import ListFilters, list_assessments

router = APIRouter(prefix="/app", include_in_schema=False)
AGENCIES = [a.value for a in Agency]
RECOMMENDATIONS = [r.value for r in Recommendation]


@router.get("/assessments")
def list_page(
    request: Request,
    session: SessionDep,
    external_ref: Annotated[str | None, Query(max_length=200)] = None,
    agency: Annotated[str | None, Query(max_length=40)] = None,
    rights_holder: Annotated[str | None, Query(max_length=300)] = None,
    recommendation: Annotated[str | None, Query(max_length=40)] = None,
    created_after: Annotated[date | None, Query()] = None,
    created_before: Annotated[date | None, Query()] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
) -> Response:
    row = signed_in(request, session)
    if row is None:
        return login_redirect()
    filters = ListFilters(
        external_ref or None,
        agency if agency in AGENCIES else None,
        rights_holder or None,
        recommendation if recommendation in RECOMMENDATIONS else None,
        _midnight(created_after),
        _midnight(created_before),
    )
    rows, next_cursor = list_assessments(session, row.tenant_id, filters, limit=25, cursor=cursor)
    labels = request.app.state.evaluator.rulebook.labels
    items = [
        {
            "id": str(a.id),
            "external_ref": a.external_ref,
            "agency": a.agency,
            "rights_holder": a.rights_holder,
            "recommendation": a.recommendation,
            "recommendation_label": labels[a.recommendation][row.language],
            "created": long_date(a.created_at.date(), row.language),
        }
        for a in rows
    ]
    next_url = None
    if next_cursor:
        next_url = str(request.url.include_query_params(cursor=next_cursor))
    return render_page(
        "list.html",
        row,
        row.language,
        items=items,
        next_url=next_url,
        agencies=AGENCIES,
        recommendations=[(code, labels[code][row.language]) for code in RECOMMENDATIONS],
        filters={
            "external_ref": external_ref,
            "agency": agency,
            "rights_holder": rights_holder,
            "recommendation": recommendation,
            "created_after": created_after,
            "created_before": created_before,
        },
    )


def _midnight(day: date | None) -> datetime | None:
    return datetime.combine(day, time(0), tzinfo=UTC) if day else None


def _evidence_service(request: Request, session) -> EvidenceService:
    state = request.app.state
    return EvidenceService(session, state.evidence_store, state.settings)


def _review(request: Request, session, row: WebSession, assessment_id: uuid.UUID, **extra):
    evaluator = request.app.state.evaluator
    stored = AssessmentService(session, evaluator).get(row.tenant_id, assessment_id)
    drafts = DraftService(session, evaluator).list(row.tenant_id, assessment_id)
    page = review.view(
        stored,
        row.language,
        facts=evaluator.rulebook.facts,
        question_order=evaluator.rulebook.question_order,
        drafts=drafts,
    )
    files = _evidence_service(request, session).list(row.tenant_id, assessment_id)
    page["evidence"] = review.evidence(
        [represent_evidence(e, stored.revision.claim) for e in files],
        row.language,
        evaluator.rulebook.facts,
    )
    extra.setdefault("message", None)
    extra.setdefault("draft_error", None)
    extra.setdefault("evidence_error", None)
    can_write = web_sessions.may_write(session, row)
    return render_page("review.html", row, row.language, a=page, can_write=can_write, **extra)


@router.get("/assessments/{assessment_id:uuid}")
def review_page(
    request: Request,
    session: SessionDep,
    assessment_id: uuid.UUID,
    before: Annotated[str | None, Query(max_length=40)] = None,
    stale: Annotated[bool, Query()] = False,
) -> Response:
    row = signed_in(request, session)
    if row is None:
        return login_redirect()
    words = review.labels(row.language)
    message = None
    stored = AssessmentService(session, request.app.state.evaluator).get(
        row.tenant_id, assessment_id
    )
    labels = request.app.state.evaluator.rulebook.labels
    after = stored.assessment.recommendation
    if stale:
        message = words["stale"]
    elif before in labels:
        key = "changed" if before != after else "unchanged"
        message = words[key].format(
            before=labels[before][row.language], after=labels[after][row.language]
        )
    return _review(request, session, row, assessment_id, message=message)


@router.api_route("/assessments/{assessment_id:uuid}", methods=["PATCH"])
@router.post("/assessments/{assessment_id:uuid}/answers")
def answer(
    request: Request,
    session: SessionDep,
    assessment_id: uuid.UUID,
    rank: Annotated[int, Form(ge=1, le=1000)],
    option: Annotated[int, Form(ge=0, le=100)],
    csrf: Annotated[str, Form(max_length=100)] = "",
    if_match: Annotated[str, Form(max_length=100)] = "",
    if_match_header: Annotated[str | None, Header(alias="If-Match")] = None,
    csrf_header: Annotated[str | None, Header(alias="X-CSRF-Token")] = None,
) -> Response:
    """Answer one question: its chosen outcome's facts, patched with If-Match."""
    row = signed_in(request, session)
    if (refused := refused_post(request, session, row, csrf_header or csrf)) is not None:
        return refused
    service = AssessmentService(session, request.app.state.evaluator)
    stored = service.get(row.tenant_id, assessment_id)
    before = stored.assessment.recommendation
    patch = review.answer_patch(stored, rank, option)
    page = f"/app/assessments/{assessment_id}"
    if patch is None:
        return RedirectResponse(f"{page}?stale=true", status_code=303)
    try:
        service.patch(row.tenant_id, assessment_id, patch, if_match_header or if_match)
    except PreconditionFailed:
        return RedirectResponse(f"{page}?stale=true", status_code=303)
    return RedirectResponse(f"{page}?before={before}", status_code=303)


@router.post("/assessments/{assessment_id:uuid}/drafts")
def create_draft(
    request: Request,
    session: SessionDep,
    assessment_id: uuid.UUID,
    kind: Annotated[str, Form(max_length=40)],
    language: Annotated[str, Form(max_length=2)],
    csrf: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    row = signed_in(request, session)
    if (refused := refused_post(request, session, row, csrf)) is not None:
        return refused
    service = DraftService(session, request.app.state.evaluator)
    try:
        draft = service.create(row.tenant_id, assessment_id, kind, language)
    except NotFound:
        raise
    except (DomainError, ValueError) as exc:
        session.rollback()
        detail = getattr(exc, "detail", str(exc))
        response = _review(request, session, row, assessment_id, draft_error=detail)
        response.status_code = 409
        return response
    return RedirectResponse(f"/app/assessments/{assessment_id}#draft-{draft.id}", status_code=303)


@router.post(
    "/assessments/{assessment_id:uuid}/evidence/{evidence_id:uuid}/proposals/{proposal_id:uuid}/{decision}"
)
def decide_proposal(
    request: Request,
    session: SessionDep,
    assessment_id: uuid.UUID,
    evidence_id: uuid.UUID,
    proposal_id: uuid.UUID,
    decision: str,
    csrf: Annotated[str, Form(max_length=100)] = "",
    if_match: Annotated[str, Form(max_length=100)] = "",
) -> Response:
    """Accept a proposed fact (a new revision, with If-Match) or reject it."""
    row = signed_in(request, session)
    if (refused := refused_post(request, session, row, csrf)) is not None:
        return refused
    if decision not in ("accept", "reject"):
        raise NotFound(f"No decision {decision!r}.")
    assessments = AssessmentService(session, request.app.state.evaluator)
    before = assessments.get(row.tenant_id, assessment_id).assessment.recommendation
    files = _evidence_service(request, session)
    page = f"/app/assessments/{assessment_id}"
    try:
        if decision == "accept":
            proposals.accept(
                files, assessments, row.tenant_id, assessment_id, evidence_id, proposal_id, if_match
            )
        else:
            proposals.reject(files, row.tenant_id, assessment_id, evidence_id, proposal_id)
    except NotFound:
        raise
    except DomainError as exc:
        session.rollback()
        response = _review(request, session, row, assessment_id, evidence_error=exc.detail)
        response.status_code = 409
        return response
    return RedirectResponse(f"{page}?before={before}#evidence", status_code=303)


@router.get("/assessments/{assessment_id:uuid}/drafts/{draft_id:uuid}")
def draft_file(
    request: Request,
    session: SessionDep,
    assessment_id: uuid.UUID,
    draft_id: uuid.UUID,
    format: Annotated[str, Query(pattern="^(md|html|docx|pdf)$")] = "html",
) -> Response:
    row = signed_in(request, session)
    if row is None:
        return login_redirect()
    draft = DraftService(session, request.app.state.evaluator).get(
        row.tenant_id, assessment_id, draft_id
    )
    rendered = render_draft(draft, format)
    disposition = "inline" if format in ("md", "html") else "attachment"
    return Response(
        rendered.content,
        media_type=rendered.media_type,
        headers={"Content-Disposition": f'{disposition}; filename="{rendered.filename}"'},
    )


@router.get("/assessments/{assessment_id:uuid}/trace")
def trace_page(request: Request, session: SessionDep, assessment_id: uuid.UUID) -> Response:
    row = signed_in(request, session)
    if row is None:
        return login_redirect()
    stored = AssessmentService(session, request.app.state.evaluator).get(
        row.tenant_id, assessment_id
    )
    rules = stored.revision.trace.get("rules", [])
    return render_page("trace.html", row, row.language, id=str(assessment_id), rules=rules)


@router.get("/assessments/{assessment_id:uuid}/report.pdf")
def report(request: Request, session: SessionDep, assessment_id: uuid.UUID) -> Response:
    row = signed_in(request, session)
    if row is None:
        return login_redirect()
    evaluator = request.app.state.evaluator
    stored = AssessmentService(session, evaluator).get(row.tenant_id, assessment_id)
    content = pages.report_pdf(
        stored,
        row.language,
        facts=evaluator.rulebook.facts,
        question_order=evaluator.rulebook.question_order,
    )
    return Response(
        content,
        media_type="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="report-{assessment_id}.pdf"'},
    )
