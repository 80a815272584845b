"""Letter intake: turn an uploaded or pasted letter into a claim draft, and an assessment.

The facts the caller supplies win over what the letter says; the assessment records which
facts came from the letter, with their source spans and confidence.
"""

from __future__ import annotations

import uuid
from typing import Any

from app.core.errors import InvalidInput
from app.schemas.letters import LetterParse
from app.services.assessments import AssessmentService, Created, validate_claim
from app.services.letters import (
    LetterUnreadable,
    language,
    parse_letter_document,
    parse_letter_text,
)
from app.services.letters.text import MAX_ANALYSED_CHARS
from app.services.merge_patch import merge_patch

_WARM_UP_LETTERS = (
    "Madame, Monsieur, nous agissons pour le compte de l'agence Lumière. Réf. : AB12. "
    "Veuillez régler 1 150,00 € avant le 18 novembre 2026.",
    "Sehr geehrte Damen und Herren, unsere Mandantin verlangt 980,00 € bis zum 16.11.2026. "
    "Unser Zeichen: TE-26-3312.",
    "Dear Sir or Madam, we act on behalf of Alamy Ltd. Our ref: PM-2026-30915. Please pay "
    "£650.00 by 30 November 2026.",
)


def warm_up() -> None:
    """Load what the parser loads lazily (lingua's models, dateparser's and Babel's
    language data) so that the first letter does not pay for it."""
    language.warm_up()
    for text in _WARM_UP_LETTERS:
        parse_letter_text(text)


def _unreadable(exc: LetterUnreadable) -> InvalidInput:
    return InvalidInput(
        f"The letter could not be read: {exc.reason}",
        errors=[{"pointer": "/text", "detail": exc.reason}],
    )


def echoed(parsed: LetterParse) -> LetterParse:
    """The parse with its text cut to the part the parser read (every offset points
    there): a 5 MB letter is not answered with 5 MB of text again."""
    if len(parsed.text) <= MAX_ANALYSED_CHARS:
        return parsed
    return parsed.model_copy(update={"text": parsed.text[:MAX_ANALYSED_CHARS]})


def parse_text(text: str) -> LetterParse:
    try:
        return echoed(parse_letter_text(text))
    except LetterUnreadable as exc:
        raise _unreadable(exc) from exc


def parse_document(data: bytes, filename: str | None, content_type: str | None) -> LetterParse:
    try:
        return echoed(parse_letter_document(data, filename=filename, content_type=content_type))
    except LetterUnreadable as exc:
        raise _unreadable(exc) from exc
    except (UnicodeError, LookupError) as exc:
        # An odd byte count in UTF-16, a charset Python does not know: unreadable, not a 500.
        raise _unreadable(LetterUnreadable("its text encoding cannot be decoded")) from exc


def provenance(parsed: LetterParse, supplied: dict[str, Any]) -> dict[str, Any]:
    """Which claim values came from the letter (those the caller did not override)."""

    def overridden(pointer: str) -> bool:
        node: Any = supplied
        for part in pointer.strip("/").split("/"):
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        return node is not None

    return {
        "source": "letter",
        "language": parsed.language,
        "fields": [
            {
                "pointer": f.pointer,
                "excerpt": f.excerpt,
                "start": f.start,
                "end": f.end,
                "confidence": f.confidence,
                **{key: value for key in ("rule", "page", "box") if (value := getattr(f, key))},
            }
            for f in parsed.fields
            if not overridden(f.pointer)
        ],
        "overridden_by_caller": sorted({f.pointer for f in parsed.fields if overridden(f.pointer)}),
        "warnings": [w.model_dump(mode="json") for w in parsed.warnings],
    }


def assess_letter(
    service: AssessmentService,
    tenant_id: uuid.UUID,
    parsed: LetterParse,
    supplied: dict[str, Any],
    *,
    idempotency_key: str | None,
    fingerprint: Any,
) -> Created:
    merged = merge_patch(parsed.claim, supplied)
    claim = validate_claim(merged)
    return service.create(
        tenant_id,
        claim,
        idempotency_key=idempotency_key,
        fingerprint_payload=fingerprint,
        origin="letter",
        provenance=provenance(parsed, supplied),
        operation="create-from-letter",
    )
