"""Evidence changes as outbox events (committed with the change, so webhooks deliver them),
and the firm's storage quota under concurrent uploads."""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

from sqlmodel import Session, select

from app.models import Assessment, EvidenceBlob, OutboxEvent
from app.services.evidence.pipeline import use_store
from tests.evidence import files
from tests.evidence.conftest import upload, wait_analysed


def events_of(app, tenant_id) -> list[OutboxEvent]:
    with Session(app.state.engine) as session:
        return list(
            session.exec(
                select(OutboxEvent)
                .where(OutboxEvent.tenant_id == tenant_id, OutboxEvent.type.startswith("evidence."))
                .order_by(OutboxEvent.occurred_at, OutboxEvent.id)
            )
        )


def tenant_of(app, assessment_id: str):
    with Session(app.state.engine) as session:
        return session.get(Assessment, uuid.UUID(assessment_id)).tenant_id


def test_each_change_is_an_event_with_identifiers_only(client, auth, assessment, store, app):
    tenant = tenant_of(app, assessment)
    base = f"/v1/assessments/{assessment}"
    image = upload(client, auth, assessment, files.trunk_archive_image(), "client_image", "x.jpg")
    image = image.json()
    assert image["status"] == "analysed"
    accepted = image["proposals"][0]
    url = f"{base}/evidence/{image['id']}/proposals/{accepted['id']}/accept"
    assert client.post(url, headers=auth).status_code == 200
    mandate = upload(client, auth, assessment, files.pdf(files.MANDATE_LINES), "mandate").json()
    rejected = mandate["proposals"][0]
    url = f"{base}/evidence/{mandate['id']}/proposals/{rejected['id']}/reject"
    assert client.post(url, headers=auth).status_code == 200
    assert client.delete(f"{base}/evidence/{mandate['id']}", headers=auth).status_code == 204

    seen = [(e.type, str(e.subject_id), e.data["status"]) for e in events_of(app, tenant)]
    assert seen == [
        ("evidence.added", image["id"], "analysing"),
        ("evidence.analysed", image["id"], "analysed"),
        ("evidence.proposal_accepted", image["id"], "analysed"),
        ("evidence.added", mandate["id"], "analysing"),
        ("evidence.analysed", mandate["id"], "analysed"),
        ("evidence.proposal_rejected", mandate["id"], "analysed"),
        ("evidence.deleted", mandate["id"], "deleted"),
    ]
    by_type = {e.type: e.data for e in events_of(app, tenant)}
    assert by_type["evidence.proposal_accepted"]["fact"] == accepted["fact"]
    assert by_type["evidence.proposal_accepted"]["proposal_id"] == accepted["id"]
    assert by_type["evidence.analysed"]["assessment_id"] == assessment
    text = repr([e.data for e in events_of(app, tenant)])
    for secret in ("x.jpg", "Trunk Archive", "Jane Doe", "COPYTRACK"):
        assert secret not in text


def test_a_refused_upload_or_accept_leaves_no_event(client, auth, assessment, store, app):
    tenant = tenant_of(app, assessment)
    assert upload(client, auth, assessment, files.truncated_jpeg(), "client_image").status_code in (
        413,
        422,
    )
    mandate = upload(client, auth, assessment, files.pdf(files.MANDATE_LINES), "mandate").json()
    produced = next(p for p in mandate["proposals"] if p["fact"] == "mandate.produced")
    url = f"/v1/assessments/{assessment}/evidence/{mandate['id']}/proposals/{produced['id']}"
    assert client.post(url + "/accept", headers=auth).status_code == 409  # a conflict
    assert [e.type for e in events_of(app, tenant)] == ["evidence.added", "evidence.analysed"]


def test_a_queued_analysis_sends_its_event_when_it_runs(
    client, auth, assessment, store, app, configured
):
    tenant = tenant_of(app, assessment)
    configured(evidence_inline_bytes=0)
    body = upload(client, auth, assessment, files.pdf(files.MANDATE_LINES), "mandate").json()
    assert [e.type for e in events_of(app, tenant)] == ["evidence.added"]
    url = f"/v1/assessments/{assessment}/evidence/{body['id']}"
    assert wait_analysed(client, auth, url)["status"] == "analysed"
    assert [e.type for e in events_of(app, tenant)] == ["evidence.added", "evidence.analysed"]


class SlowStore:
    """The store, slow to write: a wide window between the quota check and the commit,
    where uploads without a lock would all pass the check."""

    def __init__(self, inner) -> None:
        self.inner = inner

    def put(self, *args, **kwargs):
        time.sleep(0.2)
        return self.inner.put(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def test_the_quota_holds_under_concurrent_uploads(client, auth, assessment, store, app, configured):
    size, fits, tries = 1000, 3, 8
    contents = [f"Notes on the case, copy {i}.".encode().ljust(size, b".") for i in range(tries)]
    configured(evidence_quota_bytes=fits * size)
    previous = app.state.evidence_store
    app.state.evidence_store = use_store(app.state.engine, SlowStore(store))
    start = threading.Barrier(tries)

    def send(data: bytes) -> int:
        start.wait()
        return upload(client, auth, assessment, data, "other", "notes.txt").status_code

    try:
        with ThreadPoolExecutor(tries) as pool:
            statuses = sorted(pool.map(send, contents))
    finally:
        app.state.evidence_store = use_store(app.state.engine, previous)
    assert statuses == [201] * fits + [507] * (tries - fits)
    tenant = tenant_of(app, assessment)
    with Session(app.state.engine) as session:
        kept = session.exec(select(EvidenceBlob).where(EvidenceBlob.tenant_id == tenant)).all()
    assert sum(b.size for b in kept) == fits * size
    assert sorted(store.exists(tenant, b.sha256) for b in kept) == [True] * fits
