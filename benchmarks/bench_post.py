"""POST /v1/assessments (evaluate, questions, store) against a bare FastAPI endpoint
echoing the same body: one uvicorn worker each, 32 clients, on loopback.

Target: throughput at least 0.5x the echo baseline, p99 within 3x of it.
Run: .venv/bin/python benchmarks/bench_post.py [--seconds 15]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import tempfile
from pathlib import Path

from common import PYTHON, ROOT, example_claim, figure, uvicorn_server, wrk


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
    riposte("tenants", "create", "bench")
    return riposte("keys", "create", "--tenant", "bench").strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    body = json.dumps(example_claim()).encode()
    import os

    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "RIPOSTE_DATABASE_URL": f"sqlite:///{Path(tmp) / 'bench.db'}"}
        key = make_key(env)
        results = {}
        with uvicorn_server("benchmarks.echo_app:app", cpu=0) as port:
            url = f"http://127.0.0.1:{port}/echo"
            wrk(
                url,
                body,
                {"Content-Type": "application/json"},
                seconds=3,
                connections=args.connections,
                cpu=1,
            )
            results["echo"] = wrk(
                url,
                body,
                {"Content-Type": "application/json"},
                seconds=args.seconds,
                connections=args.connections,
                cpu=1,
            )
        with uvicorn_server("app.main:app", env=env, cpu=0) as port:
            url = f"http://127.0.0.1:{port}/v1/assessments"
            headers = {"Content-Type": "application/json", "Authorization": f"Bearer {key}"}
            wrk(url, body, headers, seconds=3, connections=args.connections, cpu=1)
            results["assessments"] = wrk(
                url, body, headers, seconds=args.seconds, connections=args.connections, cpu=1
            )
    echo, ours = results["echo"], results["assessments"]
    print(f"{'endpoint':<22}{'req/s':>10}{'p50 ms':>10}{'p90 ms':>10}{'p99 ms':>10}{'non-2xx':>9}")
    for name, r in results.items():
        print(
            f"{name:<22}{r['rps']:>10.0f}{r['p50_ms']:>10.2f}{r['p90_ms']:>10.2f}"
            f"{r['p99_ms']:>10.2f}{r['non_2xx']:>9}"
        )
    throughput = ours["rps"] / echo["rps"]
    p99 = ours["p99_ms"] / echo["p99_ms"]
    print(
        f"throughput ratio (target >= 0.50): {throughput:.2f}"
        f" -> {'met' if throughput >= 0.5 else 'NOT met'}"
    )
    print(f"p99 ratio        (target <= 3.00): {p99:.2f} -> {'met' if p99 <= 3 else 'NOT met'}")
    figure("POST /v1/assessments vs echo app, req/s", throughput, "x", 0.5, throughput >= 0.5, ">=")


if __name__ == "__main__":
    main()
