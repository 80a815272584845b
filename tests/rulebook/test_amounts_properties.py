"""Property tests of the amount derivation: the invariants a lawyer relies on, over
generated claims (laws, currencies, uses, demands, offers and market evidence)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rulebook.helpers import amount, example

PURPOSES = [
    "editorial",
    "commercial",
    "advertising",
    "decorative",
    "personal",
    "nonprofit",
    "teaching",
]
NON_COMMERCIAL = ["editorial", "decorative", "personal", "nonprofit", "teaching"]
SITES = [
    "blog",
    "company_site",
    "online_shop",
    "news_site",
    "social_media",
    "forum",
    "nonprofit_site",
    "personal_site",
    "other",
]
PLACEMENTS = [
    "article_body",
    "thumbnail",
    "hero",
    "background",
    "social_post",
    "product_page",
    "gallery",
]
WORK_KINDS = [
    "portrait",
    "celebrity",
    "fashion",
    "product",
    "news",
    "landscape",
    "generic_stock",
    "artwork_reproduction",
    "other",
]
CURRENCIES = ["EUR", "GBP", "USD"]


def D(value) -> Decimal:
    return Decimal(str(value))


def money(value, currency="EUR") -> dict:
    return {"amount": f"{Decimal(value):.2f}", "currency": currency}


# --- properties ----------------------------------------------------------------------

DAY0 = date(2016, 1, 1)


@st.composite
def claims(draw):
    claim = example()
    currency = draw(st.sampled_from(CURRENCIES))
    country = draw(st.sampled_from(["FR", "DE", "GB", "US", "BE"]))
    claim["respondent"].update(
        country=country,
        kind=draw(
            st.sampled_from(
                ["individual", "sole_trader", "nonprofit", "company", "public_body", None]
            )
        ),
        size=draw(st.sampled_from(["micro", "small", "medium", "large", None])),
    )
    first = DAY0 + timedelta(days=draw(st.integers(0, 3500)))
    removed = first + timedelta(days=draw(st.integers(0, 600)))
    claim["use"].update(
        purpose=draw(st.sampled_from([*PURPOSES, None])),
        site_kind=draw(st.sampled_from([*SITES, None])),
        placement=draw(st.sampled_from([*PLACEMENTS, None])),
        medium=draw(st.sampled_from(["web", "print", None])),
        audience_monthly=draw(st.one_of(st.none(), st.integers(0, 5_000_000))),
        display_width_px=draw(st.one_of(st.none(), st.integers(0, 4000))),
        first_used_on=first.isoformat(),
        removed_on=removed.isoformat(),
        attribution_shown=draw(st.sampled_from([True, False, None])),
    )
    claim["work"].update(
        kind=draw(st.sampled_from([*WORK_KINDS, None])),
        professional=draw(st.sampled_from([True, False, None])),
    )
    demanded = draw(st.integers(1, 20_000))
    fee = draw(st.integers(0, demanded))
    claim["letter"].update(
        asserted_law=None,
        amount_demanded=money(demanded, currency),
        breakdown=[
            {"kind": "licence_fee", "amount": money(fee, currency)},
            {
                "kind": draw(
                    st.sampled_from(["processing_fee", "surcharge", "legal_fees", "damages"])
                ),
                "amount": money(demanded - fee, currency),
            },
        ],
        licence_offer=draw(
            st.one_of(
                st.none(), st.builds(money, st.integers(1, 2000), st.sampled_from(CURRENCIES))
            )
        ),
    )
    claim["market_evidence"] = draw(
        st.one_of(
            st.none(),
            st.lists(
                st.fixed_dictionaries(
                    {
                        "kind": st.sampled_from(
                            ["price_list", "quote", "stock_price", "court_award", "agency_offer"]
                        ),
                        "price": st.builds(
                            money, st.integers(1, 3000), st.sampled_from(CURRENCIES)
                        ),
                        "covers_use": st.sampled_from([True, False, None]),
                    }
                ),
                max_size=3,
            ),
        )
    )
    return claim


PROPERTY = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(claims())
def test_reference_lies_within_the_fair_range(claim):
    a = amount(claim)
    if a["reference_fee"] is None:
        assert a["fair_range"] is None
        return
    assert D(a["fair_range"]["low"]) <= D(a["reference_fee"]) <= D(a["fair_range"]["high"])


@PROPERTY
@given(claims())
def test_counter_offer_never_exceeds_the_demand(claim):
    a = amount(claim)
    counter = a["counter_offer"]["amount"]
    if counter is not None:
        assert D("0") <= D(counter) <= D(a["demanded"])
        assert D(counter) <= D(a["recoverable"])


@PROPERTY
@given(claims())
def test_trace_factors_multiply_out_to_the_reference(claim):
    a = amount(claim)
    if a["reference_fee"] is None:
        return
    applied = [e for e in a["trace"] if e["applied"]]
    bases = [e for e in applied if e["role"] == "base"]
    assert len(bases) == 1
    product = D(bases[0]["amount"])
    factors = D(1)
    for e in applied:
        if e["role"] == "factor":
            factors *= D(e["factor"])
    product *= factors
    assert abs(product - D(a["reference_fee"])) <= D("0.005") * factors + D("0.005")


@PROPERTY
@given(claims(), st.integers(0, 2000))
def test_a_longer_use_never_lowers_the_fee(claim, extra):
    shorter = amount(claim)
    removed = date.fromisoformat(claim["use"]["removed_on"]) + timedelta(days=extra)
    claim["use"]["removed_on"] = min(removed, date(2026, 11, 28)).isoformat()
    longer = amount(claim)
    if shorter["reference_fee"] and longer["reference_fee"]:
        assert D(longer["reference_fee"]) >= D(shorter["reference_fee"])


@PROPERTY
@given(claims(), st.integers(0, 10_000_000))
def test_a_larger_audience_never_lowers_the_fee(claim, extra):
    claim["use"]["audience_monthly"] = claim["use"]["audience_monthly"] or 0
    smaller = amount(claim)
    claim["use"]["audience_monthly"] += extra
    larger = amount(claim)
    if smaller["reference_fee"] and larger["reference_fee"]:
        assert D(larger["reference_fee"]) >= D(smaller["reference_fee"])


@PROPERTY
@given(claims(), st.sampled_from([*NON_COMMERCIAL, None]))
def test_a_commercial_purpose_never_lowers_the_fee(claim, purpose):
    claim["use"]["purpose"] = purpose
    other = amount(claim)
    for commercial in ("commercial", "advertising"):
        claim["use"]["purpose"] = commercial
        paid = amount(claim)
        if other["reference_fee"] and paid["reference_fee"]:
            assert D(paid["reference_fee"]) >= D(other["reference_fee"])
