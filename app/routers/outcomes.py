"""How matters ended, and the firm's statistics."""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.routers.common import JSONBody, problems
from app.routers.deps import SessionDep, TenantDep
from app.schemas.enums import StatsGroupBy
from app.schemas.outcome import OutcomeIn, OutcomeOut, Stats
from app.services import outcomes
from app.services.assessments import AssessmentService

router = APIRouter(prefix="/v1", tags=["outcomes"])


def _assessments(request: Request, session) -> AssessmentService:
    return AssessmentService(session, request.app.state.evaluator)


@router.post(
    "/assessments/{assessment_id:uuid}/outcome",
    response_model=OutcomeOut,
    status_code=201,
    responses={
        200: {"model": OutcomeOut, "description": "Outcome replaced."},
        **problems(400, 401, 404, 413, 422),
    },
    summary="Record how the matter ended (settled, paid, withdrawn, no reply, litigated)",
)
def record_outcome(
    request: Request,
    session: SessionDep,
    tenant: TenantDep,
    assessment_id: uuid.UUID,
    outcome: OutcomeIn,
) -> Response:
    created, row = outcomes.record(
        session, _assessments(request, session), tenant, assessment_id, outcome
    )
    return JSONBody(outcomes.outcome_body(row), status_code=201 if created else 200)


@router.get(
    "/assessments/{assessment_id:uuid}/outcome",
    response_model=OutcomeOut,
    responses=problems(401, 404, 422),
    summary="The recorded outcome of a matter",
)
def get_outcome(
    request: Request, session: SessionDep, tenant: TenantDep, assessment_id: uuid.UUID
) -> Response:
    row = outcomes.get(session, _assessments(request, session), tenant, assessment_id)
    return JSONBody(outcomes.outcome_body(row))


@router.get(
    "/stats",
    response_model=Stats,
    responses=problems(401, 422),
    summary="Matters, median demanded and paid, paid/demanded ratio, share withdrawn",
)
def get_stats(
    session: SessionDep,
    tenant: TenantDep,
    group_by: Annotated[StatsGroupBy, Query()] = StatsGroupBy.agency,
) -> Response:
    grouping = str(group_by)
    return JSONBody({"group_by": grouping, "groups": outcomes.stats(session, tenant, grouping)})
