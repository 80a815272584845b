"""CPU time of a re-evaluation batch per assessment, in this process, split into its parts.

``bench_reevaluate.py`` times the whole job on the queue by the wall clock: on a machine
whose cores other processes share, that moves by a third between two runs of one tree.
This script runs ``reevaluate_batch`` (what a ``riposte worker`` runs for each job) here,
on a fresh SQLite database each round, and counts this process's CPU time only (the
database's share on PostgreSQL is not in it): per round the CPU seconds over all batches,
the least over the rounds kept. Parts: the evaluation, compressing the documents, the rest
(claim validation, rows, statements). For an A/B, run it from two trees one after the other:

    git archive main | tar -x -C /tmp/main
    cp benchmarks/reevaluate_cpu.py /tmp/main/benchmarks/
    .venv/bin/python /tmp/main/benchmarks/reevaluate_cpu.py; .venv/bin/python benchmarks/reevaluate_cpu.py

``--claims scenarios`` seeds the scenario claims in turn instead of the example claim alone
(``bench_reevaluate.py`` seeds the example claim only).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.core.database import build_engine  # noqa: E402
from app.core.migrate import upgrade  # noqa: E402
from app.core.server import tune_garbage_collector  # noqa: E402
from app.models import Assessment, AssessmentRevision, Tenant  # noqa: E402
from app.schemas.claim import Claim  # noqa: E402
from app.services import reevaluation  # noqa: E402
from app.services.assessments import index_columns, stored_claim  # noqa: E402
from app.services.evaluation import Evaluator  # noqa: E402
from benchmarks.common import example_claim  # noqa: E402


def claims_to_seed(kind: str) -> list[Claim]:
    if kind == "example":
        return [Claim.model_validate(example_claim())]
    from tests.scenarios.runner import scenario_claim

    paths = sorted((ROOT / "tests" / "scenarios").glob("*.yaml"))
    return [
        Claim.model_validate(scenario_claim(yaml.safe_load(p.read_text("utf-8")))) for p in paths
    ]


def seed(engine, evaluator: Evaluator, claims: list[Claim], count: int) -> None:
    """``count`` assessments of ``claims`` in turn, computed by another rulebook digest."""
    seeded = []
    for claim in claims:
        evaluated = evaluator.evaluate(claim)
        seeded.append((stored_claim(claim), evaluated, index_columns(claim, evaluated)))
    with Session(engine) as session:
        tenant = Tenant(name=f"bench-{uuid.uuid4().hex[:8]}")
        session.add(tenant)
        session.commit()
        tenant_id = tenant.id
    now = datetime.now(UTC)
    rows, revisions = [], []
    for n in range(count):
        stored, evaluated, columns = seeded[n % len(seeded)]
        assessment_id = uuid.uuid4()
        rows.append(
            {
                "id": assessment_id,
                "tenant_id": tenant_id,
                "revision": 1,
                "created_at": now,
                "updated_at": now,
                **columns,
                "rulebook_version": "0.0.0",
            }
        )
        revisions.append(
            {
                "assessment_id": assessment_id,
                "revision": 1,
                "tenant_id": tenant_id,
                "origin": "create",
                "created_at": now,
                "claim": stored,
                "result": evaluated.result,
                "trace": evaluated.trace,
                "rulebook_version": "0.0.0",
                "rulebook_digest": "0" * 64,
                "app_version": "0",
            }
        )
    with engine.begin() as conn:
        conn.execute(insert(Assessment), rows)
        conn.execute(insert(AssessmentRevision), revisions)


def one_round(evaluator: Evaluator, claims: list[Claim], count: int, batch: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'reeval.db'}"
        upgrade(url)
        engine = build_engine(url)
        seed(engine, evaluator, claims, count)
        with Session(engine) as session:
            ids = list(session.exec(select(Assessment.id)).scalars())
        spent = {"evaluation": 0.0, "compression": 0.0}
        clock = time.process_time

        def timed(func, part):
            def run(*args, **kwargs):
                start = clock()
                try:
                    return func(*args, **kwargs)
                finally:
                    spent[part] += clock() - start

            return run

        # compression: the documents to JSON and zstd, under whichever names the tree uses
        originals = {
            name: getattr(reevaluation, name)
            for name in ("compressed", "compressed_bytes", "dumps_bytes")
            if hasattr(reevaluation, name)
        }
        for name, func in originals.items():
            setattr(reevaluation, name, timed(func, "compression"))
        evaluator.evaluate = timed(evaluator.evaluate, "evaluation")
        done = 0
        try:
            start = clock()
            with Session(engine, expire_on_commit=False) as session:
                for first in range(0, len(ids), batch):
                    done += reevaluation.reevaluate_batch(
                        session, evaluator, ids[first : first + batch]
                    )
            total = clock() - start
        finally:
            del evaluator.evaluate
            for name, func in originals.items():
                setattr(reevaluation, name, func)
        engine.dispose()
    assert done == count, f"re-evaluated {done} of {count}"
    spent["rest"] = total - spent["evaluation"] - spent["compression"]
    spent["total"] = total
    return {name: seconds / count * 1e6 for name, seconds in spent.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--batch", type=int, default=250)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--claims", choices=("example", "scenarios"), default="example")
    args = parser.parse_args()
    evaluator = Evaluator()
    claims = claims_to_seed(args.claims)
    tune_garbage_collector()
    rounds = [one_round(evaluator, claims, args.count, args.batch) for _ in range(args.rounds)]
    best = min(rounds, key=lambda r: r["total"])
    print(
        f"{ROOT} (rulebook {evaluator.rulebook.version}, {args.count} x {args.claims}, "
        f"least of {args.rounds} rounds, µs CPU per assessment)"
    )
    for name in ("total", "evaluation", "compression", "rest"):
        print(f"  {name:<12}{best[name]:>8.0f}")
    print(f"  projected for 100,000 on 2 cores: {best['total'] * 1e5 / 2 / 1e6:.0f} s of CPU each")


if __name__ == "__main__":
    main()
