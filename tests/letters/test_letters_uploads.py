"""Scanned PDFs (OCR) and Outlook .msg letters, through the parser and both endpoints, and
hostile uploads that must end within their limits as problem+json, never a 500."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.services.letters import LetterUnreadable, parse_letter_document
from app.services.letters.outlook import MAX_ATTACHMENTS
from app.services.letters.pdf import MAX_PDF_PAGES, ocr_languages
from tests.letters.letters_msg import build_msg
from tests.letters.letters_render import blank_scanned_pdf, scanned_pdf

LETTER = (
    "Paris, le 4 novembre 2026\n\n"
    "Réf. dossier : ZK4T8M\n\n"
    "Madame, Monsieur,\n\n"
    "COPYTRACK GmbH agit pour le compte de l'agence Lumière Vive Images. Nous vous\n"
    "demandons de régler la somme de 1 150,00 EUR sous 14 jours à compter de la date du\n"
    "présent courrier.\n\n"
    "COPYTRACK GmbH"
)
needs_ocr = pytest.mark.skipif(ocr_languages() is None, reason="Tesseract is not installed")


@pytest.fixture(scope="module")
def scan() -> bytes:
    return scanned_pdf(LETTER)


@needs_ocr
def test_scanned_pdf_is_read_by_ocr_with_page_and_box(scan: bytes) -> None:
    parse = parse_letter_document(scan, filename="scan.pdf", content_type="application/pdf")
    letter = parse.claim["letter"]
    assert letter["agency"] == "copytrack"
    assert letter["reference"] == "ZK4T8M"
    assert letter["amount_demanded"] == {"amount": "1150.00", "currency": "EUR"}
    assert letter["letter_date"] == "2026-11-04"
    assert letter["deadline"] == "2026-11-18"
    assert parse.extras["ocr"]["pages"] == 1
    reference = next(f for f in parse.fields if f.pointer == "/letter/reference")
    assert reference.page == 1
    assert reference.box is not None and all(v >= 0 for v in reference.box)
    assert parse.text[reference.start : reference.end] == "ZK4T8M"


@needs_ocr
def test_the_scanned_attachments_of_one_message_share_one_ocr_budget(scan: bytes) -> None:
    """Three scans attached to one .eml or .msg cost the OCR pages and seconds one letter
    may: once the message's budget is spent, the next scan is not read."""
    from app.services.letters.decode import _Attached
    from app.services.letters.pdf import OcrBudget

    attached = _Attached(budget=OcrBudget(pages=1))
    attached.read(scan)
    attached.read(scan)
    assert len(attached.texts) == 1
    assert attached.ocr_pages == 1
    assert attached.budget.pages == 0


def test_a_spent_ocr_budget_refuses_a_scan_before_a_page_is_rendered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pypdfium2

    from app.services.letters import pdf

    monkeypatch.setattr(pdf, "ocr_languages", lambda: "eng")
    monkeypatch.setattr(pypdfium2, "PdfDocument", _never)
    with pytest.raises(LetterUnreadable, match="at most 0 are read by OCR"):
        pdf.ocr_pdf(blank_scanned_pdf(1), 1, pdf.OcrBudget(pages=0))


def test_outlook_message_is_read_with_its_date_and_attachment() -> None:
    sent = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
    body = (
        "Dear Sir or Madam,\n\nPermission Machine has been retained by Alamy Ltd to resolve "
        "the unlicensed use of a photograph on your website. Alamy is prepared to settle for "
        "£650.00 if paid within 14 days of the date of this email.\n\nPermission Machine"
    )
    data = build_msg(
        body,
        subject="Our ref PM-2026-30915",
        sender="Permission Machine <claims@permissionmachine.com>",
        sent=sent,
        attachments=[("notes.txt", b"Images are available for as little as $25.")],
    )
    parse = parse_letter_document(data, filename="claim.msg", content_type=None)
    letter = parse.claim["letter"]
    assert letter["agency"] == "permission_machine"
    assert letter["rights_holder"] == "Alamy Ltd"
    assert letter["reference"] == "PM-2026-30915"
    assert letter["amount_demanded"] == {"amount": "650.00", "currency": "GBP"}
    assert letter["deadline"] == "2026-11-30"
    deadline = next(f for f in parse.fields if f.pointer == "/letter/deadline")
    assert deadline.rule and "2026-11-16" in deadline.rule
    assert parse.extras["email"]["subject"] == "Our ref PM-2026-30915"


