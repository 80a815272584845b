"""The change events Riposte emits (outbox, webhooks): one vocabulary for the whole API."""

from typing import Literal, get_args

EventType = Literal[
    "assessment.created",
    "assessment.revised",
    "assessment.deleted",
    "outcome.recorded",
    "deadline.approaching",
    "evidence.added",
    "evidence.analysed",
    "evidence.proposal_accepted",
    "evidence.proposal_rejected",
    "evidence.deleted",
    "draft.created",
    "draft.revised",
    "draft.deleted",
]
EVENT_TYPES: tuple[str, ...] = get_args(EventType)
