"""Deadlines in calendars: a firm's feed lists its assessments' reply deadlines and
limitation expiries as all-day events, behind a revocable token in the URL."""

from __future__ import annotations

import copy
import hashlib
import uuid
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar
from sqlmodel import Session

from app.models import CalendarFeed

FUTURE = (datetime.now(UTC).date() + timedelta(days=30)).isoformat()


def new_feed(client, auth, label: str | None = "Agenda du cabinet") -> dict:
    made = client.post("/v1/calendar-feeds", json={"label": label}, headers=auth)
    assert made.status_code == 201, made.text
    return made.json()


def events_of(client, url: str, lang: str = "fr") -> dict[str, object]:
    answer = client.get(url, params={"lang": lang})
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/calendar")
    calendar = Calendar.from_ical(answer.content)
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_the_feed_lists_reply_deadline_and_limitation_expiry(client, auth, example_claim):
    upcoming = copy.deepcopy(example_claim)
    upcoming["letter"]["deadline"] = FUTURE
    created = client.post("/v1/assessments", json=upcoming, headers=auth).json()
    feed = new_feed(client, auth)
    assert feed["url"].startswith("/calendar/ripcal_") and feed["url"].endswith(".ics")

    events = events_of(client, feed["url"])
    reply = events[f"{created['id']}-reply-deadline@riposte"]
    limitation = events[f"{created['id']}-limitation-expiry@riposte"]
    assert reply.decoded("DTSTART") == date.fromisoformat(created["dates"]["response_deadline"])
    assert reply["DTSTART"].params["VALUE"] == "DATE"
    assert reply.decoded("DTEND") - reply.decoded("DTSTART") == timedelta(days=1)
    assert limitation.decoded("DTSTART") == date.fromisoformat(
        created["dates"]["limitation_expiry"]
    )
    assert str(reply["SUMMARY"]) == "Date limite de réponse — MAT-2026-0142 (Copytrack)"
    assert str(reply["URL"]) == f"/app/assessments/{created['id']}"
    assert str(reply["X-RIPOSTE-STATE"]) == "upcoming"
    for event in (reply, limitation):
        text = event.to_ical().decode()
        assert "Trunk Archive" not in text and "Jane Doe" not in text and "1200" not in text
    again = events_of(client, feed["url"])
    assert set(again) == set(events)  # stable UIDs


def test_a_past_deadline_is_marked_past(client, auth, example_claim):
    created = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    assert date.fromisoformat(created["dates"]["response_deadline"]) < datetime.now(UTC).date()
    events = events_of(client, new_feed(client, auth)["url"], lang="en")
    reply = events[f"{created['id']}-reply-deadline@riposte"]
    assert str(reply["SUMMARY"]).startswith("[Past] Reply deadline — MAT-2026-0142")
    assert str(reply["X-RIPOSTE-STATE"]) == "past"
    assert "Past" in [str(c) for c in reply["CATEGORIES"].cats]
    assert str(reply["TRANSP"]) == "TRANSPARENT"


def test_another_firms_assessments_never_appear(client, auth, other_auth, example_claim):
    mine = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    theirs = client.post("/v1/assessments", json=example_claim, headers=other_auth).json()
    events = events_of(client, new_feed(client, auth)["url"])
    assert any(uid.startswith(mine["id"]) for uid in events)
    assert not any(uid.startswith(theirs["id"]) for uid in events)


def test_a_revoked_or_unknown_token_answers_404(client, auth, example_claim):
    client.post("/v1/assessments", json=example_claim, headers=auth)
    feed = new_feed(client, auth)
    assert client.get(feed["url"]).status_code == 200
    assert client.delete(f"/v1/calendar-feeds/{feed['id']}", headers=auth).status_code == 204
    gone = client.get(feed["url"])
    assert gone.status_code == 404
    assert gone.headers["content-type"].startswith("application/problem+json")
    assert client.delete(f"/v1/calendar-feeds/{feed['id']}", headers=auth).status_code == 404
    for wrong in ("/calendar/ripcal_nope.ics", "/calendar/x.ics", f"/calendar/{'a' * 500}.ics"):
        assert client.get(wrong).status_code == 404


def test_the_listing_shows_no_token_and_only_the_hash_is_stored(app, client, auth, other_auth):
    feed = new_feed(client, auth, label="Me Martin")
    token = feed["url"].removeprefix("/calendar/").removesuffix(".ics")
    listing = client.get("/v1/calendar-feeds", headers=auth)
    assert listing.status_code == 200
    assert [item["id"] for item in listing.json()["items"]] == [feed["id"]]
    assert token not in listing.text and "url" not in listing.json()["items"][0]
    assert token not in client.get(f"/v1/calendar-feeds/{feed['id']}", headers=auth).text
    assert client.get("/v1/calendar-feeds", headers=other_auth).json()["items"] == []
    assert client.get(f"/v1/calendar-feeds/{feed['id']}", headers=other_auth).status_code == 404
    assert client.delete(f"/v1/calendar-feeds/{feed['id']}", headers=other_auth).status_code == 404
    with Session(app.state.engine) as session:
        row = session.get(CalendarFeed, uuid.UUID(feed["id"]))
        assert row.token_hash == hashlib.sha256(token.encode()).hexdigest()


def test_the_feed_url_uses_the_public_base_url(app, client, auth, example_claim):
    created = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    settings = app.state.settings
    app.state.settings = settings.model_copy(
        update={"public_base_url": "https://riposte.example.com/"}
    )
    try:
        feed = new_feed(client, auth, label=None)
        assert feed["url"].startswith("https://riposte.example.com/calendar/ripcal_")
        path = feed["url"].removeprefix("https://riposte.example.com")
        event = events_of(client, path)[f"{created['id']}-reply-deadline@riposte"]
    finally:
        app.state.settings = settings
    assert str(event["URL"]) == f"https://riposte.example.com/app/assessments/{created['id']}"


def test_creating_a_feed_needs_the_write_scope(client, app):
    from tests.integration.test_key_scopes import key_with

    reader = key_with(app, "read")
    assert client.post("/v1/calendar-feeds", json={}, headers=reader).status_code == 403
    assert client.post("/v1/calendar-feeds", headers=key_with(app, "write")).status_code == 201
