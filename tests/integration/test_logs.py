"""Logs are JSON lines, each with the request id, and never hold what a matter says."""

from __future__ import annotations

import io
import json
import logging

import pytest

from app.core.logs import configure_logging

PARTY = "Zebulon-Partymann"


@pytest.fixture()
def captured():
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    configure_logging("debug", stream=stream)
    yield stream
    root.handlers, _ = saved
    root.setLevel(saved[1])


def _lines(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


def test_a_request_with_a_party_name_logs_no_party_name(captured, client, auth, example_claim):
    claim = json.loads(json.dumps(example_claim))
    claim["letter"]["rights_holder"] = PARTY
    claim["letter"]["photographer"] = PARTY
    created = client.post("/v1/assessments", json=claim, headers=auth)
    assert created.status_code == 201
    listed = client.get(f"/v1/assessments?rights_holder={PARTY}", headers=auth)
    assert listed.status_code == 200
    refused = client.post(
        f"/v1/assessments?note={PARTY}", json={"letter": {"agency": PARTY}}, headers=auth
    )
    assert refused.status_code == 422

    text = captured.getvalue()
    lines = _lines(captured)
    assert len(lines) >= 3
    assert PARTY not in text
    assert auth["Authorization"].split()[1] not in text
    request_ids = {created.headers["x-request-id"], listed.headers["x-request-id"]}
    access = [line for line in lines if line.get("logger") == "riposte.access"]
    assert request_ids <= {line["request_id"] for line in access}
    assert {"GET /v1/assessments", "POST /v1/assessments"} <= {line["event"] for line in access}
    for line in lines:
        assert line.get("request_id"), line


def test_the_log_level_is_honoured(captured):
    configure_logging("warning", stream=captured)
    logging.getLogger("riposte").info("hidden")
    logging.getLogger("riposte").warning("shown")
    events = [line["event"] for line in _lines(captured)]
    assert "shown" in events and "hidden" not in events


def test_fields_named_like_secrets_are_redacted(captured):
    import structlog

    structlog.get_logger("riposte").info("call", api_key="rip_secret", url="/v1/x?q=Party")
    line = _lines(captured)[-1]
    assert line["api_key"] == "[redacted]" and line["url"] == "/v1/x"
