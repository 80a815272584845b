"""Bytes of an uploaded letter to text: plain text, e-mail (.eml), HTML and PDF.

Nothing is fetched or executed: HTML is reduced to its text, PDFs to their text layer.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parseaddr
from html.parser import HTMLParser
from typing import Literal, cast

from pypdf import PdfReader

from .text import LetterUnreadable

DocumentKind = Literal["text", "email", "html", "pdf"]
MAX_BYTES = 20 * 1024 * 1024
MAX_PDF_PAGES = 60


@dataclass(frozen=True)
class DecodedLetter:
    """The letter's text; for e-mails also the header block put before the body."""

    kind: DocumentKind
    body: str
    header: str = ""
    sender: str | None = None
    subject: str | None = None
    date_header: str | None = None


def decode_text(data: bytes) -> str:
    """UTF-8 when the bytes are valid UTF-8, else Windows-1252, else Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def detect_kind(data: bytes, filename: str | None, content_type: str | None) -> DocumentKind:
    """Magic bytes first, then the file name's extension, then the content type, then a sniff."""
    head = data[:1024]
    if b"%PDF-" in head:
        return "pdf"
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
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise LetterUnreadable("Outlook .msg and old Office files are not supported")
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
        return DecodedLetter("pdf", pdf_text(data))
    if kind == "email":
        return email_letter(data)
    if kind == "html":
        return DecodedLetter("html", html_text(decode_html(data)))
    return DecodedLetter("text", decode_text(data))


# --- PDF -------------------------------------------------------------------------------


def pdf_text(data: bytes) -> str:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LetterUnreadable("the PDF is password-protected")
        pages = [page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES]]
    except LetterUnreadable:
        raise
    except Exception as exc:  # a malformed upload must end as "unreadable", whatever pypdf raises
        raise LetterUnreadable(f"the PDF could not be read ({type(exc).__name__})") from exc
    text = "\n\n".join(pages)
    if not text.strip():
        raise LetterUnreadable("the PDF has no text layer (scanned?)")
    return text


# --- HTML ------------------------------------------------------------------------------

_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
          "article", "blockquote", "ul", "ol", "dt", "dd", "hr", "pre", "address", "header",
          "footer"}  # fmt: skip
_SKIP = {"script", "style", "head", "noscript", "template", "svg", "object", "iframe", "title"}


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0
        self.href: str | None = None
        self.link_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
        elif tag == "pre":
            self.pre += 1
        if tag in ("td", "th"):
            self.parts.append(" ")
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")
        if tag == "a":
            href = dict(attrs).get("href") or ""
            self.href = href if href.startswith(("http://", "https://")) else None
            self.link_text = []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag == "a" and self.href:
            shown = "".join(self.link_text).strip()
            if self.href.rstrip("/") not in shown:
                self.parts.append(f" ({self.href})")
            self.href = None
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        text = data if self.pre else re.sub(r"\s+", " ", data)
        self.parts.append(text)
        if self.href is not None:
            self.link_text.append(text)


def html_text(markup: str) -> str:
    """The visible text of an HTML document, one block per line, links kept as `(url)`."""
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


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


def _email_letter(data: bytes) -> DecodedLetter:
    message = cast(EmailMessage, BytesParser(policy=policy.default).parsebytes(data))
    body = _body_text(message)
    for part in message.iter_attachments():
        kind = part.get_content_type()
        if kind == "message/rfc822":
            forwarded = part.get_content()
            if isinstance(forwarded, EmailMessage):
                body += "\n\n" + _body_text(forwarded)
        elif kind == "application/pdf":
            payload = part.get_payload(decode=True)
            if isinstance(payload, bytes):
                try:
                    body += "\n\n" + pdf_text(payload)
                except LetterUnreadable:
                    continue
    sender = str(message.get("From", "") or "") or None
    subject = str(message.get("Subject", "") or "") or None
    date_header = str(message.get("Date", "") or "") or None
    lines = [f"{label}: {value}" for label, value in
             (("From", sender), ("Date", date_header), ("Subject", subject)) if value]  # fmt: skip
    return DecodedLetter(
        "email", body, header="\n".join(lines), sender=sender, subject=subject,
        date_header=date_header,
    )  # fmt: skip


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
