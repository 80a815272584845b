"""Reply drafts: every kind in every language for the example claim and a German
Abmahnung, read back as Markdown, HTML, DOCX (python-docx) and PDF (pypdf)."""

from __future__ import annotations

import io
import re
from decimal import Decimal
from html import unescape

import pytest
from docx import Document
from pypdf import PdfReader

from tests.drafts.conftest import create, draft

LANGUAGES = ("fr", "en", "de")
DEMANDED = {"fr": "1 200,00 €", "en": "EUR 1,200.00", "de": "1.200,00 €"}
LETTER_DATE = {"fr": "2 octobre 2026", "en": "2 October 2026", "de": "2. Oktober 2026"}
EXAMPLE_KINDS = ("request_for_justification", "contestation", "counter_offer")
EXAMPLE_KINDS += ("removal_acknowledgement",)
ALL_KINDS = (*EXAMPLE_KINDS, "modified_undertaking")


def plain(text: str) -> str:
    """Text with every kind of space made one plain space (PDF and Babel spaces differ)."""
    return re.sub(r"[\s\u202f\xa0]+", " ", text)


def html_text(html: str) -> str:
    return plain(unescape(re.sub(r"<[^>]+>", " ", html)))


def fetch(client, auth, created: dict, fmt: str):
    response = client.get(created["links"][fmt], headers=auth)
    assert response.status_code == 200, response.text
    return response


def docx_text(content: bytes) -> str:
    document = Document(io.BytesIO(content))
    return plain(" ".join(p.text for p in document.paragraphs))


def pdf_text(content: bytes) -> str:
    return plain(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages))


def cited_titles(document: dict) -> list[str]:
    return [
        c["title"]
        for p in document["paragraphs"]
        for point in p["points"]
        for c in point["citations"]
    ]


def check_letter(client, auth, created: dict, *, reference: str, parties: list[str], lang: str):
    document = created["document"]
    assert created["language"] == lang
    markdown = fetch(client, auth, created, "md").text
    html = html_text(fetch(client, auth, created, "html").text)
    docx = docx_text(fetch(client, auth, created, "docx").content)
    pdf_response = fetch(client, auth, created, "pdf")
    assert pdf_response.headers["content-type"] == "application/pdf"
    pdf = pdf_text(pdf_response.content)
    for text in (html, docx, pdf):
        assert reference in text
        assert plain(DEMANDED[lang]) in text
        assert plain(LETTER_DATE[lang]) in text
        for party in parties:
            assert party in text
    for title in cited_titles(document):
        assert plain(title) in html
        assert plain(title) in docx
    assert "{" not in markdown and "}" not in markdown
    for paragraph in document["paragraphs"]:
        for point in paragraph["points"]:
            assert point["rests_on"], point
            assert point["citations"], point
    return document, html


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", EXAMPLE_KINDS)
def test_example_claim_every_kind_and_language(client, auth, example_claim, kind, lang):
    assessment = create(client, auth, example_claim)
    response = draft(client, auth, assessment["id"], kind, lang, client_name="Dupont SARL")
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["revision"] == 1
    assert response.headers["location"].endswith(created["id"])
    document, html = check_letter(
        client,
        auth,
        created,
        reference="7Q2K9X",
        parties=["COPYTRACK GmbH", "Trunk Archive", "Jane Doe", "Dupont SARL"],
        lang=lang,
    )
    findings = {f["rule_id"]: f for f in assessment["findings"]}
    assert set(created["rests_on"]) <= set(findings)
    if kind in ("request_for_justification", "contestation"):
        assert {"GEN-MANDATE-01", "GEN-TITLE-01", "FR-PROOF-01"} <= set(created["rests_on"])
    if kind == "counter_offer":
        counter = Decimal(assessment["amount"]["counter_offer"]["amount"])
        assert Decimal(document["offer"]["amount"]) <= counter
        assert document["heading"]
        assert plain(document["offer"]["text"]) in html
    else:
        assert document["offer"] is None


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ALL_KINDS)
def test_german_abmahnung_every_kind_and_language(client, auth, abmahnung_claim, kind, lang):
    assessment = create(client, auth, abmahnung_claim)
    assert assessment["applicable_law"]["country"] == "DE"
    response = draft(client, auth, assessment["id"], kind, lang)
    assert response.status_code == 201, response.text
    document, html = check_letter(
        client,
        auth,
        response.json(),
        reference="AB-4471/26",
        parties=["Kanzlei Beispiel Rechtsanwälte", "Trunk Archive"],
        lang=lang,
    )
    assert document["law"] == "DE"
    if kind == "modified_undertaking":
        declaration = document["declaration"]
        assert "DE-LETTER-01" in response.json()["rests_on"]
        assert "reiseblog.example.de/2023/03/lissabon" in declaration["obligations"][0]
        assert "Rechtspflicht" in html and "rechtsverbindlich" in html
        assert declaration["sign_by"]
    if kind == "counter_offer":
        assert "ohne anerkennung einer rechtspflicht" in html.lower()


