"""Re-evaluating stored assessments under a new rulebook.

Seeds N assessments (default 100,000) whose revisions carry another rulebook digest, then
runs ``reevaluate_all`` (what ``riposte reevaluate`` does). The baseline, measured in the
same run, is copying the same revisions into new rows without evaluating them (the
database floor of the job). Target: 100,000 in under 2 minutes.
With ``--queue`` (PostgreSQL) the batches go on the job queue and ``--workers``
``riposte worker`` processes run them, as a deployment would (workers on any number of
machines); the time runs from queueing to the last batch committed.
Run: .venv/bin/python benchmarks/bench_reevaluate.py [--count 100000] [--workers 2]
     [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench] [--queue]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.core.config import Settings  # noqa: E402
from app.core.database import build_engine  # noqa: E402
from app.core.migrate import upgrade  # noqa: E402
from app.models import Assessment, AssessmentRevision, Tenant  # noqa: E402
from app.schemas.claim import Claim  # noqa: E402
from app.services import jobs  # noqa: E402
from app.services.assessment_records import index_columns, stored_claim  # noqa: E402
from app.services.evaluation import Evaluator  # noqa: E402
from app.services.reevaluation import (  # noqa: E402
    enqueue_reevaluation,
    reevaluate_all,
    remaining,
    report,
)
from benchmarks.common import ensure_postgres_database, example_claim, figure  # noqa: E402


def seed(engine, count: int) -> None:
    evaluator = Evaluator()
    claim = Claim.model_validate(example_claim())
    evaluated = evaluator.evaluate(claim)
    columns = index_columns(claim, evaluated)
    stored = stored_claim(claim)
    tenant = Tenant(name=f"bench-{uuid.uuid4().hex[:8]}")
    with Session(engine) as session:
        session.add(tenant)
        session.commit()
        tenant_id = tenant.id
    now = datetime.now(UTC)
    batch = 1000
    for start in range(0, count, batch):
        with engine.begin() as conn:
            ids = [uuid.uuid4() for _ in range(min(batch, count - start))]
            conn.execute(
                insert(Assessment),
                [
                    {
                        "id": i,
                        "tenant_id": tenant_id,
                        "revision": 1,
                        "created_at": now,
                        "updated_at": now,
                        **columns,
                        "rulebook_version": "0.0.0",
                    }
                    for i in ids
                ],
            )
            conn.execute(
                insert(AssessmentRevision),
                [
                    {
                        "assessment_id": i,
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
                    for i in ids
                ],
            )


def copy_floor(engine) -> float:
    """Copy every revision 1 to a revision 2 with plain SQL: the job without evaluation."""
    started = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO assessment_revision (assessment_id, revision, tenant_id, origin, "
                "created_at, claim, result, trace, rulebook_version, rulebook_digest, app_version) "
                "SELECT assessment_id, 2, tenant_id, 'copy', created_at, claim, result, trace, "
                "rulebook_version, rulebook_digest, app_version FROM assessment_revision "
                "WHERE revision = 1"
            )
        )
        conn.execute(text("DELETE FROM assessment_revision WHERE revision = 2"))
    return time.perf_counter() - started


def on_the_queue(engine, url: str, workers: int) -> dict:
    """Queue the batches, start ``workers`` job workers, wait until none is left."""
    queue = jobs.build_queue(Settings(database_url=url), engine)
    started = time.perf_counter()
    count, queued = enqueue_reevaluation(queue, engine, batch_size=250)
    print(f"queued {queued} jobs for {count} assessments")
    env = {**os.environ, "RIPOSTE_DATABASE_URL": url}
    command = [sys.executable, "-m", "app.cli", "worker"]
    processes = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        for _ in range(workers)
    ]
    try:
        while remaining(engine):
            time.sleep(0.5)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    from app.services.evaluation import Evaluator

    return report(Evaluator(), count, time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--database-url")
    parser.add_argument("--queue", action="store_true", help="run on the job queue (PostgreSQL)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'reeval.db'}"
        if url.startswith("postgresql"):
            ensure_postgres_database(url)
            with build_engine(url, null_pool=True).begin() as conn:
                conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"))
        upgrade(url)
        engine = build_engine(url)
        started = time.perf_counter()
        seed(engine, args.count)
        print(f"seeded {args.count} assessments in {time.perf_counter() - started:.1f} s")
        # one statement over every revision: past the service's statement timeout at 100,000
        floor_engine = build_engine(url, null_pool=True, statement_timeout=600)
        floor = copy_floor(floor_engine)
        floor_engine.dispose()
        if args.queue:
            done = on_the_queue(engine, url, args.workers)
        else:
            done = reevaluate_all(engine, batch_size=500, workers=args.workers)
        engine.dispose()
    seconds = done["seconds"]
    projected = seconds * 100_000 / max(done["reevaluated"], 1)
    print(f"baseline (copy without evaluating): {floor:.1f} s")
    print(
        f"re-evaluated {done['reevaluated']} in {seconds:.1f} s "
        f"({done['per_second']:.0f}/s, {args.workers} workers"
        f"{' on the job queue' if args.queue else ''}); "
        f"ratio to baseline {seconds / floor:.1f}x"
    )
    print(
        f"projected for 100,000: {projected:.0f} s (target < 120 s) -> "
        f"{'met' if projected < 120 else 'NOT met'}"
    )
    figure("re-evaluation of 100,000, projected", projected, "s", 120, projected < 120)


if __name__ == "__main__":
    main()
