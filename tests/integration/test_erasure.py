"""Erasure of a matter (Art. 17 GDPR) leaves nothing of it: every table of the metadata
(so a table added later is inspected too) and the evidence store are searched for any value
that identifies it. The only rows left are the erasure notices (``assessment.deleted``,
Art. 19) until they are delivered; the purge then drops those as well."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest
from sqlalchemy import select, text
from sqlmodel import Session, SQLModel

import app.models  # noqa: F401 (every table in the metadata)
from app.services.retention import forget_delivered_tombstones
from tests.integration import matters
from tests.integration.receiver import Receiver
from tests.integration.test_webhooks import loopback, pump  # noqa: F401 (fixture)

MATTER_TABLES = {
    "assessment",
    "assessment_revision",
    "outcome",
    "evidence",
    "draft",
    "idempotency_record",
    "outbox_event",
    "webhook_delivery",
    "audit_event",
}
"""Tables where the matter's identifiers or contents are found before its erasure."""
NOT_TOUCHED_BY_A_MATTER_ON_SQLITE = {"rate_limit_window"}
"""Counted in memory on SQLite (in the database on PostgreSQL, where it holds rows too)."""


@pytest.fixture()
def receiver():
    with Receiver() as server:
        yield server


def tenant_of(client, auth) -> uuid.UUID:
    from app.services import tenants

    with Session(client.app.state.engine) as db:
        return tenants.authenticate(db, auth["Authorization"].removeprefix("Bearer "))


def rows_of_firm(engine, tenant_id: uuid.UUID) -> dict[str, list[dict]]:
    """Every row of every table that belongs to the firm (a table without a tenant column
    is read whole)."""
    found: dict[str, list[dict]] = {}
    with engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            query = select(table)
            if "tenant_id" in table.c:
                query = query.where(table.c.tenant_id == tenant_id)
            elif table.name == "tenant":
                query = query.where(table.c.id == tenant_id)
            found[table.name] = [dict(row._mapping) for row in conn.execute(query)]
    return found


def mentions(row: dict, markers: set[str]) -> set[str]:
    text = " ".join(_text(value) for value in row.values())
    return {marker for marker in markers if marker in text}


def _text(value) -> str:
    import json

    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def queued_jobs(app) -> list[str]:
    """The payloads of procrastinate's jobs, but those running (PostgreSQL only)."""
    if app.state.engine.dialect.name != "postgresql":
        return []
    with app.state.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT args::text FROM procrastinate_jobs WHERE status <> 'doing'")
        )
        return [row[0] for row in rows]


def store_files(app, tenant_id: uuid.UUID) -> set[str]:
    """The digests the file store holds for the firm."""
    url = app.state.settings.evidence_store
    root = Path(urlparse(url).path) / str(tenant_id)
    return {path.name for path in root.rglob("*") if path.is_file()} if root.exists() else set()


@pytest.mark.usefixtures("loopback")
def test_erasing_a_matter_leaves_no_row_or_blob_of_it(app, client, auth, example_claim, receiver):
    tenant_id = tenant_of(client, auth)
    image = matters.shared_image()
    kept = matters.other_matter(client, auth, example_claim, image)
    matter = matters.build(client, auth, example_claim, receiver.url, shared_image=image)
    feed = client.post("/v1/calendar-feeds", json={"label": "agenda"}, headers=auth).json()
    assert matter.assessment_ids[0] in client.get(feed["url"]).text
    settings = {"letterhead": {"name": "Cabinet Test"}, "signature": {"name": "Me Test"}}
    assert client.put("/v1/firm/letter-settings", json=settings, headers=auth).status_code == 200
    template = {"source": "# {{ letterhead.name }}\n\n{{ draft.subject }}\n"}
    slot = "/v1/firm/templates/contestation/fr"
    assert client.put(slot, json=template, headers=auth).status_code == 200
    held = client.post("/v1/legal-holds", json={"external_ref": kept.external_ref}, headers=auth)
    assert held.status_code == 201
    app.state.audit_reads.flush()

    before = rows_of_firm(app.state.engine, tenant_id)
    empty = {name for name, rows in before.items() if not rows}
    if app.state.engine.dialect.name != "postgresql":
        empty -= NOT_TOUCHED_BY_A_MATTER_ON_SQLITE
    assert not empty, f"the matter should touch every table; extend the test for {empty}"
    named = {
        name for name, rows in before.items() if any(mentions(r, matter.markers) for r in rows)
    }
    assert named >= MATTER_TABLES, f"the matter should be found in {MATTER_TABLES - named}"
    # what identifies the matter's events and deliveries identifies it too (an attempt
    # names only its delivery)
    derived = {
        str(row["id"])
        for name in ("outbox_event", "webhook_delivery")
        for row in before[name]
        if mentions(row, matter.markers)
    }
    assert any(mentions(r, derived) for r in before["webhook_attempt"])
    markers = matter.markers | derived
    own = {d for d, kind in matter.digests.items() if kind == "own"}
    assert own & store_files(app, tenant_id), "the matter's own file should be stored"

    erased = client.delete(
        "/v1/matters", params={"external_ref": matter.external_ref}, headers=auth
    )
    assert erased.status_code == 200, erased.text
    body = erased.json()
    assert sorted(body["assessment_ids"]) == sorted(matter.assessment_ids)
    assert body["evidence"] == 2 and body["drafts"] == 1 and body["blobs"] == 1
    assert body["events"] > 5

    after = rows_of_firm(app.state.engine, tenant_id)
    left = {
        (
            name,
            tuple(sorted(mentions(row, markers))),
            row.get("type") or row.get("event_type"),
        )
        for name, rows in after.items()
        for row in rows
        if mentions(row, markers)
    }
    notices = {
        (name, kind)
        for name, _found, kind in left
        if name in ("outbox_event", "webhook_delivery") and kind == "assessment.deleted"
    }
    assert {(name, found) for name, found, kind in left if (name, kind) not in notices} == set()
    tombstones = [r for r in after["outbox_event"] if mentions(r, matter.markers)]
    assert sorted(r["data"]["id"] for r in tombstones) == sorted(matter.assessment_ids)
    assert all(set(r["data"]) == {"id", "external_ref"} for r in tombstones)
    assert [args for args in queued_jobs(app) if any(m in args for m in markers)] == []
    erased_rows = [r for r in after["audit_event"] if r["subject_erased"]]
    assert erased_rows and all(r["assessment_id"] is None for r in erased_rows)

    # the blob only this matter used is gone from the store; the shared one stays
    held_files = store_files(app, tenant_id)
    assert not own & held_files
    assert set(kept.digests) <= held_files
    blob_rows = {r["sha256"] for r in after["evidence_blob"]}
    assert held_files <= blob_rows, "a file in the store without its record"

    # the other matter is whole; the feed no longer lists the erased one
    other = client.get(f"/v1/assessments/{kept.assessment_ids[0]}/evidence", headers=auth)
    assert [e["id"] for e in other.json()["items"]] == kept.evidence_ids
    calendar = client.get(feed["url"]).text
    assert not any(ident in calendar for ident in matter.assessment_ids)
    assert kept.assessment_ids[0] in calendar
    for ident in matter.assessment_ids:
        assert client.get(f"/v1/assessments/{ident}", headers=auth).status_code == 404

    # once the erasure notices are delivered, the purge drops them: nothing is left at all
    pump(app, lambda: len(deleted_notices(receiver, matter)) == 2)
    assert forget_delivered_tombstones(app.state.engine, timedelta(0)) >= 2
    final = rows_of_firm(app.state.engine, tenant_id)
    assert [
        (name, mentions(row, markers))
        for name, rows in final.items()
        for row in rows
        if mentions(row, markers)
    ] == []


