"""What the questions' probes do, per scenario claim: how many probes, how many change
nothing, how many rules and derivations run again (and how often a derivation run again
gives its base output back), and the questions' CPU time split into derivations run
again, rules run again and the rest:

    .venv/bin/python benchmarks/probe_counts.py

It wraps ``Engine._run`` and ``DerivationSpec.compute`` to count and time them (the
timed round is separate from the untimed minimum). Nothing here is a target.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.server import tune_garbage_collector  # noqa: E402
from app.schemas.claim import Claim  # noqa: E402
from app.services.evaluation import Evaluator  # noqa: E402
from app.services.rules import assessor as assessor_module  # noqa: E402
from app.services.rules import engine as engine_module  # noqa: E402
from app.services.rules import model  # noqa: E402
from app.services.rules.questions import compute_questions  # noqa: E402
from tests.scenarios.runner import scenario_claim  # noqa: E402

CLOCK = time.process_time_ns


def main() -> None:
    evaluator = Evaluator()
    today = date(2026, 11, 28)
    claims = [
        Claim.model_validate(scenario_claim(yaml.safe_load(path.read_text(encoding="utf-8"))))
        for path in sorted((ROOT / "tests" / "scenarios").glob("*.yaml"))
    ]
    passes = [evaluator.run(claim, today=today) for claim in claims]
    assessor = evaluator.assessor
    tune_garbage_collector()

    def questions() -> int:
        start = CLOCK()
        for current in passes:
            compute_questions(assessor, current)
        return CLOCK() - start

    questions()
    untimed = min(questions() for _ in range(5))

    counts: Counter[str] = Counter()
    spent: Counter[str] = Counter()
    compute, run_rule = model.DerivationSpec.compute, engine_module.Engine._run
    probe_outcome = assessor_module.Assessor.probe_outcome
    base: list = [None]

    def timed_compute(spec, facts, params, context):
        start = CLOCK()
        outputs = compute(spec, facts, params, context)
        spent["derivations"] += CLOCK() - start
        counts["derivation runs"] += 1
        before = next(d for d in base[0].derivations if d.spec.name == spec.name).outputs
        counts["derivation runs giving the base output"] += outputs == before
        return outputs

    def timed_rule(engine, spec, facts, on):
        start = CLOCK()
        run = run_rule(engine, spec, facts, on)
        spent["rules"] += CLOCK() - start
        counts["rule runs"] += 1
        return run

    def counted_probe(self, current, scenario, tally):
        base[0] = current
        recommendation, changed = probe_outcome(self, current, scenario, tally)
        counts["probes"] += 1
        if recommendation == current.choice.recommendation and not changed:
            counts["probes changing nothing"] += 1
        return recommendation, changed

    model.DerivationSpec.compute = timed_compute
    engine_module.Engine._run = timed_rule
    assessor_module.Assessor.probe_outcome = counted_probe
    try:
        for current in passes:
            counts["questions"] += len(compute_questions(assessor, current))
    finally:
        model.DerivationSpec.compute = compute
        engine_module.Engine._run = run_rule
        assessor_module.Assessor.probe_outcome = probe_outcome
    n = len(passes)
    print(f"{ROOT} (rulebook {evaluator.rulebook.version}, {n} claims; per claim)")
    for name, value in counts.items():
        print(f"  {name:<42}{value / n:>8.2f}")
    print(f"  {'questions, CPU (µs, least of 5 rounds)':<42}{untimed / n / 1000:>8.0f}")
    for name in ("derivations", "rules"):
        print(f"  {'of which ' + name + ' run again (µs)':<42}{spent[name] / n / 1000:>8.0f}")


if __name__ == "__main__":
    main()
