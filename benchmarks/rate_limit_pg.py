"""The PostgreSQL rate-limit count, as the application makes it (one autocommit statement,
``synchronous_commit`` off for its transaction) against the earlier form measured in the
same run (BEGIN, the same UPSERT, a synchronous COMMIT), rounds alternated, wall clock per
count (the commit's wait for the WAL flush is not CPU). One thread, one key.
Run: .venv/bin/python benchmarks/rate_limit_pg.py [--database-url URL] [--count 2000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text  # noqa: E402

from app.core.database import build_engine  # noqa: E402
from app.core.migrate import upgrade  # noqa: E402
from app.repositories.rate_limits import DatabaseStorage  # noqa: E402
from benchmarks.common import BENCH_PG_URL, ensure_postgres_database  # noqa: E402

EARLIER = text(
    """
    INSERT INTO rate_limit_window (key, hits, expires_at) VALUES (:key, :amount, :expires)
    ON CONFLICT (key) DO UPDATE SET
      hits = CASE WHEN rate_limit_window.expires_at <= :now THEN :amount
                  ELSE rate_limit_window.hits + :amount END,
      expires_at = CASE WHEN rate_limit_window.expires_at <= :now THEN :expires
                        ELSE rate_limit_window.expires_at END
    RETURNING hits, expires_at
    """
)
"""The statement before this change, run in its own BEGIN ... COMMIT."""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", default=BENCH_PG_URL)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    ensure_postgres_database(args.database_url)
    upgrade(args.database_url)
    engine = build_engine(args.database_url)
    storage = DatabaseStorage(engine)

    def synchronous(key: str) -> None:
        now = time.time()
        with engine.begin() as conn:
            conn.execute(EARLIER, {"key": key, "amount": 1, "expires": now + 60, "now": now}).one()

    def application(key: str) -> None:
        storage.count(key, 60)

    forms = {"BEGIN/UPSERT/COMMIT, synchronous": synchronous, "application": application}
    timings: dict[str, list[float]] = {name: [] for name in forms}
    for round_ in range(args.rounds):
        for name, count in forms.items():
            key = f"bench/{name}/{round_}"
            started = time.perf_counter()
            for _ in range(args.count):
                count(key)
            timings[name].append(round((time.perf_counter() - started) / args.count * 1e6))
    storage.reset()
    engine.dispose()
    for name, values in timings.items():
        print(f"{name:<36} median {statistics.median(values):7.0f} µs a count  {values}")
    before, after = (statistics.median(v) for v in timings.values())
    print(f"application / synchronous: {after / before:.2f}x")


if __name__ == "__main__":
    main()
