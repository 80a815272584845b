"""Entity tags of assessments: one per revision (and language of its representation), and
the strong (If-Match) and weak (If-None-Match) comparisons of RFC 9110."""

from __future__ import annotations

import uuid

from app.models import Assessment


def etag_for(assessment_id: uuid.UUID | str, revision: int, lang: str | None = None) -> str:
    """A strong ETag for one revision of an assessment; with ``lang``, for its
    representation in that language (the French and English bodies differ)."""
    base = f"{uuid.UUID(str(assessment_id)).hex[:12]}-{revision}"
    return f'"{base}-{lang}"' if lang else f'"{base}"'


def etag(assessment: Assessment, lang: str | None = None) -> str:
    return etag_for(assessment.id, assessment.revision, lang)


def entity_tags(header: str) -> list[str]:
    return [tag.strip() for tag in header.split(",") if tag.strip()]


def if_match_holds(header: str, assessment: Assessment) -> bool:
    """Strong comparison (RFC 9110): ``*`` or a current tag in any language; weak tags
    never match."""
    current = etag(assessment).strip('"')
    for tag in entity_tags(header):
        if tag == "*":
            return True
        if len(tag) > 2 and tag.startswith('"') and tag.endswith('"'):
            value = tag[1:-1]
            base, _, lang = value.rpartition("-")
            if value == current or (base == current and lang in ("fr", "en")):
                return True
    return False


def if_none_match_holds(header: str, tag: str) -> bool:
    """Weak comparison (RFC 9110): ``*`` or the tag, with or without ``W/``."""
    return any(t == "*" or t.removeprefix("W/") == tag for t in entity_tags(header))
