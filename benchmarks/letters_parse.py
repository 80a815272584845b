"""Letter parser on the corpus: accuracy, invented values, calibration, speed.

    .venv/bin/python benchmarks/letters_parse.py            # dev, heldout and heldout2
    .venv/bin/python benchmarks/letters_parse.py --split heldout2
    .venv/bin/python benchmarks/letters_parse.py --split dev --misses

Prints, for each split separately: field accuracy per field and per language, letters
with every field right, invented values (a value where the truth is null), the
calibration table (how often a value at each confidence band is right), letters per
second for text letters on one core (against a baseline measured in the same run: the
bare normalisation every parse does), and OCR seconds per scanned page.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.letters import language  # noqa: E402
from app.services.letters.text import build_views, normalise  # noqa: E402
from tests.letters.letters_corpus import BANDS, letters, run, summarise  # noqa: E402

TEXT_ROUNDS = 5
SPLITS = ("dev", "heldout", "heldout2")


def _pct(right: int, total: int) -> str:
    return f"{100 * right / total:5.1f} % ({right}/{total})" if total else "   n/a"


def _speed(split: str) -> tuple[float, float, int]:
    pasted = [letter for letter in letters(split) if letter.render_as == "text"]
    texts = [letter.data.decode("utf-8") for letter in pasted]
    started = time.perf_counter()
    for _ in range(TEXT_ROUNDS):
        for letter in pasted:
            letter.parse()
    parsed = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(TEXT_ROUNDS):
        for text in texts:
            build_views(normalise(text))
    baseline = time.perf_counter() - started
    count = TEXT_ROUNDS * len(texts)
    return count / parsed, count / baseline if baseline else 0.0, count


def report(split: str, misses: bool) -> None:
    results = run(split)
    summary = summarise(results)
    print(f"\n=== {split}: {summary.letters} letters ({dict(summary.kinds)}) ===")
    print(f"fields right      {_pct(summary.right, summary.fields)}")
    print(f"letters all right {_pct(summary.fully_right, summary.letters)}")
    print(f"invented values   {summary.invented}")
    print("per field:")
    for name, (right, total) in summary.by_field.items():
        print(f"  {name:22} {_pct(right, total)}")
    print("per language:")
    for name, (right, total) in sorted(summary.by_language.items()):
        print(f"  {name:22} {_pct(right, total)}")
    print("calibration (values given, by confidence):")
    for band in BANDS:
        right, total = summary.bands[band]
        print(f"  [{band[0]:.2f}, {min(band[1], 1.0):.2f}) {_pct(right, total)}")
    high = summary.band_rate(0.9)
    print(f"  at >= 0.90: {'n/a' if high is None else f'{100 * high:.1f} % right'}")
    rate, baseline, count = _speed(split)
    print(
        f"text letters/s (one core): {rate:.0f} over {count} parses; baseline "
        f"(normalisation only) {baseline:.0f}/s; ratio {rate / baseline:.3f}"
        if baseline
        else f"text letters/s: {rate:.0f}"
    )
    scanned = [r for r in results if r.letter.render_as == "scanned_pdf"]
    if scanned:
        pages = sum(r.letter.data.count(b"/Type /Page\n") or 1 for r in scanned)
        seconds = sum(r.seconds for r in scanned)
        print(f"OCR: {seconds / max(pages, 1):.1f} s per page over {pages} pages")
    if misses:
        print("misses (letter, field, parsed, truth):")
        for letter_id, name, got, want in summary.misses:
            print(f"  {letter_id:28} {name:20} {got!r}  |  truth {want!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    args = parser.parse_args()
    language.warm_up()
    for split in SPLITS if args.split == "all" else (args.split,):
        report(split, args.misses and split == "dev")


if __name__ == "__main__":
    main()
