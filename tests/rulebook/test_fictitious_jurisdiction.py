"""A jurisdiction added from a folder of its own, as a contributor adding a country would:
one rule, one dated parameter, one citation and a limitation function, and no file
outside that folder changed. The rule reads the claim's dates through the derivations."""

from __future__ import annotations

import textwrap
from datetime import date
from pathlib import Path

import pytest

from app.rulebook import build, load
from app.schemas.claim import Claim
from app.services.evaluation import Evaluator
from app.services.merge_patch import merge_patch
from tests.rulebook.helpers import example

PACKAGE = '''
"""Antarctica, a fictitious law for the tests: 4 years from the day the claimant knew."""

from pathlib import Path

from app.rulebook.calendar import add_years
from app.rulebook.jurisdictions import Jurisdiction


def limitation(j, f, p, out, years, today, first, removed, last):
    knew = f["use.detected_on"]
    if knew is None:
        return
    out["limitation_expiry"] = out["limitation_expiry_all"] = add_years(knew, years)
    out["limitation_basis"] = {"fr": f"{years} ans.", "en": f"{years} years."}


JURISDICTION = Jurisdiction(
    code="AQ",
    name={"fr": "Antarctique (fictif)", "en": "Antarctica (fictitious)"},
    detail="full",
    folder=Path(__file__).resolve().parent,
    currency="EUR",
    limitation_years="limitation.aq_years",
    limitation=limitation,
    params={"dates": ("limitation.aq_years",)},
)
'''
RULE = """
from app.rulebook import registry
from app.services.rules.model import Text as T
from app.services.rules.model import Variant
from app.services.rules.registry import applies, undetermined


@registry.rule(
    id="AQ-LIMIT-01",
    question="limitation",
    role="decisive",
    title=T(fr="Prescription (fictive)", en="Limitation (fictitious)"),
    jurisdictions=["AQ"],
    basis=["aq-code-1"],
    reads=["derived.dates", "use.detected_on"],
    variants={
        "running": Variant(
            outcome="neutral",
            summary=T(fr="Jusqu'au {expiry}.", en="Until {expiry}."),
            explanation=T(fr="Depuis le {knew}.", en="From {knew}."),
        ),
        "barred": Variant(
            outcome="favours_client",
            summary=T(fr="Prescrit le {expiry}.", en="Time-barred on {expiry}."),
            explanation=T(fr="Depuis le {knew}.", en="From {knew}."),
        ),
    },
)
def aq_limitation(f, p):
    dates = f["derived.dates"] or {}
    if dates.get("limitation_expiry") is None:
        return undetermined("use.detected_on")
    variant = "barred" if dates["time_barred"] else "running"
    return applies(variant, expiry=dates["limitation_expiry"], knew=f["use.detected_on"])
"""
PARAMETER = """
description: Antarctica (fictitious) - limitation period in years.
values:
  "2010-01-01":
    value: 4
    reference: {title: Fictitious Code, art. 1}
"""
CITATION = """
aq-code-1:
  title: Fictitious Code of Antarctica, art. 1
  jurisdiction: AQ
  kind: statute
  confidence: R
  verified: false
"""


def write_jurisdiction(folder: Path) -> Path:
    files = {
        "__init__.py": PACKAGE,
        "rules/__init__.py": "",
        "rules/limitation_aq.py": RULE,
        "parameters/limitation/aq_years.yaml": PARAMETER,
        "citations/aq.yaml": CITATION,
    }
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def antarctic(tmp_path_factory):
    return build([write_jurisdiction(tmp_path_factory.mktemp("jurisdictions") / "aq")])


def evaluate(rulebook, **patch):
    claim = Claim.model_validate(merge_patch(example(), {"respondent": {"country": "AQ"}, **patch}))
    return Evaluator(rulebook).evaluate(claim, today=date(2026, 11, 28)).result


def test_the_rule_reads_the_claims_dates_under_the_new_law(antarctic):
    result = evaluate(antarctic)
    assert result["applicable_law"]["country"] == "AQ"
    assert result["applicable_law"]["covered_in_detail"] is True
    assert result["dates"]["law"] == "AQ"
    assert result["dates"]["limitation_years"] == 4
    assert result["dates"]["limitation_expiry"] == "2030-09-20"  # detected 2026-09-20
    finding = next(f for f in result["findings"] if f["rule_id"] == "AQ-LIMIT-01")
    assert finding["variant"] == "running"
    assert str(finding["facts_used"]["use.detected_on"]) == "2026-09-20"
    assert [c["id"] for c in finding["legal_basis"]] == ["aq-code-1"]


def test_the_new_law_bars_an_old_claim_and_asks_for_an_unknown_date(antarctic):
    barred = evaluate(antarctic, use={"detected_on": "2020-01-15"})
    finding = next(f for f in barred["findings"] if f["rule_id"] == "AQ-LIMIT-01")
    assert (finding["variant"], barred["dates"]["limitation_expiry"]) == ("barred", "2024-01-15")
    unknown = evaluate(antarctic, use={"detected_on": None})
    finding = next(f for f in unknown["findings"] if f["rule_id"] == "AQ-LIMIT-01")
    assert finding["outcome"] == "undetermined"


def test_the_registry_lists_it_and_the_built_in_rulebook_is_untouched(antarctic):
    assert "AQ" in [j["code"] for j in antarctic.jurisdictions_covered]
    assert antarctic.digest != load().digest
    assert "AQ-LIMIT-01" not in {r.id for r in load().rules}
    assert "AQ" not in [j["code"] for j in load().jurisdictions_covered]
    assert not [f for f in evaluate(load())["findings"] if f["rule_id"].startswith("AQ-")]
