"""A counter-offer that includes a German warning's fees says so, and compares only the
demand for the use with the reference fee (held-out case l-48: the letter said that the
whole demand, fees included, was 2.55 times the fee; it is 4.2 times)."""

from __future__ import annotations

from datetime import date

import yaml

from app.schemas.claim import Claim
from app.services.drafts.compose import compose
from tests.paths import SCENARIOS
from tests.scenarios.runner import evaluator, scenario_claim

CASE = SCENARIOS / "lawyer" / "l-48-de-company-abmahnung-two-product-photos.yaml"


def _reasons(language: str) -> str:
    claim = scenario_claim(yaml.safe_load(CASE.read_text(encoding="utf-8")))
    result = evaluator().evaluate(Claim.model_validate(claim), today=date(2026, 11, 28)).result
    assert result["amount"]["legal_fees_included"] == "1171.67"
    document = compose("counter_offer", language, claim, result, today=date(2026, 11, 28))
    return next(p["text"] for p in document["paragraphs"] if p["key"] == "reasons")


def test_the_offer_says_it_includes_the_fees_and_compares_the_use_alone():
    english = _reasons("en")
    assert "lawyer's fees of your warning letter (EUR\xa01,171.67)" in english
    assert (
        "Your demand for the use (EUR\xa01,800.00), excluding lawyer's fees, is 2.55 times"
        in english
    )
    assert "Your demand (EUR\xa02,971.67)" not in english
    french = _reasons("fr").replace("\u202f", " ").replace("\xa0", " ")
    assert "frais d'avocat de votre avertissement (1 171,67 €)" in french
    assert "au titre de l'usage (1 800,00 €), hors frais d'avocat, représente 2,55 fois" in french
    german = _reasons("de")
    assert "Rechtsanwaltskosten Ihrer Abmahnung" in german
