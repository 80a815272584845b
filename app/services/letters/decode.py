"""Bytes of an uploaded letter to text: plain text, e-mail (.eml, Outlook .msg), HTML, PDF.

Nothing is fetched or executed: HTML is reduced to its text (inscriptis), PDFs to their text
layer or OCR, encodings guessed by charset-normalizer. Each format's work is bounded
(header sizes, MIME parts, attachments, pages, decompressed bytes, seconds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parseaddr
from typing import Literal, cast

from charset_normalizer import from_bytes
from inscriptis import get_text
from inscriptis.model.config import ParserConfig

from .outlook import read_msg
from .pdf import OcrBudget, OcrWord, pdf_text
from .text import LetterUnreadable

DocumentKind = Literal["text", "email", "html", "pdf", "msg"]
MAX_BYTES = 20 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
MAX_HEADER_LINES = 400
MAX_MIME_PARTS = 200
MAX_HTML_CHARS = 2_000_000


@dataclass(frozen=True)
class DecodedLetter:
    """The letter's text; for e-mails also the header block put before the body."""

    kind: DocumentKind
    body: str
    header: str = ""
    sender: str | None = None
    subject: str | None = None
    date_header: str | None = None
    ocr_words: tuple[OcrWord, ...] = ()
    ocr_pages: int = 0
    ocr_seconds: float = 0.0


# Letters in French, German and English: the single-byte encodings their senders use.
_WESTERN = ("cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850")


def decode_text(data: bytes) -> str:
    """UTF-8 (or UTF-16 with a byte-order mark) when the bytes are that, else the encoding
    charset-normalizer finds, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data[:200_000], cp_isolation=list(_WESTERN)).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("cp1252", errors="replace")


def detect_kind(data: bytes, filename: str | None, content_type: str | None) -> DocumentKind:
    """Magic bytes first, then the file name's extension, then the content type, then a sniff."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        if "__substg1.0_".encode("utf-16-le") in data[:65536] or (filename or "").lower().endswith(
            ".msg"
        ):
            return "msg"
        raise LetterUnreadable("old Office (Word 97-2003) files are not supported")
    name = (filename or "").lower()
    ctype = (content_type or "").split(";")[0].strip().lower()
    if name.endswith(".pdf") or ctype == "application/pdf":
        raise LetterUnreadable("the file is labelled as a PDF but is not a PDF")
    _refuse_binary(head)
    if name.endswith((".eml", ".mht")) or ctype in ("message/rfc822", "application/eml"):
        return "email"
    if name.endswith((".html", ".htm", ".xhtml")) or ctype in ("text/html", "application/xhtml"):
        return "html"
    if name.endswith((".txt", ".text", ".md")) or ctype.startswith("text/plain"):
        return "text"
    sniff = head.lstrip().lower()
    if _looks_like_email(sniff):
        return "email"
    if sniff.startswith((b"<!doctype html", b"<html")) or b"<body" in sniff:
        return "html"
    return "text"


_EMAIL_HEADERS = (b"from:", b"received:", b"return-path:", b"mime-version:", b"delivered-to:",
                  b"message-id:", b"date:", b"subject:", b"to:")  # fmt: skip


def _looks_like_email(head: bytes) -> bool:
    lines = head.split(b"\n", 8)[:8]
    headers = sum(1 for line in lines if line.lower().startswith(_EMAIL_HEADERS))
    return headers >= 3 and b"\n\n" in head.replace(b"\r\n", b"\n")


def _refuse_binary(head: bytes) -> None:
    if head.startswith(b"PK\x03\x04"):
        raise LetterUnreadable(
            "Word and other ZIP-based documents are not supported; upload a PDF or paste the text"
        )
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"II*\x00", b"MM\x00*")):
        raise LetterUnreadable("the file is an image; it has no text to read (no OCR)")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LetterUnreadable("the file is binary, not a text document")


def decode_document(
    data: bytes, *, filename: str | None, content_type: str | None
) -> DecodedLetter:
    if len(data) > MAX_BYTES:
        raise LetterUnreadable(f"the document is larger than {MAX_BYTES // (1024 * 1024)} MiB")
    if not data.strip():
        raise LetterUnreadable("the document is empty")
    kind = detect_kind(data, filename, content_type)
    if kind == "pdf":
        read = pdf_text(data)
        return DecodedLetter("pdf", read.text, ocr_words=tuple(read.ocr_words),
                             ocr_pages=read.ocr_pages, ocr_seconds=read.ocr_seconds)  # fmt: skip
    if kind == "msg":
        return msg_letter(data)
    if kind == "email":
        return email_letter(data)
    if kind == "html":
        return DecodedLetter("html", html_text(decode_html(data)))
    return DecodedLetter("text", decode_text(data))


# --- HTML ------------------------------------------------------------------------------

