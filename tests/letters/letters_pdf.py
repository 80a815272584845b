"""A minimal valid PDF with a Helvetica text layer, written by hand for the parser tests.

`permission-machine-en.pdf` in tests/fixtures/letters is this module's output for
`PERMISSION_MACHINE_LINES`; a test checks the committed file still matches.
"""

from __future__ import annotations

PERMISSION_MACHINE_LINES = [
    "Permission Machine Ltd",
    "UK company number 11747843",
    "",
    "22 September, 2017",
    "",
    "Our reference: PM-58213",
    "",
    "Dear Sir or Madam,",
    "",
    "We write on behalf of our client Alamy Ltd, which holds the exclusive licence to the",
    'photograph "Harbour at dusk" by the photographer Tom Reed.',
    "The photograph was found on your website at https://www.seaview-bnb.co.uk/gallery",
    "on 4 September 2017.",
    "",
    "A retroactive licence for this use costs \u00a3 440.00 (past use and one further year).",
    "Please pay within 14 days of the date of this letter at",
    "https://permissionmachine.com/pay/PM-58213",
    "",
    "Permission Machine Ltd",
]


def _pdf_string(line: str) -> bytes:
    raw = line.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def minimal_pdf(lines: list[str]) -> bytes:
    """One A4 page, Helvetica 11 pt with WinAnsiEncoding, one `Tj` per line."""
    text = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 790 Td"]
    for line in lines:
        text.append(_pdf_string(line) + b" Tj T*")
    text.append(b"ET")
    stream = b"\n".join(text)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n".encode()
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n".encode()
    out += f"startxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def permission_machine_pdf() -> bytes:
    return minimal_pdf(PERMISSION_MACHINE_LINES)


def blank_pdf() -> bytes:
    """A valid PDF whose page has no text: what a scan without OCR looks like to pypdf."""
    return minimal_pdf([])
