"""The review pages through HTTP: sign-in by cookie, CSRF on every form, one firm's data."""

from __future__ import annotations

import io
import re
from html import unescape

from pypdf import PdfReader


def sign_in(client, auth, language="fr"):
    client.cookies.clear()
    form = client.get("/app/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', form.text).group(1)
    key = auth["Authorization"].removeprefix("Bearer ")
    response = client.post(
        "/app/login",
        data={"api_key": key, "csrf": csrf, "language": language},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie
    return response


def page_csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def test_sign_in_answer_draft_and_sign_out(client, auth, example_claim):
    assessment = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    client.cookies.clear()
    assert client.get("/app/assessments", follow_redirects=False).status_code == 303
    sign_in(client, auth)
    listing = client.get("/app/assessments?agency=copytrack")
    assert assessment["id"] in listing.text
    url = f"/app/assessments/{assessment['id']}"
    page = client.get(url)
    assert page.status_code == 200
    assert 'data-code="request_justification"' in page.text
    assert "GEN-MANDATE-01" in page.text and "https://www.legifrance.gouv.fr" in page.text
    csrf = page_csrf(page.text)
    etag = unescape(re.search(r'name="if_match" value="([^"]+)"', page.text).group(1))
    answered = client.patch(
        url, data={"rank": 1, "option": 0}, headers={"If-Match": etag, "X-CSRF-Token": csrf}
    )
    assert answered.status_code == 200
    assert 'data-code="negotiate"' in answered.text
    assert "La recommandation est passée" in answered.text
    stale = client.patch(
        url, data={"rank": 1, "option": 0}, headers={"If-Match": etag, "X-CSRF-Token": csrf}
    )
    assert "?stale=true" in str(stale.url)
    drafted = client.post(
        f"{url}/drafts", data={"kind": "request_for_justification", "language": "fr", "csrf": csrf}
    )
    assert drafted.status_code == 200
    pdf_link = re.search(r'href="([^"]+format=pdf)"', drafted.text).group(1)
    pdf = client.get(unescape(pdf_link))
    assert pdf.headers["content-type"] == "application/pdf"
    assert "7Q2K9X" in PdfReader(io.BytesIO(pdf.content)).pages[0].extract_text()
    report = client.get(f"{url}/report.pdf")
    assert report.headers["content-type"] == "application/pdf"
    assert client.get(f"{url}/trace").status_code == 200
    out = client.post("/app/logout", data={"csrf": csrf}, follow_redirects=False)
    assert out.status_code == 303
    client.cookies.clear()
    assert client.get(url, follow_redirects=False).status_code == 303


def test_posts_without_csrf_are_refused(client, auth, example_claim):
    assessment = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    url = f"/app/assessments/{assessment['id']}"
    sign_in(client, auth)
    page = client.get(url)
    etag = unescape(re.search(r'name="if_match" value="([^"]+)"', page.text).group(1))
    no_token = client.post(f"{url}/drafts", data={"kind": "contestation", "language": "fr"})
    assert no_token.status_code == 403
    assert no_token.headers["content-type"] == "application/problem+json"
    wrong = client.post(
        f"{url}/answers", data={"rank": 1, "option": 0, "if_match": etag, "csrf": "forged"}
    )
    assert wrong.status_code == 403
    assert client.post("/app/logout", data={}).status_code == 403
    login = client.post("/app/login", data={"api_key": "x", "csrf": "guess"})
    assert login.status_code == 403
    assert 'data-code="request_justification"' in client.get(url).text


def test_another_firms_assessment_is_not_found(client, auth, other_auth, example_claim):
    theirs = client.post("/v1/assessments", json=example_claim, headers=other_auth).json()
    sign_in(client, auth)
    url = f"/app/assessments/{theirs['id']}"
    assert client.get(url).status_code == 404
    assert client.get(f"{url}/report.pdf").status_code == 404
    csrf = page_csrf(client.get("/app/assessments").text)
    drafted = client.post(
        f"{url}/drafts", data={"kind": "contestation", "language": "fr", "csrf": csrf}
    )
    assert drafted.status_code == 404
    assert theirs["id"] not in client.get("/app/assessments").text


def test_a_wrong_key_does_not_sign_in(client):
    client.cookies.clear()
    csrf = page_csrf(client.get("/app/login?lang=en").text)
    response = client.post(
        "/app/login", data={"api_key": "rip_000000000000_nope", "csrf": csrf, "language": "en"}
    )
    assert response.status_code == 401
    assert "Unknown or revoked key" in response.text


def test_the_report_pdf_through_the_api(client, auth, other_auth, example_claim):
    assessment = client.post("/v1/assessments", json=example_claim, headers=auth).json()
    url = f"/v1/assessments/{assessment['id']}/report.pdf"
    response = client.get(f"{url}?lang=en", headers=auth)
    assert response.status_code == 200
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "MAT-2026-0142" in text and "Findings by question" in text
    assert client.get(url, headers=other_auth).status_code == 404
