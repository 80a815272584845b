"""Every answer of the engine, dumped to one JSON file, to prove that a speed-up changed none.

Evaluates every scenario claim in ``tests/scenarios`` (at the scenario's date, then at a
second date) and variants of the example claim (other respondent countries, other letter
dates, with and without the firm's history), and writes each evaluation's full result
(findings, questions, amount, dates, strategy) and trace, keyed by case. Run it on the
unchanged code, then after each change, and compare the two files:

    .venv/bin/python benchmarks/engine_equivalence.py --out /tmp/before.json
    ... change the engine ...
    .venv/bin/python benchmarks/engine_equivalence.py --out /tmp/after.json --compare /tmp/before.json

``--compare`` exits 1 and names the first cases that differ. Nothing here is timed.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import sys
from datetime import date
from pathlib import Path

import orjson
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.schemas.claim import Claim  # noqa: E402
from app.services.evaluation import Evaluator, pick  # noqa: E402
from tests.scenarios.runner import scenario_claim  # noqa: E402

BASE = ROOT / "tests" / "scenarios" / "base-claim.json"


def cases() -> list[tuple[str, dict, date, dict | None]]:
    """(name, claim, today, history) for every case compared."""
    out = []
    for path in sorted((ROOT / "tests" / "scenarios").rglob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(spec, dict) or "expect" not in spec:
            continue
        claim = scenario_claim(spec)
        today = date.fromisoformat(str(spec["today"])) if spec.get("today") else date(2026, 11, 28)
        name = str(path.relative_to(ROOT / "tests" / "scenarios"))
        out.append((name, claim, today, None))
        out.append((name + "@2029-03-01", claim, date(2029, 3, 1), None))
    base = json.loads(BASE.read_text(encoding="utf-8"))
    for country in ("FR", "DE", "GB", "US", "IT", "BE", "CH"):
        for letter_date in ("2019-06-03", "2024-01-01", "2025-07-01", "2026-10-02"):
            claim = copy.deepcopy(base)
            claim["respondent"]["country"] = country
            claim["letter"]["letter_date"] = letter_date
            for history in (None, {"history.outcomes": 4, "history.median_paid_ratio": 0.35}):
                tag = "history" if history else "plain"
                out.append(
                    (f"base/{country}/{letter_date}/{tag}", claim, date(2026, 11, 28), history)
                )
    no_date = copy.deepcopy(base)
    no_date["letter"]["letter_date"] = None
    out.append(("base/no-letter-date", no_date, date(2027, 2, 14), None))
    return out


def dump(evaluator: Evaluator) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for name, raw, today, history in cases():
        try:
            claim = Claim.model_validate(raw)
        except Exception as exc:  # a variant the schema refuses is an answer too
            out[name] = {"invalid": type(exc).__name__}
            continue
        done = evaluator.evaluate(claim, today=today, history=history)
        document = {"result": done.result, "trace": done.trace}
        # Through orjson (what the API and the storage write), then back: the bytes compared
        # are those a client or a stored revision would get. ``pick`` (one language per
        # response) is included so that the rendering for each language is compared too.
        encoded = orjson.loads(orjson.dumps(document, option=orjson.OPT_NON_STR_KEYS))
        out[name] = {
            **encoded,
            "fr": orjson.loads(orjson.dumps(pick(done.result, "fr"))),
            "en": orjson.loads(orjson.dumps(pick(done.result, "en"))),
        }
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--compare", type=Path, help="an earlier dump to compare with")
    args = parser.parse_args()
    evaluator = Evaluator()
    # Twice through the same evaluator: caches warmed by the first round must not change
    # the second one's answers.
    first = dump(evaluator)
    second = dump(evaluator)
    if first != second:
        bad = [k for k in first if first[k] != second.get(k)]
        print(f"a second round differs from the first: {bad[:5]}")
        sys.exit(1)
    # Key order kept (not sorted): the order of a document's keys is part of its bytes.
    data = orjson.dumps(first, option=orjson.OPT_INDENT_2)
    args.out.write_bytes(data)
    print(f"{len(first)} cases, sha256 {hashlib.sha256(data).hexdigest()[:16]} -> {args.out}")
    if args.compare:
        before = orjson.loads(args.compare.read_bytes())
        differ = [
            k
            for k in before.keys() | first.keys()
            if orjson.dumps(before.get(k)) != orjson.dumps(first.get(k))
        ]
        if differ:
            print(f"{len(differ)} cases differ, e.g. {sorted(differ)[:5]}")
            sys.exit(1)
        print(f"identical to {args.compare}")


if __name__ == "__main__":
    main()
