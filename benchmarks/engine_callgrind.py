"""Instructions per claim of an evaluation pass, the questions and a full assessment, over
the scenario claims, counted by valgrind's callgrind: a figure that another process's load
does not move, for A/B comparisons of two trees on a shared machine.

    .venv/bin/python benchmarks/engine_callgrind.py [--tree PATH] [--parts pass,questions,full]

It runs itself under ``valgrind --tool=callgrind --instr-atstart=no``; instrumentation is
switched on only around each part (a tiny helper built with the system's C compiler from
``valgrind/callgrind.h``), after a warm-up round of each, so imports and start-up are not
counted. ``--tree`` measures another checkout (``git archive main | tar -x -C /tmp/main``)
with this interpreter. About two minutes for the three parts. Nothing here is a target.
"""

from __future__ import annotations

import argparse
import ctypes
import os
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HELPER = r"""
#include <valgrind/callgrind.h>
void cg_start(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void cg_stop(const char *name) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS_AT(name); }
"""


def measure(tree: Path, parts: list[str], helper: str) -> None:
    """Under valgrind: warm up, then each part once over every scenario claim."""
    sys.path.insert(0, str(tree))
    import yaml

    from app.core.server import tune_garbage_collector
    from app.schemas.claim import Claim
    from app.services.evaluation import Evaluator
    from app.services.rules.questions import compute_questions
    from tests.scenarios.runner import scenario_claim

    lib = ctypes.CDLL(helper)
    evaluator = Evaluator()
    today = date(2026, 11, 28)
    claims = [
        Claim.model_validate(scenario_claim(yaml.safe_load(p.read_text(encoding="utf-8"))))
        for p in sorted((tree / "tests" / "scenarios").glob("*.yaml"))
    ]
    for claim in claims:
        evaluator.evaluate(claim, today=today)
    tune_garbage_collector()
    passes = [evaluator.run(claim, today=today) for claim in claims]
    work = {
        "pass": lambda: [evaluator.run(c, today=today) for c in claims],
        "questions": lambda: [compute_questions(evaluator.assessor, p) for p in passes],
        "full": lambda: [evaluator.evaluate(c, today=today) for c in claims],
    }
    print(f"claims {len(claims)}", flush=True)
    for part in parts:
        work[part]()
        lib.cg_start()
        work[part]()
        lib.cg_stop(part.encode())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", type=Path, default=Path(__file__).resolve().parents[1])
    parser.add_argument("--parts", default="pass,questions,full")
    parser.add_argument("--inside", help=argparse.SUPPRESS)
    args = parser.parse_args()
    parts = args.parts.split(",")
    if args.inside:
        measure(args.tree.resolve(), parts, args.inside)
        return
    if not shutil.which("valgrind") or not shutil.which("cc"):
        sys.exit("needs valgrind and a C compiler (with valgrind/callgrind.h)")
    with tempfile.TemporaryDirectory() as tmp:
        source, helper = Path(tmp, "cg.c"), Path(tmp, "cg.so")
        source.write_text(HELPER)
        subprocess.run(["cc", "-O2", "-shared", "-fPIC", "-o", helper, source], check=True)
        out = Path(tmp, "callgrind.out")
        run = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out}",
                sys.executable,
                __file__,
                "--tree",
                str(args.tree),
                "--parts",
                args.parts,
                "--inside",
                str(helper),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": "0"},
        )
        found = re.search(r"claims (\d+)", run.stdout)
        if run.returncode != 0 or not found:
            sys.exit(run.stderr[-2000:])
        claims = int(found.group(1))
        print(f"{args.tree} ({claims} scenario claims, instructions per claim)")
        for dump in sorted(Path(tmp).glob("callgrind.out.*")):
            text = dump.read_text(errors="replace")
            name = re.search(r"^desc: Trigger: Client Request: (\S+)", text, re.M)
            total = re.search(r"^totals: (\d+)", text, re.M)
            if name and total:
                print(f"  {name.group(1):<12}{int(total.group(1)) / claims / 1e6:>10.3f} M")


if __name__ == "__main__":
    main()
