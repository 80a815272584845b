"""The contract of a matter's life: legal holds, erasure, the retention period, the audit
log."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, model_validator

from app.schemas.common import Input
from app.schemas.enums import AuditAction, AuditActor


def _utc(moment: datetime) -> datetime:
    """SQLite gives back naive UTC timestamps: the contract's date-times carry their zone."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


Moment = Annotated[datetime, AfterValidator(_utc)]

PERIOD_PATTERN = r"^P([0-9]{1,3}Y)?([0-9]{1,4}M)?([0-9]{1,4}W)?([0-9]{1,5}D)?$"


class LegalHoldIn(Input):
    """The matter to hold: by the firm's reference (every assessment with it, present and
    future) or by one assessment."""

    external_ref: str | None = Field(
        default=None, min_length=1, max_length=200, examples=["MAT-2026-0142"]
    )
    assessment_id: uuid.UUID | None = None
    reason: str | None = Field(
        default=None,
        max_length=500,
        description="Why the matter is kept (the claim it serves). Kept with the hold and in "
        "the firm's export; never in the audit log.",
        examples=["Assignation devant le tribunal judiciaire de Paris"],
    )

    @model_validator(mode="after")
    def _one_matter(self) -> LegalHoldIn:
        if (self.external_ref is None) == (self.assessment_id is None):
            raise ValueError("give external_ref or assessment_id (one of the two)")
        return self


class LegalHold(BaseModel):
    id: uuid.UUID
    external_ref: str | None = None
    assessment_id: uuid.UUID | None = None
    reason: str | None = None
    api_key_id: uuid.UUID | None = Field(default=None, description="The key that set it.")
    created_at: Moment


class LegalHoldList(BaseModel):
    items: list[LegalHold]


class MatterErasure(BaseModel):
    """What an erasure removed."""

    external_ref: str | None = Field(description="The matter's reference, if it has one.")
    assessment_ids: list[uuid.UUID] = Field(
        description="Each one is announced by an `assessment.deleted` event."
    )
    evidence: int = Field(description="Evidence records erased.")
    drafts: int
    blobs: int = Field(description="Stored files erased (those no other matter uses).")
    events: int = Field(description="Change events about the matter erased, with their deliveries.")


class RetentionIn(Input):
    period: str | None = Field(
        pattern=PERIOD_PATTERN,
        description="ISO 8601 period after a matter's last activity before the retention "
        "purge erases it (years, months, weeks, days: P3Y, P18M, P90D), at least a day and "
        "at most 100 years; null returns to the default (P3Y).",
        examples=["P5Y"],
    )


class Retention(BaseModel):
    period: str = Field(description="ISO 8601 period, e.g. P3Y.", examples=["P3Y"])
    default: bool = Field(description="True when the firm has not set its own period.")


class AuditEvent(BaseModel):
    id: uuid.UUID
    occurred_at: Moment
    actor: AuditActor
    api_key_id: uuid.UUID | None = Field(
        description="The key (through the API or signed in); empty for a calendar feed (its "
        "id is the resource) and the operator."
    )
    action: AuditAction
    operation: str = Field(
        description="The contract's operation id (`get_assessment`, ...)",
        examples=["get_assessment"],
    )
    method: str
    route: str = Field(
        description="The route template, never the URL.",
        examples=["/v1/assessments/{assessment_id}"],
    )
    status: int | None = Field(
        default=None,
        description="The answer's status for reads and refused writes; empty for a write, "
        "whose row is committed with the change itself.",
    )
    assessment_id: uuid.UUID | None = None
    resource_type: str | None = Field(default=None, examples=["evidence"])
    resource_id: uuid.UUID | None = None
    request_id: str | None = None
    subject_erased: bool = Field(
        description="The matter was erased since: its identifiers are no longer kept."
    )


class AuditEventPage(BaseModel):
    items: list[AuditEvent]
    next: str | None = Field(description="The next page's URL, or null.")
    limit: int
