"""The audit log: one row per authenticated request, a write's row in the write's own
transaction, reads after the answer; no contents or names; queryable by the firm's admin
key only, filtered and page by page."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from app.models import AuditEvent, LegalHold
from app.services import audit, tenants
from tests.conftest import make_tenant
from tests.integration.matters import claim_for
from tests.integration.test_key_scopes import key_with
from tests.web.test_web_pages import sign_in


def firm(app) -> dict[str, str]:
    made = make_tenant(app)
    return {"Authorization": made["Authorization"], "key_id": made["X-Key-Id"]}


def headers(key: dict[str, str]) -> dict[str, str]:
    return {"Authorization": key["Authorization"]}


def events(client, key, **params) -> list[dict]:
    answer = client.get("/v1/audit-events", params=params, headers=headers(key))
    assert answer.status_code == 200, answer.text
    return answer.json()["items"]


def test_writes_and_reads_are_logged_with_the_key(client, app, example_claim):
    key = firm(app)
    created = client.post("/v1/assessments", json=example_claim, headers=headers(key))
    ident = created.json()["id"]
    assert client.get(f"/v1/assessments/{ident}", headers=headers(key)).status_code == 200
    missing = uuid.uuid4()
    assert client.get(f"/v1/assessments/{missing}", headers=headers(key)).status_code == 404
    stale = client.patch(
        f"/v1/assessments/{ident}",
        json={"mandate": {"produced": True}},
        headers={
            **headers(key),
            "Content-Type": "application/merge-patch+json",
            "If-Match": '"000000000000-9"',
        },
    )
    assert stale.status_code == 412

    rows = events(client, key)
    by_operation = {row["operation"]: row for row in rows}
    write = by_operation["create_assessment"]
    assert write["action"] == "write" and write["status"] is None
    assert write["assessment_id"] == ident and write["api_key_id"] == key["key_id"]
    assert write["actor"] == "api_key" and write["route"] == "/v1/assessments"
    assert write["request_id"] == created.headers["x-request-id"]
    read = [r for r in rows if r["operation"] == "get_assessment"]
    assert {(r["status"], r["assessment_id"]) for r in read} == {(200, ident), (404, None)}
    assert by_operation["get_assessment"]["route"] == "/v1/assessments/{assessment_id}"
    refused = by_operation["patch_assessment"]
    assert refused["action"] == "write" and refused["status"] == 412
    assert [r["occurred_at"] for r in rows] == sorted(
        (r["occurred_at"] for r in rows), reverse=True
    )


def test_a_write_commits_with_its_row_or_not_at_all(app):
    made = make_tenant(app)
    with Session(app.state.engine, expire_on_commit=False) as db:
        caller = tenants.identify(db, made["Authorization"].removeprefix("Bearer "))
    tenant_id = caller.tenant_id

    def context(cls=audit.AuditContext):
        return cls(
            tenant_id=tenant_id,
            actor=audit.API_KEY,
            api_key_id=caller.key_id,
            operation="place_legal_hold",
            method="POST",
            route="/v1/legal-holds",
        )

    ref = f"MAT-{uuid.uuid4().hex[:8]}"
    with Session(app.state.engine) as db:
        audit.attach(db, context())
        db.add(LegalHold(tenant_id=tenant_id, external_ref=ref + "-rolled-back"))
        db.flush()
        db.rollback()
        db.add(LegalHold(tenant_id=tenant_id, external_ref=ref))
        db.commit()
    with Session(app.state.engine) as db:
        rows = db.exec(select(AuditEvent).where(AuditEvent.tenant_id == tenant_id)).all()
        holds = db.exec(select(LegalHold).where(LegalHold.tenant_id == tenant_id)).all()
    assert [h.external_ref for h in holds] == [ref]
    assert [(r.operation, r.resource_type, r.resource_id) for r in rows] == [
        ("place_legal_hold", "legal_hold", holds[0].id)
    ]

    class Broken(audit.AuditContext):
        def values(self, **_):  # every row is built from its values
            raise RuntimeError("the audit row cannot be written")

    with Session(app.state.engine) as db:
        audit.attach(db, context(Broken))
        db.add(LegalHold(tenant_id=tenant_id, external_ref=ref + "-unaudited"))
        with pytest.raises(RuntimeError):
            db.commit()
    with Session(app.state.engine) as db:
        refs = db.exec(select(LegalHold.external_ref).where(LegalHold.tenant_id == tenant_id)).all()
    assert refs == [ref], "a write whose audit row fails must not commit"


def test_rows_hold_no_contents_no_names_no_query(client, app, example_claim):
    key = firm(app)
    tag = uuid.uuid4().hex[:8]
    claim = claim_for(example_claim, f"MAT-SECRET-{tag}", tag)
    created = client.post("/v1/assessments", json=claim, headers=headers(key)).json()
    holder = claim["letter"]["rights_holder"]
    client.get("/v1/assessments", params={"rights_holder": holder}, headers=headers(key))
    recorded = client.post(
        f"/v1/assessments/{created['id']}/outcome",
        json={"kind": "claim_withdrawn", "ended_on": "2026-11-20", "note": f"Lettre de {holder}"},
        headers=headers(key),
    )
    assert recorded.status_code == 201, recorded.text
    app.state.audit_reads.flush()
    with Session(app.state.engine) as db:
        rows = db.exec(
            select(AuditEvent).where(AuditEvent.api_key_id == uuid.UUID(key["key_id"]))
        ).all()
    assert len(rows) == 3
    text = " ".join(str(row.model_dump()) for row in rows)
    for secret in (
        holder,
        claim["letter"]["photographer"],
        claim["external_ref"],
        "Lettre",
        "1200",
    ):
        assert secret not in text


def test_only_the_firms_admin_key_reads_its_log(client, app, example_claim):
    key = firm(app)
    client.post("/v1/assessments", json=example_claim, headers=headers(key))
    for scopes in (("read",), ("read", "write")):
        refused = client.get("/v1/audit-events", headers=key_with(app, *scopes))
        assert refused.status_code == 403
        assert refused.json()["type"].endswith("/forbidden")
    stranger = firm(app)
    assert events(client, stranger) == [] or all(
        row["api_key_id"] == stranger["key_id"] for row in events(client, stranger)
    )
    assert client.get("/v1/audit-events").status_code == 401


def test_filters_and_pages(client, app, example_claim):
    key = firm(app)
    ids = [
        client.post("/v1/assessments", json=example_claim, headers=headers(key)).json()["id"]
        for _ in range(3)
    ]
    for ident in ids:
        client.get(f"/v1/assessments/{ident}", headers=headers(key))
    start = datetime.now(UTC) - timedelta(minutes=5)

    writes = events(client, key, action="write")
    assert {r["operation"] for r in writes} == {"create_assessment"} and len(writes) == 3
    about = events(client, key, assessment_id=ids[1])
    assert {r["operation"] for r in about} == {"create_assessment", "get_assessment"}
    assert len(events(client, key, operation="get_assessment")) == 3
    assert len(events(client, key, api_key_id=key["key_id"], action="read")) >= 3
    assert events(client, key, occurred_before=start.isoformat()) == []

    # the log's own reads are logged as they page: page through rows that stay put
    seen, url = [], "/v1/audit-events?limit=2&operation=get_assessment"
    while url:
        page = client.get(url, headers=headers(key)).json()
        assert len(page["items"]) <= 2
        seen += [row["id"] for row in page["items"]]
        url = page["next"]
    every = [r["id"] for r in events(client, key, operation="get_assessment", limit=100)]
    assert seen == every and len(seen) == 3


@pytest.mark.parametrize(
    "params",
    [
        {"cursor": "not-a-cursor"},
        {"action": "delete"},
        {"operation": "DROP TABLE"},
        {"limit": 0},
        {"api_key_id": "x"},
        {"occurred_after": "yesterday"},
    ],
)
def test_bad_filters_are_problems(client, app, params):
    key = firm(app)
    answer = client.get("/v1/audit-events", params=params, headers=headers(key))
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("application/problem+json")


def test_the_review_pages_are_logged_as_the_key_signed_in(client, app, example_claim):
    key = firm(app)
    created = client.post("/v1/assessments", json=example_claim, headers=headers(key)).json()
    sign_in(client, headers(key))
    assert client.get(f"/app/assessments/{created['id']}").status_code == 200
    rows = events(client, key, assessment_id=created["id"])
    web = [r for r in rows if r["actor"] == "web_session"]
    assert web and web[0]["operation"] == "review_page" and web[0]["api_key_id"] == key["key_id"]
    assert web[0]["route"] == "/app/assessments/{assessment_id}"


def test_an_erased_matter_leaves_its_rows_without_identifiers(client, app, example_claim):
    key = firm(app)
    claim = copy.deepcopy(example_claim)
    ident = client.post("/v1/assessments", json=claim, headers=headers(key)).json()["id"]
    client.get(f"/v1/assessments/{ident}", headers=headers(key))
    assert events(client, key, assessment_id=ident)
    assert client.delete(f"/v1/assessments/{ident}", headers=headers(key)).status_code == 204
    assert events(client, key, assessment_id=ident) == []
    rows = events(client, key)
    erased = [r for r in rows if r["subject_erased"]]
    assert {r["operation"] for r in erased} == {
        "create_assessment",
        "get_assessment",
        "delete_assessment",
    }
    assert all(r["assessment_id"] is None and r["resource_id"] is None for r in erased)


def test_a_calendar_feed_read_is_logged_as_the_feed(client, app):
    key = firm(app)
    feed = client.post("/v1/calendar-feeds", json={}, headers=headers(key)).json()
    assert client.get(feed["url"]).status_code == 200
    rows = [r for r in events(client, key) if r["actor"] == "calendar_feed"]
    assert len(rows) == 1 and rows[0]["operation"] == "calendar_feed"
    assert rows[0]["resource_type"] == "calendar_feed" and rows[0]["resource_id"] == feed["id"]
    assert rows[0]["api_key_id"] is None and rows[0]["route"] == "/calendar/{token}.ics"
    assert "ripcal_" not in str(rows)


def test_reads_wait_in_memory_while_the_database_is_away(app):
    from sqlalchemy import create_engine

    key = firm(app)
    context = audit.AuditContext(
        tenant_id=uuid.uuid4(),
        actor=audit.API_KEY,
        api_key_id=uuid.UUID(key["key_id"]),
        operation="get_assessment",
        method="GET",
        route="/v1/assessments/{assessment_id}",
        action=audit.READ,
    )
    away = audit.ReadLog(create_engine("sqlite:////nonexistent/dir/riposte.db"), capacity=3)
    for _ in range(2):
        away.add(context, 200)
    assert away.flush() == 0 and len(away.pending) == 2 and away.dropped == 0
    for _ in range(2):
        away.add(context, 200)
    assert len(away.pending) == 3 and away.dropped == 1  # the oldest beyond capacity
