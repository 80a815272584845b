"""Which amounts a letter demands: the total, its breakdown, a licence offer, the options.

Each amount's role comes from `amount_roles.py`. When a letter offers a retroactive
licence *or* damages (Copytrack), the damages figure is taken as the demand and the licence
price goes to `letter.licence_offer`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from app.schemas.letters import WarningCode

from .amount_roles import BREAKDOWN_KIND, Candidate, classify
from .text import LetterText, word_matches

__all__ = ["BREAKDOWN_KIND", "AmountDecision", "Candidate", "classify", "decide"]

_MASKED_PHRASE = re.compile(
    r"(?:fee|payment|amount|sum|price|betrag|summe|gebühr|montant|somme|indemnité"
    r"|prix|compensation|schadensersatz)(?: of| von| de| in höhe von| d'un montant de)? ?"
    r"(?:\[#{1,80}\]|x{3,12}(?![a-z])|\*{3,12})"
)


@dataclass(frozen=True)
class Choice:
    candidate: Candidate
    chosen: bool
    reason: str


@dataclass
class AmountDecision:
    demand: Candidate | None = None
    demand_confidence: float = 0.0
    computed: tuple[Decimal, str] | None = None
    breakdown: list[Candidate] = field(default_factory=list)
    licence_offer: Candidate | None = None
    choices: list[Choice] = field(default_factory=list)
    warnings: list[tuple[WarningCode, str, str, tuple[int, int] | None]] = field(
        default_factory=list
    )
    masked_demand: tuple[int, int] | None = None


def masked_demand(doc: LetterText) -> tuple[int, int] | None:
    matches = word_matches(_MASKED_PHRASE, doc.low, 1)
    return matches[0].span() if matches else None


def decide(doc: LetterText, candidates: list[Candidate]) -> AmountDecision:
    decision = AmountDecision()
    usable = [c for c in candidates if not c.money.masked and c.role not in _NOT_DEMAND]
    masked = [c for c in candidates if c.money.masked and c.role in _DEMAND_ROLES]
    totals = [c for c in usable if c.role == "total"]
    summed = None if totals else _summed_total(candidates)
    if summed:
        _with_parts(decision, *summed)
        return decision
    if masked and not totals:
        decision.masked_demand = (masked[0].money.start, masked[0].money.end)
        return decision
    if not usable:
        decision.masked_demand = masked_demand(doc)
        return decision
    superseded = [c for c in candidates if c.role == "superseded" and not c.money.masked]
    currency = usable[0].money.currency if not totals else totals[-1].money.currency
    usable = [c for c in usable if c.money.currency == currency]
    offers = [c for c in usable if c.role == "licence_offer"]
    parts = [c for c in usable if c.role in BREAKDOWN_KIND]
    if totals:
        taxes = [c for c in candidates if c.role == "vat" and not c.money.masked
                 and c.money.currency == currency]  # fmt: skip
        _with_total(decision, totals, parts, offers, taxes)
    elif offers and any(c.value != offers[0].value for c in usable if c.role != "licence_offer"):
        _with_options(decision, usable, offers)
    elif _itemised(parts):
        _computed(decision, parts)
    else:
        _single(decision, usable)
    if decision.demand and superseded:
        if not decision.choices:
            decision.choices.append(Choice(decision.demand, True, "amount currently demanded"))
        for item in superseded:
            decision.choices.append(Choice(item, False, SUPERSEDED_REASON))
    return decision


_SUMMABLE_OUT = {"threat", "superseded", "aside"}
PART_KIND = {**BREAKDOWN_KIND, "licence_offer": "licence_fee", "vat": "other", "amount": "other"}


def _summed_total(candidates: list[Candidate]) -> tuple[Candidate, list[Candidate]] | None:
    """An amount that the two or more amounts right after it (or right before it) add up
    to is the total and they its breakdown, labelled or not: "1 150,00 € (licence
    rétroactive : 950,00 € ; frais : 200,00 €)", "£450.00 plus a £75.00 fee, a total of
    £525.00"."""
    pool = [c for c in candidates if not c.money.masked and c.role not in _SUMMABLE_OUT]
    for index, candidate in enumerate(pool):
        for parts in (pool[index + 1 : index + 6], pool[max(0, index - 5) : index][::-1]):
            summed = Decimal("0")
            taken: list[Candidate] = []
            for part in parts:
                if part.money.currency != candidate.money.currency or part.value == 0:
                    break
                if abs(part.money.start - candidate.money.start) > 400:
                    break
                summed += part.value
                taken.append(part)
                if len(taken) >= 2 and summed == candidate.value:
                    return candidate, sorted(taken, key=lambda c: c.money.start)
                if summed > candidate.value:
                    break
    return None


