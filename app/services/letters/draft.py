"""Collects claim values with their source spans, warnings and amount choices."""

from __future__ import annotations

from typing import Any

from app.schemas.letters import AmountCandidate, FieldSource, Money, ParseWarning, WarningCode

from .numbers import MoneyMatch, format_amount
from .text import LetterText

CLAIM_ORDER = {
    "letter": [
        "agency", "agency_name", "rights_holder", "photographer", "reference", "language",
        "letter_date", "deadline", "amount_demanded", "breakdown", "licence_offer",
        "threatens_litigation", "asserted_law", "evidence_of_use", "undertaking_demanded",
    ],
    "use": ["page_url", "detected_on"],
}  # fmt: skip

Span = tuple[int, int]


def money_dict(money: MoneyMatch) -> dict[str, str]:
    assert money.amount is not None
    return {"amount": format_amount(money.amount), "currency": money.currency}


class Draft:
    """The claim draft being filled, and the evidence for each value."""

    def __init__(self, doc: LetterText) -> None:
        self.doc = doc
        self.values: dict[str, Any] = {}
        self.fields: list[FieldSource] = []
        self.warnings: list[ParseWarning] = []
        self.alternatives: list[AmountCandidate] = []
        self.extras: dict[str, Any] = {}

    def source(
        self, pointer: str, span: Span | None, confidence: float, rule: str | None = None
    ) -> None:
        start, end = span if span else (None, None)
        excerpt = self.doc.text[start:end] if span else None
        self.fields.append(
            FieldSource(
                pointer=pointer,
                start=start,
                end=end,
                excerpt=excerpt,
                confidence=round(max(0.0, min(1.0, confidence)), 2),
                rule=rule,
            )
        )

    def set(
        self,
        pointer: str,
        value: Any,
        span: Span | None,
        confidence: float,
        rule: str | None = None,
    ) -> None:
        self.values[pointer] = value
        self.source(pointer, span, confidence, rule)

    def has(self, pointer: str) -> bool:
        return pointer in self.values

    def warn(
        self, code: WarningCode, message: str, pointer: str | None = None, span: Span | None = None
    ) -> None:
        start, end = span if span else (None, None)
        self.warnings.append(
            ParseWarning(
                code=code,
                pointer=pointer,
                message=message,
                start=start,
                end=end,
                excerpt=self.doc.text[start:end] if span else None,
            )
        )

    def redacted(self, pointer: str, what: str, span: Span | None) -> None:
        self.warn(
            "redacted_value",
            f"The {what} is in the letter but masked; it was left out of the claim.",
            pointer,
            span,
        )

    def alternative(
        self, pointer: str, label: str, money: MoneyMatch, chosen: bool, reason: str
    ) -> None:
        self.alternatives.append(
            AmountCandidate(
                pointer=pointer,
                label=label,
                amount=Money(**money_dict(money)),
                start=money.start,
                end=money.end,
                excerpt=self.doc.text[money.start : money.end],
                chosen=chosen,
                reason=reason,
            )
        )

    def claim(self) -> dict[str, Any]:
        claim: dict[str, Any] = {}
        for section, names in CLAIM_ORDER.items():
            pointers = {name: f"/{section}/{name}" for name in names}
            values = {n: self.values[p] for n, p in pointers.items() if p in self.values}
            if values:
                claim[section] = values
        return claim