_CONFIG = ParserConfig(display_links=True)
_LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\((https?://[^\s()]{1,400})\)")


def html_text(markup: str) -> str:
    """The visible text of an HTML document (inscriptis: blocks, lists and table cells
    laid out), links kept as `text (url)`."""
    if len(markup) > MAX_HTML_CHARS:
        raise LetterUnreadable(f"the HTML document is over {MAX_HTML_CHARS} characters")
    try:
        text = get_text(markup, _CONFIG)
    except Exception as exc:  # malformed markup must end as "unreadable"
        raise LetterUnreadable(f"the HTML could not be read ({type(exc).__name__})") from exc

    def link(match: re.Match[str]) -> str:
        shown, url = match.group(1).strip(), match.group(2)
        return shown if url.rstrip("/") in shown else f"{shown} ({url})"

    text = _LINK.sub(link, text)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_META_CHARSET = re.compile(rb"<meta[^>]{0,200}charset=[\"']?([A-Za-z0-9_-]{1,40})", re.I)


def decode_html(data: bytes) -> str:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)


# --- e-mail ----------------------------------------------------------------------------


def email_letter(data: bytes) -> DecodedLetter:
    """Body text (plain preferred, else HTML) of a MIME message, with the text of attached
    PDFs and forwarded messages appended."""
    try:
        return _email_letter(data)
    except LetterUnreadable:
        raise
    except Exception as exc:  # a malformed upload must end as "unreadable", whatever happens
        raise LetterUnreadable(f"the e-mail could not be read ({type(exc).__name__})") from exc


def _check_email_limits(data: bytes) -> None:
    """Bound the header block and the MIME parts before the standard parser sees them."""
    head = data[: MAX_HEADER_BYTES + 4].replace(b"\r\n", b"\n")
    end = head.find(b"\n\n")
    if end == -1 and len(data) > MAX_HEADER_BYTES:
        raise LetterUnreadable(f"the e-mail's header block is over {MAX_HEADER_BYTES // 1024} KiB")
    block = head if end == -1 else head[:end]
    headers = sum(1 for line in block.split(b"\n") if line and line[:1] not in b" \t")
    if headers > MAX_HEADER_LINES:
        raise LetterUnreadable(
            f"the e-mail has {headers} header fields; at most {MAX_HEADER_LINES}"
        )
    parts = data.lower().count(b"content-type:")
    if parts > MAX_MIME_PARTS:
        raise LetterUnreadable(f"the e-mail has {parts} MIME parts; at most {MAX_MIME_PARTS}")


MAX_ATTACHED_PDFS = 3
"""Attached PDFs read per message (each within the PDF limits; their OCR shares one budget of
pages and seconds, `OcrBudget`)."""


@dataclass
class _Attached:
    """The text of a message's attached PDFs, read like a PDF upload (OCR for scans)."""

    texts: list[str] = field(default_factory=list)
    ocr_pages: int = 0
    ocr_seconds: float = 0.0
    budget: OcrBudget = field(default_factory=OcrBudget)  # one for the whole message

    def read(self, payload: bytes) -> None:
        if len(self.texts) >= MAX_ATTACHED_PDFS:
            return
        try:
            read = pdf_text(payload, budget=self.budget)
        except LetterUnreadable:
            return  # an unreadable attachment does not make the message unreadable
        self.texts.append(read.text)
        self.ocr_pages += read.ocr_pages
        self.ocr_seconds += read.ocr_seconds

    def appended_to(self, body: str) -> str:
        return "".join([body, *("\n\n" + text for text in self.texts)])


def _email_letter(data: bytes) -> DecodedLetter:
    _check_email_limits(data)
    message = cast(EmailMessage, BytesParser(policy=policy.default).parsebytes(data))
    body = _body_text(message)
    attached = _Attached()
    for part in message.iter_attachments():
        kind = part.get_content_type()
        if kind == "message/rfc822":
            forwarded = part.get_content()
            if isinstance(forwarded, EmailMessage):
                body += "\n\n" + _body_text(forwarded)
        elif kind == "application/pdf" or (part.get_filename() or "").lower().endswith(".pdf"):
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                attached.read(payload)
    body = attached.appended_to(body)
    sender = str(message.get("From", "") or "") or None
    subject = str(message.get("Subject", "") or "") or None
    date_header = str(message.get("Date", "") or "") or None
    lines = [f"{label}: {value}" for label, value in
             (("From", sender), ("Date", date_header), ("Subject", subject)) if value]  # fmt: skip
    return DecodedLetter(
        "email", body, header="\n".join(lines), sender=sender, subject=subject,
        date_header=date_header, ocr_pages=attached.ocr_pages,
        ocr_seconds=round(attached.ocr_seconds, 2),
    )  # fmt: skip


def msg_letter(data: bytes) -> DecodedLetter:
    """An Outlook message: its plain body (else its HTML), with attached PDFs' text layers
    and text files appended."""
    message = read_msg(data)
    body = message.body
    if not body.strip() and message.html:
        body = html_text(message.html)
    attached = _Attached()
    for payload in message.pdfs:
        attached.read(payload)
    body = attached.appended_to(body)
    for attached_text in message.texts:
        body += "\n\n" + attached_text
    lines = [f"{label}: {value}" for label, value in (("From", message.sender),
             ("Date", message.date), ("Subject", message.subject)) if value]  # fmt: skip
    return DecodedLetter("msg", body, header="\n".join(lines), sender=message.sender,
                         subject=message.subject, date_header=message.date,
                         ocr_pages=attached.ocr_pages,
                         ocr_seconds=round(attached.ocr_seconds, 2))  # fmt: skip


def sender_domain(sender: str | None) -> str | None:
    address = parseaddr(sender or "")[1]
    return address.rsplit("@", 1)[1].lower() if "@" in address else None


def _body_text(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    text = _part_text(part)
    if part.get_content_type() == "text/html":
        text = html_text(text)
    if not text.strip():
        html = message.get_body(preferencelist=("html",))
        if html is not None and html is not part:
            text = html_text(_part_text(html))
    return text


# Labels that mailers put on text that is often really UTF-8 or Windows-1252.
_LOOSE_CHARSETS = {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return str(part.get_payload())
    charset = part.get_content_charset()
    if charset in _LOOSE_CHARSETS:
        return decode_text(payload)
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    if part.get_content_type() == "text/html":
        return decode_html(payload)
    return decode_text(payload)
