"""One declared enum per vocabulary of the contract.

Each is a ``StrEnum`` built from the tuple that defines the vocabulary (``app/vocabulary.py``
and the lists below), so the OpenAPI document names it once under ``components/schemas``
and generated clients get one type per vocabulary instead of one per field. Members are
``str``: they compare, hash and serialise as their values.
"""

from __future__ import annotations

from enum import StrEnum

from app import vocabulary as v


def vocabulary(name: str, values: tuple[str, ...], doc: str) -> type[StrEnum]:
    enum = StrEnum(name, [(value, value) for value in values], module=__name__)
    enum.__doc__ = doc
    return enum


EVENT_TYPES = (
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
)
EVIDENCE_KINDS = (
    "client_image",
    "claimant_capture",
    "mandate",
    "title_document",
    "licence",
    "invoice",
    "bailiff_report",
    "press_kit_terms",
    "correspondence",
    "other",
)
DRAFT_KINDS = (
    "request_for_justification",
    "contestation",
    "counter_offer",
    "modified_undertaking",
    "removal_acknowledgement",
)
OUTCOME_KINDS = (
    "settled",
    "paid_in_full",
    "claim_withdrawn",
    "no_reply_from_claimant",
    "litigated",
)
WARNING_CODES = (
    "redacted_value",
    "contradictory_values",
    "unknown_agency",
    "agency_inferred",
    "deadline_resolved",
    "deadline_unresolved",
    "ambiguous_date",
    "amount_computed",
    "breakdown_mismatch",
    "text_truncated",
)

Recommendation = vocabulary("Recommendation", v.RECOMMENDATIONS, "What the firm should do.")
Question = vocabulary("Question", v.QUESTIONS, "A legal question, in presentation order.")
Role = vocabulary("Role", v.ROLES, "How a finding weighs in the strategy.")
FindingOutcome = vocabulary(
    "FindingOutcome",
    ("favours_client", "favours_claimant", "neutral", "undetermined"),
    "Which side a finding favours.",
)
RuleStatus = vocabulary(
    "RuleStatus", ("applies", "not_applicable", "undetermined"), "How a rule ran."
)
RevisionOrigin = vocabulary(
    "RevisionOrigin",
    ("create", "patch", "reevaluate", "letter"),
    "What appended a revision.",
)
QuestionKind = vocabulary(
    "QuestionKind",
    ("missing_fact", "demand_document", "demand_documents_together"),
    "What a question to ask is about.",
)
AskWhom = vocabulary("AskWhom", ("client", "claimant"), "Who is asked.")
Agency = vocabulary("Agency", v.AGENCIES, "Who sent the demand letter.")
BreakdownKind = vocabulary("BreakdownKind", v.BREAKDOWN_KINDS, "A line of the demanded amount.")
EvidenceOfUse = vocabulary(
    "EvidenceOfUse", v.EVIDENCE_OF_USE, "What the letter offers as proof of the use."
)
RespondentKind = vocabulary("RespondentKind", v.RESPONDENT_KINDS, "Who the client is.")
RespondentSize = vocabulary("RespondentSize", v.RESPONDENT_SIZES, "Size of a company client.")
WorkKind = vocabulary("WorkKind", v.WORK_KINDS, "What the image shows.")
SiteKind = vocabulary("SiteKind", v.SITE_KINDS, "Where the image was used.")
Purpose = vocabulary("Purpose", v.PURPOSES, "What the image was used for.")
Placement = vocabulary("Placement", v.PLACEMENTS, "Where on the page the image appeared.")
Technique = vocabulary("Technique", v.TECHNIQUES, "How the image was put on the page.")
ExceptionClaimed = vocabulary(
    "ExceptionClaimed", v.EXCEPTIONS_CLAIMED, "A copyright exception the client invokes."
)
AcquisitionSource = vocabulary(
    "AcquisitionSource", v.ACQUISITION_SOURCES, "Where the client got the image."
)
OutcomeKind = vocabulary("OutcomeKind", OUTCOME_KINDS, "How a matter ended.")
StatsGroupBy = vocabulary("StatsGroupBy", ("agency", "rights_holder"), "How stats are grouped.")
Language = vocabulary("Language", ("fr", "en"), "Language of the texts of a response.")
EventType = vocabulary("EventType", EVENT_TYPES, "A change event (outbox, webhooks).")
DeliveryStatus = vocabulary(
    "DeliveryStatus", ("pending", "succeeded", "failed"), "State of a webhook delivery."
)
EvidenceKind = vocabulary("EvidenceKind", EVIDENCE_KINDS, "What an evidence file is to the case.")
StoredEvidenceKind = vocabulary(
    "StoredEvidenceKind",
    (*EVIDENCE_KINDS, "comparison_overlay"),
    "What a stored evidence file is (uploads, and overlays Riposte draws).",
)
EvidenceStatus = vocabulary(
    "EvidenceStatus", ("analysing", "analysed", "failed"), "State of an evidence analysis."
)
ProposalState = vocabulary(
    "ProposalState", ("proposed", "accepted", "rejected"), "State of a proposed fact."
)
Verdict = vocabulary(
    "Verdict", ("same", "crop_or_derivative", "different"), "How two images compare."
)
DraftKind = vocabulary("DraftKind", DRAFT_KINDS, "The kind of reply letter.")
DraftLanguage = vocabulary("DraftLanguage", ("fr", "en", "de"), "Language of a reply letter.")
DraftFormat = vocabulary(
    "DraftFormat", ("json", "md", "html", "docx", "pdf"), "Format of a reply letter."
)
TemplateSource = vocabulary(
    "TemplateSource", ("builtin", "firm"), "Whether the built-in or the firm's template is used."
)
WarningCode = vocabulary("WarningCode", WARNING_CODES, "Something the lawyer should check.")
LetterLanguage = vocabulary(
    "LetterLanguage", ("fr", "de", "en"), "Language detected in a demand letter."
)
AuditAction = vocabulary(
    "AuditAction", ("read", "write", "export"), "What a request did: read, wrote, exported data."
)
AuditActor = vocabulary(
    "AuditActor",
    ("api_key", "web_session", "calendar_feed", "operator"),
    "Who acted: a key through the API or the review pages it signed in to, a calendar "
    "feed's token, or the operator's command line.",
)
