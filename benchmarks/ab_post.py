"""A/B of POST /v1/assessments between two trees, measured at the same time.

One uvicorn worker per tree (each with its own SQLite database, both pinned to CPU 0) and
one wrk per server (both on CPU 1) run side by side, so whatever else the machine runs
disturbs both alike; each round reports the server CPU time per request of each and their
ratio, then the CPU of one in-process evaluation of the same claim (CPU 0), the baseline of
the target ``POST /v1/assessments >= 0.7x``. Both trees run with this interpreter (their
dependencies must match).

Run: .venv/bin/python benchmarks/ab_post.py --before /tmp/main-tree [--after .]
     [--rounds 3] [--seconds 8] [--path /v1/assessments]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
from contextlib import ExitStack
from pathlib import Path

from bench_post import NO_RATE_LIMIT, in_process_rate
from common import ROOT, cpu_seconds, example_claim, uvicorn_server, wrk


def make_key(tree: Path, env: dict[str, str]) -> str:
    import subprocess

    def riposte(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "app.cli", *args],
            cwd=tree,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            check=True,
        )
        return done.stdout

    riposte("migrate")
    riposte("tenants", "create", "ab")
    return riposte("keys", "create", "--tenant", "ab").strip().splitlines()[-1]


def served(trees: dict[str, Path], tmp: Path, stack: ExitStack) -> dict[str, tuple]:
    """Each tree's server: (url base, pid, headers)."""
    servers = {}
    for name, tree in trees.items():
        env = {"RIPOSTE_DATABASE_URL": f"sqlite:///{tmp / name}.db", **NO_RATE_LIMIT}
        key = make_key(tree, env)
        port, pid = stack.enter_context(uvicorn_server("app.main:app", env=env, cpu=0, tree=tree))
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {key}"}
        servers[name] = (f"http://127.0.0.1:{port}", pid, headers)
    return servers


def side_by_side(servers, path: str, body: bytes, seconds: int, connections: int) -> dict:
    """wrk on every server at once; each server's CPU ms per request and req/s."""
    results: dict[str, dict] = {}
    before = {name: cpu_seconds(pid) for name, (_, pid, _) in servers.items()}

    def run(name: str, base: str, headers: dict[str, str]) -> None:
        results[name] = wrk(
            base + path, body, headers, seconds=seconds, connections=connections, cpu=1
        )

    threads = [
        threading.Thread(target=run, args=(name, base, headers))
        for name, (base, _, headers) in servers.items()
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for name, (_, pid, _) in servers.items():
        count = max(1.0, results[name]["rps"] * seconds)
        results[name]["cpu_ms"] = (cpu_seconds(pid) - before[name]) / count * 1000
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", required=True, type=Path, help="tree A (e.g. main)")
    parser.add_argument("--after", default=ROOT, type=Path, help="tree B (default: this one)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--connections", type=int, default=16, help="per server")
    parser.add_argument("--path", default="/v1/assessments")
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    body = json.dumps(example_claim()).encode()
    print(
        f"{'round':<7}{'before ms':>11}{'after ms':>10}{'after/before':>14}"
        f"{'before req/s':>14}{'after req/s':>13}{'in-process ms':>15}"
    )
    ratios = []
    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        servers = served(trees, Path(tmp), stack)
        side_by_side(servers, args.path, body, 2, args.connections)  # warm-up
        for round_ in range(1, args.rounds + 1):
            r = side_by_side(servers, args.path, body, args.seconds, args.connections)
            _, evaluation_cpu = in_process_rate(body, 3)
            a, b = r["before"], r["after"]
            ratios.append(b["cpu_ms"] / a["cpu_ms"])
            print(
                f"{round_:<7}{a['cpu_ms']:>11.2f}{b['cpu_ms']:>10.2f}{ratios[-1]:>13.2f}x"
                f"{a['rps']:>14.0f}{b['rps']:>13.0f}{evaluation_cpu * 1000:>15.2f}"
            )
            for name, result in r.items():
                if result["non_2xx"]:
                    print(f"  {name}: {result['non_2xx']} non-2xx answers")
    print(f"after/before CPU per request: {', '.join(f'{x:.2f}x' for x in ratios)}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