def test_the_settlement_wording_follows_the_law(client, auth, example_claim):
    fr = create(client, auth, example_claim)
    heading = draft(client, auth, fr["id"], "counter_offer", "fr").json()["document"]["heading"]
    assert "sous toutes réserves" in heading.lower()
    assert "sans reconnaissance de responsabilité" in heading
    gb_claim = {**example_claim, "respondent": {**example_claim["respondent"], "country": "GB"}}
    gb_claim["letter"] = {**example_claim["letter"], "asserted_law": "GB"}
    gb = create(client, auth, gb_claim)
    assert gb["applicable_law"]["country"] == "GB"
    english = draft(client, auth, gb["id"], "counter_offer", "en").json()["document"]
    assert english["heading"].startswith("Without prejudice")


def test_a_contest_case_never_offers_money(client, auth, contest_claim):
    assessment = create(client, auth, contest_claim)
    assert assessment["strategy"]["recommendation"] == "contest"
    refused = draft(client, auth, assessment["id"], "counter_offer", "fr")
    assert refused.status_code == 409
    assert refused.headers["content-type"] == "application/problem+json"
    contestation = draft(client, auth, assessment["id"], "contestation", "fr").json()
    assert contestation["document"]["offer"] is None
    assert "FR-LIMIT-01" in contestation["rests_on"]
    markdown = fetch(client, auth, contestation, "md").text
    assert "prescrite" in markdown
    assert "verser" not in markdown and "transactionnel" not in markdown


def test_refusals_are_problems(client, auth, example_claim):
    assessment = create(client, auth, example_claim)
    undertaking = draft(client, auth, assessment["id"], "modified_undertaking", "fr")
    assert undertaking.status_code == 409
    unknown = draft(client, auth, assessment["id"], "apology", "fr")
    assert unknown.status_code == 422
    italian = draft(client, auth, assessment["id"], "contestation", "it")
    assert italian.status_code == 422
    no_removal = {**example_claim, "use": {**example_claim["use"], "removed_on": None}}
    online = create(client, auth, no_removal)
    assert draft(client, auth, online["id"], "removal_acknowledgement", "en").status_code == 409


def test_drafts_list_get_and_keep_their_revision(client, auth, example_claim):
    assessment = create(client, auth, example_claim)
    first = draft(client, auth, assessment["id"], "request_for_justification", "fr").json()
    patched = client.patch(
        f"/v1/assessments/{assessment['id']}",
        json={"mandate": {"produced": True}},
        headers={**auth, "If-Match": f'"{assessment["id"].replace("-", "")[:12]}-1"'},
    )
    assert patched.status_code == 200, patched.text
    second = draft(client, auth, assessment["id"], "request_for_justification", "fr").json()
    assert (first["revision"], second["revision"]) == (1, 2)
    assert "GEN-MANDATE-01" in first["rests_on"]
    assert "GEN-MANDATE-01" not in second["rests_on"]
    listed = client.get(f"/v1/assessments/{assessment['id']}/drafts", headers=auth).json()
    assert [d["id"] for d in listed["items"]] == [second["id"], first["id"]]
    again = client.get(f"/v1/assessments/{assessment['id']}/drafts/{first['id']}", headers=auth)
    assert again.json()["document"] == first["document"]


def test_another_firm_sees_no_draft(client, auth, other_auth, example_claim):
    assessment = create(client, auth, example_claim)
    mine = draft(client, auth, assessment["id"], "contestation", "en").json()
    base = f"/v1/assessments/{assessment['id']}/drafts"
    assert client.get(base, headers=other_auth).status_code == 404
    assert client.get(f"{base}/{mine['id']}", headers=other_auth).status_code == 404
    assert client.get(f"{base}/{mine['id']}?format=pdf", headers=other_auth).status_code == 404
    other = {"kind": "contestation", "language": "en"}
    assert client.post(base, json=other, headers=other_auth).status_code == 404
