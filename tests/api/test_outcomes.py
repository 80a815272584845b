"""Recording outcomes and the firm's statistics."""

from __future__ import annotations

import copy

from sqlmodel import Session

from app.services.history import agency_history
from app.services.tenants import authenticate
from tests.conftest import make_tenant


def create(client, auth, claim):
    response = client.post("/v1/assessments", json=claim, headers=auth)
    assert response.status_code == 201
    return response.json()["id"]


def test_record_replace_and_read_an_outcome(client, auth, example_claim):
    assessment_id = create(client, auth, example_claim)
    url = f"/v1/assessments/{assessment_id}/outcome"
    assert client.get(url, headers=auth).status_code == 404
    first = client.post(
        url,
        json={
            "kind": "settled",
            "amount_paid": {"amount": "400", "currency": "EUR"},
            "ended_on": "2026-11-01",
        },
        headers=auth,
    )
    assert first.status_code == 201
    assert first.json()["amount_paid"] == {"amount": "400.00", "currency": "EUR"}
    second = client.post(
        url, json={"kind": "claim_withdrawn", "ended_on": "2026-11-02"}, headers=auth
    )
    assert second.status_code == 200
    assert client.get(url, headers=auth).json()["kind"] == "claim_withdrawn"


def test_outcome_rules(client, auth, other_auth, example_claim):
    assessment_id = create(client, auth, example_claim)
    url = f"/v1/assessments/{assessment_id}/outcome"
    no_amount = client.post(
        url, json={"kind": "paid_in_full", "ended_on": "2026-11-01"}, headers=auth
    )
    assert no_amount.status_code == 422
    assert no_amount.json()["errors"][0]["pointer"] == "/amount_paid"
    wrong_currency = client.post(
        url,
        json={
            "kind": "settled",
            "amount_paid": {"amount": "400", "currency": "USD"},
            "ended_on": "2026-11-01",
        },
        headers=auth,
    )
    assert wrong_currency.status_code == 422
    assert wrong_currency.json()["errors"][0]["pointer"] == "/amount_paid/currency"
    theirs = client.post(
        url, json={"kind": "claim_withdrawn", "ended_on": "2026-11-01"}, headers=other_auth
    )
    assert theirs.status_code == 404


def test_stats_per_agency(client, auth, example_claim):
    paid = [("600.00", "settled"), ("1200.00", "paid_in_full"), (None, "claim_withdrawn")]
    for amount, kind in paid:
        assessment_id = create(client, auth, example_claim)
        body = {"kind": kind, "ended_on": "2026-11-01"}
        if amount:
            body["amount_paid"] = {"amount": amount, "currency": "EUR"}
        assert (
            client.post(
                f"/v1/assessments/{assessment_id}/outcome", json=body, headers=auth
            ).status_code
            == 201
        )
    other = copy.deepcopy(example_claim)
    other["letter"]["agency"] = "pixsy"
    create(client, auth, other)
    stats = client.get("/v1/stats", headers=auth).json()
    copytrack = next(g for g in stats["groups"] if g["key"] == "copytrack")
    assert copytrack["matters"] == 3 and copytrack["outcomes"] == 3
    assert copytrack["median_demanded"] == "1200.00"
    assert copytrack["median_paid"] == "900.00"
    assert copytrack["paid_to_demanded"] == 0.75
    assert copytrack["share_withdrawn"] == 0.333
    pixsy = next(g for g in stats["groups"] if g["key"] == "pixsy")
    assert pixsy["outcomes"] == 0 and pixsy["median_paid"] is None
    holders = client.get("/v1/stats?group_by=rights_holder", headers=auth).json()
    assert holders["groups"][0]["key"] == "trunk archive"


def test_enough_outcomes_with_an_agency_anchor_the_counter_offer(client, auth, example_claim):
    """Five settled Copytrack matters at 25 % of the demand: the next counter-offer drops
    from the agency's own licence offer (389.59) to 300.00, and the trace says why."""
    for _ in range(5):
        assessment_id = create(client, auth, example_claim)
        assert (
            client.post(
                f"/v1/assessments/{assessment_id}/outcome",
                json={
                    "kind": "settled",
                    "amount_paid": {"amount": "300.00", "currency": "EUR"},
                    "ended_on": "2026-11-01",
                },
                headers=auth,
            ).status_code
            == 201
        )
    fresh = client.post("/v1/assessments?lang=en", json=example_claim, headers=auth).json()
    amount = fresh["amount"]
    assert amount["counter_offer"]["amount"] == "300.00"
    assert amount["counter_offer"]["history"] == {"outcomes": 5, "median_paid_ratio": 0.25}
    history = next(e for e in amount["counter_offer"]["trace"] if e["name"] == "firm_history")
    assert history["applied"] is True and "5 closed matters" in history["effect"]
    assert "firm's history" in amount["counter_offer"]["rationale"]


def test_too_few_outcomes_leave_the_counter_offer_alone(client, auth, example_claim):
    assessment_id = create(client, auth, example_claim)
    client.post(
        f"/v1/assessments/{assessment_id}/outcome",
        json={
            "kind": "settled",
            "amount_paid": {"amount": "100.00", "currency": "EUR"},
            "ended_on": "2026-11-01",
        },
        headers=auth,
    )
    fresh = client.post("/v1/assessments?lang=en", json=example_claim, headers=auth).json()
    assert fresh["amount"]["counter_offer"]["amount"] == "389.59"
    history = next(
        e for e in fresh["amount"]["counter_offer"]["trace"] if e["name"] == "firm_history"
    )
    assert history["applied"] is False and "not used" in history["effect"]


def test_the_history_counts_only_this_firms_matters_with_this_agency(
    client, auth, app, example_claim
):
    """One outcome with the agency, one with another agency, one in another firm: the
    firm's history with the agency holds exactly the first."""
    other_agency = {**example_claim, "letter": {**example_claim["letter"], "agency": "pixsy"}}
    other_firm = make_tenant(app)
    for headers, claim in (
        (auth, example_claim),
        (auth, other_agency),
        (other_firm, example_claim),
    ):
        assessment_id = create(client, headers, claim)
        client.post(
            f"/v1/assessments/{assessment_id}/outcome",
            json={
                "kind": "settled",
                "amount_paid": {"amount": "100.00", "currency": "EUR"},
                "ended_on": "2026-11-01",
            },
            headers=headers,
        ).raise_for_status()
    with Session(app.state.engine) as session:
        tenant_id = authenticate(session, auth["Authorization"].removeprefix("Bearer "))
        history = agency_history(session, tenant_id, example_claim["letter"]["agency"])
    assert history["history.outcomes"] == 1
