"""Responses are gzip-compressed when the client accepts it, and only then."""

from __future__ import annotations

import gzip

import orjson


def test_an_assessment_is_gzipped_when_accepted(client, auth, example_claim):
    headers = {**auth, "Accept-Encoding": "gzip"}
    created = client.post("/v1/assessments", json=example_claim, headers=headers)
    assert created.status_code == 201, created.text
    assert created.headers["content-encoding"] == "gzip"
    assert "accept-encoding" in created.headers["vary"].lower()
    url = created.headers["location"].split("testserver")[-1]
    request = client.build_request("GET", url, headers=headers)
    raw = client.send(request, stream=True)
    wire = b"".join(raw.iter_raw())
    raw.close()
    body = gzip.decompress(wire)
    assert len(wire) * 3 < len(body), "an assessment shrinks to under a third"
    assert orjson.loads(body)["id"] == created.json()["id"]


def test_no_gzip_unless_accepted(client, auth, example_claim):
    created = client.post(
        "/v1/assessments", json=example_claim, headers={**auth, "Accept-Encoding": "identity"}
    )
    assert created.status_code == 201
    assert "content-encoding" not in created.headers


def test_small_responses_stay_plain(client):
    health = client.get("/healthz", headers={"Accept-Encoding": "gzip"})
    assert health.status_code == 200
    assert "content-encoding" not in health.headers
