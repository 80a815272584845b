"""Webhook endpoints and signed deliveries, against a receiver on loopback."""

from __future__ import annotations

import time
import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import update
from sqlmodel import Session
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from app.models import Assessment, AssessmentRevision
from app.services.deadlines import announce_due
from app.services.jobs.postgres import cron_for
from app.services.reevaluation import reevaluate_all
from app.services.webhooks.network import RefusedDestination, check_url, is_public
from tests.integration.receiver import Receiver

ASSESSMENT_EVENTS = ["assessment.created", "assessment.revised", "assessment.deleted"]
PATCH_HEADERS = {"Content-Type": "application/merge-patch+json"}


@pytest.fixture()
def loopback(app, monkeypatch):
    settings = app.state.settings
    monkeypatch.setattr(settings, "webhook_allow_private_networks", True)
    monkeypatch.setattr(settings, "webhook_timeout_seconds", 0.4)
    monkeypatch.setattr(settings, "webhook_retry_base_seconds", 0.05)
    return settings


def pump(app, done, seconds: float = 20.0) -> None:
    """Run the due jobs until ``done()`` holds (retries are scheduled a little later)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.state.jobs.drain()
        if done():
            return
        time.sleep(0.05)
    raise AssertionError("the jobs did not finish in time")


def subscribe(client, auth, url, events=ASSESSMENT_EVENTS) -> dict:
    response = client.post(
        "/v1/webhook-endpoints", json={"url": url, "events": events}, headers=auth
    )
    assert response.status_code == 201, response.text
    return response.json()


def verified(secret: str, headers: dict[str, str], body: bytes) -> dict:
    return Webhook(secret).verify(body, headers)


def test_addresses_outside_the_public_internet_are_refused():
    for address in (
        "127.0.0.1",
        "10.1.2.3",
        "192.168.0.1",
        "169.254.169.254",
        "::1",
        "::ffff:127.0.0.1",
        "fc00::1",
        "100.64.0.1",
    ):
        assert not is_public(address), address
    assert is_public("8.8.8.8") and is_public("2001:4860:4860::8888")
    for url in (
        "http://hooks.example.com/x",
        "https://127.0.0.1/x",
        "https://localhost/x",
        "https://user:pw@hooks.example.com/",
    ):
        with pytest.raises(RefusedDestination):
            check_url(url, allow_private=False)
    assert check_url("https://hooks.example.com/x", allow_private=False)[1] == "hooks.example.com"
    assert check_url("http://127.0.0.1:9/x", allow_private=True)[2] == 9


def test_endpoints_are_managed_per_firm(client, auth, other_auth):
    refused = client.post(
        "/v1/webhook-endpoints",
        json={"url": "http://127.0.0.1:9/hooks", "events": ["assessment.created"]},
        headers=auth,
    )
    assert refused.status_code == 422 and refused.json()["errors"][0]["pointer"] == "/url"
    unknown = client.post(
        "/v1/webhook-endpoints",
        json={"url": "https://hooks.example.com/x", "events": ["assessment.exploded"]},
        headers=auth,
    )
    assert unknown.status_code == 422
    created = client.post(
        "/v1/webhook-endpoints",
        json={"url": "https://hooks.example.com/x", "events": ["assessment.created"]},
        headers=auth,
    )
    assert created.status_code == 201, created.text
    body = created.json()
    assert body["secret"].startswith("whsec_")
    assert created.headers["location"].endswith(f"/v1/webhook-endpoints/{body['id']}")
    url = f"/v1/webhook-endpoints/{body['id']}"
    listed = client.get("/v1/webhook-endpoints", headers=auth).json()["items"]
    assert [e["id"] for e in listed] == [body["id"]] and "secret" not in listed[0]
    assert client.get(url, headers=other_auth).status_code == 404
    assert client.get("/v1/webhook-endpoints", headers=other_auth).json()["items"] == []
    rotated = client.post(f"{url}/rotate", headers=auth).json()
    assert rotated["secret"] != body["secret"] and rotated["previous_secret_expires_at"]
    assert client.delete(url, headers=other_auth).status_code == 404
    assert client.delete(url, headers=auth).status_code == 204
    assert client.get(url, headers=auth).status_code == 404


def test_create_revise_delete_arrive_signed(app, client, auth, example_claim, loopback):
    with Receiver() as receiver:
        endpoint = subscribe(client, auth, receiver.url)
        created = client.post("/v1/assessments", json=example_claim, headers=auth)
        url = f"/v1/assessments/{created.json()['id']}"
        revised = client.patch(
            url,
            json={"mandate": {"produced": True, "names_rights_holder": False}},
            headers={**auth, **PATCH_HEADERS, "If-Match": created.headers["etag"]},
        )
        assert revised.status_code == 200
        pump(app, lambda: len(receiver.received) >= 2)
        # (an erasure drops the events not yet delivered: the receiver had these two)
        assert client.delete(url, headers=auth).status_code == 204
        pump(app, lambda: len(receiver.received) >= 3)
    events = [verified(endpoint["secret"], h, b) for h, b, _ in receiver.received]
    assert [e["type"] for e in events] == ASSESSMENT_EVENTS
    assert len({h["webhook-id"] for h, _, _ in receiver.received}) == 3
    assert (
        events[1]["data"]["previous_recommendation"] == created.json()["strategy"]["recommendation"]
    )
    assert events[1]["data"]["recommendation"] == revised.json()["strategy"]["recommendation"]
    assert events[2]["data"]["id"] == created.json()["id"]
    forged = dict(receiver.received[0][0], **{"webhook-signature": "v1,AAAA"})
    with pytest.raises(WebhookVerificationError):
        verified(endpoint["secret"], forged, receiver.received[0][1])


def test_failures_and_timeouts_are_retried_until_the_receiver_recovers(
    app, client, auth, example_claim, loopback
):
    with Receiver(script=["fail", "slow", "ok"]) as receiver:
        endpoint = subscribe(client, auth, receiver.url, ["assessment.created"])
        client.post("/v1/assessments", json=example_claim, headers=auth)
        log_url = f"/v1/webhook-endpoints/{endpoint['id']}/deliveries"

        def succeeded():
            items = client.get(log_url, headers=auth).json()["items"]
            return items and items[0]["status"] == "succeeded"

        pump(app, succeeded)
    [delivery] = client.get(log_url, headers=auth).json()["items"]
    assert delivery["attempts"] == 3
    log = delivery["attempt_log"]
    assert [a["status_code"] for a in log] == [500, None, 204]
    assert log[1]["error"] == "timed out"
    assert len({h["webhook-id"] for h, _, _ in receiver.received}) == 1, "same id on retries"
    assert str(delivery["event_id"]) == receiver.received[0][0]["webhook-id"]
    assert log[0]["attempted_at"] < log[1]["attempted_at"] < log[2]["attempted_at"]


def test_a_delivery_gives_up_after_its_retry_window_and_can_be_redelivered(
    app, client, auth, example_claim, loopback, monkeypatch
):
    monkeypatch.setattr(loopback, "webhook_retry_hours", 3 / 3600)
    with Receiver(script=["fail"] * 50) as receiver:
        endpoint = subscribe(client, auth, receiver.url, ["assessment.created"])
        client.post("/v1/assessments", json=example_claim, headers=auth)
        log_url = f"/v1/webhook-endpoints/{endpoint['id']}/deliveries"
        pump(
            app, lambda: client.get(log_url, headers=auth).json()["items"][0]["status"] == "failed"
        )
        [failed] = client.get(log_url, headers=auth).json()["items"]
        assert failed["attempts"] >= 2 and failed["next_attempt_at"] is None
        receiver.script = []
        again = client.post(f"{log_url}/{failed['id']}/redeliver", headers=auth)
        assert again.status_code == 202
        pump(app, lambda: receiver.received[-1][2] == "ok")
    assert receiver.received[-1][0]["webhook-id"] == str(failed["event_id"])
    statuses = {d["id"]: d["status"] for d in client.get(log_url, headers=auth).json()["items"]}
    assert statuses[again.json()["id"]] == "succeeded" and statuses[failed["id"]] == "failed"


def test_private_addresses_are_refused_at_delivery(
    app, client, auth, example_claim, loopback, monkeypatch
):
    with Receiver() as receiver:
        endpoint = subscribe(client, auth, receiver.url, ["assessment.created"])
        monkeypatch.setattr(loopback, "webhook_allow_private_networks", False)
        monkeypatch.setattr(loopback, "webhook_retry_hours", 0.3 / 3600)
        client.post("/v1/assessments", json=example_claim, headers=auth)
        log_url = f"/v1/webhook-endpoints/{endpoint['id']}/deliveries"
        pump(
            app, lambda: client.get(log_url, headers=auth).json()["items"][0]["status"] == "failed"
        )
        assert receiver.received == []
    [delivery] = client.get(log_url, headers=auth).json()["items"]
    assert "https" in delivery["last_error"] or "non-public" in delivery["last_error"]


def test_after_rotation_both_secrets_verify(app, client, auth, example_claim, loopback):
    with Receiver() as receiver:
        endpoint = subscribe(client, auth, receiver.url, ["assessment.created"])
        rotated = client.post(f"/v1/webhook-endpoints/{endpoint['id']}/rotate", headers=auth).json()
        client.post("/v1/assessments", json=example_claim, headers=auth)
        pump(app, lambda: len(receiver.received) >= 1)
    headers, body, _ = receiver.received[0]
    assert len(headers["webhook-signature"].split(" ")) == 2
    verified(endpoint["secret"], headers, body)
    verified(rotated["secret"], headers, body)


def test_a_reevaluation_that_changes_the_recommendation_is_announced(
    app, client, auth, example_claim, loopback
):
    with Receiver() as receiver:
        endpoint = subscribe(client, auth, receiver.url, ["assessment.revised"])
        created = client.post("/v1/assessments", json=example_claim, headers=auth).json()
        assessment_id = uuid.UUID(created["id"])
        current = created["strategy"]["recommendation"]
        earlier = "settle" if current != "settle" else "contest"
        with Session(app.state.engine) as session:  # as if an earlier rulebook had said so
            session.exec(
                update(Assessment)
                .where(Assessment.id == assessment_id)
                .values(recommendation=earlier)
            )
            session.exec(
                update(AssessmentRevision)
                .where(AssessmentRevision.assessment_id == assessment_id)
                .values(rulebook_digest="earlier-rulebook")
            )
            session.commit()
        report = reevaluate_all(app.state.engine)
        assert report["reevaluated"] >= 1
        pump(
            app,
            lambda: any(
                verified(endpoint["secret"], h, b)["data"]["id"] == created["id"]
                for h, b, _ in receiver.received
            ),
        )
    [event] = [
        e
        for e in (verified(endpoint["secret"], h, b) for h, b, _ in receiver.received)
        if e["data"]["id"] == created["id"]
    ]
    assert event["type"] == "assessment.revised"
    assert event["data"]["origin"] == "reevaluate"
    assert event["data"]["previous_recommendation"] == earlier
    assert event["data"]["recommendation"] == current
    assert event["data"]["recommendation_changed"] is True


def test_updated_after_lists_what_changed_since(client, auth, example_claim):
    first = client.post("/v1/assessments", json=example_claim, headers=auth)
    second = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    mark = second["updated_at"]
    time.sleep(0.01)
    revised = client.patch(
        f"/v1/assessments/{first.json()['id']}",
        json={"mandate": {"produced": True, "names_rights_holder": False}},
        headers={**auth, **PATCH_HEADERS, "If-Match": first.headers["etag"]},
    )
    assert revised.status_code == 200
    changed = client.get("/v1/assessments", params={"updated_after": mark}, headers=auth)
    assert changed.status_code == 200
    assert [item["id"] for item in changed.json()["items"]] == [first.json()["id"]]
    everything = client.get("/v1/assessments", headers=auth).json()["items"]
    assert len(everything) == 2


def test_an_approaching_reply_deadline_is_announced_once(
    app, client, auth, example_claim, loopback
):
    with Receiver() as receiver:
        endpoint = subscribe(client, auth, receiver.url, ["deadline.approaching"])
        created = client.post("/v1/assessments", json=example_claim, headers=auth).json()
        deadline = date.fromisoformat(created["dates"]["response_deadline"])
        with Session(app.state.engine) as session:
            assert announce_due(session, 7, today=deadline - timedelta(days=3)) >= 1
        with Session(app.state.engine) as session:
            announce_due(session, 7, today=deadline - timedelta(days=2))
        pump(app, lambda: len(receiver.received) >= 1)
        time.sleep(0.2)
        app.state.jobs.drain()
    ours = [
        e
        for e in (verified(endpoint["secret"], h, b) for h, b, _ in receiver.received)
        if e["data"]["assessment_id"] == created["id"]
    ]
    assert len(ours) == 1
    assert ours[0]["data"]["kind"] == "reply_deadline"
    assert ours[0]["data"]["date"] == deadline.isoformat() and ours[0]["data"]["days_left"] == 3


def test_periods_become_cron_lines():
    assert cron_for(5) == "* * * * * */5"
    assert cron_for(300) == "*/5 * * * *"
    assert cron_for(3600) == "0 */1 * * *"
