"""Properties of the whole rulebook, over claims generated around the shared example."""

from __future__ import annotations

import copy
import json
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.rulebook import load
from app.schemas.claim import Claim
from app.services.evaluation import Evaluator
from tests.conftest import EXAMPLE_CLAIM

TODAY = date(2026, 11, 28)
RULEBOOK = load()
EVALUATOR = Evaluator(RULEBOOK)
EXAMPLE = json.loads(EXAMPLE_CLAIM.read_text(encoding="utf-8"))
BOOL_FACTS = sorted(
    name
    for name, info in RULEBOOK.facts.items()
    if info.get("type", "bool") == "bool" and "probes" not in info
)
ENUM_FACTS = {
    name: info["values"]
    for name, info in RULEBOOK.facts.items()
    if info.get("type") == "enum" and info.get("values")
}
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


def set_fact(claim: dict, name: str, value) -> dict:
    node = claim
    *parents, leaf = name.split(".")
    for part in parents:
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    node[leaf] = value
    return claim


@st.composite
def claims(draw):
    claim = copy.deepcopy(EXAMPLE)
    claim["respondent"]["country"] = draw(st.sampled_from(["FR", "DE", "GB", "US", "BE"]))
    for name in draw(st.lists(st.sampled_from(BOOL_FACTS), max_size=12, unique=True)):
        set_fact(claim, name, draw(st.sampled_from([True, False, None])))
    for name in draw(st.lists(st.sampled_from(sorted(ENUM_FACTS)), max_size=3, unique=True)):
        set_fact(claim, name, draw(st.sampled_from([*ENUM_FACTS[name], None])))
    return Claim.model_validate(claim)


def recommendation(claim: Claim) -> str:
    return EVALUATOR.run(claim, today=TODAY).choice.recommendation


@SETTINGS
@given(claims(), st.data())
def test_resolving_an_unknown_fact_for_the_client_never_worsens_the_outcome(claim, data):
    """Unknown is never treated as the client-friendly value: of the two answers to an
    unknown yes/no fact, the better one for the client is at least as good as not knowing."""
    unknown = [n for n in BOOL_FACTS if EVALUATOR.facts_of(claim).get(n) is None]
    name = data.draw(st.sampled_from(unknown)) if unknown else None
    if name is None:
        return
    rank = RULEBOOK.policy.rank
    before = rank(recommendation(claim))
    ranks = []
    for value in (True, False):
        changed = Claim.model_validate(set_fact(claim.model_dump(mode="json"), name, value))
        ranks.append(rank(recommendation(changed)))
    assert min(ranks) <= before, (name, ranks, before)


@SETTINGS
@given(claims())
def test_every_citation_belongs_to_its_rule_and_every_text_has_both_languages(claim):
    result = EVALUATOR.evaluate(claim, today=TODAY).result
    for finding in result["findings"]:
        spec = RULEBOOK.rule(finding["rule_id"])
        declared = set(spec.basis)
        # A general rule with no source in the applicable law cites none, never a foreign one.
        assert finding["legal_basis"] or "ALL" in spec.jurisdictions, finding["rule_id"]
        assert {b["id"] for b in finding["legal_basis"]} <= declared, finding["rule_id"]
        for key in ("title", "summary", "explanation"):
            assert finding[key]["fr"].strip() and finding[key]["en"].strip(), (
                finding["rule_id"],
                key,
            )
    for question in result["questions"]:
        for key in ("question", "reason"):
            assert question[key]["fr"].strip() and question[key]["en"].strip()
    strategy = result["strategy"]
    assert strategy["label"]["fr"] and strategy["label"]["en"]
    assert strategy["explanation"]["fr"] and strategy["explanation"]["en"]
    assert set(result["applicable_law"]["reasons"]) == {"fr", "en"}


@SETTINGS
@given(claims())
def test_evaluation_is_deterministic(claim):
    first = EVALUATOR.evaluate(claim, today=TODAY).result
    second = EVALUATOR.evaluate(claim, today=TODAY).result
    assert first == second
