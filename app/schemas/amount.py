"""The money and the dates of an assessment (output contract).

These mirror what the rulebook's ``amount`` and ``dates`` derivations compute. Localised
texts (``effect``, ``reason``, ``note``, ``rationale``, ``*_basis``) are strings in the
language of the response. Fields a jurisdiction adds (``statutory`` and ``cmi`` under US
law) are declared too; any later addition is kept as an additional property.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from app.schemas.common import MoneyValue

Decimal = str
"""Amounts are decimal strings ("389.59"), never floats."""


class ParameterSource(BaseModel):
    title: str | None = Field(
        default=None, description="The source's own title, in its language (a report, a statute)."
    )
    href: str | None = None
    label: str | None = Field(
        default=None, description="The source presented in words, in the language of the response."
    )


class FeeStep(BaseModel):
    """One step of the fee computation: the base, a factor, an anchor."""

    name: str = Field(description="The step's machine name (base_fee, duration...).")
    label: str | None = Field(
        default=None, description="What the step is, in words, in the language of the response."
    )
    role: str | None = Field(default=None, description="base, factor, anchor...")
    parameter: str | None = Field(default=None, description="Rulebook parameter read, if any.")
    value: Any = Field(default=None, description="The parameter's value as read.")
    factor: Decimal | None = None
    amount: Decimal | None = None
    in_force_from: date | None = None
    source: ParameterSource | None = None
    estimate: bool | None = Field(default=None, description="True for a calibrated estimate.")
    basis: str | None = None
    applied: bool | None = Field(default=None, description="Whether it shaped the result.")
    effect: str | None = Field(default=None, description="What the step did, in words.")


class PriceSource(BaseModel):
    """A market price considered for the reference fee (offer, price list, award...)."""

    kind: str | None = None
    price: MoneyValue | None = None
    converted: Decimal | None = Field(default=None, description="In the claim's currency.")
    description: str | None = None
    covers_use: bool | None = None
    used: bool | None = None
    note: str | None = None


class Grid(BaseModel):
    use_kind: str | None = None
    tier: str | None = None
    days_of_use: int | None = None
    missing: str | None = Field(default=None, description="Why no grid fee could be computed.")


class WithoutBasis(BaseModel):
    """A part of the demand with no legal basis, excluded from what is recoverable."""

    kind: str
    amount: Decimal
    reason: str | None = None
    citations: list[str] = Field(default_factory=list)


class CounterOffer(BaseModel):
    amount: Decimal | None = None
    trace: list[FeeStep] = Field(default_factory=list)
    rationale: str | None = None


class RangeFactors(BaseModel):
    low: Decimal
    high: Decimal


class FairRange(BaseModel):
    low: Decimal
    high: Decimal
    factors: RangeFactors | None = None
    note: str | None = None


class OtherUsePrice(BaseModel):
    amount: Decimal | None = None
    currency: str | None = None
    description: str | None = None


class TierCheck(BaseModel):
    """Whether an editorial use is priced at a commercial tier."""

    use_kind: str | None = None
    editorial: bool | None = None
    demanded_licence_part: Decimal | None = None
    commercial_equivalent: Decimal | None = None
    other_use_price: OtherUsePrice | None = None


class Amount(BaseModel):
    """Reference licence fee, recoverable part, fair range and counter-offer."""

    law: str = Field(description="Country whose law prices the use.")
    currency: str | None = None
    demanded: Decimal | None = None
    reference_fee: Decimal | None = None
    reference_basis: str | None = Field(
        default=None, description="agency_offer, market_price, grid, cc_licence_nil..."
    )
    grid_fee: Decimal | None = None
    grid: Grid | None = None
    sources: list[PriceSource] = Field(default_factory=list)
    trace: list[FeeStep] = Field(default_factory=list)
    without_basis: list[WithoutBasis] = Field(default_factory=list)
    recoverable: Decimal | None = Field(
        default=None,
        description="The part of the demand with a legal basis; 0 when a decisive defence "
        "defeats the claim (recommendation contest: nothing is owed).",
    )
    recoverable_if_argued: Decimal | None = Field(
        default=None,
        description="Under contest only: the part of the demand that would have a legal "
        "basis if the decisive defence failed, argued in the alternative.",
    )
    ratio: Decimal | None = Field(default=None, description="Demanded / reference fee.")
    time_barred: bool | None = None
    legal_fees_included: Decimal | None = None
    statutory_floor: Decimal | None = Field(
        default=None,
        description="US law, statutory damages available: the least a court awards for the "
        "works used (17 U.S.C. § 504(c)(1)); the counter-offer is not set below it.",
    )
    counter_offer: CounterOffer | None = None
    residual_only: bool | None = None
    priced_from: date | None = Field(
        default=None,
        description="The first day priced when it is later than the first use (the period "
        "still open to an action, or the day from which a host answers).",
    )
    liable_from: date | None = Field(
        default=None,
        description="A host that lost its exemption only by failing to act on notice: the "
        "day of that notice, from which it answers for the use.",
    )
    fair_range: FairRange | None = None
    tier_check: TierCheck | None = None
    statutory: dict[str, Any] | None = Field(
        default=None, description="US law only: statutory damages (17 U.S.C. § 504(c))."
    )
    cmi: dict[str, Any] | None = Field(
        default=None, description="US law only: removal of copyright management information."
    )


class Dates(BaseModel):
    """Response deadline and limitation expiry."""

    law: str | None = None
    today: date | None = Field(default=None, description="The day the evaluation counted from.")
    response_deadline: date | None = None
    response_deadline_past: bool | None = None
    response_deadline_basis: str | None = None
    knowledge_date: date | None = None
    limitation_years: int | None = None
    limitation_expiry: date | None = None
    limitation_expiry_all: date | None = Field(
        default=None, description="When the last act of use is time-barred too."
    )
    limitation_basis: str | None = None
    time_barred: bool | None = None
    partly_time_barred: bool | None = None
    days_of_use: int | None = None
    days_time_barred: int | None = None
    actionable_from: date | None = None
    limitation_expiry_latest: date | None = None
