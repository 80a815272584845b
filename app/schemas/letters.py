"""API contract of the letter parser: what `POST /v1/letters` answers for a pasted letter."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.common import MoneyValue as Money
from app.schemas.enums import LetterLanguage, WarningCode

__all__ = ["Money", "WarningCode"]


class FieldSource(BaseModel):
    """Where in the normalised text a value of the claim draft was read."""

    model_config = ConfigDict(extra="forbid")

    pointer: str = Field(description="JSON pointer into the claim draft, e.g. /letter/reference.")
    start: int | None = Field(
        default=None,
        description="Start offset (characters) in `LetterParse.text`; null when the value is "
        "derived from the whole text (language) or computed.",
    )
    end: int | None = Field(default=None, description="End offset (exclusive) in the text.")
    excerpt: str | None = Field(default=None, description="Exactly text[start:end].")
    confidence: float = Field(
        ge=0,
        le=1,
        description="How sure the parser is, 0..1, calibrated on the parser's corpus: a value "
        "at 0.9 or more was right at least 98 % of the time.",
    )
    rule: str | None = Field(
        default=None,
        description="How a computed value was obtained, e.g. a deadline counted from the "
        "letter date: '14 days from the letter date 2026-11-04 (stated in the sentence)'.",
    )
    page: int | None = Field(
        default=None, description="For a scanned (OCR) letter: the 1-based page of the value."
    )
    box: list[int] | None = Field(
        default=None,
        description="For a scanned letter: [left, top, width, height] of the value on its "
        "page, in pixels of the page image read by OCR.",
    )


class AmountCandidate(BaseModel):
    """One amount the letter offers or repeats, and whether it was taken for the claim."""

    model_config = ConfigDict(extra="forbid")

    pointer: str = Field(
        description="Claim field the choice is about, usually /letter/amount_demanded."
    )
    label: str = Field(
        description="What the letter calls this amount: 'retroactive licence', 'damages', "
        "'total', 'amount', ..."
    )
    amount: Money
    start: int = Field(description="Start offset of the amount in the text.")
    end: int = Field(description="End offset (exclusive).")
    excerpt: str = Field(description="Exactly text[start:end].")
    chosen: bool = Field(description="True for the candidate taken as the value of `pointer`.")
    reason: str = Field(description="Why this candidate was or was not taken.")


class ParseWarning(BaseModel):
    """Something the lawyer should check: masked values, conflicts, computed deadlines."""

    model_config = ConfigDict(extra="forbid")

    code: WarningCode = Field(description="Stable machine-readable code.")
    pointer: str | None = Field(default=None, description="Claim field concerned, if any.")
    message: str = Field(description="Human sentence in English.")
    start: int | None = Field(default=None, description="Start offset of the passage, if any.")
    end: int | None = Field(default=None, description="End offset (exclusive), if any.")
    excerpt: str | None = Field(default=None, description="Exactly text[start:end], if any.")


class LetterParse(BaseModel):
    """A demand letter read into a claim draft, with the evidence for every value."""

    model_config = ConfigDict(extra="forbid")

    claim: dict[str, Any] = Field(
        description="Claim draft in the shape of the assessment claim contract (letter.*, "
        "use.page_url, use.detected_on), holding only what the letter says; a field the "
        "letter does not state, or states masked, is left out."
    )
    fields: list[FieldSource] = Field(
        default_factory=list, description="Source span and confidence of each claim value."
    )
    alternatives: list[AmountCandidate] = Field(
        default_factory=list,
        description="Every candidate amount when the letter offers a choice (e.g. Copytrack's "
        "retroactive licence or damages) or repeats or contradicts amounts.",
    )
    warnings: list[ParseWarning] = Field(
        default_factory=list,
        description="Masked values, conflicting amounts, inferred or unknown sender, computed or "
        "unresolvable deadlines, truncated text.",
    )
    language: LetterLanguage | None = Field(
        default=None, description="Language detected from the text; null when unclear."
    )
    text: str = Field(description="The normalised text all offsets refer to.")
    extras: dict[str, Any] = Field(
        default_factory=dict,
        description="Facts outside the claim contract, each key present only when found: "
        "agency_evidence (why the sender was recognised), image_ids [{label, value}], "
        "other_references, recipient_references (the recipient's own, never the case's), "
        "ocr {pages, seconds} for scanned PDFs, use_urls, portal_urls, payment_urls, agency_urls, other_urls, "
        "emails (sender-side addresses), threats [{kind: lawsuit | partner_lawyers | "
        "collection_agency | statutory_damages | criminal_complaint, excerpt, start, end, "
        "amount?}], vat (HT, TTC, MwSt., VAT...), deadline_text, removal_demanded, per_image, "
        "portal_password ('redacted' when masked), licence_type, amounts_found [{role, amount, "
        "currency, excerpt}], asserted_law_mentions, rights_holder_candidates, "
        "photographer_candidates, email {from, subject, date} for .eml uploads.",
    )