def _never(*args: object, **kwargs: object) -> None:
    raise AssertionError("the upload should have been refused before this step")


def test_msg_with_thousands_of_attachments_is_refused_before_it_is_unpacked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import extract_msg

    data = build_msg("x", attachments=[(f"f{i}.txt", b"x") for i in range(MAX_ATTACHMENTS * 20)])
    monkeypatch.setattr(extract_msg, "openMsg", _never)
    with pytest.raises(LetterUnreadable, match="attachments"):
        parse_letter_document(data, filename="many.msg", content_type=None)


def test_five_hundred_page_scan_is_refused_before_a_page_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import pypdf

    from app.services.letters import pdf

    data = blank_scanned_pdf(500)
    monkeypatch.setattr(pypdf.PageObject, "extract_text", _never)
    monkeypatch.setattr(pdf, "ocr_pdf", _never)
    with pytest.raises(LetterUnreadable, match=f"500 pages; a letter of at most {MAX_PDF_PAGES}"):
        parse_letter_document(data, filename="scan.pdf", content_type=None)


def test_email_with_an_oversized_header_block_is_refused() -> None:
    headers = "".join(f"X-Filler-{i}: {'a' * 60}\r\n" for i in range(2000))
    data = (f"From: a@b.example\r\nSubject: x\r\n{headers}\r\n\r\nHello").encode()
    with pytest.raises(LetterUnreadable, match="header"):
        parse_letter_document(data, filename="big.eml", content_type=None)
    many = "".join(f"X-{i}: a\r\n" for i in range(1000))
    data = (f"From: a@b.example\r\nSubject: x\r\n{many}\r\nHello").encode()
    with pytest.raises(LetterUnreadable, match="header fields"):
        parse_letter_document(data, filename="many.eml", content_type=None)


@pytest.mark.parametrize(
    "payload",
    [b"1" * (1024 * 1024), b" " * (1024 * 1024), ("1 " * (512 * 1024)).encode()],
    ids=["digits", "spaces", "spaced-digits"],
)
def test_mebibyte_of_digits_or_spaces_over_http(client, auth, payload: bytes) -> None:
    response = client.post(
        "/v1/letters/parse", files={"file": ("x.txt", payload, "text/plain")}, headers=auth
    )
    assert response.status_code in (200, 422), response.text
    if response.status_code == 422:
        assert response.headers["content-type"].startswith("application/problem+json")


def test_hostile_uploads_are_problem_json_over_http(client, auth) -> None:
    for name, data in (
        ("scan.pdf", blank_scanned_pdf(500)),
        ("many.msg", build_msg("x", attachments=[(f"{i}.txt", b"x") for i in range(300)])),
        ("broken.msg", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),
    ):
        response = client.post(
            "/v1/letters/parse", files={"file": (name, data, "application/octet-stream")},
            headers=auth,
        )  # fmt: skip
        assert response.status_code == 422, (name, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")
        assert "could not be read" in response.json()["detail"]


@needs_ocr
def test_scanned_pdf_and_msg_through_both_endpoints(client, auth, scan: bytes) -> None:
    message = build_msg(LETTER, sent=datetime(2026, 11, 4, 10, 0, tzinfo=UTC))
    for name, data in (("scan.pdf", scan), ("letter.msg", message)):
        parsed = client.post(
            "/v1/letters/parse", files={"file": (name, data, "application/octet-stream")},
            headers=auth,
        )  # fmt: skip
        assert parsed.status_code == 200, parsed.text
        assert parsed.json()["claim"]["letter"]["reference"] == "ZK4T8M"
        assessed = client.post(
            "/v1/assessments/from-letter",
            files={"file": (name, data, "application/octet-stream")},
            data={"claim": '{"respondent": {"country": "FR"}}'},
            headers=auth,
        )
        assert assessed.status_code == 201, assessed.text
        body = assessed.json()
        assert body["claim"]["letter"]["amount_demanded"]["amount"] == "1150.00"
        deadline = next(
            f for f in body["provenance"]["fields"] if f["pointer"] == "/letter/deadline"
        )
        assert "14 days" in deadline["rule"]


def _eml_with_pdf(body: str, pdf: bytes) -> bytes:
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"] = "COPYTRACK <claims@copytrack.com>"
    message["To"] = "contact@example.fr"
    message["Subject"] = "Votre dossier"
    message["Date"] = "Wed, 04 Nov 2026 10:00:00 +0100"
    message.set_content(body)
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename="lettre.pdf")
    return message.as_bytes()


