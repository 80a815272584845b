"""The rulebook, readable by lawyers and partners."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Request, Response

from app.routers.common import localised, problems
from app.routers.deps import LangDep, TenantDep
from app.schemas.rulebook import ParameterOut, RulebookOut, RuleDetail
from app.services import rulebook_view

router = APIRouter(prefix="/v1/rulebook", tags=["rulebook"])


@router.get(
    "",
    response_model=RulebookOut,
    responses=problems(401, 422),
    summary="Version, digest, jurisdictions covered and every rule",
)
def get_rulebook(request: Request, tenant: TenantDep, lang: LangDep) -> Response:
    return localised(rulebook_view.overview(request.app.state.evaluator.rulebook), lang)


@router.get(
    "/rules/{rule_id}",
    response_model=RuleDetail,
    responses=problems(401, 404, 422),
    summary="One rule with its metadata, facts read and texts",
)
def get_rule(
    request: Request,
    tenant: TenantDep,
    lang: LangDep,
    rule_id: Annotated[str, Path(max_length=100)],
) -> Response:
    rb = request.app.state.evaluator.rulebook
    return localised(rulebook_view.rule_detail(rb, rule_id), lang)


@router.get(
    "/parameters/{name}",
    response_model=ParameterOut,
    responses=problems(401, 404, 422),
    summary="A dated parameter: every value with the date it is in force from and its source",
)
def get_parameter(
    request: Request,
    tenant: TenantDep,
    lang: LangDep,
    name: Annotated[str, Path(max_length=200)],
) -> Response:
    rb = request.app.state.evaluator.rulebook
    return localised(rulebook_view.parameter_detail(rb, name), lang)
