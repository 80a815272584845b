"""What the applicable law lets the claimant recover: the parts of the demand without legal
basis (each with its reason and citations) come from the law's ``Jurisdiction.recoverable``
(``jurisdictions/<code>/recoverable.py``); this module holds what they share, the German
residual claim."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.rulebook.amounts.money import dec, read, s2

DAMAGES_KINDS = ("licence_fee", "damages", "surcharge")
COLLECTION_KINDS = ("processing_fee", "documentation_fee")
KIND_TEXT = {
    "processing_fee": ("frais de traitement", "processing fee"),
    "documentation_fee": ("frais de documentation", "documentation fee"),
    "legal_fees": ("frais d'avocat", "legal fees"),
    "surcharge": ("majoration", "surcharge"),
}


@dataclass(frozen=True, slots=True)
class Context:
    """The facts the recoverable computation reads (None: unknown)."""

    law: str
    breakdown: list[dict[str, Any]]
    respondent_kind: str | None = None
    purpose: str | None = None
    monetised: bool | None = None
    attribution_shown: bool | None = None
    watermark_removed: bool | None = None
    metadata_stripped: bool | None = None
    registered: bool | None = None
    registered_on: date | None = None
    published_on: date | None = None
    first_used_on: date | None = None
    claimant_is_author: bool | None = None


def part(kind: str, amount: Decimal, reason: tuple[str, str], citations: list[str]) -> dict:
    return {
        "kind": kind,
        "amount": s2(amount),
        "reason": {"fr": reason[0], "en": reason[1]},
        "citations": citations,
    }


def without_basis(c: Context, p, statutory_available: bool | None, rule) -> list[dict[str, Any]]:
    """The parts of the demand without basis under ``rule``, the applicable law's
    ``Jurisdiction.recoverable`` (None: not modelled, nothing is flagged)."""
    items = [(i["kind"], dec(i["amount"]["amount"]), i.get("percent")) for i in c.breakdown]
    if rule is None:
        return []
    return rule(c, p, items, statutory_available)


def value_of(p, name: str) -> Any:
    found = read(p, name)
    return None if found is None else found[0]
