"""POST /v1/assessments (evaluate, questions, store) against two baselines measured in the
same run, on the example claim, one uvicorn worker pinned to CPU 0, wrk on CPU 1:

- the rate at which one process evaluates the same claim in a loop (pinned to CPU 0 too),
  target ``POST /v1/assessments >= 0.7x``;
- ``POST /v1/evaluate`` (the same evaluation over HTTP, nothing stored), target ``>= 0.85x``.

Then the latency at half the maximum throughput against the unloaded p50 (target p99
<= 3x), by an open-loop asyncio client (``common.fixed_rate``, which says what it cost and
how late it sent), and the worker's resident memory over the run (target under 250 MB,
growing less than 5 %). ``--two-workers`` adds two workers against one on PostgreSQL (target >= 1.7x).
Run: .venv/bin/python benchmarks/bench_post.py [--seconds 15] [--two-workers]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import (
    BENCH_PG_URL,
    PYTHON,
    ROOT,
    cpu_seconds,
    ensure_postgres_database,
    example_claim,
    figure,
    fixed_rate,
    rss_mb,
    uvicorn_server,
    wrk,
)

NO_RATE_LIMIT = {"RIPOSTE_RATE_LIMIT": "100000000/minute"}
"""The benchmark measures the server, not the per-key limit (600/minute by default)."""

IN_PROCESS = """
import sys, time
from datetime import date
from app.schemas.claim import Claim
from app.services.evaluation import Evaluator
claim = Claim.model_validate_json(sys.stdin.read())
evaluator = Evaluator()
for _ in range(50):
    evaluator.evaluate(claim)
seconds, count, start = float(sys.argv[1]), 0, time.perf_counter()
cpu = time.process_time()
while time.perf_counter() - start < seconds:
    evaluator.evaluate(claim)
    count += 1
