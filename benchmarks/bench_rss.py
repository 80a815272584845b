"""A worker's resident memory over a long load, measured after a warm-up: one uvicorn
worker on SQLite, POST /v1/assessments of the example claim from wrk (32 connections).

The warm-up (``--warmup`` seconds) fills what a worker fills once (caches of formatted
values and compiled statements, the allocator's arenas, SQLite's page cache); then the
RSS is sampled every ``--every`` seconds over ``--minutes`` of load. Targets: under 250 MB,
growing less than 5 % from the end of the warm-up (the issue asks for 100,000 requests:
run ``--minutes`` long enough for the machine's rate).
Run: .venv/bin/python benchmarks/bench_rss.py [--warmup 60] [--minutes 10] [--every 30]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from bench_post import NO_RATE_LIMIT, make_key
from common import ROOT, example_claim, figure, rss_mb, uvicorn_server, wrk


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--warmup", type=int, default=60, help="seconds of load before")
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--every", type=int, default=30, help="seconds between samples")
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    body = json.dumps(example_claim()).encode()
    with tempfile.TemporaryDirectory() as tmp:
        env = {"RIPOSTE_DATABASE_URL": f"sqlite:///{Path(tmp) / 'rss.db'}", **NO_RATE_LIMIT}
        key = make_key({**os.environ, **env})
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {key}"}
        with uvicorn_server("app.main:app", env=env, cpu=0) as (port, pid):
            url = f"http://127.0.0.1:{port}/v1/assessments"
            warm = wrk(url, body, headers, seconds=args.warmup, connections=args.connections, cpu=1)
            start, served, samples = rss_mb(pid), 0, []
            print(f"after a warm-up of {warm['rps'] * args.warmup:.0f} requests: {start:.0f} MB")
            deadline = time.monotonic() + args.minutes * 60
            while time.monotonic() < deadline:
                run = wrk(
                    url, body, headers, seconds=args.every, connections=args.connections, cpu=1
                )
                served += int(run["rps"] * args.every)
                samples.append(rss_mb(pid))
                print(f"{served:>8} requests  {samples[-1]:.0f} MB  ({run['rps']:.0f} req/s)")
    end, peak = samples[-1], max(samples)
    growth = (end - start) / start * 100
    print(f"RSS {start:.0f} MB -> {end:.0f} MB (peak {peak:.0f} MB) over {served} requests")
    figure("worker RSS after the long load", peak, "MB", 250, peak < 250)
    figure("worker RSS growth after warm-up", growth, "%", 5, growth < 5)


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
