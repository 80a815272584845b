"""Letter parser on the corpus: accuracy, invented values, calibration, speed.

    .venv/bin/python benchmarks/letters_parse.py            # dev and every held-out set
    .venv/bin/python benchmarks/letters_parse.py --split heldout4
    .venv/bin/python benchmarks/letters_parse.py --split dev --split heldout --hostile
    .venv/bin/python benchmarks/letters_parse.py --split dev --misses

Prints, for each split separately: field accuracy per field and per language, letters
with every field right, invented values (a value where the truth is null), the
calibration table (how often a value at each confidence band is right), letters per
second for text letters on one core (against a baseline measured in the same run: the
bare normalisation every parse does), and OCR seconds per scanned page; then the
per-field accuracy of every set side by side, and with --hostile the seconds a mebibyte of
hostile text takes against normalising it (the tests bound that work by call counts).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.letters import (
    language,  # noqa: E402
    parse_letter_text,  # noqa: E402
)
from app.services.letters.text import build_views, normalise  # noqa: E402
from tests.letters.letters_corpus import BANDS, Summary, letters, run, summarise  # noqa: E402

TEXT_ROUNDS = 5
SPLITS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6")


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


def _hostile() -> None:
    """Wall-clock time on a mebibyte of hostile text (the tests count calls instead), as a
    ratio to normalising the same text, measured in the same run."""
    from tests.letters.test_letters_robustness import ADVERSARIAL

    print("\n=== hostile text (1 MiB each; parse / normalisation of the same text) ===")
    worst = 0.0
    for name in sorted(ADVERSARIAL):
        payload = ADVERSARIAL[name]
        started = time.perf_counter()
        parse_letter_text(payload)
        parsed = time.perf_counter() - started
        started = time.perf_counter()
        build_views(normalise(payload))
        baseline = time.perf_counter() - started
        worst = max(worst, parsed)
        print(f"  {name:24} {parsed:6.3f} s  ratio {parsed / max(baseline, 1e-6):7.1f}")
    print(f"  slowest: {worst:.3f} s")


def report(split: str, misses: bool) -> Summary:
    results = run(split)
    summary = summarise(results)
    print(f"\n=== {split}: {summary.letters} letters ({dict(summary.kinds)}) ===")
    print(f"fields right      {_pct(summary.right, summary.fields)}")
    print(f"letters all right {_pct(summary.fully_right, summary.letters)}")
    print(f"invented values   {summary.invented}")
    print("per field (right; invented: a value where the truth is null; wrong at >= 0.9):")
    for name, (right, total) in summary.by_field.items():
        invented = summary.invented_by_field[name]
        confident = summary.confident_wrong_by_field[name]
        print(f"  {name:22} {_pct(right, total):22} invented {invented}  wrong@0.9 {confident}")
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
    return summary


def _side_by_side(summaries: dict[str, Summary]) -> None:
    """Per-field accuracy of every set measured, one column per set."""
    if len(summaries) < 2:
        return
    print("\n=== per field, per set ===")
    print(f"  {'field':22} " + " ".join(f"{split:>10}" for split in summaries))
    fields = next(iter(summaries.values())).by_field
    for name in fields:
        cells = []
        for summary in summaries.values():
            right, total = summary.by_field[name]
            cells.append(f"{100 * right / total:9.1f}%" if total else "       n/a")
        print(f"  {name:22} " + " ".join(cells))
    print(
        f"  {'all fields':22} " + " ".join(f"{100 * s.accuracy:9.1f}%" for s in summaries.values())
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--split", choices=(*SPLITS, "all"), action="append", help="a set (repeatable); all"
    )
    parser.add_argument("--misses", action="store_true", help="list every wrong field")
    parser.add_argument("--hostile", action="store_true", help="time 1 MiB of hostile text")
    args = parser.parse_args()
    language.warm_up()
    summaries = {
        split: report(split, args.misses and split == "dev")
        for split in (SPLITS if not args.split or "all" in args.split else args.split)
    }
    _side_by_side(summaries)
    if args.hostile:
        _hostile()


if __name__ == "__main__":
    main()
