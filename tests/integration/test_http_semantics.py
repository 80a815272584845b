"""Conditional requests per language, replays, request ids, Retry-After."""

from __future__ import annotations

import uuid

PATCH = {"Content-Type": "application/merge-patch+json"}


def test_each_language_has_its_own_etag_and_vary(client, auth, example_claim):
    created = client.post("/v1/assessments", json=example_claim, headers=auth)
    url = f"/v1/assessments/{created.json()['id']}"
    fr = client.get(url, headers={**auth, "Accept-Language": "fr"})
    en = client.get(url, headers={**auth, "Accept-Language": "en"})
    assert fr.headers["etag"] != en.headers["etag"]
    assert "Accept-Language" in fr.headers["vary"].split(", ")
    assert fr.headers["vary"] == en.headers["vary"]
    assert fr.headers["content-language"] == "fr" and en.headers["content-language"] == "en"
    assert created.headers["etag"] == fr.headers["etag"], "French is the default"
    cross = client.get(
        url, headers={**auth, "Accept-Language": "en", "If-None-Match": fr.headers["etag"]}
    )
    assert cross.status_code == 200, "the French tag does not validate the English body"
    weak = client.get(
        url, headers={**auth, "Accept-Language": "en", "If-None-Match": "W/" + en.headers["etag"]}
    )
    assert weak.status_code == 304 and weak.headers["etag"] == en.headers["etag"]
    assert "Accept-Language" in weak.headers["vary"].split(", ")
    listed = client.get(url, headers={**auth, "If-None-Match": f'"nope", {fr.headers["etag"]}'})
    assert listed.status_code == 304
    star = client.get(url, headers={**auth, "If-None-Match": "*"})
    assert star.status_code == 304
    patch = {"mandate": {"produced": True, "names_rights_holder": False}}
    refused = client.patch(
        url, json=patch, headers={**auth, **PATCH, "If-Match": "W/" + en.headers["etag"]}
    )
    assert refused.status_code == 412, "If-Match compares strongly"
    revised = client.patch(
        url, json=patch, headers={**auth, **PATCH, "If-Match": en.headers["etag"]}
    )
    assert revised.status_code == 200
    stale = client.get(url, headers={**auth, "If-None-Match": fr.headers["etag"]})
    assert stale.status_code == 200 and stale.headers["etag"] != fr.headers["etag"]


def test_replays_say_so(client, auth, example_claim):
    key = {"Idempotency-Key": f"replay-{uuid.uuid4().hex}"}
    first = client.post("/v1/assessments", json=example_claim, headers={**auth, **key})
    again = client.post("/v1/assessments", json=example_claim, headers={**auth, **key})
    assert "idempotent-replayed" not in first.headers
    assert again.headers["idempotent-replayed"] == "true"
    assert again.json()["id"] == first.json()["id"]


def test_every_response_and_problem_carries_a_request_id(client, auth):
    ok = client.get("/healthz")
    assert len(ok.headers["x-request-id"]) >= 32
    given = uuid.uuid4().hex
    missing = client.get(f"/v1/assessments/{uuid.uuid4()}", headers={**auth, "X-Request-ID": given})
    assert missing.status_code == 404
    assert missing.headers["x-request-id"] == given
    assert missing.json()["request_id"] == given
    invalid = client.get("/v1/assessments?limit=0", headers=auth)
    assert invalid.status_code == 422
    assert invalid.json()["request_id"] == invalid.headers["x-request-id"]
    assert client.get("/healthz").headers["x-request-id"] != ok.headers["x-request-id"]
