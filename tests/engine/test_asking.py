"""How the engine puts a fact to whoever can answer it: one instruction, never two."""

from __future__ import annotations

import pytest

from app.services.rules.asking import demand_together, lower_first, put, with_questions
from app.services.rules.model import RuleDefinitionError

MANDATE = {
    "ask": "claimant",
    "request": {"fr": "le mandat du titulaire des droits", "en": "the rights holder's mandate"},
}
SOURCE = {
    "ask": "client",
    "question": {"fr": "La source était-elle libre ?", "en": "Was the source free?"},
}


def test_a_request_becomes_one_instruction_to_its_addressee():
    facts = with_questions({"mandate.produced": MANDATE})
    assert facts["mandate.produced"]["question"] == {
        "fr": "Demander au réclamant le mandat du titulaire des droits.",
        "en": "Ask the claimant for the rights holder's mandate.",
    }
    assert put(facts["mandate.produced"], "fr") == facts["mandate.produced"]["question"]["fr"]


def test_a_question_is_put_after_its_addressee_lowercased():
    assert put(SOURCE, "fr") == "Question à poser au client : la source était-elle libre ?"
    assert put(SOURCE, "en") == "Ask the client: was the source free?"


def test_requests_made_together_share_one_instruction():
    text = demand_together(["le mandat", "la chaîne des droits"], "fr")
    assert text == "Demander au réclamant, en une seule fois : le mandat ; la chaîne des droits."
    assert text.lower().count("demander") == 1
    assert demand_together(["the mandate", "the chain of title"], "en") == (
        "Ask the claimant, in a single request, for: the mandate; the chain of title."
    )


def test_an_acronym_keeps_its_capitals():
    assert lower_first("US Copyright Office?") == "US Copyright Office?"
    assert lower_first("Was it?") == "was it?"


def test_a_fact_gives_a_question_or_a_request_not_both():
    with pytest.raises(RuleDefinitionError):
        with_questions({"x": {**MANDATE, "question": SOURCE["question"]}})