def _with_parts(decision: AmountDecision, total: Candidate, parts: list[Candidate]) -> None:
    decision.demand = Candidate(total.money, "total", "total")
    decision.demand_confidence = 0.95
    decision.breakdown = [
        Candidate(p.money, PART_KIND.get(p.role, "other"), p.label) for p in parts
    ]


_NOT_DEMAND = {"threat", "vat", "superseded", "aside"}
_DEMAND_ROLES = {"amount", "damages", "licence_fee", "total"}

OFFER_REASON = (
    "Retroactive licence offer, recorded as letter.licence_offer: when a letter offers either "
    "a retroactive licence or damages, the damages figure is taken as the demand, because it "
    "is what is claimed for the past use; the licence is an optional purchase that also "
    "covers future use."
)
SUPERSEDED_REASON = "an earlier amount the letter replaces (reduced or superseded)"
DAMAGES_REASON = (
    "Taken as the amount demanded: the damages/compensation option is the payment claimed "
    "for the past use; the retroactive licence alternative is recorded in letter.licence_offer."
)


def _with_total(
    decision: AmountDecision,
    totals: list[Candidate],
    parts: list[Candidate],
    offers: list[Candidate],
    taxes: list[Candidate] | None = None,
) -> None:
    total = totals[-1]
    decision.demand = total
    decision.demand_confidence = 0.9
    lo, hi = total.money.start - 800, total.money.end + 400
    breakdown = _distinct_positions(
        [p for p in parts if lo <= p.money.start <= hi and p.value != total.value]
    )
    lines = [o for o in offers if lo <= o.money.start <= total.money.start]
    if lines and breakdown:
        # "Nachlizenzierung 450,00 / Mahngebühr 70,00 / Offener Betrag 520,00": a licence
        # that is a line of the total is part of the demand, not an alternative to it.
        summed = sum((p.value for p in breakdown), Decimal("0"))
        if summed + lines[-1].value == total.value:
            line = Candidate(lines[-1].money, "licence_fee", "licence fee")
            breakdown = sorted([*breakdown, line], key=lambda c: c.money.start)
            offers = [o for o in offers if o is not lines[-1] and o.value != lines[-1].value]
    near_taxes = [t for t in taxes or [] if lo <= t.money.start <= total.money.start]
    if breakdown and near_taxes:
        # "Licence fee 360.00 / VAT 72.00 / Total 432.00": the tax is a line of the total
        # (kind "other") when the lines add up to it only with the tax.
        summed = sum((p.value for p in breakdown), Decimal("0"))
        with_tax = sorted(breakdown + near_taxes[:1], key=lambda c: c.money.start)
        if summed != total.value and summed + near_taxes[0].value == total.value:
            breakdown = [Candidate(c.money, "other", "VAT") if c.role == "vat" else c
                         for c in with_tax]  # fmt: skip
    decision.breakdown = breakdown if len(breakdown) >= 2 else []
    if len({t.value for t in totals}) > 1:
        decision.warnings.append((
            "contradictory_values", "/letter/amount_demanded",
            "The letter states more than one total; the last one was taken.", None,
        ))  # fmt: skip
        for item in totals:
            reason = "last total stated" if item is total else "another total stated earlier"
            decision.choices.append(Choice(item, item is total, reason))
    if decision.breakdown:
        summed = sum((p.value for p in decision.breakdown), Decimal("0"))
        if summed == total.value:
            decision.demand_confidence = 0.97
        else:
            decision.warnings.append((
                "breakdown_mismatch", "/letter/breakdown",
                f"The itemised amounts add up to {summed} {total.money.currency}, not the "
                f"total of {total.value} {total.money.currency}.", None,
            ))  # fmt: skip
    in_breakdown = {p.value for p in decision.breakdown}
    offers = [o for o in offers if o.value not in in_breakdown]  # a line, not an alternative
    if offers and offers[0].value != total.value:
        decision.licence_offer = offers[0]
        if not decision.choices:
            decision.choices.append(Choice(total, True, "Total amount claimed for the use."))
        decision.choices.append(Choice(offers[0], False, OFFER_REASON))


