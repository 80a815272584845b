"""The claim: a demand letter plus what the client knows (the input contract).

Field names follow ``examples/claim-copytrack-trunk-archive.json``; every fact
is tri-state: ``true``, ``false``, or ``null``/absent for unknown. Optional fields added
beyond the example are documented in ``docs/claim.md``.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, StrictBool, StrictFloat, StrictInt, model_validator

from app.schemas.claim_use import Acquisition, Use, Work
from app.schemas.codes import LanguageCode
from app.schemas.common import Country, FactDate, Input, Money
from app.schemas.enums import Agency, BreakdownKind, RespondentKind, RespondentSize
from app.schemas.enums import EvidenceOfUse as EvidenceKind

__all__ = ["Agency", "BreakdownKind", "EvidenceKind"]


class Respondent(Input):
    kind: RespondentKind | None = None
    size: RespondentSize | None = None
    country: Country | None = None
    subdivision: str | None = Field(
        default=None,
        max_length=10,
        description="Region or state code (e.g. 'BY', 'IDF') for public holidays.",
    )
    is_author: StrictBool | None = None


class BreakdownItem(Input):
    kind: BreakdownKind
    amount: Money
    percent: StrictFloat | None = Field(
        default=None, ge=0, le=1000, description="For a surcharge: its rate in percent."
    )


class Letter(Input):
    agency: Agency | None = None
    agency_name: str | None = Field(default=None, max_length=300)
    rights_holder: str | None = Field(default=None, max_length=300)
    photographer: str | None = Field(default=None, max_length=300)
    reference: str | None = Field(default=None, max_length=200)
    language: LanguageCode | None = None
    letter_date: FactDate | None = None
    received_on: FactDate | None = None
    deadline: FactDate | None = None
    deadline_days: StrictInt | None = Field(
        default=None, ge=0, le=365, description="A relative deadline: days from the letter."
    )
    amount_demanded: Money | None = None
    breakdown: list[BreakdownItem] | None = Field(default=None, max_length=50)
    licence_offer: Money | None = None
    threatens_litigation: StrictBool | None = None
    asserted_law: Country | None = None
    asserted_forum: Country | None = None
    evidence_of_use: list[EvidenceKind] | None = Field(default=None, max_length=10)
    undertaking_demanded: StrictBool | None = None
    sent_by_lawyer: StrictBool | None = Field(
        default=None, description="A lawyer's warning letter (Abmahnung) rather than an agency's."
    )
    undertaking_broader_than_infringement: StrictBool | None = None
    statutory_maximum_quoted: StrictBool | None = Field(
        default=None, description="Quotes a statutory maximum (e.g. $150,000) without the minimum."
    )
    calculation_basis: Literal["mfm", "agency_price_list", "own_licences", "unstated"] | None = None
    licence_practice_shown: StrictBool | None = Field(
        default=None, description="Invoices or licences showing the usual fee were produced."
    )
    release_offered: StrictBool | None = None
    release_signed_by_rights_holder: StrictBool | None = None
    release_covers_past_use: StrictBool | None = None
    collector_status: Literal["lawyer", "registered_collector", "unknown"] | None = None
    disputed_before_lawyer: StrictBool | None = Field(
        default=None,
        description=(
            "The client disputed the claim after the collection agency's letter and before a "
            "lawyer took the claim over (§ 13f sentence 3 RDG)."
        ),
    )
    injured_party_named: StrictBool | None = Field(
        default=None,
        description="The letter names the injured party it is sent for (§ 97a(2) no. 1 UrhG).",
    )
    undertaking_excess_stated: StrictBool | None = Field(
        default=None,
        description=(
            "The letter states how far the undertaking demanded goes beyond the infringement "
            "(§ 97a(2) no. 4 UrhG)."
        ),
    )

    @model_validator(mode="after")
    def _breakdown_in_demand_currency(self) -> Letter:
        if self.amount_demanded is None or not self.breakdown:
            return self
        currency = self.amount_demanded.currency
        for index, item in enumerate(self.breakdown):
            if item.amount.currency != currency:
                raise ValueError(
                    f"breakdown item {index} is in {item.amount.currency}, the demand in {currency}"
                )
        return self


class Mandate(Input):
    produced: StrictBool | None = None
    names_rights_holder: StrictBool | None = None
    covers_collection: StrictBool | None = None
    date: FactDate | None = None


class UsRegistration(Input):
    registered: StrictBool | None = None
    effective_date: FactDate | None = None


class Title(Input):
    chain_produced: StrictBool | None = None
    exclusive_rights_shown: StrictBool | None = None
    author_identified: StrictBool | None = None
    self_issued_only: StrictBool | None = None
    us_registration: UsRegistration | None = None
    presumption_relied_on: StrictBool | None = Field(
        default=None, description="The claimant relies on a presumption of ownership only."
    )
    exploitation_evidence_external: StrictBool | None = None
    author_disputes: StrictBool | None = None
    authorship_evidence: Literal["name_credit", "raw_files", "company_logo_only", "none"] | None = (
        None
    )
    image_on_other_stock_sites: StrictBool | None = None


class MarketEvidence(Input):
    kind: Literal["agency_offer", "price_list", "quote", "stock_price", "court_award"]
    price: Money
    description: str | None = Field(default=None, max_length=500)
    covers_use: StrictBool | None = Field(
        default=None, description="Whether the price is for the same kind of use."
    )


class Claim(Input):
    """A demand letter and the facts of the case, as practice software sends them."""

    external_ref: str | None = Field(
        default=None, max_length=200, description="The matter id in the practice software."
    )
    respondent: Respondent | None = None
    letter: Letter | None = None
    mandate: Mandate | None = None
    title: Title | None = None
    work: Work | None = None
    use: Use | None = None
    acquisition: Acquisition | None = None
    market_evidence: list[MarketEvidence] | None = Field(default=None, max_length=20)
