"""How far the outbox lags behind a queued re-evaluation: run next to
``bench_reevaluate.py --queue`` on the same database; prints how many events were still
undispatched when the last batch committed (polled every 0.25 s), then how long they took.
Run: .venv/bin/python benchmarks/outbox_backlog.py DATABASE_URL &
     .venv/bin/python benchmarks/bench_reevaluate.py --queue --database-url DATABASE_URL ...
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from app.core.database import build_engine  # noqa: E402
from app.services.reevaluation import REEVALUATE, remaining  # noqa: E402

QUEUED = text(
    "SELECT count(*) FROM procrastinate_jobs "
    "WHERE task_name = :task AND status IN ('todo', 'doing')"
)
PENDING = text("SELECT count(*) FROM outbox_event WHERE dispatched_at IS NULL")
TOTAL = text("SELECT count(*) FROM outbox_event")


def count(engine, statement, **params) -> int:
    with engine.connect() as conn:
        return conn.execute(statement, params).scalar()


def main() -> None:
    engine = build_engine(sys.argv[1])
    time.sleep(5)  # the benchmark resets the schema first
    while True:
        try:
            if count(engine, QUEUED, task=REEVALUATE):
                break
        except Exception:  # tables not created yet
            pass
        time.sleep(1)
    while remaining(engine) or not count(engine, TOTAL):
        time.sleep(0.25)
    pending, total = count(engine, PENDING), count(engine, TOTAL)
    print(f"last batch committed: {pending} of {total} events undispatched", flush=True)
    started = time.time()
    while pending and time.time() - started < 40:  # the benchmark stops its workers
        time.sleep(0.5)
        pending = count(engine, PENDING)
    print(f"{pending} still pending {time.time() - started:.1f} s later", flush=True)


if __name__ == "__main__":
    main()