print(count / (time.perf_counter() - start), (time.process_time() - cpu) / count)
"""


def in_process_rate(body: bytes, seconds: float) -> tuple[float, float]:
    """Evaluations per second of one process in a loop, pinned like the server, and the
    CPU seconds of one evaluation."""
    command = [PYTHON, "-c", IN_PROCESS, str(seconds)]
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0", *command]
    done = subprocess.run(command, input=body, cwd=ROOT, capture_output=True, check=True)
    rate, cpu = done.stdout.decode().strip().splitlines()[-1].split()
    return float(rate), float(cpu)


def make_key(env: dict[str, str]) -> str:
    def riposte(*args: str) -> str:
        return subprocess.run(
            [PYTHON, "-m", "app.cli", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    riposte("migrate")
    riposte("tenants", "create", f"bench-{os.getpid()}")
    return riposte("keys", "create", "--tenant", f"bench-{os.getpid()}").strip().splitlines()[-1]


def load(url, body, headers, args, cpu=1, pid=None):
    """wrk after a 2-second warm-up; with the server's ``pid``, also its CPU time per
    request (``cpu_ms``), which other loads on the machine disturb far less than rates."""
    wrk(url, body, headers, seconds=2, connections=args.connections, cpu=cpu)
    before = cpu_seconds(pid) if pid else 0.0
    result = wrk(url, body, headers, seconds=args.seconds, connections=args.connections, cpu=cpu)
    if pid:
        served = max(1.0, result["rps"] * args.seconds)
        result["cpu_ms"] = (cpu_seconds(pid) - before) / served * 1000
    return result


def show(results: dict[str, dict[str, float]]) -> None:
    print(f"{'endpoint':<26}{'req/s':>10}{'p50 ms':>10}{'p90 ms':>10}{'p99 ms':>10}{'non-2xx':>9}")
    for name, r in results.items():
        print(
            f"{name:<26}{r['rps']:>10.0f}{r['p50_ms']:>10.2f}{r['p90_ms']:>10.2f}"
            f"{r['p99_ms']:>10.2f}{r['non_2xx']:>9}"
        )


def one_worker(args, body: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        env = {"RIPOSTE_DATABASE_URL": f"sqlite:///{Path(tmp) / 'bench.db'}", **NO_RATE_LIMIT}
        key = make_key({**os.environ, **env})
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {key}"}
        results = {}
        with uvicorn_server("app.main:app", env=env, cpu=0) as (port, pid):
            base = f"http://127.0.0.1:{port}/v1"
            results["POST /v1/evaluate"] = load(f"{base}/evaluate", body, headers, args, pid=pid)
            assert not results["POST /v1/evaluate"]["non_2xx"], "non-2xx answers: see the server"
            rss_start = rss_mb(pid)
            results["POST /v1/assessments"] = load(
                f"{base}/assessments", body, headers, args, pid=pid
            )
            idle = fixed_rate(f"{base}/assessments", body, headers, rate=5, seconds=4)
            half = fixed_rate(
                f"{base}/assessments",
                body,
                headers,
                rate=results["POST /v1/assessments"]["rps"] / 2,
                seconds=args.seconds,
            )
            served = sum(int(r["rps"] * args.seconds) for r in results.values())
            rss_end = rss_mb(pid)
        rate, evaluation_cpu = in_process_rate(body, args.seconds)
    show(results)
    post = results["POST /v1/assessments"]["rps"]
    evaluate = results["POST /v1/evaluate"]["rps"]
    print(
        f"in-process evaluation of the same claim: {rate:.0f}/s (one process, CPU 0), "
        f"{evaluation_cpu * 1000:.2f} ms CPU each"
    )
    post_cpu = results["POST /v1/assessments"]["cpu_ms"]
    evaluate_cpu = results["POST /v1/evaluate"]["cpu_ms"]
    print(
        f"server CPU per request: POST /v1/evaluate {evaluate_cpu:.2f} ms, "
        f"POST /v1/assessments {post_cpu:.2f} ms; as ratios of CPU (robust to other loads): "
        f"assessments vs in-process {evaluation_cpu * 1000 / post_cpu:.2f}x, "
        f"assessments vs evaluate {evaluate_cpu / post_cpu:.2f}x"
    )
    print(
        f"unloaded p50 {idle['p50_ms']:.1f} ms; at {half['rate']:.0f} req/s (half the maximum): "
        f"p50 {half['p50_ms']:.1f} ms, p99 {half['p99_ms']:.1f} ms"
    )
    for name, run in (("unloaded", idle), ("half load", half)):
        print(
            f"  load client, {name}: {run['client_cpu_ms']:.2f} ms CPU an answer, "
            f"sent up to {run['late_p99_ms']:.1f} ms late (p99), {run['answers']} answers, "
            f"{run['failures']} failed{' ' + str(run['errors']) if run['errors'] else ''}, "
            f"{run['connections']} connections"
        )
    print(f"worker RSS {rss_start:.0f} MB -> {rss_end:.0f} MB over about {served} requests")
    figure(
        "POST /v1/assessments vs in-process evaluation",
        post / rate,
        "x",
        0.7,
        post / rate >= 0.7,
        ">=",
    )
    figure(
        "POST /v1/assessments vs POST /v1/evaluate",
        post / evaluate,
        "x",
        0.85,
        post / evaluate >= 0.85,
        ">=",
    )
    tail = half["p99_ms"] / idle["p50_ms"]
    figure("p99 at half the maximum vs unloaded p50", tail, "x", 3, tail <= 3)
    figure("worker RSS after the load", rss_end, "MB", 250, rss_end < 250)
    growth = (rss_end - rss_start) / rss_start * 100
    figure("worker RSS growth during the load", growth, "%", 5, growth < 5)


def _processes(pid: int) -> list[int]:
    """The server process and its children (uvicorn's workers)."""
    children = Path(f"/proc/{pid}/task/{pid}/children")
    return [pid, *(int(c) for c in children.read_text().split())] if children.exists() else [pid]


def _backends(engine) -> list[int]:
    from sqlalchemy import text

    with engine.connect() as conn:
        return list(
            conn.execute(
                text(
                    "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                    "AND pid <> pg_backend_pid()"
                )
            ).scalars()
        )


def _cpu(pids: list[int]) -> dict[int, float]:
    seen = {}
    for pid in pids:
        try:
            seen[pid] = cpu_seconds(pid)
        except (OSError, IndexError, ValueError):  # gone, or not ours to read
            pass
    return seen


def two_workers(args, body: bytes) -> None:
    """One worker against two on PostgreSQL; wrk shares the two cores with them. Beside
    the rates, where the CPU of a request goes: the workers, the database's backends (those
    open at both ends of the run) and wrk; on a shared machine these hold better than the
    rates, and bound the ratio two cores allow: (2 / all of it) / (1 / the worker's)."""
    import resource

    from app.core.database import build_engine

    ensure_postgres_database(args.database_url)
    env = {"RIPOSTE_DATABASE_URL": args.database_url, **NO_RATE_LIMIT}
    key = make_key({**os.environ, **env})
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {key}"}
    watcher = build_engine(args.database_url, null_pool=True)
    rates, costs = {}, {}
    for workers in (1, 2):
        with uvicorn_server("app.main:app", env=env, workers=workers) as (port, pid):
            url = f"http://127.0.0.1:{port}/v1/assessments"
            wrk(url, body, headers, seconds=2, connections=args.connections)
            servers, backends = _cpu(_processes(pid)), _cpu(_backends(watcher))
            children = resource.getrusage(resource.RUSAGE_CHILDREN)
            result = wrk(url, body, headers, seconds=args.seconds, connections=args.connections)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            served = max(1.0, result["rps"] * args.seconds) / 1000  # CPU ms per request
            end_servers, end_backends = _cpu(list(servers)), _cpu(list(backends))
            rates[workers] = result["rps"]
            costs[workers] = {
                "workers": sum(end_servers[p] - servers[p] for p in end_servers) / served,
                "database": sum(end_backends[p] - backends[p] for p in end_backends) / served,
                "wrk": (after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime)
                / served,
            }
    watcher.dispose()
    ratio = rates[2] / rates[1]
    print(f"PostgreSQL: one worker {rates[1]:.0f} req/s, two workers {rates[2]:.0f} req/s")
    for workers, cost in costs.items():
        print(
            f"  {workers} worker(s), CPU ms a request: workers {cost['workers']:.2f}, "
            f"PostgreSQL backends {cost['database']:.2f}, wrk {cost['wrk']:.2f}"
        )
    one, two = costs[1], costs[2]
    bound = (2 / sum(two.values())) / min(1 / one["workers"], 2 / sum(one.values()))
    print(f"  two cores allow at most {bound:.2f}x by these costs (measured {ratio:.2f}x)")
    figure("two workers vs one, PostgreSQL", ratio, "x", 1.7, ratio >= 1.7, ">=")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--two-workers", action="store_true", help="also one vs two workers (PG)")
    parser.add_argument("--only-two-workers", action="store_true", help="only that")
    parser.add_argument(
        "--database-url", default=BENCH_PG_URL, help="PostgreSQL database of --two-workers"
    )
    args = parser.parse_args()
    body = json.dumps(example_claim()).encode()
    if not args.only_two_workers:
        one_worker(args, body)
    if args.two_workers or args.only_two_workers:
        two_workers(args, body)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
