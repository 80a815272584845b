"""Run every benchmark in turn (``make bench``) and print their figures as one table:
each figure with its target, the ratio of the two, and met or NOT met.

The PostgreSQL benchmarks run only when a PostgreSQL server answers on 127.0.0.1:5432;
the POST benchmark needs wrk (``apt-get install wrk``). ``--quick`` runs smaller counts
(a loaded machine, a first look); the full run is what ``docs/performance.md`` reports.
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from benchmarks.common import BENCH_PG_URL, FIGURE_MARK  # noqa: E402

NOT_MEASURED: list[tuple[str, str]] = []
"""Targets of the performance issue that no script here measures yet."""


def postgres_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def runs(quick: bool) -> list[list[str]]:
    chosen = [
        ["bench_engine.py"],
        ["letters_parse.py"],
        ["storage.py", "--count", "500" if quick else "10000"]
        + (["--database-url", BENCH_PG_URL] if postgres_up() else []),
        ["responses.py"],
        ["bench_reevaluate.py", "--count", "2000" if quick else "20000", "--workers", "2"],
    ]
    if shutil.which("wrk"):
        post = ["bench_post.py", *(["--seconds", "5"] if quick else [])]
        chosen.append(post + (["--two-workers"] if postgres_up() else []))
    else:
        print("skipping bench_post.py: wrk is not installed (apt-get install wrk)")
    if postgres_up():
        chosen.append(["bench_list_pg.py", *(["--rows", "100000"] if quick else [])])
    else:
        print("skipping bench_list_pg.py and PostgreSQL storage: no PostgreSQL on 127.0.0.1:5432")
    return chosen


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="smaller counts")
    args = parser.parse_args()
    failed, figures = [], []
    for command in runs(args.quick):
        print(f"\n=== {' '.join(command)} ===", flush=True)
        process = subprocess.Popen(
            [sys.executable, str(HERE / command[0]), *command[1:]],
            stdout=subprocess.PIPE,
            text=True,
        )
        for line in process.stdout:
            if line.startswith(FIGURE_MARK):
                figures.append(line[len(FIGURE_MARK) :].rstrip("\n").split("\t"))
            else:
                print(line, end="", flush=True)
        if process.wait() != 0:
            failed.append(command[0])
    print(f"\n{'figure':<52}{'measured':>16}  {'target':<18}{'ratio':>7}  verdict")
    for name, measured, target, ratio, verdict in figures:
        print(f"{name:<52}{measured:>16}  {target:<18}{ratio:>7}  {verdict}")
    for name, target in NOT_MEASURED:
        print(f"{name:<52}{'-':>16}  {target:<18}{'-':>7}  not measured")
    if failed:
        print(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