def deleted_notices(receiver: Receiver, matter: matters.Matter) -> list[bytes]:
    return [
        body
        for _headers, body, _behaviour in receiver.received
        if b"assessment.deleted" in body and matter.external_ref.encode() in body
    ]


def test_a_matter_under_legal_hold_is_not_erased(client, auth, example_claim):
    claim = matters.claim_for(example_claim, f"MAT-HOLD-{uuid.uuid4().hex[:8]}", "hold")
    created = client.post("/v1/assessments", json=claim, headers=auth).json()
    hold = client.post(
        "/v1/legal-holds",
        json={"external_ref": claim["external_ref"], "reason": "Assignation reçue"},
        headers=auth,
    )
    assert hold.status_code == 201, hold.text
    again = client.post("/v1/legal-holds", json={"assessment_id": created["id"]}, headers=auth)
    assert again.status_code == 201  # a second hold, on the assessment itself
    for refused in (
        client.delete(f"/v1/assessments/{created['id']}", headers=auth),
        client.delete("/v1/matters", params={"external_ref": claim["external_ref"]}, headers=auth),
    ):
        assert refused.status_code == 409
        assert refused.headers["content-type"].startswith("application/problem+json")
        assert refused.json()["type"].endswith("/legal-hold")
    assert client.get(f"/v1/assessments/{created['id']}", headers=auth).status_code == 200
    for placed in (hold, again):
        assert (
            client.delete(f"/v1/legal-holds/{placed.json()['id']}", headers=auth).status_code == 204
        )
    assert client.delete(f"/v1/assessments/{created['id']}", headers=auth).status_code == 204


def test_legal_holds_belong_to_their_firm(client, auth, other_auth, example_claim):
    created = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    assert (
        client.post("/v1/legal-holds", json={"assessment_id": created["id"]}, headers=other_auth)
    ).status_code == 404
    hold = client.post("/v1/legal-holds", json={"assessment_id": created["id"]}, headers=auth)
    same = client.post("/v1/legal-holds", json={"assessment_id": created["id"]}, headers=auth)
    assert same.status_code == 200 and same.json()["id"] == hold.json()["id"]
    assert client.get(f"/v1/legal-holds/{hold.json()['id']}", headers=other_auth).status_code == 404
    assert client.get("/v1/legal-holds", headers=other_auth).json()["items"] == []
    assert (
        client.delete(f"/v1/legal-holds/{hold.json()['id']}", headers=other_auth).status_code == 404
    )
    assert (
        client.delete("/v1/matters", params={"assessment_id": created["id"]}, headers=other_auth)
    ).status_code == 404


@pytest.mark.parametrize(
    "params",
    [{}, {"external_ref": "A", "assessment_id": str(uuid.uuid4())}, {"external_ref": ""}],
)
def test_a_matter_is_named_by_one_selector(client, auth, params):
    answer = client.delete("/v1/matters", params=params, headers=auth)
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("application/problem+json")


def test_an_unknown_matter_answers_404(client, auth):
    answer = client.delete("/v1/matters", params={"external_ref": "MAT-NOPE"}, headers=auth)
    assert answer.status_code == 404
    body = client.post(
        "/v1/legal-holds", json={"external_ref": "x", "assessment_id": None}, headers=auth
    )
    assert body.status_code == 201  # a reference may be held before its first assessment
    both = client.post(
        "/v1/legal-holds",
        json={"external_ref": "y", "assessment_id": str(uuid.uuid4())},
        headers=auth,
    )
    assert both.status_code == 422
