"""What a file is, decided by its first bytes (never by its name or declared type), and
the allow-list of what Riposte accepts as evidence.

The signatures are those of the format specifications (JPEG SOI marker, PNG signature,
RIFF/WEBP, TIFF byte-order marks, ISO-BMFF ``ftyp`` brands for HEIF, ``%PDF-``, the OLE2
compound-file header with the property streams of an Outlook message). Text is accepted
only when it decodes as UTF-8 without control bytes; an e-mail is text that opens with
RFC 5322 header fields.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath


@dataclass(frozen=True, slots=True)
class FileType:
    media_type: str
    extension: str
    image_format: str | None = None  # the Pillow format the file must open as


JPEG = FileType("image/jpeg", "jpg", "JPEG")
PNG = FileType("image/png", "png", "PNG")
WEBP = FileType("image/webp", "webp", "WEBP")
TIFF = FileType("image/tiff", "tif", "TIFF")
HEIC = FileType("image/heic", "heic", "HEIF")
PDF = FileType("application/pdf", "pdf")
EML = FileType("message/rfc822", "eml")
MSG = FileType("application/vnd.ms-outlook", "msg")
TEXT = FileType("text/plain", "txt")
ALLOWED = {t.media_type: t for t in (JPEG, PNG, WEBP, TIFF, HEIC, PDF, EML, MSG, TEXT)}
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
MAIL_HEADERS = {
    "from",
    "to",
    "cc",
    "subject",
    "date",
    "message-id",
    "mime-version",
    "received",
    "return-path",
    "delivered-to",
    "reply-to",
    "sender",
    "content-type",
    "x-mailer",
    "dkim-signature",
    "authentication-results",
}
HEADER_LINE = re.compile(rb"^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class NotAllowed(Exception):
    """The file's content is not one of the accepted types."""


def detect(data: bytes) -> FileType:
    """The allowed type ``data`` is, or ``NotAllowed``."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(PNG_SIGNATURE):
        return PNG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return TIFF
    if data[4:8] == b"ftyp" and data[8:12] in HEIF_BRANDS:
        return HEIC
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(OLE2):
        if "__substg1.0_".encode("utf-16-le") in data:
            return MSG
        raise NotAllowed("an Office compound file that is not an Outlook message")
    text = _as_text(data)
    if text is None:
        raise NotAllowed("not an accepted image, PDF, e-mail or plain-text file")
    return EML if _looks_like_mail(data) else TEXT


def _as_text(data: bytes) -> str | None:
    if not data:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    return None if CONTROL.search(text) else text


def _looks_like_mail(data: bytes) -> bool:
    names = []
    for line in data[:16384].splitlines():
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            continue
        found = HEADER_LINE.match(line)
        if not found:
            return False
        names.append(found.group(1).decode().lower())
    return len({n for n in names if n in MAIL_HEADERS}) >= 2 and "from" in names


def safe_filename(name: str | None, file_type: FileType) -> str:
    """A name safe to show and to send back in Content-Disposition: no directories, no
    control or quoting characters, at most 120 characters, the extension of the type the
    content really is."""
    base = PureWindowsPath(PurePosixPath(name or "").name).name
    base = unicodedata.normalize("NFC", base)
    stem = base.rsplit(".", 1)[0] if "." in base else base
    stem = "".join(
        c for c in stem if unicodedata.category(c)[0] not in ("C", "Z") or c == " "
    ).strip()
    stem = re.sub(r'[\\/:*?"<>|;%\'`]+', "_", stem).strip(" ._")[:120]
    return f"{stem or 'evidence'}.{file_type.extension}"
