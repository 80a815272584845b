"""Defects found by the held-out cases 47-56 (tests/scenarios/lawyer/l-47 to l-56), each
checked both ways: the fix where the case calls for it, the former answer where it does
not."""

from __future__ import annotations

from typing import Any

import yaml

from tests.paths import SCENARIOS
from tests.rulebook.test_heldout_fixes import assess


def _case(prefix: str) -> dict[str, Any]:
    path = next((SCENARIOS / "lawyer").glob(f"{prefix}-*.yaml"))
    return yaml.safe_load(path.read_text(encoding="utf-8"))["patch"]


def _finding(result: dict[str, Any], rule_id: str) -> dict[str, Any] | None:
    return next((f for f in result["findings"] if f["rule_id"] == rule_id), None)


def _with(patch: dict[str, Any], part: str, **values: Any) -> dict[str, Any]:
    return {**patch, part: {**patch.get(part, {}), **values}}


def test_an_expired_licence_prices_only_the_use_after_its_end():
    """l-47: a one-year licence ended on 9 January 2024; only the later use is priced."""
    result = assess(_case("l-47"))
    assert result["amount"]["priced_from"] == "2024-01-10"
    assert result["amount"]["grid"]["days_of_use"] == 1000
    assert _finding(result, "GEN-ORIGIN-06")["variant"] == "expired"


def test_a_licence_without_an_end_or_not_covering_the_use_changes_nothing():
    patch = _case("l-47")
    for licence in (
        {"held": False, "valid_until": "2024-01-09"},
        {"held": True, "covers_use": False, "valid_until": "2024-01-09"},
    ):
        changed = _with(
            patch, "acquisition", licence={**patch["acquisition"]["licence"], **licence}
        )
        assert assess(changed)["amount"]["priced_from"] is None, licence


def test_an_image_kept_online_years_after_an_earlier_notice_is_decided_from_the_dates():
    """l-56: noticed in June 2020, removed in October 2026: not removed promptly (the
    question stays offered, a stated answer overriding the dates, as for the hosting
    exemption)."""
    assert _finding(assess(_case("l-56")), "GEN-CONTEXT-04")["outcome"] == "favours_claimant"


def test_a_removal_within_days_of_the_earlier_notice_is_prompt():
    patch = _with(_case("l-56"), "use", notified_on="2026-10-04")
    assert _finding(assess(patch), "GEN-CONTEXT-04") is None
    unknown = _with(_case("l-56"), "use", notified_on=None)
    assert _finding(assess(unknown), "GEN-CONTEXT-04")["outcome"] == "undetermined"


def test_a_shop_whose_hosting_of_user_content_is_unknown_is_asked_not_held_liable():
    """l-49 without the answer: the shop may host its customers' pictures; GEN-ORIGIN-03
    does not say the client remains liable while that is unknown."""
    patch = _with(_case("l-49"), "use", platform_hosts_user_content=None)
    result = assess(patch)
    assert _finding(result, "GEN-ORIGIN-03")["outcome"] == "undetermined"
    assert "use.platform_hosts_user_content" in {q["fact"] for q in result["questions"]}
    stated = assess(_with(patch, "use", platform_hosts_user_content=False))
    assert _finding(stated, "GEN-ORIGIN-03")["variant"] == "third_party_upload"


def test_the_hosting_exemption_names_the_french_sren_law_to_a_french_client_only():
    dutch = _finding(assess(_case("l-49")), "EU-HOST-01")
    assert "SREN" not in dutch["explanation"]["en"] + dutch["explanation"]["fr"]
    assert "every Member State" in dutch["explanation"]["en"]
    french_patch = _with(_case("l-49"), "respondent", country="FR")
    french_patch = _with(french_patch, "use", targeted_countries=["FR"])
    french = _finding(assess(french_patch), "EU-HOST-01")
    assert "loi SREN du 21 mai 2024" in french["explanation"]["fr"]


def test_the_news_exception_claimed_for_an_illustration_is_answered():
    """l-52: a portrait illustrating an article on another subject is not reported on."""
    assert _finding(assess(_case("l-52")), "FR-EXC-03")["variant"] == "illustration"
    discussed = _with(_case("l-52"), "use", work_discussed=True)
    assert _finding(assess(discussed), "FR-EXC-03") is None
    unknown = _with(_case("l-52"), "use", work_discussed=None)
    assert _finding(assess(unknown), "FR-EXC-03")["outcome"] == "undetermined"


def test_a_lawyers_undertaking_demand_under_an_uncovered_law_is_answered_in_time():
    """l-55: Austrian law; the pressure-tactic advice is not given for it."""
    finding = _finding(assess(_case("l-55")), "GEN-LETTER-01")
    assert finding["variant"] == "undertaking_uncovered_law"
    assert "without letting the claimant set the timetable" not in finding["summary"]["en"]
    agency = _with(_case("l-55"), "letter", sent_by_lawyer=False, agency="copytrack")
    agency = _with(agency, "letter", undertaking_demanded=False)
    assert _finding(assess(agency), "GEN-LETTER-01")["variant"] == "short_deadline"


def test_a_credit_without_the_licence_notice_breaks_the_attribution_clause():
    """l-53: the author named, the CC BY 4.0 licence neither named nor linked."""
    result = assess(_case("l-53"))
    assert _finding(result, "GEN-CC-01") is None
    assert "name and link the licence" in _finding(result, "GEN-CC-04")["summary"]["en"]
    assert _finding(result, "DE-CC-01")["outcome"] == "favours_client"


def test_a_credit_with_the_licence_notice_unknown_or_shown_is_within_the_licence():
    for shown in (None, True):
        patch = _with(_case("l-53"), "use", licence_notice_shown=shown)
        result = assess(patch)
        assert _finding(result, "GEN-CC-01") is not None, shown
        assert _finding(result, "GEN-CC-02") is None, shown
