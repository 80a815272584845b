"""Edge cases of the origin, restrictions, context, originality and proof-of-use rules.

Rules are run through the engine's fact and parameter views (an undeclared read still
raises), on flat facts; only these five modules are loaded, so the tests do not depend on
the other rule groups. The central discipline checked here: an unknown fact (``None``) is
never treated as false; a rule that needs it answers *undetermined* and names it.
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

import pytest

import app.rulebook.jurisdictions.de.rules.acquisition_creative_commons_de  # noqa: F401
import app.rulebook.jurisdictions.de.rules.context_private_person_de  # noqa: F401
import app.rulebook.jurisdictions.de.rules.context_value_de  # noqa: F401
import app.rulebook.jurisdictions.de.rules.originality_de  # noqa: F401
import app.rulebook.jurisdictions.de.rules.originality_term_de  # noqa: F401
import app.rulebook.jurisdictions.de.rules.proof_of_use_screenshots_de  # noqa: F401
import app.rulebook.jurisdictions.fr.rules.context_value_fr  # noqa: F401
import app.rulebook.jurisdictions.fr.rules.originality_fr  # noqa: F401
import app.rulebook.jurisdictions.fr.rules.proof_of_use_fr  # noqa: F401
import app.rulebook.jurisdictions.gb.rules.originality_uk  # noqa: F401
import app.rulebook.jurisdictions.general.rules.acquisition_by_licence  # noqa: F401  (registers the rules)
import app.rulebook.jurisdictions.general.rules.acquisition_by_own_work_or_third_party  # noqa: F401
import app.rulebook.jurisdictions.general.rules.acquisition_by_press_kit  # noqa: F401
import app.rulebook.jurisdictions.general.rules.acquisition_creative_commons  # noqa: F401
import app.rulebook.jurisdictions.general.rules.context_use  # noqa: F401
import app.rulebook.jurisdictions.general.rules.context_warning  # noqa: F401
import app.rulebook.jurisdictions.general.rules.originality_term  # noqa: F401
import app.rulebook.jurisdictions.general.rules.proof_of_use  # noqa: F401
import app.rulebook.jurisdictions.general.rules.proof_of_use_independent_capture  # noqa: F401
import app.rulebook.jurisdictions.general.rules.restrictions_removed  # noqa: F401
import app.rulebook.jurisdictions.general.rules.restrictions_visible  # noqa: F401
import app.rulebook.jurisdictions.general.rules.restrictions_visible_notices  # noqa: F401
import app.rulebook.jurisdictions.us.rules.restrictions_removed_us  # noqa: F401
import app.rulebook.jurisdictions.us.rules.restrictions_visible_innocent_us  # noqa: F401
from app.rulebook import ROOT, load, registry
from app.services.rules.engine import Engine
from app.services.rules.model import Applies, NotApplicable, RuleSpec, Undetermined
from app.services.rules.rulebook import read_yaml_dir
from app.services.rules.views import FactView, ParamView

MODULES = {
    "app.rulebook.jurisdictions.general.rules.acquisition_by_licence",
    "app.rulebook.jurisdictions.general.rules.acquisition_by_own_work_or_third_party",
    "app.rulebook.jurisdictions.general.rules.acquisition_by_press_kit",
    "app.rulebook.jurisdictions.general.rules.acquisition_creative_commons",
    "app.rulebook.jurisdictions.de.rules.acquisition_creative_commons_de",
    "app.rulebook.jurisdictions.general.rules.restrictions_removed",
    "app.rulebook.jurisdictions.us.rules.restrictions_removed_us",
    "app.rulebook.jurisdictions.general.rules.restrictions_visible",
    "app.rulebook.jurisdictions.us.rules.restrictions_visible_innocent_us",
    "app.rulebook.jurisdictions.general.rules.restrictions_visible_notices",
    "app.rulebook.jurisdictions.general.rules.context_use",
    "app.rulebook.jurisdictions.de.rules.context_private_person_de",
    "app.rulebook.jurisdictions.de.rules.context_value_de",
    "app.rulebook.jurisdictions.fr.rules.context_value_fr",
    "app.rulebook.jurisdictions.general.rules.context_warning",
    "app.rulebook.jurisdictions.fr.rules.originality_fr",
    "app.rulebook.jurisdictions.de.rules.originality_de",
    "app.rulebook.jurisdictions.gb.rules.originality_uk",
    "app.rulebook.jurisdictions.general.rules.originality_term",
    "app.rulebook.jurisdictions.de.rules.originality_term_de",
    "app.rulebook.jurisdictions.general.rules.proof_of_use",
    "app.rulebook.jurisdictions.fr.rules.proof_of_use_fr",
    "app.rulebook.jurisdictions.de.rules.proof_of_use_screenshots_de",
    "app.rulebook.jurisdictions.general.rules.proof_of_use_independent_capture",
}
RULES: list[RuleSpec] = [r for r in registry.rules if r.module in MODULES]
PARAMS = load().params
ON = date(2026, 10, 2)
EVERYWHERE = frozenset({"ALL", "EU", "FR", "DE", "GB", "US"})


def run(rule_id: str, on: date = ON, **facts: Any):
    """Run one rule on facts given as keyword arguments (``use__purpose="editorial"``)."""
    spec = registry.get(rule_id)
    assert spec is not None, rule_id
    named = {k.replace("__", "."): v for k, v in facts.items()}
    return spec.func(
        FactView(named, spec.reads, spec.id), ParamView(PARAMS, spec.params, spec.id, on)
    )


def is_undetermined(result, *missing: str) -> bool:
    return isinstance(result, Undetermined) and set(result.missing) == set(missing)


def variant(result) -> str | None:
    return result.variant if isinstance(result, Applies) else None


# --- The rules as declared ----------------------------------------------------------


def test_the_five_modules_register_their_rules():
    ids = {r.id for r in RULES}
    expected = {
        "GEN-ORIGIN-01",
        "GEN-ORIGIN-02",
        "GEN-ORIGIN-03",
        "GEN-ORIGIN-04",
        "GEN-ORIGIN-06",
        "GEN-ORIGIN-07",
        "GEN-PROOF-02",
        "GEN-CC-01",
        "GEN-CC-02",
        "GEN-CC-03",
        "GEN-CC-04",
        "DE-CC-01",
        "GEN-NOTICE-01",
        "GEN-NOTICE-02",
        "GEN-NOTICE-03",
        "GEN-NOTICE-04",
        "US-NOTICE-01",
        "US-NOTICE-02",
        "DE-CONTEXT-01",
        "DE-CONTEXT-02",
        "FR-CONTEXT-01",
        "GEN-CONTEXT-02",
        "GEN-CONTEXT-03",
        "GEN-CONTEXT-04",
        "FR-ORIG-01",
        "DE-ORIG-01",
        "UK-ORIG-01",
        "GEN-ORIG-02",
        "DE-ORIG-02",
        "GEN-PROOF-01",
        "FR-PROOF-01",
        "GEN-PROOF-03",
        "DE-PROOF-02",
    }
    assert ids == expected


def test_questions_match_the_module():
    question = {
        "app.rulebook.jurisdictions.general.rules.acquisition_by_licence": "acquisition",
        "app.rulebook.jurisdictions.general.rules.acquisition_by_own_work_or_third_party": "acquisition",
        "app.rulebook.jurisdictions.general.rules.acquisition_by_press_kit": "acquisition",
        "app.rulebook.jurisdictions.general.rules.acquisition_creative_commons": "acquisition",
        "app.rulebook.jurisdictions.de.rules.acquisition_creative_commons_de": "acquisition",
        "app.rulebook.jurisdictions.general.rules.restrictions_removed": "restrictions",
        "app.rulebook.jurisdictions.us.rules.restrictions_removed_us": "restrictions",
        "app.rulebook.jurisdictions.general.rules.restrictions_visible": "restrictions",
        "app.rulebook.jurisdictions.us.rules.restrictions_visible_innocent_us": "restrictions",
        "app.rulebook.jurisdictions.general.rules.restrictions_visible_notices": "restrictions",
        "app.rulebook.jurisdictions.general.rules.context_use": "context",
        "app.rulebook.jurisdictions.de.rules.context_private_person_de": "context",
        "app.rulebook.jurisdictions.de.rules.context_value_de": "context",
        "app.rulebook.jurisdictions.fr.rules.context_value_fr": "context",
        "app.rulebook.jurisdictions.general.rules.context_warning": "context",
        "app.rulebook.jurisdictions.fr.rules.originality_fr": "originality",
        "app.rulebook.jurisdictions.de.rules.originality_de": "originality",
        "app.rulebook.jurisdictions.gb.rules.originality_uk": "originality",
        "app.rulebook.jurisdictions.general.rules.originality_term": "originality",
        "app.rulebook.jurisdictions.de.rules.originality_term_de": "originality",
        "app.rulebook.jurisdictions.general.rules.proof_of_use": "proof_of_use",
        "app.rulebook.jurisdictions.fr.rules.proof_of_use_fr": "proof_of_use",
        "app.rulebook.jurisdictions.de.rules.proof_of_use_screenshots_de": "proof_of_use",
        "app.rulebook.jurisdictions.general.rules.proof_of_use_independent_capture": "proof_of_use",
    }
    for rule in RULES:
        assert rule.question == question[rule.module], rule.id


def test_every_fact_left_undetermined_is_catalogued_or_knowingly_not():
    """Each fact a rule may name as missing has a question, except the two documented in
    facts/origin_context.yaml (a list, and a date owned by the limitation rules)."""
    catalogue = read_yaml_dir(ROOT / "facts")
    uncatalogued = {"letter.evidence_of_use", "use.first_used_on"}
    for rule in RULES:
        for fact in rule.reads:
            if fact in uncatalogued or fact.startswith("letter."):
                continue
            if fact in (
                "acquisition.source",
                "acquisition.creative_commons.licence",
                "acquisition.licence.licensor",
                "acquisition.licence.valid_until",
                "use.detected_on",
                "use.removed_on",
                "use.site_kind",
                "use.medium",
                "work.kind",
                "work.created_on",
                "use.platform_hosts_user_content",
                "use.uploaded_by_third_party",
                "letter.received_on",
                "derived.law",
            ):
                continue  # read for texts or as context, never named as missing
            assert fact in catalogue, f"{rule.id} reads {fact}, which has no question"


# --- Licence (GEN-ORIGIN-01, -06, GEN-PROOF-02) -------------------------------------


def test_unknown_licence_is_asked_not_treated_as_no_licence():
    result = run("GEN-ORIGIN-01", acquisition__source="web_search")
    assert is_undetermined(result, "acquisition.licence.held")
    assert isinstance(run("GEN-ORIGIN-06"), NotApplicable)


def test_unknown_licence_is_not_asked_for_press_kit_or_cc_images():
    for source in ("press_kit", "creative_commons"):
        assert isinstance(run("GEN-ORIGIN-01", acquisition__source=source), NotApplicable)


def test_licence_held_but_scope_unknown_asks_for_the_scope():
    result = run("GEN-ORIGIN-01", acquisition__licence__held=True)
    assert is_undetermined(result, "acquisition.licence.covers_use")
    assert isinstance(run("GEN-ORIGIN-06", acquisition__licence__held=True), NotApplicable)


def test_licence_covering_use_decides_use_authorised():
    result = run(
        "GEN-ORIGIN-01", acquisition__licence__held=True, acquisition__licence__covers_use=True
    )
    assert variant(result) == "default" and result.conclusion is True
    undocumented = run(
        "GEN-ORIGIN-01",
        acquisition__licence__held=True,
        acquisition__licence__covers_use=True,
        acquisition__licence__documents_available=False,
    )
    assert variant(undocumented) == "undocumented" and undocumented.conclusion is True


def test_the_author_needs_no_licence():
    assert isinstance(run("GEN-ORIGIN-01", respondent__is_author=True), NotApplicable)


def test_licence_not_covering_the_use():
    facts = dict(acquisition__licence__held=True, acquisition__licence__covers_use=False)
    assert isinstance(run("GEN-ORIGIN-01", **facts), NotApplicable)
    result = run("GEN-ORIGIN-06", **facts)
    assert variant(result) == "scope" and result.conclusion is False


def test_expired_licence_only_when_a_use_is_known_after_its_end():
    base = dict(
        acquisition__licence__held=True,
        acquisition__licence__covers_use=True,
        acquisition__licence__valid_until=date(2024, 3, 13),
    )
    # No date of use known: the term cannot be compared, the licence stands as declared.
    assert variant(run("GEN-ORIGIN-01", **base)) == "default"
    assert isinstance(run("GEN-ORIGIN-06", **base), NotApplicable)
    # Detected on the last day of the licence: still covered.
    assert variant(run("GEN-ORIGIN-01", use__detected_on=date(2024, 3, 13), **base)) == "default"
    later = run("GEN-ORIGIN-06", use__detected_on=date(2024, 3, 14), **base)
    assert variant(later) == "expired" and later.values["seen_on"] == date(2024, 3, 14)
    assert isinstance(
        run("GEN-ORIGIN-01", use__detected_on=date(2024, 3, 14), **base), NotApplicable
    )


def test_licence_documents():
    held = dict(acquisition__licence__held=True)
    assert is_undetermined(run("GEN-PROOF-02", **held), "acquisition.licence.documents_available")
    assert isinstance(
        run("GEN-PROOF-02", acquisition__licence__documents_available=True, **held), NotApplicable
    )
    assert isinstance(
        run("GEN-PROOF-02", acquisition__licence__documents_available=False, **held), Applies
    )
    # A licence that does not cover the use anyway: its documents do not matter.
    assert isinstance(
        run("GEN-PROOF-02", acquisition__licence__covers_use=False, **held), NotApplicable
    )
    assert isinstance(run("GEN-PROOF-02"), NotApplicable)


# --- Author, supplier ---------------------------------------------------------------


def test_author_tri_state():
    assert is_undetermined(run("GEN-ORIGIN-02"), "respondent.is_author")
    assert isinstance(run("GEN-ORIGIN-02", respondent__is_author=False), NotApplicable)
    result = run("GEN-ORIGIN-02", respondent__is_author=True, letter__photographer="Jane Doe")
    assert isinstance(result, Applies) and result.values["photographer"] == "Jane Doe"


def test_supplier_and_third_party_upload():
    assert variant(run("GEN-ORIGIN-03", acquisition__source="partner_or_contractor")) == (
        "supplier"
    )
    assert variant(run("GEN-ORIGIN-03", use__uploaded_by_third_party=True)) == (
        "third_party_upload"
    )
    hosted = run(
        "GEN-ORIGIN-03", use__uploaded_by_third_party=True, use__platform_hosts_user_content=True
    )
    assert isinstance(hosted, NotApplicable)
    assert is_undetermined(run("GEN-ORIGIN-03"), "acquisition.source")
    assert isinstance(
        run("GEN-ORIGIN-03", acquisition__source="web_search", use__uploaded_by_third_party=False),
        NotApplicable,
    )


# --- Press kit (GEN-ORIGIN-04, -07) -------------------------------------------------

PRESS = dict(acquisition__source="press_kit")


def test_press_kit_rules_ignore_other_sources():
    for rule_id in ("GEN-ORIGIN-04", "GEN-ORIGIN-07"):
        assert isinstance(run(rule_id, acquisition__source="web_search"), NotApplicable)
        assert isinstance(run(rule_id), NotApplicable)


def test_press_kit_unknown_terms_are_asked_once():
    assert is_undetermined(run("GEN-ORIGIN-04", **PRESS), "acquisition.press_kit_terms")
    assert isinstance(run("GEN-ORIGIN-07", **PRESS), NotApplicable)


def test_press_kit_editorial_terms_need_the_purpose():
    result = run("GEN-ORIGIN-04", acquisition__press_kit_terms="editorial_only", **PRESS)
    assert is_undetermined(result, "use.purpose")


def test_press_kit_within_terms_needs_its_other_conditions():
    facts = dict(acquisition__press_kit_terms="any_use", use__purpose="advertising", **PRESS)
    assert is_undetermined(run("GEN-ORIGIN-04", **facts), "acquisition.press_kit_conditions_met")
    ok = run("GEN-ORIGIN-04", acquisition__press_kit_conditions_met=True, **facts)
    assert isinstance(ok, Applies) and ok.conclusion is True
    broken = run("GEN-ORIGIN-07", acquisition__press_kit_conditions_met=False, **facts)
    assert variant(broken) == "conditions_broken" and broken.conclusion is False


@pytest.mark.parametrize(
    ("terms", "purpose", "expected"),
    [
        ("editorial_only", "editorial", None),
        ("editorial_only", "advertising", "outside"),
        ("editorial_only", "decorative", "outside"),
        ("editorial_only", "personal", "doubtful"),
        ("none_stated", "commercial", "outside"),
        ("none_stated", "teaching", "doubtful"),
        ("any_use", "advertising", None),
    ],
)
def test_press_kit_scope(terms, purpose, expected):
    facts = dict(
        acquisition__press_kit_terms=terms,
        use__purpose=purpose,
        acquisition__press_kit_conditions_met=True,
        **PRESS,
    )
    outside = run("GEN-ORIGIN-07", **facts)
    within = run("GEN-ORIGIN-04", **facts)
    if expected is None:
        assert isinstance(within, Applies) and isinstance(outside, NotApplicable)
    else:
        assert variant(outside) == expected and outside.conclusion is False
        assert isinstance(within, NotApplicable)


# --- Creative Commons ---------------------------------------------------------------

CC = dict(acquisition__source="creative_commons")


def test_cc_unknown_conditions_are_asked_not_assumed():
    result = run("GEN-CC-01", **CC)
    assert is_undetermined(
        result,
        "acquisition.creative_commons.attribution_required",
        "acquisition.creative_commons.commercial_allowed",
    )
    assert isinstance(run("GEN-CC-02", **CC), NotApplicable)
    # Credit required, whether it was shown is unknown: no breach is assumed.
    facts = dict(
        acquisition__creative_commons__attribution_required=True,
        acquisition__creative_commons__commercial_allowed=True,
        **CC,
    )
    assert is_undetermined(run("GEN-CC-01", **facts), "use.attribution_shown")
    assert isinstance(run("GEN-CC-02", **facts), NotApplicable)
    assert is_undetermined(run("DE-CC-01", **facts), "use.attribution_shown")


def test_cc_non_commercial_licence():
    facts = dict(
        acquisition__creative_commons__attribution_required=True,
        acquisition__creative_commons__commercial_allowed=False,
        use__attribution_shown=True,
        **CC,
    )
    assert is_undetermined(run("GEN-CC-01", **facts), "use.purpose", "use.monetised")
    arguable = run("GEN-CC-01", use__purpose="personal", use__monetised=False, **facts)
    assert variant(arguable) == "non_commercial_arguable"
    breach = run("GEN-CC-02", use__purpose="editorial", use__monetised=True, **facts)
    assert isinstance(breach, Applies) and breach.values["breach_en"] == "commercial use"
    assert isinstance(run("GEN-CC-01", use__monetised=True, **facts), NotApplicable)


def test_de_cc_nil_value_only_for_a_missing_credit():
    base = dict(acquisition__creative_commons__attribution_required=True, **CC)
    no_credit = dict(use__attribution_shown=False, **base)
    assert (
        variant(
            run("DE-CC-01", acquisition__creative_commons__commercial_allowed=True, **no_credit)
        )
        == "default"
    )
    assert is_undetermined(
        run("DE-CC-01", **no_credit), "acquisition.creative_commons.commercial_allowed"
    )
    credited = run(
        "DE-CC-01",
        use__attribution_shown=True,
        acquisition__creative_commons__commercial_allowed=True,
        **base,
    )
    assert isinstance(credited, NotApplicable)
    commercial_nc = run(
        "DE-CC-01",
        acquisition__creative_commons__commercial_allowed=False,
        use__purpose="advertising",
        **no_credit,
    )
    assert isinstance(commercial_nc, NotApplicable)
    dradio = run(
        "DE-CC-01",
        acquisition__creative_commons__commercial_allowed=False,
        use__purpose="nonprofit",
        use__monetised=False,
        **no_credit,
    )
    assert variant(dradio) == "non_commercial_use"


# --- use_authorised: no spurious conflict -------------------------------------------

AUTH_POOLS: dict[str, list[Any]] = {
    "respondent.is_author": [None, False],
    "acquisition.source": ["press_kit", "creative_commons", "stock_licence"],
    "acquisition.licence.held": [None, True, False],
    "acquisition.licence.covers_use": [None, True, False],
    "acquisition.press_kit_terms": [None, "editorial_only", "any_use"],
    "acquisition.press_kit_conditions_met": [None, True, False],
    "use.purpose": [None, "editorial", "advertising", "personal"],
    "acquisition.creative_commons.commercial_allowed": [None, True, False],
    "acquisition.creative_commons.attribution_required": [True, False],
    "use.attribution_shown": [None, True, False],
    "use.monetised": [False, True],
}


def test_use_authorised_never_conflicts():
    """Every combination of origin facts: the rules deciding ``use_authorised`` either agree
    or one overrides the other as an exception; never a reported conflict."""
    deciding = [r for r in RULES if r.decides == "use_authorised"]
    engine = Engine(deciding, PARAMS)
    names = list(AUTH_POOLS)
    checked = 0
    for values in itertools.product(*AUTH_POOLS.values()):
        facts = dict(zip(names, values, strict=True))
        evaluation = engine.evaluate(facts, ON, EVERYWHERE)
        assert not evaluation.conflicts, (facts, evaluation.conflicts)
        applied = [r for r in evaluation.runs if r.status == "applies"]
        conclusions = {r.result.conclusion for r in applied}
        assert len(conclusions) <= 1, facts
        checked += 1
    assert checked > 10000


def test_an_authorisation_overrides_a_failed_one():
    deciding = [r for r in RULES if r.decides == "use_authorised"]
    engine = Engine(deciding, PARAMS)
    facts = {
        "acquisition.source": "press_kit",
        "acquisition.press_kit_terms": "editorial_only",
        "use.purpose": "advertising",
        "acquisition.licence.held": True,
        "acquisition.licence.covers_use": True,
    }
    runs = {r.rule.id: r for r in engine.evaluate(facts, ON, EVERYWHERE).runs}
    assert runs["GEN-ORIGIN-01"].status == "applies"
    assert runs["GEN-ORIGIN-07"].status == "overridden"
    assert runs["GEN-ORIGIN-07"].overridden_by == "GEN-ORIGIN-01"


# --- Restrictions ---------------------------------------------------------------------


def test_watermark_removal_tri_state():
    assert isinstance(run("GEN-NOTICE-01"), NotApplicable)
    visible = dict(acquisition__visible_at_retrieval__watermark=True)
    assert is_undetermined(run("GEN-NOTICE-01", **visible), "acquisition.watermark_removed")
    assert is_undetermined(run("US-NOTICE-01", **visible), "acquisition.watermark_removed")
    removed = run("GEN-NOTICE-01", acquisition__watermark_removed=True)
    assert isinstance(removed, Applies) and "watermark" in removed.values["removed_en"]
    both = run(
        "GEN-NOTICE-01", acquisition__watermark_removed=True, acquisition__metadata_stripped=True
    )
    assert " and " in both.values["removed_en"]
    assert isinstance(
        run("GEN-NOTICE-01", acquisition__watermark_removed=False, **visible), NotApplicable
    )


def test_good_faith_needs_every_visible_restriction_known():
    free = dict(acquisition__source_presented_as_free=True)
    assert is_undetermined(
        run("GEN-NOTICE-02", **free),
        "acquisition.visible_at_retrieval.watermark",
        "acquisition.visible_at_retrieval.copyright_notice",
        "acquisition.visible_at_retrieval.licence_terms",
    )
    clean = dict(
        acquisition__visible_at_retrieval__watermark=False,
        acquisition__visible_at_retrieval__copyright_notice=False,
        acquisition__visible_at_retrieval__licence_terms=False,
    )
    assert isinstance(run("GEN-NOTICE-02", **free, **clean), Applies)
    assert is_undetermined(run("GEN-NOTICE-02", **clean), "acquisition.source_presented_as_free")
    assert isinstance(
        run("GEN-NOTICE-02", acquisition__source_presented_as_free=False, **clean), NotApplicable
    )
    # The image came with terms of its own (stock licence): good faith is not the question.
    assert isinstance(
        run("GEN-NOTICE-02", acquisition__source="stock_licence", **free, **clean), NotApplicable
    )


def test_us_innocent_infringer():
    notice = run("US-NOTICE-02", acquisition__visible_at_retrieval__copyright_notice=True)
    assert variant(notice) == "barred"
    clean = dict(
        acquisition__source_presented_as_free=True,
        acquisition__visible_at_retrieval__watermark=False,
        acquisition__visible_at_retrieval__copyright_notice=False,
        acquisition__visible_at_retrieval__licence_terms=False,
    )
    assert variant(run("US-NOTICE-02", **clean)) == "available"


def test_visible_restrictions():
    assert is_undetermined(
        run("GEN-NOTICE-04"),
        "acquisition.visible_at_retrieval.watermark",
        "acquisition.visible_at_retrieval.copyright_notice",
        "acquisition.visible_at_retrieval.licence_terms",
    )
    # One restriction seen is enough, whatever the others.
    seen = run("GEN-NOTICE-04", acquisition__visible_at_retrieval__licence_terms=True)
    assert isinstance(seen, Applies) and seen.values["shown_en"] == "licence terms"


def test_metadata_is_asked_only_against_a_good_faith_plea():
    assert isinstance(run("GEN-NOTICE-03"), NotApplicable)
    assert is_undetermined(
        run("GEN-NOTICE-03", acquisition__source_presented_as_free=True),
        "acquisition.visible_at_retrieval.metadata_copyright",
    )
    assert isinstance(
        run("GEN-NOTICE-03", acquisition__visible_at_retrieval__metadata_copyright=True), Applies
    )


# --- Context --------------------------------------------------------------------------


def test_de_private_person_cap():
    assert is_undetermined(run("DE-CONTEXT-01"), "respondent.kind")
    private = dict(respondent__kind="individual")
    assert is_undetermined(run("DE-CONTEXT-01", **private), "use.purpose", "use.monetised")
    assert isinstance(
        run("DE-CONTEXT-01", use__purpose="personal", use__monetised=False, **private), Applies
    )
    # A known commercial use decides without the unknown facts.
    assert isinstance(run("DE-CONTEXT-01", use__monetised=True, **private), NotApplicable)
    assert isinstance(run("DE-CONTEXT-01", use__site_kind="online_shop", **private), NotApplicable)
    assert isinstance(run("DE-CONTEXT-01", respondent__kind="sole_trader"), NotApplicable)


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        ({"use__audience_monthly": 999, "use__placement": "hero"}, "applies"),
        ({"use__audience_monthly": 1000, "use__placement": "hero"}, "not_applicable"),
        ({"use__audience_monthly": 50000, "use__placement": "thumbnail"}, "applies"),
        ({"use__audience_monthly": 50000}, "undetermined"),
        ({"use__placement": "hero"}, "undetermined"),
        (
            {"use__first_used_on": date(2026, 1, 1), "use__removed_on": date(2026, 1, 31)},
            "applies",
        ),
        (
            {
                "use__first_used_on": date(2026, 1, 1),
                "use__removed_on": date(2026, 2, 1),
                "use__audience_monthly": 50000,
                "use__placement": "hero",
            },
            "not_applicable",
        ),
    ],
)
def test_low_visibility(facts, expected):
    result = run("GEN-CONTEXT-02", **facts)
    status = {Applies: "applies", NotApplicable: "not_applicable", Undetermined: "undetermined"}
    assert status[type(result)] == expected


def test_editorial_use():
    assert is_undetermined(run("GEN-CONTEXT-03"), "use.purpose")
    assert is_undetermined(run("GEN-CONTEXT-03", use__purpose="editorial"), "use.monetised")
    assert isinstance(run("GEN-CONTEXT-03", use__purpose="decorative"), NotApplicable)
    editorial = dict(use__purpose="editorial", use__monetised=False)
    assert variant(run("GEN-CONTEXT-03", **editorial)) == "default"
    assert variant(run("GEN-CONTEXT-03", respondent__kind="company", **editorial)) == "business"
    assert isinstance(
        run("GEN-CONTEXT-03", use__purpose="editorial", use__monetised=True), NotApplicable
    )


def test_amateur_photo():
    assert is_undetermined(run("DE-CONTEXT-02"), "work.professional")
    assert isinstance(run("DE-CONTEXT-02", work__simple_photo=True), Applies)
    assert isinstance(run("DE-CONTEXT-02", work__professional=False), Applies)
    assert isinstance(
        run("DE-CONTEXT-02", work__professional=True, work__simple_photo=False), NotApplicable
    )
    mfm = run("DE-CONTEXT-02", work__professional=False, letter__calculation_basis="mfm")
    assert "MFM" in mfm.values["mfm_en"]


def test_fr_minimal_harm():
    assert is_undetermined(run("FR-CONTEXT-01"), "use.monetised", "use.audience_monthly")
    assert isinstance(run("FR-CONTEXT-01", use__monetised=True), NotApplicable)
    assert isinstance(run("FR-CONTEXT-01", use__audience_monthly=5000), NotApplicable)
    assert isinstance(
        run("FR-CONTEXT-01", use__monetised=False, use__audience_monthly=200), Applies
    )


def test_earlier_notice():
    assert isinstance(run("GEN-CONTEXT-04"), NotApplicable)
    assert is_undetermined(
        run("GEN-CONTEXT-04", use__uploaded_by_third_party=True), "use.notified_before"
    )
    assert is_undetermined(
        run("GEN-CONTEXT-04", use__notified_before=True), "use.removed_promptly_on_notice"
    )
    assert isinstance(
        run("GEN-CONTEXT-04", use__notified_before=True, use__removed_promptly_on_notice=False),
        Applies,
    )


# --- Originality and term -----------------------------------------------------------


def test_fr_originality():
    assert is_undetermined(run("FR-ORIG-01"), "work.originality_explained")
    assert isinstance(run("FR-ORIG-01", work__originality_explained=True), NotApplicable)
    assert variant(run("FR-ORIG-01", work__originality_explained=False)) == "default"
    product = run("FR-ORIG-01", work__originality_explained=False, work__kind="product")
    assert variant(product) == "utilitarian"


def test_de_and_uk_originality_are_information_only():
    for rule_id in ("DE-ORIG-01", "UK-ORIG-01"):
        spec = registry.get(rule_id)
        assert spec.role == "info"
        assert {v.outcome for v in spec.variants.values()} == {"neutral"}
        assert isinstance(run(rule_id, work__originality_explained=True), NotApplicable)
        assert isinstance(run(rule_id), Applies)


@pytest.mark.parametrize(
    ("died", "first_used", "expected"),
    [
        (date(1955, 12, 31), date(2026, 1, 1), "expired"),  # free from 2026-01-01
        (date(1955, 12, 31), date(2025, 12, 31), "expired_during_use"),
        (date(1956, 1, 1), date(2026, 1, 1), None),  # protected to the end of 2026
    ],
)
def test_public_domain_term_boundaries(died, first_used, expected):
    result = run(
        "GEN-ORIG-02",
        work__created_on=date(1950, 1, 1),
        work__author_died_on=died,
        use__first_used_on=first_used,
    )
    assert variant(result) == expected
    if expected is None:
        assert isinstance(result, NotApplicable)


def test_public_domain_needs_the_dates_it_uses():
    # No date of the photo: nothing suggests age; the death date is not even looked at.
    assert isinstance(run("GEN-ORIG-02"), NotApplicable)
    assert "work.author_died_on" not in _reads("GEN-ORIG-02")
    # A recent photo cannot be in the public domain, whoever took it.
    assert isinstance(run("GEN-ORIG-02", work__created_on=date(1990, 1, 1)), NotApplicable)
    old = dict(work__created_on=date(1930, 1, 1))
    assert is_undetermined(run("GEN-ORIG-02", **old), "work.author_died_on")
    expired = dict(work__author_died_on=date(1940, 1, 1), **old)
    assert is_undetermined(run("GEN-ORIG-02", **expired), "use.first_used_on")
    # A simple photo's term is national (DE § 72(3)), not 70 years after death.
    assert isinstance(run("GEN-ORIG-02", work__simple_photo=True, **expired), NotApplicable)


def _reads(rule_id: str, **facts: Any) -> dict[str, Any]:
    spec = registry.get(rule_id)
    view = FactView({k.replace("__", "."): v for k, v in facts.items()}, spec.reads, spec.id)
    spec.func(view, ParamView(PARAMS, spec.params, spec.id, ON))
    return view.read


@pytest.mark.parametrize(
    ("facts", "expected"),
    [
        (
            {
                "work__simple_photo": True,
                "work__published_on": date(1975, 6, 1),
                "use__first_used_on": date(2026, 2, 1),
            },
            "expired",
        ),
        (
            {
                "work__simple_photo": True,
                "work__published_on": date(1975, 6, 1),
                "use__first_used_on": date(2025, 2, 1),
            },
            "expired_during_use",
        ),
        (
            {
                "work__simple_photo": True,
                "work__published_on": date(1976, 1, 1),
                "use__first_used_on": date(2026, 2, 1),
            },
            "not_applicable",
        ),
        ({"work__simple_photo": False, "work__published_on": date(1950, 1, 1)}, "not_applicable"),
        ({"work__published_on": date(1960, 1, 1)}, "undetermined:work.simple_photo"),
        (
            {"work__simple_photo": True, "work__created_on": date(1960, 1, 1)},
            "undetermined:work.published_on",
        ),
        ({"work__simple_photo": True, "work__created_on": date(1980, 1, 1)}, "not_applicable"),
        ({"work__simple_photo": True}, "not_applicable"),
    ],
)
def test_lichtbild_term(facts, expected):
    result = run("DE-ORIG-02", **facts)
    if expected.startswith("undetermined:"):
        assert is_undetermined(result, expected.split(":")[1])
    elif expected == "not_applicable":
        assert isinstance(result, NotApplicable)
    else:
        assert variant(result) == expected


# --- Proof of use ---------------------------------------------------------------------


def test_proof_tri_state():
    assert is_undetermined(run("GEN-PROOF-01"), "letter.evidence_of_use")
    assert is_undetermined(run("FR-PROOF-01"), "letter.evidence_of_use")
    assert isinstance(run("GEN-PROOF-03"), NotApplicable)
    assert isinstance(run("GEN-PROOF-01", letter__evidence_of_use=[]), Applies)
    assert isinstance(run("FR-PROOF-01", letter__evidence_of_use=[]), NotApplicable)


EVIDENCE = ["screenshot", "timestamped_capture", "bailiff_report", "web_archive", "tracking_report"]


def test_use_proven_rules_never_conflict():
    deciding = [r for r in RULES if r.decides == "use_proven"]
    engine = Engine(deciding, PARAMS)
    for size in range(len(EVIDENCE) + 1):
        for evidence in itertools.combinations(EVIDENCE, size):
            evaluation = engine.evaluate({"letter.evidence_of_use": list(evidence)}, ON, EVERYWHERE)
            assert not evaluation.conflicts, evidence
            applied = [r.rule.id for r in evaluation.runs if r.status == "applies"]
            assert len(applied) == 1, (evidence, applied)


def test_independent_capture_variants():
    assert variant(run("GEN-PROOF-03", letter__evidence_of_use=["web_archive"])) == ("third_party")
    assert (
        variant(
            run("GEN-PROOF-03", letter__evidence_of_use=["timestamped_capture", "bailiff_report"])
        )
        == "bailiff"
    )
    assert isinstance(run("DE-PROOF-02", letter__evidence_of_use=["web_archive"]), NotApplicable)
    assert isinstance(run("DE-PROOF-02", letter__evidence_of_use=["screenshot"]), Applies)


# --- Jurisdiction and texts -----------------------------------------------------------


def test_country_rules_stay_in_their_country():
    rb = load()
    facts = {
        "acquisition.source": "creative_commons",
        "acquisition.creative_commons.commercial_allowed": True,
        "acquisition.creative_commons.attribution_required": True,
        "use.attribution_shown": False,
    }
    fr = rb.engine.run_rule(rb.rule("DE-CC-01"), facts, ON, frozenset({"ALL", "EU", "FR"}))
    assert fr.status == "out_of_jurisdiction"
    de = rb.engine.run_rule(rb.rule("DE-CC-01"), facts, ON, frozenset({"ALL", "EU", "DE"}))
    assert de.status == "applies"
    us = rb.engine.run_rule(rb.rule("GEN-ORIG-02"), {}, ON, frozenset({"ALL", "US"}))
    assert us.status == "out_of_jurisdiction"


def test_texts_render_with_the_values_each_rule_gives():
    """Every variant a scenario can reach renders without a missing placeholder: each rule
    is run on a fact set that reaches each of its variants."""
    reachable = {
        ("GEN-ORIGIN-06", "expired"): dict(
            acquisition__licence__held=True,
            acquisition__licence__valid_until=date(2020, 1, 1),
            use__detected_on=date(2021, 1, 1),
        ),
        ("GEN-ORIG-02", "expired_during_use"): dict(
            work__created_on=date(1950, 1, 1),
            work__author_died_on=date(1955, 1, 1),
            use__first_used_on=date(2020, 1, 1),
        ),
        ("DE-ORIG-02", "expired_during_use"): dict(
            work__simple_photo=True,
            work__published_on=date(1960, 1, 1),
            use__first_used_on=date(2000, 1, 1),
        ),
    }
    for (rule_id, name), facts in reachable.items():
        result = run(rule_id, **facts)
        assert variant(result) == name
        spec = registry.get(rule_id)
        for text in (spec.variants[name].summary, spec.variants[name].explanation):
            rendered = text.render(result.values)
            assert "{" not in rendered["fr"] and "{" not in rendered["en"]
