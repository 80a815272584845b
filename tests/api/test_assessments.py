"""The assessments API: create, read, list, revise, erase; and every error path."""

from __future__ import annotations

import copy
import uuid

PROBLEM = "application/problem+json"


def post(client, auth, claim, **headers):
    return client.post("/v1/assessments", json=claim, headers={**auth, **headers})


def test_example_claim_is_accepted_and_yields_a_cited_mandate_finding(client, auth, example_claim):
    response = post(client, auth, example_claim)
    assert response.status_code == 201
    body = response.json()
    assert response.headers["location"].endswith(f"/v1/assessments/{body['id']}")
    assert response.headers["etag"] == f'"{uuid.UUID(body["id"]).hex[:12]}-1-fr"'
    assert body["revision"] == 1
    assert body["external_ref"] == "MAT-2026-0142"
    assert body["claim"]["letter"]["agency"] == "copytrack"
    mandate = [f for f in body["findings"] if f["question"] == "mandate"]
    assert mandate and mandate[0]["outcome"] == "favours_client"
    assert mandate[0]["legal_basis"], "a finding must cite its legal basis"
    assert all(b["title"] for b in mandate[0]["legal_basis"])
    assert body["strategy"]["recommendation"] in (
        "contest",
        "request_justification",
        "negotiate",
        "settle",
    )
    assert body["rulebook"]["version"] and len(body["rulebook"]["digest"]) == 64
    assert body["applicable_law"]["country"] == "FR"


def test_text_is_french_by_default_and_english_on_request(client, auth, example_claim):
    created = post(client, auth, example_claim).json()
    url = f"/v1/assessments/{created['id']}"
    french = client.get(url, headers=auth).json()
    english = client.get(url + "?lang=en", headers=auth).json()
    by_header = client.get(url, headers={**auth, "Accept-Language": "en-GB,en;q=0.8"}).json()
    assert french["findings"][0]["question"] == "mandate", "findings come question by question"
    assert french["findings"][0]["summary"] != english["findings"][0]["summary"]
    assert "mandat" in french["findings"][0]["summary"].lower()
    assert "mandate" in english["findings"][0]["summary"].lower()
    assert by_header["findings"][0]["summary"] == english["findings"][0]["summary"]


def test_get_returns_what_was_stored(client, auth, example_claim):
    created = post(client, auth, example_claim).json()
    fetched = client.get(f"/v1/assessments/{created['id']}", headers=auth)
    assert fetched.status_code == 200
    assert fetched.json() == created
    cached = client.get(
        f"/v1/assessments/{created['id']}",
        headers={**auth, "If-None-Match": fetched.headers["etag"]},
    )
    assert cached.status_code == 304


def test_idempotent_retry_returns_first_response_and_creates_nothing(client, auth, example_claim):
    key = {"Idempotency-Key": f"retry-{uuid.uuid4()}"}
    first = post(client, auth, example_claim, **key)
    second = post(client, auth, example_claim, **key)
    assert first.status_code == second.status_code == 201
    assert second.json()["id"] == first.json()["id"]
    listed = client.get("/v1/assessments", headers=auth).json()["items"]
    assert [item["id"] for item in listed] == [first.json()["id"]]


def test_same_idempotency_key_with_another_body_is_422(client, auth, example_claim):
    key = {"Idempotency-Key": f"k-{uuid.uuid4()}"}
    assert post(client, auth, example_claim, **key).status_code == 201
    changed = copy.deepcopy(example_claim)
    changed["external_ref"] = "MAT-OTHER"
    response = post(client, auth, changed, **key)
    assert response.status_code == 422
    assert response.headers["content-type"].startswith(PROBLEM)
    assert "Idempotency-Key" in response.json()["detail"]
    assert len(client.get("/v1/assessments", headers=auth).json()["items"]) == 1


def test_concurrent_duplicate_key_is_409(client, auth, example_claim, session, app):
    from app.services import idempotency
    from app.services.tenants import authenticate

    tenant_id = authenticate(session, auth["Authorization"].split(" ", 1)[1])
    key = f"busy-{uuid.uuid4()}"
    from app.schemas.claim import Claim
    from app.services.assessment_records import stored_claim

    fingerprint = idempotency.request_hash(
        "POST", "create", stored_claim(Claim.model_validate(example_claim))
    )
    assert idempotency.claim(session, tenant_id, key, fingerprint) is None
    response = post(client, auth, example_claim, **{"Idempotency-Key": key})
    assert response.status_code == 409
    assert response.headers["content-type"].startswith(PROBLEM)
    assert client.get("/v1/assessments", headers=auth).json()["items"] == []


