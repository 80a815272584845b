"""Draining the outbox with 1 and with 2 ``riposte worker`` processes (PostgreSQL).

Each run starts the workers, lets them settle, then commits N ``assessment.revised``
events (one per assessment, as a re-evaluation batch writes them) of a firm with one
subscribed endpoint, and times from that commit until no event is pending. The endpoint's
address is private, so the deliveries the fan-out writes fail at once without network
(their jobs run at a lower priority than the dispatch). Runs alternate 1 and 2 workers;
the ratio is taken within each round.
Run: .venv/bin/python benchmarks/bench_dispatch.py [--count 20000] [--rounds 2]
     --database-url postgresql+psycopg://postgres@127.0.0.1:5432/bench
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, text  # noqa: E402
from sqlmodel import Session, select  # noqa: E402

from app.core.config import Settings  # noqa: E402
from app.core.database import build_engine  # noqa: E402
from app.core.migrate import upgrade  # noqa: E402
from app.models import OutboxEvent, Tenant  # noqa: E402
from app.models.webhook import WebhookEndpoint  # noqa: E402
from app.services import jobs, outbox  # noqa: E402
from benchmarks.common import ensure_postgres_database  # noqa: E402

SETTLE_SECONDS = 8.0


def firm(engine) -> uuid.UUID:
    with Session(engine) as session:
        tenant = Tenant(name=f"bench-dispatch-{uuid.uuid4().hex[:8]}")
        session.add(tenant)
        session.commit()
        session.add(
            WebhookEndpoint(
                tenant_id=tenant.id,
                url="https://10.255.255.1/riposte",
                events=["assessment.revised"],
                secret="whsec_" + "A" * 32,
            )
        )
        session.commit()
        return tenant.id


def pending(engine) -> int:
    with Session(engine) as session:
        return session.exec(
            select(func.count()).select_from(OutboxEvent).where(OutboxEvent.dispatched_at.is_(None))
        ).one()


def reset(engine) -> None:
    """An empty outbox, no deliveries and no jobs left from the previous run."""
    with engine.begin() as conn:
        conn.execute(
            text(
                "TRUNCATE outbox_event, webhook_attempt, webhook_delivery, "
                "procrastinate_jobs CASCADE"
            )
        )


def drain_with(engine, url: str, tenant_id: uuid.UUID, count: int, workers: int) -> float:
    reset(engine)
    env = {**os.environ, "RIPOSTE_DATABASE_URL": url}
    command = [sys.executable, "-m", "app.cli", "worker"]
    processes = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        for _ in range(workers)
    ]
    try:
        time.sleep(SETTLE_SECONDS)
        events = [
            (tenant_id, "assessment.revised", {"id": str(s), "revision": 2}, s)
            for s in (uuid.uuid4() for _ in range(count))
        ]
        with Session(engine) as session:
            outbox.emit_all_now(session, events)
            session.commit()  # queues the dispatch job
        started = time.perf_counter()
        while pending(engine):
            time.sleep(0.1)
        return time.perf_counter() - started
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--database-url", required=True, help="PostgreSQL")
    args = parser.parse_args()
    url = args.database_url
    ensure_postgres_database(url)
    with build_engine(url, null_pool=True).begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public"))
    upgrade(url)
    engine = build_engine(url)
    jobs.install(jobs.build_queue(Settings(database_url=url), engine))
    tenant_id = firm(engine)
    for round_ in range(1, args.rounds + 1):
        rates = {}
        for workers in (1, 2):
            seconds = drain_with(engine, url, tenant_id, args.count, workers)
            rates[workers] = args.count / seconds
            print(
                f"round {round_}: {args.count} events drained by {workers} worker(s) in "
                f"{seconds:.1f} s ({rates[workers]:.0f}/s)",
                flush=True,
            )
        print(f"round {round_}: ratio 2 workers / 1 worker = {rates[2] / rates[1]:.2f}x")
    jobs.current().stop()
    engine.dispose()


if __name__ == "__main__":
    main()
