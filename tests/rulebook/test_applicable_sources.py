"""Findings cite the applicable law's sources only (legal review of rulebook 1.1, item 9)."""

from __future__ import annotations

from datetime import date

import pytest

from app.rulebook import load
from app.schemas.claim import Claim
from app.services.evaluation import Evaluator
from tests.rulebook.helpers import example

EVALUATOR = Evaluator()
RULEBOOK = load()


def _one_country(rule_id: str) -> bool:
    """A country's own rule may rest on CJEU case law binding there (UK, before 2021)."""
    jurisdictions = RULEBOOK.rule(rule_id).jurisdictions
    return len(jurisdictions) == 1 and jurisdictions[0] not in ("ALL", "EU")


def _assess(country: str | None, **letter) -> dict:
    claim = example()
    claim["respondent"]["country"] = country
    claim["letter"].update(asserted_law=None, **letter)
    return EVALUATOR.evaluate(Claim.model_validate(claim), today=date(2026, 11, 28)).result


@pytest.mark.parametrize("country", ["FR", "DE", "GB", "US", "IT", None])
def test_every_cited_source_belongs_to_the_applicable_law(country):
    result = _assess(country, agency="law_firm", sent_by_lawyer=True)
    allowed = set(result["applicable_law"]["jurisdictions"]) | {"ALL", None}
    cited = [
        (f["rule_id"], c["id"], c["jurisdiction"])
        for f in result["findings"]
        for c in f["legal_basis"]
    ]
    assert cited, "some finding cites a source"
    foreign = [c for c in cited if c[2] not in allowed and not _one_country(c[0])]
    assert not foreign, foreign


def test_a_french_finding_never_cites_german_or_us_law():
    result = _assess("FR")
    jurisdictions = {c["jurisdiction"] for f in result["findings"] for c in f["legal_basis"]}
    assert "FR" in jurisdictions
    assert not jurisdictions & {"DE", "GB", "US"}