def test_same_key_in_two_firms_is_independent(client, auth, other_auth, example_claim):
    key = {"Idempotency-Key": "shared-key"}
    one = post(client, auth, example_claim, **key).json()
    two = post(client, other_auth, example_claim, **key).json()
    assert one["id"] != two["id"]


def test_another_firms_assessment_answers_404_like_a_missing_one(
    client, auth, other_auth, example_claim
):
    created = post(client, auth, example_claim).json()
    url = f"/v1/assessments/{created['id']}"
    theirs = client.get(url, headers=other_auth)
    missing = client.get(f"/v1/assessments/{uuid.uuid4()}", headers=other_auth)
    assert theirs.status_code == missing.status_code == 404
    assert theirs.json()["title"] == missing.json()["title"]
    assert client.get("/v1/assessments", headers=other_auth).json()["items"] == []
    for method, extra in (
        ("PATCH", {"If-Match": "*", "Content-Type": "application/merge-patch+json"}),
        ("DELETE", {}),
    ):
        response = client.request(method, url, headers={**other_auth, **extra}, content=b"{}")
        assert response.status_code == 404, method
    assert client.get(f"{url}/revisions", headers=other_auth).status_code == 404
    assert client.get(f"{url}/trace", headers=other_auth).status_code == 404
    assert client.get(url, headers=auth).status_code == 200


def test_missing_or_wrong_key_is_401(client, example_claim):
    for headers in ({}, {"Authorization": "Bearer nope"}, {"X-API-Key": "rip_000000000000_x"}):
        response = client.post("/v1/assessments", json=example_claim, headers=headers)
        assert response.status_code == 401
        assert response.headers["content-type"].startswith(PROBLEM)
        assert response.json()["status"] == 401


def test_x_api_key_header_works(client, auth, example_claim):
    token = auth["Authorization"].split(" ", 1)[1]
    assert post(client, {"X-API-Key": token}, example_claim).status_code == 201


def test_revoked_key_is_refused(client, app, session, example_claim):
    from app.services.tenants import revoke_key
    from tests.conftest import make_tenant

    made = make_tenant(app)
    headers = {"Authorization": made["Authorization"]}
    assert post(client, headers, example_claim).status_code == 201
    revoke_key(session, uuid.UUID(made["X-Key-Id"]))
    assert post(client, headers, example_claim).status_code == 401


def test_unknown_field_is_rejected_with_a_pointer(client, auth, example_claim):
    claim = copy.deepcopy(example_claim)
    claim["use"]["colour"] = "red"
    response = post(client, auth, claim)
    assert response.status_code == 422
    assert {
        "pointer": "/use/colour",
        "detail": "Extra inputs are not permitted",
    } in response.json()["errors"]


def test_impossible_inputs_point_at_the_field(client, auth, example_claim):
    cases = {
        "/letter/amount_demanded/amount": (
            "letter",
            "amount_demanded",
            {"amount": "-5", "currency": "EUR"},
        ),
        "/letter/amount_demanded/currency": (
            "letter",
            "amount_demanded",
            {"amount": "5", "currency": "EUX"},
        ),
        "/respondent/country": ("respondent", "country", "XX"),
        "/use/first_used_on": ("use", "first_used_on", "2999-01-01"),
    }
    for pointer, (part, field, value) in cases.items():
        claim = copy.deepcopy(example_claim)
        claim[part][field] = value
        response = post(client, auth, claim)
        assert response.status_code == 422, pointer
        pointers = [e["pointer"] for e in response.json()["errors"]]
        assert pointer in pointers, (pointer, pointers)
    claim = copy.deepcopy(example_claim)
    claim["letter"]["breakdown"][0]["amount"]["currency"] = "USD"
    response = post(client, auth, claim)
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/letter"
    assert "USD" in response.json()["errors"][0]["detail"]


def test_malformed_json_is_a_problem(client, auth):
    response = client.post(
        "/v1/assessments",
        content=b'{"letter": ',
        headers={**auth, "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.headers["content-type"].startswith(PROBLEM)
    assert response.json()["title"] == "Malformed JSON"


def test_oversized_body_is_413_before_parsing(client, auth, app):
    limit = app.state.settings.max_body_bytes
    big = b'{"external_ref": "' + b"x" * (limit + 10) + b'"}'
    response = client.post(
        "/v1/assessments", content=big, headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert response.headers["content-type"].startswith(PROBLEM)

    def chunks():
        for _ in range(limit // 1000 + 5):
            yield b" " * 1000

    chunked = client.post(
        "/v1/assessments", content=chunks(), headers={**auth, "Content-Type": "application/json"}
    )
    assert chunked.status_code == 413
    assert client.get("/v1/assessments", headers=auth).json()["items"] == []
