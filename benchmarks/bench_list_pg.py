"""Filtered lists over 1,000,000 assessments on PostgreSQL.

Seeds N assessments (default 1,000,000) across 50 firms with SQL (generate_series), then
times the list query of the API (``list_assessments``: tenant scope, a filter, newest
first, a page of 20, then the next page by cursor) for random firms and filters. The
baseline, measured in the same run, is a ``SELECT 1`` round trip. Target: p99 < 50 ms.
Seeding runs on its own engine with a 600 s statement timeout (server side and the client's
watchdog alike: the application's 15 s would cut a million-row INSERT); the lists are timed
on an engine with the application's defaults.
Run: .venv/bin/python benchmarks/bench_list_pg.py
     [--database-url postgresql+psycopg://postgres@127.0.0.1:5432/riposte_bench]
     [--rows 1000000]  (the database is created if missing; its schema is reset)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402
from sqlmodel import Session  # noqa: E402

from app.core.database import build_engine  # noqa: E402
from app.core.migrate import upgrade  # noqa: E402
from app.services.listing import ListFilters, list_assessments  # noqa: E402
from benchmarks.common import BENCH_PG_URL, ensure_postgres_database, figure  # noqa: E402

AGENCIES = ["copytrack", "picrights", "pixsy", "getty", "higbee", "lapixa", "law_firm"]
HOLDERS = ["trunk archive", "reuters", "afp", "dpa picture-alliance", "getty images"]
RECOMMENDATIONS = ["contest", "request_justification", "negotiate", "settle"]
SEED_TIMEOUT = 600.0
"""Seconds the seeding statements may run (a million rows take about a minute here)."""


def seed(engine, rows: int, firms: int) -> list:
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO tenant (id, name, created_at) SELECT gen_random_uuid(), "
                "'bench-' || g, now() FROM generate_series(1, :n) g"
            ),
            {"n": firms},
        )
        conn.execute(
            text(f"""
            INSERT INTO assessment (id, tenant_id, external_ref, agency, rights_holder,
                rights_holder_key, recommendation, amount_demanded, currency, revision,
                rulebook_version, created_at, updated_at)
            SELECT gen_random_uuid(), t.ids[1 + (g % :firms)], 'MAT-' || g,
                (ARRAY{AGENCIES!r})[1 + (g % {len(AGENCIES)})],
                (ARRAY{HOLDERS!r})[1 + (g % {len(HOLDERS)})],
                (ARRAY{HOLDERS!r})[1 + (g % {len(HOLDERS)})],
                (ARRAY{RECOMMENDATIONS!r})[1 + ((g / 7) % 4)],
                1200, 'EUR', 1, '1.0.0',
                now() - (g || ' seconds')::interval, now() - (g || ' seconds')::interval
            FROM generate_series(1, :rows) g,
                 (SELECT array_agg(id) AS ids FROM tenant) t
        """),
            {"rows": rows, "firms": firms},
        )
        conn.execute(text("ANALYZE assessment"))
        return [row[0] for row in conn.execute(text("SELECT id FROM tenant"))]


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(pct * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=BENCH_PG_URL)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--firms", type=int, default=50)
    parser.add_argument("--queries", type=int, default=400)
    args = parser.parse_args()
    ensure_postgres_database(args.database_url)
    with build_engine(args.database_url, null_pool=True).begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"))
    upgrade(args.database_url)
    seeding = build_engine(args.database_url, null_pool=True, statement_timeout=SEED_TIMEOUT)
    started = time.perf_counter()
    tenants = seed(seeding, args.rows, args.firms)
    seeding.dispose()
    print(
        f"seeded {args.rows} assessments for {args.firms} firms in "
        f"{time.perf_counter() - started:.0f} s"
    )
    engine = build_engine(args.database_url)
    rng = random.Random(7)
    baseline, lists = [], []
    with Session(engine) as session:
        for _ in range(args.queries):
            begin = time.perf_counter()
            session.execute(text("SELECT 1"))
            baseline.append(time.perf_counter() - begin)
            choice = rng.randrange(5)
            filters = ListFilters(
                agency=rng.choice(AGENCIES) if choice == 1 else None,
                rights_holder=rng.choice(HOLDERS) if choice == 2 else None,
                recommendation=rng.choice(RECOMMENDATIONS) if choice == 3 else None,
                external_ref=f"MAT-{rng.randrange(args.rows)}" if choice == 4 else None,
            )
            tenant = rng.choice(tenants)
            begin = time.perf_counter()
            rows, cursor = list_assessments(session, tenant, filters, limit=20, cursor=None)
            if cursor:
                list_assessments(session, tenant, filters, limit=20, cursor=cursor)
            lists.append((time.perf_counter() - begin) / (2 if cursor else 1))
    engine.dispose()
    p50, p99 = percentile(lists, 0.5) * 1e3, percentile(lists, 0.99) * 1e3
    b99 = percentile(baseline, 0.99) * 1e3
    print(f"baseline SELECT 1: p50 {percentile(baseline, 0.5) * 1e3:.2f} ms, p99 {b99:.2f} ms")
    print(
        f"list page (20 rows, filtered): p50 {p50:.2f} ms, p99 {p99:.2f} ms "
        f"({p99 / b99:.1f}x the baseline p99)"
    )
    print(f"target p99 < 50 ms -> {'met' if p99 < 50 else 'NOT met'}")
    figure(f"list page p99, {args.rows:,} rows, PostgreSQL", p99, "ms", 50, p99 < 50)


if __name__ == "__main__":
    main()
