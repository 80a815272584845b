"""SQLModel tables (tables only: no behaviour)."""

from app.models.assessment import Assessment, AssessmentRevision
from app.models.audit import AuditEvent
from app.models.calendar import CalendarFeed
from app.models.draft import Draft, DraftTemplate, FirmSettings, WebSession
from app.models.evidence import Evidence, EvidenceBlob
from app.models.idempotency import IdempotencyRecord
from app.models.legal_hold import LegalHold
from app.models.outbox import OutboxEvent
from app.models.outcome import Outcome
from app.models.rate_limit import RateLimitWindow
from app.models.tenant import ApiKey, Tenant
from app.models.webhook import WebhookAttempt, WebhookDelivery, WebhookEndpoint

__all__ = [
    "ApiKey",
    "Assessment",
    "AssessmentRevision",
    "AuditEvent",
    "CalendarFeed",
    "Draft",
    "DraftTemplate",
    "Evidence",
    "EvidenceBlob",
    "FirmSettings",
    "IdempotencyRecord",
    "LegalHold",
    "OutboxEvent",
    "Outcome",
    "RateLimitWindow",
    "Tenant",
    "WebhookAttempt",
    "WebhookDelivery",
    "WebhookEndpoint",
    "WebSession",
]
