"""Defects found by the held-out cases 37-46 (tests/scenarios/lawyer/l-37 to l-46): what the
German amount findings say when every day of use is time-barred (l-40)."""

from __future__ import annotations

from typing import Any

from tests.rulebook.test_heldout_fixes import assess

# A German company's use ended in June 2021 and was known then; a lawyer's Abmahnung of
# October 2026 claims a licence, a 100% surcharge and the warning's fees.
BARRED = {
    "respondent": {"kind": "company", "size": "small", "country": "DE"},
    "letter": {
        "agency": "law_firm",
        "agency_name": "Kanzlei Berger",
        "sent_by_lawyer": True,
        "injured_party_named": True,
        "rights_holder": "Jonas Weber",
        "photographer": "Jonas Weber",
        "asserted_law": "DE",
        "undertaking_demanded": True,
        "undertaking_broader_than_infringement": False,
        "licence_offer": None,
        "amount_demanded": {"amount": "2545.40", "currency": "EUR"},
        "breakdown": [
            {"kind": "licence_fee", "amount": {"amount": "900.00", "currency": "EUR"}},
            {
                "kind": "surcharge",
                "percent": 100,
                "amount": {"amount": "900.00", "currency": "EUR"},
            },
            {"kind": "legal_fees", "amount": {"amount": "745.40", "currency": "EUR"}},
        ],
    },
    "use": {
        "site_kind": "company_site",
        "purpose": "commercial",
        "first_used_on": "2019-03-01",
        "detected_on": "2021-05-10",
        "removed_on": "2021-06-30",
    },
}


def _finding(result: dict[str, Any], rule_id: str) -> dict[str, Any]:
    return next(f for f in result["findings"] if f["rule_id"] == rule_id)


def test_a_time_barred_surcharge_is_said_to_fall_away_not_to_be_disputed():
    """The amount lists the surcharge as falling away (§ 852 BGB reaches only the licence
    value); DE-AMOUNT-02 says so instead of advising to dispute its rate."""
    result = assess(BARRED)
    assert result["amount"]["residual_only"] is True
    kinds = {w["kind"] for w in result["amount"]["without_basis"]}
    assert "surcharge" in kinds
    surcharge = _finding(result, "DE-AMOUNT-02")
    assert surcharge["variant"] == "time_barred"
    assert "§ 852 BGB" in surcharge["summary"]["en"]
    assert "Dispute the rate" not in surcharge["explanation"]["en"]


def test_the_fees_of_a_warning_on_a_time_barred_claim_are_not_called_above_the_cap():
    """A company's warning has no § 97a(3) cap: the fees are not owed because the claim to
    refrain is time-barred, and the summary says that."""
    fees = _finding(assess(BARRED), "DE-AMOUNT-04")
    assert fees["variant"] == "time_barred"
    assert "cap" not in fees["summary"]["en"]
    assert "745.40" in fees["summary"]["en"]
    assert "plafond" not in fees["summary"]["fr"]


def test_within_the_limitation_period_the_surcharge_is_still_only_disputed():
    """The same claim detected in 2025: damages are not barred, the surcharge is discussed
    on its rate and no fee is said to rest on a time-barred claim."""
    patch = {**BARRED, "use": {**BARRED["use"], "detected_on": "2025-05-10"}}
    result = assess(patch)
    assert result["amount"]["residual_only"] is False
    assert _finding(result, "DE-AMOUNT-02")["variant"] == "not_automatic"
    assert all(
        f["variant"] != "time_barred" for f in result["findings"] if f["rule_id"] == "DE-AMOUNT-04"
    )


def test_a_private_persons_capped_and_barred_fees_are_summed():
    """A private blogger, every day barred: the excess over the § 97a(3) cap and the rest of
    the fees are both not owed, and DE-AMOUNT-04 states their total."""
    patch = {
        **BARRED,
        "respondent": {"kind": "individual", "size": "micro", "country": "DE"},
        "use": {**BARRED["use"], "site_kind": "blog", "purpose": "personal", "monetised": False},
    }
    result = assess(patch)
    fees = [w for w in result["amount"]["without_basis"] if w["kind"] == "legal_fees"]
    total = sum(float(w["amount"]) for w in fees)
    finding = _finding(result, "DE-AMOUNT-04")
    assert finding["variant"] == "time_barred"
    assert f"{total:,.2f}" in finding["summary"]["en"]


# A German company's web licence does not cover the 5,000 flyers it also printed (l-44); the
# claim still carries the site's monthly audience and the page's display width.
PRINT = {
    "respondent": {"kind": "company", "size": "medium", "country": "DE"},
    "letter": {
        "agency": "getty",
        "agency_name": "Getty Images International",
        "rights_holder": "Getty Images",
        "photographer": None,
        "asserted_law": None,
        "licence_offer": None,
        "amount_demanded": {"amount": "1400.00", "currency": "EUR"},
        "breakdown": [{"kind": "licence_fee", "amount": {"amount": "1400.00", "currency": "EUR"}}],
    },
    "title": {"chain_produced": True, "exclusive_rights_shown": True},
    "work": {"kind": "generic_stock", "professional": True},
    "use": {
        "site_kind": "other",
        "purpose": "advertising",
        "medium": "print",
        "audience_monthly": 800,
        "display_width_px": 640,
        "first_used_on": "2026-03-01",
        "removed_on": None,
    },
    "acquisition": {
        "source": "stock_licence",
        "licence": {"held": True, "covers_use": False, "documents_available": True},
    },
}


def test_a_print_use_is_not_priced_by_a_sites_audience():
    """A print run has no monthly audience: the grid leaves the audience and display-size
    factors at 1 and GEN-CONTEXT-02 finds no low visibility in the site's readership."""
    printed = assess(PRINT)
    unknown = assess({**PRINT, "use": {**PRINT["use"], "audience_monthly": None}})
    assert printed["amount"]["reference_fee"] == unknown["amount"]["reference_fee"]
    assert "GEN-CONTEXT-02" not in {f["rule_id"] for f in printed["findings"]}
    factors = {step["name"]: step for step in printed["amount"]["trace"]}
    assert float(factors["audience"]["factor"]) == 1
    assert "Print use" in factors["audience"]["effect"]["en"]
    assert float(factors["display_size"]["factor"]) == 1


def test_the_same_audience_still_prices_a_web_use():
    """On the web the same small audience still lowers the fee and is a finding."""
    web = assess({**PRINT, "use": {**PRINT["use"], "medium": "web", "site_kind": "company_site"}})
    assert "GEN-CONTEXT-02" in {f["rule_id"] for f in web["findings"]}


def test_a_french_print_use_gets_no_small_audience_finding():
    """FR-CONTEXT-01 reads the page's audience: not for a print run."""
    patch = {
        **PRINT,
        "respondent": {"kind": "company", "size": "medium", "country": "FR"},
        "use": {**PRINT["use"], "monetised": False},
    }
    ids = {f["rule_id"] for f in assess(patch)["findings"]}
    assert "FR-CONTEXT-01" not in ids and "GEN-CONTEXT-02" not in ids
    web = {**patch, "use": {**patch["use"], "medium": "web"}}
    assert "FR-CONTEXT-01" in {f["rule_id"] for f in assess(web)["findings"]}
