"""What-if evaluation without storing anything."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Request, Response

from app.routers.common import localised, problems
from app.routers.deps import LangDep, TenantDep
from app.schemas.assessment import AssessmentResult
from app.schemas.claim import Claim
from app.schemas.examples import CLAIM_EXAMPLE

router = APIRouter(prefix="/v1", tags=["evaluate"])


@router.post(
    "/evaluate",
    response_model=AssessmentResult,
    responses=problems(400, 401, 413, 422),
    summary="Evaluate a claim without storing it (what-if)",
)
def evaluate_claim(
    request: Request,
    tenant: TenantDep,
    lang: LangDep,
    claim: Annotated[Claim, Body(openapi_examples=CLAIM_EXAMPLE)],
) -> Response:
    evaluated = request.app.state.evaluator.evaluate(claim)
    return localised(evaluated.result, lang)
