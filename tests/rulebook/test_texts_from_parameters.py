"""Texts quote legal figures from the parameters in force, never from a copy of them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from app.rulebook import load
from app.services.merge_patch import merge_patch
from app.services.rules.model import Applies, NotApplicable, Undetermined
from app.services.rules.views import FactView, ParamView
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


# --- Rules quoting a parameter: the text follows the value in force ---------------------

ON = date(2026, 10, 2)


def run(rule_id: str, **facts: Any):
    rb = load()
    spec = next(r for r in rb.rules if r.id == rule_id)
    named = {k.replace("__", "."): v for k, v in facts.items()}
    return spec, spec.func(
        FactView(named, spec.reads, spec.id), ParamView(rb.params, spec.params, spec.id, ON)
    )


def texts(rule_id: str, **facts: Any) -> dict[str, str]:
    """Summary and explanation, both languages, joined: what the reader sees."""
    spec, result = run(rule_id, **facts)
    assert isinstance(result, Applies), result
    variant = spec.variants[result.variant]
    rendered = [variant.summary.render(result.values), variant.explanation.render(result.values)]
    return {lang: " ".join(r[lang] for r in rendered) for lang in ("fr", "en")}


def set_value(monkeypatch, name: str, value: Any) -> None:
    param = load().params[name]
    changed = [replace(v, value=value) for v in param.values]
    monkeypatch.setattr(param, "values", changed)


GBP_2000 = {"amount": "2000.00", "currency": "GBP"}
GBP_20000 = {"amount": "20000.00", "currency": "GBP"}


def test_the_small_claims_limit_is_read_and_quoted(monkeypatch):
    shown = texts("UK-PROC-01", letter__amount_demanded=GBP_2000)
    assert "(jusqu'à 10 000 £)" in shown["fr"] and "(up to GBP 10,000)" in shown["en"]
    assert (
        run("UK-PROC-01", letter__amount_demanded=GBP_20000, letter__threatens_litigation=True)[
            1
        ].variant
        == "default"
    )
    set_value(monkeypatch, "procedure.gb.ipec_small_claims_limit", 25000)
    assert (
        run("UK-PROC-01", letter__amount_demanded=GBP_20000, letter__threatens_litigation=True)[
            1
        ].variant
        == "small_claims"
    )
    assert (
        "hears claims up to GBP 25,000"
        in texts("UK-PROC-01", letter__amount_demanded=GBP_2000)["en"]
    )


def test_the_pre_action_reply_periods_are_quoted(monkeypatch):
    shown = texts("UK-PROC-02", letter__threatens_litigation=True, derived__dates={})
    assert "14 jours dans une affaire simple, pas plus de trois mois dans" in shown["fr"]
    assert "14 days in a straightforward case, no more than three months in" in shown["en"]
    set_value(monkeypatch, "procedure.gb.pre_action_reply_days", 21)
    set_value(monkeypatch, "procedure.gb.pre_action_reply_months_max", 2)
    shown = texts("UK-PROC-02", letter__threatens_litigation=True, derived__dates={})
    assert "21 days in a straightforward case, no more than two months" in shown["en"]


def test_the_letter_rule_quotes_the_us_statutory_figures(monkeypatch):
    shown = texts("GEN-LETTER-01", letter__statutory_maximum_quoted=True)
    assert "brandissent 150 000 $US" in shown["fr"] and "minimum de 750 $US" in shown["fr"]
    assert "the USD 750 minimum per work and the USD 200 for innocent" in shown["en"]
    set_value(monkeypatch, "damages.us.statutory_min", 1000)
    assert (
        "the USD 1,000 minimum"
        in texts("GEN-LETTER-01", letter__statutory_maximum_quoted=True)["en"]
    )


def test_a_short_deadline_is_short_by_the_parameter(monkeypatch):
    facts = {"letter__letter_date": date(2026, 9, 1), "letter__deadline": date(2026, 9, 11)}
    assert run("GEN-LETTER-01", **facts)[1].variant == "short_deadline"
    set_value(monkeypatch, "letters.short_deadline_days", 7)
    assert isinstance(run("GEN-LETTER-01", **facts)[1], NotApplicable)


def test_the_copyright_term_is_read_and_quoted(monkeypatch):
    facts = {
        "work__author_died_on": date(1940, 5, 1),
        "work__created_on": date(1930, 1, 1),
        "work__simple_photo": False,
        "use__first_used_on": date(2025, 1, 1),
    }
    shown = texts("GEN-ORIG-02", **facts)
    assert "dure 70 ans après la mort" in shown["fr"] and "lasts 70 years after" in shown["en"]
    set_value(monkeypatch, "term.pma_years", 90)
    assert isinstance(run("GEN-ORIG-02", **facts)[1], NotApplicable)


def test_the_lichtbild_term_is_read_and_quoted(monkeypatch):
    facts = {
        "work__simple_photo": True,
        "work__published_on": date(1960, 3, 1),
        "use__first_used_on": date(2025, 1, 1),
    }
    shown = texts("DE-ORIG-02", **facts)
    assert "sa protection de 50 ans a pris fin" in shown["fr"]
    assert "its 50-year protection ended" in shown["en"]
    assert "(protected for 70 years after the author's death)" in shown["en"]
    set_value(monkeypatch, "term.de_lichtbild_years", 70)
    assert isinstance(run("DE-ORIG-02", **facts)[1], NotApplicable)


def test_an_expeditious_removal_is_measured_by_the_parameter(monkeypatch):
    facts = {
        "use__uploaded_by_third_party": True,
        "use__platform_hosts_user_content": True,
        "use__uploader_under_client_control": False,
        "use__notified_before": False,
        "letter__received_on": date(2026, 9, 1),
        "use__removed_on": date(2026, 9, 6),
    }
    assert isinstance(run("EU-HOST-01", **facts)[1], Undetermined)
    set_value(monkeypatch, "hosting.expeditious_removal_days", 7)
    assert run("EU-HOST-01", **facts)[1].variant == "available"


def test_us_notice_rules_quote_the_innocent_floor_and_the_cmi_range(monkeypatch):
    removed = {"acquisition__watermark_removed": True}
    shown = texts("US-NOTICE-01", **removed)
    assert "de 2 500 à 25 000 $US par violation" in shown["fr"]
    assert "USD 2,500–USD 25,000 per violation" in shown["en"]
    notice = {"acquisition__visible_at_retrieval__copyright_notice": True}
    assert "innocent-infringer floor (USD 200)" in texts("US-NOTICE-02", **notice)["en"]
    set_value(monkeypatch, "damages.us.cmi_max", 30000)
    set_value(monkeypatch, "damages.us.innocent_min", 300)
    assert "USD 2,500–USD 30,000" in texts("US-NOTICE-01", **removed)["en"]
    assert "plancher de 300 $US" in texts("US-NOTICE-02", **notice)["fr"]


def test_the_german_private_person_cap_is_quoted(monkeypatch):
    facts = {
        "respondent__kind": "individual",
        "use__purpose": "personal",
        "use__monetised": False,
    }
    shown = texts("DE-CONTEXT-01", **facts)
    assert "plafonnée à 1 000 € par image" in shown["fr"]
    assert "capped at EUR 1,000 (§ 97a(3) UrhG)" in shown["en"]
    set_value(monkeypatch, "fees.de.warning_value_cap", 1500)
    assert "capped at EUR 1,500 per image" in texts("DE-CONTEXT-01", **facts)["en"]
