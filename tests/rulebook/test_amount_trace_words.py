"""The fee trace in words (docs/style-fr.md): every step of every scenario's amount says
what it is in both languages, and every source it rests on is presented in the reader's
language, the original title of a foreign source kept beside it."""

from __future__ import annotations

from pathlib import Path

import yaml

from app.rulebook import ROOT
from app.services.evaluation import pick
from tests.rulebook.helpers import amount, example
from tests.style.test_texts import _assessments


def _steps(a: dict) -> list[dict]:
    return [*(a.get("trace") or []), *((a.get("counter_offer") or {}).get("trace") or [])]


def test_every_fee_step_of_every_scenario_has_a_label_and_a_source_in_words():
    seen, found = 0, []
    for name, result in _assessments():
        a = result.get("amount")
        if not a:
            continue
        for step in _steps(a):
            seen += 1
            label = step.get("label") or {}
            if not (label.get("fr") and label.get("en")) or step["name"] in label.values():
                found.append(f"{name}: step {step['name']} has no label in words")
            source = step.get("source")
            if source is not None:
                words = source.get("label") or {}
                if not (words.get("fr", "").startswith("Source : ") and words.get("en")):
                    found.append(f"{name}: step {step['name']} has no source in words")
    assert seen > 0
    assert not found, "\n".join(found[:20])


def test_fee_and_exchange_rate_sources_have_a_french_presentation():
    """The parameters a fee trace cites (fees/, fx/): each dated reference gives its
    original ``title`` and a ``title_fr`` that presents it in French."""
    missing = []
    for path in sorted(ROOT.rglob("*.yaml")):
        where = path.as_posix()
        if "/parameters/fees/" not in where and "/parameters/fx/" not in where:
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for start, entry in data["values"].items():
            reference = entry["reference"]
            if not reference.get("title") or not reference.get("title_fr"):
                missing.append(f"{Path(where).relative_to(ROOT.as_posix())} from {start}")
    assert not missing, missing


def test_a_french_answer_shows_the_steps_and_sources_in_french_and_keeps_the_title():
    claim = example()
    claim["letter"]["licence_offer"] = None
    a = amount(claim)
    shown = pick(a, "fr")
    base = next(s for s in shown["trace"] if s["name"] == "base_fee")
    assert base["label"] == "Redevance annuelle de référence"
    assert base["source"]["title"].startswith("Riposte calibration")  # the original, kept
    assert base["source"]["label"].startswith("Source\u00a0: estimation calibrée par Riposte")
    placement = next(s for s in shown["trace"] if s["name"] == "placement")
    assert "article_body" not in placement["effect"]
    assert "dans le corps d'un article" in placement["effect"]
    respondent = next(s for s in shown["trace"] if s["name"] == "respondent")
    assert "company_micro" not in respondent["effect"]
    english = pick(a, "en")
    assert next(s for s in english["trace"] if s["name"] == "base_fee")["label"] == (
        "Yearly reference fee"
    )


def test_the_agencys_offer_is_sourced_to_its_letter_not_to_a_field_name():
    a = amount(example())
    evidence = a["trace"][0]
    assert evidence["name"] == "market_evidence"
    assert evidence["source"]["label"]["fr"] == (
        "Source : l'offre de licence que l'agence formule dans sa lettre"
    )
    assert "letter." not in str(evidence["value"]) and "letter." not in str(a["sources"])
