"""The lawyer decides: a proposal accepted becomes a new revision of the claim (origin
``evidence``) with its provenance; a proposal never overrides a fact already set, and a
conflict with one is shown.
"""

from __future__ import annotations

import uuid
from typing import Any

from app.core.errors import Conflict, NotFound
from app.services import outbox
from app.services.assessment_records import Stored
from app.services.assessments import AssessmentService
from app.services.evidence.service import EvidenceService, event_data

PROPOSED, ACCEPTED, REJECTED = "proposed", "accepted", "rejected"


def current_value(claim: dict[str, Any], fact: str) -> Any:
    node: Any = claim
    for part in fact.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node


def _patch_for(fact: str, value: Any) -> dict[str, Any]:
    patch: dict[str, Any] = {}
    node = patch
    parts = fact.split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
    node[parts[-1]] = value
    return patch


def _value_to_set(proposal: dict[str, Any], claim: dict[str, Any]) -> Any:
    """Lists are merged (a proposal adds to what is there); other values replace nothing."""
    value, current = proposal["value"], current_value(claim, proposal["fact"])
    if isinstance(value, list):
        return [*(current or []), *[v for v in value if v not in (current or [])]]
    return value


def conflict_of(proposal: dict[str, Any], claim: dict[str, Any] | None) -> dict[str, Any] | None:
    if claim is None or isinstance(proposal["value"], list):
        return None
    current = current_value(claim, proposal["fact"])
    if current is None or current == proposal["value"]:
        return None
    return {"current": current}


def shown(proposal: dict[str, Any], claim: dict[str, Any] | None) -> dict[str, Any]:
    """A proposal as the API shows it, with its conflict against the current claim."""
    body = dict(proposal)
    body["conflict"] = conflict_of(proposal, claim) if proposal["state"] == PROPOSED else None
    return body


def _decided(session, evidence, proposal: dict[str, Any], state: str) -> None:
    """The ``evidence.proposal_accepted`` or ``_rejected`` event, in the decision's
    transaction; it names the fact (a claim field's path), never its value."""
    outbox.emit(
        session,
        evidence.tenant_id,
        f"evidence.proposal_{state}",
        {**event_data(evidence), "proposal_id": proposal["id"], "fact": proposal["fact"]},
        subject_id=evidence.id,
    )


def _find(evidence, proposal_id: uuid.UUID) -> tuple[int, dict[str, Any]]:
    for index, proposal in enumerate(evidence.proposals or []):
        if proposal["id"] == str(proposal_id):
            return index, proposal
    raise NotFound(f"No proposal {proposal_id} on evidence {evidence.id}.")


def _provenance(previous: dict[str, Any] | None, field: dict[str, Any]) -> dict[str, Any]:
    """Evidence provenance of the new revision: earlier evidence facts plus this one."""
    fields = []
    if previous and previous.get("source") == "evidence":
        fields = [f for f in previous.get("fields", []) if f["pointer"] != field["pointer"]]
    return {"source": "evidence", "fields": [*fields, field]}


def accept(
    evidence_service: EvidenceService,
    assessments: AssessmentService,
    tenant_id: uuid.UUID,
    assessment_id: uuid.UUID,
    evidence_id: uuid.UUID,
    proposal_id: uuid.UUID,
    if_match: str | None,
) -> Stored:
    evidence = evidence_service.get(tenant_id, assessment_id, evidence_id)
    index, proposal = _find(evidence, proposal_id)
    if proposal["state"] != PROPOSED:
        raise Conflict(f"The proposal was already {proposal['state']}.")
    stored = assessments.get(tenant_id, assessment_id)
    claim = stored.revision.claim
    conflict = conflict_of(proposal, claim)
    if conflict is not None:
        raise Conflict(
            f"The claim already says {proposal['fact']} = {conflict['current']!r}; a proposal "
            "never overrides a fact that is set. Change the claim with PATCH if the file is "
            "right.",
            errors=[{"pointer": "/" + proposal["fact"].replace(".", "/"), "detail": "conflict"}],
        )
    value = _value_to_set(proposal, claim)
    field = {
        "pointer": "/" + proposal["fact"].replace(".", "/"),
        "evidence_id": str(evidence.id),
        "proposal_id": proposal["id"],
        "kind": evidence.kind,
        "filename": evidence.filename,
        "source": proposal["source"],
        "confidence": proposal["confidence"],
    }
    updated = [dict(p) for p in evidence.proposals]
    updated[index] = {**proposal, "state": ACCEPTED, "revision": stored.assessment.revision + 1}
    evidence.proposals = updated
    assessments.session.add(evidence)
    _decided(assessments.session, evidence, proposal, ACCEPTED)
    return assessments.patch(
        tenant_id,
        assessment_id,
        _patch_for(proposal["fact"], value),
        if_match or "*",
        origin="evidence",
        provenance=_provenance(stored.revision.provenance, field),
    )


def reject(
    evidence_service: EvidenceService,
    tenant_id: uuid.UUID,
    assessment_id: uuid.UUID,
    evidence_id: uuid.UUID,
    proposal_id: uuid.UUID,
):
    evidence = evidence_service.get(tenant_id, assessment_id, evidence_id)
    index, proposal = _find(evidence, proposal_id)
    if proposal["state"] == ACCEPTED:
        raise Conflict("The proposal was already accepted; change the claim with PATCH.")
    updated = [dict(p) for p in evidence.proposals]
    updated[index] = {**proposal, "state": REJECTED}
    evidence.proposals = updated
    evidence_service.session.add(evidence)
    _decided(evidence_service.session, evidence, proposal, REJECTED)
    evidence_service.session.commit()
    return evidence
