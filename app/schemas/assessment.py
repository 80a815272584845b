"""The assessment: what Riposte answers (the output contract)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.amount import Amount, Dates
from app.schemas.claim import Claim
from app.schemas.enums import (
    Agency,
    AskWhom,
    FindingOutcome,
    Question,
    QuestionKind,
    Recommendation,
    RevisionOrigin,
    Role,
)
from app.schemas.trace import ParameterRead, Provenance, Trace

__all__ = ["Recommendation", "Trace"]


class LegalBasis(BaseModel):
    id: str = Field(description="Stable citation id in the rulebook.")
    title: str = Field(
        description="The source as a reader of the answer's language cites it: its French "
        "form for French (« CJUE, 13 févr. 2014, Svensson, aff. C-466/12 »), its original "
        "or English form otherwise."
    )
    url: str | None = None
    jurisdiction: str | None = None
    verified: bool = Field(description="False where the source is recalled, not verified.")


class Finding(BaseModel):
    rule_id: str
    question: Question
    role: Role
    outcome: FindingOutcome
    variant: str | None = None
    weight: float
    title: str
    summary: str
    explanation: str
    legal_basis: list[LegalBasis]
    facts_used: dict[str, Any]
    parameters_used: list[ParameterRead]
    missing_facts: list[str]
    conflict_with: str | None = Field(
        default=None, description="Rules that decide the same point differently."
    )


class QuestionOutcome(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    if_: dict[str, Any] = Field(alias="if", description="The facts tried together.")
    recommendation: Recommendation
    changes: list[str] = Field(description="Rules whose finding changes.")


class QuestionToAsk(BaseModel):
    rank: int
    kind: QuestionKind
    fact: str
    facts: list[str] | None = Field(
        default=None, description="For documents demanded together: every fact tried."
    )
    pointer: str
    ask: AskWhom
    question: str
    reason: str
    outcomes: list[QuestionOutcome]
    impact: int = Field(description="How far the recommendation could move (0 = not at all).")
    affects: list[str]
    priority: int


class Strategy(BaseModel):
    recommendation: Recommendation
    label: str
    confidence: float = Field(ge=0, le=1)
    reasons: list[str] = Field(description="Rule ids of the findings that drove it.")
    uncertain: list[str] = Field(description="Rule ids left undetermined.")
    explanation: str


class ApplicableLaw(BaseModel):
    country: str
    covered_in_detail: bool
    jurisdictions: list[str]
    reasons: list[str]


class RulebookStamp(BaseModel):
    version: str
    digest: str


class ConflictOut(BaseModel):
    decides: str
    rules: list[str]
    conclusions: list[Any]


class AssessmentResult(BaseModel):
    """An evaluation of a claim, without storage (``POST /v1/evaluate``)."""

    applicable_law: ApplicableLaw
    findings: list[Finding]
    questions: list[QuestionToAsk]
    amount: Amount | None = Field(
        description="Reference licence fee, recoverable part, fair range and counter-offer."
    )
    dates: Dates
    strategy: Strategy
    conflicts: list[ConflictOut]
    rulebook: RulebookStamp
    app_version: str
    evaluated_on: date


class Assessment(AssessmentResult):
    id: uuid.UUID
    external_ref: str | None
    revision: int
    created_at: datetime
    updated_at: datetime
    claim: Claim = Field(description="The claim as stored.")
    provenance: Provenance | None = Field(
        default=None, description="Which facts came from a parsed letter, with confidence."
    )


class AssessmentSummary(BaseModel):
    id: uuid.UUID
    external_ref: str | None
    agency: Agency | None
    rights_holder: str | None
    recommendation: Recommendation
    revision: int
    rulebook_version: str
    created_at: datetime
    updated_at: datetime


class AssessmentPage(BaseModel):
    items: list[AssessmentSummary]
    next: str | None = Field(description="URL of the next page, absent on the last page.")
    limit: int


class RevisionSummary(BaseModel):
    revision: int
    origin: RevisionOrigin
    created_at: datetime
    recommendation: Recommendation
    rulebook: RulebookStamp
    app_version: str


class RevisionList(BaseModel):
    items: list[RevisionSummary]
