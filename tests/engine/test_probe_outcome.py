"""The questions' fast probe (``Assessor.probe_outcome``: only what a probe changes) gives
what the full incremental pass (``Assessor.probe``) gives, over every scenario claim and
every probe the questions make, including probes that set several facts at once."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from app.schemas.claim import Claim
from app.services.evaluation import Evaluator
from app.services.rules.questions import probes_for
from tests.scenarios.runner import scenario_claim

SCENARIOS = Path(__file__).resolve().parents[1] / "scenarios"
EVALUATOR = Evaluator()


def specs() -> list[tuple[str, dict]]:
    out = []
    for path in sorted(SCENARIOS.rglob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(spec, dict) and "expect" in spec:
            out.append((path.stem, spec))
    return out


def slow(current, scenario) -> tuple[str, list[str]]:
    result = EVALUATOR.assessor.probe(current, scenario)
    before = {b.rule_id: b.outcome for b in current.briefs}
    after = {b.rule_id: b.outcome for b in result.briefs}
    changed = sorted(r for r in before.keys() | after.keys() if before.get(r) != after.get(r))
    return result.choice.recommendation, changed


@pytest.mark.parametrize(("name", "spec"), specs(), ids=[n for n, _ in specs()])
def test_fast_probe_equals_full_probe(name, spec):
    claim = Claim.model_validate(scenario_claim(spec))
    today = date.fromisoformat(str(spec["today"])) if spec.get("today") else date(2026, 11, 28)
    assessor, rb = EVALUATOR.assessor, EVALUATOR.rulebook
    current = EVALUATOR.run(claim, today=today)
    tally = assessor.tally(current)
    scenarios = []
    for fact in assessor.unknown_facts(current):
        scenarios += probes_for(fact, rb.facts[fact])
    for fact in assessor.documents_to_demand(current):
        scenarios.append(dict(rb.facts[fact].get("demand_probe") or {fact: True}))
    # Every probe at once too: many rules run again, exceptions and their targets together.
    together: dict = {}
    for scenario in scenarios:
        together.update(scenario)
    scenarios.append(together)
    assert scenarios, name
    for scenario in scenarios:
        assert assessor.probe_outcome(current, scenario, tally) == slow(current, scenario), (
            name,
            scenario,
        )
