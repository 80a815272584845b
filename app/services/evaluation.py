"""Evaluating a claim: the use case shared by the API, the CLI and re-evaluation.

The result keeps texts in both languages; ``localise`` picks one for a response.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app import __version__
from app.core.metrics import EVALUATION
from app.rulebook import load
from app.schemas.claim import Claim
from app.services.rules.assessor import Assessor, Pass
from app.services.rules.display import french_spacing
from app.services.rules.facts import flatten
from app.services.rules.questions import compute_questions
from app.services.rules.render import findings, jsonable, trace
from app.services.rules.rulebook import Rulebook


@dataclass(slots=True)
class Evaluated:
    result: dict[str, Any]
    trace: dict[str, Any]


class Evaluator:
    """Holds one loaded rulebook and evaluates claims against it."""

    def __init__(self, rulebook: Rulebook | None = None) -> None:
        self.rulebook = rulebook or load()
        self.assessor = Assessor(self.rulebook)
        reads = {f for r in self.rulebook.rules for f in r.reads}
        reads |= {f for d in self.rulebook.derivations for f in d.reads}
        self.uses_history = any(f.startswith("history.") for f in reads)

    def facts_of(self, claim: Claim) -> dict[str, Any]:
        return flatten(claim.model_dump())

    def evaluation_date(self, facts: dict[str, Any], today: date | None) -> date:
        return facts.get("letter.letter_date") or today or date.today()

    def run(
        self,
        claim: Claim,
        *,
        today: date | None = None,
        history: dict[str, Any] | None = None,
    ) -> Pass:
        facts = self.facts_of(claim)
        facts["derived.today"] = today or date.today()
        facts.update(history or {})
        return self.assessor.run(facts, self.evaluation_date(facts, today))

    def evaluate(
        self,
        claim: Claim,
        *,
        today: date | None = None,
        history: dict[str, Any] | None = None,
    ) -> Evaluated:
        """Findings, questions, amount, dates and strategy for a claim; ``history`` holds
        the firm's past outcomes with the same agency (facts ``history.*``)."""
        with EVALUATION.time():
            current = self.run(claim, today=today, history=history)
        rb = self.rulebook
        choice = current.choice
        labels = rb.labels[choice.recommendation]
        policy_entry = next(
            r for r in rb.policy.recommendations if r["recommendation"] == choice.recommendation
        )
        amount = jsonable(current.facts.get("derived.amount"))
        follow_defence(amount, policy_entry)
        computed_trace = trace(current)
        result = {
            "applicable_law": {
                "country": current.law.country,
                "covered_in_detail": current.law.covered_in_detail,
                "jurisdictions": sorted(current.law.jurisdictions),
                "reasons": current.law.reasons,
            },
            "findings": findings(rb, current, policy_entry.get("recast")),
            "questions": compute_questions(self.assessor, current),
            "amount": amount,
            "dates": jsonable(current.facts.get("derived.dates") or {}),
            "strategy": {
                "recommendation": choice.recommendation,
                "label": labels,
                "confidence": choice.confidence,
                "reasons": list(choice.reasons),
                "uncertain": list(choice.uncertain),
                "explanation": policy_entry.get("description", {}),
            },
            "conflicts": computed_trace["conflicts"],
            "rulebook": {"version": rb.version, "digest": rb.digest},
            "app_version": __version__,
            "evaluated_on": current.on.isoformat(),
        }
        return Evaluated(result=result, trace=computed_trace)


def follow_defence(amount: dict[str, Any] | None, policy_entry: dict[str, Any]) -> None:
    """The amount follows the recommendation: where the policy says a recommendation
    leaves nothing owed (a decisive defence), the counter-offer becomes that, and the
    reference-based figure is kept only as what would be argued."""
    override = policy_entry.get("counter_offer")
    if not amount or not override:
        return
    previous = amount.get("counter_offer") or {}
    amount["counter_offer"] = {
        "amount": override["amount"],
        "nothing_owed": True,
        "rationale": override["rationale"],
        "if_argued": previous.get("amount"),
        "trace": previous.get("trace", []),
    }
    amount["fair_range"] = None
    # Nothing of the demand is recoverable either; the part with a legal basis is kept only
    # as what would be argued in the alternative.
    if amount.get("recoverable") is not None:
        amount["recoverable_if_argued"] = amount["recoverable"]
        amount["recoverable"] = override["amount"]
    # No head of the demand is owed either: no lawyer's fees counted in, no statutory floor.
    amount["legal_fees_included"] = None
    amount["statutory_floor"] = None


def pick(value: Any, lang: str) -> Any:
    """Replace every ``{"fr": ..., "en": ...}`` pair with the text in ``lang``, French
    texts with French spacing (``french_spacing``), whoever wrote them.

    It runs over every response (an assessment holds about two thousand values), so it
    tests exact types and descends only into containers."""
    kind = type(value)
    if kind is dict:
        return _pick_dict(value, lang)
    if kind is list:
        return _pick_list(value, lang)
    if isinstance(value, dict):
        return _pick_dict(value, lang)
    if isinstance(value, list):
        return _pick_list(value, lang)
    return value


def _pick_dict(value: dict[str, Any], lang: str) -> Any:
    if len(value) == 2 and "fr" in value and "en" in value:
        return _chosen(value[lang], lang)
    picked = {}
    for key, item in value.items():
        kind = type(item)
        if kind is dict:
            picked[key] = _pick_dict(item, lang)
        elif kind is list:
            picked[key] = _pick_list(item, lang)
        elif kind is str or kind is int or item is None or kind is bool or kind is float:
            picked[key] = item
        else:
            picked[key] = pick(item, lang)
    return picked


def _pick_list(value: list[Any], lang: str) -> list[Any]:
    picked = []
    for item in value:
        kind = type(item)
        if kind is dict:
            picked.append(_pick_dict(item, lang))
        elif kind is list:
            picked.append(_pick_list(item, lang))
        elif kind is str or kind is int or item is None or kind is bool or kind is float:
            picked.append(item)
        else:
            picked.append(pick(item, lang))
    return picked


def _chosen(chosen: Any, lang: str) -> Any:
    if lang != "fr":
        return chosen
    if isinstance(chosen, str):
        return french_spacing(chosen)
    if isinstance(chosen, list):
        return [french_spacing(t) if isinstance(t, str) else t for t in chosen]
    return chosen
