"""The amount derivation (``derived.amount``): the reference fee and its trace, market
evidence, currency conversion, what has no legal basis, the range and the counter-offer.
The invariants over generated claims are in test_amounts_properties.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from app.rulebook import load
from app.rulebook.amounts.factors import days_of_use, duration_factor, years_begun
from app.rulebook.amounts.grid import image_tier, use_kind
from tests.rulebook.helpers import amount, derive, example


def D(value) -> Decimal:
    return Decimal(str(value))


def money(value, currency="EUR") -> dict:
    return {"amount": f"{Decimal(value):.2f}", "currency": currency}


# --- the example claim ---------------------------------------------------------------


def test_example_reference_fee_is_the_agencys_own_offer():
    a = amount(example())
    assert a["currency"] == "EUR"
    assert a["demanded"] == "1200.00"
    assert a["reference_fee"] == "389.59"
    assert a["reference_basis"] == "agency_offer"
    assert a["ratio"] == "3.08"
    assert 2.5 <= float(a["ratio"]) <= 3.5


def test_example_grid_alone_lands_near_the_offer():
    claim = example()
    claim["letter"]["licence_offer"] = None
    a = amount(claim)
    assert a["reference_basis"] == "grid"
    assert a["reference_fee"] == "400.00"
    assert abs(D(a["reference_fee"]) - D("389.59")) < D("50")


def test_example_processing_fee_has_no_basis_in_france():
    a = amount(example())
    assert [(w["kind"], w["amount"]) for w in a["without_basis"]] == [("processing_fee", "300.00")]
    item = a["without_basis"][0]
    assert {"fr-cpi-l331-1-3", "fr-cpce-l111-8", "fr-cpc-700"} <= set(item["citations"])
    assert item["reason"]["fr"] and item["reason"]["en"]
    assert a["recoverable"] == "900.00"


def test_example_counter_offer_and_range():
    a = amount(example())
    assert a["counter_offer"]["amount"] == "389.59"
    rationale = a["counter_offer"]["rationale"]
    assert "EUR\u00a0389.59" in rationale["en"]
    assert "processing fee (EUR\u00a0300.00)" in rationale["en"]
    assert "frais de traitement (300,00\u00a0€)" in rationale["fr"]
    assert a["fair_range"]["low"] == "292.19"
    assert a["fair_range"]["high"] == "584.39"


def test_example_trace_says_market_evidence_beats_the_grid():
    a = amount(example())
    first = a["trace"][0]
    assert first["name"] == "market_evidence" and first["applied"] is True
    assert "instead of the grid" in first["effect"]["en"]
    grid = [e for e in a["trace"] if e["name"] != "market_evidence"]
    assert grid and all(e["applied"] is False for e in grid)
    names = [e["name"] for e in grid]
    assert names == ["base_fee", "duration", "placement", "display_size", "audience", "respondent"]
    base = grid[0]
    assert base["parameter"] == "fees.base.web_editorial.premium"
    assert base["estimate"] is True and base["basis"] == "calibrated_estimate"
    assert base["in_force_from"] == "2015-01-01" and base["source"]["title"]
    assert all(e["estimate"] is not None for e in grid)


def test_example_traces_parameter_reads():
    facts = derive(example())
    names = {r["name"] for r in facts["derived.params"]["amount"]}
    assert "fees.base.web_editorial.premium" in names
    assert "fees.factors.audience" in names


# --- the grid ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("purpose", "site", "placement", "medium", "kind"),
    [
        ("editorial", "blog", "article_body", None, "web_editorial"),
        ("commercial", "company_site", "hero", None, "web_commercial"),
        ("decorative", "company_site", "background", None, "web_commercial"),
        ("decorative", "blog", "background", None, "web_editorial"),
        ("advertising", "social_media", "social_post", None, "advertising"),
        ("editorial", "social_media", "social_post", None, "social_media"),
        ("commercial", "online_shop", "product_page", None, "online_shop"),
        ("editorial", "news_site", "article_body", "print", "print"),
        (None, None, None, None, "web_editorial"),
    ],
)
def test_kind_of_use(purpose, site, placement, medium, kind):
    assert use_kind(purpose, site, placement, medium) == kind


def test_tier_of_image():
    assert image_tier("fashion", True, None) == ("premium", False)
    assert image_tier("celebrity", None, None) == ("premium", False)
    assert image_tier("generic_stock", True, None) == ("generic", False)
    assert image_tier("fashion", False, None) == ("generic", False)
    assert image_tier("portrait", True, True) == ("generic", False)
    assert image_tier("news", True, None) == ("professional", False)
    assert image_tier(None, None, None) == ("professional", True)


def test_duration_steps():
    short = [
        {"up_to_days": 31, "factor": 0.35},
        {"up_to_days": 92, "factor": 0.5},
        {"up_to_days": 183, "factor": 0.75},
        {"up_to_days": 366, "factor": 1.0},
    ]
    assert duration_factor(1, short, 0.5)[0] == D("0.35")
    assert duration_factor(92, short, 0.5)[0] == D("0.5")
    assert duration_factor(366, short, 0.5)[0] == D("1.0")
    assert duration_factor(367, short, 0.5, years=2)[0] == D("1.5")
    assert duration_factor(1302, short, 0.5, years=4)[0] == D("2.5")


def test_years_of_use_are_counted_on_the_calendar():
    # Exactly N years is N years; one day more begins the next (legal review follow-up:
    # both end days were counted, so five years became "six years begun").
    assert years_begun(date(2021, 11, 28), date(2026, 11, 28)) == 5
    assert years_begun(date(2021, 11, 28), date(2026, 11, 29)) == 6
    assert years_begun(date(2024, 1, 1), date(2025, 1, 1)) == 1  # a leap year is one year
    assert years_begun(date(2024, 2, 29), date(2025, 2, 28)) == 1
    assert years_begun(date(2025, 1, 1), date(2025, 1, 1)) == 1
    assert days_of_use(date(2021, 11, 28), date(2026, 11, 28)) == 1826
    assert days_of_use(date(2025, 1, 1), date(2025, 1, 1)) == 1


def test_unknown_duration_and_audience_are_said_in_the_trace():
    claim = example()
    claim["letter"]["licence_offer"] = None
    claim["use"]["first_used_on"] = None
    claim["use"]["audience_monthly"] = None
    a = amount(claim)
    effects = {e["name"]: e["effect"]["en"] for e in a["trace"]}
    assert "one year assumed" in effects["duration"]
    assert "standard audience assumed" in effects["audience"]


def test_several_images_multiply_the_grid_fee():
    claim = example()
    claim["letter"]["licence_offer"] = None
    claim["use"]["number_of_images"] = 3
    a = amount(claim)
    assert a["reference_fee"] == "1200.00"
    assert a["trace"][-1]["name"] == "number_of_images"


def test_base_fee_parameters_say_what_they_are():
    rb = load()
    for name, param in rb.params.items():
        if not name.startswith("fees.base."):
            continue
        meta = param.metadata
        assert meta["basis"] in {
            "published_price",
            "court_award",
            "calibrated_estimate",
            "anecdotal_price",
        }, name
        assert meta["estimate"] is (meta["basis"] in ("calibrated_estimate", "anecdotal_price"))
        for dated in param.values:
            assert dated.value["currency"] == meta["unit"], name
            assert dated.reference["title"], name


def test_commercial_kinds_never_cost_less_than_editorial():
    rb = load()
    on = date(2026, 6, 30)
    gbp = D(rb.params["fx.eur_gbp"].at(on).value)

    def eur(name):
        value = rb.params[name].at(on).value
        rate = gbp if value["currency"] == "GBP" else 1
        return D(value["amount"]) / rate

    for tier in ("generic", "professional", "premium"):
        assert eur(f"fees.base.web_commercial.{tier}") >= eur(f"fees.base.web_editorial.{tier}")
        for kind in ("web_editorial", "web_commercial", "social_media", "online_shop", "print"):
            assert eur(f"fees.base.advertising.{tier}") >= eur(f"fees.base.{kind}.{tier}")


# --- market evidence and currencies -------------------------------------------------


def uk_claim(**letter) -> dict:
    claim = example()
    claim["respondent"].update(country="GB", size="small")
    claim["letter"].update(
        agency="picrights",
        licence_offer=None,
        asserted_law=None,
        amount_demanded=money(850, "GBP"),
        breakdown=[{"kind": "licence_fee", "amount": money(850, "GBP")}],
        **letter,
    )
    return claim


def test_grid_in_euros_is_converted_to_the_letters_pounds():
    a = amount(uk_claim())
    assert a["currency"] == "GBP" and a["reference_basis"] == "grid"
    fx = [e for e in a["trace"] if e["name"] == "exchange_rate"]
    assert len(fx) == 1 and fx[0]["parameter"] == "fx.eur_gbp"
    assert fx[0]["in_force_from"] == "2025-01-02" and fx[0]["factor"] == "0.8294"
    assert a["reference_fee"] == "373.23"  # 450 EUR (small company: x 0.9) x 0.8294


def test_no_rate_no_reference_and_it_says_why():
    claim = example()
    claim["letter"].update(licence_offer=None, amount_demanded=money(1000, "CHF"), breakdown=None)
    a = amount(claim)
    assert a["reference_fee"] is None and a["ratio"] is None
    assert "exchange rate" in a["grid"]["missing"]
    assert a["counter_offer"]["amount"] is None
    assert "No reference fee" in a["counter_offer"]["rationale"]["en"]


def test_lowest_agency_offer_is_the_reference():
    claim = example()
    claim["market_evidence"] = [
        {"kind": "agency_offer", "price": money(350), "description": "damages option"},
        {
            "kind": "agency_offer",
            "price": money(200),
            "covers_use": False,
            "description": "another use",
        },
    ]
    a = amount(claim)
    assert a["reference_fee"] == "350.00"
    used = [s for s in a["sources"] if s["used"]]
    assert len(used) == 1 and used[0]["description"] == "damages option"


def test_price_for_an_unknown_use_is_listed_but_not_used():
    claim = example()
    claim["letter"]["licence_offer"] = None
    claim["market_evidence"] = [{"kind": "quote", "price": money(50)}]
    a = amount(claim)
    assert a["reference_basis"] == "grid"
    assert a["sources"][0]["used"] is False
    assert "covers_use" in a["sources"][0]["note"]["en"]


def test_quote_is_scaled_by_duration_but_stock_price_is_not():
    claim = example()
    claim["letter"]["licence_offer"] = None
    claim["market_evidence"] = [{"kind": "quote", "price": money(100), "covers_use": True}]
    assert amount(claim)["reference_fee"] == "250.00"  # 100 x 2.5 (four years begun)
    claim["market_evidence"] = [{"kind": "stock_price", "price": money(100), "covers_use": True}]
    assert amount(claim)["reference_fee"] == "100.00"


def test_median_of_documented_prices():
    claim = example()
    claim["letter"]["licence_offer"] = None
    claim["market_evidence"] = [
        {"kind": "stock_price", "price": money(p), "covers_use": True} for p in (30, 90, 60)
    ]
    assert amount(claim)["reference_fee"] == "60.00"


def test_court_award_is_a_benchmark_only():
    claim = example()
    claim["letter"]["licence_offer"] = None
    claim["market_evidence"] = [{"kind": "court_award", "price": money(100), "covers_use": True}]
    a = amount(claim)
    assert a["reference_basis"] == "grid" and a["sources"][0]["used"] is False


def test_wrong_tier_when_the_demand_matches_another_uses_price():
    claim = uk_claim()
    claim["market_evidence"] = [
        {
            "kind": "price_list",
            "price": money(125, "GBP"),
            "covers_use": True,
            "description": "Commercial Blog",
        },
        {
            "kind": "price_list",
            "price": money(850, "GBP"),
            "covers_use": False,
            "description": "Corporate and Promotional",
        },
    ]
    claim["use"]["first_used_on"] = "2025-11-10"
    a = amount(claim)
    assert a["reference_fee"] == "125.00" and a["ratio"] == "6.80"
    assert a["tier_check"]["other_use_price"]["description"] == "Corporate and Promotional"


# --- what the law lets the claimant recover -----------------------------------------


def de_private_claim(legal_fees: str, letter_date: str = "2026-10-02") -> dict:
    claim = example()
    claim["respondent"].update(kind="individual", size=None, country="DE")
    claim["use"].update(purpose="personal", monetised=False, site_kind="personal_site")
    claim["letter"].update(
        agency="law_firm",
        licence_offer=None,
        sent_by_lawyer=True,
        letter_date=letter_date,
        amount_demanded=money(D(900) + D(legal_fees)),
        breakdown=[
            {"kind": "licence_fee", "amount": money(450)},
            {"kind": "surcharge", "amount": money(450), "percent": 100},
            {"kind": "legal_fees", "amount": money(legal_fees)},
        ],
    )
    return claim


def test_german_private_warning_fees_capped_on_the_2025_table():
    a = amount(de_private_claim("558.20"))
    fees = [w for w in a["without_basis"] if w["kind"] == "legal_fees"]
    # value 1,000 + 900 damages -> band 2,000: 1.3 x 176 + 20 = 248.80 EUR
    assert fees[0]["amount"] == "309.40"
    assert "248.80" in fees[0]["reason"]["en"]


def test_german_private_warning_fees_capped_on_the_2021_table():
    a = amount(de_private_claim("558.20", letter_date="2024-03-01"))
    fees = [w for w in a["without_basis"] if w["kind"] == "legal_fees"]
    assert fees[0]["amount"] == "322.40"  # cap 1.3 x 166 + 20 = 235.80


def test_german_cap_needs_a_non_commercial_private_person():
    claim = de_private_claim("558.20")
    claim["use"]["monetised"] = None
    assert not [w for w in amount(claim)["without_basis"] if w["kind"] == "legal_fees"]
    claim["use"]["monetised"] = False
    claim["respondent"]["kind"] = "company"
    assert not [w for w in amount(claim)["without_basis"] if w["kind"] == "legal_fees"]


def test_german_surcharge_above_one_hundred_percent():
    claim = example()
    claim["respondent"]["country"] = "DE"
    claim["letter"].update(
        licence_offer=None,
        amount_demanded=money(750),
        breakdown=[
            {"kind": "licence_fee", "amount": money(300)},
            {"kind": "surcharge", "amount": money(450), "percent": 150},
        ],
    )
    a = amount(claim)
    assert [(w["kind"], w["amount"]) for w in a["without_basis"]] == [("surcharge", "150.00")]
    assert a["fair_range"]["high"] == str(D(a["reference_fee"]) * 2)


def test_us_statutory_block_and_attorney_fees():
    claim = example()
    claim["respondent"]["country"] = "US"
    claim["title"]["us_registration"] = {"registered": False, "effective_date": None}
    claim["letter"].update(
        licence_offer=None,
        asserted_law=None,
        amount_demanded=money(3000, "USD"),
        breakdown=[
            {"kind": "damages", "amount": money(2000, "USD")},
            {"kind": "legal_fees", "amount": money(1000, "USD")},
        ],
    )
    claim["acquisition"]["metadata_stripped"] = True
    a = amount(claim)
    assert a["statutory"]["available"] is False
    assert a["statutory"]["statutory_min"] == "750.00"
    assert a["statutory"]["wilful_max"] == "150000.00"
    assert [(w["kind"], w["amount"]) for w in a["without_basis"]] == [("legal_fees", "1000.00")]
    assert a["cmi"] == {"exposure": True, "currency": "USD", "min": "2500.00", "max": "25000.00"}
    assert any(e["name"] == "exchange_rate" and e["parameter"] == "fx.eur_usd" for e in a["trace"])


@pytest.mark.parametrize(
    ("effective", "published", "available"),
    [
        ("2023-03-01", None, True),  # before the use began (14 Mar 2023)
        ("2023-04-30", "2023-01-31", True),  # grace ends 30 Apr 2023 (end of month)
        ("2023-05-01", "2023-01-31", False),
        ("2023-05-01", None, None),  # publication unknown
    ],
)
def test_us_registration_timeliness(effective, published, available):
    claim = example()
    claim["respondent"]["country"] = "US"
    claim["title"]["us_registration"] = {"registered": True, "effective_date": effective}
    claim["work"]["published_on"] = published
    assert amount(claim)["statutory"]["available"] is available


def test_time_barred_claim_counter_offer_is_nothing():
    claim = example()
    claim["use"].update(
        first_used_on="2018-01-15", detected_on="2019-06-03", removed_on="2020-06-01"
    )
    a = amount(claim)
    assert a["time_barred"] is True
    assert a["counter_offer"]["amount"] == "0.00"
    assert "time-barred" in a["counter_offer"]["rationale"]["en"]


def test_french_partly_barred_claim_prices_only_the_open_period():
    """Legal review, defect 2: the amount is kept for the period still open."""
    claim = example()
    claim["use"].update(first_used_on="2018-01-15", detected_on="2019-06-03")
    a = amount(claim)
    assert a["time_barred"] is False and a["priced_from"] is not None
    assert a["counter_offer"]["amount"] not in (None, "0.00")


def test_german_damages_barred_but_enrichment_remains():
    claim = example()
    claim["respondent"]["country"] = "DE"
    claim["letter"].update(
        licence_offer=None,
        amount_demanded=money(900),
        breakdown=[
            {"kind": "licence_fee", "amount": money(450)},
            {"kind": "surcharge", "amount": money(450), "percent": 100},
        ],
    )
    claim["use"].update(
        first_used_on="2018-05-01",
        detected_on="2019-04-10",
        removed_on="2019-05-15",
        attribution_shown=False,
    )
    a = amount(claim)
    assert a["time_barred"] is False and a["residual_only"] is True
    assert a["counter_offer"]["amount"] == a["reference_fee"]
    assert [(w["kind"], w["citations"]) for w in a["without_basis"]] == [
        ("surcharge", ["de-urhg-102", "de-bgb-852"])
    ]


def test_no_parameters_in_force_is_not_an_error():
    claim = example()
    claim["letter"].update(letter_date="2014-05-01", licence_offer=None)
    claim["use"].update(
        first_used_on="2013-03-14", detected_on="2014-04-20", removed_on="2014-05-06"
    )
    a = amount(claim, today=date(2014, 6, 1))
    assert a["reference_fee"] is None
    assert "no fee grid" in a["grid"]["missing"]


def test_every_amount_and_date_parameter_is_documented():
    docs = Path(__file__).resolve().parents[2] / "docs"
    text = (docs / "amounts.md").read_text(encoding="utf-8") + (docs / "dates.md").read_text(
        encoding="utf-8"
    )
    prefixes = ("fees.", "damages.", "fx.", "limitation.")
    missing = [
        n
        for n in load().params
        if n.startswith(prefixes) and f"`{n}`" not in text and not _documented_in_a_pair(n, text)
    ]
    assert not missing, f"parameters missing from docs/amounts.md or docs/dates.md: {missing}"


def _documented_in_a_pair(name: str, text: str) -> bool:
    """``damages.us.statutory_min`` / ``statutory_max`` are documented on one line."""
    return f"`{name.rsplit('.', 1)[1]}`" in text
