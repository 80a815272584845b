"""Letter-parser throughput: parses every fixture letter over and over for a few seconds.

Run from the repository root: `python benchmarks/letters_parse.py [seconds]`.
Fixtures: the sample letters (tests/letters/samples, LETTER block only) and the
letters in tests/fixtures/letters (.txt, .eml, .html, .pdf, parsed from their bytes).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from app.services.letters import parse_letter_document, parse_letter_text  # noqa: E402

SAMPLES = REPO / "tests" / "letters" / "samples"
FIXTURES = REPO / "tests" / "fixtures" / "letters"


def _jobs() -> list[tuple[str, Callable[[], object]]]:
    jobs: list[tuple[str, Callable[[], object]]] = []
    for path in sorted(SAMPLES.glob("[0-9]*.txt")) if SAMPLES.is_dir() else []:
        letter = path.read_text(encoding="utf-8").split("=== LETTER ===", 1)[-1]

        def pasted(text: str = letter) -> object:
            return parse_letter_text(text)

        jobs.append((path.name, pasted))
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix in (".txt", ".eml", ".html", ".pdf"):
            data, name = path.read_bytes(), path.name

            def document(d: bytes = data, n: str = name) -> object:
                return parse_letter_document(d, filename=n, content_type=None)

            jobs.append((name, document))
    return jobs


def main(seconds: float = 3.0) -> None:
    jobs = _jobs()
    if not jobs:
        raise SystemExit("no fixture letters found")
    for _, job in jobs:
        job()
    timings: list[float] = []
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        for _, job in jobs:
            before = time.perf_counter()
            job()
            timings.append(time.perf_counter() - before)
    elapsed = sum(timings)
    print(f"fixture letters: {len(jobs)}; parses: {len(timings)} in {elapsed:.2f} s")
    print(f"letters parsed per second: {len(timings) / elapsed:.0f}")
    print(
        f"per letter: mean {1000 * statistics.fmean(timings):.2f} ms, "
        f"median {1000 * statistics.median(timings):.2f} ms, "
        f"max {1000 * max(timings):.2f} ms"
    )


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 3.0)
