"""Bytes per stored revision of the example claim, against the 12 KB target.

Creates N assessments of the example claim through the service (evaluation, index
columns, compressed revision: what ``POST /v1/assessments`` stores) and divides the growth
of the database by N. The baseline, measured in the same run, is the size of the same
revision's documents as plain JSON (what the JSON columns held before compression).
SQLite always; PostgreSQL too when ``--database-url`` is given (its own database: the
benchmark empties its schema).
Run: .venv/bin/python benchmarks/storage.py [--count 2000] (10,000 is supported)
     [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/riposte_bench]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.core.database import build_engine  # noqa: E402
from app.core.jsonutil import dumps_bytes  # noqa: E402
from app.core.migrate import upgrade  # noqa: E402
from app.schemas.claim import Claim  # noqa: E402
from app.services.assessment_records import stored_claim  # noqa: E402
from app.services.assessments import AssessmentService  # noqa: E402
from app.services.evaluation import Evaluator  # noqa: E402
from app.services.tenants import create_tenant  # noqa: E402
from benchmarks.common import ensure_postgres_database, example_claim, figure  # noqa: E402

TARGET = 12 * 1024
TABLES = ("assessment", "assessment_revision")


def database_bytes(engine) -> int:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
            pages = conn.execute(text("PRAGMA page_count")).scalar()
            return pages * conn.execute(text("PRAGMA page_size")).scalar()
        return sum(
            conn.execute(text(f"SELECT pg_total_relation_size('{table}')")).scalar()
            for table in TABLES
        )


def measure(url: str, count: int, claim: Claim, evaluator: Evaluator) -> float:
    upgrade(url)
    engine = build_engine(url)
    with Session(engine) as session:
        tenant = create_tenant(session, f"storage-bench-{time.time_ns()}")
        tenant_id = tenant.id
    before = database_bytes(engine)
    started = time.perf_counter()
    with Session(engine, expire_on_commit=False) as session:
        service = AssessmentService(session, evaluator)
        for _ in range(count):
            service.create(tenant_id, claim)
    seconds = time.perf_counter() - started
    after = database_bytes(engine)
    engine.dispose()
    per_revision = (after - before) / count
    print(
        f"{engine.dialect.name}: {count} revisions in {seconds:.0f} s, database grew "
        f"{(after - before) / 1e6:.1f} MB: {per_revision / 1024:.1f} KB per revision"
    )
    return per_revision


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--database-url", help="a PostgreSQL database of the benchmark's own")
    args = parser.parse_args()
    evaluator = Evaluator()
    claim = Claim.model_validate(example_claim())
    evaluated = evaluator.evaluate(claim)
    plain = sum(
        len(dumps_bytes(document))
        for document in (stored_claim(claim), evaluated.result, evaluated.trace)
    )
    print(f"baseline: the revision's documents as plain JSON, {plain / 1024:.1f} KB")
    with tempfile.TemporaryDirectory() as tmp:
        sizes = {
            "SQLite": measure(f"sqlite:///{Path(tmp) / 'storage.db'}", args.count, claim, evaluator)
        }
    if args.database_url:
        ensure_postgres_database(args.database_url)
        with build_engine(args.database_url, null_pool=True).begin() as conn:
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"))
        sizes["PostgreSQL"] = measure(args.database_url, args.count, claim, evaluator)
    for name, size in sizes.items():
        print(f"{name}: {plain / size:.1f}x smaller than plain JSON")
        figure(f"storage per revision, {name}", size / 1024, "KB", TARGET / 1024, size <= TARGET)


if __name__ == "__main__":
    main()
