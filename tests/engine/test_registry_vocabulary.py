"""One vocabulary: a rule naming a question or a role outside it is refused when it
registers, and the rulebook, the contract and the docs all use the same lists."""

from __future__ import annotations

import pytest

from app.rulebook import load, registry
from app.schemas.assessment import Question
from app.services.rules.model import RuleDefinitionError, Text, Variant
from app.services.rules.registry import Registry, applies
from app.tools.rulebook_docs import render
from app.vocabulary import QUESTIONS, ROLES

VARIANTS = {"default": Variant("neutral", Text("a", "a"), Text("b", "b"))}


def declare(reg: Registry, **overrides):
    meta = {
        "id": "XX-TEST-01",
        "question": "limitation",
        "title": Text("t", "t"),
        "jurisdictions": ["ALL"],
        "basis": [],
        "reads": [],
        "variants": VARIANTS,
        "role": "info",
    }
    meta.update(overrides)
    return reg.rule(**meta)(lambda f, p: applies())


def test_an_unknown_question_or_role_is_refused_at_registration():
    reg = Registry(questions=QUESTIONS, roles=ROLES)
    with pytest.raises(RuleDefinitionError, match="unknown question 'limitations'"):
        declare(reg, question="limitations")
    with pytest.raises(RuleDefinitionError, match="unknown role 'decisiv'"):
        declare(reg, role="decisiv")
    declare(reg)
    assert [r.id for r in reg.rules] == ["XX-TEST-01"]


def test_the_rulebook_the_contract_and_the_docs_share_the_vocabulary():
    assert registry.questions == frozenset(QUESTIONS)
    assert registry.roles == frozenset(ROLES)
    rb = load()
    assert rb.question_order == list(QUESTIONS)
    assert {r.question for r in rb.rules} <= set(QUESTIONS)
    assert tuple(Question) == QUESTIONS
    docs = render()
    headings = [q.replace("_", " ").capitalize() for q in QUESTIONS]
    positions = [docs.index(f"## {h}\n") for h in headings if f"## {h}\n" in docs]
    assert positions == sorted(positions) and len(positions) == len(QUESTIONS)
