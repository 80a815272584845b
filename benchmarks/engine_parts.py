"""CPU time of each part of an assessment (full, pass, questions, findings, trace, rules
alone) over the scenario claims: per claim the minimum over rounds, then the mean over
the claims. The minimum keeps most of other processes' load out, so that two trees can be
compared one after the other on a busy machine (an A/B):

    git archive main | tar -x -C /tmp/main
    cp benchmarks/engine_parts.py /tmp/main/benchmarks/
    .venv/bin/python /tmp/main/benchmarks/engine_parts.py; .venv/bin/python benchmarks/engine_parts.py

It measures the tree it sits in (``benchmarks/..``), with a worker's garbage collector
settings unless ``--gc default``. Nothing here is a target: bench_engine.py prints those.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.server import tune_garbage_collector  # noqa: E402
from app.schemas.claim import Claim  # noqa: E402
from app.services.evaluation import Evaluator  # noqa: E402
from app.services.rules.questions import compute_questions  # noqa: E402
from app.services.rules.render import findings, trace  # noqa: E402
from tests.scenarios.runner import scenario_claim  # noqa: E402


def best(func, items: list, rounds: int) -> float:
    """Mean over ``items`` of the least CPU time of ``func(item)`` over ``rounds``, in µs."""
    clock = time.process_time_ns
    total = 0
    for item in items:
        least = 1 << 62
        for _ in range(rounds):
            start = clock()
            func(item)
            least = min(least, clock() - start)
        total += least
    return total / len(items) / 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gc", choices=("worker", "default"), default="worker")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    evaluator = Evaluator()
    today = date(2026, 11, 28)
    claims = [
        Claim.model_validate(scenario_claim(yaml.safe_load(path.read_text(encoding="utf-8"))))
        for path in sorted((ROOT / "tests" / "scenarios").glob("*.yaml"))
    ]
    for claim in claims:
        evaluator.evaluate(claim, today=today)
    if args.gc == "worker":
        tune_garbage_collector()
    rb, assessor, rounds = evaluator.rulebook, evaluator.assessor, args.rounds
    passes = [evaluator.run(claim, today=today) for claim in claims]
    parts = {
        "full assessment": best(lambda c: evaluator.evaluate(c, today=today), claims, rounds),
        "pass with derivations": best(lambda c: evaluator.run(c, today=today), claims, rounds),
        "questions": best(lambda p: compute_questions(assessor, p), passes, rounds),
        "findings": best(lambda p: findings(rb, p), passes, rounds),
        "trace": best(trace, passes, rounds),
        "rules alone": best(
            lambda p: rb.engine.evaluate(p.facts, p.on, p.law.jurisdictions), passes, rounds
        ),
    }
    print(f"{ROOT} (rulebook {rb.version}, {len(claims)} claims, gc {args.gc}, µs CPU)")
    for name, value in parts.items():
        print(f"  {name:<24}{value:>10.0f}")


if __name__ == "__main__":
    main()
