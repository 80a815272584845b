"""Derivations run in the order their reads require, not in the order they were declared;
the applicable law is one of them, traced like the others."""

from __future__ import annotations

from datetime import date

import pytest

from app.rulebook import load
from app.schemas.claim import Claim
from app.services.evaluation import Evaluator
from app.services.rules.model import DerivationSpec, RuleDefinitionError
from app.services.rules.rulebook import in_dependency_order
from tests.rulebook.helpers import example


def spec(name: str, reads: tuple[str, ...], provides: tuple[str, ...]) -> DerivationSpec:
    return DerivationSpec(
        name=name,
        reads=frozenset(reads),
        params=frozenset(),
        provides=provides,
        func=lambda f, p: {},
    )


def test_a_derivation_runs_after_those_it_reads_whatever_the_declaration_order():
    amount = spec("amount", ("derived.dates", "claim.x"), ("derived.amount",))
    dates = spec("dates", ("derived.law",), ("derived.dates",))
    law = spec("law", ("claim.country",), ("derived.law",))
    other = spec("other", ("claim.y",), ("derived.other",))
    ordered = [d.name for d in in_dependency_order([amount, other, dates, law])]
    assert ordered == ["other", "law", "dates", "amount"]


def test_derivations_reading_each_other_in_a_cycle_are_rejected():
    first = spec("first", ("derived.second",), ("derived.first",))
    second = spec("second", ("derived.first",), ("derived.second",))
    with pytest.raises(RuleDefinitionError, match="cycle"):
        in_dependency_order([first, second])


def test_the_rulebook_derives_the_law_first_and_traces_the_eu_parameter():
    assert [d.name for d in load().derivations] == ["law", "dates", "amount"]
    evaluated = Evaluator().evaluate(Claim.model_validate(example()), today=date(2026, 11, 28))
    law = evaluated.trace["derivations"][0]
    assert law["name"] == "law"
    assert law["outputs"]["derived.law"]["jurisdictions"] == ["ALL", "EU", "FR"]
    assert [p["name"] for p in law["parameters_read"]] == ["eu.member_states"]
    dates = evaluated.trace["derivations"][1]
    assert "derived.law" in dates["facts_read"]
