"""Uploaded documents: type detection, encodings, e-mail, HTML, PDF, unreadable files."""

from __future__ import annotations

import base64

import pytest
from letters_pdf import blank_pdf, minimal_pdf

from app.schemas.letters import LetterParse
from app.services.letters import LetterUnreadable, parse_letter_document, parse_letter_text

LETTER = "Sehr geehrte Damen und Herren,\nSchadensersatz: 350,00 € für Ihre Nutzung. Grüße"


def _parse(
    data: bytes, filename: str | None = None, content_type: str | None = None
) -> LetterParse:
    return parse_letter_document(data, filename=filename, content_type=content_type)


def test_text_in_utf8_and_windows_1252_decodes_the_same() -> None:
    utf8 = _parse(LETTER.encode("utf-8"), "letter.txt")
    cp1252 = _parse(LETTER.encode("cp1252"), "letter.txt")
    bom = _parse(b"\xef\xbb\xbf" + LETTER.encode("utf-8"), "letter.txt")
    assert utf8.text == cp1252.text == bom.text
    assert "Grüße" in cp1252.text
    assert cp1252.claim["letter"]["amount_demanded"] == {"amount": "350.00", "currency": "EUR"}


def test_latin1_bytes_that_are_not_windows_1252_still_decode() -> None:
    parse = _parse("Caf\xe9 \x81".encode("latin-1"), "letter.txt")
    assert parse.text.startswith("Café")


def _email(headers: str, body: bytes) -> bytes:
    return headers.replace("\n", "\r\n").encode("ascii") + b"\r\n\r\n" + body


def test_email_base64_html_only_with_date_header_fallback() -> None:
    html = "<html><body><p>Getty Images: please pay &pound;750.00 within 14 days of the " \
           "date of this email.</p><script>var x = '£999.00';</script></body></html>"  # fmt: skip
    data = _email(
        "From: Licensing <licensing@gettyimages.com>\nSubject: Case Number: 381234567\n"
        "Date: Mon, 3 Jun 2024 14:05:00 +0000\nMIME-Version: 1.0\n"
        "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64",
        base64.encodebytes(html.encode("utf-8")),
    )
    parse = _parse(data, "mail.eml")
    letter = parse.claim["letter"]
    assert letter["agency"] == "getty"
    assert letter["letter_date"] == "2024-06-03"
    assert letter["deadline"] == "2024-06-17"
    assert letter["amount_demanded"]["amount"] == "750.00"
    assert "999" not in parse.text
    resolved = next(w for w in parse.warnings if w.code == "deadline_resolved")
    assert "Date header 2024-06-03" in resolved.message
    assert parse.extras["email"]["subject"] == "Case Number: 381234567"


def test_email_quoted_printable_windows_1252_part() -> None:
    data = _email(
        "From: COPYTRACK <de@copytrack.com>\nSubject: Fallnummer: 4KX7QZ\n"
        "Date: Wed, 12 Mar 2025 09:00:00 +0100\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: "
        "quoted-printable",
        b"Gr=FC=DFe, Schadensersatz 350,00 =80 f=FCr die Nutzung.",
    )
    parse = _parse(data, None, "message/rfc822")
    assert "Grüße" in parse.text and "350,00 €" in parse.text
    assert parse.claim["letter"]["agency"] == "copytrack"


def test_sender_domain_alone_identifies_the_agency() -> None:
    data = _email(
        "From: Resolve <ResolveUK@picrights.com>\nSubject: Image licence\n"
        "Content-Type: text/plain; charset=utf-8",
        b"Please contact us about the image on your website.",
    )
    letter = _parse(data, "notice.eml").claim["letter"]
    assert letter["agency"] == "picrights"


def test_email_is_sniffed_without_a_name() -> None:
    data = _email(
        "From: a@pixsy.com\nTo: b@example.com\nSubject: Unauthorized Use of Image\n"
        "Date: Tue, 14 May 2024 09:12:44 +0100",
        b"Pay the license fee of $750.",
    )
    parse = _parse(data)
    assert parse.claim["letter"]["agency"] == "pixsy"
    assert parse.extras["email"]["from"] == "a@pixsy.com"


def test_html_reduced_to_text_without_scripts_styles_or_fetching() -> None:
    markup = (
        b"<html><head><title>t</title><style>.a{}</style><script>fetch('https://x.example')"
        b"</script></head><body><p>Copytrack&nbsp;GmbH</p><p>Fee: 389,59&euro;</p>"
        b"<a href='https://portal.copytrack.com/AB12CD'>portal</a></body></html>"
    )
    parse = _parse(markup, None, "text/html; charset=utf-8")
    assert "fetch" not in parse.text and ".a{}" not in parse.text
    assert "389,59€" in parse.text
    assert parse.extras["portal_urls"] == ["https://portal.copytrack.com/AB12CD"]


def test_pdf_text_layer_and_magic_bytes_beat_the_file_name() -> None:
    pdf = minimal_pdf(["COPYTRACK GmbH", "Case no: 7Q2K9X", "Damages: 350,00 EUR"])
    parse = _parse(pdf, "letter.txt", "text/plain")
    assert parse.claim["letter"]["reference"] == "7Q2K9X"
    assert parse.claim["letter"]["amount_demanded"]["amount"] == "350.00"


@pytest.mark.parametrize(
    ("data", "filename", "reason"),
    [
        (b"", "a.txt", "empty"),
        (b"   \n\t  ", "a.txt", "empty"),
        (blank_pdf(), "scan.pdf", "the scanned PDF holds no text OCR could read"),
        (b"hello", "letter.pdf", "not a PDF"),
        (b"%PDF-1.4 garbage", "letter.pdf", "could not be read"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "scan.png", "image"),
        (b"PK\x03\x04\x14\x00", "letter.docx", "Word"),
        (b"abc\x00\x01\x02", None, "binary"),
    ],
)
def test_unreadable_documents(data: bytes, filename: str | None, reason: str) -> None:
    with pytest.raises(LetterUnreadable) as raised:
        _parse(data, filename)
    assert reason in raised.value.reason
    assert isinstance(raised.value, ValueError)


def test_email_without_text_is_unreadable() -> None:
    data = _email("From: a@b.example\nSubject: x\nContent-Type: text/plain", b"   ")
    with pytest.raises(LetterUnreadable):
        _parse(data, "x.eml")


@pytest.mark.parametrize("text", ["", "   ", "\n\n\u200b\t"])
def test_empty_pasted_text_is_unreadable(text: str) -> None:
    with pytest.raises(LetterUnreadable, match="empty"):
        parse_letter_text(text)


def test_forwarded_message_and_pdf_attachment_are_read() -> None:
    from email.message import EmailMessage

    forwarded = EmailMessage()
    forwarded["From"] = "COPYTRACK <de@copytrack.com>"
    forwarded.set_content("Schadensersatz: 350,00 € für die bisherige Nutzung.")
    outer = EmailMessage()
    outer["From"] = "client@example.com"
    outer["Subject"] = "Fwd: letter"
    outer.set_content("Please see the letter below.")
    outer.add_attachment(forwarded)
    outer.add_attachment(
        minimal_pdf(["Permission Machine Ltd", "Our reference: PM-58213"]),
        maintype="application",
        subtype="pdf",
        filename="letter.pdf",
    )
    parse = _parse(outer.as_bytes(), "fwd.eml")
    assert "Schadensersatz: 350,00 €" in parse.text
    assert parse.claim["letter"]["reference"] == "PM-58213"
