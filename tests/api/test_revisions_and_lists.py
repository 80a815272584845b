"""Revising with If-Match, revisions kept as computed, erasure, and cursor lists."""

from __future__ import annotations

import copy
import time
import uuid

PATCH = {"Content-Type": "application/merge-patch+json"}


def create(client, auth, claim):
    response = client.post("/v1/assessments", json=claim, headers=auth)
    assert response.status_code == 201, response.text
    return response


def test_patch_needs_if_match_and_appends_a_revision(client, auth, example_claim):
    created = create(client, auth, example_claim)
    url = created.headers["location"].split("testserver")[-1]
    patch = {"mandate": {"produced": True, "names_rights_holder": False}}
    missing = client.patch(url, json=patch, headers={**auth, **PATCH})
    assert missing.status_code == 428
    stale = client.patch(url, json=patch, headers={**auth, **PATCH, "If-Match": '"stale-0"'})
    assert stale.status_code == 412
    ok = client.patch(
        url, json=patch, headers={**auth, **PATCH, "If-Match": created.headers["etag"]}
    )
    assert ok.status_code == 200, ok.text
    body = ok.json()
    assert body["revision"] == 2
    assert body["claim"]["mandate"]["produced"] is True
    assert body["claim"]["letter"]["agency"] == "copytrack", "merge patch keeps the rest"
    rule_ids = {f["rule_id"] for f in body["findings"]}
    assert "GEN-MANDATE-01" not in rule_ids and "GEN-MANDATE-02" in rule_ids
    assert ok.headers["etag"] != created.headers["etag"]
    again = client.patch(
        url, json=patch, headers={**auth, **PATCH, "If-Match": created.headers["etag"]}
    )
    assert again.status_code == 412, "the first ETag is stale once revised"

    revisions = client.get(f"{url}/revisions", headers=auth).json()["items"]
    assert [r["revision"] for r in revisions] == [1, 2]
    assert [r["origin"] for r in revisions] == ["create", "patch"]
    first = client.get(f"{url}/revisions/1", headers=auth).json()
    assert first == created.json(), "revision 1 is shown exactly as it was computed"
    assert client.get(f"{url}/revisions/3", headers=auth).status_code == 404


def test_plain_json_patch_is_accepted_and_other_media_types_are_not(client, auth, example_claim):
    created = create(client, auth, example_claim)
    url = created.headers["location"].split("testserver")[-1]
    ok = client.patch(
        url,
        json={"external_ref": "MAT-NEW"},
        headers={**auth, "If-Match": created.headers["etag"]},
    )
    assert ok.status_code == 200 and ok.json()["external_ref"] == "MAT-NEW"
    refused = client.patch(
        url,
        content=b"external_ref=x",
        headers={**auth, "If-Match": ok.headers["etag"], "Content-Type": "text/plain"},
    )
    assert refused.status_code == 415


def test_invalid_patch_is_422_with_pointer_and_changes_nothing(client, auth, example_claim):
    created = create(client, auth, example_claim)
    url = created.headers["location"].split("testserver")[-1]
    response = client.patch(
        url,
        json={"use": {"audience_monthly": -3}},
        headers={**auth, **PATCH, "If-Match": created.headers["etag"]},
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/use/audience_monthly"
    assert client.get(url, headers=auth).json()["revision"] == 1
    not_object = client.patch(
        url, content=b"[1]", headers={**auth, **PATCH, "If-Match": created.headers["etag"]}
    )
    assert not_object.status_code == 422


def test_delete_erases_everything(client, auth, example_claim):
    created = create(client, auth, example_claim)
    url = created.headers["location"].split("testserver")[-1]
    assert client.delete(url, headers=auth).status_code == 204
    assert client.get(url, headers=auth).status_code == 404
    assert client.get(f"{url}/revisions", headers=auth).status_code == 404
    assert client.delete(url, headers=auth).status_code == 404


def test_trace_lists_every_rule_run_including_those_that_did_not_apply(client, auth, example_claim):
    created = create(client, auth, example_claim).json()
    trace = client.get(f"/v1/assessments/{created['id']}/trace", headers=auth).json()
    statuses = {r["rule_id"]: r["status"] for r in trace["rules"]}
    assert statuses["GEN-MANDATE-01"] == "applies"
    assert statuses["GEN-MANDATE-02"] == "not_applicable"
    assert any(s == "out_of_jurisdiction" for s in statuses.values())
    mandate = next(r for r in trace["rules"] if r["rule_id"] == "GEN-MANDATE-01")
    assert mandate["facts_read"]["mandate.produced"] is False


def test_cursor_pagination_newest_first_with_filters(client, auth, example_claim):
    ids = []
    for index in range(5):
        claim = copy.deepcopy(example_claim)
        claim["external_ref"] = f"MAT-{index}"
        if index % 2:
            claim["letter"]["agency"] = "picrights"
            claim["letter"]["rights_holder"] = "Reuters"
        ids.append(create(client, auth, claim).json()["id"])
        time.sleep(0.002)
    page = client.get("/v1/assessments?limit=2", headers=auth).json()
    assert [i["id"] for i in page["items"]] == ids[::-1][:2]
    seen = [i["id"] for i in page["items"]]
    while page["next"]:
        page = client.get(page["next"].split("testserver")[-1], headers=auth).json()
        seen += [i["id"] for i in page["items"]]
    assert seen == ids[::-1]
    picrights = client.get("/v1/assessments?agency=picrights", headers=auth).json()["items"]
    assert {i["external_ref"] for i in picrights} == {"MAT-1", "MAT-3"}
    holder = client.get("/v1/assessments?rights_holder=reuters", headers=auth).json()["items"]
    assert len(holder) == 2, "rights holder filter ignores case"
    by_ref = client.get("/v1/assessments?external_ref=MAT-4", headers=auth).json()["items"]
    assert [i["id"] for i in by_ref] == [ids[4]]
    recommendation = by_ref[0]["recommendation"]
    same = client.get(f"/v1/assessments?recommendation={recommendation}", headers=auth).json()
    assert len(same["items"]) >= 1
    created_at = by_ref[0]["created_at"]
    before = client.get(
        "/v1/assessments", params={"created_before": created_at}, headers=auth
    ).json()["items"]
    assert ids[4] not in [i["id"] for i in before] and len(before) == 4
    after = client.get(
        "/v1/assessments", params={"created_after": created_at}, headers=auth
    ).json()["items"]
    assert after == []


def test_bad_cursor_and_limits_are_422(client, auth):
    assert client.get("/v1/assessments?cursor=%%%", headers=auth).status_code == 422
    assert client.get("/v1/assessments?limit=101", headers=auth).status_code == 422
    assert client.get("/v1/assessments?limit=0", headers=auth).status_code == 422
    assert (
        client.get(f"/v1/assessments/{uuid.uuid4()}/revisions/0", headers=auth).status_code == 422
    )
