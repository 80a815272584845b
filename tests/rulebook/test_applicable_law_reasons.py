"""The reasons for the applicable law speak of laws and countries in words, never by code."""

import json
from datetime import date

from app.rulebook.applicable_law import countries, law_name
from app.schemas.claim import Claim
from app.services.evaluation import Evaluator
from tests.scenarios.runner import SCENARIO_BASE_CLAIM, merge_patch


def _reasons(patch):
    claim = merge_patch(json.loads(SCENARIO_BASE_CLAIM.read_text(encoding="utf-8")), patch)
    result = Evaluator().evaluate(Claim.model_validate(claim), today=date(2026, 11, 28)).result
    return result["applicable_law"]["reasons"]


def test_law_names_read_as_a_lawyer_writes_them():
    assert law_name("DE", "fr") == "le droit allemand"
    assert law_name("GB", "en") == "English law"
    assert law_name("BE", "fr") == "le droit de l'État concerné (Belgique)"
    assert countries(["DE", "AT"], "fr") == "Allemagne et Autriche"


def test_the_example_claims_reasons_name_french_and_german_law_in_words():
    reasons = _reasons({})
    assert reasons["fr"][0].startswith("Le droit français s'applique")
    assert any("La lettre invoque le droit allemand" in r for r in reasons["fr"])
    assert any("The letter asserts German law" in r for r in reasons["en"])
    for text in reasons["fr"] + reasons["en"]:
        assert " DE " not in text and "(FR)" not in text and "de DE" not in text
