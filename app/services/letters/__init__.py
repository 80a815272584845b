"""Demand-letter parser: a pasted or uploaded letter read into a claim draft.

Pure Python, no web framework and no database. `parse_letter_text` takes pasted text;
`parse_letter_document` takes the bytes of a .txt, .eml, .msg, .html or .pdf file (scanned
PDFs through OCR). `parse_letter_document` is the one entry point for untrusted bytes: every
format parser runs under it, so isolating it (a process, a time limit) isolates them all.
"""

from __future__ import annotations

from app.schemas.letters import LetterParse

from .decode import DecodedLetter, decode_document, sender_domain
from .extract import analyse
from .pdf import locate
from .text import LetterUnreadable, build_views, normalise

__all__ = ["LetterParse", "LetterUnreadable", "parse_letter_document", "parse_letter_text"]


def parse_letter_text(text: str) -> LetterParse:
    """Read a pasted letter. Raises LetterUnreadable when it holds no text."""
    normalised = normalise(text)
    if not normalised:
        raise LetterUnreadable("the letter is empty")
    return analyse(build_views(normalised))


def parse_letter_document(
    data: bytes, *, filename: str | None, content_type: str | None
) -> LetterParse:
    """Read an uploaded letter (.txt, .eml, .msg, .html, .pdf), detected from its magic
    bytes, file name and content type. Raises LetterUnreadable for empty, unreadable or
    oversized files (too many pages, attachments, header fields...)."""
    decoded = decode_document(data, filename=filename, content_type=content_type)
    body = normalise(decoded.body)
    if not body:
        raise LetterUnreadable(f"the {decoded.kind} document holds no text")
    header = normalise(decoded.header)
    text = f"{header}\n\n{body}" if header else body
    doc = build_views(text, body_start=len(header) + 2 if header else 0)
    email = None
    if decoded.kind in ("email", "msg"):
        email = {
            key: value
            for key, value in (
                ("from", decoded.sender),
                ("subject", decoded.subject),
                ("date", decoded.date_header),
            )
            if value
        }
    parse = analyse(doc, sender_host=sender_domain(decoded.sender), email=email)
    if decoded.ocr_words:
        _ocr_boxes(parse, decoded, body)
    elif decoded.ocr_pages:  # scanned PDFs attached to an e-mail: read, no boxes
        parse.extras["ocr"] = {"pages": decoded.ocr_pages, "seconds": decoded.ocr_seconds}
    return parse


def _ocr_boxes(parse: LetterParse, decoded: DecodedLetter, body: str) -> None:
    """Give each value read from a scanned page its page and box; offsets still point into
    `parse.text`, which is the OCR text."""
    parse.extras["ocr"] = {"pages": decoded.ocr_pages, "seconds": decoded.ocr_seconds}
    if body != decoded.body:
        return  # normalising moved the offsets: boxes cannot be matched safely
    words = list(decoded.ocr_words)
    for source in parse.fields:
        if source.start is None or source.end is None:
            continue
        found = locate(words, source.start, source.end)
        if found:
            source.page, source.box = found
