"""How a matter ended, and the firm's statistics (API contract)."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import BaseModel, Field

from app.schemas.common import FactDate, Input, Money, MoneyValue
from app.schemas.enums import OutcomeKind, StatsGroupBy


class OutcomeIn(Input):
    kind: OutcomeKind = Field(description="How the matter ended.")
    amount_paid: Money | None = Field(
        default=None, description="What the client paid, in the currency of the demand."
    )
    ended_on: FactDate
    note: str | None = Field(default=None, max_length=2000)


class OutcomeOut(BaseModel):
    assessment_id: uuid.UUID
    kind: OutcomeKind
    amount_paid: MoneyValue | None
    ended_on: date
    note: str | None
    recorded_at: datetime


class StatsGroup(BaseModel):
    key: str | None = Field(description="The agency or rights holder (null: not stated).")
    currency: str | None
    matters: int = Field(description="Assessments in this group.")
    outcomes: int = Field(description="Matters whose outcome was recorded.")
    median_demanded: str | None
    median_paid: str | None
    paid_to_demanded: float | None = Field(
        description="Median of amount paid / amount demanded over matters that ended with "
        "a payment."
    )
    share_withdrawn: float | None = Field(
        description="Share of recorded outcomes where the claim was withdrawn or the "
        "claimant stopped replying."
    )


class Stats(BaseModel):
    group_by: StatsGroupBy
    groups: list[StatsGroup]
