"""Exports (Art. 20 GDPR): a matter or the whole firm as a zip of JSON and the stored files,
streamed, one firm's data only."""

from __future__ import annotations

import io
import json
import uuid
import zipfile

from sqlmodel import Session, select

from app.models import Evidence
from app.services import export
from tests.conftest import make_tenant
from tests.evidence.conftest import upload
from tests.integration.matters import claim_for
from tests.integration.test_key_scopes import key_with


def archive(answer) -> zipfile.ZipFile:
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"] == "application/zip"
    assert answer.headers["content-disposition"].startswith("attachment; filename=")
    return zipfile.ZipFile(io.BytesIO(answer.content))


def read_json(zf: zipfile.ZipFile, name: str):
    return json.loads(zf.read(name))


def matter_with_files(client, auth, example_claim, tag: str | None = None):
    tag = tag or uuid.uuid4().hex[:8]
    claim = claim_for(example_claim, f"MAT-EXP-{tag}", tag)
    ids = [client.post("/v1/assessments", json=claim, headers=auth).json()["id"] for _ in range(2)]
    content = f"Licence de Studio Quillfeather {tag}\n".encode() * 20
    made = upload(client, auth, ids[0], content, "licence", f"licence-{tag}.txt").json()
    draft = client.post(
        f"/v1/assessments/{ids[0]}/drafts",
        json={"kind": "request_for_justification", "language": "fr"},
        headers=auth,
    ).json()
    return claim, ids, made, draft, content


def test_a_matters_export_holds_its_assessments_files_and_drafts(client, auth, example_claim):
    claim, ids, evidence, draft, content = matter_with_files(client, auth, example_claim)
    hold = client.post(
        "/v1/legal-holds", json={"external_ref": claim["external_ref"]}, headers=auth
    ).json()
    answer = client.get(
        "/v1/matters/export", params={"external_ref": claim["external_ref"]}, headers=auth
    )
    zf = archive(answer)
    assert claim["external_ref"] in answer.headers["content-disposition"]
    names = set(zf.namelist())
    manifest = read_json(zf, "manifest.json")
    assert manifest["format"] == "riposte-export/1" and manifest["scope"] == "matter"
    assert sorted(manifest["assessments"]) == sorted(ids)
    assert {f["path"] for f in manifest["files"]} == names - {"manifest.json"}
    for ident in ids:
        assert read_json(zf, f"assessments/{ident}/assessment.json")["id"] == ident
        revision = read_json(zf, f"assessments/{ident}/revisions/1.json")
        assert revision["claim"]["letter"]["rights_holder"] == claim["letter"]["rights_holder"]
        assert revision["result"]["strategy"]["recommendation"]
    base = f"assessments/{ids[0]}"
    record = read_json(zf, f"{base}/evidence/{evidence['id']}.json")
    assert record["sha256"] == evidence["sha256"]
    assert zf.read(f"{base}/evidence/{evidence['id']}/{evidence['filename']}") == content
    assert read_json(zf, f"{base}/drafts/{draft['id']}.json")["kind"] == "request_for_justification"
    assert zf.read(f"{base}/drafts/{draft['id']}.md").decode().strip()
    assert [h["id"] for h in read_json(zf, "legal-holds.json")] == [hold["id"]]
    audit = [json.loads(line) for line in zf.read("audit-events.jsonl").splitlines()]
    assert {row["operation"] for row in audit} >= {"create_assessment", "upload_evidence"}
    assert not any(name.startswith("firm/") for name in names)

    exported = client.get("/v1/audit-events", params={"action": "export"}, headers=auth).json()[
        "items"
    ]
    assert sorted(r["assessment_id"] for r in exported) == sorted(ids)

    alone = client.get("/v1/matters/export", params={"assessment_id": ids[1]}, headers=auth)
    assert sorted(read_json(archive(alone), "manifest.json")["assessments"]) == sorted(ids)


