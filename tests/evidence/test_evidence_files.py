"""Every kind of file, the safety limits, tenancy, idempotency, de-duplication, erasure and
background analysis, on both stores."""

from __future__ import annotations

import logging
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import Session, select

from app.models import Assessment, EvidenceBlob
from tests.evidence import files
from tests.evidence.conftest import upload, wait_analysed

EMAIL = (
    b"From: Agent <claims@agency.example>\r\nTo: client@example.fr\r\n"
    b"Subject: Your image\r\nDate: Mon, 5 Oct 2026 09:00:00 +0200\r\n\r\nPlease pay.\r\n"
)


def tenant_of(app, assessment_id: str) -> uuid.UUID:
    with Session(app.state.engine) as db:
        return db.get(Assessment, uuid.UUID(assessment_id)).tenant_id


def blobs(app, tenant_id: uuid.UUID, sha256: str) -> list[EvidenceBlob]:
    with Session(app.state.engine) as db:
        query = select(EvidenceBlob).where(
            EvidenceBlob.tenant_id == tenant_id, EvidenceBlob.sha256 == sha256
        )
        return list(db.exec(query))


KINDS = [
    ("client_image", lambda: files.trunk_archive_image(), "image/jpeg",
     {"acquisition.visible_at_retrieval.metadata_copyright": True}),
    ("claimant_capture", lambda: files.encode(files.photo(5), "PNG"), "image/png", {}),
    ("mandate", lambda: files.pdf(files.MANDATE_LINES), "application/pdf",
     {"mandate.covers_collection": True}),
    ("title_document", lambda: files.pdf(["Assignment of copyright"]), "application/pdf",
     {"title.chain_produced": True}),
    ("licence", lambda: files.pdf(files.INVOICE_LINES), "application/pdf",
     {"acquisition.licence.licensor": "Adobe Stock", "acquisition.licence.held": True}),
    ("invoice", lambda: files.pdf(files.INVOICE_LINES), "application/pdf",
     {"acquisition.licence.documents_available": True}),
    ("bailiff_report", lambda: files.pdf(files.BAILIFF_LINES), "application/pdf",
     {"letter.evidence_of_use": ["screenshot", "bailiff_report"]}),
    ("press_kit_terms", lambda: files.pdf(files.PRESS_KIT_LINES), "application/pdf",
     {"acquisition.press_kit_terms": "editorial_only"}),
    ("correspondence", lambda: EMAIL, "message/rfc822", {}),
    ("other", lambda: "Notes du client : image trouvée sur Google.".encode(), "text/plain", {}),
]  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "make", "media_type", "expected"), KINDS, ids=[k[0] for k in KINDS]
)
def test_every_kind_is_stored_and_analysed(
    client, auth, assessment, store, kind, make, media_type, expected
):
    data = make()
    response = upload(
        client, auth, assessment, data, kind, name="upload.bin", note="from the client"
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["kind"] == kind and body["media_type"] == media_type
    assert body["status"] == "analysed" and body["note"] == "from the client"
    proposed = {p["fact"]: p["value"] for p in body["proposals"]}
    for fact, value in expected.items():
        assert proposed.get(fact) == value, (fact, body["proposals"])
    for item in body["proposals"]:
        assert item["source"]["evidence_id"] == body["id"] and 0 < item["confidence"] <= 1
    content = client.get(
        f"/v1/assessments/{assessment}/evidence/{body['id']}/content", headers=auth
    )
    assert content.status_code == 200 and content.content == data
    assert content.headers["content-type"].startswith(media_type)
    assert content.headers["content-disposition"].startswith("attachment;")
    listed = client.get(f"/v1/assessments/{assessment}/evidence", headers=auth).json()["items"]
    assert [e["id"] for e in listed] == [body["id"]]


def test_a_licence_invoice_gives_its_image_id_date_and_type(client, auth, assessment, store):
    body = upload(client, auth, assessment, files.pdf(files.INVOICE_LINES), "invoice").json()
    assert body["facts"]["image_id"] == "448812277"
    assert body["facts"]["date"] == "2023-03-03"
    assert set(body["facts"]["licence_types"]) >= {"royalty-free", "standard"}


HOSTILE = [
    ("wrong magic", lambda: b"MZ\x90\x00" + b"\x00" * 200, "client_image"),
    ("decompression bomb", files.png_bomb, "client_image"),
    ("truncated jpeg", files.truncated_jpeg, "claimant_capture"),
    ("encrypted pdf", lambda: files.encrypted_pdf(files.MANDATE_LINES), "mandate"),
    ("binary as text", lambda: b"plain\x00text", "other"),
    ("empty file", lambda: b"", "other"),
    ("office document", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "other"),
]


@pytest.mark.parametrize(("case", "make", "kind"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_hostile_files_get_422_and_leave_nothing_stored(
    client, auth, assessment, store, app, case, make, kind
):
    response = upload(client, auth, assessment, make(), kind, name="evil.jpg")
    assert response.status_code == 422, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["errors"][0]["pointer"] == "/file"
    assert client.get(f"/v1/assessments/{assessment}/evidence", headers=auth).json()["items"] == []
    assert _nothing_stored(store)


def _nothing_stored(store) -> bool:
    if hasattr(store, "root"):
        return not store.root.exists() or not any(p.is_file() for p in store.root.rglob("*"))
    listed = store.client.list_objects_v2(Bucket=store.bucket)
    return listed.get("KeyCount", 0) == 0


def test_too_many_pdf_pages_is_refused(client, auth, assessment, store, configured):
    configured(evidence_pdf_max_pages=3)
    response = upload(client, auth, assessment, files.many_pages_pdf(4), "mandate")
    assert response.status_code == 422 and "pages" in response.json()["detail"]
    assert _nothing_stored(store)


def test_an_oversized_file_gets_413_and_nothing_is_stored(
    client, auth, assessment, store, configured
):
    configured(max_evidence_bytes=100_000)
    big = files.encode(files.photo(7, (1600, 1200)), "PNG")
    assert len(big) > 100_000
    response = upload(client, auth, assessment, big, "client_image")
    assert response.status_code == 413
    assert response.headers["content-type"] == "application/problem+json"
    assert _nothing_stored(store)
    # just past the limit, within the multipart allowance: counted on the file itself
    response = upload(client, auth, assessment, b"a" * 100_001, "other")
    assert response.status_code == 413
    assert _nothing_stored(store)


def test_the_quota_gives_507(client, auth, assessment, store, configured):
    first = files.pdf(files.MANDATE_LINES)
    configured(evidence_quota_bytes=len(first) + 100)
    assert upload(client, auth, assessment, first, "mandate").status_code == 201
    assert upload(client, auth, assessment, first, "mandate").status_code == 201  # same blob
    response = upload(client, auth, assessment, files.pdf(files.INVOICE_LINES), "invoice")
    assert response.status_code == 507
    assert response.json()["type"].endswith("/storage-quota-exceeded")


def test_another_firm_gets_404_everywhere(client, auth, other_auth, assessment, store):
    body = upload(client, auth, assessment, files.trunk_archive_image(), "client_image").json()
    base = f"/v1/assessments/{assessment}/evidence"
    pid = body["proposals"][0]["id"]
    for method, url in [
        ("get", base),
        ("get", f"{base}/{body['id']}"),
        ("get", f"{base}/{body['id']}/content"),
        ("delete", f"{base}/{body['id']}"),
        ("post", f"{base}/{body['id']}/proposals/{pid}/accept"),
        ("post", f"{base}/{body['id']}/proposals/{pid}/reject"),
    ]:
        response = client.request(method, url, headers=other_auth)
        assert response.status_code == 404, (method, url, response.text)
    intruder = upload(client, other_auth, assessment, files.pdf(["x"]), "other")
    assert intruder.status_code == 404
    assert client.get(f"{base}/{body['id']}", headers=auth).status_code == 200
    assert client.get(f"{base}/{uuid.uuid4()}", headers=auth).status_code == 404


def test_idempotency_key_replays_and_refuses_another_body(client, auth, assessment, store):
    key = {"Idempotency-Key": f"ev-{uuid.uuid4()}"}
    data = files.pdf(files.MANDATE_LINES)
    first = upload(client, auth, assessment, data, "mandate", headers=key)
    second = upload(client, auth, assessment, data, "mandate", headers=key)
    assert first.status_code == second.status_code == 201
    assert first.json()["id"] == second.json()["id"]
    assert "idempotent-replayed" not in first.headers
    assert second.headers["idempotent-replayed"] == "true"
    listed = client.get(f"/v1/assessments/{assessment}/evidence", headers=auth).json()["items"]
    assert len(listed) == 1
    other = upload(client, auth, assessment, data, "licence", headers=key)
    assert other.status_code == 422


def test_the_same_file_is_stored_once_and_erased_with_its_last_record(
    client, auth, assessment, store, app
):
    data = files.trunk_archive_image(seed=9)
    base = f"/v1/assessments/{assessment}/evidence"
    one = upload(client, auth, assessment, data, "client_image").json()
    two = upload(client, auth, assessment, data, "other").json()
    assert one["sha256"] == two["sha256"] and one["id"] != two["id"]
    tenant = tenant_of(app, assessment)
    assert len(blobs(app, tenant, one["sha256"])) == 1
    assert client.delete(f"{base}/{one['id']}", headers=auth).status_code == 204
    assert client.get(f"{base}/{two['id']}/content", headers=auth).content == data
    assert client.delete(f"{base}/{two['id']}", headers=auth).status_code == 204
    assert blobs(app, tenant, one["sha256"]) == []
    assert _nothing_stored(store)


def test_deleting_the_assessment_erases_its_evidence_and_blobs(
    client, auth, assessment, store, app
):
    image = upload(client, auth, assessment, files.trunk_archive_image(), "client_image").json()
    upload(client, auth, assessment, files.cropped_capture(), "claimant_capture")
    tenant = tenant_of(app, assessment)
    assert client.delete(f"/v1/assessments/{assessment}", headers=auth).status_code == 204
    assert client.get(f"/v1/assessments/{assessment}/evidence", headers=auth).status_code == 404
    assert blobs(app, tenant, image["sha256"]) == []
    assert _nothing_stored(store)


def test_large_files_are_analysed_in_the_background_with_the_same_result(
    client, auth, assessment, store, configured
):
    inline = upload(client, auth, assessment, files.pdf(files.MANDATE_LINES), "mandate").json()
    configured(evidence_inline_bytes=0)
    response = upload(client, auth, assessment, files.pdf(files.MANDATE_LINES), "mandate")
    assert response.status_code == 201
    assert response.json()["status"] == "analysing"
    url = f"/v1/assessments/{assessment}/evidence/{response.json()['id']}"
    later = wait_analysed(client, auth, url)
    assert later["status"] == "analysed"

    def facts(body):
        return [(p["fact"], p["value"], p["confidence"]) for p in body["proposals"]]

    assert facts(later) == facts(inline) and later["facts"] == inline["facts"]


def test_file_names_are_sanitised(client, auth, assessment, store):
    name = '../../etc/pa"ss;wd\r\n.exe'
    body = upload(
        client, auth, assessment, files.trunk_archive_image(), "client_image", name=name
    ).json()
    assert body["filename"].endswith(".jpg")
    assert not any(c in body["filename"] for c in '/\\"\r\n;')
    content = client.get(
        f"/v1/assessments/{assessment}/evidence/{body['id']}/content", headers=auth
    )
    assert content.headers["content-disposition"] == f'attachment; filename="{body["filename"]}"'


def test_contents_and_metadata_never_reach_the_logs(client, auth, assessment, store, caplog):
    with caplog.at_level(logging.DEBUG):
        upload(
            client,
            auth,
            assessment,
            files.trunk_archive_image(),
            "client_image",
            name="secret-name.jpg",
        )
        upload(client, auth, assessment, files.pdf(files.MANDATE_LINES), "mandate")
        upload(client, auth, assessment, files.truncated_jpeg(), "client_image")
    for secret in ("Trunk Archive", "Jane Doe", "secret-name", "COPYTRACK"):
        assert secret not in caplog.text


def test_an_analysis_lost_with_its_queue_is_resumed(
    client, auth, assessment, store, configured, app
):
    """A restart: a new queue. Procrastinate still has the job (it lives in PostgreSQL); the
    in-process queue lost it, and the periodic sweep queues it again."""
    from app.repositories.evidence import pending_analyses
    from app.services import jobs
    from app.services.evidence.pipeline import resume_pending

    configured(evidence_inline_bytes=0)
    body = upload(client, auth, assessment, files.pdf(files.MANDATE_LINES), "mandate").json()
    assert body["status"] == "analysing"
    with Session(app.state.engine) as session:  # the sweep takes only analyses gone stale
        now = datetime.now(UTC)
        assert uuid.UUID(body["id"]) in pending_analyses(session, now + timedelta(seconds=1))
        assert uuid.UUID(body["id"]) not in pending_analyses(session, now - timedelta(hours=1))
    app.state.jobs.depth()  # the stopped process had deferred its wake-ups (PostgreSQL)
    restarted = jobs.build_queue(app.state.settings, app.state.engine)
    try:
        if restarted.backend == "memory":
            assert restarted.depth() == 0
            later = datetime.now(UTC) + timedelta(seconds=1)
            assert resume_pending(restarted.context, started_before=later) >= 1
        restarted.drain()
    finally:
        restarted.stop()
    url = f"/v1/assessments/{assessment}/evidence/{body['id']}"
    assert client.get(url, headers=auth).json()["status"] == "analysed"


def test_non_ascii_names_are_downloaded_under_both_forms(client, auth, assessment, store):
    body = upload(client, auth, assessment, files.pdf(["x"]), "other", name="写真 é.pdf").json()
    assert body["filename"] == "写真 é.pdf"
    url = f"/v1/assessments/{assessment}/evidence/{body['id']}/content"
    disposition = client.get(url, headers=auth).headers["content-disposition"]
    assert disposition == (
        "attachment; filename=\"__ _.pdf\"; filename*=UTF-8''%E5%86%99%E7%9C%9F%20%C3%A9.pdf"
    )
