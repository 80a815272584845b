"""The issue's end-to-end flow, on the file store and on S3: the example claim, the
client's image saying © Trunk Archive, a cropped re-compressed capture, proposals, accepted
into new revisions whose findings change; a mandate PDF proposing the mandate facts."""

from __future__ import annotations

from tests.evidence import files
from tests.evidence.conftest import upload


def findings(body) -> set[tuple[str, str]]:
    return {(f["rule_id"], f["outcome"]) for f in body["findings"]}


def proposal(body, fact):
    matches = [p for p in body["proposals"] if p["fact"] == fact]
    assert matches, f"no proposal for {fact}: {body['proposals']}"
    return matches[0]


def test_images_propose_facts_that_change_the_findings(client, auth, assessment, store):
    base = f"/v1/assessments/{assessment}"
    before = client.get(base, headers=auth).json()

    image = upload(client, auth, assessment, files.trunk_archive_image(), "client_image", "a.jpg")
    assert image.status_code == 201, image.text
    image = image.json()
    assert image["status"] == "analysed"
    assert image["media_type"] == "image/jpeg"
    assert image["facts"]["metadata"]["copyright_notice"]["value"] == "© Trunk Archive"
    notice = proposal(image, "acquisition.visible_at_retrieval.metadata_copyright")
    assert notice["value"] is True and notice["state"] == "proposed"
    assert notice["source"]["tag"] == "Iptc.Application2.Copyright"
    assert "© Trunk Archive" in notice["note"]

    capture = upload(client, auth, assessment, files.cropped_capture(), "claimant_capture", "c.jpg")
    assert capture.status_code == 201, capture.text
    capture = capture.json()
    match = capture["match"]
    assert match["verdict"] == "crop_or_derivative"
    assert match["against"] == image["id"]
    assert 0.2 < match["coverage"] < 0.6
    region = match["region_in_client"]
    assert abs(region["x"] - 200) < 15 and abs(region["width"] - 700) < 25
    crop = proposal(capture, "use.whole_work_reproduced")
    assert crop["value"] is False and crop["source"]["against"] == image["id"]

    overlay_id = match["overlay_evidence_id"]
    overlay = client.get(f"{base}/evidence/{overlay_id}", headers=auth).json()
    assert overlay["kind"] == "comparison_overlay"
    assert set(overlay["derived_from"]) == {image["id"], capture["id"]}
    png = client.get(f"{base}/evidence/{overlay_id}/content", headers=auth)
    assert png.headers["content-type"] == "image/png" and png.content.startswith(b"\x89PNG")

    accepted = client.post(
        f"{base}/evidence/{image['id']}/proposals/{notice['id']}/accept", headers=auth
    )
    assert accepted.status_code == 200, accepted.text
    revised = accepted.json()
    assert revised["revision"] == 2
    assert revised["claim"]["acquisition"]["visible_at_retrieval"]["metadata_copyright"] is True
    assert ("GEN-NOTICE-03", "favours_claimant") in findings(revised) - findings(before)
    assert revised["provenance"]["source"] == "evidence"
    assert revised["provenance"]["fields"][0]["evidence_id"] == image["id"]

    second = client.post(
        f"{base}/evidence/{capture['id']}/proposals/{crop['id']}/accept", headers=auth
    )
    assert second.status_code == 200, second.text
    third = second.json()
    assert third["revision"] == 3 and third["claim"]["use"]["whole_work_reproduced"] is False
    pointers = {f["pointer"]: f["evidence_id"] for f in third["provenance"]["fields"]}
    assert pointers == {
        "/acquisition/visible_at_retrieval/metadata_copyright": image["id"],
        "/use/whole_work_reproduced": capture["id"],
    }
    revisions = client.get(f"{base}/revisions", headers=auth).json()["items"]
    assert [r["origin"] for r in revisions] == ["create", "evidence", "evidence"]

    again = client.post(
        f"{base}/evidence/{image['id']}/proposals/{notice['id']}/accept", headers=auth
    )
    assert again.status_code == 409
    shown = client.get(f"{base}/evidence/{image['id']}?lang=en", headers=auth).json()
    assert proposal(shown, notice["fact"])["state"] == "accepted"


def test_a_mandate_pdf_proposes_the_mandate_facts(client, auth, assessment, store):
    base = f"/v1/assessments/{assessment}"
    response = upload(client, auth, assessment, files.pdf(files.MANDATE_LINES), "mandate", "m.pdf")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["facts"]["pages"] == 1 and body["facts"]["names_agency"] is True
    values = {p["fact"]: p["value"] for p in body["proposals"]}
    assert values == {
        "mandate.produced": True,
        "mandate.names_rights_holder": True,
        "mandate.covers_collection": True,
        "mandate.date": "2026-01-12",
    }
    named = proposal(body, "mandate.names_rights_holder")
    assert named["source"]["page"] == 1 and "Trunk Archive" in named["source"]["excerpt"]

    # the example claim says the mandate was not produced: a conflict, shown and refused
    produced = proposal(body, "mandate.produced")
    assert produced["conflict"] == {"current": False}
    refused = client.post(
        f"{base}/evidence/{body['id']}/proposals/{produced['id']}/accept", headers=auth
    )
    assert refused.status_code == 409
    assert refused.headers["content-type"] == "application/problem+json"
    assert client.get(base, headers=auth).json()["revision"] == 1

    for fact in ("mandate.names_rights_holder", "mandate.covers_collection"):
        pid = proposal(body, fact)["id"]
        ok = client.post(f"{base}/evidence/{body['id']}/proposals/{pid}/accept", headers=auth)
        assert ok.status_code == 200, ok.text
    mandate = client.get(base, headers=auth).json()["claim"]["mandate"]
    assert mandate["names_rights_holder"] is True and mandate["covers_collection"] is True
    assert mandate["produced"] is False


def test_a_rejected_proposal_changes_nothing(client, auth, assessment, store):
    base = f"/v1/assessments/{assessment}"
    body = upload(client, auth, assessment, files.trunk_archive_image(), "client_image").json()
    pid = body["proposals"][0]["id"]
    rejected = client.post(f"{base}/evidence/{body['id']}/proposals/{pid}/reject", headers=auth)
    assert rejected.status_code == 200
    assert rejected.json()["proposals"][0]["state"] == "rejected"
    assert client.get(base, headers=auth).json()["revision"] == 1
    late = client.post(f"{base}/evidence/{body['id']}/proposals/{pid}/accept", headers=auth)
    assert late.status_code == 409
