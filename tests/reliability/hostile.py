"""Hostile inputs: bodies, query strings and letter files built to break a parser or a
database. Each case is (name, method, path, request keyword arguments)."""

from __future__ import annotations

import copy
import zlib
from typing import Any

MIB = 1024 * 1024


def deep(levels: int) -> bytes:
    """A JSON object nested ``levels`` deep (deeper than orjson would write)."""
    return b'{"a":' * levels + b"{}" + b"}" * levels


def string_pointers(value: Any, pointer: str = "") -> list[str]:
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in string_pointers(v, f"{pointer}/{k}")]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in string_pointers(v, f"{pointer}/{i}")]
    return [pointer] if isinstance(value, str) else []


def replaced(document: Any, pointer: str, value: Any) -> Any:
    copied = copy.deepcopy(document)
    node = copied
    parts = pointer.strip("/").split("/")
    for part in parts[:-1]:
        node = node[int(part)] if isinstance(node, list) else node[part]
    last = parts[-1]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return copied


def pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def flate_bomb_pdf(inflated_mb: int = 200, pages: int = 1) -> bytes:
    """Pages sharing one Flate text stream that inflates to ``inflated_mb`` MB."""
    line = b"(" + b"A" * 200 + b") Tj T*\n"
    stream = b"BT /F1 11 Tf 14 TL 56 790 Td\n" + line * (inflated_mb * MIB // len(line)) + b"ET"
    packed = zlib.compress(stream, 9)
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>".encode(),
        b"<< /Length "
        + str(len(packed)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + packed
        + b"\nendstream",
    ]
    for _ in range(pages):
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font "
            b"<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> "
            b"/Contents 3 0 R >>"
        )
    return pdf(objects)


def eml(headers: dict[str, str], body: str = "Dear Sir, COPYTRACK acts for ...") -> bytes:
    lines = [f"{k}: {v}" for k, v in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n" + body).encode()


def letter_files() -> list[tuple[str, str, bytes, str]]:
    """(name, filename, content, content type) of hostile letter documents."""
    encoded_words = " ".join(["=?utf-8?b?QUFBQUFBQUFBQUFB?="] * (MIB // 30))
    pdf_text = flate_bomb_pdf(150)
    return [
        (
            "eml subject of encoded words",
            "a.eml",
            eml({"Subject": encoded_words}),
            "message/rfc822",
        ),
        ("eml from of commas", "a.eml", eml({"From": "," * (MIB // 2)}), "message/rfc822"),
        (
            "eml with many parts",
            "a.eml",
            eml(
                {"MIME-Version": "1.0", "Content-Type": 'multipart/mixed; boundary="b"'},
                "".join("--b\r\nContent-Type: text/plain\r\n\r\nx\r\n" for _ in range(20000))
                + "--b--\r\n",
            ),
            "message/rfc822",
        ),
        ("pdf flate bomb", "a.pdf", pdf_text, "application/pdf"),
        ("pdf 60 pages sharing a stream", "a.pdf", flate_bomb_pdf(20, pages=60), "application/pdf"),
        ("html of comments", "a.html", b"<html><body>" + b"<!--" * 100_000 + b"x", "text/html"),
        (
            "html entity bomb",
            "a.html",
            b"<html><body>" + b"&amp;&#x41;&lt;&#65;" * 200_000 + b"</body></html>",
            "text/html",
        ),
        (
            "html undefined charset",
            "a.html",
            b'<meta charset="x-nonsense"><p>Dear</p>',
            "text/html",
        ),
        ("utf-16 odd bytes", "a.txt", b"\xff\xfeD\x00e\x00a", "text/plain"),
        ("invalid utf-8 text", "a.txt", b"Dear \xff\xfe\xc3\x28 Sir " * 1000, "text/plain"),
        ("nul bytes in text", "a.txt", b"Dear\x00Sir\x00" * 10000, "text/plain"),
    ]


def regex_hostile_texts() -> list[tuple[str, str]]:
    return [
        ("digits", "1" * (MIB // 2)),
        ("digits and separators", "1.1," * (MIB // 8)),
        ("at signs", "a@" * (MIB // 4)),
        ("euro amounts", "EUR 1 " * (MIB // 12)),
        ("dates", "01.01." * (MIB // 12)),
        ("spaces", " " * (MIB // 2) + "x"),
        ("one long word", "a" * (MIB // 2)),
    ]