def test_an_assessment_without_a_reference_is_its_own_matter(client, auth, example_claim):
    claim = dict(example_claim)
    claim.pop("external_ref")
    ident = client.post("/v1/assessments", json=claim, headers=auth).json()["id"]
    zf = archive(client.get("/v1/matters/export", params={"assessment_id": ident}, headers=auth))
    assert read_json(zf, "manifest.json")["assessments"] == [ident]


def test_another_firms_matter_is_not_found(client, auth, other_auth, example_claim):
    claim, ids, *_ = matter_with_files(client, auth, example_claim)
    for params in ({"external_ref": claim["external_ref"]}, {"assessment_id": ids[0]}):
        answer = client.get("/v1/matters/export", params=params, headers=other_auth)
        assert answer.status_code == 404
        assert answer.headers["content-type"].startswith("application/problem+json")
    assert client.get("/v1/matters/export", headers=auth).status_code == 422


def test_the_firms_export_needs_admin_and_holds_only_the_firm(client, app, example_claim):
    made = make_tenant(app)
    auth = {"Authorization": made["Authorization"]}
    other = {"Authorization": make_tenant(app)["Authorization"]}
    claim, ids, evidence, _draft, _content = matter_with_files(client, auth, example_claim)
    theirs = client.post("/v1/assessments", json=example_claim, headers=other).json()["id"]
    client.post("/v1/calendar-feeds", json={"label": "agenda"}, headers=auth)
    client.put(
        "/v1/firm/templates/contestation/fr",
        json={"source": "# {{ letterhead.name }}\n"},
        headers=auth,
    )
    assert client.get("/v1/firm/export", headers=key_with(app, "read", "write")).status_code == 403

    zf = archive(client.get("/v1/firm/export", headers=auth))
    names = zf.namelist()
    manifest = read_json(zf, "manifest.json")
    assert manifest["scope"] == "firm" and manifest["firm"]["name"] == made["X-Tenant-Name"]
    exported = {n.split("/")[1] for n in names if n.startswith("assessments/")}
    assert set(ids) <= exported and theirs not in exported
    keys = read_json(zf, "firm/api-keys.json")
    assert [k["id"] for k in keys] == [made["X-Key-Id"]]
    assert "key_hash" not in keys[0] and "prefix" not in keys[0]
    token = made["Authorization"].removeprefix("Bearer ")
    for name in names:
        if not name.endswith((".txt", ".jpg")):
            assert token.split("_", 2)[2] not in zf.read(name).decode("utf-8", "replace")
    feeds = read_json(zf, "firm/calendar-feeds.json")
    assert len(feeds) == 1 and "url" not in feeds[0] and "token_hash" not in feeds[0]
    assert "firm/templates/contestation.fr.md.j2" in names
    assert read_json(zf, "firm/firm.json")["retention_period"] is None
    assert "audit-events.jsonl" in names


def test_the_archive_is_streamed_and_survives_a_missing_file(client, app, auth, example_claim):
    _claim, ids, evidence, _draft, content = matter_with_files(client, auth, example_claim)
    big = bytes(range(256)) * 2048  # 512 KiB that deflate cannot shrink much
    large = upload(client, auth, ids[1], b"Licence\n" + big.hex().encode(), "licence", "big.txt")
    assert large.status_code == 201, large.text
    store = app.state.evidence_store
    with Session(app.state.engine) as db:
        row = db.exec(select(Evidence).where(Evidence.id == uuid.UUID(evidence["id"]))).one()
        owner = row.tenant_id
    store.delete(owner, evidence["sha256"])

    wanted = [uuid.UUID(i) for i in ids]
    chunks = list(export.matter_archive(app.state.engine, store, owner, None, wanted))
    assert len(chunks) > 10 and max(len(c) for c in chunks) < len(big)
    zf = zipfile.ZipFile(io.BytesIO(b"".join(chunks)))
    listed = {f["path"]: f for f in read_json(zf, "manifest.json")["files"]}
    missing = f"assessments/{ids[0]}/evidence/{evidence['id']}/{evidence['filename']}"
    assert listed[missing].get("missing") is True
    assert zf.read(f"assessments/{ids[1]}/evidence/{large.json()['id']}/big.txt").startswith(
        b"Licence\n"
    )
