"""The readable rulebook (output contract)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.schemas.assessment import LegalBasis


class JurisdictionOut(BaseModel):
    code: str
    name: str
    detail: str


class RuleVariantOut(BaseModel):
    name: str
    outcome: str
    weight: float
    summary: str
    explanation: str


class RuleOut(BaseModel):
    id: str
    question: str
    title: str
    jurisdictions: list[str]
    role: str
    legal_basis: list[LegalBasis]
    valid_from: str | None
    valid_to: str | None
    exception_to: list[str]
    decides: str | None


class RuleDetail(RuleOut):
    reads: list[str]
    parameters: list[str]
    module: str
    variants: list[RuleVariantOut]


class RulebookOut(BaseModel):
    version: str
    digest: str
    jurisdictions: list[JurisdictionOut]
    rules: list[RuleOut]
    parameters: list[str]


class ParameterOut(BaseModel):
    name: str
    description: str
    label: str | None
    metadata: dict[str, Any]
    last_value_still_valid_on: str | None
    values: list[dict[str, Any]]
