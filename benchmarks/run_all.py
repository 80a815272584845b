"""Run every benchmark in turn (``make bench``) and print their figures.

The PostgreSQL list benchmark runs only when a PostgreSQL server answers on 127.0.0.1:5432;
the POST benchmark needs wrk (``apt-get install wrk``).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def postgres_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=1):
            return True
    except OSError:
        return False


def main() -> int:
    runs = [
        ["bench_engine.py"],
        ["letters_parse.py"],
        ["bench_reevaluate.py", "--count", "20000", "--workers", "2"],
    ]
    if shutil.which("wrk"):
        runs.append(["bench_post.py"])
    else:
        print("skipping bench_post.py: wrk is not installed (apt-get install wrk)")
    if postgres_up():
        runs.append(["bench_list_pg.py"])
    else:
        print("skipping bench_list_pg.py: no PostgreSQL on 127.0.0.1:5432")
    failed = 0
    for args in runs:
        print(f"\n=== {' '.join(args)} ===", flush=True)
        failed += subprocess.run([sys.executable, str(HERE / args[0]), *args[1:]]).returncode != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
