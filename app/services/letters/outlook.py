"""Outlook .msg letters read with extract-msg: sender, subject, date, body, attached PDFs.

The attachments are counted in the raw bytes before anything is parsed, so a message
with thousands of them is refused at once instead of being unpacked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .text import LetterUnreadable

MAX_ATTACHMENTS = 50
MAX_ENTRIES = 5_000
MAX_READ_ATTACHMENTS = 5
_ATTACHMENT_MARK = "__attach_version1.0_#".encode("utf-16-le")
_ENTRY_MARK = "__substg1.0_".encode("utf-16-le")

# extract-msg logs every unusual stream at WARNING; a malformed upload is not news.
logging.getLogger("extract_msg").setLevel(logging.ERROR)


@dataclass(frozen=True)
class OutlookMessage:
    body: str
    html: str | None
    sender: str | None
    subject: str | None
    date: str | None
    pdfs: list[bytes]
    texts: list[str]


def read_msg(data: bytes) -> OutlookMessage:
    attachments = data.count(_ATTACHMENT_MARK)
    if attachments > MAX_ATTACHMENTS:
        raise LetterUnreadable(
            f"the Outlook message has {attachments} attachments; at most {MAX_ATTACHMENTS} "
            "are accepted"
        )
    if data.count(_ENTRY_MARK) > MAX_ENTRIES:
        raise LetterUnreadable(f"the Outlook message has more than {MAX_ENTRIES} properties")
    try:
        import extract_msg

        message = extract_msg.openMsg(data, delayAttachments=True, strict=False)
    except Exception as exc:  # a malformed upload must end as "unreadable", whatever happens
        raise LetterUnreadable(
            f"the Outlook .msg file could not be read ({type(exc).__name__})"
        ) from exc
    try:
        return _content(message)
    except LetterUnreadable:
        raise
    except Exception as exc:
        raise LetterUnreadable(
            f"the Outlook .msg file could not be read ({type(exc).__name__})"
        ) from exc
    finally:
        message.close()


def _content(message: object) -> OutlookMessage:
    body = getattr(message, "body", None) or ""
    html_bytes = getattr(message, "htmlBody", None)
    html = None
    if isinstance(html_bytes, bytes) and html_bytes.strip():
        html = html_bytes.decode("utf-8", errors="replace")
    pdfs: list[bytes] = []
    texts: list[str] = []
    for attachment in list(getattr(message, "attachments", []))[:MAX_READ_ATTACHMENTS]:
        name = (getattr(attachment, "longFilename", None) or "").lower()
        payload = getattr(attachment, "data", None)
        if not isinstance(payload, bytes):
            continue
        if name.endswith(".pdf") or payload.startswith(b"%PDF-"):
            pdfs.append(payload)
        elif name.endswith(".txt"):
            texts.append(payload.decode("utf-8", errors="replace"))
    sender = getattr(message, "sender", None)
    date = getattr(message, "date", None)
    return OutlookMessage(
        body=body,
        html=html,
        sender=str(sender) if sender else None,
        subject=getattr(message, "subject", None) or None,
        date=date.strftime("%a, %d %b %Y %H:%M:%S %z") if date else None,
        pdfs=pdfs,
        texts=texts,
    )
