"""One evaluation pass (derivations, rules, strategy) and a full assessment (with its
questions, findings and trace), over the example claim and every scenario claim.

Targets (issue 12): a pass with its derivations at most 150 µs; a full assessment at most 1 ms. The baseline measured in the
same run is the validation of the same claim by its pydantic model (the cheapest thing
the API does with a body).
The process runs with a worker's garbage collector settings (``tune_garbage_collector``:
start-up frozen out of collections, higher thresholds), as `riposte serve` runs the
evaluation; ``--gc default`` keeps CPython's defaults (about a fifth slower).
Run: .venv/bin/python benchmarks/bench_engine.py [--gc worker|default]
"""

from __future__ import annotations

import argparse
import json
import statistics
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
from benchmarks.common import figure  # noqa: E402
from tests.scenarios.runner import scenario_claim  # noqa: E402


def claims() -> list[str]:
    bodies = []
    for path in sorted((ROOT / "tests" / "scenarios").glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        bodies.append(json.dumps(scenario_claim(spec)))
    return bodies


def per_call(func, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        func()
    return (time.perf_counter() - start) / repeat


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gc", choices=("worker", "default"), default="worker")
    args = parser.parse_args()
    evaluator = Evaluator()
    if args.gc == "worker":
        tune_garbage_collector()
    today = date(2026, 11, 28)
    bodies = claims()
    validate, rule_passes, passes, fulls = [], [], [], []
    engine = evaluator.rulebook.engine
    for raw in bodies:
        claim = Claim.model_validate_json(raw)
        evaluator.evaluate(claim, today=today)
        done = evaluator.run(claim, today=today)
        jurisdictions = done.law.jurisdictions
        rule_passes.append(
            per_call(
                lambda done=done, j=jurisdictions: engine.evaluate(done.facts, done.on, j), 200
            )
        )
        validate.append(per_call(lambda raw=raw: Claim.model_validate_json(raw), 200))
        passes.append(per_call(lambda claim=claim: evaluator.run(claim, today=today), 100))
        fulls.append(per_call(lambda claim=claim: evaluator.evaluate(claim, today=today), 20))

    def line(name: str, values: list[float], unit: float, label: str) -> None:
        ordered = sorted(values)
        p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
        print(
            f"{name:<34}{statistics.mean(values) * unit:>10.1f}"
            f"{statistics.median(values) * unit:>10.1f}{p99 * unit:>10.1f}  {label}"
        )

    rb = evaluator.rulebook
    print(
        f"rulebook {rb.version}: {len(rb.rules)} rules, {len(rb.derivations)} derivations; "
        f"{len(bodies)} claims (scenarios); garbage collector: {args.gc}"
    )
    print(f"{'':<34}{'mean':>10}{'median':>10}{'p99':>10}")
    line("baseline: claim validation (µs)", validate, 1e6, "")
    line("rules pass, engine only (µs)", rule_passes, 1e6, "")
    line("pass with derivations (µs)", passes, 1e6, "target <= 150 µs")
    line("full assessment (ms)", fulls, 1e3, "target <= 1 ms")
    base = statistics.mean(validate)
    print(
        f"pass / validation ratio: {statistics.mean(passes) / base:.1f}x; "
        f"full / validation ratio: {statistics.mean(fulls) / base:.1f}x"
    )
    mean_pass, mean_full = statistics.mean(passes), statistics.mean(fulls)
    verdict = {True: "met", False: "NOT met"}
    print(
        f"pass with derivations (150 µs): {verdict[mean_pass <= 150e-6]}; "
        f"full assessment (1 ms): {verdict[mean_full <= 1e-3]}"
    )
    figure("one pass with derivations (CPU)", mean_pass * 1e6, "µs", 150, mean_pass <= 150e-6)
    figure("full assessment with questions (CPU)", mean_full * 1e3, "ms", 1, mean_full <= 1e-3)


if __name__ == "__main__":
    main()