@needs_ocr
def test_scanned_pdf_attached_to_an_email_is_read_by_ocr(scan: bytes) -> None:
    data = _eml_with_pdf("Veuillez trouver notre courrier en pièce jointe.", scan)
    parse = parse_letter_document(data, filename="dossier.eml", content_type=None)
    letter = parse.claim["letter"]
    assert letter["reference"] == "ZK4T8M"
    assert letter["amount_demanded"] == {"amount": "1150.00", "currency": "EUR"}
    assert parse.extras["ocr"]["pages"] >= 1


@needs_ocr
def test_scanned_pdf_attached_to_an_outlook_message_is_read_by_ocr(scan: bytes) -> None:
    data = build_msg(
        "Veuillez trouver notre courrier en pièce jointe.",
        sender="COPYTRACK <claims@copytrack.com>",
        sent=datetime(2026, 11, 4, 10, 0, tzinfo=UTC),
        attachments=[("lettre.pdf", scan)],
    )
    parse = parse_letter_document(data, filename="dossier.msg", content_type=None)
    assert parse.claim["letter"]["reference"] == "ZK4T8M"
    assert parse.extras["ocr"]["pages"] >= 1


def test_at_most_a_few_attached_pdfs_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.services.letters import decode
    from app.services.letters.pdf import PdfText

    read: list[bytes] = []

    def fake_pdf_text(data: bytes, *, ocr: bool = True, budget: object = None) -> PdfText:
        read.append(data)
        return PdfText(f"page {len(read)}")

    monkeypatch.setattr(decode, "pdf_text", fake_pdf_text)
    attached = decode._Attached()
    for index in range(decode.MAX_ATTACHED_PDFS + 5):
        attached.read(b"%PDF-" + bytes([index]))
    assert len(read) == decode.MAX_ATTACHED_PDFS
    assert attached.appended_to("body").count("page ") == decode.MAX_ATTACHED_PDFS


def _table(lines: list[tuple[str, int]]) -> dict[str, list]:
    """Tesseract's word table for lines (text, top) of one block and paragraph."""
    table: dict[str, list] = {k: [] for k in ("text", "conf", "block_num", "par_num",
                                               "line_num", "left", "top", "width", "height")}  # fmt: skip
    for number, (text, top) in enumerate(lines, 1):
        for index, word in enumerate(text.split()):
            for key, value in (("text", word), ("conf", 90), ("block_num", 1), ("par_num", 1),
                               ("line_num", number), ("left", 10 + 60 * index), ("top", top),
                               ("width", 50), ("height", 20)):  # fmt: skip
                table[key].append(value)
    return table


def test_ocr_text_keeps_the_paragraph_breaks_of_the_layout() -> None:
    """A line's height left empty between two lines is a paragraph break, even when
    Tesseract puts both lines in one paragraph; lines set close together stay one paragraph."""
    from app.services.letters.pdf import _page_text

    spaced = _table([("Madame, Monsieur,", 100), ("Nous agissons pour", 150),
                     ("le compte de", 175), ("l'agence X.", 200)])  # fmt: skip
    text, words = _page_text(spaced, 1, 0)
    assert text == "Madame, Monsieur,\n\nNous agissons pour\nle compte de\nl'agence X."
    assert [text[w.start : w.end] for w in words] == " ".join(text.split()).split(" ")
