"""Running one YAML scenario through the evaluation and checking its expectations."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.schemas.claim import Claim
from app.services.evaluation import Evaluator
from app.services.merge_patch import merge_patch
from app.services.rules.display import french_spacing
from tests.paths import SCENARIO_BASE_CLAIM

SCENARIO_KEYS = {"name", "description", "base", "patch", "claim", "today", "expect", "tags"}
EXPECT_KEYS = {
    "recommendation",
    "applicable_law",
    "findings",
    "absent",
    "questions_include",
    "amount",
    "amount_within",
    "dates",
}
# Tags a scenario may carry; each becomes a pytest marker (`pytest -m "limitation and FR"`).
SCENARIO_TAGS = {
    "amount": "the amount demanded, recoverable and offered",
    "dates": "the dates derived from the claim",
    "limitation": "the limitation period",
    "grid": "the reference fee grid",
    "strategy": "the recommended strategy",
    "FR": "French law applies",
    "DE": "German law applies",
    "GB": "the law of England and Wales applies",
    "US": "United States law applies",
    "EU": "a rule of EU law",
    "hosting": "the hosting exemption (DSA art. 6, reg. 19, 17 U.S.C. § 512(c))",
    "procedure": "the procedure and the letter's deadlines",
    "review": "a defect or case of the December 2026 legal review",
    "heldout": "a case a careful lawyer answered before running Riposte (tests/scenarios/lawyer/)",
}
_evaluator: Evaluator | None = None


def evaluator() -> Evaluator:
    global _evaluator
    if _evaluator is None:
        _evaluator = Evaluator()
    return _evaluator


def scenario_claim(spec: dict[str, Any]) -> dict[str, Any]:
    if spec.get("base") == "example":
        claim = json.loads(SCENARIO_BASE_CLAIM.read_text(encoding="utf-8"))
        return merge_patch(claim, spec.get("patch") or {})
    return spec["claim"]


def run_scenario(spec: dict[str, Any], path: Path) -> dict[str, Any]:
    expect = spec["expect"]
    unknown = set(expect) - EXPECT_KEYS
    assert not unknown, f"unknown expect keys {sorted(unknown)}"
    claim = Claim.model_validate(scenario_claim(spec))
    today = date.fromisoformat(str(spec["today"])) if spec.get("today") else date(2026, 11, 28)
    result = evaluator().evaluate(claim, today=today).result
    check(result, expect)
    return result


def _amount_part(result: dict[str, Any], key: str) -> Any:
    """``counter_offer.amount`` reaches into the amount."""
    got = result.get("amount") or {}
    for part in key.split("."):
        got = got.get(part) if isinstance(got, dict) else None
    return got


def _text(finding: dict[str, Any], lang: str, shown: str | None) -> str | None:
    """A finding's summary and explanation in ``lang`` as a reader gets them (French
    spacing): from both languages (the engine), or from a response in one language
    ``shown`` (the API), None for the other one."""
    if shown is not None:
        return finding["summary"] + " " + finding["explanation"] if lang == shown else None
    return _as_shown(finding["summary"][lang] + " " + finding["explanation"][lang], lang)


def _as_shown(words: str, lang: str) -> str:
    """Words as a reader gets them: a scenario writes plain spaces, French answers have
    no-break ones (``french_spacing``)."""
    return french_spacing(words) if lang == "fr" else words


def check(result: dict[str, Any], expect: dict[str, Any], *, lang: str | None = None) -> None:
    """Raise when ``result`` misses an expectation; ``lang`` names the language of a
    response in one language (texts in the other language are then not checked)."""
    by_rule = {f["rule_id"]: f for f in result["findings"]}
    problems = []
    if "recommendation" in expect:
        got = result["strategy"]["recommendation"]
        if got != expect["recommendation"]:
            problems.append(
                f"recommendation {got!r}, expected {expect['recommendation']!r} "
                f"(reasons {result['strategy']['reasons']})"
            )
    if (
        "applicable_law" in expect
        and result["applicable_law"]["country"] != expect["applicable_law"]
    ):
        problems.append(f"applicable law {result['applicable_law']['country']!r}")
    for wanted in expect.get("findings", []):
        found = by_rule.get(wanted["rule_id"])
        if found is None:
            problems.append(f"missing finding {wanted['rule_id']}")
            continue
        for key in ("outcome", "variant", "question"):
            if key in wanted and found[key] != wanted[key]:
                problems.append(f"{wanted['rule_id']}: {key} {found[key]!r} != {wanted[key]!r}")
        for text_lang, words in (wanted.get("text_includes") or {}).items():
            text = _text(found, text_lang, lang)
            if text is not None and _as_shown(words, text_lang) not in text:
                problems.append(f"{wanted['rule_id']}: the {text_lang} text does not say {words!r}")
        for text_lang, words in (wanted.get("text_excludes") or {}).items():
            text = _text(found, text_lang, lang)
            if text is not None and _as_shown(words, text_lang) in text:
                problems.append(f"{wanted['rule_id']}: the {text_lang} text says {words!r}")
    for rule_id in expect.get("absent", []):
        if rule_id in by_rule:
            problems.append(f"unexpected finding {rule_id} ({by_rule[rule_id]['outcome']})")
    asked = {q["fact"] for q in result["questions"]}
    for fact in expect.get("questions_include", []):
        if fact not in asked:
            problems.append(f"no question about {fact} (asked: {sorted(asked)})")
    for key, wanted in (expect.get("amount") or {}).items():
        got = _amount_part(result, key)
        if str(got) != str(wanted):
            problems.append(f"amount.{key} {got!r} != {wanted!r}")
    for key, bounds in (expect.get("amount_within") or {}).items():
        # A careful lawyer's range, not Riposte's figure: [low, high], either may be null.
        got = _amount_part(result, key)
        low, high = bounds
        if got is None:
            problems.append(f"amount.{key} is None, expected within {bounds}")
            continue
        value = Decimal(str(got))
        if (low is not None and value < Decimal(str(low))) or (
            high is not None and value > Decimal(str(high))
        ):
            problems.append(f"amount.{key} {got} not within {bounds}")
    for key, wanted in (expect.get("dates") or {}).items():
        got = (result.get("dates") or {}).get(key)
        if str(got) != str(wanted):
            problems.append(f"dates.{key} {got!r} != {wanted!r}")
    assert not problems, "\n".join(problems)