def _with_options(
    decision: AmountDecision, usable: list[Candidate], offers: list[Candidate]
) -> None:
    offer = offers[0]
    others = [c for c in usable if c.role != "licence_offer" and c.value != offer.value]
    damages = [c for c in others if c.role == "damages"]
    demand = (damages or others)[0]
    decision.demand = demand
    decision.demand_confidence = 0.85
    decision.licence_offer = offer
    decision.choices.append(Choice(offer, False, OFFER_REASON))
    decision.choices.append(Choice(demand, True, DAMAGES_REASON))
    distinct = {c.value for c in others}
    if len(distinct) > 1:
        decision.demand_confidence = 0.6
        decision.warnings.append((
            "contradictory_values", "/letter/amount_demanded",
            "Besides the licence offer the letter states several different amounts.", None,
        ))  # fmt: skip
        for item in others:
            if item is not demand:
                decision.choices.append(Choice(item, False, "another amount stated"))


def _itemised(parts: list[Candidate]) -> bool:
    kinds = {BREAKDOWN_KIND[p.role] for p in parts}
    if len(kinds) < 2:
        return False
    ordered = sorted(parts, key=lambda p: p.money.start)
    gaps = (b.money.start - a.money.end for a, b in zip(ordered, ordered[1:], strict=False))
    return all(gap < 250 for gap in gaps)


def _computed(decision: AmountDecision, parts: list[Candidate]) -> None:
    items = _distinct_positions(parts)
    summed = sum((p.value for p in items), Decimal("0"))
    decision.breakdown = items
    decision.computed = (summed, items[0].money.currency)
    decision.demand_confidence = 0.6
    decision.warnings.append((
        "amount_computed", "/letter/amount_demanded",
        f"The letter itemises amounts without a total; their sum ({summed} "
        f"{items[0].money.currency}) was taken as the amount demanded.",
        (items[0].money.start, items[-1].money.end),
    ))  # fmt: skip


def _single(decision: AmountDecision, usable: list[Candidate]) -> None:
    labelled = [c for c in usable if c.role != "amount"]
    pool = labelled or usable
    demand = pool[0]
    decision.demand = demand
    decision.demand_confidence = 0.88 if labelled else 0.75
    distinct = {c.value for c in usable}
    if len(usable) == 1:
        return
    if len(distinct) == 1:
        for item in usable:
            reason = "first statement of the amount" if item is demand else "same amount repeated"
            decision.choices.append(Choice(item, item is demand, reason))
        return
    decision.demand_confidence = 0.5
    decision.warnings.append((
        "contradictory_values", "/letter/amount_demanded",
        "The letter states different amounts without saying which one is due; "
        f"{demand.value} {demand.money.currency} ({demand.label}) was taken. Check the letter.",
        (demand.money.start, demand.money.end),
    ))  # fmt: skip
    for item in usable:
        if item is demand:
            reason = (
                f"first amount labelled as {demand.label}" if labelled else "first amount stated"
            )
        else:
            reason = "a different amount stated elsewhere in the letter"
        decision.choices.append(Choice(item, item is demand, reason))


def _distinct_positions(parts: list[Candidate]) -> list[Candidate]:
    seen: set[tuple[str, Decimal]] = set()
    items = []
    for part in sorted(parts, key=lambda p: p.money.start):
        key = (part.role, part.value)
        if key not in seen:
            seen.add(key)
            items.append(part)
    return items
