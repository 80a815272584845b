"""The engine knows no law: these tests use a tiny synthetic rulebook."""

from __future__ import annotations

from datetime import date

import pytest

from app.services.rules.engine import Engine
from app.services.rules.model import RuleDefinitionError, Text, UndeclaredFactRead, Variant
from app.services.rules.parameters import DatedValue, Parameter
from app.services.rules.policy import Policy, PolicyError
from app.services.rules.registry import Registry, applies, not_applicable, undetermined

T = Text("fr", "en")
ON = date(2026, 1, 1)
ALL = frozenset({"ALL"})


def variants(outcome="favours_client"):
    return {"default": Variant(outcome=outcome, summary=Text("a", "b"), explanation=Text("c", "d"))}


def build(*rules, params=None):
    registry = Registry()
    for kwargs, func in rules:
        registry.rule(**kwargs)(func)
    return Engine(registry.rules, params or {})


def spec(id, reads=("x",), **extra):
    base = dict(
        id=id,
        question="q",
        title=T,
        jurisdictions=["ALL"],
        basis=["b"],
        reads=reads,
        variants=variants(extra.pop("outcome", "favours_client")),
    )
    base.update(extra)
    return base


def test_reading_an_undeclared_fact_fails():
    engine = build((spec("R1", reads=("x",)), lambda f, p: applies() if f["y"] else None))
    with pytest.raises(UndeclaredFactRead):
        engine.evaluate({"x": True, "y": True}, ON, ALL)


def test_unknown_fact_gives_undetermined_naming_it():
    def rule(f, p):
        if f["x"] is None:
            return undetermined("x")
        return applies() if f["x"] else not_applicable("x is false")

    engine = build((spec("R1"), rule))
    run = engine.evaluate({"x": None}, ON, ALL).runs[0]
    assert run.status == "undetermined" and run.missing == ("x",)
    assert engine.evaluate({"x": False}, ON, ALL).runs[0].status == "not_applicable"


def test_two_applicable_rules_that_disagree_are_a_visible_conflict():
    engine = build(
        (spec("A", decides="point"), lambda f, p: applies(conclusion=True)),
        (spec("B", decides="point"), lambda f, p: applies(conclusion=False)),
    )
    evaluation = engine.evaluate({"x": 1}, ON, ALL)
    assert len(evaluation.conflicts) == 1
    assert set(evaluation.conflicts[0].rules) == {"A", "B"}
    assert {r.status for r in evaluation.runs} == {"applies"}, "nothing is silently dropped"


def test_rules_that_agree_are_no_conflict():
    engine = build(
        (spec("A", decides="point"), lambda f, p: applies(conclusion=True)),
        (spec("B", decides="point"), lambda f, p: applies(conclusion=True)),
    )
    assert engine.evaluate({"x": 1}, ON, ALL).conflicts == []


def test_an_applicable_exception_overrides_the_rule_it_names():
    engine = build(
        (spec("BASE", decides="point"), lambda f, p: applies(conclusion=False)),
        (
            spec("EXC", decides="point", exception_to=["BASE"]),
            lambda f, p: applies(conclusion=True) if f["x"] else not_applicable("no"),
        ),
    )
    with_exception = engine.evaluate({"x": True}, ON, ALL)
    statuses = {r.rule.id: r.status for r in with_exception.runs}
    assert statuses == {"BASE": "overridden", "EXC": "applies"}
    assert with_exception.conflicts == []
    assert with_exception.runs[0].overridden_by == "EXC"
    without = engine.evaluate({"x": False}, ON, ALL)
    assert {r.rule.id: r.status for r in without.runs}["BASE"] == "applies"


def test_exception_to_an_unknown_rule_is_refused():
    with pytest.raises(RuleDefinitionError):
        build((spec("EXC", exception_to=["NOPE"]), lambda f, p: applies()))


def test_rules_out_of_force_or_jurisdiction_do_not_run():
    calls = []

    def rule(f, p):
        calls.append(1)
        return applies()

    engine = build(
        (spec("OLD", valid_to=date(2020, 1, 1)), rule),
        (spec("DE-ONLY", jurisdictions=["DE"]), rule),
    )
    runs = engine.evaluate({"x": 1}, ON, frozenset({"ALL", "FR"})).runs
    assert [r.status for r in runs] == ["not_in_force", "out_of_jurisdiction"]
    assert calls == []


def test_parameters_are_read_at_the_evaluation_date_and_traced():
    param = Parameter(
        name="p.years",
        description="",
        metadata={},
        values=[
            DatedValue(date(2000, 1, 1), 3, {"title": "old"}),
            DatedValue(date(2020, 1, 1), 5, {"title": "new"}),
        ],
    )

    def rule(f, p):
        return applies(years=p["p.years"])

    engine = build((spec("P", params=["p.years"]), rule), params={"p.years": param})
    run = engine.evaluate({"x": 1}, date(2010, 1, 1), ALL).runs[0]
    assert run.result.values["years"] == 3
    assert run.params_read[0]["reference"] == {"title": "old"}
    assert engine.evaluate({"x": 1}, ON, ALL).runs[0].result.values["years"] == 5


def test_incremental_evaluation_matches_a_full_one():
    engine = build(
        (spec("A", reads=("x",)), lambda f, p: applies() if f["x"] else not_applicable("n")),
        (spec("B", reads=("y",)), lambda f, p: applies() if f["y"] else not_applicable("n")),
    )
    base = engine.evaluate({"x": False, "y": False}, ON, ALL)
    changed = engine.evaluate({"x": True, "y": False}, ON, ALL, base=base, changed={"x"})
    full = engine.evaluate({"x": True, "y": False}, ON, ALL)
    assert [r.status for r in changed.runs] == [r.status for r in full.runs]


def test_policy_takes_the_first_recommendation_that_holds():
    policy = Policy.from_dict(
        {
            "order_for_client": ["contest", "settle"],
            "recommendations": [
                {"recommendation": "contest", "when": {"any": [{"role": "decisive"}]}},
                {"recommendation": "settle", "when": "always"},
            ],
        }
    )

    class F:
        def __init__(self, role, outcome="favours_client"):
            self.rule_id, self.question, self.role = "R", "q", role
            self.outcome, self.weight = outcome, 0.5

    assert policy.decide([F("decisive")]).recommendation == "contest"
    assert policy.decide([F("info")]).recommendation == "settle"
    with pytest.raises(PolicyError):
        Policy.from_dict(
            {"order_for_client": ["a"], "recommendations": [{"recommendation": "a", "when": {}}]}
        )
