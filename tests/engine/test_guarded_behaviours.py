"""Behaviours that could be deleted with the rest of the suite still green, each pinned by
a test that fails without it: the policy's ``unless`` clause, the confidence penalty for
undetermined findings, citations filtered to the applicable law, and questions that
change nothing left out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.schemas.claim import Claim
from app.services.evaluation import Evaluator
from app.services.rules.policy import Policy
from app.services.rules.questions import probes_for
from app.services.rules.render import basis_for
from tests.rulebook.helpers import example

TODAY = date(2026, 11, 28)


@dataclass
class Finding:
    rule_id: str
    question: str = "mandate"
    role: str = "burden"
    outcome: str = "favours_client"
    weight: float = 0.6


POLICY = Policy.from_dict(
    {
        "order_for_client": ["contest", "negotiate", "settle"],
        "confidence": {"base": 0.8, "per_undetermined_weight": 0.1, "floor": 0.2},
        "recommendations": [
            {
                "recommendation": "contest",
                "when": {"any": [{"role": "burden", "outcome": "favours_client"}]},
                "unless": [{"rule": "LICENCE-HELD", "outcome": "favours_claimant"}],
            },
            {"recommendation": "negotiate", "when": {"any": [{"role": "mitigating"}]}},
            {"recommendation": "settle", "when": "always"},
        ],
    }
)


def test_an_unless_finding_blocks_the_recommendation_it_names():
    burden = Finding("NO-MANDATE")
    blocker = Finding("LICENCE-HELD", role="info", outcome="favours_claimant")
    mitigating = Finding("SMALL-USE", role="mitigating", outcome="favours_client")
    assert POLICY.decide([burden, mitigating]).recommendation == "contest"
    assert POLICY.decide([burden, mitigating, blocker]).recommendation == "negotiate"
    assert POLICY.recommend([burden, mitigating, blocker]) == "negotiate"
    assert POLICY.decide([burden, blocker]).recommendation == "settle"


def test_undetermined_findings_lower_the_confidence_by_their_weight():
    burden = Finding("NO-MANDATE")
    open_points = [Finding("A", outcome="undetermined", weight=0.5), Finding("B", weight=1.0)]
    open_points[1].outcome = "undetermined"
    assert POLICY.decide([burden]).confidence == 0.8
    assert POLICY.decide([burden, open_points[0]]).confidence == 0.75
    assert POLICY.decide([burden, *open_points]).confidence == 0.65
    assert POLICY.decide([burden, *open_points]).uncertain == ("A", "B")


def evaluated(**patch):
    claim = example()
    for part, values in patch.items():
        claim[part] = {**claim.get(part, {}), **values}
    evaluator = Evaluator()
    model = Claim.model_validate(claim)
    return evaluator, evaluator.run(model, today=TODAY), evaluator.evaluate(model, today=TODAY)


def test_a_finding_cites_only_the_sources_of_the_applicable_law():
    evaluator, current, result = evaluated()
    rb = evaluator.rulebook
    in_play = {"FR", "EU", "ALL", None}
    filtered = 0
    for finding in result.result["findings"]:
        spec = rb.rule(finding["rule_id"])
        own = [c for c in spec.basis if rb.citations[c].get("jurisdiction") in in_play]
        if own:
            assert {c["jurisdiction"] for c in finding["legal_basis"]} <= in_play, spec.id
            filtered += len(own) < len(spec.basis)
    assert filtered >= 3, "the example no longer exercises the filter"
    spec = rb.rule("GEN-ORIGIN-08")
    kept = basis_for(rb, spec, frozenset({"ALL", "EU", "FR"}))
    assert {rb.citations[c]["jurisdiction"] for c in spec.basis} >= {"DE", "GB", "US"}
    assert {rb.citations[c]["jurisdiction"] for c in kept} == {"FR", "EU"}


def test_questions_that_change_nothing_are_not_asked():
    evaluator, current, result = evaluated()
    rb, assessor = evaluator.rulebook, evaluator.assessor
    base = {b.rule_id: b.outcome for b in current.briefs}
    idle = []
    for name in assessor.unknown_facts(current):
        passes = [assessor.probe(current, s) for s in probes_for(name, rb.facts[name])]
        if passes and all(
            p.choice.recommendation == current.choice.recommendation
            and {b.rule_id: b.outcome for b in p.briefs} == base
            for p in passes
        ):
            idle.append(name)
    asked = {q["fact"] for q in result.result["questions"]}
    assert idle, "the example no longer has an unknown fact that changes nothing"
    assert not asked & set(idle)
    assert all(q["impact"] > 0 or q["affects"] for q in result.result["questions"])
