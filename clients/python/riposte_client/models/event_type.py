from enum import StrEnum


class EventType(StrEnum):
    ASSESSMENT_CREATED = "assessment.created"
    ASSESSMENT_DELETED = "assessment.deleted"
    ASSESSMENT_REVISED = "assessment.revised"
    DEADLINE_APPROACHING = "deadline.approaching"
    DRAFT_CREATED = "draft.created"
    DRAFT_DELETED = "draft.deleted"
    DRAFT_REVISED = "draft.revised"
    EVIDENCE_ADDED = "evidence.added"
    EVIDENCE_ANALYSED = "evidence.analysed"
    EVIDENCE_DELETED = "evidence.deleted"
    EVIDENCE_PROPOSAL_ACCEPTED = "evidence.proposal_accepted"
    EVIDENCE_PROPOSAL_REJECTED = "evidence.proposal_rejected"
    OUTCOME_RECORDED = "outcome.recorded"

    def __str__(self) -> str:
        return str(self.value)
