"""Where an assessment's values come from: the rule trace and the provenance of facts."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from app.schemas.amount import ParameterSource
from app.schemas.enums import LetterLanguage, Question, RuleStatus
from app.schemas.letters import ParseWarning


class ParameterRead(BaseModel):
    """A dated rulebook parameter as a rule or derivation read it."""

    name: str
    value: Any = None
    in_force_from: date | None = None
    reference: ParameterSource | None = None


class TraceLaw(BaseModel):
    country: str
    jurisdictions: list[str]
    facts_read: dict[str, Any] = Field(default_factory=dict)


class TraceDerivation(BaseModel):
    name: str
    facts_read: dict[str, Any] = Field(default_factory=dict)
    parameters_read: list[ParameterRead] = Field(default_factory=list)
    outputs: dict[str, Any] = Field(
        default_factory=dict,
        description="Derived facts; those shown in the assessment are a reference "
        '{"see": "assessment", "field": ...}.',
    )


class TraceRule(BaseModel):
    rule_id: str
    question: Question
    status: RuleStatus
    reason: str | None = None
    variant: str | None = None
    facts_read: dict[str, Any] = Field(default_factory=dict)
    parameters_read: list[ParameterRead] = Field(default_factory=list)
    missing_facts: list[str] = Field(default_factory=list)
    overridden_by: str | None = None


class TraceConflict(BaseModel):
    decides: str
    rules: list[str]
    conclusions: list[Any]


class Trace(BaseModel):
    """Every rule and derivation run for a revision, with the facts and parameters read."""

    evaluated_on: date
    applicable_law: TraceLaw
    derivations: list[TraceDerivation]
    rules: list[TraceRule]
    conflicts: list[TraceConflict]


class ProvenanceField(BaseModel):
    """Where one claim value came from: a span of the letter, or an evidence file."""

    pointer: str = Field(description="JSON pointer into the claim.")
    excerpt: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float | None = Field(default=None, description="0..1")
    rule: str | None = Field(default=None, description="How a computed value was obtained.")
    page: int | None = None
    box: list[int] | None = None
    evidence_id: str | None = Field(default=None, description="For a fact from evidence.")
    proposal_id: str | None = None
    kind: str | None = Field(default=None, description="The evidence file's kind.")
    filename: str | None = None
    source: Any = Field(default=None, description="How the evidence analysis found it.")


class Provenance(BaseModel):
    """Which facts came from a parsed letter or accepted evidence, with confidence."""

    source: str = Field(description="letter or evidence")
    language: LetterLanguage | None = None
    fields: list[ProvenanceField] = Field(default_factory=list)
    overridden_by_caller: list[str] = Field(
        default_factory=list, description="Pointers the caller's facts set over the letter."
    )
    warnings: list[ParseWarning] = Field(default_factory=list)
