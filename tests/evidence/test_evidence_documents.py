"""Documents without a text layer (scans read by the letters' OCR, or a clear "needs OCR"
where Tesseract is absent) and Outlook messages read like the letters parser reads them."""

from __future__ import annotations

import pytest

from app.services.evidence import analysis
from app.services.letters.pdf import ocr_languages
from tests.evidence import files
from tests.evidence.conftest import upload, wait_analysed
from tests.letters.letters_msg import build_msg
from tests.letters.letters_render import scanned_pdf

MANDATE_TEXT = "\n".join(files.MANDATE_LINES)
needs_tesseract = pytest.mark.skipif(ocr_languages() is None, reason="Tesseract is not installed")


def facts_of(body) -> dict:
    return {p["fact"]: p["value"] for p in body["proposals"]}


@needs_tesseract
def test_a_scanned_mandate_is_read_by_ocr_in_a_queued_job(client, auth, assessment):
    response = upload(client, auth, assessment, scanned_pdf(MANDATE_TEXT), "mandate", "scan.pdf")
    assert response.status_code == 201, response.text
    assert response.json()["status"] == "analysing"  # OCR takes seconds: off the request
    url = f"/v1/assessments/{assessment}/evidence/{response.json()['id']}"
    body = wait_analysed(client, auth, url)
    assert body["status"] == "analysed"
    assert body["facts"]["text_layer"] is False and body["facts"]["ocr"] == "done"
    found = facts_of(body)
    assert found["mandate.names_rights_holder"] is True
    assert found["mandate.covers_collection"] is True
    named = next(p for p in body["proposals"] if p["fact"] == "mandate.names_rights_holder")
    assert named["source"]["page"] == 1 and "Trunk Archive" in named["source"]["excerpt"]


def test_without_tesseract_a_scan_is_kept_and_marked_as_needing_ocr(
    client, auth, assessment, monkeypatch
):
    monkeypatch.setattr(analysis, "ocr_languages", lambda: None)
    response = upload(client, auth, assessment, scanned_pdf(MANDATE_TEXT), "mandate", "scan.pdf")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "analysed"  # nothing slow to do: analysed before the response
    assert body["facts"]["ocr"] == "needs_ocr"
    assert facts_of(body) == {"mandate.produced": True}  # from the kind, not the text
    assert any("Tesseract" in note for note in body["notes"])


def test_a_scan_ocr_cannot_read_says_so(client, auth, assessment, monkeypatch):
    monkeypatch.setattr(analysis, "ocr_languages", lambda: "eng")

    def refuse(data, pages):
        raise analysis.LetterUnreadable("the scanned PDF holds no text OCR could read")

    monkeypatch.setattr(analysis, "ocr_pdf", refuse)
    response = upload(client, auth, assessment, scanned_pdf(" "), "licence", "blank.pdf")
    url = f"/v1/assessments/{assessment}/evidence/{response.json()['id']}"
    body = wait_analysed(client, auth, url)
    assert body["status"] == "analysed"
    assert body["facts"]["ocr"] == "failed" and "no text" in body["facts"]["ocr_failure"]
    assert all("basis" in p["source"] for p in body["proposals"])  # the kind, not the text


def test_an_outlook_invoice_gives_its_licence_facts(client, auth, assessment, store):
    message = build_msg(
        "\n".join(files.INVOICE_LINES),
        subject="Your Adobe Stock invoice",
        sender="Adobe Stock <billing@adobe.example>",
    )
    response = upload(client, auth, assessment, message, "invoice", "invoice.msg")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["media_type"] == "application/vnd.ms-outlook" and body["status"] == "analysed"
    assert body["facts"]["image_id"] == "448812277"
    assert body["facts"]["date"] == "2023-03-03"
    assert set(body["facts"]["licence_types"]) >= {"royalty-free", "standard"}


def test_an_unreadable_outlook_message_fails_with_a_reason(client, auth, assessment, store):
    broken = build_msg("x")[:2048]  # the OLE header survives, the streams do not
    response = upload(client, auth, assessment, broken, "correspondence", "broken.msg")
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["status"] == "failed" and "cannot be read" in body["failure"]
