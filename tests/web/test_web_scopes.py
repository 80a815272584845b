"""The review pages honour the scopes of the key they were signed in with: a read-only key
reads everything and changes nothing; a key without read cannot sign in; revoking the key
ends its sessions."""

from __future__ import annotations

import re
import uuid

from sqlmodel import Session

from app.services import tenants
from tests.web.test_web_pages import page_csrf, sign_in


def firm_with_keys(app, *scope_sets: tuple[str, ...]) -> list[dict[str, str]]:
    """One firm, one key per scope set (Authorization headers), plus the key ids."""
    with Session(app.state.engine, expire_on_commit=False) as db:
        name = f"firm-{uuid.uuid4().hex[:10]}"
        tenants.create_tenant(db, name)
        made = [tenants.create_key(db, name, scopes=frozenset(s)) for s in scope_sets]
    return [{"Authorization": f"Bearer {token}", "id": str(row.id)} for row, token in made]


def test_a_read_only_key_reads_but_cannot_answer_draft_or_decide(client, app, example_claim):
    writer, reader = firm_with_keys(app, ("read", "write"), ("read",))
    writer_auth = {"Authorization": writer["Authorization"]}
    assessment = client.post("/v1/assessments", json=example_claim, headers=writer_auth).json()
    url = f"/app/assessments/{assessment['id']}"

    sign_in(client, reader)
    assert assessment["id"] in client.get("/app/assessments").text
    page = client.get(url)
    assert page.status_code == 200
    assert 'id="read-only"' in page.text
    assert f'action="{url}/drafts"' not in page.text and f'action="{url}/answers"' not in page.text
    assert client.get(f"{url}/trace").status_code == 200
    assert client.get(f"{url}/report.pdf").headers["content-type"] == "application/pdf"

    csrf = page_csrf(page.text)  # the sign-out form still carries it
    etag = assessment_etag(client, writer_auth, assessment["id"])
    drafted = client.post(
        f"{url}/drafts", data={"kind": "request_for_justification", "language": "fr", "csrf": csrf}
    )
    assert drafted.status_code == 403
    assert drafted.headers["content-type"].startswith("application/problem+json")
    assert drafted.json()["type"].endswith("/forbidden") and "write" in drafted.json()["detail"]
    answered = client.post(
        f"{url}/answers", data={"rank": 1, "option": 0, "csrf": csrf, "if_match": etag}
    )
    assert answered.status_code == 403
    patched = client.patch(
        url, data={"rank": 1, "option": 0}, headers={"If-Match": etag, "X-CSRF-Token": csrf}
    )
    assert patched.status_code == 403
    fake = uuid.uuid4()
    decided = client.post(f"{url}/evidence/{fake}/proposals/{fake}/accept", data={"csrf": csrf})
    assert decided.status_code == 403

    # nothing changed: no draft, still the first revision
    drafts = client.get(f"/v1/assessments/{assessment['id']}/drafts", headers=writer_auth)
    assert drafts.json()["items"] == []
    current = client.get(f"/v1/assessments/{assessment['id']}", headers=writer_auth).json()
    assert current["revision"] == 1

    # the same pages signed in with the write key offer the forms and work
    sign_in(client, writer)
    page = client.get(url)
    assert 'id="read-only"' not in page.text and f'action="{url}/drafts"' in page.text
    made = client.post(
        f"{url}/drafts",
        data={"kind": "request_for_justification", "language": "fr", "csrf": page_csrf(page.text)},
    )
    assert made.status_code == 200
    drafts = client.get(f"/v1/assessments/{assessment['id']}/drafts", headers=writer_auth)
    assert len(drafts.json()["items"]) == 1


def assessment_etag(client, auth, assessment_id: str) -> str:
    return client.get(f"/v1/assessments/{assessment_id}", headers=auth).headers["etag"]


def test_a_key_without_read_cannot_sign_in(client, app):
    (write_only,) = firm_with_keys(app, ("write",))
    client.cookies.clear()
    form = client.get("/app/login?lang=en")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    key = write_only["Authorization"].removeprefix("Bearer ")
    refused = client.post(
        "/app/login",
        data={"api_key": key, "csrf": csrf, "language": "en"},
        follow_redirects=False,
    )
    assert refused.status_code == 403
    assert "no read scope" in refused.text
    assert "riposte_session" not in refused.headers.get("set-cookie", "")


def test_revoking_the_key_ends_its_sessions(client, app, example_claim):
    (key,) = firm_with_keys(app, ("read", "write"))
    sign_in(client, key)
    assert client.get("/app/assessments", follow_redirects=False).status_code == 200
    with Session(app.state.engine) as db:
        tenants.revoke_key(db, uuid.UUID(key["id"]))
    assert client.get("/app/assessments", follow_redirects=False).status_code == 303
