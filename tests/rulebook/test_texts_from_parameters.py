"""Texts quote legal figures from the parameters in force, never from a copy of them."""

from __future__ import annotations

from app.rulebook import load
from app.services.merge_patch import merge_patch
from tests.rulebook.helpers import amount, example

US_REGISTERED = {
    "respondent": {"kind": "company", "size": "small", "country": "US"},
    "letter": {
        "agency": "higbee",
        "licence_offer": None,
        "asserted_law": None,
        "amount_demanded": {"amount": "2500.00", "currency": "USD"},
        "breakdown": [{"kind": "damages", "amount": {"amount": "2500.00", "currency": "USD"}}],
    },
    "title": {"us_registration": {"registered": True, "effective_date": "2020-01-10"}},
}


def test_the_us_statutory_sentence_quotes_the_parameters(monkeypatch):
    claim = merge_patch(example(), US_REGISTERED)
    rationale = amount(claim)["counter_offer"]["rationale"]
    assert "USD 750 to 30,000 per work, USD 200 for a proven innocent" in rationale["en"]
    assert "de 750 à 30 000 $US par œuvre, 200 $US en cas de bonne foi" in rationale["fr"]
    param = load().params["damages.us.statutory_max"]
    raised = [type(v)(v.start, 45000, v.reference, v.note) for v in param.values]
    monkeypatch.setattr(param, "values", raised)
    assert "USD 750 to 45,000 per work" in amount(claim)["counter_offer"]["rationale"]["en"]
