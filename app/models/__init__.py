"""SQLModel tables (tables only: no behaviour)."""

from app.models.assessment import Assessment, AssessmentRevision
from app.models.draft import Draft, DraftTemplate, FirmSettings, WebSession
from app.models.evidence import Evidence, EvidenceBlob
from app.models.idempotency import IdempotencyRecord
from app.models.outcome import Outcome
from app.models.tenant import ApiKey, Tenant

__all__ = [
    "ApiKey",
    "Assessment",
    "AssessmentRevision",
    "Draft",
    "DraftTemplate",
    "Evidence",
    "EvidenceBlob",
    "FirmSettings",
    "IdempotencyRecord",
    "Outcome",
    "Tenant",
    "WebSession",
]
