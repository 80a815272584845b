"""What-if evaluation without storing anything."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Request, Response
from starlette.concurrency import run_in_threadpool

from app.routers import direct
from app.routers.common import localised, problems
from app.routers.deps import LangDep, TenantDep
from app.schemas.assessment import AssessmentResult
from app.schemas.claim import Claim
from app.schemas.examples import CLAIM_EXAMPLE

router = APIRouter(prefix="/v1", tags=["evaluate"])


async def _evaluate_directly(request: Request) -> Response | None:
    """``evaluate_claim`` without the dependency solver (``app.routers.direct``)."""
    claim = await direct.json_body(request, Claim)
    lang = await direct.language(request)
    if claim is None or lang is None:
        return None
    async with direct.session(request) as session:
        tenant = await direct.tenant(request, session)
        return await run_in_threadpool(evaluate_claim, request, tenant, lang, claim)


@direct.post(
    router,
    "/evaluate",
    _evaluate_directly,
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
