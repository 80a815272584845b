"""What a stored assessment is made of, from a claim and its evaluation: the columns of the
assessment and of a new revision, the bilingual representation of a revision, and what its
change events say."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from app.models import Assessment, AssessmentRevision
from app.schemas.claim import Claim
from app.services.evaluation import Evaluated


@dataclass(slots=True)
class Stored:
    """An assessment with one of its revisions: what responses are built from."""

    assessment: Assessment
    revision: AssessmentRevision


def utc(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def represent(stored: Stored) -> dict[str, Any]:
    """The JSON-ready, bilingual representation of a stored revision."""
    a, r = stored.assessment, stored.revision
    body = dict(r.result)
    body.update(
        id=str(a.id),
        external_ref=a.external_ref,
        revision=r.revision,
        created_at=utc(a.created_at).isoformat(),
        updated_at=utc(r.created_at).isoformat(),
        claim=r.claim,
        provenance=r.provenance,
    )
    return body


def created_body(
    assessment_id: uuid.UUID, external_ref: str | None, revision: dict[str, Any]
) -> dict[str, Any]:
    """``represent`` of a revision just written (its first), from the values written."""
    body = dict(revision["result"])
    moment = utc(revision["created_at"]).isoformat()
    body.update(
        id=str(assessment_id),
        external_ref=external_ref,
        revision=revision["revision"],
        created_at=moment,
        updated_at=moment,
        claim=revision["claim"],
        provenance=revision["provenance"],
    )
    return body


def stored_claim(claim: Claim) -> dict[str, Any]:
    return claim.model_dump(mode="json", exclude_unset=True)


def index_columns(claim: Claim, evaluated: Evaluated) -> dict[str, Any]:
    letter = claim.letter
    holder = letter.rights_holder if letter else None
    demand = letter.amount_demanded if letter else None
    return {
        "amount_demanded": Decimal(demand.amount) if demand else None,
        "currency": demand.currency if demand else None,
        "external_ref": claim.external_ref,
        "agency": letter.agency if letter else None,
        "rights_holder": holder,
        "rights_holder_key": holder.strip().casefold() if holder else None,
        "recommendation": evaluated.result["strategy"]["recommendation"],
        "rulebook_version": evaluated.result["rulebook"]["version"],
        **deadline_columns(evaluated.result.get("dates") or {}),
    }


def deadline_columns(dates: dict[str, Any]) -> dict[str, date | None]:
    """The reply deadline and limitation expiry, as columns for calendars and reminders."""

    def day(key: str) -> date | None:
        value = dates.get(key)
        return date.fromisoformat(value) if isinstance(value, str) else value

    return {
        "response_deadline": day("response_deadline"),
        "limitation_expiry": day("limitation_expiry"),
    }


def revision_values(
    number: int,
    origin: str,
    claim: Claim,
    evaluated: Evaluated,
    provenance: dict[str, Any] | None,
    now: datetime,
) -> dict[str, Any]:
    """The columns of a new revision (its assessment and firm are the repository's)."""
    result = evaluated.result
    return {
        "revision": number,
        "origin": origin,
        "created_at": now,
        "claim": stored_claim(claim),
        "result": result,
        "trace": evaluated.trace,
        "provenance": provenance,
        "rulebook_version": result["rulebook"]["version"],
        "rulebook_digest": result["rulebook"]["digest"],
        "app_version": result["app_version"],
    }


def new_revision(
    assessment_id: uuid.UUID,
    tenant_id: uuid.UUID,
    number: int,
    origin: str,
    claim: Claim,
    evaluated: Evaluated,
    provenance: dict[str, Any] | None,
    now: datetime,
) -> AssessmentRevision:
    """A new revision as a row for the unit of work (``revision_values``' columns)."""
    return AssessmentRevision(
        assessment_id=assessment_id,
        tenant_id=tenant_id,
        **revision_values(number, origin, claim, evaluated, provenance, now),
    )


def event_data(assessment: Assessment, *, origin: str) -> dict[str, Any]:
    """What a change event says about an assessment: identifiers and the recommendation,
    never the claim or party names (the receiver fetches the assessment when it needs)."""
    return {
        "id": str(assessment.id),
        "external_ref": assessment.external_ref,
        "revision": assessment.revision,
        "origin": origin,
        "recommendation": assessment.recommendation,
        "agency": assessment.agency,
    }


def created_event(
    assessment_id: uuid.UUID, columns: dict[str, Any], *, origin: str
) -> dict[str, Any]:
    """``event_data`` of an assessment just created, from its columns."""
    return {
        "id": str(assessment_id),
        "external_ref": columns["external_ref"],
        "revision": 1,
        "origin": origin,
        "recommendation": columns["recommendation"],
        "agency": columns["agency"],
    }


def revised_data(
    assessment_id: uuid.UUID,
    number: int,
    origin: str,
    before: str,
    columns: dict[str, Any],
) -> dict[str, Any]:
    after = columns["recommendation"]
    return {
        "id": str(assessment_id),
        "external_ref": columns["external_ref"],
        "revision": number,
        "origin": origin,
        "agency": columns["agency"],
        "previous_recommendation": before,
        "recommendation": after,
        "recommendation_changed": before != after,
    }
