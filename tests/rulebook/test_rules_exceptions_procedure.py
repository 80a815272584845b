"""Edge cases of the exceptions, linking, procedure and letter-hygiene rules.

The rules are run directly through the engine's fact and parameter views (so an
undeclared read still raises), without loading the whole rulebook: these tests do not
depend on the other rule groups.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

import app.rulebook.jurisdictions.de.rules.exceptions_germany  # noqa: F401
import app.rulebook.jurisdictions.de.rules.exceptions_germany_incidental_parody_news  # noqa: F401
import app.rulebook.jurisdictions.de.rules.procedure_courts_de  # noqa: F401
import app.rulebook.jurisdictions.de.rules.procedure_german_abmahnung  # noqa: F401
import app.rulebook.jurisdictions.de.rules.procedure_german_collection_costs  # noqa: F401
import app.rulebook.jurisdictions.eu.rules.exceptions_eu  # noqa: F401  (registers the rules)
import app.rulebook.jurisdictions.eu.rules.linking_eu  # noqa: F401
import app.rulebook.jurisdictions.eu.rules.procedure_forum_and_law_eu  # noqa: F401
import app.rulebook.jurisdictions.fr.rules.exceptions_france  # noqa: F401
import app.rulebook.jurisdictions.fr.rules.procedure_courts_fr  # noqa: F401
import app.rulebook.jurisdictions.gb.rules.exceptions_uk  # noqa: F401
import app.rulebook.jurisdictions.gb.rules.exceptions_uk_incidental_parody_instruction  # noqa: F401
import app.rulebook.jurisdictions.gb.rules.linking_uk  # noqa: F401
import app.rulebook.jurisdictions.gb.rules.procedure_uk_pre_action  # noqa: F401
import app.rulebook.jurisdictions.general.rules.letter_hygiene  # noqa: F401
import app.rulebook.jurisdictions.general.rules.letter_removal  # noqa: F401
import app.rulebook.jurisdictions.us.rules.exceptions_us_fair_use  # noqa: F401
import app.rulebook.jurisdictions.us.rules.exceptions_us_safe_harbour  # noqa: F401
import app.rulebook.jurisdictions.us.rules.linking_us  # noqa: F401
from app.rulebook import ROOT, load, registry
from app.services.rules.display import Money
from app.services.rules.engine import Engine
from app.services.rules.model import Applies, NotApplicable, RuleSpec, Undetermined
from app.services.rules.views import FactView, ParamView

MODULES = {
    "app.rulebook.jurisdictions.eu.rules.exceptions_eu",
    "app.rulebook.jurisdictions.fr.rules.exceptions_france",
    "app.rulebook.jurisdictions.de.rules.exceptions_germany",
    "app.rulebook.jurisdictions.de.rules.exceptions_germany_incidental_parody_news",
    "app.rulebook.jurisdictions.gb.rules.exceptions_uk",
    "app.rulebook.jurisdictions.gb.rules.exceptions_uk_incidental_parody_instruction",
    "app.rulebook.jurisdictions.us.rules.exceptions_us_fair_use",
    "app.rulebook.jurisdictions.us.rules.exceptions_us_safe_harbour",
    "app.rulebook.jurisdictions.eu.rules.linking_eu",
    "app.rulebook.jurisdictions.gb.rules.linking_uk",
    "app.rulebook.jurisdictions.us.rules.linking_us",
    "app.rulebook.jurisdictions.eu.rules.procedure_forum_and_law_eu",
    "app.rulebook.jurisdictions.fr.rules.procedure_courts_fr",
    "app.rulebook.jurisdictions.de.rules.procedure_courts_de",
    "app.rulebook.jurisdictions.de.rules.procedure_german_abmahnung",
    "app.rulebook.jurisdictions.de.rules.procedure_german_collection_costs",
    "app.rulebook.jurisdictions.gb.rules.procedure_uk_pre_action",
    "app.rulebook.jurisdictions.general.rules.letter_hygiene",
    "app.rulebook.jurisdictions.general.rules.letter_removal",
}
RULES: list[RuleSpec] = [r for r in registry.rules if r.module in MODULES]
PARAMS = load().params
ON = date(2026, 10, 2)


def run(rule_id: str, **facts: Any):
    """Run one rule on facts given as keyword arguments (``use__technique="embed"``)."""
    spec = registry.get(rule_id)
    assert spec is not None, rule_id
    named = {k.replace("__", "."): v for k, v in facts.items()}
    return spec.func(
        FactView(named, spec.reads, spec.id), ParamView(PARAMS, spec.params, spec.id, ON)
    )


def variant(result) -> str | None:
    return result.variant if isinstance(result, Applies) else None


# --- Fact pools for the exhaustive checks ---------------------------------------------

EUR = {"amount": "1200.00", "currency": "EUR"}
GBP = {"amount": "850.00", "currency": "GBP"}
POOLS: dict[str, list[Any]] = {
    "derived.law": [None, {"country": "FR"}, {"country": "DE"}, {"country": "GB"}],
    "derived.dates": [None, {}, {"actionable_from": None}, {"actionable_from": date(2025, 6, 1)}],
    "use.technique": [None, "copy", "embed", "hotlink", "link"],
    "use.exception_claimed": [
        None,
        "quotation",
        "news_reporting",
        "parody",
        "teaching",
        "incidental",
    ],
    "use.purpose": [None, "editorial", "commercial", "decorative", "personal", "nonprofit"],
    "use.us_circuit": [None, "9th", "2nd", "5th", " Ninth "],
    "use.targeted_countries": [None, [], ["FR"], ["FR", "DE"], ["ES"]],
    "acquisition.source": [None, "web_search", "stock_licence", "social_media"],
    "respondent.kind": [None, "individual", "company", "nonprofit", "sole_trader"],
    "respondent.country": [None, "FR", "DE", "GB", "US", "CH"],
    "letter.asserted_law": [None, "FR", "DE", "US"],
    "letter.asserted_forum": [None, "DE", "US"],
    "letter.agency": [None, "copytrack", "law_firm", "picrights", "rights_holder"],
    "letter.agency_name": [None, "COPYTRACK GmbH"],
    "letter.rights_holder": [None, "Trunk Archive"],
    "letter.collector_status": [None, "lawyer", "registered_collector", "unknown"],
    "letter.amount_demanded": [None, EUR, GBP, {"amount": "15000.00", "currency": "GBP"}],
    "letter.licence_offer": [None, {"amount": "389.59", "currency": "EUR"}],
    "letter.breakdown": [
        None,
        [],
        [{"kind": "other", "amount": EUR}],
        [{"kind": "damages", "amount": EUR}, {"kind": "legal_fees", "amount": EUR}],
        [{"kind": "licence_fee", "amount": EUR}, {"kind": "processing_fee", "amount": EUR}],
    ],
    "letter.deadline_days": [None, 7, 14, 21],
}
DATES = [None, date(2025, 6, 1), date(2026, 9, 25), date(2026, 10, 5), date(2026, 10, 16)]


def pool(name: str) -> list[Any]:
    if name in POOLS:
        return POOLS[name]
    if name.endswith(("_on", "_date", ".deadline", "_until")):
        return DATES
    return [None, True, False]


def random_facts(spec: RuleSpec, rng: random.Random) -> dict[str, Any]:
    return {name: rng.choice(pool(name)) for name in spec.reads}


# --- Declarations -----------------------------------------------------------------------


def test_the_rules_of_groups_f_j_k_are_registered():
    ids = {r.id for r in RULES}
    expected = {
        "EU-EMBED-01",
        "EU-EMBED-02",
        "EU-REPOST-01",
        "UK-EMBED-01",
        "US-EMBED-01",
        "EU-EXC-01",
        "EU-EXC-02",
        "FR-EXC-01",
        "FR-EXC-02",
        "DE-EXC-01",
        "UK-EXC-01",
        "UK-EXC-02",
        "US-EXC-01",
        "US-DMCA-01",
        "EU-JUR-01",
        "GEN-JUR-02",
        "FR-JUR-01",
        "DE-JUR-01",
        "DE-AMOUNT-03",
        "DE-ABMAHNUNG-01",
        "DE-ABMAHNUNG-02",
        "DE-LETTER-01",
        "DE-COLLECTOR-01",
        "UK-PROC-01",
        "GEN-LETTER-01",
        "GEN-LETTER-02",
        "GEN-LETTER-03",
    }
    assert expected <= ids
    for spec in RULES:
        assert spec.question in {"exceptions", "procedure"}, spec.id
        assert set(spec.jurisdictions) <= {"FR", "DE", "GB", "US", "EU", "ALL"}, spec.id


def test_citations_exist_and_unverified_sources_are_flagged_in_the_text():
    citations = load().citations
    for spec in RULES:
        for cid in spec.basis:
            assert cid in citations, f"{spec.id} cites unknown {cid}"
        if any(not citations[c].get("verified") for c in spec.basis):
            texts = " ".join(
                t.fr + " " + t.en
                for v in spec.variants.values()
                for t in (v.summary, v.explanation)
            )
            assert "to be checked" in texts and "à vérifier" in texts, spec.id


def test_every_catalogued_fact_of_this_group_is_read_by_one_of_its_rules():
    path = ROOT / "facts" / "exceptions_procedure.yaml"
    catalogue = yaml.safe_load(path.read_text(encoding="utf-8"))
    read = {f for spec in RULES for f in spec.reads}
    assert set(catalogue) <= read
    for name, info in catalogue.items():
        for probe in info.get("probes", []):
            assert name in probe, name


# --- Exhaustive-ish: every answer is well formed ---------------------------------------


@pytest.mark.parametrize("spec", RULES, ids=lambda s: s.id)
def test_answers_are_well_formed_on_random_facts(spec):
    rng = random.Random(spec.id)
    for _ in range(400):
        facts = random_facts(spec, rng)
        view = FactView(facts, spec.reads, spec.id)
        result = spec.func(view, ParamView(PARAMS, spec.params, spec.id, ON))
        if isinstance(result, Applies):
            chosen = spec.variants[result.variant]
            values = {
                k: (v.isoformat() if isinstance(v, date) else v) for k, v in result.values.items()
            }
            chosen.summary.render(values)
            chosen.explanation.render(values)
        elif isinstance(result, Undetermined):
            assert result.missing, spec.id
            for name in result.missing:
                assert name in spec.reads, f"{spec.id} names undeclared {name}"
                assert view.read.get(name, "unread") is None, f"{spec.id}: {name} is known"
        else:
            assert isinstance(result, NotApplicable) and result.reason


def test_no_two_rules_of_the_group_ever_conflict():
    engine = Engine(RULES, PARAMS)
    names = sorted({f for spec in RULES for f in spec.reads})
    rng = random.Random(7)
    for jurisdictions in ({"ALL", "FR", "EU"}, {"ALL", "DE", "EU"}, {"ALL", "GB"}, {"ALL", "US"}):
        for _ in range(300):
            facts = {name: rng.choice(pool(name)) for name in names}
            evaluation = engine.evaluate(facts, ON, frozenset(jurisdictions))
            assert not evaluation.conflicts, (facts, evaluation.conflicts)


# --- Linking and embedding ---------------------------------------------------------------


def test_embedding_with_every_condition_unknown_names_them_all():
    result = run("EU-EMBED-01", use__technique="embed")
    assert isinstance(result, Undetermined)
    assert set(result.missing) == {
        "use.source_authorised",
        "use.source_freely_accessible",
        "use.framing_protection_circumvented",
    }


def test_unknown_technique_is_asked_not_assumed_to_be_a_copy():
    assert run("EU-EMBED-01").missing == ("use.technique",)
    assert isinstance(run("EU-REPOST-01"), NotApplicable)
    assert isinstance(run("EU-EMBED-02"), NotApplicable)


def test_authorised_free_embed_decides_no_new_public():
    result = run(
        "EU-EMBED-01",
        use__technique="hotlink",
        use__source_authorised=True,
        use__source_freely_accessible=True,
        use__framing_protection_circumvented=False,
    )
    assert variant(result) == "default" and result.conclusion is False


def test_plain_link_does_not_ask_about_anti_framing_measures():
    result = run(
        "EU-EMBED-01",
        use__technique="link",
        use__source_authorised=True,
        use__source_freely_accessible=True,
    )
    assert variant(result) == "default"


def test_restricted_source_beats_unknown_circumvention():
    result = run(
        "EU-EMBED-01",
        use__technique="link",
        use__source_authorised=None,
        use__source_freely_accessible=False,
    )
    assert variant(result) == "restricted"


def test_gs_media_knowledge_decides_even_when_profit_is_unknown():
    result = run(
        "EU-EMBED-02",
        use__technique="link",
        use__source_authorised=False,
        use__knew_source_unlawful=True,
    )
    assert variant(result) == "knew"


def test_gs_media_profit_unknown_names_the_deciding_facts():
    result = run(
        "EU-EMBED-02",
        use__technique="embed",
        use__source_authorised=False,
        respondent__kind="individual",
    )
    assert isinstance(result, Undetermined)
    assert set(result.missing) == {"use.monetised", "use.purpose", "use.knew_source_unlawful"}


def test_gs_media_a_company_links_for_profit():
    result = run(
        "EU-EMBED-02",
        use__technique="embed",
        use__source_authorised=False,
        respondent__kind="company",
        use__knew_source_unlawful=False,
    )
    assert variant(result) == "for_profit"


def test_repost_needs_some_sign_of_a_freely_available_source():
    assert isinstance(run("EU-REPOST-01", use__technique="copy"), NotApplicable)
    assert (
        variant(run("EU-REPOST-01", use__technique="copy", acquisition__source="web_search"))
        == "default"
    )
    assert isinstance(
        run("EU-REPOST-01", use__technique="copy", acquisition__source="stock_licence"),
        NotApplicable,
    )


@pytest.mark.parametrize(
    ("circuit", "expected"),
    [
        ("9th", "ninth_circuit"),
        (" Ninth ", "ninth_circuit"),
        ("2d Cir.", "second_circuit"),
        ("7th", "other_circuit"),
    ],
)
def test_us_circuit_is_normalised(circuit, expected):
    assert variant(run("US-EMBED-01", use__technique="embed", use__us_circuit=circuit)) == expected


def test_server_test_does_not_cover_a_copy_or_a_plain_link():
    assert isinstance(run("US-EMBED-01", use__technique="copy"), NotApplicable)
    assert isinstance(run("US-EMBED-01", use__technique="link"), NotApplicable)


# --- Exceptions --------------------------------------------------------------------------


EXCEPTION_RULES = [
    "EU-EXC-01",
    "EU-EXC-02",
    "FR-EXC-01",
    "FR-EXC-02",
    "DE-EXC-01",
    "UK-EXC-01",
    "UK-EXC-02",
    "US-EXC-01",
]


@pytest.mark.parametrize("rule_id", EXCEPTION_RULES)
def test_no_exception_claimed_means_not_applicable_not_undetermined(rule_id):
    result = run(rule_id)
    assert isinstance(result, NotApplicable), result


def test_fair_use_runs_without_a_claim_when_the_use_is_transformative():
    result = run("US-EXC-01", use__transformative=True, use__work_discussed=True)
    assert variant(result) == "likely"


def test_fair_use_non_commercial_non_transformative_is_only_doubtful():
    result = run(
        "US-EXC-01",
        use__exception_claimed="quotation",
        use__transformative=False,
        use__monetised=False,
        use__purpose="personal",
        respondent__kind="individual",
        work__professional=False,
    )
    assert variant(result) == "doubtful"


def test_fair_use_unknown_commerciality_is_asked():
    result = run("US-EXC-01", use__exception_claimed="quotation", use__transformative=False)
    assert isinstance(result, Undetermined)
    assert set(result.missing) == {"use.monetised", "use.purpose", "work.professional"}


def test_german_quotation_without_source_is_left_to_the_attribution_rule():
    result = run(
        "DE-EXC-01",
        use__exception_claimed="quotation",
        use__work_discussed=True,
        use__attribution_shown=False,
    )
    assert isinstance(result, NotApplicable)
    assert (
        variant(run("EU-EXC-01", use__exception_claimed="quotation", use__attribution_shown=False))
        == "default"
    )


def test_decorative_use_fails_the_german_quotation_even_if_discussion_is_unknown():
    result = run("DE-EXC-01", use__exception_claimed="quotation", use__purpose="decorative")
    assert variant(result) == "fails" and result.conclusion is False


def test_uk_quotation_lists_every_failed_condition():
    result = run(
        "UK-EXC-02",
        use__exception_claimed="quotation",
        use__work_discussed=False,
        use__attribution_shown=False,
    )
    assert variant(result) == "fails"
    assert "acknowledgement" in result.values["why_en"]
    assert "illustrates" in result.values["why_en"]


def test_teaching_conditions_met_stays_neutral():
    result = run(
        "EU-EXC-02",
        use__exception_claimed="teaching",
        use__monetised=False,
        use__purpose="teaching",
        use__attribution_shown=True,
    )
    assert variant(result) == "to_check"
    assert registry.get("EU-EXC-02").variants["to_check"].outcome == "neutral"


def test_parody_needs_to_know_whether_the_image_was_transformed():
    assert run("FR-EXC-02", use__exception_claimed="parody").missing == ("use.transformative",)


DMCA_BASE = {
    "use__platform_hosts_user_content": True,
    "use__uploaded_by_third_party": True,
    "use__dmca_agent_registered": True,
    "use__first_used_on": date(2025, 6, 1),
    "use__removed_promptly_on_notice": True,
}


def test_dmca_agent_registered_the_day_of_the_upload_is_in_time():
    result = run("US-DMCA-01", **DMCA_BASE, use__dmca_agent_registered_on=date(2025, 6, 1))
    assert variant(result) == "available"


def test_dmca_registration_date_unknown_is_asked():
    result = run("US-DMCA-01", **DMCA_BASE)
    assert result.missing == ("use.dmca_agent_registered_on",)


def test_dmca_does_not_cover_the_client_s_own_uploads():
    facts = dict(DMCA_BASE, use__uploaded_by_third_party=False)
    assert isinstance(run("US-DMCA-01", **facts), NotApplicable)
    facts = dict(DMCA_BASE, use__platform_hosts_user_content=False)
    assert isinstance(run("US-DMCA-01", **facts), NotApplicable)


# --- Procedure ---------------------------------------------------------------------------


def test_asserted_law_equal_to_home_is_not_a_finding():
    result = run("GEN-JUR-02", letter__asserted_law="FR", respondent__country="FR")
    assert isinstance(result, NotApplicable)


def test_asserted_law_with_unknown_targeting_is_undetermined():
    result = run("GEN-JUR-02", letter__asserted_law="DE", respondent__country="FR")
    assert result.missing == ("use.targeted_countries",)


def test_asserted_law_names_the_countries_in_both_languages():
    result = run(
        "GEN-JUR-02",
        letter__asserted_law="DE",
        respondent__country="FR",
        use__targeted_countries=["FR"],
    )
    assert result.values["asserted_en"] == "Germany"
    assert result.values["asserted_law_fr"] == "le droit allemand"
    assert result.values["country_law_en"] == "French law"
    assert result.values["targets_fr"] == "la France"


def test_asserted_law_names_a_country_outside_the_table_by_its_babel_name():
    result = run(
        "GEN-JUR-02",
        letter__asserted_law="DK",
        respondent__country="FR",
        use__targeted_countries=["FR", "SE"],
    )
    assert result.values["asserted_fr"] == "Danemark"
    assert result.values["asserted_law_en"] == "the law of Denmark"
    assert result.values["targets_en"] == "France and Sweden"


def test_brussels_ia_needs_two_member_states():
    assert isinstance(
        run("EU-JUR-01", respondent__country="CH", letter__asserted_law="DE"), NotApplicable
    )
    assert isinstance(
        run("EU-JUR-01", respondent__country="FR", letter__asserted_forum="US"), NotApplicable
    )
    result = run(
        "EU-JUR-01",
        respondent__country="FR",
        letter__asserted_forum="DE",
        letter__asserted_law="US",
    )
    assert result.values["foreign_en"] == "Germany"


def test_private_venue_needs_monetisation_to_be_known():
    assert run("DE-JUR-01", respondent__kind="individual").missing == ("use.monetised",)
    assert isinstance(
        run("DE-JUR-01", respondent__kind="individual", use__monetised=True), NotApplicable
    )


LAWYER = {"letter__sent_by_lawyer": True}


def test_lump_sum_abmahnung_is_ineffective():
    result = run("DE-AMOUNT-03", **LAWYER, letter__breakdown=[], letter__amount_demanded=EUR)
    assert variant(result) == "default" and result.conclusion is False


def test_breakdown_of_unqualified_items_is_no_breakdown():
    result = run(
        "DE-AMOUNT-03",
        **LAWYER,
        letter__breakdown=[{"kind": "other", "amount": EUR}],
        letter__amount_demanded=EUR,
    )
    assert result.values["how_en"] == "unqualified items"


def test_itemised_damages_only_is_a_breakdown():
    result = run(
        "DE-AMOUNT-03",
        **LAWYER,
        letter__breakdown=[{"kind": "damages", "amount": EUR}],
        letter__amount_demanded=EUR,
    )
    assert isinstance(result, NotApplicable)


def test_a_law_firm_sender_counts_as_a_lawyer_when_unstated():
    result = run(
        "DE-AMOUNT-03", letter__agency="law_firm", letter__breakdown=[], letter__amount_demanded=EUR
    )
    assert isinstance(result, Applies)


def test_collector_letter_is_not_an_abmahnung():
    result = run(
        "DE-AMOUNT-03",
        letter__agency="copytrack",
        letter__sent_by_lawyer=False,
        letter__breakdown=[],
        letter__amount_demanded=EUR,
    )
    assert isinstance(result, NotApplicable)
    result = run(
        "DE-AMOUNT-03",
        letter__agency="copytrack",
        letter__breakdown=[],
        letter__amount_demanded=EUR,
    )
    assert result.missing == ("letter.sent_by_lawyer",)


def test_named_rights_holder_satisfies_no_1_without_asking():
    spec = registry.get("DE-ABMAHNUNG-01")
    view = FactView(
        {"letter.rights_holder": "dpa Picture-Alliance GmbH", "letter.sent_by_lawyer": True},
        spec.reads,
        spec.id,
    )
    assert isinstance(spec.func(view, None), NotApplicable)
    assert "letter.injured_party_named" not in view.read


def test_collection_fees_are_summed():
    fee = {"amount": "150.00", "currency": "EUR"}
    result = run(
        "DE-COLLECTOR-01",
        letter__agency="copytrack",
        letter__sent_by_lawyer=False,
        letter__breakdown=[
            {"kind": "processing_fee", "amount": fee},
            {"kind": "processing_fee", "amount": fee},
        ],
    )
    assert result.values["fees"] == Money(Decimal("300.00"), "EUR")


def test_collection_fees_of_a_lawyer_are_left_to_the_rvg():
    result = run(
        "DE-COLLECTOR-01",
        letter__collector_status="lawyer",
        letter__breakdown=[{"kind": "processing_fee", "amount": EUR}],
    )
    assert isinstance(result, NotApplicable)


@pytest.mark.parametrize(
    ("amount", "threatens", "expected"),
    [
        ({"amount": "10000.00", "currency": "GBP"}, None, "small_claims"),
        ({"amount": "10000.01", "currency": "GBP"}, True, "default"),
        ({"amount": "10000.01", "currency": "GBP"}, False, None),
        ({"amount": "900.00", "currency": "EUR"}, True, "default"),
        (None, None, None),
    ],
)
def test_uk_small_claims_limit(amount, threatens, expected):
    result = run(
        "UK-PROC-01", letter__amount_demanded=amount, letter__threatens_litigation=threatens
    )
    assert variant(result) == expected


# --- Letter hygiene ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("deadline", "expected"),
    [
        (date(2026, 10, 18), None),
        (date(2026, 10, 17), "short_deadline"),
        (date(2026, 10, 1), "short_deadline"),
    ],
)
def test_deadline_counts_from_receipt(deadline, expected):
    result = run(
        "GEN-LETTER-01",
        letter__letter_date=date(2026, 10, 2),
        letter__received_on=date(2026, 10, 4),
        letter__deadline=deadline,
    )
    assert variant(result) == expected
    if expected:
        assert result.values["days"] >= 0


def test_relative_deadline_is_used_when_no_date_is_given():
    result = run("GEN-LETTER-01", letter__deadline_days=10)
    assert variant(result) == "short_deadline" and result.values["days"] == 10


def test_nothing_known_of_deadline_or_threat_is_not_applicable():
    assert isinstance(run("GEN-LETTER-01"), NotApplicable)


def test_release_unknown_is_not_asked_about():
    spec = registry.get("GEN-LETTER-02")
    view = FactView({}, spec.reads, spec.id)
    assert isinstance(spec.func(view, None), NotApplicable)
    assert set(view.read) == {"letter.release_offered"}


def test_removal_period_is_reported():
    result = run(
        "GEN-LETTER-03",
        use__removed_on=date(2026, 10, 6),
        use__first_used_on=date(2023, 3, 14),
        letter__received_on=date(2026, 10, 5),
    )
    assert variant(result) == "after_notice"
    assert "1,302 days" in result.values["period_en"]


def test_removal_counts_the_unlicensed_period_only():
    """A licence that covered the start of the use: the period counted runs from the day
    after its end, as the amount prices it (rulebook 2.11.0), not from the first use."""
    licensed = {
        "use__removed_on": date(2026, 10, 6),
        "use__first_used_on": date(2023, 3, 14),
        "letter__received_on": date(2026, 10, 5),
        "acquisition__licence__held": True,
        "acquisition__licence__valid_until": date(2024, 3, 13),
    }
    result = run("GEN-LETTER-03", **licensed)
    assert variant(result) == "after_notice"
    assert result.values["period_en"] == (
        "unlicensed use from 14 March 2024, the day after the client's licence ended, "
        "to 6 October 2026, 936 days"
    )
    assert "usage sans licence du 14 mars 2024" in result.values["period_fr"]
    assert "936 jours" in result.values["period_fr"]
    # A licence not covering the use (another use, another medium) covers no day of it.
    other = run("GEN-LETTER-03", **licensed, acquisition__licence__covers_use=False)
    assert "1,302 days" in other.values["period_en"]
    # A licence that ran until the removal leaves no unlicensed period to cap.
    whole = run(
        "GEN-LETTER-03", **{**licensed, "acquisition__licence__valid_until": date(2026, 12, 31)}
    )
    assert isinstance(whole, NotApplicable)
    # Time-barred oldest use: counted from the first day still actionable, the later start
    # winning when a licence's end comes after it.
    unlicensed = {k: v for k, v in licensed.items() if "licence" not in k}
    barred = run(
        "GEN-LETTER-03", **unlicensed, derived__dates={"actionable_from": date(2024, 1, 1)}
    )
    assert barred.values["period_en"].startswith(
        "use not time-barred from 1 January 2024 to 6 October 2026"
    ), barred.values["period_en"]
    both = run("GEN-LETTER-03", **licensed, derived__dates={"actionable_from": date(2024, 1, 1)})
    assert both.values["period_en"].startswith("unlicensed use from 14 March 2024")


def test_scenario_files_of_this_group_exist():
    folder = Path(__file__).resolve().parents[1] / "scenarios"
    files = [p for p in folder.glob("*.yaml") if p.name[:2] in ("f-", "j-", "k-")]
    assert len(files) >= 30
