"""Demand-letter parser: a pasted or uploaded letter read into a claim draft.

Pure Python, no web framework and no database. `parse_letter_text` takes pasted text;
`parse_letter_document` takes the bytes of a .txt, .eml, .html or .pdf file.
"""

from __future__ import annotations

from app.schemas.letters import LetterParse

from .decode import decode_document, sender_domain
from .extract import analyse
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
    """Read an uploaded letter (.txt, .eml, .html, .pdf), detected from its magic bytes,
    file name and content type. Raises LetterUnreadable for empty or unreadable files."""
    decoded = decode_document(data, filename=filename, content_type=content_type)
    body = normalise(decoded.body)
    if not body:
        raise LetterUnreadable(f"the {decoded.kind} document holds no text")
    header = normalise(decoded.header)
    text = f"{header}\n\n{body}" if header else body
    doc = build_views(text, body_start=len(header) + 2 if header else 0)
    email = None
    if decoded.kind == "email":
        email = {
            key: value
            for key, value in (
                ("from", decoded.sender),
                ("subject", decoded.subject),
                ("date", decoded.date_header),
            )
            if value
        }
    return analyse(doc, sender_host=sender_domain(decoded.sender), email=email)
