"""Defects found by running held-out cases (tests/scenarios/lawyer/) that a scenario file
cannot express: conflicts between findings, and figures derived from several facts."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from app.schemas.claim import Claim
from app.services.evaluation import Evaluator
from app.services.merge_patch import merge_patch
from tests.paths import SCENARIO_BASE_CLAIM

TODAY = date(2026, 11, 28)
_evaluator: Evaluator | None = None


def assess(patch: dict[str, Any]) -> dict[str, Any]:
    global _evaluator
    if _evaluator is None:
        _evaluator = Evaluator()
    claim = merge_patch(json.loads(SCENARIO_BASE_CLAIM.read_text(encoding="utf-8")), patch)
    return _evaluator.evaluate(Claim.model_validate(claim), today=TODAY).result


def test_a_copied_web_image_is_no_conflict_between_the_copy_rules():
    """GEN-ORIGIN-08 and EU-REPOST-01 both find a new communication to the public: they
    agree, so no conflict is reported and the confidence is not lowered for it."""
    result = assess({})
    ids = {f["rule_id"] for f in result["findings"]}
    assert {"GEN-ORIGIN-08", "EU-REPOST-01"} <= ids
    assert result["conflicts"] == []
    assert all(f["conflict_with"] is None for f in result["findings"])


def test_every_recast_names_a_rule_and_one_of_its_variants():
    """A recommendation may read findings as another of their variants (strategy.yaml,
    ``recast``: one variant, or one for each of the rule's variants): each rule named
    exists and declares those variants."""
    from app.rulebook import load

    rb = load()
    recasts = [r.get("recast") or {} for r in rb.policy.recommendations]
    assert any(recasts)
    for recast in recasts:
        for rule_id, target in recast.items():
            variants = rb.rule(rule_id).variants
            pairs = target.items() if isinstance(target, dict) else [(None, target)]
            for source, variant in pairs:
                assert source is None or source in variants, (rule_id, source)
                assert variant in variants, (rule_id, variant)


def test_owed_lawyers_fees_are_left_out_of_the_ratio():
    """A compliant German Abmahnung: its fees are owed and come on top of the price, so
    the demand compared with the licence fee is the rest (here 1,200 against 900)."""
    result = assess(
        {
            "respondent": {"kind": "company", "size": "small", "country": "DE"},
            "letter": {
                "agency": "law_firm",
                "sent_by_lawyer": True,
                "injured_party_named": True,
                "rights_holder": "Anna",
                "photographer": "Anna",
                "asserted_law": "DE",
                "undertaking_demanded": True,
                "undertaking_broader_than_infringement": False,
                "licence_offer": None,
                "amount_demanded": {"amount": "1912.90", "currency": "EUR"},
                "breakdown": [
                    {"kind": "licence_fee", "amount": {"amount": "600.00", "currency": "EUR"}},
                    {"kind": "surcharge", "amount": {"amount": "600.00", "currency": "EUR"}},
                    {"kind": "legal_fees", "amount": {"amount": "712.90", "currency": "EUR"}},
                ],
            },
            "use": {"first_used_on": "2025-05-01", "removed_on": "2026-10-08"},
            "market_evidence": [
                {
                    "kind": "price_list",
                    "price": {"amount": "600.00", "currency": "EUR"},
                    "covers_use": True,
                    "description": "invoices",
                }
            ],
        }
    )
    a = result["amount"]
    assert a["legal_fees_included"] == "712.90"
    assert a["reference_fee"] == "900.00" and a["ratio"] == "1.33"
    gen = next(f for f in result["findings"] if f["rule_id"] == "GEN-AMOUNT-01")
    assert gen["variant"] == "in_line"
    assert "712.90 of lawyer's fees owed" in gen["summary"]["en"]
