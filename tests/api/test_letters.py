"""Letter intake over HTTP: parse in three shapes, and assess in one step."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.paths import SAMPLE_LETTERS as LETTERS

OWN = Path(__file__).resolve().parents[1] / "fixtures" / "letters"


def letter_text(name: str) -> str:
    raw = (LETTERS / name).read_text(encoding="utf-8")
    return raw.split("=== LETTER ===", 1)[1].strip()


@pytest.fixture()
def copytrack_letter() -> str:
    return letter_text("009-copytrack-en.txt")


def test_parse_plain_text_json_and_upload_agree(client, auth, copytrack_letter):
    plain = client.post(
        "/v1/letters/parse",
        content=copytrack_letter.encode(),
        headers={**auth, "Content-Type": "text/plain; charset=utf-8"},
    )
    as_json = client.post("/v1/letters/parse", json={"text": copytrack_letter}, headers=auth)
    upload = client.post(
        "/v1/letters/parse",
        files={"file": ("letter.txt", copytrack_letter.encode(), "text/plain")},
        headers=auth,
    )
    for response in (plain, as_json, upload):
        assert response.status_code == 200, response.text
    body = as_json.json()
    assert body["claim"]["letter"]["agency"] == "copytrack"
    assert body["claim"] == plain.json()["claim"] == upload.json()["claim"]
    for field in body["fields"]:
        if field["start"] is not None:
            assert body["text"][field["start"] : field["end"]] == field["excerpt"]


def test_unreadable_and_unsupported_letters(client, auth):
    empty = client.post("/v1/letters/parse", json={"text": "   "}, headers=auth)
    assert empty.status_code == 422
    assert empty.headers["content-type"].startswith("application/problem+json")
    assert "could not be read" in empty.json()["detail"]
    wrong = client.post(
        "/v1/letters/parse", content=b"x", headers={**auth, "Content-Type": "image/png"}
    )
    assert wrong.status_code == 415
    no_text = client.post("/v1/letters/parse", json={"letter": "x"}, headers=auth)
    assert no_text.status_code == 422
    no_file = client.post("/v1/letters/parse", files={"claim": (None, "{}")}, headers=auth)
    assert no_file.status_code == 422
    assert client.post("/v1/letters/parse", json={"text": "x"}).status_code == 401


def test_upload_above_five_mib_is_413(client, auth):
    big = b"a" * (5 * 1024 * 1024 + 10)
    response = client.post(
        "/v1/letters/parse", files={"file": ("big.txt", big, "text/plain")}, headers=auth
    )
    assert response.status_code == 413


def test_from_letter_merges_caller_facts_and_records_provenance(client, auth, copytrack_letter):
    supplied = {
        "respondent": {"kind": "company", "size": "micro", "country": "FR"},
        "mandate": {"produced": False},
        "letter": {"rights_holder": "Trunk Archive (as the caller says)"},
    }
    response = client.post(
        "/v1/assessments/from-letter",
        json={"text": copytrack_letter, "claim": supplied},
        headers={**auth, "Idempotency-Key": "letter-1"},
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert body["claim"]["letter"]["agency"] == "copytrack", "from the letter"
    assert body["claim"]["letter"]["rights_holder"] == "Trunk Archive (as the caller says)"
    assert body["claim"]["respondent"]["country"] == "FR", "from the caller"
    provenance = body["provenance"]
    assert provenance["source"] == "letter"
    pointers = {f["pointer"] for f in provenance["fields"]}
    assert "/letter/agency" in pointers
    assert "/letter/rights_holder" not in pointers
    assert all(0 <= f["confidence"] <= 1 for f in provenance["fields"])
    assert any(f["rule_id"] == "GEN-MANDATE-01" for f in body["findings"])
    again = client.post(
        "/v1/assessments/from-letter",
        json={"text": copytrack_letter, "claim": supplied},
        headers={**auth, "Idempotency-Key": "letter-1"},
    )
    assert again.json()["id"] == body["id"]
    revisions = client.get(f"/v1/assessments/{body['id']}/revisions", headers=auth).json()
    assert revisions["items"][0]["origin"] == "letter"


def test_from_letter_with_an_uploaded_email(client, auth):
    eml = next(OWN.glob("*.eml"))
    response = client.post(
        "/v1/assessments/from-letter",
        files={"file": (eml.name, eml.read_bytes(), "message/rfc822")},
        data={"claim": '{"respondent": {"country": "GB"}}'},
        headers=auth,
    )
    assert response.status_code == 201, response.text
    assert response.json()["applicable_law"]["country"] == "GB"
    bad = client.post(
        "/v1/assessments/from-letter",
        files={"file": (eml.name, eml.read_bytes(), "message/rfc822")},
        data={"claim": '{"respondent": '},
        headers=auth,
    )
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["pointer"] == "/claim"
