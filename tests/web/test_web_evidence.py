"""The review page's evidence: a file's proposed facts accepted (a new revision) or
rejected, each by a form with its CSRF token."""

from __future__ import annotations

import re
from html import unescape

from tests.evidence import files
from tests.evidence.conftest import upload
from tests.web.test_web_pages import page_csrf, sign_in


def test_proposals_are_accepted_or_rejected_from_the_page(client, auth, example_claim, tmp_path):
    assessment = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    first = upload(client, auth, assessment["id"], files.trunk_archive_image(1), "client_image")
    second = upload(client, auth, assessment["id"], files.trunk_archive_image(2), "client_image")
    assert first.status_code == second.status_code == 201
    sign_in(client, auth)
    url = f"/app/assessments/{assessment['id']}"
    page = client.get(url)
    assert 'id="evidence"' in page.text and "© Trunk Archive" in page.text
    csrf = page_csrf(page.text)
    actions = re.findall(r'action="([^"]+/proposals/[^"]+/(?:accept|reject))"', page.text)
    accept = next(a for a in actions if first.json()["id"] in a and a.endswith("/accept"))
    no_token = client.post(accept, data={})
    assert no_token.status_code == 403
    etag = unescape(re.search(r'name="if_match" value="([^"]+)"', page.text).group(1))
    accepted = client.post(accept, data={"csrf": csrf, "if_match": etag})
    assert accepted.status_code == 200
    assert "révision 2" in accepted.text
    reject = next(a for a in actions if second.json()["id"] in a and a.endswith("/reject"))
    rejected = client.post(reject, data={"csrf": csrf})
    assert rejected.status_code == 200
    assert "rejeté" in rejected.text
    again = client.post(accept, data={"csrf": csrf, "if_match": etag})
    assert again.status_code == 409
